// Pure merge rules: which records are the same thing, and what the merged record is. No I/O; both engines call these.
import {
  compareEdtf, edtfContains, edtfOverlaps, edtfRange, edtfSpanDays, slug, SYMMETRIC_EVENT_TYPES, toIsoDay,
  type DiplomaticEvent, type DiplomaticMission, type EventType, type MissionKind, type MissionStatus,
  type MissionStatusChange, type Official, type Position, type Provenance, type RepresentationLevel, type Role,
} from "@proj/core";

// ─── Provenance ───────────────────────────────────────────────────────────────

/** Union of two source lists, without exact repeats, in first-seen order. */
export function mergeSources(a: readonly Provenance[], b: readonly Provenance[]): Provenance[] {
  const seen = new Set<string>();
  const out: Provenance[] = [];
  for (const source of [...a, ...b]) {
    const key = JSON.stringify(source);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(source);
  }
  return out;
}

/** How many separate reports support a record: distinct documents, plus sources that name no document. */
export function reportCount(sources: readonly Provenance[]): number {
  const documents = new Set<string>();
  let loose = 0;
  for (const source of sources) {
    if (source.documentId) documents.add(source.documentId);
    else loose++;
  }
  return Math.max(1, documents.size + loose);
}

// ─── Names ────────────────────────────────────────────────────────────────────

