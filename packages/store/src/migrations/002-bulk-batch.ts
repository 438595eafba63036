import type { Migration } from "./index.js";

/**
 * Narrower bulk-imported events: a row whose provenance is only "this batch" names the batch document in `batch`
 * instead of repeating the same provenance JSON in a million records (its `reasons` are then '' for the bulk default).
 * And a counter every write transaction bumps, so API instances sharing a PostgreSQL database can tell, with one
 * cheap read, whether a cached answer is still current (SQLite has `PRAGMA data_version` for that). Two mission
 * indexes in the order the filtered lists read (filters, then id): a sender's open posts, a kind in a status.
 */
export const bulkBatch: Migration = {
  version: 2,
  name: "bulk-batch",
  statements: () => [
    "ALTER TABLE events ADD COLUMN batch TEXT",
    "CREATE TABLE store_version (id INTEGER PRIMARY KEY, version BIGINT NOT NULL)",
    "INSERT INTO store_version (id, version) VALUES (1, 1)",
    "CREATE INDEX missions_sender ON missions (sender, status, id)",
    "CREATE INDEX missions_kind ON missions (kind, status, id)",
  ],
};
