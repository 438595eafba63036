// Where a trigger's clause starts, ends and is framed: asides, coordinated verbs, a condition or a new clause after it.
// Pure reads of the sentence text that the event, mission and date readers all ask.
import type { Party, SentenceContext } from "./context.js";
import { ORGANISATIONS } from "./party-kinds.js";
import type { Sentence } from "./sentences.js";

// "signed a memorandum that will allow Indian workers to take jobs in Taiwan": a relative clause's place is its own.
export const RELATIVE_BETWEEN = /\s(?:that|which)\s/;

// ", and " right before a state: a list's last member, or a clause's new subject.
const COMMA_AND_BEFORE = /,\s+and\s+(?:the\s+)?$/;

/**
 * Whether a state after a trigger opens a clause of its own: ", and" before it, and no state between the trigger and it
 * to list ("downgraded its relations to chargé level, and Kuwait and Qatar recalled …").
 */
export function opensClause(ctx: SentenceContext, end: number, p: Party): boolean {
  return p.start > end && p.cue === "and" && COMMA_AND_BEFORE.test(ctx.text.slice(Math.max(end, p.start - 12), p.start)) && !ctx.parties.some((q) => q.start >= end && q.end <= p.start);
}

// Between the object of the subject's first verb and a rupture joined to it: "… no longer recognise Taiwan and ".
const AND_BEFORE_RUPTURE = /^[^,;]{0,60}\band\s+(?:then\s+)?$/;

/**
 * "said it would no longer recognise A and severed relations", "expelled the A envoy and cut ties": a rupture naming
 * no other side breaks with the state the same subject's verb before "and" acted on.
 */
export function objectOfVerbBefore(ctx: SentenceContext, subject: Party, start: number): Party | undefined {
  const object = ctx.parties.findLast((p) => p.start > subject.end && p.end <= start && p.via === "actor" && p.code !== subject.code && p.cue !== "in" && p.cue !== "at" && p.cue !== "from");
  return object && AND_BEFORE_RUPTURE.test(ctx.text.slice(object.end, start)) ? object : undefined;
}

// The subject's meeting verb right before its partner: "A met ", "A held talks with ".
const MET_BEFORE = /\b(?:met|meets|held talks with|hosted|received|welcomed)\s+(?:with\s+)?(?:the\s+)?$/;
// From the partner to ties established in the same breath: "… on Monday and signed a communiqué establishing ".
const AND_THEN_TIES = /^[^;.]{0,60}?\band\s+(?:then\s+)?(?:(?:signed|issued|adopted|inked)\s+(?:an?\s+|the\s+)?(?:joint\s+)?(?:communiqu[eé]|declaration|protocol)\s+(?:on\s+(?:the\s+)?)?)?$/i;

/**
 * "A met B on Monday and (signed a communiqué) establishing relations": ties naming no other side are between the two
 * who met, just before "and": the other of the pair from the side the rule read.
 */
export function partnerMetBefore(ctx: SentenceContext, side: Party, start: number): Party | undefined {
  const before = ctx.parties.filter((p) => p.end <= start);
  const last = before.at(-1);
  if (!last || !AND_THEN_TIES.test(ctx.text.slice(last.end, start))) return undefined;
  const at = before.findIndex((p, i) => i > 0 && MET_BEFORE.test(ctx.text.slice(before[i - 1]!.end, p.start)));
  const [subject, partner] = [before[at - 1], before[at]];
  if (!subject || !partner || subject.code === partner.code || ORGANISATIONS.has(subject.code) || ORGANISATIONS.has(partner.code)) return undefined;
  return side.code === subject.code ? partner : side.code === partner.code ? subject : undefined;
}

// A condition opening after a trigger, in its clause ("… if the border was closed"; not "as if", "even if").
// (Within the trigger's clause: not past a comma, but for one right before the condition.)
const CONDITION_AFTER = /^[^.;,]{0,100}?(?<!\b(?:as|even))(?:\s|,\s)(?:if|unless|should\s+(?:it|they|the\s+\w+)\s)\b/i;

/** Whether a condition follows `end` in its sentence, before a clause of its own (a semicolon or a full stop). */
export function conditionAfter(ctx: SentenceContext, end: number): boolean {
  return CONDITION_AFTER.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 120)));
}

export const BEFORE_GERUND = /,?\s*\bbefore\s+$/i;
export const GERUND = /^[a-z]+ing\b/i;

