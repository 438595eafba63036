// Database rows ↔ records. Rows are untrusted on the way back: every record is parsed with its schema.
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
export interface EventRow extends RecordRow {
  report_count: number;
  reasons: string;
}

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

export const missionFromRow = (row: RecordRow): StoredMission => parseJson(StoredMission, row.record, "missions", row.id, { id: row.id });
export const officialFromRow = (row: RecordRow): StoredOfficial => parseJson(StoredOfficial, row.record, "officials", row.id, { id: row.id });
export const eventFromRow = (row: EventRow): StoredEvent =>
  parseJson(StoredEvent, row.record, "events", row.id, { id: row.id, reportCount: Number(row.report_count) });
export const evidenceFromRow = (row: MissionRow): LevelEvidence[] => JSON.parse(row.level_evidence) as LevelEvidence[];
export const reasonsFromRow = (row: EventRow): string[] => JSON.parse(row.reasons) as string[];

// ─── Writes ───────────────────────────────────────────────────────────────────

export const DOCUMENT_COLUMNS = ["id", "external_id", "url", "published", "title", "publisher", "text", "ingested_at"] as const;
export const documentRow = (doc: Document, now: string): SqlValue[] => [
  doc.id, doc.externalId ?? null, doc.url, doc.published, doc.title, doc.publisher, doc.text, now,
];

export const MISSION_COLUMNS = ["id", "sender", "host", "kind", "city_key", "status", "level", "record", "level_evidence"] as const;
export const missionRow = (mission: DiplomaticMission & { id: string }, cityKey: string, evidence: readonly LevelEvidence[]): SqlValue[] => [
  mission.id, mission.sender, mission.host, mission.kind, cityKey, mission.status, mission.representationLevel ?? 9,
  JSON.stringify(mission), JSON.stringify(evidence),
];

export const OFFICIAL_COLUMNS = ["id", "country", "role", "search", "record"] as const;
export const officialRow = (official: Official & { id: string }, search: string): SqlValue[] => [
  official.id, official.country, official.role, search, JSON.stringify(official),
];

export const EVENT_COLUMNS = [
  "id", "type", "source", "target", "actor_a", "actor_b", "date_start", "date_end", "sort_date", "report_count", "record", "reasons",
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
    reportCount(event.sources), JSON.stringify(compactEvent(event)), reasons.length === 1 ? `[${JSON.stringify(reasons[0])}]` : JSON.stringify(reasons),
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
 */
export function compactEvent(e: StoredEvent): object {
  return {
    type: e.type,
    source: e.source,
    target: e.target,
    participants: e.participants.length > 0 ? e.participants : undefined,
    date: e.date,
    reported: e.reported ?? undefined,
    location: e.location ?? undefined,
    officials: e.officials.length > 0 ? e.officials : undefined,
    mission: e.mission ?? undefined,
    modality: e.modality === "asserted" ? undefined : e.modality,
    cameo: e.cameo ?? undefined,
    plover: e.plover ?? undefined,
    sources: e.sources.map(compactProvenance),
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
