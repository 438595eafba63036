// Documents and records into the knowledge base, merged with what is known. Each call runs inside one transaction.
import { createHash } from "node:crypto";
import {
  contentHash, CoreError, type DayRange, DiplomaticEvent, DiplomaticMission, Document, edtfRange, Extraction, formatIssue, IsoDay,
  issuesFromZod, missionId, Official, slug, stateFromDocument, type IssueLocation, type Provenance,
} from "@proj/core";
import * as z from "zod";
import {
  addLevelEvidence, applyMissionReport, cityKey, compareNames, deriveLevel, daysAfter, deriveStatus, dyadOf, EMBASSY_KINDS,
  kindsOfOnePost, LEVEL_OF_ROLE, type LevelEvidence, matchEvent, matchMission, matchOfficial, mergeEvent, mergeOfficial, mergeWindow,
  type MissionReport, mayMatchOfficial, nameTokens, type OfficialMatch, officialSearchText, officialWithPosition, SLACK_DAYS, STATUS_OF_EVENT,
  type StatusReport,
} from "./merge.js";
import { createPlainEventReader } from "./bulk-event.js";
import type { StoredEvent } from "./queries.js";
import {
  bulkEventRow, DOCUMENT_COLUMNS, documentRow, EVENT_COLUMNS, EVENT_ROW_FIELDS, eventFromRow, eventRow, evidenceFromRow, MISSION_COLUMNS, missionFromRow,
  missionRow, type EventRow, type MissionRow, OFFICIAL_COLUMNS, officialFromRow, officialRow, reasonsFromRow, type RecordRow, upsert,
} from "./rows.js";
import type { Executor } from "./sql.js";

export const Records = z
  .strictObject({
    missions: z.array(DiplomaticMission).default([]),
    officials: z.array(Official).default([]),
    events: z.array(DiplomaticEvent).default([]),
  })
  .meta({ id: "Records", description: "Structured records to store, as parsed from a file or feed." });
export type Records = z.input<typeof Records>;
type ParsedRecords = z.output<typeof Records>;

/** The batch's shape only; bulk mode validates each event as it streams it into the database. */
export const RecordLists = z.strictObject({
  missions: z.array(z.unknown()).default([]),
  officials: z.array(z.unknown()).default([]),
  events: z.array(z.unknown()).default([]),
});
export type RecordLists = z.output<typeof RecordLists>;

export const RecordsSource = z
  .strictObject({
    input: z.string().min(1).describe("Where the records came from: a file name, a feed."),
    rule: z.string().min(1).default("records").describe("The format or importer, kept in each record's provenance."),
    id: z.string().min(1).max(200).optional().describe("The batch's id in its source."),
    url: z.url({ protocol: /^https?$/ }).nullish(),
    published: IsoDay.nullish().describe("When the source was published; dates undated statuses."),
    title: z.string().max(1000).nullish(),
    publisher: z.string().max(200).nullish(),
  })
  .meta({ id: "RecordsSource", description: "Provenance shared by a batch of structured records." });
export type RecordsSource = z.input<typeof RecordsSource>;

export const IngestMode = z.enum(["merge", "bulk"]);
/** `merge` (default) matches every record against the store; `bulk` inserts records as they are, for large clean imports. */
export type IngestMode = z.infer<typeof IngestMode>;

export interface IngestOptions {
  mode?: IngestMode;
  /**
   * Bulk mode only: drop the event indexes before the load and build them after (by default from 50,000 events).
   * On PostgreSQL readers wait for the load to commit meanwhile; on SQLite they keep reading the previous snapshot.
   */
  rebuildIndexes?: boolean;
}

export interface IngestCounts {
  created: number;
  merged: number;
  /** Ids of the records written (empty in bulk mode). */
  ids: string[];
}

export interface IngestReport {
  documentId: string;
  /** True when the document (same content, or same URL) was already stored: nothing was written. */
  duplicate: boolean;
  missions: IngestCounts;
  officials: IngestCounts;
  events: IngestCounts;
  /** Each record that joined a known one, and why: the merge decisions, for `--explain` style output. */
  merges: Array<{ kind: "mission" | "official" | "event"; id: string; reason: string }>;
}

