// Database rows ↔ records. The store writes every record from a parsed, valid value; reading one back rebuilds it
// from its JSON without re-running the schema (that was a seventh of a busy API's CPU), but a row that is not JSON,
// or holds a field the schema does not know, is parsed with the schema and fails with an INTERNAL error naming it.
import { CoreError, issuesFromZod, type Document, type DiplomaticMission, type Official, type Provenance } from "@proj/core";
import type * as z from "zod";
import { type LevelEvidence, reportCount } from "./merge.js";
import { StoredEvent, StoredMission, StoredOfficial } from "./queries.js";
import type { Executor, SqlValue } from "./sql.js";

export interface RecordRow {
  id: string;
  record: string;
}
export interface MissionRow extends RecordRow {
  level_evidence: string;
}
/** The columns an event is read from. */
export interface EventRecordRow extends RecordRow {
  type: string;
  source: string | null;
  target: string | null;
  report_count: number;
  /** The bulk batch whose provenance the event has, when its record leaves it out. */
  batch: string | null;
}
/** …and why each source was merged into it. */
export interface EventRow extends EventRecordRow {
  reasons: string;
}

/** The columns an EventRow needs, for SELECTs. */
export const EVENT_ROW_FIELDS = "id, type, source, target, record, report_count, reasons, batch";

/** The schema's verdict on a row, for rows the fast path does not recognise: throws INTERNAL naming the row. */
function parseJson<T>(schema: z.ZodType<T>, json: string, table: string, id: string, extra: object = {}): T {
  let value: unknown;
  try {
    value = { ...JSON.parse(json), ...extra };
  } catch (cause) {
    throw new CoreError("INTERNAL", `${table} row ${id} holds invalid JSON`, { cause });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new CoreError("INTERNAL", `${table} row ${id} does not match its schema; was it written by another program?`, {
      issues: issuesFromZod(parsed.error, { file: table }, value),
      cause: parsed.error,
    });
  }
  return parsed.data;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** The record's JSON as an object whose keys the schema knows, or undefined (then the schema decides). */
function readRecord(json: string, known: ReadonlySet<string>): Json | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isObject(value)) return undefined;
  for (const key in value) if (!known.has(key)) return undefined;
  return value;
}

