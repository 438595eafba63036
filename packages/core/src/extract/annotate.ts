// What a reader sees highlighted in an article: every country, city, title, person and date the extractor
// recognised, whether or not a record came of it, so a user can tell "not seen" from "seen but not an event".
import { type DocumentInput, toDocument } from "../model/document.js";
import { findDates } from "./dates.js";
import { findItems } from "./mentions.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

export type AnnotationKind = "actor" | "city" | "title" | "person" | "date";

/** A recognised span of the text: what it is, and what it was read as. */
export interface Annotation {
  kind: AnnotationKind;
  start: number;
  end: number;
  text: string;
  /** Actor code (actors), country code (cities), role (titles), EDTF (dates, when resolvable), the name (persons). */
  value: string | null;
}

/**
 * The spans of a document the extractor recognised, in text order and not overlapping (a longer span wins).
 * Pure and deterministic, like `extract`, and read with the same passes.
 * @example annotate({ text: "Arnor's president met Gondor's foreign minister on Monday.", published: "2024-05-08" })
 */
export function annotate(input: DocumentInput): Annotation[] {
  const document = toDocument(input);
  const found: Annotation[] = [];
  for (const sentence of splitSentences(document.text)) {
    const tokens = tokenize(sentence.text, sentence.start);
    for (const item of findItems(tokens, sentence.text, sentence.start, new Set())) {
      const at = { start: item.start, end: item.end, text: item.text };
      // A capital is read as its state ("Baku said"), but a reader sees a city.
      if (item.kind === "actor") found.push({ kind: item.via === "capital" ? "city" : "actor", ...at, value: item.code });
      else if (item.kind === "city") found.push({ kind: "city", ...at, value: item.city.country });
      else if (item.kind === "title") found.push({ kind: "title", ...at, value: item.role });
      else if (item.kind === "person") found.push({ kind: "person", ...at, value: item.name });
    }
    for (const date of findDates(sentence.text, document.published, sentence.start)) {
      found.push({ kind: "date", start: date.start, end: date.end, text: date.text, value: date.edtf });
    }
  }
  return withoutOverlaps(found);
}

/** Sorted by start; where two overlap, the one starting first (then the longer) is kept. One sort, one sweep. */
function withoutOverlaps(spans: Annotation[]): Annotation[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Annotation[] = [];
  let reached = -1;
  for (const span of sorted) {
    if (span.start < reached) continue;
    kept.push(span);
    reached = span.end;
  }
  return kept;
}