const counts = (): IngestCounts => ({ created: 0, merged: 0, ids: [] });
const emptyReport = (documentId: string, duplicate: boolean): IngestReport => ({
  documentId, duplicate, missions: counts(), officials: counts(), events: counts(), merges: [],
});

/** Parses untrusted input once, at the store's edge; the error names every bad field and writes nothing. */
export function validate<T extends z.ZodType>(schema: T, input: unknown, what: string, at: IssueLocation = {}): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error, at, input);
  const shown = issues.slice(0, 3).map(formatIssue).join("; ");
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : "";
  throw new CoreError("INVALID_RECORD", `${what} rejected, nothing was written: ${shown}${more}`, { issues, cause: parsed.error });
}

/** Points every source at the document, and gives a record without sources one naming the batch. */
function withDocument<T extends { sources: Provenance[] }>(record: T, documentId: string, fallback: () => Provenance): T {
  const sources = record.sources.length > 0 ? record.sources : [fallback()];
  return { ...record, sources: sources.map((s) => (s.documentId ? s : { ...s, documentId })) };
}

/** A document standing for a batch of records: its id hashes the records as given, so the same batch twice is a duplicate. */
export function recordsDocument(records: RecordLists, source: z.output<typeof RecordsSource>): Document {
  // SHA-256 rather than core's contentHash: a million records hash in a fraction of the time.
  const hash = createHash("sha256").update(source.input);
  // Fed in 64 kB chunks: a million small updates cost more than the hashing itself.
  let chunk = "";
  for (const list of [records.missions, records.officials, records.events]) {
    chunk += `\n${list.length}`;
    for (const record of list) {
      chunk += JSON.stringify(record);
      if (chunk.length >= 65_536) {
        hash.update(chunk);
        chunk = "";
      }
    }
  }
  hash.update(chunk);
  const summary = `${records.missions.length} missions, ${records.officials.length} officials, ${records.events.length} events from ${source.input}`;
  return {
    id: hash.digest("hex").slice(0, 32),
    externalId: source.id ?? null,
    text: summary,
    published: source.published ?? null,
    url: source.url ?? null,
    title: source.title ?? null,
    publisher: source.publisher ?? null,
  };
}

async function knownDocument(tx: Executor, doc: Document): Promise<string | undefined> {
  const row = doc.url
    ? await tx.get<{ id: string }>("SELECT id FROM documents WHERE id = ? OR url = ?", [doc.id, doc.url])
    : await tx.get<{ id: string }>("SELECT id FROM documents WHERE id = ?", [doc.id]);
  return row?.id;
}

async function freeId(tx: Executor, table: "officials" | "events" | "missions", wanted: string): Promise<string> {
  for (let n = 1; ; n++) {
    const id = n === 1 ? wanted : `${wanted}-${n}`;
    if (!(await tx.get(`SELECT id FROM ${table} WHERE id = ?`, [id]))) return id;
  }
}

const missionKey = (m: Pick<DiplomaticMission, "sender" | "host" | "kind" | "city">) => [m.sender, m.host, m.kind, cityKey(m.city)].join("|");
const dyadKey = (sender: string, host: string) => `${sender}|${host}`;

/** Merges one document's records into the store. Call inside a write transaction. */
export async function mergeDocument(tx: Executor, doc: Document, records: ParsedRecords, rule: string, now: string): Promise<IngestReport> {
  const known = await knownDocument(tx, doc);
  if (known) return emptyReport(known, true);
  await tx.run(`INSERT INTO documents (${DOCUMENT_COLUMNS.join(", ")}) VALUES (${DOCUMENT_COLUMNS.map(() => "?").join(", ")})`, documentRow(doc, now));
  const report = emptyReport(doc.id, false);
  const source = (kind: string, index: number) => (): Provenance => ({
    documentId: doc.id, rule, confidence: 1, spans: [], input: `${doc.externalId ?? doc.id}#${kind}[${index}]`,
    ...(doc.url ? { url: doc.url } : {}),
  });
  const officials = records.officials.map((o, i) => officialWithPosition(withDocument(o, doc.id, source("officials", i)), doc.published));
  const missions = records.missions.map((m, i) => withDocument(m, doc.id, source("missions", i)));
  const events = records.events.map((e, i) => ({ ...withDocument(e, doc.id, source("events", i)), reported: e.reported ?? doc.published }));

  // The states the document names: where an official it gives no state of their own may already be known.
  const named = new Set(
    [
      ...records.officials.map((o) => o.country),
      ...records.events.flatMap((e) => [e.source, e.target, ...e.participants]),
      ...records.missions.flatMap((m) => [m.sender, m.host]),
    ].filter((code): code is string => Boolean(code)),
  );
  const stored = await storeOfficials(tx, officials, report, named);
  const canonicalName = (name: string) =>
    stored.find((o) => [o.name, ...o.aliases].some((n) => compareNames(n, name) === "same"))?.name ??
    stored.find((o) => compareNames(o.name, name) !== null)?.name ??
    name;
  const canonicalEvents = events.map((e) => ({ ...e, officials: [...new Set(e.officials.map(canonicalName))] }));

  const { reports, evidence } = await missionReports(tx, doc, missions, canonicalEvents, stored);
  await storeMissions(tx, reports, report);
  await applyEvidence(tx, evidence);
  await storeEvents(tx, doc, canonicalEvents, report);
  return report;
}