/** The keys in the schema's order, as parsing would have output them. */
function inOrder(value: Json, keys: readonly string[]): Json {
  const out: Json = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

/** Each schema's keys, in order; built on first use (queries.ts, which defines the schemas, imports this module). */
const schemaKeys = new Map<z.ZodObject, { list: string[]; set: Set<string> }>();
function keysOf(schema: z.ZodObject) {
  let keys = schemaKeys.get(schema);
  if (!keys) {
    const list = Object.keys(schema.shape);
    schemaKeys.set(schema, (keys = { list, set: new Set(list) }));
  }
  return keys;
}

/** A mission or official row: its record with the row's id, in the schema's key order. */
function recordFromRow<T>(row: RecordRow, schema: z.ZodObject & z.ZodType<T>, table: string, required: string): T {
  const keys = keysOf(schema);
  const value = readRecord(row.record, keys.set);
  if (!value || typeof value[required] !== "string") return parseJson(schema, row.record, table, row.id, { id: row.id });
  value.id = row.id;
  return inOrder(value, keys.list) as T;
}

export const missionFromRow = (row: RecordRow): StoredMission => recordFromRow(row, StoredMission, "missions", "sender");
export const officialFromRow = (row: RecordRow): StoredOfficial => recordFromRow(row, StoredOfficial, "officials", "name");

/** A provenance as its schema outputs it, from the compact form compactProvenance wrote. */
function provenance(s: Json): Provenance {
  const out: Json = {};
  if (s.documentId !== undefined) out.documentId = s.documentId;
  if (s.url !== undefined) out.url = s.url;
  if (s.sentence !== undefined) out.sentence = s.sentence;
  out.spans = s.spans ?? [];
  out.rule = s.rule;
  out.confidence = s.confidence ?? 1;
  if (s.input !== undefined) out.input = s.input;
  if (s.externalId !== undefined) out.externalId = s.externalId;
  if (s.reach !== undefined) out.reach = s.reach;
  return out as Provenance;
}

/** The provenance every event of a bulk batch shares (bulkIngest's, for a batch without an external id). */
export const batchProvenance = (documentId: string): Provenance => ({
  documentId, spans: [], rule: "bulk", confidence: 1, input: `${documentId}#events`,
});

export function eventFromRow(row: EventRecordRow): StoredEvent {
  const r = readRecord(row.record, keysOf(StoredEvent).set);
  const sources = r?.sources ?? (row.batch ? [batchProvenance(row.batch)] : undefined);
  if (!r || !Array.isArray(sources) || !sources.every(isObject) || !("date" in r)) {
    return parseJson(StoredEvent, row.record, "events", row.id, { id: row.id, reportCount: Number(row.report_count) });
  }
  const event: Json = {
    id: row.id,
    type: r.type ?? row.type,
    source: r.source !== undefined ? r.source : row.source,
    target: r.target !== undefined ? r.target : row.target,
    participants: r.participants ?? [],
    date: r.date,
    reported: r.reported ?? null,
    location: r.location ?? null,
    officials: r.officials ?? [],
    mission: r.mission ?? null,
    modality: r.modality ?? "asserted",
  };
  if (r.cameo !== undefined) event.cameo = r.cameo;
  if (r.plover !== undefined) event.plover = r.plover;
  event.sources = sources.map(provenance);
  event.reportCount = Number(row.report_count);
  return event as StoredEvent;
}

export const evidenceFromRow = (row: MissionRow): LevelEvidence[] => JSON.parse(row.level_evidence) as LevelEvidence[];
/** Bulk rows store '' for their one reason. */
export const BULK_REASONS: readonly string[] = ["bulk import: not merged"];
export const reasonsFromRow = (row: EventRow): string[] => (row.reasons === "" ? [...BULK_REASONS] : (JSON.parse(row.reasons) as string[]));

// ─── Writes ───────────────────────────────────────────────────────────────────

export const DOCUMENT_COLUMNS = ["id", "external_id", "url", "published", "title", "publisher", "text", "ingested_at"] as const;
export const documentRow = (doc: Document, now: string): SqlValue[] => [
  doc.id, doc.externalId ?? null, doc.url, doc.published, doc.title, doc.publisher, doc.text, now,
];

export const MISSION_COLUMNS = ["id", "sender", "host", "kind", "city_key", "status", "level", "record", "level_evidence"] as const;
/**
 * A record as its schema outputs it, as JSON: what the store writes is valid and in the schema's key order at every
 * depth (merging builds objects in its own order), so reading it back needs no schema.
 */
function canonical<T>(schema: z.ZodType<T>, record: unknown, table: string): string {
  const parsed = schema.safeParse(record);
  if (!parsed.success) throw new CoreError("INTERNAL", `refusing to write an invalid ${table} record`, { cause: parsed.error });
  return JSON.stringify(parsed.data);
}

export const missionRow = (mission: DiplomaticMission & { id: string }, cityKey: string, evidence: readonly LevelEvidence[]): SqlValue[] => [
  mission.id, mission.sender, mission.host, mission.kind, cityKey, mission.status, mission.representationLevel ?? 9,
  canonical(StoredMission, mission, "missions"), JSON.stringify(evidence),
];

export const OFFICIAL_COLUMNS = ["id", "country", "role", "search", "record", "guessed_name"] as const;
/** `guessed`: the normalised full name of an official filed under a state the extractor guessed, else null. */
export const officialRow = (official: Official & { id: string }, search: string, guessed: string | null = null): SqlValue[] => [
  official.id, official.country, official.role, search, canonical(StoredOfficial, official, "officials"), guessed,
];

export const EVENT_COLUMNS = [
  "id", "type", "source", "target", "actor_a", "actor_b", "date_start", "date_end", "sort_date", "report_count", "record", "reasons", "batch",
] as const;

/** Where an undated event sorts: after every dated one. */
export const UNDATED = "9999-99-99";
export const OPEN_START = "0000-01-01";
export const OPEN_END = "9999-12-31";

export function eventRow(
  event: StoredEvent,
  dyad: readonly [string, string],
  range: { start: string | null; end: string | null } | null,
  reasons: readonly string[],
): SqlValue[] {
  const start = range ? (range.start ?? OPEN_START) : null;
  const end = range ? (range.end ?? OPEN_END) : null;
  return [
    event.id, event.type, event.source, event.target, dyad[0], dyad[1], start, end, start ?? UNDATED,
    reportCount(event.sources), JSON.stringify(compactEvent(canonicalEvent(event))), reasons.length === 1 ? `[${JSON.stringify(reasons[0])}]` : JSON.stringify(reasons), null,
  ];
}

/** A merged event in its schema's key order at every depth (its reportCount is the row's, not the record's). */
function canonicalEvent(event: StoredEvent): StoredEvent {
  const parsed = StoredEvent.safeParse({ ...event, reportCount: 1 });
  if (!parsed.success) throw new CoreError("INTERNAL", "refusing to write an invalid events record", { cause: parsed.error });
  return parsed.data;
}

const BULK_BATCH = { bulk: true, sources: false } as const;
const BULK_OWN = { bulk: true, sources: true } as const;

/**
 * A bulk-imported event's row: type, source and target only in their columns, and, when the event has only the
 * batch's own provenance (`batch` given), no sources in the record either; reasons '' (the bulk default).
 */
export function bulkEventRow(
  event: StoredEvent, dyad: readonly [string, string], range: { start: string | null; end: string | null } | null, batch: string | null,
): SqlValue[] {
  const start = range ? (range.start ?? OPEN_START) : null;
  const end = range ? (range.end ?? OPEN_END) : null;
  return [
    event.id, event.type, event.source, event.target, dyad[0], dyad[1], start, end, start ?? UNDATED,
    batch ? 1 : reportCount(event.sources), JSON.stringify(compactEvent(event, batch ? BULK_BATCH : BULK_OWN)), "", batch,
  ];
}

/** The keys compactEvent writes; a test keeps this list equal to DiplomaticEvent's, so a new field is never dropped. */
export const STORED_EVENT_KEYS = [
  "id", "type", "source", "target", "participants", "date", "reported", "location", "officials", "mission", "modality",
  "cameo", "plover", "sources",
] as const;

/**
 * The event without its id (the row's column holds it) and without the values its schema fills in when absent
 * (restored when the row is parsed): smaller rows. Built as one literal, the cheapest shape to create and stringify.
 * A bulk row also leaves out what its columns hold (type, source, target) and, unless asked, the sources.
 */
export function compactEvent(e: StoredEvent, bulk?: { bulk: true; sources: boolean }): object {
  return {
    type: bulk ? undefined : e.type,
    source: bulk ? undefined : e.source,
    target: bulk ? undefined : e.target,
    participants: e.participants.length > 0 ? e.participants : undefined,
    date: e.date,
    reported: e.reported ?? undefined,
    location: e.location ?? undefined,
    officials: e.officials.length > 0 ? e.officials : undefined,
    mission: e.mission ?? undefined,
    modality: e.modality === "asserted" ? undefined : e.modality,
    cameo: e.cameo ?? undefined,
    plover: e.plover ?? undefined,
    sources: bulk && !bulk.sources ? undefined : e.sources.map(compactProvenance),
  };
}

const compacted = new WeakMap<Provenance, object>();
function compactProvenance(source: Provenance): object {
  let compact = compacted.get(source);
  if (!compact) {
    compact = { ...source, spans: source.spans.length > 0 ? source.spans : undefined, confidence: source.confidence === 1 ? undefined : source.confidence };
    compacted.set(source, compact);
  }
  return compact;
}

/** `INSERT … ON CONFLICT (id) DO UPDATE` of every column: both engines speak it. */
export async function upsert(tx: Executor, table: string, columns: readonly string[], values: readonly SqlValue[]): Promise<void> {
  const updates = columns.filter((c) => c !== "id").map((c) => `${c} = excluded.${c}`).join(", ");
  await tx.run(
    `INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")}) ON CONFLICT (id) DO UPDATE SET ${updates}`,
    values,
  );
}
