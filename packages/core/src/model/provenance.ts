import * as z from "zod";

export const Span = z
  .strictObject({
    start: z.int().nonnegative().describe("Offset of the first character, in UTF-16 code units."),
    end: z.int().nonnegative().describe("Offset one past the last character."),
  })
  .refine((s) => s.end >= s.start, { message: "end must not be before start", path: ["end"] })
  .meta({ id: "Span", description: "A character range in a document's text." });
export type Span = z.infer<typeof Span>;

export const Provenance = z
  .strictObject({
    documentId: z.string().min(1).optional().describe("Content hash of the document the record was read from."),
    url: z.url({ protocol: /^https?$/ }).optional(),
    sentence: z.string().optional().describe("The sentence that supports the record, as written."),
    spans: z.array(Span).default([]).describe("Where the evidence sits in the document's text."),
    rule: z.string().min(1).describe("The extraction rule, or the input format, that produced the record."),
    confidence: z.number().min(0).max(1).default(1),
    input: z.string().optional().describe("For structured records: the file and line they came from."),
    externalId: z.string().min(1).max(200).optional().describe("The record's id in the source it was imported from, e.g. a GDELT GLOBALEVENTID."),
    reach: z
      .strictObject({ mentions: z.int().nonnegative(), sources: z.int().nonnegative(), articles: z.int().nonnegative() })
      .optional()
      .describe("How widely the source saw it reported: GDELT's NumMentions, NumSources and NumArticles."),
  })
  .meta({ id: "Provenance", description: "Where a record came from: the document, the sentence and spans, the rule, a confidence." });
export type Provenance = z.infer<typeof Provenance>;
