import type { Migration } from "./index.js";

/**
 * Tables keep each record as JSON (parsed with the core schemas when read) beside the columns that queries filter
 * and sort on. Dates are stored as their first and last day so EDTF overlap is two string comparisons.
 */
export const initial: Migration = {
  version: 1,
  name: "initial",
  statements: (dialect) => {
    // PostgreSQL compares keys byte-wise like SQLite, so pages come in the same order on both engines.
    const key = dialect === "postgres" ? 'TEXT COLLATE "C"' : "TEXT";
    return [
      `CREATE TABLE documents (
        id ${key} PRIMARY KEY,
        external_id TEXT,
        url TEXT,
        published TEXT,
        title TEXT,
        publisher TEXT,
        text TEXT NOT NULL,
        ingested_at TEXT NOT NULL
      )`,
      `CREATE UNIQUE INDEX documents_url ON documents (url) WHERE url IS NOT NULL`,
      `CREATE TABLE missions (
        id ${key} PRIMARY KEY,
        sender TEXT NOT NULL,
        host TEXT NOT NULL,
        kind TEXT NOT NULL,
        city_key TEXT NOT NULL,
        status TEXT NOT NULL,
        level INTEGER NOT NULL,
        record TEXT NOT NULL,
        level_evidence TEXT NOT NULL
      )`,
      `CREATE INDEX missions_dyad ON missions (sender, host, kind, city_key)`,
      `CREATE INDEX missions_host ON missions (host, id)`,
      `CREATE INDEX missions_status ON missions (status, id)`,
      `CREATE TABLE mission_aliases (alias ${key} PRIMARY KEY, mission_id ${key} NOT NULL)`,
      `CREATE TABLE officials (
        id ${key} PRIMARY KEY,
        country TEXT NOT NULL,
        role TEXT NOT NULL,
        search TEXT NOT NULL,
        record TEXT NOT NULL
      )`,
      `CREATE INDEX officials_country ON officials (country, id)`,
      `CREATE TABLE events (
        id ${key} PRIMARY KEY,
        type TEXT NOT NULL,
        source TEXT,
        target TEXT,
        actor_a TEXT NOT NULL,
        actor_b TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        sort_date ${key} NOT NULL,
        report_count INTEGER NOT NULL,
        record TEXT NOT NULL,
        reasons TEXT NOT NULL
      )`,
      // actor_a/actor_b are the two parties in code order: (a, b) serves relations and a's events, (b) b's events.
      `CREATE INDEX events_dyad ON events (actor_a, actor_b, sort_date, id)`,
      `CREATE INDEX events_actor_b ON events (actor_b, sort_date, id)`,
      `CREATE INDEX events_sort ON events (sort_date, id)`,
    ];
  },
};