/** A country's officials whose names could match the incoming one (only those are parsed: the list grows with every document). */
async function namesakes(tx: Executor, incoming: Official, country: string): Promise<Array<Official & { id: string }>> {
  const rows = await tx.all<RecordRow & { search: string }>("SELECT id, record, search FROM officials WHERE country = ?", [country]);
  return rows.filter((row) => mayMatchOfficial(incoming, row.search)).map(officialFromRow);
}

/**
 * For an official whose state the article never gave (extraction took the document's own): the one person of the same
 * full name and role the knowledge base already knows in another state the document names ("President X" in a story
 * about a visit abroad). Several, or none: no match.
 */
async function knownElsewhere(tx: Executor, incoming: Official, named: ReadonlySet<string>): Promise<OfficialMatch<Official & { id: string }> | null> {
  if (nameTokens(incoming.name).length < 2) return null;
  const found: Array<Official & { id: string }> = [];
  for (const country of named) {
    if (country === incoming.country) continue;
    for (const known of await namesakes(tx, incoming, country)) {
      const match = compareNames(known.name, incoming.name);
      // ("Minister Hadi al-Shammary", guessed, for the known "Foreign Minister Hadi Jabbar al-Shammari": a shorter form
      // of two parts or more, and a generic office read for the specific one.)
      const sameName = match === "same" || match === "variant" || (match === "partial" && Math.min(nameTokens(known.name).length, nameTokens(incoming.name).length) >= 2);
      if (sameName && sameOffice(known.role, incoming.role)) found.push(known);
    }
  }
  if (found.length !== 1) return null;
  const [official] = found as [Official & { id: string }];
  const how = official.name === incoming.name ? `same name "${official.name}"` : `"${incoming.name}" ~ "${official.name}"`;
  return { official, reason: `${how} and office as ${official.country}'s; the article did not name ${incoming.name}'s state (read as ${incoming.country})` };
}

const GENERIC_OFFICES: ReadonlySet<string> = new Set(["minister", "official"]);
/** One office, or a generic reading ("Minister") of a specific one ("Foreign Minister"). */
const sameOffice = (a: string, b: string) => a === b || GENERIC_OFFICES.has(a) || GENERIC_OFFICES.has(b);

/**
 * The reverse of knownElsewhere: for an official whose state the text gives, the one person of the same full name
 * and office filed under another state only because earlier articles gave none (all their sources guessed it).
 */
async function guessedElsewhere(tx: Executor, incoming: Official): Promise<OfficialMatch<Official & { id: string }> | null> {
  if (stateFromDocument(incoming) || nameTokens(incoming.name).length < 2) return null;
  const rows = await tx.all<RecordRow & { search: string }>("SELECT id, record, search FROM officials WHERE guessed_name = ? AND country <> ?", [
    nameTokens(incoming.name).join(" "), incoming.country,
  ]);
  const found = rows.map(officialFromRow).filter((o) => o.role === incoming.role && stateFromDocument(o));
  if (found.length !== 1) return null;
  const [official] = found as [Official & { id: string }];
  return { official, reason: `same name "${official.name}" and office; filed under ${official.country} only because earlier articles gave no state, and this one says ${incoming.country}` };
}

const guessedName = (official: Official) => (stateFromDocument(official) ? nameTokens(official.name).join(" ") : null);

