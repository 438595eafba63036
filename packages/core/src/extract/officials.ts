import type { Role } from "../model/official.js";
import { roleForTitle } from "../gazetteer/titles.js";
import { cleanName, type Item, type PersonItem, type TitleItem } from "./mentions.js";
import type { Sentence } from "./sentences.js";

/** A person as the document knows them: the fullest name, the state they serve, every mention. */
export interface PersonRecord {
  name: string;
  country: string | null;
  mentions: OfficialMention[];
}

/** One mention of a titled person in one sentence. */
export interface OfficialMention {
  name: string;
  role: Role;
  title: string;
  country: string | null;
  accreditedTo: string | null;
  sentence: Sentence;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

// Words that may stand between a title and the name or actor it belongs to ("Azerbaijan's new Foreign Minister").
const MODIFIERS = new Set([
  "the", "new", "newly", "appointed", "newly-appointed", "then", "former", "first", "acting", "visiting", "outgoing", "incoming", "current",
  "late", "resident", "non-resident", "designated", "elected", "-", "then-", "his", "her", "its", "their", "a", "an", "serving", "interim",
  "top", "senior", "veteran",
]);
const PLURAL_TITLE = /(?:ambassadors|envoys|high commissioners|diplomats|ministers|heads of mission)/i;

const isWord = (it: Item | undefined, ...words: string[]) => it?.kind === "word" && words.includes(it.lower);

/** Reads the officials a sentence names, with the rule that found each. */
export function findOfficials(sentence: Sentence, items: Item[]): OfficialMention[] {
  const out: OfficialMention[] = [];
  const used = new Set<PersonItem>();
  const add = (person: PersonItem, title: TitleItem, country: string | null, accreditedTo: string | null, rule: string, confidence: number) => {
    if (used.has(person)) return;
    const name = cleanName(person.name);
    if (!/\s/.test(name) && name.length < 3) return;
    let role = roleForTitle(title.title, country) ?? title.role;
    // "his Costa Rican counterpart X" holds the same office as the official already named.
    if (/^counterparts?$/i.test(title.title)) {
      const other = out.find((o) => o.country !== country);
      if (!other) return;
      role = other.role;
    }
    used.add(person);
    out.push({
      name,
      role,
      title: title.title,
      country,
      accreditedTo,
      sentence,
      start: Math.min(person.start, title.start),
      end: Math.max(person.end, title.end),
      rule,
      confidence,
    });
  };

  for (let t = 0; t < items.length; t++) {
    const title = items[t]!;
    if (title.kind !== "title") continue;
    let country = actorBefore(items, t);
    let accreditedTo: string | null = null;
    // After the title: "of [the Republic of] A", "to B", "in B".
    let k = t + 1;
    for (let guard = 0; guard < 3 && k < items.length; guard++) {
      const w = items[k]!;
      const next = skip(items, k + 1, "the");
      const target = items[next];
      if ((isWord(w, "of") || (isWord(w, "from") && /^counterpart/i.test(title.title))) && target?.kind === "actor") {
        if (!country) country = target.code;
        else accreditedTo ??= target.code;
        k = next + 1;
      } else if (isWord(w, "to", "in") && target?.kind === "actor" && title.role !== "head-of-state" && title.role !== "head-of-government") {
        accreditedTo = target.code;
        k = next + 1;
      } else if (isWord(w, "to", "in") && target?.kind === "city" && /ambassador|consul|envoy|charg/.test(title.role)) {
        accreditedTo = target.city.country;
        k = next + 1;
      } else break;
    }
    // The name follows the title: "Foreign Minister Jeyhun Bayramov", "Foreign Minister of Azerbaijan, Jeyhun Bayramov".
    let n = skip(items, k, ",", "the", "mr", "mrs", "ms", "dr", "sir", "h.e", "prince", "sheikh");
    if (items[n]?.kind === "person" && items[n]!.start - items[k - 1]!.end < 40) {
      add(items[n] as PersonItem, title, country, accreditedTo, "official.title-name", 0.9);
      continue;
    }
    // Or precedes it in apposition: "Jeyhun Bayramov, the foreign minister of Azerbaijan".
    let p = t - 1;
    while (p >= 0 && (items[p]!.kind === "word" && MODIFIERS.has((items[p] as { lower: string }).lower) || items[p]!.kind === "actor" || isWord(items[p], "'s"))) p--;
    if (isWord(items[p], ",", "(") && items[p - 1]?.kind === "person") {
      add(items[p - 1] as PersonItem, title, country, accreditedTo, "official.name-apposition", 0.85);
      continue;
    }
    // Lists after a plural title: "The ambassadors are A, representing Benin; B of Zimbabwe; C, Egypt".
    if (PLURAL_TITLE.test(title.text)) {
      for (let q = t + 1; q < items.length; q++) {
        const person = items[q];
        if (person?.kind !== "person") continue;
        const r = skip(items, q + 1, ",", "representing", "of", "from", "the");
        const actor = items[r];
        if (actor?.kind === "actor") add(person, title, actor.code, accreditedTo, "official.title-list", 0.75);
      }
    }
  }
  return out;
}

/** An actor standing before a title: "Israeli President", "Azerbaijan's new Foreign Minister". */
function actorBefore(items: Item[], t: number): string | null {
  let p = t - 1;
  while (p >= 0 && items[p]!.kind === "word" && MODIFIERS.has((items[p] as { lower: string }).lower)) p--;
  if (isWord(items[p], "'s")) p--;
  const it = items[p];
  return it?.kind === "actor" ? it.code : null;
}

function skip(items: Item[], from: number, ...words: string[]): number {
  let i = from;
  while (i < items.length && items[i]!.kind === "word" && words.includes((items[i] as { lower: string }).lower.replace(/\.$/, ""))) i++;
  return i;
}

const lastToken = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();

/** Groups official mentions into people (surname-only mentions join the full name) and settles each one's country. */
export function resolvePeople(
  mentions: OfficialMention[],
  analysed: { sentence: Sentence; items: Item[] }[],
  actorCounts: Map<string, number>,
): PersonRecord[] {
  const people: PersonRecord[] = [];
  const sorted = [...mentions].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length || a.start - b.start);
  for (const m of sorted) {
    const same = people.find((p) => p.name === m.name || (lastToken(p.name) === lastToken(m.name) && p.name.includes(m.name)));
    if (same) same.mentions.push(m);
    else people.push({ name: m.name, country: null, mentions: [m] });
  }
  const dominant = [...actorCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    p.country = p.mentions.find((m) => m.country)?.country ?? null;
    if (!p.country) {
      // No country in any mention: the actor nearest the first mention in its sentence, else the article's main actor.
      const first = p.mentions[0]!;
      const items = analysed.find((a) => a.sentence === first.sentence)?.items ?? [];
      const accredited = new Set(p.mentions.map((m) => m.accreditedTo));
      // The counterpart's state is not the official's own ("X met his Chinese counterpart Y").
      const others = new Set(mentions.filter((m) => m.sentence === first.sentence && m.name !== p.name && m.country).map((m) => m.country));
      const near = items
        .filter((it) => it.kind === "actor" && !accredited.has(it.code) && !others.has(it.code))
        .sort((a, b) => Math.abs(a.start - first.start) - Math.abs(b.start - first.start))[0];
      const fallback = [...actorCounts.entries()].filter(([code]) => !others.has(code)).sort((a, b) => b[1] - a[1])[0]?.[0] ?? dominant;
      p.country = near?.kind === "actor" ? near.code : fallback;
    }
  }
  return people.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

export function indexPeople(people: PersonRecord[]): (name: string) => PersonRecord | undefined {
  const byName = new Map<string, PersonRecord>();
  const byLast = new Map<string, PersonRecord | null>();
  for (const p of people) {
    byName.set(p.name, p);
    const key = lastToken(p.name);
    byLast.set(key, byLast.has(key) && byLast.get(key) !== p ? null : p);
  }
  return (name) => byName.get(name) ?? byLast.get(lastToken(name)) ?? undefined;
}