const HONORIFICS = /^(?:(?:h\.\s?e\.|his excellency|her excellency|mr\.?|mrs\.?|ms\.?|dr\.?|hon\.?|sheikh|shaikh|sayyid|dato'?|datuk|tan sri|ratu|prince|sir|dame)\s+)+/i;
/** Arabic articles written before a name part: "Al-Maliki", "el-Sisi". */
const PARTICLES = new Set(["al", "el"]);

/** Lower-case name parts without diacritics, honorifics, apostrophes or the particles al-/el-. */
export function nameTokens(name: string): string[] {
  const tokens = name
    .trim()
    .replace(HONORIFICS, "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’`ʿʾ]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "");
  const bare = tokens.filter((token) => !PARTICLES.has(token));
  return bare.length > 0 ? bare : tokens;
}

/** Edit distance, giving up (returning `max + 1`) once it exceeds `max`. */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Transliteration tolerance: one edit in parts of 5+ letters (Maliki/Malki), two in parts of 8+ (Mohammed/Muhammad),
 * counted once doubled letters are written single (Mammadov/Mamedov, Hassan/Hasan).
 */
function similarToken(a: string, b: string): boolean {
  if (a === b) return true;
  // ("Albusaidi" for "al-Busaidi": the article written joined to a surname of five letters or more.)
  if (joinedParticle(a, b) || joinedParticle(b, a)) return true;
  const single = (token: string) => token.replace(/(\p{L})\1+/gu, "$1");
  const [x, y] = [single(a), single(b)];
  if (x === y) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  return levenshtein(a, b, allowed) <= allowed || levenshtein(x, y, allowed) <= allowed;
}

const joinedParticle = (joined: string, bare: string) => bare.length >= 5 && joined.length === bare.length + 2 && (joined.startsWith("al") || joined.startsWith("el")) && joined.endsWith(bare);

const PATRONYMIC: ReadonlySet<string> = new Set(["bin", "bint", "ibn", "binti"]);

/** One part is the other's initial: "s" and "subrahmanyam". */
const initialOf = (a: string, b: string) => (a.length === 1 && b.length > 1 && b.startsWith(a)) || (b.length === 1 && a.length > 1 && a.startsWith(b));

export type NameMatch = "same" | "variant" | "partial";
const NAME_RANK: Record<NameMatch, number> = { same: 3, variant: 2, partial: 1 };

/**
 * How two written names relate: `same` once normalised; `variant` when every part is a transliteration of the other's,
 * or the parts differ only in where they split ("Ji-won", "Jiwon");
 * `partial` when the shorter name's parts appear in order in the longer and the last parts agree ("Al-Maliki" in
 * "Riyad Al-Maliki"), or when a shorter name of two or more parts is the longer one's first parts ("Ruben Ramirez" in
 * "Rubén Ramírez Lezcano"); null otherwise.
 */
const PARTICLE = /(?:^|[\s-])(?:al|el|bin|ibn|van|von|de|da|di|du|le|la)[\s-]/i;

export function compareNames(a: string, b: string): NameMatch | null {
  const x = nameTokens(a);
  const y = nameTokens(b);
  if (x.length === 0 || y.length === 0) return null;
  if (x.join(" ") === y.join(" ")) return "same";
  // "Park Ji-won", "Park Jiwon", "Park Ji Won": a given name written joined, hyphenated or spaced.
  if (x.join("") === y.join("")) return "variant";
  if (x.length === y.length) {
    if (x.every((token, i) => similarToken(token, y[i]!))) return "variant";
    // "Kishida Fumio" for "Fumio Kishida": a family name written first, as East Asian usage does, or last.
    // (Not a name with a particle, which keeps its place: "Maliki Riyad" is no "Riyad Al-Maliki".)
    if (x.length === 2 && similarToken(x[0]!, y[1]!) && similarToken(x[1]!, y[0]!) && !PARTICLE.test(a) && !PARTICLE.test(b)) return "variant";
    // "S. Jaishankar" for "Subrahmanyam Jaishankar": a given name written as its initial, the last parts alike.
    return similarToken(x.at(-1)!, y.at(-1)!) && x.every((token, i) => similarToken(token, y[i]!) || initialOf(token, y[i]!)) ? "partial" : null;
  }
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  // "King Salman" for "Salman bin Abdulaziz Al Saud": a ruler's given name alone, before a patronymic.
  if (short.length === 1 && long.length >= 3 && similarToken(short[0]!, long[0]!) && PATRONYMIC.has(long[1]!)) return "partial";
  // "Ruben Ramirez" for "Rubén Ramírez Lezcano": a given name and first surname, the maternal one dropped, as Spanish
  // and Portuguese names are often written. Two parts at least: one shared given name is not a person.
  if (short.length >= 2 && short.every((token, i) => similarToken(token, long[i]!))) return "partial";
  if (!similarToken(short.at(-1)!, long.at(-1)!)) return null;
  let j = 0;
  for (const token of short) {
    while (j < long.length && !similarToken(token, long[j]!)) j++;
    if (j === long.length) return null;
    j++;
  }
  return "partial";
}

/** Text that officials are searched by: every known name, normalised. */
export const officialSearchText = (official: Pick<Official, "name" | "aliases">): string =>
  [official.name, ...official.aliases].map((name) => nameTokens(name).join(" ")).join(" | ");

/**
 * Whether a stored official, known by its search text, can match an incoming one at all: every kind of name match
 * (same, variant, partial) needs the last part of one of two names to be similar to the other's last part, or, for a
 * name that is another's first parts, to the part at the same place. Lets a merge skip reading and comparing the
 * records of a country's other officials; it never drops one `matchOfficial` would choose.
 */
export function mayMatchOfficial(incoming: Pick<Official, "name" | "aliases">, storedSearchText: string): boolean {
  const theirs = storedSearchText.split(" | ").map((name) => name.split(" ")).filter((parts) => parts[0] !== "");
  return [incoming.name, ...incoming.aliases].some((name) => {
    const mine = nameTokens(name);
    if (mine.length === 0) return false;
    return theirs.some((parts) => {
      const [short, long] = mine.length <= parts.length ? [mine, parts] : [parts, mine];
      return similarToken(short.at(-1)!, long.at(-1)!) || (short.length >= 2 && similarToken(short.at(-1)!, long[short.length - 1]!)) || short.join("") === long.join("") ||
        (short.length === 2 && long.length === 2 && similarToken(short[0]!, long[1]!)) ||
        (short.length === 1 && long.length >= 3 && PATRONYMIC.has(long[1]!) && similarToken(short[0]!, long[0]!));
    });
  });
}

// ─── Officials ────────────────────────────────────────────────────────────────

export interface OfficialMatch<O extends Official = Official> {
  official: O;
  reason: string;
}

function bestNamePair(x: Official, y: Official): { match: NameMatch; a: string; b: string } | null {
  // Two different full names are two people, whatever their shorter aliases share.
  if (nameTokens(x.name).length > 1 && nameTokens(y.name).length > 1 && compareNames(x.name, y.name) === null) return null;
  let best: { match: NameMatch; a: string; b: string } | null = null;
  for (const a of [x.name, ...x.aliases]) {
    for (const b of [y.name, ...y.aliases]) {
      const match = compareNames(a, b);
      if (match && (!best || NAME_RANK[match] > NAME_RANK[best.match])) best = { match, a, b };
    }
  }
  return best;
}

/**
 * The known official an incoming record names, by name variants within the same country. A surname-only mention
 * matches only when one person of that country has that last name (or one with the same role); otherwise no match.
 */
export function matchOfficial<O extends Official>(incoming: Official, candidates: readonly O[]): OfficialMatch<O> | null {
  let rank = 0;
  let tied: Array<{ official: O; a: string; b: string; match: NameMatch }> = [];
  for (const candidate of candidates) {
    if (candidate.country !== incoming.country) continue;
    const pair = bestNamePair(incoming, candidate);
    if (!pair) continue;
    const r = NAME_RANK[pair.match];
    if (r > rank) {
      rank = r;
      tied = [];
    }
    if (r === rank) tied.push({ official: candidate, ...pair });
  }
  if (tied.length > 1) tied = tied.filter((t) => t.official.role === incoming.role);
  if (tied.length !== 1) return null;
  const { official, a, b, match } = tied[0]!;
  const [short, long] = nameTokens(a).length <= nameTokens(b).length ? [a, b] : [b, a];
  const how = match === "same" ? `same name "${b}"` : match === "variant" ? `name variant "${a}" ~ "${b}"` : `"${short}" is a shorter form of "${long}"`;
  return { official, reason: `${how}, same country ${incoming.country}` };
}

/** Gives a record at least one position: its role, held on the day it was reported. */
export function officialWithPosition(official: Official, reported: string | null): Official {
  if (official.positions.length > 0) return official;
  const position: Position = { role: official.role, title: official.title, country: null, accreditedTo: null, from: reported, to: null };
  return { ...official, positions: [position] };
}

const positionKey = (p: Position) => [p.role, p.country ?? "", p.accreditedTo ?? ""].join("|");
const positionStart = (p: Position) => (p.from ? (edtfRange(p.from)?.start ?? "") : "");

/** One position per role and accreditation, spanning the earliest start and latest end reported. */
export function mergePositions(positions: readonly Position[]): Position[] {
  const byKey = new Map<string, Position>();
  for (const p of positions) {
    const known = byKey.get(positionKey(p));
    if (!known) {
      byKey.set(positionKey(p), { ...p });
      continue;
    }
    const from = known.from && p.from ? (compareEdtf(known.from, p.from) <= 0 ? known.from : p.from) : (known.from ?? p.from);
    const to = known.to && p.to ? (compareEdtf(known.to, p.to) >= 0 ? known.to : p.to) : (known.to ?? p.to);
    byKey.set(positionKey(p), { ...known, title: known.title ?? p.title, from, to });
  }
  // "Secretary Blinken" (a minister) and "Secretary of State Blinken" (the foreign minister) reported from the same
  // day are one office: the generic reading gives way to the specific one.
  const all = [...byKey.values()];
  const place = (p: Position) => `${p.country ?? ""}|${p.accreditedTo ?? ""}`;
  return all.filter((p) => !GENERIC_ROLES.has(p.role) || !all.some((q) => !GENERIC_ROLES.has(q.role) && place(q) === place(p) && q.from === p.from));
}
const GENERIC_ROLES: ReadonlySet<Role> = new Set<Role>(["minister", "official"]);

/** The position that started last (undated positions count as oldest); later entries win ties. */
export function currentPosition(positions: readonly Position[]): Position | undefined {
  let current: Position | undefined;
  for (const p of positions) if (!current || positionStart(p) >= positionStart(current)) current = p;
  return current;
}

// (Of two names with as many parts, the one with fewer initials: "Subrahmanyam Jaishankar" over "S. Jaishankar".)
const fullness = (name: string) => nameTokens(name).reduce((sum, token) => sum + (token.length > 1 ? 2 : 1), 0);
const fuller = (a: string, b: string) => (nameTokens(b).length > nameTokens(a).length || (nameTokens(b).length === nameTokens(a).length && fullness(b) > fullness(a)) ? b : a);

/** One person from two records: the fullest name, every other form as an alias, all positions and sources. */
export function mergeOfficial(existing: Official, incoming: Official): Official {
  const name = fuller(existing.name, incoming.name);
  const names = [existing.name, ...existing.aliases, incoming.name, ...incoming.aliases];
  const aliases = [...new Set(names)].filter((n) => n !== name);
  const positions = mergePositions([...existing.positions, ...incoming.positions]);
  const current = currentPosition(positions);
  return {
    ...existing,
    name,
    aliases,
    role: current?.role ?? incoming.role,
    title: current?.title ?? existing.title ?? incoming.title,
    positions,
    sources: mergeSources(existing.sources, incoming.sources),
  };
}

// ─── Missions ─────────────────────────────────────────────────────────────────

export const cityKey = (city: string | null | undefined): string => (city ? slug(city) : "");

export interface MissionMatch<M extends DiplomaticMission = DiplomaticMission> {
  mission: M;
  reason: string;
}

// Outlets name one post two ways: "consulate" for a consulate-general, "embassy" for a Commonwealth high commission.
const ONE_POST: Partial<Record<MissionKind, readonly MissionKind[]>> = {
  consulate: ["consulate", "consulate-general"],
  "consulate-general": ["consulate-general", "consulate"],
  embassy: ["embassy", "high-commission"],
  "high-commission": ["high-commission", "embassy"],
};

/** The kinds a report of a `kind` may name a known post by: its own first. */
export const kindsOfOnePost = (kind: MissionKind): readonly MissionKind[] => ONE_POST[kind] ?? [kind];

// Of one post's two names, the exact one: a consulate-general is also a consulate, a high commission also an embassy,
// not the other way round.
const EXACT_NAME: ReadonlySet<MissionKind> = new Set(["consulate-general", "high-commission"]);
const exactKind = (known: MissionKind, reported: MissionKind): MissionKind => (EXACT_NAME.has(reported) && kindsOfOnePost(known).includes(reported) ? reported : known);

/**
 * The known mission of the same (sender, host, kind) an incoming mention refers to: the same city; or, when the
 * mention gives no city, the single known mission; or, when it gives a city, the single known mission without one.
 * Failing those, the single post of the other kind that names it ("a consulate in Kumasi" for the consulate-general
 * there, "the embassy" for the high commission): in the same city for a consular post, wherever the text says for an
 * embassy (a state keeps one in a host).
 */
export function matchMission<M extends DiplomaticMission>(
  incoming: Pick<DiplomaticMission, "sender" | "host" | "kind" | "city">,
  candidates: readonly M[],
): MissionMatch<M> | null {
  const same = candidates.filter((c) => c.sender === incoming.sender && c.host === incoming.host && c.kind === incoming.kind);
  const key = cityKey(incoming.city);
  const exact = same.find((c) => cityKey(c.city) === key);
  if (exact) return { mission: exact, reason: "same sender, host, kind and city" };
  const only = same.length === 1 ? same[0]! : undefined;
  if (!key && only) return { mission: only, reason: `no city given; the only known ${incoming.kind} of ${incoming.sender} in ${incoming.host} is in ${only.city}` };
  if (key && only && !only.city) return { mission: only, reason: `city ${incoming.city} completes the ${incoming.kind} known without a city` };
  const consular = incoming.kind === "consulate" || incoming.kind === "consulate-general";
  // (A known embassy elsewhere in the host is another post, or the same one moved: not this one's other name.)
  if (same.length > 0 && !consular) return null;
  const kin = candidates.filter((c) =>
    c.sender === incoming.sender && c.host === incoming.host && c.kind !== incoming.kind && kindsOfOnePost(incoming.kind).includes(c.kind) &&
    (consular ? key !== "" && cityKey(c.city) === key : !key || !c.city || cityKey(c.city) === key));
  if (kin.length !== 1) return null;
  const post = kin[0]!;
  return { mission: post, reason: `a ${incoming.kind}${key ? ` in ${incoming.city}` : ""} is the known ${post.kind}${post.city ? ` in ${post.city}` : ""}: one post, named two ways` };
}

/** The mission status an event type reports. */
export const STATUS_OF_EVENT: Partial<Record<EventType, MissionStatus>> = {
  "mission-announced": "planned",
  "mission-approved": "approved",
  "mission-opened": "open",
  "mission-closed": "closed",
};

/** A status a report gives a mission. `asOf`: the text gives no date, only that the status held on the report day. */
export interface StatusReport extends MissionStatusChange {
  asOf?: boolean;
}

const STATUS_RANK: Record<MissionStatus, number> = { planned: 0, approved: 1, open: 2, suspended: 3, closed: 4 };
const startOf = (date: string | null) => (date === null ? null : (edtfRange(date)?.start ?? "0000-01-01"));

const APPROXIMATE_DAY = /^(\d{4}-\d{2}-\d{2})~$/;
/**
 * The days a date may stand for when reports are compared. An approximate day ("2025-03-12~") is a report's own day
 * standing in for a date the article never gave: the news happened on or shortly before it (DOMAIN.md), so it is the
 * week up to that day, as SCHEMA.md dates such news — and a report that gives the day joins it.
 */
export function mergeWindow(date: string): string {
  const day = APPROXIMATE_DAY.exec(date)?.[1];
  return day ? `${daysAfter(day, -7)}/${day}` : date;
}

/**
 * Days of slack between two reports of one happening, by type: a visit lasts days, and one report dates its arrival,
 * another the talks or the departure ("arrived on Sunday", "is on a four-day visit", Monday).
 */
export const SLACK_DAYS: Partial<Record<EventType, number>> = { visit: 3 };

/** Whether two dated reports of one type can be one happening: their days (approximate ones widened) overlap, with the type's slack. */
function datesMeet(type: EventType, a: string, b: string): boolean {
  const slack = SLACK_DAYS[type] ?? 0;
  if (slack === 0) return edtfOverlaps(mergeWindow(a), mergeWindow(b));
  const x = edtfRange(mergeWindow(a));
  const y = edtfRange(mergeWindow(b));
  if (!x || !y) return false;
  return (x.start === null || y.end === null || daysAfter(x.start, -slack) <= y.end) && (y.start === null || x.end === null || daysAfter(y.start, -slack) <= x.end);
}

/** The day `days` after a `YYYY-MM-DD` day (before it when negative). */
export const daysAfter = (day: string, days: number): string => toIsoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
/** The more precise of two dates; a day the text gives outranks an approximate one. */
const moreExact = (a: string, b: string) => (edtfSpanDays(mergeWindow(b)) < edtfSpanDays(mergeWindow(a)) ? b : a);

/** History in replay order: undated changes first (they only fill in what dates leave open), then by date. */
export function sortHistory(history: readonly MissionStatusChange[]): MissionStatusChange[] {
  return [...history].sort((x, y) => {
    if ((x.date === null) !== (y.date === null)) return x.date === null ? -1 : 1;
    return compareEdtf(x.date, y.date) || STATUS_RANK[x.status] - STATUS_RANK[y.status];
  });
}

/**
 * Adds a reported change to a history. The same status at an overlapping date is the same change (the more precise
 * date is kept, sources joined); an undated report confirms the latest change to that status; an as-of report
 * confirms the latest such change on or before its day, or adds one dated that day.
 */
export function addStatusChange(history: readonly MissionStatusChange[], report: StatusReport): MissionStatusChange[] {
  const sorted = sortHistory(history);
  const sameStatus = sorted.filter((h) => h.status === report.status);
  let target: MissionStatusChange | undefined;
  if (report.date === null) target = sameStatus.at(-1);
  else if (report.asOf) target = sameStatus.filter((h) => h.date === null || startOf(h.date)! <= startOf(report.date)!).at(-1);
  else target = sameStatus.find((h) => h.date !== null && edtfOverlaps(mergeWindow(h.date), mergeWindow(report.date!)));
  if (!target) return sortHistory([...sorted, { status: report.status, date: report.date, sources: [...report.sources] }]);
  const merged: MissionStatusChange = {
    status: target.status,
    date: target.date === null || report.asOf ? (target.date ?? report.date) : report.date === null ? target.date : moreExact(target.date, report.date),
    sources: mergeSources(target.sources, report.sources),
  };
  return sortHistory(sorted.map((h) => (h === target ? merged : h)));
}

/** Which status a change may follow: the lifecycle moves forward (planned → approved → open), except that suspension, closure and reopening apply from anywhere they make sense. */
const MAY_FOLLOW: Record<MissionStatus, (current: MissionStatus | null) => boolean> = {
  planned: (current) => current === null,
  approved: (current) => current === null || current === "planned",
  open: () => true,
  suspended: (current) => current !== "closed",
  closed: () => true,
};

/**
 * The status a history leads to, replaying changes by the date they happened (not the order they were reported).
 * With `until` (a day), only changes that had started by then count, and undated ones are left out.
 */
export function deriveStatus(history: readonly MissionStatusChange[], until?: string): MissionStatus | null {
  let status: MissionStatus | null = null;
  for (const change of sortHistory(history)) {
    if (until !== undefined && (change.date === null || startOf(change.date)! > until)) continue;
    if (MAY_FOLLOW[change.status](status)) status = change.status;
  }
  return status;
}

/** What a report says about a mission: the mission as written, and the status changes it reports. */
export interface MissionReport {
  mission: DiplomaticMission;
  changes: StatusReport[];
}

/** Applies a report to the known mission (or starts one): history grows, status is re-derived, details fill in. */
export function applyMissionReport(existing: DiplomaticMission | null, report: MissionReport): DiplomaticMission {
  const base: DiplomaticMission = existing ?? { ...report.mission, history: [], sources: [] };
  const history = report.changes.reduce(addStatusChange, base.history);
  const incoming = report.mission;
  const externalIds = { ...incoming.externalIds, ...base.externalIds };
  const merged: DiplomaticMission = {
    ...base,
    kind: exactKind(base.kind, incoming.kind),
    city: base.city ?? incoming.city,
    coordinates: base.coordinates ?? incoming.coordinates ?? null,
    headOfMission: incoming.headOfMission ?? base.headOfMission ?? null,
    history,
    sources: mergeSources(base.sources, incoming.sources),
    status: deriveStatus(history) ?? incoming.status,
  };
  if (Object.keys(externalIds).length > 0) merged.externalIds = externalIds;
  return merged;
}

/** Kinds whose head sets the Correlates of War representation level. */
export const EMBASSY_KINDS: ReadonlySet<MissionKind> = new Set(["embassy", "high-commission", "nunciature"]);

export const LEVEL_OF_ROLE: Partial<Record<Role, 1 | 2 | 3>> = { ambassador: 3, "charge-d-affaires": 1 };

/** A dated indication of who heads a mission: an ambassador (3), a minister (2), a chargé d'affaires (1). */
export interface LevelEvidence {
  level: 1 | 2 | 3;
  date: string | null;
  reason: string;
}

/** Adds evidence unless the same level and date are already known. */
export function addLevelEvidence(known: readonly LevelEvidence[], evidence: LevelEvidence): LevelEvidence[] {
  if (known.some((k) => k.level === evidence.level && k.date === evidence.date)) return [...known];
  return [...known, evidence];
}

/**
 * Correlates of War level of a mission: 0 unless it is open; for an embassy, high commission or nunciature the
 * latest evidence of its head (ambassador 3, minister 2, chargé 1), 9 when unknown; other kinds of post 9.
 */
export function deriveLevel(kind: MissionKind, status: MissionStatus, evidence: readonly LevelEvidence[]): RepresentationLevel {
  if (status !== "open") return 0;
  if (!EMBASSY_KINDS.has(kind)) return 9;
  let latest: LevelEvidence | undefined;
  for (const e of evidence) if (!latest || compareDated(e.date, latest.date) >= 0) latest = e;
  return latest?.level ?? 9;
}

/** Representation of one state in another: the highest level among its posts there; 0 with none. */
export function dyadLevel(missions: readonly DiplomaticMission[]): RepresentationLevel {
  const levels = missions.map((m) => m.representationLevel ?? 0);
  const diplomatic = levels.filter((l) => l !== 9 && l !== 0);
  if (diplomatic.length > 0) return Math.max(...diplomatic) as RepresentationLevel;
  return levels.includes(9) ? 9 : 0;
}

/** Orders dates with undated first, so a dated fact outranks an undated one. */
const compareDated = (a: string | null, b: string | null) => (a === null ? (b === null ? 0 : -1) : b === null ? 1 : compareEdtf(a, b));

// ─── Events ───────────────────────────────────────────────────────────────────

/** The two parties in code order, so both directions of a relation share one index range. */
export function dyadOf(event: Pick<DiplomaticEvent, "source" | "target">): [string, string] {
  const a = event.source ?? "";
  const b = event.target ?? "";
  return a <= b ? [a, b] : [b, a];
}

const sameParties = (x: DiplomaticEvent, y: DiplomaticEvent) =>
  SYMMETRIC_EVENT_TYPES.has(x.type)
    ? dyadOf(x).join() === dyadOf(y).join()
    : x.source === y.source && x.target === y.target;

/** Officials named by both events, as written in the known event. */
export function sharedOfficials(known: readonly string[], incoming: readonly string[]): string[] {
  return known.filter((k) => incoming.some((i) => compareNames(k, i) !== null));
}

const sameMission = (x: DiplomaticEvent, y: DiplomaticEvent) =>
  x.mission !== null && y.mission !== null && kindsOfOnePost(x.mission.kind).includes(y.mission.kind) &&
  x.mission.sender === y.mission.sender && x.mission.host === y.mission.host &&
  (x.mission.city === null || y.mission.city === null || cityKey(x.mission.city) === cityKey(y.mission.city));

function describeDates(known: string | null, incoming: string | null): string {
  if (known === null && incoming === null) return "neither report is dated";
  if (known === null) return `the known event is undated, this report says ${incoming}`;
  if (incoming === null) return `this report is undated, the known event is ${known}`;
  if (known === incoming) return `same date ${known}`;
  const approximate = [known, incoming].filter((d) => APPROXIMATE_DAY.test(d)).map((d) => `, ${d} read as ${mergeWindow(d)}`).join("");
  if (edtfContains(mergeWindow(known), mergeWindow(incoming))) return `dates ${incoming} ⊂ ${known}${approximate}`;
  if (edtfContains(mergeWindow(incoming), mergeWindow(known))) return `dates ${known} ⊂ ${incoming}${approximate}`;
  if (!edtfOverlaps(mergeWindow(known), mergeWindow(incoming))) return `dates ${incoming} and ${known} within days of each other${approximate}`;
  return `dates ${incoming} overlaps ${known}${approximate}`;
}

export interface EventMatch<E extends DiplomaticEvent = DiplomaticEvent> {
  event: E;
  reason: string;
}

/**
 * The known event an incoming report describes. Same type, modality and dyad (unordered for symmetric types);
 * no conflicting city or mission; when both name officials, at least one in common; dates that overlap.
 * A missing date is compatible only when other evidence agrees — a shared official or the same mission — and
 * the known event did not start after the undated report was published. Among several, the one sharing the most
 * officials, then the most precisely dated, wins.
 */
const STATE_ACTS: ReadonlySet<string> = new Set([
  "ambassador-recalled", "diplomat-expelled", "relations-severed", "relations-established", "recognition",
  "mission-announced", "mission-approved", "mission-opened", "mission-closed", "mission-upgraded", "mission-downgraded",
]);

export function matchEvent<E extends DiplomaticEvent>(incoming: DiplomaticEvent, candidates: readonly E[]): EventMatch<E> | null {
  let best: { event: E; shared: string[]; score: number } | null = null;
  for (const known of candidates) {
    if (known.type !== incoming.type || known.modality !== incoming.modality || !sameParties(known, incoming)) continue;
    const knownCity = cityKey(known.location?.city);
    const incomingCity = cityKey(incoming.location?.city);
    if (knownCity && incomingCity && knownCity !== incomingCity) continue;
    if (known.mission && incoming.mission && !sameMission(known, incoming)) continue;
    const shared = sharedOfficials(known.officials, incoming.officials);
    // Different people make different visits and talks; a state's own act (an expulsion, a recall, a rupture) is one
    // act whoever each report names with it: the minister who announced it, the president who ordered it.
    if (known.officials.length > 0 && incoming.officials.length > 0 && shared.length === 0 && !(STATE_ACTS.has(known.type) && known.date !== null && incoming.date !== null)) continue;
    if (known.date !== null && incoming.date !== null) {
      if (!datesMeet(known.type, known.date, incoming.date)) continue;
    } else {
      if (shared.length === 0 && !sameMission(known, incoming)) continue;
      const reported = incoming.date === null ? incoming.reported : known.reported;
      const dated = incoming.date ?? known.date;
      if (reported && dated && startOf(dated)! > reported) continue;
    }
    const precision = known.date === null ? 0 : 1 / edtfSpanDays(mergeWindow(known.date));
    const score = shared.length * 10 + precision;
    if (!best || score > best.score) best = { event: known, shared, score };
  }
  if (!best) return null;
  const { event, shared } = best;
  const arrow = SYMMETRIC_EVENT_TYPES.has(event.type) ? "–" : "→";
  const parts = [`same type+dyad (${event.type} ${event.source ?? "?"}${arrow}${event.target ?? "?"})`, describeDates(event.date, incoming.date)];
  if (shared.length > 0) parts.push(`shared official${shared.length > 1 ? "s" : ""} ${shared.join(", ")}`);
  else if (sameMission(event, incoming)) parts.push("same mission");
  return { event, reason: parts.join(", ") };
}

/** One event from the known one and a new report: the most precise date, the earliest report day, all names and sources. */
export function mergeEvent(known: DiplomaticEvent, incoming: DiplomaticEvent): DiplomaticEvent {
  const date = known.date === null ? incoming.date : incoming.date === null ? known.date : moreExact(known.date, incoming.date);
  const reported = known.reported && incoming.reported ? (known.reported <= incoming.reported ? known.reported : incoming.reported) : (known.reported ?? incoming.reported);
  const officials = [...known.officials, ...incoming.officials.filter((name) => sharedOfficials(known.officials, [name]).length === 0)];
  return {
    ...known,
    date,
    reported,
    officials,
    participants: [...new Set([...known.participants, ...incoming.participants])],
    location: known.location ?? incoming.location,
    mission: known.mission ?? incoming.mission,
    cameo: known.cameo ?? incoming.cameo ?? null,
    plover: known.plover ?? incoming.plover ?? null,
    sources: mergeSources(known.sources, incoming.sources),
  };
}