// "will hand a copy … on arrival and present his letters": a bare verb after "and" shares the first verb's frame.
// ("is expected to arrive in early September and to present his credentials": so does an infinitive.)
// ("… to deliver the copy of his letters and subsequently to present his credentials": past an adverb of sequence.)
const BARE_AND_VERB = /\band\s+(?:(?:then|subsequently|later|afterwards|also)\s+)?(?:to\s+)?[a-z]+(?<!ed|s)\s+(?:his|her|their|its|the|a|an)\s+(?:[\w-]+\s+){0,3}$/;

// "said that it would no longer recognise A and was cutting ties": a verb after "and" with an auxiliary of its own.
const AUXILIARY_AFTER_AND = /\sand\s+(?:was|were|is|are|has|have|had)\s+$/;
const WOULD_AFTER_AND = /\sand\s+(?:would|will)\s+$/;
const SAID_WOULD = /\b(?:said|says|announced|stated|declared)\s+(?:that\s+)?(?:it|they|he|she)\s+(?:would|will)\b/;

/**
 * The frame of a predicate with an auxiliary of its own after a "that" ("announced that it would no longer recognise A
 * and was cutting ties"): the words before the "that", not the first predicate's "would no longer"; else undefined.
 */
export function ownAuxiliaryFrame(clause: string, justBefore: string): string | undefined {
  // ("Latvia said it would lower its relations … and would ask the ambassador to leave": a "would" joined to a reported
  // one is reported as well, framed up to the first.)
  if (WOULD_AFTER_AND.test(justBefore)) {
    const said = SAID_WOULD.exec(clause);
    return said ? clause.slice(0, said.index + said[0].length) : undefined;
  }
  if (!AUXILIARY_AFTER_AND.test(justBefore)) return undefined;
  // ("a statement saying it no longer recognised A and had cut ties": so too after a verb of saying with no "that".)
  let that = -1;
  SAYING_THAT.lastIndex = 0;
  for (let m = SAYING_THAT.exec(clause); m; m = SAYING_THAT.exec(clause)) that = m.index + m[0].length - 1;
  return that >= 0 ? clause.slice(0, that) : undefined;
}
const SAYING_THAT = /\s(?:that|saying|said|says|announced|stated|declared)\s/g;

// "denied a report in the daily El Sol that its envoy in Lima, X, had been recalled": a report denied further back than
// the tail read still frames the "that" clause holding the trigger (not past a new verb of saying: "…, but said …").
const DENIED_REPORT = /\b(?:denied|denies|deny|denying|dismissed|dismisses|rejected|rejects)\s+(?:(?:an?|the|these|those)\s+)?(?:[\w-]+\s+)?(?:reports?|claims?|rumou?rs?|suggestions?|allegations?)\b[^;]{0,80}?\bthat\s/i;
const NEW_SAYING = /\b(?:said|says|but|added)\b/i;

const RANK_TO_ACT = /\b(?:first|second|third|fourth|fifth|latest|last|only|\d+(?:st|nd|rd|th))\s+(?:[\w.-]+\s+){0,4}to\s+(?:open|establish|visit|sign|hold|meet)\b/i;

/** The part of the clause before a trigger that frames it: its last 70 characters, or all of it after a shared verb. */
export function sharedVerbFrame(clause: string): string {
  const tail = clause.slice(-70);
  if (BARE_AND_VERB.test(tail)) return clause;
  // ("became the first U.S. secretary of state to visit B in 70 years, touring C and meeting Y": a rank the tail cut
  // off still tells the visit as made.)
  const ranked = clause.length > 70 ? RANK_TO_ACT.exec(clause.slice(-130)) : null;
  if (ranked && ranked.index < 60) return clause.slice(clause.length - Math.min(130, clause.length) + ranked.index);
  const denied = clause.length > 70 ? DENIED_REPORT.exec(clause) : null;
  return denied && !NEW_SAYING.test(clause.slice(denied.index + denied[0].length)) ? clause.slice(denied.index) : tail;
}

const PART_END = /,\s|\s(?:and|then)\s/g;

/** Where the part of a list a trigger stands in ends ("… in Erbil, Iraq, in June, and …": a place's state in apposition goes on). */
export function endOfPart(ctx: SentenceContext, end: number, clauseTo: number): number {
  PART_END.lastIndex = 0;
  const tail = ctx.text.slice(end, clauseTo);
  for (let m = PART_END.exec(tail); m; m = PART_END.exec(tail)) {
    const at = end + m.index + m[0].length;
    // (A capital letter after the comma first: most parts end at a comma before a lower-case word.)
    const upper = ctx.text.charCodeAt(at) >= 65 && ctx.text.charCodeAt(at) <= 90;
    const state = m[0].startsWith(",") && upper ? ctx.parties.find((p) => p.via === "actor" && p.start === at && /^,\s/.test(ctx.text.slice(p.end, p.end + 2))) : undefined;
    if (state) {
      PART_END.lastIndex = state.end - end + 2;
      continue;
    }
    // (Nor two states joined by "and": "between Israel and Syria that May" goes on to its date.)
    if (m[0] === " and " && ctx.parties.some((p) => p.start === at && p.via === "actor") && ctx.parties.some((p) => p.end === end + m!.index && p.via === "actor")) continue;
    return end + m.index;
  }
  return clauseTo;
}