async function storeOfficials(tx: Executor, officials: Official[], report: IngestReport, named: ReadonlySet<string>): Promise<Array<Official & { id: string }>> {
  const stored: Array<Official & { id: string }> = [];
  for (const incoming of officials) {
    const match = matchOfficial(incoming, await namesakes(tx, incoming, incoming.country)) ?? (stateFromDocument(incoming) ? await knownElsewhere(tx, incoming, named) : null);
    const guessed = match ? null : await guessedElsewhere(tx, incoming);
    let official: Official & { id: string };
    if (match) {
      official = { ...mergeOfficial(match.official, incoming), id: match.official.id };
      report.officials.merged++;
      report.merges.push({ kind: "official", id: official.id, reason: match.reason });
    } else if (guessed) {
      // Refiled under the state the text gives, with an id of that state: the guessed record goes.
      await tx.run("DELETE FROM officials WHERE id = ?", [guessed.official.id]);
      const merged = mergeOfficial({ ...guessed.official, country: incoming.country }, incoming);
      official = { ...merged, id: await freeId(tx, "officials", `${incoming.country}-${slug(merged.name)}`) };
      report.officials.merged++;
      report.merges.push({ kind: "official", id: official.id, reason: `${guessed.reason} (was ${guessed.official.id})` });
    } else {
      official = { ...incoming, id: await freeId(tx, "officials", incoming.id ?? `${incoming.country}-${slug(incoming.name)}`) };
      report.officials.created++;
    }
    await upsert(tx, "officials", OFFICIAL_COLUMNS, officialRow(official, officialSearchText(official), guessedName(official)));
    report.officials.ids.push(official.id);
    const again = stored.findIndex((o) => o.id === official.id);
    if (again >= 0) stored[again] = official;
    else stored.push(official);
  }
  return stored;
}

type Ref = Pick<DiplomaticMission, "sender" | "host" | "kind" | "city">;

/** Gathers, per mission, the statuses this document reports, and per dyad the evidence of who heads the posts. */
async function missionReports(
  tx: Executor, doc: Document, missions: DiplomaticMission[], events: DiplomaticEvent[], officials: Official[],
): Promise<{ reports: Map<string, MissionReport>; evidence: Map<string, LevelEvidence[]> }> {
  const reports = new Map<string, MissionReport>();
  const evidence = new Map<string, LevelEvidence[]>();
  const addEvidence = (sender: string, host: string, e: LevelEvidence) => {
    evidence.set(dyadKey(sender, host), addLevelEvidence(evidence.get(dyadKey(sender, host)) ?? [], e));
  };
  const reportFor = (ref: Ref, mission?: DiplomaticMission): MissionReport => {
    const key = missionKey(ref);
    let r = reports.get(key);
    if (!r) {
      const base = mission ?? { ...ref, status: "planned" as const, history: [], sources: [] };
      r = { mission: base, changes: [] };
      reports.set(key, r);
    }
    return r;
  };
  const refersTo = (e: DiplomaticEvent, m: Ref) =>
    e.mission ? missionKey(e.mission) === missionKey(m) || (e.mission.city === null && e.mission.sender === m.sender && e.mission.host === m.host && e.mission.kind === m.kind) : e.source === m.sender && e.target === m.host;

  for (const m of missions) {
    const r = reportFor(m, m);
    const changes: StatusReport[] = m.history.map((h) => ({ ...h, sources: h.sources.length > 0 ? h.sources : m.sources }));
    if (!changes.some((c) => c.status === m.status)) {
      const wanted = m.status === "suspended" ? "closed" : m.status;
      const event = events.find((e) => STATUS_OF_EVENT[e.type] === wanted && refersTo(e, m));
      const date = event?.date ?? doc.published;
      changes.push({ status: m.status, date, sources: m.sources, asOf: !event?.date });
    }
    r.changes.push(...changes);
    if (m.representationLevel === 1 || m.representationLevel === 2 || m.representationLevel === 3) {
      addEvidence(m.sender, m.host, { level: m.representationLevel, date: doc.published, reason: `reported level ${m.representationLevel}` });
    }
    const head = m.headOfMission ? officials.find((o) => o.country === m.sender && compareNames(o.name, m.headOfMission!) !== null) : undefined;
    const headLevel = head ? LEVEL_OF_ROLE[head.role] : undefined;
    if (head && headLevel) addEvidence(m.sender, m.host, { level: headLevel, date: doc.published, reason: `headed by ${head.role} ${head.name}` });
  }

  for (const e of events) {
    if (!e.source || !e.target) continue;
    const status = STATUS_OF_EVENT[e.type];
    if (status || e.type === "mission-upgraded" || e.type === "mission-downgraded") {
      const ref = e.mission ?? missions.find((m) => refersTo(e, m)) ?? (await onlyMission(tx, e.source, e.target));
      if (!ref) continue;
      if (status) {
        const written = missions.find((m) => missionKey(m) === missionKey(ref));
        const actual = status === "closed" && written?.status === "suspended" ? "suspended" : status;
        reportFor(ref).changes.push({ status: actual, date: e.date ?? doc.published, sources: e.sources, asOf: !e.date });
      } else {
        const level = e.type === "mission-upgraded" ? 3 : 1;
        addEvidence(ref.sender, ref.host, { level, date: e.date ?? doc.published, reason: e.type });
      }
    }
    if (e.type === "ambassador-appointed" || e.type === "credentials-presented") {
      addEvidence(e.source, e.target, { level: 3, date: e.date ?? doc.published, reason: `${e.type}${e.officials.length ? `: ${e.officials.join(", ")}` : ""}` });
    }
  }

  for (const o of officials) {
    for (const p of o.positions) {
      const level = LEVEL_OF_ROLE[p.role];
      if (level && p.accreditedTo) addEvidence(p.country ?? o.country, p.accreditedTo, { level, date: p.from ?? doc.published, reason: `${p.role} ${o.name}` });
    }
  }
  return { reports, evidence };
}

