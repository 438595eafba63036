// The questions the knowledge base answers, shared by the CLI and the API: parameter and result schemas, and the
// SQL behind each, written once for both engines.
import {
  ActorCode, CoreError, DiplomaticEvent, DiplomaticMission, EdtfDate, edtfRange, EventType, issuesFromZod, MissionKind, MissionStatus, Official, Provenance, RepresentationLevel, Role,
} from "@proj/core";
import * as z from "zod";
import { cityKey, deriveStatus, dyadLevel, nameTokens } from "./merge.js";
import { type EventRecordRow, type EventRow, eventFromRow, missionFromRow, officialFromRow, reasonsFromRow, type RecordRow } from "./rows.js";
import { type Executor, likePattern, type SqlValue } from "./sql.js";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 500;

const Limit = z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).describe(`Page size, at most ${MAX_LIMIT}.`);
const Cursor = z.string().min(1).optional().describe("The `nextCursor` of the previous page.");

// ─── Parameters ───────────────────────────────────────────────────────────────

export const MissionQuery = z
  .strictObject({
    sender: ActorCode.optional(),
    host: ActorCode.optional(),
    kind: MissionKind.optional(),
    status: MissionStatus.optional(),
    city: z.string().min(1).optional(),
    limit: Limit,
    cursor: Cursor,
  })
  .meta({ id: "MissionQuery", description: "Filters for missions; results are ordered by id." });
export type MissionQuery = z.input<typeof MissionQuery>;

export const OfficialQuery = z
  .strictObject({
    country: ActorCode.optional(),
    role: Role.optional(),
    q: z.string().min(1).optional().describe("Part of a name or alias; case, diacritics and al-/el- are ignored."),
    limit: Limit,
    cursor: Cursor,
  })
  .meta({ id: "OfficialQuery", description: "Filters for officials; results are ordered by id." });
export type OfficialQuery = z.input<typeof OfficialQuery>;

export const EventQuery = z
  .strictObject({
    actor: ActorCode.optional().describe("Events where this party is source or target."),
    dyad: z.tuple([ActorCode, ActorCode]).optional().describe("Events between these two, in either direction."),
    type: EventType.optional(),
    from: EdtfDate.optional().describe("Events whose date overlaps this date or later."),
    to: EdtfDate.optional().describe("Events whose date overlaps this date or earlier."),
    limit: Limit,
    cursor: Cursor,
  })
  .meta({ id: "EventQuery", description: "Filters for events; results are ordered by date (undated last), then id." });
export type EventQuery = z.input<typeof EventQuery>;

// ─── Results ──────────────────────────────────────────────────────────────────

export const StoredMission = DiplomaticMission.extend({ id: z.string().min(1) }).meta({
  id: "StoredMission",
  description: "A mission as stored: its id, derived status and representation level, and its full dated history.",
});
export type StoredMission = z.infer<typeof StoredMission>;

export const StoredOfficial = Official.extend({ id: z.string().min(1) }).meta({
  id: "StoredOfficial",
  description: "One person, merged across documents: every name form as an alias, positions over time.",
});
export type StoredOfficial = z.infer<typeof StoredOfficial>;

export const StoredEvent = DiplomaticEvent.extend({
  id: z.string().min(1),
  reportCount: z.int().min(1).describe("How many documents (or undocumented sources) report it."),
}).meta({ id: "StoredEvent", description: "A canonical event: one real happening, with every source that reports it." });
export type StoredEvent = z.infer<typeof StoredEvent>;

export const EventSupport = z
  .strictObject({
    documentId: z.string().nullable(),
    provenance: Provenance,
    reason: z.string().describe("Why this source was merged into the event, or 'first report'."),
  })
  .meta({ id: "EventSupport" });
export type EventSupport = z.infer<typeof EventSupport>;

export const EventDetail = StoredEvent.extend({ support: z.array(EventSupport) }).meta({
  id: "EventDetail",
  description: "A canonical event with each supporting source and the reason it was merged.",
});
export type EventDetail = z.infer<typeof EventDetail>;

