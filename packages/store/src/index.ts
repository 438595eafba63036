// @proj/store — the public API, listed by name.
export { ingestDocument, openStore } from "./open.js";
export { createSqliteStore } from "./sqlite.js";
export type { SqliteStoreOptions } from "./sqlite.js";
export { createPostgresStore } from "./postgres.js";
export { postgresUnreachable } from "./pg-check.js";
export type { PostgresStoreOptions } from "./postgres.js";
export type { Store, StoreStats } from "./store.js";
export { StoredDocument } from "./browse.js";
export { IngestMode, Records, RecordsSource } from "./ingest.js";
export type { IngestCounts, IngestOptions, IngestReport } from "./ingest.js";
export {
  CountryProfile, DEFAULT_LIMIT, EventDetail, EventQuery, EventSupport, LOWY_GROUPS, MAX_LIMIT, MissionQuery, OfficialQuery,
  pageOf, Relations, StoredEvent, StoredMission, StoredOfficial,
} from "./queries.js";
export type { Page } from "./queries.js";
export {
  addStatusChange, applyMissionReport, compareNames, deriveLevel, deriveStatus, dyadLevel, matchEvent, matchMission,
  matchOfficial, mergeEvent, mergeOfficial, nameTokens,
} from "./merge.js";
export type { EventMatch, LevelEvidence, MissionMatch, MissionReport, NameMatch, OfficialMatch, StatusReport } from "./merge.js";
export { MIGRATIONS } from "./migrations/index.js";
export type { Migration } from "./migrations/index.js";
export { ExportFilter, exportPages, ExportRequest, exportText } from "./export.js";
