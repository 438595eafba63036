// Exports page through the store with cursors and hand out text chunks: memory stays constant whatever the size.
import {
  ActorCode, createExportWriter, EdtfDate, EventType, EXPORT_KINDS, ExportFormat, type ExportKind, exportKinds, type ExportRecord,
} from "@proj/core";
import * as z from "zod";
import { MAX_LIMIT, parseQuery } from "./queries.js";
import type { Store } from "./store.js";

export const ExportFilter = z
  .strictObject({
    actor: ActorCode.optional().describe("Only records of this party: events where it is source or target, its missions (sent or hosted), its officials."),
    type: EventType.optional().describe("Only events of this type."),
    from: EdtfDate.optional().describe("Only events whose date overlaps this date or later."),
    to: EdtfDate.optional().describe("Only events whose date overlaps this date or earlier."),
  })
  .meta({ id: "ExportFilter", description: "Which records an export holds." });
export type ExportFilter = z.input<typeof ExportFilter>;

/** An export as a URL query or command line gives it: a format, kinds as a comma-separated list, and the filter. */
export const ExportRequest = ExportFilter.extend({
  format: ExportFormat.default("json"),
  records: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const kinds = value === undefined || value === "" ? [] : value.split(",").map((k) => k.trim());
      const wrong = kinds.filter((k) => !(EXPORT_KINDS as readonly string[]).includes(k));
      if (wrong.length > 0) ctx.addIssue({ code: "custom", message: `expected a comma-separated list of ${EXPORT_KINDS.join(", ")}`, input: value });
      return kinds as ExportKind[];
    })
    .describe(`Comma-separated kinds (${EXPORT_KINDS.join(", ")}); by default all that the format holds.`),
}).meta({ id: "ExportRequest", description: "What an export writes (format), which records, and the filter." });
export type ExportRequest = z.input<typeof ExportRequest>;

/** Every record of a kind that the filter selects, one page at a time (ordered as the store's queries order them). */
export async function* exportPages(store: Store, kind: ExportKind, filter: ExportFilter = {}): AsyncGenerator<ExportRecord[]> {
  const f = parseQuery(ExportFilter, filter, "export");
  const pages = async function* <T>(fetch: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>) {
    let cursor: string | undefined;
    do {
      const page = await fetch(cursor);
      yield page.items;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  };
  const limit = MAX_LIMIT;
  if (kind === "events") {
    const query = { actor: f.actor, type: f.type, from: f.from, to: f.to, limit };
    for await (const items of pages((cursor) => store.events({ ...query, cursor }))) yield items.map((record) => ({ kind, record }));
  } else if (kind === "missions") {
    // A party's missions: those it sends, then those it hosts.
    const sides = f.actor ? [{ sender: f.actor }, { host: f.actor }] : [{}];
    for (const side of sides) for await (const items of pages((cursor) => store.missions({ ...side, limit, cursor }))) yield items.map((record) => ({ kind, record }));
  } else {
    for await (const items of pages((cursor) => store.officials({ country: f.actor, limit, cursor }))) yield items.map((record) => ({ kind, record }));
  }
}

/**
 * An export as text chunks, for a CLI to write or a server to stream.
 * @example
 * for await (const chunk of exportText(store, "plover", { records: ["events"], filter: { actor: "AZ" } })) process.stdout.write(chunk);
 */
export async function* exportText(
  store: Store, format: ExportFormat, options: { records?: readonly ExportKind[]; filter?: ExportFilter } = {},
): AsyncGenerator<string> {
  // Checked before the first chunk: a bad filter must not leave half a document on the reader's side.
  const filter = parseQuery(ExportFilter, options.filter, "export");
  const kinds = exportKinds(format, options.records);
  const writer = createExportWriter(format, kinds);
  const head = writer.begin();
  if (head) yield head;
  for (const kind of kinds) {
    for await (const page of exportPages(store, kind, filter)) {
      let chunk = "";
      for (const item of page) chunk += writer.write(item);
      if (chunk) yield chunk;
    }
  }
  const tail = writer.end();
  if (tail) yield tail;
}