/** One page of results; `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() });

export const Relations = z
  .strictObject({
    a: ActorCode,
    b: ActorCode,
    missions: z.strictObject({
      aInB: z.array(StoredMission).describe("a's missions in b, with their history."),
      bInA: z.array(StoredMission),
    }),
    representation: z.strictObject({
      aInB: RepresentationLevel.describe("a's current level in b: the highest among its posts there."),
      bInA: RepresentationLevel,
    }),
    timeline: z.array(StoredEvent).describe("Every event between them, either direction, by date (undated last)."),
  })
  .meta({ id: "Relations", description: "What is known of the relations between two parties." });
export type Relations = z.infer<typeof Relations>;

const KindCounts = z.partialRecord(MissionKind, z.int());
/** Lowy Global Diplomacy Index groups of posts. */
export const LOWY_GROUPS = {
  embassies: ["embassy", "high-commission", "nunciature"],
  consulates: ["consulate-general", "consulate"],
  permanentMissions: ["permanent-mission", "delegation"],
  other: ["representative-office", "trade-office", "liaison-office", "interests-section", "honorary-consulate", "other"],
} as const satisfies Record<string, readonly MissionKind[]>;

const PostCounts = z.strictObject({
  open: z.int().describe("Posts open now."),
  byKind: KindCounts.describe("Open posts by kind."),
  byStatus: z.partialRecord(MissionStatus, z.int()).describe("All known posts by current status."),
  lowy: z.strictObject({ embassies: z.int(), consulates: z.int(), permanentMissions: z.int(), other: z.int() }),
});

export const CountryProfile = z
  .strictObject({
    code: ActorCode,
    missionsAbroad: z.array(StoredMission),
    missionsHosted: z.array(StoredMission),
    counts: z.strictObject({ abroad: PostCounts, hosted: PostCounts }),
    openByYear: z
      .array(z.strictObject({ year: z.int(), abroad: z.int(), hosted: z.int() }))
      .describe("Posts open at the end of each year, replayed from the dated histories."),
    officials: z.array(StoredOfficial),
  })
  .meta({ id: "CountryProfile", description: "A party's diplomatic network: posts abroad and at home, their growth, its officials." });
export type CountryProfile = z.infer<typeof CountryProfile>;

// ─── Helpers ──────────────────────────────────────────────────────────────────

/** Parses query parameters, or throws INVALID_INPUT naming each bad field. */
export function parseQuery<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error, {}, input);
  throw new CoreError("INVALID_INPUT", `invalid ${what} query: ${issues.map((i) => `${i.field ?? "query"}: ${i.message}`).join("; ")}`, {
    issues,
    cause: parsed.error,
  });
}

/** Cursors are opaque to callers: the sort key of the last item, base64url-encoded. */
export const encodeCursor = (key: readonly string[]): string => Buffer.from(JSON.stringify(key)).toString("base64url");

export function decodeCursor(cursor: string, size: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(key) && key.length === size && key.every((part) => typeof part === "string")) return key as string[];
  } catch {
    // fall through to the error below
  }
  throw new CoreError("INVALID_INPUT", "the cursor is not one this store issued; pass the nextCursor of the previous page unchanged", {
    issues: [{ field: "cursor", message: "unknown cursor", received: cursor.slice(0, 40) }],
  });
}

/** AND-ed conditions from optional filters: `[sql, value]` pairs whose value is undefined are left out. */
function where(filters: ReadonlyArray<readonly [string, ...Array<SqlValue | undefined>]>): { sql: string; params: SqlValue[] } {
  const used = filters.filter(([, ...values]) => values.every((v) => v !== undefined));
  return {
    sql: used.length > 0 ? `WHERE ${used.map(([sql]) => sql).join(" AND ")}` : "",
    params: used.flatMap(([, ...values]) => values as SqlValue[]),
  };
}

async function pageOfRows<R extends RecordRow, T>(
  tx: Executor, sql: string, params: SqlValue[], limit: number, parse: (row: R) => T, key: (row: R) => string[],
): Promise<Page<T>> {
  const rows = await tx.all<R>(`${sql} LIMIT ?`, [...params, limit + 1]);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items: items.map(parse), nextCursor: rows.length > limit && last ? encodeCursor(key(last)) : null };
}

// ─── Queries ──────────────────────────────────────────────────────────────────