// ", who had arrived in Abuja on Saturday evening,", ", where on Saturday he met …": a relative aside about someone,
// something or somewhere just named.
// (", broken off by La Paz in 1962 over …": a participle with its agent is an aside too.)
// (", severed eight years ago,": a participle with a time of its own counted back from the story.)
// (", one of the Arab states that normalised ties with Israel in 2020,": a description of the subject with a time of its own.)
// (", shut in 1992 when Moscow scaled back …,": a participle with a year of its own.)
const ASIDE = /,\s+(?:who|whom|whose|which|where|one\s+of\s+(?:the\s+)?[^,;]{1,60}?\s(?:that|which|who)|a\s+(?:move|decision|step)\s+\w+ed|[a-z]+(?:ed|en)(?:\s+off)?\s+by|[a-z]{3,}(?:ed|en)\s+(?:[\w-]+\s+){1,2}ago|(?:first\s+)?(?:[a-z]{3,}ed|shut|set\s+up|built|broken\s+off)\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})\b[^,;]*(?=,|$)/g;
// "normalise relations that were severed three years ago": a passive relative clause dates only its own verb.
const RELATIVE_PASSIVE = /\s(?:that|which)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+[a-z]+(?:ed|en|n|t)\b[^,;]*/g;

// "restored the ties it had broken with Washington during the 1967 war", "restore the relations they severed in 2021":
// the relative clause dates only its own verb.
// (The pronoun first: the look back runs only where one stands.)
const RELATIONS_THEY_HAD = /\b(?:it|they)(?<=\b(?:relations|ties)\s{1,3}(?:that\s{1,3}|which\s{1,3})?(?:it|they))\s+(?:had\s+)?(?:[a-z]+(?:ed|en)|broke|cut)\b[^,;]*/g;
// Where RELATIVE_PASSIVE may match: one regex scan is cheaper than two searches for a string opening with a space.
const THAT_OR_WHICH = / (?:that|which) /;

/**
 * The document offsets of a sentence's relative asides, read once per sentence (its dates and events ask many times).
 * Kept by the sentence's index, for the sentence it was read for: a WeakMap entry for every sentence cost more than
 * reading the asides.
 */
const asidesFor: Sentence[] = [];
const asidesRead: Array<Array<[number, number]>> = [];
const DASH_ASIDE = /\s[-–—]\s[^-–—;]{3,150}?\s[-–—]\s/g;
export function asidesOf(sentence: Sentence): Array<[number, number]> {
  if (asidesFor[sentence.index] === sentence) return asidesRead[sentence.index]!;
  const ranges: Array<[number, number]> = [];
  const text = sentence.text;
  if (text.includes(", ")) {
    ASIDE.lastIndex = 0;
    for (let m = ASIDE.exec(text); m; m = ASIDE.exec(text)) ranges.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  }
  // ("opened a consulate in Brisbane - the post Modi had promised in May 2023 - and then …": so is one between dashes.)
  if (text.includes(" - ") || text.includes(" – ") || text.includes(" — ")) {
    DASH_ASIDE.lastIndex = 0;
    for (let m = DASH_ASIDE.exec(text); m; m = DASH_ASIDE.exec(text)) ranges.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  }
  if (text.includes(" they ") || text.includes(" it ")) {
    RELATIONS_THEY_HAD.lastIndex = 0;
    for (let m = RELATIONS_THEY_HAD.exec(text); m; m = RELATIONS_THEY_HAD.exec(text)) ranges.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  }
  if (THAT_OR_WHICH.test(text)) {
    RELATIVE_PASSIVE.lastIndex = 0;
    for (let m = RELATIVE_PASSIVE.exec(text); m; m = RELATIVE_PASSIVE.exec(text)) ranges.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  }
  asidesFor[sentence.index] = sentence;
  asidesRead[sentence.index] = ranges;
  return ranges;
}

/** A clause before its verb without the comma-bounded aside that ends right before the verb. */
export function withoutAside(clause: string): string {
  // (A condition stays: "said that, if talks fail, it would" is no decision.)
  return clause.replace(/,(?!\s(?:if|unless)\b)[^,;]{3,120},(?=[^,;]{0,40}$)/, ",");
}
