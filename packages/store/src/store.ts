// The one interface both engines implement, and its implementation over an engine's Database.
import type { Extraction } from "@proj/core";
import {
  bulkIngest, type IngestOptions, type IngestReport, mergeDocument, parseExtraction, RecordLists, Records, recordsDocument, RecordsSource,
  validate,
} from "./ingest.js";
import { findDocument, queryRecentEvents, type StoredDocument } from "./browse.js";
import { migrate } from "./migrations/index.js";
import {
  type CountryProfile, type EventDetail, type EventQuery, findEvent, findMission, findOfficial, type MissionQuery,
  type OfficialQuery, type Page, queryCountryProfile, queryEvents, queryMissions, queryOfficials, queryRelations,
  type Relations, type StoredEvent, type StoredMission, type StoredOfficial,
} from "./queries.js";
import type { Database, Dialect, Executor } from "./sql.js";

export interface StoreStats {
  documents: number;
  missions: number;
  officials: number;
  events: number;
}

/**
 * The knowledge base. Every write is one transaction; reads see only committed documents.
 * @example
 * const store = await openStore("chancery.db");
 * await store.ingestExtraction(extraction);
 * const { timeline } = await store.relations("AZ", "IL");
 * await store.close();
 */
export interface Store {
  readonly engine: Dialect;
  /** Stores one document's extraction, merged with what is known. The same document twice (by content or URL) changes nothing. */
  ingestExtraction(extraction: Extraction): Promise<IngestReport>;
  /**
   * Stores structured records as one batch document whose id hashes them, so re-importing the same batch changes nothing.
   * `mode: "bulk"` skips merging, for large clean imports.
   */
  ingestRecords(records: Records, source: RecordsSource, options?: IngestOptions): Promise<IngestReport>;
  missions(query?: MissionQuery): Promise<Page<StoredMission>>;
  /** A mission by id (an id it had before it learnt its city still works), or null. */
  getMission(id: string): Promise<StoredMission | null>;
  officials(query?: OfficialQuery): Promise<Page<StoredOfficial>>;
  getOfficial(id: string): Promise<StoredOfficial | null>;
  events(query?: EventQuery): Promise<Page<StoredEvent>>;
  /** An event with every supporting source and why each was merged, or null. */
  getEvent(id: string): Promise<EventDetail | null>;
  /** Both directions' missions with history, current representation each way, and every event between them by date. */
  relations(a: string, b: string): Promise<Relations>;
  /** Posts abroad and hosted, counts by kind, open posts per year, officials. */
  countryProfile(code: string): Promise<CountryProfile>;
  /** A stored article by its content hash, or null. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** The latest dated events, newest first (at most 500). */
  recentEvents(limit?: number): Promise<StoredEvent[]>;
  stats(): Promise<StoreStats>;
  /**
   * An opaque token that changes whenever committed data may have changed, whichever process or instance wrote it.
   * Read it before a query: an answer cached under the token is current for as long as the token stays the same.
   * Tokens compare only with tokens of the same Store object.
   */
  dataVersion(): Promise<string>;
  close(): Promise<void>;
}

/** Migrates the database, then serves the Store interface over it. Engines call this; users call the engine factories. */
export async function createStore(db: Database): Promise<Store> {
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  const now = () => new Date().toISOString();
  let closing: Promise<void> | undefined; // closing twice is harmless
  /** A write that stored something bumps the data version, in the same transaction. */
  const write = (work: (tx: Executor) => Promise<IngestReport>) =>
    db.write(async (tx) => {
      const report = await work(tx);
      if (!report.duplicate) await tx.run("UPDATE store_version SET version = version + 1 WHERE id = 1");
      return report;
    });
  return {
    engine: db.dialect,
    async ingestExtraction(extraction) {
      const { document, records } = parseExtraction(extraction);
      return write((tx) => mergeDocument(tx, document, records, "extraction", now()));
    },
    async ingestRecords(records, source, options = {}) {
      const parsedSource = validate(RecordsSource, source, "records source");
      const at = { file: parsedSource.input };
      const lists = validate(RecordLists, records, "records", at);
      const document = recordsDocument(lists, parsedSource);
      if (options.mode === "bulk") {
        const head = validate(Records, { missions: lists.missions, officials: lists.officials }, "records", at);
        return write((tx) => bulkIngest(tx, document, head, lists.events, parsedSource.input, now(), options.rebuildIndexes));
      }
      const parsed = validate(Records, records, "records", at);
      return write((tx) => mergeDocument(tx, document, parsed, parsedSource.rule, now()));
    },
    missions: (query) => db.read((tx) => queryMissions(tx, query)),
    getMission: (id) => db.read((tx) => findMission(tx, id)),
    officials: (query) => db.read((tx) => queryOfficials(tx, query)),
    getOfficial: (id) => db.read((tx) => findOfficial(tx, id)),
    events: (query) => db.read((tx) => queryEvents(tx, query)),
    getEvent: (id) => db.read((tx) => findEvent(tx, id)),
    relations: (a, b) => db.read((tx) => queryRelations(tx, a, b)),
    countryProfile: (code) => db.read((tx) => queryCountryProfile(tx, code)),
    getDocument: (id) => db.read((tx) => findDocument(tx, id)),
    recentEvents: (limit) => db.read((tx) => queryRecentEvents(tx, limit)),
    stats: () =>
      db.read(async (tx) => {
        const count = async (table: string) => Number((await tx.get<{ n: number }>(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${table}`))?.n ?? 0);
        return { documents: await count("documents"), missions: await count("missions"), officials: await count("officials"), events: await count("events") };
      }),
    dataVersion: () => db.version(),
    close: () => (closing ??= db.close()),
  };
}