export async function queryMissions(tx: Executor, input: MissionQuery | undefined): Promise<Page<StoredMission>> {
  const q = parseQuery(MissionQuery, input, "missions");
  const after = q.cursor ? decodeCursor(q.cursor, 1)[0] : undefined;
  const w = where([
    ["sender = ?", q.sender], ["host = ?", q.host], ["kind = ?", q.kind], ["status = ?", q.status],
    ["city_key = ?", q.city === undefined ? undefined : cityKey(q.city)], ["id > ?", after],
  ]);
  return pageOfRows<RecordRow, StoredMission>(tx, `SELECT id, record FROM missions ${w.sql} ORDER BY id`, w.params, q.limit, missionFromRow, (r) => [r.id]);
}

export async function findMission(tx: Executor, id: string): Promise<StoredMission | null> {
  const row =
    (await tx.get<RecordRow>("SELECT id, record FROM missions WHERE id = ?", [id])) ??
    (await tx.get<RecordRow>("SELECT m.id, m.record FROM mission_aliases a JOIN missions m ON m.id = a.mission_id WHERE a.alias = ?", [id]));
  return row ? missionFromRow(row) : null;
}

export async function queryOfficials(tx: Executor, input: OfficialQuery | undefined): Promise<Page<StoredOfficial>> {
  const q = parseQuery(OfficialQuery, input, "officials");
  const after = q.cursor ? decodeCursor(q.cursor, 1)[0] : undefined;
  const text = q.q === undefined ? undefined : likePattern(nameTokens(q.q).join(" "));
  const w = where([["country = ?", q.country], ["role = ?", q.role], ["search LIKE ? ESCAPE '\\'", text], ["id > ?", after]]);
  return pageOfRows<RecordRow, StoredOfficial>(tx, `SELECT id, record FROM officials ${w.sql} ORDER BY id`, w.params, q.limit, officialFromRow, (r) => [r.id]);
}

export async function findOfficial(tx: Executor, id: string): Promise<StoredOfficial | null> {
  const row = await tx.get<RecordRow>("SELECT id, record FROM officials WHERE id = ?", [id]);
  return row ? officialFromRow(row) : null;
}

// rows.ts EVENT_ROW_FIELDS, spelt out: this module loads before rows.ts has run. Lists leave out the merge reasons:
// every column read is a string made per row.
const EVENT_FIELDS = "id, type, source, target, record, report_count, reasons, batch";
const LISTED_EVENT_FIELDS = "id, type, source, target, record, report_count, batch";

export async function queryEvents(tx: Executor, input: EventQuery | undefined): Promise<Page<StoredEvent>> {
  const q = parseQuery(EventQuery, input, "events");
  const after = q.cursor ? decodeCursor(q.cursor, 2) : undefined;
  const dyad = q.dyad ? [...q.dyad].sort() : undefined;
  const w = where([
    ["type = ?", q.type],
    ["(actor_a = ? OR actor_b = ?)", q.actor, q.actor],
    ["actor_a = ? AND actor_b = ?", dyad?.[0], dyad?.[1]],
    ["date_end >= ?", q.from === undefined ? undefined : (edtfRange(q.from)?.start ?? undefined)],
    ["date_start <= ?", q.to === undefined ? undefined : (edtfRange(q.to)?.end ?? undefined)],
    ["(sort_date, id) > (?, ?)", after?.[0], after?.[1]],
  ]);
  return pageOfRows<EventRecordRow & { sort_date: string }, StoredEvent>(
    tx, `SELECT ${LISTED_EVENT_FIELDS}, sort_date FROM events ${w.sql} ORDER BY sort_date, id`, w.params, q.limit, eventFromRow, (r) => [r.sort_date, r.id],
  );
}

export async function findEvent(tx: Executor, id: string): Promise<EventDetail | null> {
  const row = await tx.get<EventRow>(`SELECT ${EVENT_FIELDS} FROM events WHERE id = ?`, [id]);
  if (!row) return null;
  const event = eventFromRow(row);
  const reasons = reasonsFromRow(row);
  const support = event.sources.map((provenance, i) => ({ documentId: provenance.documentId ?? null, provenance, reason: reasons[i] ?? "first report" }));
  return EventDetail.parse({ ...event, support });
}

