import type { EventCandidate } from "./candidates.js";
import type { DateMention } from "./dates.js";
import type { Sentence } from "./sentences.js";

/** A sentence that may tell an act again on another day: "met in Vienna on Feb. 24 and again on May 3". */
export const AGAIN_GATE = /\band again\s+(?:on|in|last|this|earlier|later)\b/;
const AGAIN = /,?\s+and again\s+/g;

/**
 * "The envoys met in Vienna on Feb. 24 and again on May 3": each act of the sentence dated by the day before "and
 * again" happened once more on the day after it (a second meeting, not a longer one).
 */
export function repeatedOn(sentence: Sentence, dates: readonly DateMention[], eventsBefore: number, events: EventCandidate[]): void {
  AGAIN.lastIndex = 0;
  for (let m = AGAIN.exec(sentence.text); m; m = AGAIN.exec(sentence.text)) {
    const at = sentence.start + m.index;
    const next = at + m[0].length;
    const first = dates.find((d) => d.end === at && d.edtf && !d.future);
    const second = dates.find((d) => d.start >= next && d.start <= next + 3 && /^(?:on\s+|in\s+)?$/.test(sentence.text.slice(next - sentence.start, d.start - sentence.start)) && d.edtf && !d.future);
    if (!first || !second || second.edtf === first.edtf) continue;
    const told = events.slice(eventsBefore).filter((e) => e.sentence === sentence.index && e.modality === "asserted" && e.date === first.edtf);
    for (const e of told) events.push({ ...e, date: second.edtf, officials: new Set(e.officials), sources: e.sources.map((s) => ({ ...s })), order: next });
  }
}