/** The one mission a sender has in a host, when it has exactly one: an event that names no mission refers to it. */
async function onlyMission(tx: Executor, sender: string, host: string): Promise<DiplomaticMission | undefined> {
  const rows = await tx.all<RecordRow>("SELECT id, record FROM missions WHERE sender = ? AND host = ?", [sender, host]);
  return rows.length === 1 ? missionFromRow(rows[0]!) : undefined;
}

async function storeMissions(tx: Executor, reports: Map<string, MissionReport>, report: IngestReport): Promise<void> {
  for (const r of reports.values()) {
    const { sender, host, kind } = r.mission;
    const kinds = kindsOfOnePost(kind);
    const rows = await tx.all<MissionRow>(`SELECT id, record, level_evidence FROM missions WHERE sender = ? AND host = ? AND kind IN (${kinds.map(() => "?").join(", ")})`, [sender, host, ...kinds]);
    const candidates = rows.map(missionFromRow);
    const match = matchMission(r.mission, candidates);
    const row = match ? rows[candidates.indexOf(match.mission)] : undefined;
    const mission = applyMissionReport(match?.mission ?? null, r);
    const evidence = row ? evidenceFromRow(row) : [];
    const id = match?.mission.id && cityKey(match.mission.city) === cityKey(mission.city) && match.mission.kind === mission.kind ? match.mission.id : missionId(mission);
    const stored = { ...mission, id, representationLevel: deriveLevel(mission.kind, mission.status, evidence) };
    if (match?.mission.id && match.mission.id !== id) {
      // The mission learnt its city or its exact name ("consulate-general" for "consulate"): its id follows, and the
      // old id keeps resolving.
      await tx.run("DELETE FROM missions WHERE id = ?", [match.mission.id]);
      await tx.run("UPDATE mission_aliases SET mission_id = ? WHERE mission_id = ?", [id, match.mission.id]);
      await tx.run("INSERT INTO mission_aliases (alias, mission_id) VALUES (?, ?) ON CONFLICT (alias) DO UPDATE SET mission_id = excluded.mission_id", [match.mission.id, id]);
    }
    await upsert(tx, "missions", MISSION_COLUMNS, missionRow(stored, cityKey(stored.city), evidence));
    if (match) {
      report.missions.merged++;
      report.merges.push({ kind: "mission", id, reason: match.reason });
    } else report.missions.created++;
    report.missions.ids.push(id);
  }
}

