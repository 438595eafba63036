import type { EventCandidate } from "./candidates.js";
import type { DateMention } from "./dates.js";
import type { Sentence } from "./sentences.js";

/**
 * A sentence that may tell an act again on another day: "met in Vienna on Feb. 24 and again on May 3", "visited
 * Brazil in 2005 and 2009".
 */
export const AGAIN_GATE = /\band again\s+(?:on|in|last|this|earlier|later)\b|\b(?:1[89]|20)\d\d(?:,|,? and) (?:in )?(?:1[89]|20)\d\d\b/;
// ("… with A, B and C in 2006, 1987 and 1977, respectively": a year for each state, not each a time the act happened.)
const RESPECTIVELY = /\brespectively\b/i;
// ("between 2005 and 2009", "from 2005 and 2009": the ends of a span, one act.)
const SPAN_OPENS = /\b(?:between|from)\s+$/i;
// (Years in a list are each a time the act happened: "in 2005, 2007 and 2009".)
const AGAIN = /,?\s+and again\s+|(?<=\b(?:1[89]|20)\d\d)(?:,\s+|,?\s+and\s+)(?=(?:in\s+)?(?:1[89]|20)\d\d\b)/g;

/**
 * "The envoys met in Vienna on Feb. 24 and again on May 3": each act of the sentence dated by the day before "and
 * again" happened once more on the day after it (a second meeting, not a longer one). So too each year of a list,
 * "visited Brazil in 2005 and 2009".
 */
export function repeatedOn(sentence: Sentence, dates: readonly DateMention[], eventsBefore: number, events: EventCandidate[]): void {
  if (RESPECTIVELY.test(sentence.text)) return;
  AGAIN.lastIndex = 0;
  for (let m = AGAIN.exec(sentence.text); m; m = AGAIN.exec(sentence.text)) {
    const at = sentence.start + m.index;
    const next = at + m[0].length;
    const first = dates.find((d) => d.end === at && d.edtf && !d.future);
    const second = dates.find((d) => d.start >= next && d.start <= next + 3 && /^(?:on\s+|in\s+)?$/.test(sentence.text.slice(next - sentence.start, d.start - sentence.start)) && d.edtf && !d.future);
    if (!first || !second || second.edtf === first.edtf || SPAN_OPENS.test(sentence.text.slice(Math.max(0, first.start - sentence.start - 10), first.start - sentence.start))) continue;
    const told = events.slice(eventsBefore).filter((e) => e.sentence === sentence.index && e.modality === "asserted" && e.date === first.edtf);
    for (const e of told) events.push({ ...e, date: second.edtf, officials: new Set(e.officials), sources: e.sources.map((s) => ({ ...s })), order: next });
  }
}