/** One schema per parameter name, built once: zod compiles an object schema the first time it parses. */
const ACTOR_PARAMS = new Map<string, z.ZodType<Record<string, string>>>();
function parseActor(code: string, field: string): string {
  let schema = ACTOR_PARAMS.get(field);
  if (!schema) ACTOR_PARAMS.set(field, (schema = z.strictObject({ [field]: ActorCode })));
  return parseQuery(schema, { [field]: code }, "relations")[field] as string;
}

export async function queryRelations(tx: Executor, aCode: string, bCode: string): Promise<Relations> {
  const a = parseActor(aCode, "a");
  const b = parseActor(bCode, "b");
  const missions = (
    await tx.all<RecordRow>("SELECT id, record FROM missions WHERE (sender = ? AND host = ?) OR (sender = ? AND host = ?) ORDER BY id", [a, b, b, a])
  ).map(missionFromRow);
  const [x, y] = a <= b ? [a, b] : [b, a];
  const timeline = (await tx.all<EventRecordRow>(`SELECT ${LISTED_EVENT_FIELDS} FROM events WHERE actor_a = ? AND actor_b = ? ORDER BY sort_date, id`, [x, y])).map(eventFromRow);
  const aInB = missions.filter((m) => m.sender === a && m.host === b);
  const bInA = missions.filter((m) => m.sender === b && m.host === a);
  return { a, b, missions: { aInB, bInA }, representation: { aInB: dyadLevel(aInB), bInA: dyadLevel(bInA) }, timeline };
}

function countPosts(missions: readonly StoredMission[]): z.infer<typeof PostCounts> {
  const open = missions.filter((m) => m.status === "open");
  const tally = <K extends string>(keys: readonly K[]) => {
    const counts: Partial<Record<K, number>> = {};
    for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
    return counts;
  };
  const byKind = tally(open.map((m) => m.kind));
  const group = (kinds: readonly string[]) => open.filter((m) => kinds.includes(m.kind)).length;
  return {
    open: open.length,
    byKind,
    byStatus: tally(missions.map((m) => m.status)),
    lowy: {
      embassies: group(LOWY_GROUPS.embassies),
      consulates: group(LOWY_GROUPS.consulates),
      permanentMissions: group(LOWY_GROUPS.permanentMissions),
      other: group(LOWY_GROUPS.other),
    },
  };
}

/** Open posts at the end of each year from the first to the last year any history mentions. */
function openByYear(abroad: readonly StoredMission[], hosted: readonly StoredMission[]) {
  const years = [...abroad, ...hosted].flatMap((m) => m.history.flatMap((h) => (h.date ? [Number(edtfRange(h.date)?.start?.slice(0, 4))] : [])));
  const known = years.filter((y) => Number.isFinite(y));
  if (known.length === 0) return [];
  const first = Math.min(...known);
  const last = Math.max(...known);
  const openAt = (missions: readonly StoredMission[], day: string) => missions.filter((m) => deriveStatus(m.history, day) === "open").length;
  const out = [];
  for (let year = first; year <= last; year++) {
    const day = `${String(year).padStart(4, "0")}-12-31`;
    out.push({ year, abroad: openAt(abroad, day), hosted: openAt(hosted, day) });
  }
  return out;
}

export async function queryCountryProfile(tx: Executor, input: string): Promise<CountryProfile> {
  const code = parseActor(input, "code");
  const abroad = (await tx.all<RecordRow>("SELECT id, record FROM missions WHERE sender = ? ORDER BY id", [code])).map(missionFromRow);
  const hosted = (await tx.all<RecordRow>("SELECT id, record FROM missions WHERE host = ? ORDER BY id", [code])).map(missionFromRow);
  const officials = (await tx.all<RecordRow>("SELECT id, record FROM officials WHERE country = ? ORDER BY id", [code])).map(officialFromRow);
  return {
    code,
    missionsAbroad: abroad,
    missionsHosted: hosted,
    counts: { abroad: countPosts(abroad), hosted: countPosts(hosted) },
    openByYear: openByYear(abroad, hosted),
    officials,
  };
}