async function applyEvidence(tx: Executor, evidence: Map<string, LevelEvidence[]>): Promise<void> {
  for (const [key, found] of evidence) {
    const [sender, host] = key.split("|") as [string, string];
    const rows = await tx.all<MissionRow>("SELECT id, record, level_evidence FROM missions WHERE sender = ? AND host = ?", [sender, host]);
    for (const row of rows) {
      const mission = missionFromRow(row);
      if (!EMBASSY_KINDS.has(mission.kind)) continue;
      const all = found.reduce(addLevelEvidence, evidenceFromRow(row));
      const stored = { ...mission, id: row.id, representationLevel: deriveLevel(mission.kind, mission.status, all) };
      await upsert(tx, "missions", MISSION_COLUMNS, missionRow(stored, cityKey(stored.city), all));
    }
  }
}

async function eventCandidates(tx: Executor, event: DiplomaticEvent, dyad: [string, string]): Promise<EventRow[]> {
  const fields = `SELECT ${EVENT_ROW_FIELDS} FROM events WHERE actor_a = ? AND actor_b = ? AND type = ?`;
  const range = event.date ? edtfRange(mergeWindow(event.date)) : null;
  if (!range) return tx.all<EventRow>(`${fields} ORDER BY sort_date DESC, id LIMIT 500`, [...dyad, event.type]);
  // Stored rows keep an approximate day ("2024-06-12~") as that day; it may stand for the week before, so rows up to a
  // week after the incoming range are read too (and the type's slack either side), and matchEvent judges them.
  const slack = SLACK_DAYS[event.type] ?? 0;
  return tx.all<EventRow>(`${fields} AND (date_start IS NULL OR (date_start <= ? AND date_end >= ?)) ORDER BY sort_date, id`, [
    ...dyad, event.type, range.end ? daysAfter(range.end, 7 + slack) : "9999-12-31", range.start ? daysAfter(range.start, -slack) : "0000-01-01",
  ]);
}

async function storeEvents(tx: Executor, doc: Document, events: DiplomaticEvent[], report: IngestReport): Promise<void> {
  for (const [index, incoming] of events.entries()) {
    const dyad = dyadOf(incoming);
    const rows = await eventCandidates(tx, incoming, dyad);
    const candidates = rows.map(eventFromRow);
    const match = matchEvent(incoming, candidates);
    let event: StoredEvent;
    let reasons: string[];
    if (match) {
      const known = match.event;
      const merged = mergeEvent(known, incoming);
      const added = merged.sources.length - known.sources.length;
      reasons = [...reasonsFromRow(rows[candidates.indexOf(known)]!), ...Array.from({ length: added }, () => match.reason)];
      event = { ...merged, id: known.id, reportCount: 0 };
      report.events.merged++;
      report.merges.push({ kind: "event", id: known.id, reason: match.reason });
    } else {
      const id = await freeId(tx, "events", incoming.id ?? `ev-${contentHash(`${doc.id}:${index}`)}`);
      event = { ...incoming, id, reportCount: 0 };
      reasons = incoming.sources.map(() => "first report");
      report.events.created++;
    }
    await upsert(tx, "events", EVENT_COLUMNS, eventRow(event, dyad, event.date ? edtfRange(event.date) : null, reasons));
    report.events.ids.push(event.id);
  }
}

const PLAIN_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** From this many events, a bulk load drops the table's secondary indexes and builds them again: sorting once beats a million random index inserts. */
export const REBUILD_INDEXES_AT = 50_000;

async function withIndexesRebuilt<T>(tx: Executor, table: string, rebuild: boolean, load: () => Promise<T>): Promise<T> {
  if (!rebuild) return load();
  const indexes = await tx.indexes(table);
  for (const index of indexes) await tx.run(`DROP INDEX ${index.name}`);
  const result = await load();
  for (const index of indexes) await tx.run(index.sql);
  return result;
}

/**
 * Bulk import: records go in as they are, with no matching against the store (rows whose id exists are skipped).
 * For large, already-clean sets: rows are produced and inserted one by one through one prepared statement, in one
 * transaction, and a large load rebuilds the event indexes once at the end.
 */
