import type { Modality } from "../model/event.js";

// Cues read in the clause before a trigger (DOMAIN.md "Modality cues"). Alternatives are plain words: linear.
const NEGATED = /\b(?:not|never|neither|nor|no longer|denied|denies|deny|refused|refuses|rejected|rejects|without|yet to|failed to|instead of|held back from|holding back from|refrained from|refrain from|stopped short of|declined to|balked at|revers(?:ed|es|ing) (?:its |their |the |a )?decision|revok(?:ed|es|ing)|rescind(?:ed|s|ing)?|call(?:ed|s|ing)? off|cancel(?:l?ed|s|ling|ing)?|scrapp(?:ed|ing)|postpon(?:ed|es|ing)|no (?:intention|plans?) (?:of|to))\b|n[’']t\b/i;
// "have no embassies", "no agreement was", "no talk of expelling", "no plans to break off": "no" right before the trigger
// (or one word, and "of", "to" or "for").
const NO_BEFORE = /\bno\s+(?:[\w-]+\s+)?(?:(?:of|to|for)\s+)?$/i;
// Asides between commas ("The envoy, who was not named, …") do not frame the main clause.
const ASIDE = /,\s*(?:who|which|whose|whom)\b[^,;]*,/gi;
const HYPOTHETICAL = /\b(?:would|could|might|if|unless|threaten(?:ed|s|ing)?(?: to)?|warn(?:ed|s)?(?: that| it would)?|reportedly|considering|consider|weighing|weighs|mulling|mulls|rumou?r(?:ed|s)?|possible|possibility|proposal|proposed|motion|bill to|demand(?:ed|s)?|(?<!(?:phone|telephone|video|a|the) )call(?:ed|s)? (?:on|for)|urged?|asked|request(?:ed)?|should)\b/i;
const PLANNED = /\b(?:will|shall|intended to|designed to|meant to|aimed at|in order to|to help|leading to|paving the way (?:for|to)|towards?|'ll|plans?(?: to)?|planning|planned|intends?|intention|expected to|is set to|are set to|set to|to be|going to|hopes?|hoped|hoping|wants?|wishes|aims?(?: to)?|seeks?|ready to|look(?:s|ing)? forward|invit(?:ed|ation)|next (?:week|month|year)|upcoming|soon|scheduled|due to|prepar(?:ing|es|ed) (?:to|for)|preparations? for|to open|to establish|to visit|to sign|to hold|to meet|would like)\b/i;

// "reported that it would sever ties": a future in reported speech is an announced decision, not a condition.
const REPORTED_FUTURE = /\b(?:said|says|announced|announces|reported|stated|confirmed|decided|declared|added|informed|told \w+)\b(?: that)?\s+(?:it|they|he|she|(?:the|his|her|its|their) \w+|\w+)?\s*would\b/i;

// "told Trump … that Morocco would reopen": the same, its verb of saying further back than the clause read.
const THAT_WOULD = /\bthat\s+(?:it|they|he|she|the \w+|\w+)\s+would\b/i;

/** How the clause before a trigger frames it: asserted, or planned, negated, hypothetical. */
export function modalityOf(clause: string): Modality {
  const before = clause.replace(ASIDE, ",");
  if (NEGATED.test(before) || NO_BEFORE.test(before)) return "negated";
  if (REPORTED_FUTURE.test(before)) return "planned";
  // (Not after a threat or a condition: "warned that it would", "that it would … if".)
  const thatWould = THAT_WOULD.exec(before);
  if (thatWould && !HYPOTHETICAL.test(before.slice(0, thatWould.index)) && !HYPOTHETICAL.test(before.slice(thatWould.index + thatWould[0].length))) return "planned";
  // "may" only in lower case: "In May 2022" is a month.
  if (HYPOTHETICAL.test(before) || /\bmay\b/.test(before)) return "hypothetical";
  if (PLANNED.test(before)) return "planned";
  return "asserted";
}

/**
 * Decisions count when they are announced, even with later effect ("will suspend its embassy from August 1" is dated
 * by the decision, SCHEMA.md): for these types a planned statement is the event.
 */
export const DECIDED_WHEN_ANNOUNCED: ReadonlySet<string> = new Set([
  "mission-closed", "relations-severed", "ambassador-recalled", "diplomat-expelled", "mission-announced",
]);
