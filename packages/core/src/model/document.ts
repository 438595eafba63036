import * as z from "zod";
import { IsoDay } from "./date.js";

export const DocumentInput = z
  .strictObject({
    id: z.string().min(1).max(200).optional(),
    text: z.string().min(1, { message: "the document has no text" }),
    published: IsoDay.nullish(),
    url: z.url({ protocol: /^https?$/ }).nullish(),
    title: z.string().max(1000).nullish(),
    publisher: z.string().max(200).nullish(),
  })
  .meta({ id: "DocumentInput", description: "An article to read: its text, and when known its published day, URL, title and publisher." });
export type DocumentInput = z.infer<typeof DocumentInput>;

export const Document = z
  .strictObject({
    id: z.string().regex(/^[0-9a-f]{16,64}$/, { message: "expected a hex content hash" }).describe("Content hash of the text (two FNV-1a lanes, 16 hex digits)."),
    externalId: z.string().nullish().describe("The id the document had in its source, when it had one."),
    text: z.string(),
    published: IsoDay.nullable().describe("The report date: when the article was published."),
    url: z.url({ protocol: /^https?$/ }).nullable(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
  })
  .meta({ id: "Document", description: "A news document, identified by the hash of its text." });
export type Document = z.infer<typeof Document>;

/**
 * Two 32-bit FNV-1a lanes over the text's UTF-16 code units, as 16 hex digits. Pure and fast; content addressing
 * only needs to tell documents apart, not resist an attacker.
 */
export function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ ((c * 31) & 0xffff), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/** Builds a Document from an input, hashing the text for its id. */
export function toDocument(input: DocumentInput): Document {
  return {
    id: contentHash(input.text),
    externalId: input.id ?? null,
    text: input.text,
    published: input.published ?? null,
    url: input.url ?? null,
    title: input.title ?? null,
    publisher: input.publisher ?? null,
  };
}