export async function bulkIngest(
  tx: Executor, doc: Document, records: Omit<ParsedRecords, "events">, rawEvents: readonly unknown[], file: string, now: string, rebuildIndexes?: boolean,
): Promise<IngestReport> {
  const known = await knownDocument(tx, doc);
  if (known) return emptyReport(known, true);
  const report = emptyReport(doc.id, false);
  await tx.insertMany("documents", DOCUMENT_COLUMNS, [documentRow(doc, now)]);
  const provenance = (kind: string): Provenance => ({ documentId: doc.id, rule: "bulk", confidence: 1, spans: [], input: `${doc.externalId ?? doc.id}#${kind}` });
  const officialSource = provenance("officials");
  const officials = records.officials.map((o) => {
    const official = { ...officialWithPosition(withDocument(o, doc.id, () => officialSource), doc.published), id: o.id ?? `${o.country}-${slug(o.name)}` };
    return officialRow(official, officialSearchText(official));
  });
  report.officials.created = await tx.insertMany("officials", OFFICIAL_COLUMNS, officials);
  const missionSource = provenance("missions");
  const missions = records.missions.map((m) => {
    const history = m.history.length > 0 ? m.history : [{ status: m.status, date: doc.published, sources: [] }];
    const status = deriveStatus(history) ?? m.status;
    const evidence: LevelEvidence[] = m.representationLevel === 1 || m.representationLevel === 2 || m.representationLevel === 3
      ? [{ level: m.representationLevel, date: doc.published, reason: `reported level ${m.representationLevel}` }]
      : [];
    const mission = { ...withDocument(m, doc.id, () => missionSource), history, status, id: m.id ?? missionId(m), representationLevel: deriveLevel(m.kind, status, evidence) };
    return missionRow(mission, cityKey(m.city), evidence);
  });
  report.missions.created = await tx.insertMany("missions", MISSION_COLUMNS, missions);
  // Events with no sources of their own get the batch's provenance; without an external id it is derived from the
  // document id alone, so rows name the batch instead of repeating it (rows.ts, bulkEventRow).
  const batch = doc.externalId ? null : doc.id;
  const bulkSources = batch ? [] : [provenance("events")];
  const width = String(rawEvents.length).length;
  const prefix = doc.id.slice(0, 16);
  const readPlain = createPlainEventReader();
  // A valid day is its own range: most bulk events are day-dated, and EDTF parsing was a thirtieth of the load.
  // Ranges are remembered per date (a million events share some thousands of dates); rows only read them.
  const ranges = new Map<string, DayRange | null>();
  const rangeOf = (date: string) => {
    let range = ranges.get(date);
    if (range === undefined) {
      range = PLAIN_DAY.test(date) ? { start: date, end: date } : edtfRange(date);
      if (ranges.size < 100_000) ranges.set(date, range);
    }
    return range;
  };
  function* events() {
    for (const [n, raw] of rawEvents.entries()) {
      // Parsed one at a time, so a million parsed copies never pile up; a bad one aborts the transaction. The plain
      // shape is read without zod (half the JavaScript of a bulk row); anything else, and every error, is zod's.
      const e = readPlain(raw) ?? validate(DiplomaticEvent, raw, "records", { file, field: `events[${n}]` });
      const own = e.sources.length > 0;
      // Set in place: the records are this call's own parsed copy, and a million spreads cost more than the inserts.
      e.sources = own ? e.sources.map((s) => (s.documentId ? s : { ...s, documentId: doc.id })) : bulkSources;
      // Zero-padded sequence numbers keep the ids in insertion order: the primary key grows at its end.
      e.id ??= `ev-${prefix}-${String(n).padStart(width, "0")}`;
      const range = e.date === null ? null : rangeOf(e.date);
      yield bulkEventRow(e as StoredEvent, dyadOf(e), range, own ? null : batch);
    }
  }
  const rebuild = rebuildIndexes ?? rawEvents.length >= REBUILD_INDEXES_AT;
  report.events.created = await withIndexesRebuilt(tx, "events", rebuild, () => tx.insertMany("events", EVENT_COLUMNS, events()));
  // Fresh statistics let the planner pick the selective index (missions by sender, not by status) after a big load.
  for (const table of ["missions", "officials", "events"]) await tx.run(`ANALYZE ${table}`);
  return report;
}

/** Validates an extraction (throwing a located INVALID_RECORD error) and returns its document and records. */
export function parseExtraction(input: unknown): { document: Document; records: ParsedRecords } {
  const extraction = validate(Extraction, input, "extraction");
  const { document, ...records } = extraction;
  return { document, records };
}
