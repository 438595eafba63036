import { CoreError, DocumentInput } from "@proj/core";
import * as core from "@proj/core";
import { type IngestReport, validate } from "./ingest.js";
import { createPostgresStore } from "./postgres.js";
import { createSqliteStore } from "./sqlite.js";
import type { Store } from "./store.js";

/**
 * Opens a store: a `postgres://` or `postgresql://` URL selects PostgreSQL, anything else is a SQLite file path.
 * @example
 * const store = await openStore(process.env.CHANCERY_DB ?? "chancery.db");
 */
export function openStore(target: string): Promise<Store> {
  if (/^postgres(?:ql)?:\/\//i.test(target)) return createPostgresStore({ url: target });
  return createSqliteStore({ path: target });
}

type Extract = (input: DocumentInput) => import("@proj/core").Extraction;

/**
 * Reads a document with @proj/core's extractor and stores what it finds, in one transaction.
 * @example
 * await ingestDocument(store, { text, published: "2023-03-31", url });
 */
export async function ingestDocument(store: Store, input: DocumentInput): Promise<IngestReport> {
  const extract = (core as Record<string, unknown>).extract as Extract | undefined;
  if (typeof extract !== "function") throw new CoreError("INTERNAL", "@proj/core does not export extract() yet; ingest extractions with store.ingestExtraction");
  return store.ingestExtraction(extract(validate(DocumentInput, input, "document")));
}
