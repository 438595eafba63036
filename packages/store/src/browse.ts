// What the web pages read besides the JSON API's queries: a stored article, and the latest dated events.
import * as z from "zod";
import { DEFAULT_LIMIT, MAX_LIMIT, type StoredEvent } from "./queries.js";
import { EVENT_ROW_FIELDS, type EventRow, eventFromRow } from "./rows.js";
import type { Executor } from "./sql.js";

export const StoredDocument = z
  .strictObject({
    id: z.string().min(1),
    externalId: z.string().nullable(),
    url: z.string().nullable(),
    published: z.string().nullable(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    text: z.string(),
    ingestedAt: z.string(),
  })
  .meta({ id: "StoredDocument", description: "An article as stored: its text, and where and when it was published." });
export type StoredDocument = z.infer<typeof StoredDocument>;

interface DocumentRow {
  id: string;
  external_id: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  publisher: string | null;
  text: string;
  ingested_at: string;
}

export async function findDocument(tx: Executor, id: string): Promise<StoredDocument | null> {
  const row = await tx.get<DocumentRow>(
    "SELECT id, external_id, url, published, title, publisher, text, ingested_at FROM documents WHERE id = ?",
    [id],
  );
  if (!row) return null;
  return {
    id: row.id,
    externalId: row.external_id,
    url: row.url,
    published: row.published,
    title: row.title,
    publisher: row.publisher,
    text: row.text,
    ingestedAt: row.ingested_at,
  };
}

const RecentLimit = z.int().min(1).max(MAX_LIMIT);

/** The latest dated events, newest first (undated events have no place in "recent"). */
export async function queryRecentEvents(tx: Executor, limit = DEFAULT_LIMIT): Promise<StoredEvent[]> {
  const n = RecentLimit.parse(limit);
  const rows = await tx.all<EventRow>(
    `SELECT ${EVENT_ROW_FIELDS} FROM events WHERE date_start IS NOT NULL ORDER BY sort_date DESC, id DESC LIMIT ?`,
    [n],
  );
  return rows.map(eventFromRow);
}
