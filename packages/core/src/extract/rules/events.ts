import type { EventType } from "../../model/event.js";
import { titleCountries } from "../../gazetteer/titles.js";
import { isAsciiUpper, spellsAt } from "../chars.js";
import { asidesOf } from "../clauses.js";
import { isEnvoyRole, RESIDENT_ROLES } from "../../model/official.js";
import { atUnSeat, CLAUSE_VERB_AFTER, clauseBefore, clauseEnd, coordinatedBefore, distinctParties, joinedOfficials, listJoint, objectAfter, ownClause, partiesAfter, partiesBefore, partnerOf, party, type Party, placeBeforeWhere, type SentenceContext, subjectBefore } from "../context.js";
import { ORGANISATIONS } from "../party-kinds.js";
import { ROSTER_CUE } from "../untitled-envoys.js";

/** What a rule reads from one trigger match: the two sides and the officials taking part. */
export interface EventRoles {
  source: Party | undefined;
  target: Party | undefined;
  /** Further actors doing the same thing ("the ambassadors of Kuwait, Pakistan and Bulgaria presented …"). */
  moreSources?: Party[];
  /** Further states acted towards ("Ambassador to Peru, with concurrent accreditation as Ambassador to Bolivia"). */
  moreTargets?: Party[];
  /** One member of a roster of envoys, told apart from the others: "A, for Chile; B, for Peru" (rosterRoles). */
  roster?: boolean;
  /** The actors are a group the sentence does not name ("Six ambassadors presented their credentials"). */
  unnamedGroup?: boolean;
  /** Each side acts on the other ("the two countries recalled their respective ambassadors"). */
  reciprocal?: boolean;
}

// The last clause opened before a credentials' "his" ("…, while in Cairo, B presented his to …").
const OWN_CLAUSE_OPENS = /\b(?:while|whereas|and|as)\b(?![^;]*\b(?:while|whereas|and|as)\b)[^;]*$/i;
const POSSESSOR = /^(?:his|her|their)$/i;
const isEnvoy = (p: Party) => p.envoy === true || (p.via === "official" && isEnvoyRole(p.role));
const isResident = (p: Party | undefined) => p?.via === "official" && p.role !== undefined && RESIDENT_ROLES.has(p.role);
const OWN_RECOGNITION = /\bown\b/i;
const RECOGNITION_UNDONE = /\b(?:withdr(?:ew|aw|aws|awn|awing|awal of)|revok(?:ed|es|ing|e)|revocation of|rescind(?:ed|s|ing)?|cancel(?:l?ed|s|l?ing)?|suspend(?:ed|s|ing)?|suspension of|fr(?:oze|eez(?:e|es|ing))|revers(?:ed|es|ing|e)|annul(?:led|s|ling)?|retract(?:ed|s|ing)?|end(?:ed|s|ing)?)\s+(?:(?:its|their|the|his|her)\s+)?(?:[\w-]+\s+)?$/i;
const COUNTED_STATES = /\b(?:\d+|dozens of|many|several|most|some) (?:other )?(?:countries|states|nations|governments) (?:have |had |has )?(?:now |already |since |so far )?$/i;
// "Norway's non-resident Ambassador, X", "the non-resident High Commissioner X": an envoy accredited from abroad.
const NON_RESIDENT_TITLE = /\bnon-?resident\s+(?:[\w-]+\s+)?(?:ambassador|high commissioner|envoy)\b(?:\s+(?:of|to|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?[^.;]{0,4}$/i;
/** Whether envoy `p` is titled as non-resident right before (or around) the name. */
const nonResident = (ctx: SentenceContext, p: Party) => p.via === "official" && ctx.text.includes("resident") && NON_RESIDENT_TITLE.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 50), p.start));
/** An envoy the text posts in one state travelling to another. */
const REPRESENT_AFTER = /^\s+(?:represent|represented|come from|came from|are from|were from)\b/;
const NEW_SUBJECT_CLAUSE = /[,;]\s+(?:and|but|while|whereas)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:has\s+|had\s+|have\s+)?[a-z]+ed\b/u;
const WHOM_BEFORE = /,\s+whom\s+[^.;,]{1,60}?$/;
const ENVOYS_IN_TOWNS = /^\w+ (?:its|their) (?:[\w-]+ )?(?:diplomats|envoys|ambassadors|representatives|high commissioners) in [A-Z][^.;]{0,40}? to leave$/;

const DEALS_AS_CLASS = /\b(?:all|any|every|existing|previous|past|earlier|various|several|many|other)\s+(?:[\w-]+\s+){0,2}(?:agreements|accords|deals|treaties|pacts|memorand(?:a|ums)|MoUs|protocols)\s+(?:(?:previously|already|once|ever)\s+)?$/i;

/** Where an envoy serves, for an act on them that names no state: their post's state, else the place the story is set. */
function postOf(ctx: SentenceContext, envoy: Party, at: number): Party | undefined {
  if (envoy.accreditedTo && envoy.accreditedTo !== envoy.code) return party(envoy.accreditedTo, at, at, "actor", "");
  return [ctx.filedFrom, ctx.place].find((p) => p && p.code !== envoy.code && !ORGANISATIONS.has(p.code));
}
const ORDERED_HOME = / home$/i;
/** A recall's post named inside its phrase ("ordered the ambassadors in Dublin and Oslo home"), not the state `not`. */
const postNamedIn = (ctx: SentenceContext, start: number, end: number, not?: string): Party | undefined =>
  ctx.parties.find((p) => p.start > start && p.end < end && (p.cue === "in" || p.cue === "to") && (p.via === "city" || p.via === "actor") && p.code !== not);
const MET_THEN_SIGNED = /\b(?:met(?:\s+with)?|(?:held|had)\s+(?:[\w-]+\s+)?talks\s+with|sat\s+down\s+with)\s+[^.;]{1,120}?\s+and\s+(?:(?:the\s+two|they|both)\s+(?:(?:then|later|also)\s+)?)?$/i;
const awayFromPost = (envoy: Party | undefined, place: Party | undefined) => envoy?.accreditedTo !== undefined && place !== undefined && place.code !== envoy.accreditedTo && place.code !== envoy.code;

/** A small rule in the chrono style: a trigger pattern and a function that finds the event's sides around it. */
export interface EventRule {
  id: string;
  type: EventType;
  pattern: RegExp;
  roles(ctx: SentenceContext, start: number, end: number, match: RegExpExecArray): EventRoles | null;
  /** Announcements are events even though they speak of the future. */
  futureIsEvent?: boolean;
  /**
   * Dated only by the text, never by the report: an appointment is told as background ("X, who was nominated as
   * ambassador …") far more often than as the day's news, and its day is then unknown, not the publication's.
   */
  datedOnlyByText?: boolean;
  /** Lower-case stems one of which every match contains: a sentence without any is skipped without running the pattern. */
  keywords: readonly string[];
  /**
   * A cheap test every match also passes, where the keywords let through many sentences the pattern cannot match: most
   * sentences that name relations neither establish nor sever them, and "sign" is in "significant". A long pattern tries
   * its alternatives at every character, and its compiled code is out of the CPU's caches again by the next sentence it
   * runs on (several times slower than when warm): a small test is far cheaper than a run that finds nothing.
   */
  gate?: RegExp;
  /**
   * A gate whose every alternative lies within one word (a stem, and what the word itself holds around it): read once
   * per spelling from the sentence's tokens with the keywords (triggers.ts), so a sentence without such a word costs no
   * regex run at all, and one with it none for the gate. Matched against each token's text, it passes wherever it
   * passes on the sentence: tokens never split a run of ASCII letters (but where two touch, which triggers.ts reads
   * apart), and a token's own start and end are word boundaries to a regex.
   */
  wordGate?: RegExp;
  /**
   * Lower-case words one of which opens every match, at a word boundary: the pattern is then tried only where a token
   * holds one (triggers.ts), not at every character of the sentence.
   */
  opens?: readonly string[];
}

// (With the scare quotes of some state media: 'the so-called "diplomatic relations" with the Taiwan region'.)
// ("its decades-old ties", "their 70-year diplomatic relations", "long-standing ties": an age told before the noun.)
// ("cutting diplomatic, trade and travel ties with Qatar": kinds of ties listed before the noun.)
// (Only after "diplomatic": "trade ties" alone are no diplomatic relations.)
const RELATIONS = "(?:so-called )?[\"“]?(?:diplomatic(?:, (?:trade|travel|transport|economic|consular))*,? and (?:trade|travel|transport|economic|consular) )?(?:(?:diplomatic|bilateral|full|formal|official|consular|political|economic|decades?-(?:old|long)|centur(?:y|ies)-old|long-?standing|long-?time|years?-(?:old|long)|[\\w]+-year(?:-old|-long)?)(?:,? and)? )*(?:relations|ties)[\"”]?";

// ("switched Washington's recognition from Taipei to Beijing": a possessive stands for the determiner.)
const SWITCHED = /\b(?:switch(?:ed|es|ing)?|shift(?:ed|s|ing)?) (?:(?:its|their|the|[A-Z][\w.-]*['’]s) )?(?:diplomatic )?(?:recognition|allegiance)\b(?=[^.;]{0,40}\bfrom\b[^.;]{1,40}\bto\b)/gi;
const PREPOSITIONS_OF_PLACE: ReadonlySet<string> = new Set(["in", "at", "from", "to", "dateline"]);
const HANDED_BY = /^\s+(?:were|was|had been|have been)\s+(?:also\s+)?(?:handed over|handed|presented|submitted)\s+(?:[\w-]+\s+){0,3}?by\b/i;
const ENVOYS_FROM = /^\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:envoys|ambassadors|diplomats|high commissioners|heads of (?:(?:foreign|diplomatic) )*missions?)\s+(?:from|of)\s+(?:the\s+)?/i;
// "with each of the ambassadors", "with the new envoys": a group named before, as the object of talks.
const EACH_ENVOY_AFTER = /^\s+(?:(?:separately\s+)?with\s+)?(?:each\s+of\s+)?the\s+(?:(?:new|newly\s+accredited|five|four|three|six|two|several)\s+)?(?:ambassadors|envoys|heads\s+of\s+mission)\b/i;
const ALONGSIDE_ENVOYS = /^\s+(?:(?:at the same ceremony|on the same day)\s+)?(?:alongside|together with|along with)\s+(?:(?:those|the)\s+)?(?:[\w-]+\s+){0,2}(?:ambassadors|envoys|high commissioners|heads of (?:(?:foreign|diplomatic) )*missions?)\s+(?:of|from)\s+(?:the\s+)?/i;
const NEXT_ENVOY_GROUP = /^,?\s+(?:and|as well as)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:ambassadors|envoys|high commissioners|heads of (?:(?:foreign|diplomatic) )*missions?)\s+(?:of|from)\s+(?:the\s+)?$/i;
const AMONG_ENVOYS = /\bamong\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:ambassadors|envoys|high commissioners|heads of (?:(?:foreign|diplomatic) )*missions?)\b/i;
const LATER_CLAUSE = /,\s+(?:(?:a|an|one|two|three|four|a few|several|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+(?:before|after)\b|,\s+(?:as|while|when|where|who|ahead of)\b/i;
const ENVOY_GROUP = /\b(?:ambassadors|envoys|high commissioners|heads of (?:(?:foreign|diplomatic) )*missions?|diplomats)\b/i;
const SUBJECT_PRONOUN = /^(?:he|she)$/i;
const SPOKE_TO = new Set(["told", "informed", "assured", "thanked", "congratulated", "briefed", "invited", "urged", "asked"]);

const TERMS_AGREED = /\b(?:under|through|per|via|on|of|for)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}$/;
const ASIDE_BEFORE_WITH = /,\s+(?:an?|the|which|who|where|while|as|amid|when)\s|\s(?:as|amid|while|when)\s/i;


const BETWEEN = /\bbetween\b/gi;
const MEDIATING_BEFORE = /\b(?:mediat\w*|broker(?:ing)?|bridge|shuttl\w*|(?:carr(?:y|ies|ied|ying)|pass(?:es|ed|ing)?) messages|relay\w*)\s+(?:[\w-]+\s+){0,2}$/i;
const CLAUSE_OPENS = /,\s+(?:when|where|after|while|whereas|because)\s/i;

/** Where the last "between" of `text` starts, or -1 (with no array of every match, nor a copy of the pattern, per trigger). */
function lastBetween(text: string): number {
  let at = -1;
  BETWEEN.lastIndex = 0;
  for (let m = BETWEEN.exec(text); m; m = BETWEEN.exec(text)) at = m.index;
  return at;
}

const NOT_IN_OFFICE_BEFORE = /\b(?:detained|jailed|imprisoned|incarcerated|ousted|deposed|exiled|opposition)\b/i;
const WITH_WHOM_BEFORE = /\bwith whom\s+(?:[\w-]+\s+){0,3}$/i;
// "was received by X on Wednesday, when the two discussed …": the talks the clause before told, told again.
const TWO_DISCUSSED_BEFORE = /,\s+(?:when|where|during which)\s+(?:the two(?:\s+(?:leaders|sides|men|ministers|presidents))?|they|both(?:\s+(?:leaders|sides|men))?)\s+(?:also\s+)?$/i;
const TALKS_TOLD = /\b(?:met|meets|talks|received|receives|hosted|hosts|meeting)\b/i;
// (Not a guest received for an occasion: "received him for talks".)
const HOSTED_OCCASION = /^\s+(?:(?:an?|the|several|two|three|indirect|direct|(?!(?:him|her|them|for)\s)[\w-]+)\s+){0,3}(?:talks|meetings?|summit|conference|rounds?|negotiations|contacts|consultations|opening|reopening|inauguration|ceremony|reception|launch|celebrations?|commemoration|gala|exhibition)\b/i;
// "hosted the eighth Tokyo International Conference on …": a gathering's proper name, its capitalised words past the
// three above.
const HOSTED_NAMED_OCCASION = /^\s+the\s+(?:[\w-]+\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:Conference|Summit|Forum|Meeting|Dialogue|Assembly)\b/u;

// "met their Nigerian counterpart", "received Ghana's president": a verb of meeting and its object.
const MET_OBJECT = /^(?:met|meets|received|receives|hosted|hosts)\s+(?:(?:their|the)\s+)?$/i;

/** The state of a meeting verb's direct object, other than the two subjects' ("A and B met C's president"). */
function metObject(ctx: SentenceContext, end: number, limit: number, subject: Party, partner: Party): Party | undefined {
  // (Past "their", which names the subjects again.)
  const first = partiesAfter(ctx, end, limit).find((p) => p.via !== "pronoun");
  if (!first || first.via === "city" || first.code === subject.code || first.code === partner.code || first.start - end > 12) return undefined;
  // (Past the dash closing an apposition: "the prime ministers of A and B - X and Y - met Z".)
  return MET_OBJECT.test(ctx.text.slice(end - 8, first.start).replace(/^\S*\s(?:[-–—]\s+)?/, "")) ? first : undefined;
}

// "told his Polish counterpart X": the possessive that opens the phrase naming the one spoken to.
const POSSESSIVE_PRONOUN = /^(?:his|her|their)$/i;
// "the phone call in which …", "talks, during which …": a relative clause that names the sides.
// ("began with a phone call on April 30, when A and his counterpart, B, spoke": so too a "when" after the call's day.)
const IN_WHICH_AFTER = /^(?:\s+in\s+[A-Z]\w+(?:\s+\d{4})?)?,?\s+(?:in|during) which\s|^\s+on\s+(?:\w+\s+){1,3}?\d{1,2},\s+when\s/i;

/** Whether `p` is the "his" of "his Polish counterpart X", the phrase that names `person`. */
function counterpartOf(ctx: SentenceContext, p: Party, person: Party): boolean {
  return person.start > p.end && person.start - p.end <= 50 && POSSESSIVE_PRONOUN.test(ctx.text.slice(p.start, p.end)) && !/[,;]/.test(ctx.text.slice(p.end, person.start));
}

// "…, in a phone call", "during a telephone conversation": a call told after the clause's verb.
const CALL_TOLD_AFTER = /\b(?:in|during|over|by|on)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}$/i;
// "During a phone call with X, …", "In a telephone conversation on Monday with X, …": the call opens the sentence.
const CALL_OPENS_SENTENCE = /^\s*(?:In|During|Over|On)\s+(?:an?\s+|the\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}$/;

/** The first side after "with" in the clause from `end`, other than `source`'s state: the one talks were held with. */
function withPartyAfter(ctx: SentenceContext, end: number, source: Party): Party | undefined {
  return partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "with" && p.via !== "city" && p.via !== "pronoun" && p.code !== source.code && !ASIDE_BEFORE_WITH.test(ctx.text.slice(end, p.start)));
}

/** "between A and B", "A and B …", or the subject and the "with X" object within the trigger's clause. */
// ", ordering the closure of the embassy and ": a participle after a comma, joined by "and" to the one that follows.
const PARTICIPLE_AND_BEFORE = /,\s+[a-z]+ing\b[^,;.]{1,100}?\sand\s+$/;

const HONORIFIC_BETWEEN = /^\s(?:(?:Mr|Mrs|Ms|Dr|Prof|H\.E)\.?\s){1,2}$/;

const YEAR_NAMED_DEALS = /\bthe (?:1[89]|20)\d\d (?:[A-Z][\w'’-]* ){0,3}(?:peace )?(?:agreements|accords) $/;
/** Whether a verb of its own follows party `p` (a subject opening a clause, not an object). */
const verbAfter = (ctx: SentenceContext, p: Party) => CLAUSE_VERB_AFTER.test(ctx.text.slice(p.end, p.end + 30));
const MEDIATOR_AFTER = /^\s*(?:['’]s\s+)?(?:mediation|help|support|backing|assistance|blessing|brokering|encouragement)\b/i;
const JOINED_COUNTERPART = /^,?\s+(?:along with|together with|and (?:his|her|their))\s+$/i;
// (Past the first one's relative clause: "X, who flew in from La Paz on Tuesday, and her Chilean counterpart Y".)
// (Or past an apposition: "X, Cuba's foreign minister, and his Mexican counterpart, Y, met".)
const HEAD_JOINED = /^[^,;]{0,80}?(?:,\s+who\s[^;,]{1,120},\s*|,\s+[^,;]{1,50},\s*|\s)(?:along with|together with|and (?:his|her|their))\b/i;

// "A's relations with B, established in 1977, …": the possessor and the state after "with".
const RELATIONS_WITH_TOLD = /^[^,]*\b(?:relations|ties)["”]? with\b(?![^,]*\bbetween\b)/i;
/**
 * "ties with Uzbekistan, with which it established diplomatic relations in 1992": the state the relative pronoun stands
 * for, and the subject after it.
 */
function withWhich(ctx: SentenceContext, start: number): EventRoles | null {
  const lead = WITH_WHICH.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start));
  if (!lead) return null;
  const at = start - lead[0].length;
  const target = partiesBefore(ctx, at + 1).find((p) => p.end <= at && at - p.end <= 2 && (p.via === "actor" || p.via === "city"));
  const source = partiesAfter(ctx, at).find((p) => p.start < start && p.via !== "city");
  return source && target && source.code !== target.code ? { source, target } : null;
}
const WITH_WHICH = /,\s+with which\s+(?:[\w'’.-]+\s+){1,4}$/;

function relationsWith(ctx: SentenceContext, start: number, m: RegExpExecArray): EventRoles | null {
  const withAt = start + m[0].search(/\bwith\b/i) + 4;
  const target = partiesAfter(ctx, withAt).find((p) => p.start - withAt <= 6 && p.via !== "pronoun" && p.via !== "city");
  const source = subjectBefore(ctx, start);
  return source && target && source.code !== target.code ? { source, target } : null;
}
// (Not a deal's day and an occasion after it: "signed a visa deal on Friday after talks between A and B".)
const DEAL_TOPIC_BEFORE = /\b(?:memorand(?:um|a)|agreements?|accords?|protocols?|deals?|treat(?:y|ies)|mechanism|framework)\s+(?:of understanding\s+)?(?:on|for|regarding|about|establishing|setting up)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(?:(?!(?:after|following|before|during)\b)[\w-]+\s+){0,2}$/i;
const CAUSE_PHRASE = /\b(?:following|after|amid|over)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:decision|move|announcement|step)\b/i;

const DISPUTE_WITH = /\b(?:boycott|blockade|embargo|isolation|dispute|rift|row|feud|quarrel|rupture|standoff|stand-off)\s+(?:of|with|against)\s+(?:the\s+)?$/i;
/** The parties named between two offsets, in text order. */
const partiesBetween = (ctx: SentenceContext, from: number, to: number) => ctx.parties.filter((p) => p.start >= from && p.end <= to);

// ("meeting Israeli Foreign Minister X": the title's words between the state and the name.)
const TITLE_WORDS_BETWEEN = /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}$/u;

const TELLS_THAT = /^(?:['’]s(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})?(?:,[^,;]{1,60},|,)?\s+(?:also\s+)?(?:said|says|announced|stated|confirmed|declared)\s+(?:(?:on|last)\s+\w+\s+)?(?:that\s+)?(?:[\w-]+\s+){0,4}$/iu;
/** The state that tells of what befell `p`, the subject of "said (that)" right before it ("Estonia said that 14 Russian diplomats …"). */
function tellerBefore(ctx: SentenceContext, p: Party): Party | undefined {
  const teller = partiesBefore(ctx, p.start).find((q) => q.code !== p.code && q.via !== "city" && !ORGANISATIONS.has(q.code));
  return teller && TELLS_THAT.test(ctx.text.slice(teller.end, p.start)) ? teller : undefined;
}

/** Whether party `p` lies in an aside of its sentence ("X, who headed the embassy in Bamako, presented …"). */
const inAside = (ctx: SentenceContext, p: Party) => asidesOf(ctx.sentence).some(([a, b]) => p.start >= a && p.end <= b);

function dyad(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  const limit = clauseEnd(ctx, end);
  // "between" may sit inside the trigger ("ties between A, B and C were formed") or after it.
  const tail = ctx.text.slice(start, limit);
  const between = /\bbetween\b/i.exec(tail);
  // (Not another clause's: "agreeing to restore ties, the detente between the rivals has survived".)
  // (Nor the sides a go-between would bring together: "met X and called for countries to mediate between A and B".)
  // (Nor an apposition's after a dash: "broke off relations with Russia - the first rupture between the two since …".)
  if (between && !/[,;:—–]|\s-\s/.test(ctx.text.slice(end, Math.max(end, start + between.index))) && !MEDIATING_BEFORE.test(tail.slice(0, between.index))) {
    const listed = distinctParties(partiesAfter(ctx, start + between.index, limit));
    // "ties between Egypt, Qatar and Saudi Arabia were formed in 1964, 2003 and 1976, respectively": each with the article's state.
    if (listed.length > 2 && /\brespectively\b/i.test(ctx.sentence.text) && ctx.dominant && !listed.some((p) => p.code === ctx.dominant)) {
      return { source: { ...listed[0]!, code: ctx.dominant, via: "group" }, target: listed[0] };
    }
    const [a, b] = listed;
    if (a && b) return { source: a, target: b };
  }
  // "the phone call in which X congratulated his Turkish counterpart Y": the two the clause after it names.
  if (IN_WHICH_AFTER.test(ctx.text.slice(end, end + 32))) {
    const [a, b] = distinctParties(partiesAfter(ctx, end, Math.min(ctx.sentence.end, end + 160)).filter((p) => p.via !== "city" && p.via !== "pronoun"));
    if (a && b) return { source: a, target: b };
  }
  const before = lastBetween(ctx.text.slice(ctx.sentence.start, start));
  // (Not across a clause of its own: "Relations between the two have been close since 2023, when A and B met".)
  // (Nor past a phrase of cause the trigger stands in: "developments in relations between A and B following the decision
  // announced by B to sever relations with A".)
  if (before >= 0 && !CLAUSE_OPENS.test(ctx.text.slice(ctx.sentence.start + before, start)) && !CAUSE_PHRASE.test(ctx.text.slice(ctx.sentence.start + before, start))) {
    const listed = distinctParties(partiesAfter(ctx, ctx.sentence.start + before, start));
    if (listed.length > 2 && /\brespectively\b/i.test(ctx.sentence.text) && ctx.dominant && !listed.some((p) => p.code === ctx.dominant)) {
      return { source: { ...listed[0]!, code: ctx.dominant, via: "group" }, target: listed[0] };
    }
    if (listed.length === 2) return { source: listed[0], target: listed[1] };
  }
  const subject = subjectBefore(ctx, start);
  // "King X of Morocco told President Y in a phone call": the one who spoke and the one spoken to ("told his Polish
  // counterpart Y": the "his" carries the verb).
  const spokenTo = subject && /\b(?:in|during|by|over|on)\s+(?:an?\s+|the\s+)?$/i.test(ctx.text.slice(start - 12, start)) ? partiesBefore(ctx, start).find((p) => SPOKE_TO.has(p.cue) && (p.code === subject.code || counterpartOf(ctx, p, subject))) : undefined;
  if (spokenTo && subject) {
    const speaker = partiesBefore(ctx, spokenTo.start).find((p) => p.code !== subject.code && p.via !== "city" && !["to", "in", "at", "from", "with", "into", "dateline"].includes(p.cue));
    if (speaker) return { source: speaker, target: subject };
  }
  // "The two countries signed …": both states of the group are the two sides.
  if (subject?.via === "group") {
    // ("The four countries cut ties with Qatar": each state of a group of three or more with the one after "with"; a
    // pair "with" a third held three-way talks, read where a third side is.)
    const group = ctx.parties.filter((p) => p.via === "group" && p.start === subject.start);
    const withObject = partiesAfter(ctx, end, limit).find((p) => p.cue === "with" && p.via !== "city" && !group.some((g) => g.code === p.code) && !ASIDE_BEFORE_WITH.test(ctx.text.slice(end, p.start)) && !MEDIATOR_AFTER.test(ctx.text.slice(p.end, p.end + 16)));
    if (withObject && group.length > 2) return { source: subject, target: withObject, moreSources: distinctParties(group.filter((g) => g.code !== subject.code)) };
    const other = group.find((p) => p.code !== subject.code);
    if (other) return { source: other, target: subject };
  }
  if (subject) {
    // (Not a pronoun opening a clause of its own: "recognises Peru, and it severs relations with Taiwan".)
    const partner = subject.via === "pronoun" && CLAUSE_AND_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, subject.start - 8), subject.start)) ? undefined : partnerOf(ctx, subject);
    // "Saudi Arabia and Egypt severed relations with Qatar": the pair is one side, the state after "with" the other.
    // (Not a "with" of an aside after the object: "A and B signed a pact, which Manila hopes … as tensions with China rise".)
    // ("The foreign ministers of A and B met C's president", "… met their C counterpart": so too a direct object.)
    // ("A, B, C and D have ended their boycott of Qatar under a declaration signed on Tuesday": the state a dispute the
    // act settles is with, named before it.)
    const disputed = partner ? partiesBetween(ctx, subject.end, start).find((p) => p.via !== "city" && p.code !== subject.code && p.code !== partner.code && !coordinatedBefore(ctx, subject).some((c) => c.code === p.code) && DISPUTE_WITH.test(ctx.text.slice(Math.max(subject.end, p.start - 30), p.start))) : undefined;
    // (Not past a clause of another subject: "A and B established relations today, and A-town ended its ties with C".)
    const withObject = partner ? partiesAfter(ctx, end, limit).find((p) => p.cue === "with" && p.via !== "city" && p.code !== subject.code && p.code !== partner.code && !ASIDE_BEFORE_WITH.test(ctx.text.slice(end, p.start)) && !MEDIATOR_AFTER.test(ctx.text.slice(p.end, p.end + 16)) && !NEW_SUBJECT_CLAUSE.test(ctx.text.slice(end, p.start))) ?? disputed ?? metObject(ctx, end, limit, subject, partner) : undefined;
    // ("Barbados, Guyana, Jamaica and Trinidad and Tobago established relations with Cuba": every state of the list.)
    // ("A, B and C met Zelensky", three people named: each person's state.)
    const listed = [...(subject.via === "official" ? joinedOfficials(ctx, subject) : []), ...coordinatedBefore(ctx, subject).filter((p) => p.via === "actor")];
    if (partner && withObject) return { source: subject, target: withObject, moreSources: distinctParties([partner, ...listed.filter((p) => p.code !== withObject.code)]) };
    if (partner && partner.end <= start) return { source: partner, target: subject };
    // ("… ties with B after Minister X and his Armenian counterpart signed …": the official right before "and his".)
    // ("Foreign Minister X of Peru and her Fijian counterpart": so too the state after the official's "of".)
    const joined = partiesBefore(ctx, subject.start).find((p) => p.code !== subject.code && (p.via === "official" || (p.via === "actor" && p.cue === "of")) && JOINED_COUNTERPART.test(ctx.text.slice(p.end, subject.start)));
    if (joined) return { source: joined, target: subject };
    // "Safadi along with his Iranian counterpart Abdellahian held talks": the first and the last state of the subject.
    const head = partiesBefore(ctx, start).reverse().find((p) => p.code !== subject.code && p.via !== "city" && p.cue !== "in" && p.cue !== "at");
    if (head && HEAD_JOINED.test(ctx.text.slice(head.end, subject.start))) return { source: head, target: subject };
    // ("A and his Chinese counterpart B held talks and signed …": the counterpart after the subject, for each verb.)
    const counterpart = partiesBefore(ctx, start).findLast((p) => p.start > subject.end && p.code !== subject.code && p.via === "official");
    if (counterpart && /^[^,;]{0,60}?\b(?:along with|together with|and (?:his|her|their))\b/i.test(ctx.text.slice(subject.end, counterpart.start))) {
      // ("A and his Danish counterpart B arrived in Kyiv and held talks with C": the pair is one side, C the other.)
      const third = partiesAfter(ctx, end, limit).find((p) => p.cue === "with" && p.via !== "city" && p.code !== subject.code && p.code !== counterpart.code && !ASIDE_BEFORE_WITH.test(ctx.text.slice(end, p.start)) && !MEDIATOR_AFTER.test(ctx.text.slice(p.end, p.end + 16)));
      return third ? { source: subject, target: third, moreSources: [counterpart] } : { source: subject, target: counterpart };
    }
    // ("signed last September with U.S. mediation": a go-between is no side.)
    const after = partiesAfter(ctx, end, limit).filter((p) => p.code !== subject.code && !(p.cue === "with" && MEDIATOR_AFTER.test(ctx.text.slice(p.end, p.end + 16))));
    // "Israel has no relations with Malaysia or with Venezuela, which broke off ties in 2009 during the Gaza war": a
    // relative clause with no side of its own breaks with the sentence's subject.
    if (subject.cue === "with" && !after.some((p) => p.cue === "with") && /^,\s+(?:which|who)\s+(?:[\w'’-]+\s+){0,2}$/i.test(ctx.text.slice(subject.end, start))) {
      const main = ctx.parties.find((p) => p.end <= subject.start && p.code !== subject.code && (p.via === "actor" || p.via === "official") && !PREPOSITIONS_OF_PLACE.has(p.cue));
      if (main) return { source: subject, target: main };
    }
    // ("met President X of Kenya, and later held talks with Y": the object right after the verb, before a "with" of
    // another clause.)
    const first = after[0];
    const direct = first && first.start - end <= 30 && first.cue !== "" && ctx.text.slice(start, end).toLowerCase().endsWith(first.cue) ? first : undefined;
    // (Not a state that opens a clause of its own: "downgraded its representation in Tehran and Kuwait recalled …".)
    // (Nor the UN's seat, in a story of the UN: "through communiqués also signed in New York".)
    // ("Bolivia broke off relations in October and Belize suspended ties": nor one right after the trigger's clause.)
    const found = direct ?? after.find((p, k) => ["with", "and", "between", "to"].includes(p.cue) && !(p.cue === "and" && (k > 0 ? ownClause(ctx, after[k - 1]!, p) : verbAfter(ctx, p)))) ?? after.find((p) => p.start - end < 60 && !atUnSeat(ctx.text, p) && !(p.cue === "and" && verbAfter(ctx, p)));
    // ("received the ambassadors of Chile and Norway": the list's first, whom the rest follow.)
    const listHead = found?.cue === "and" ? coordinatedBefore(ctx, found).filter((p) => p.start >= end && p.code !== subject.code).at(-1) : undefined;
    const object = listHead ?? found;
    if (object) return { source: subject, target: object };
  }
  // "A and B signed …": two states joined by "and" before the trigger.
  const [a, b] = distinctParties(partiesBefore(ctx, start));
  // (Not a state whose own verb comes before the "and": "Bolivia broke off relations in October and Belize …".)
  // (Nor an "it" right before the verb, one state: "… Moroccan civilian and military aircraft, a month after it broke off
  // relations".)
  if (a && b && /\band\b|&/.test(ctx.text.slice(b.end, a.start)) && !ownClause(ctx, b, a) && !verbAfter(ctx, b) && !(subject?.via === "pronoun" && /^it$/i.test(ctx.text.slice(subject.start, subject.end)))) return { source: b, target: a };
  // "… was inked by Safadi and his Indonesian counterpart", "a meeting that brought together A and B": the two after it.
  const listedAfter = distinctParties(partiesAfter(ctx, end, limit).filter((p) => p.via !== "city" && p.cue !== "in" && p.cue !== "at"));
  const [x, y] = listedAfter;
  // ("Sunday brought talks with A's prime minister and B's president": those listed after "with" are one side, with the
  // state the story is about.)
  if (!subject && x && y && x.cue === "with" && /\band\b|&/.test(ctx.text.slice(x.end, y.start))) {
    return ctx.dominant && !listedAfter.some((p) => p.code === ctx.dominant) ? { source: { ...x, code: ctx.dominant, via: "group" }, target: x, moreTargets: listedAfter.slice(1) } : null;
  }
  if (!subject && x && y && /\band\b|&/.test(ctx.text.slice(x.end, y.start))) return { source: x, target: y };
  // ("Four accords were signed in the presence of the two leaders": so too the pair one "the two" names.)
  if (!subject && x && y && x.via === "group" && y.via === "group" && x.start === y.start) return { source: x, target: y };
  // A subject with no other side in its clause ("the UAE downgraded its ties"): the reader may know the other side.
  return subject ? { source: subject, target: undefined } : null;
}


/** The guests listed after "Among the guests … were", each come to the state the story is set in. */
function guestsAmong(ctx: SentenceContext, end: number): EventRoles | null {
  const verb = /\b(?:were|was|included)\b/.exec(ctx.text.slice(end, ctx.sentence.end));
  const host = ctx.place ?? ctx.filedFrom;
  if (!verb || !host) return null;
  const guests = distinctParties(partiesAfter(ctx, end + verb.index + verb[0].length).filter((p) => p.via === "official" && p.code !== host.code && !isEnvoy(p) && !isResident(p)));
  return guests.length ? { source: guests[0], target: host, moreSources: guests.slice(1) } : null;
}

// A journey told as made for talks: "flew to Lima for talks", "was in Quito for a round of talks".
const TRAVELLED_FOR = /\b(?:travell?ed|flew|went|came|arrived|was|were)\s+(?:to|in)\s+[^.;,]{1,60}\s+for\s+(?:(?:a|an|the|two|three|several)\s+)?(?:(?:days?|rounds?)\s+of\s+)?$/i;
/**
 * The further posts of one appointment: "…, with concurrent accreditation to A and B", "…, and Ambassador to C
 * concurrently".
 */
function concurrentPosts(ctx: SentenceContext, end: number, target: Party, source: Party | undefined): Party[] | undefined {
  const also = CONCURRENT_POST.exec(ctx.text.slice(end, ctx.sentence.end));
  if (!also) return andAsPosts(ctx, target.end, source?.code);
  // ("…, concurrently covering A and B, while C was assigned to D": not the posts of the next one named.)
  const next = partiesAfter(ctx, end + also.index).find((p) => p.via === "official" && p.official !== source?.official);
  return distinctParties(partiesAfter(ctx, end + also.index, next?.start).filter((p) => p.via === "actor" && p.code !== target.code && p.code !== source?.code));
}
const REPORTED_BETWEEN = /\b(?:that|said|says|stressed|noted|added)\b/i;
const BY_AFTER_OBJECT = /^\s+by\s+(?:the\s+)?$/i;
const LIST_BETWEEN = /^(?:,?\s+and\s+|,\s+)(?:the\s+)?$/;

/** The states listed right after a "by" that follows `from` ("… by Chile, Peru and Norway"), other than `other`. */
function agentsAfterBy(ctx: SentenceContext, from: number, other: string): Party[] {
  const out: Party[] = [];
  let last: Party | undefined;
  for (const p of partiesAfter(ctx, from)) {
    if (p.via !== "actor" || p.code === other) break;
    if (!(last ? LIST_BETWEEN : BY_AFTER_OBJECT).test(ctx.text.slice(last?.end ?? from, p.start))) break;
    out.push(p);
    last = p;
  }
  return distinctParties(out);
}
const CALL_HEADING = /(?:^|\n)[^.\n]{0,90}\b[Cc]all with [^.\n]{1,150}\n\s*$/;
const BY_LINE = /^(?:by|via|over)\s/i;
const CALLS_JUST_TOLD = /\b(?:phone|telephone) (?:calls|conversations) with (?:several|a number of|(?:two|three|four|five|six|seven|eight|\d+)|other|fellow)\b[^.;]*[.!?]["”]?\s*$/i;
const ATTENDED_BEFORE = /\b(?:attend(?:ed|s|ing)?|join(?:ed|s|ing)?|t(?:ook|akes?|aking) part in|participat(?:ed|es|ing) in)\s[^.;]{0,200}$/i;
const HOSTED_BY_BEFORE = /\b(?:hosted|convened|organi[sz]ed) by\s+(?:the\s+)?$/i;
const STILL_RECOGNISING = /\b(?:still|continues? to|continued to|continuing to)\s+$/i;
const STATES_THAT = /\b(?<!\b(?:two|both|three|four|five)\s+)(?:states|countries|nations|governments)\s+(?:that|which|who)\s+(?:(?:also|now|already|formally|officially)\s+)?$/i;
/** "decided to stop recognising X", "ceased to recognise X", "no longer recognises X": recognition ended, not granted. */
const RECOGNITION_STOPPED = /\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)(?: to)?|no longer)\s+$/i;
const AS_ENVOY = /^[^.;]{1,80}?\bas\s+(?:\w+\s+){0,2}(?:ambassador|high commissioner|envoy|permanent representative)\b/i;
const OF_AS_ENVOY = /\sof\s[^.;]{1,80}?\bas\s+(?:\w+\s+){0,2}(?:ambassador|high commissioner|envoy|permanent representative)\b/i;
const POSSESSIVE_IN = /\w['’]s /;
const TELLER_AFTER_LEAVE = /^[^.;]{0,60}, (?:the )?(?:[\w-]+ ){0,3}(?:ministry|government|foreign office|spokes(?:man|woman|person)) (?:said|announced|says)\b/i;
const CALLED_IN_AND = /\band\s+$/i;
const ITS_REPRESENTATION = /\b(?:its|their)\s+(?:own\s+)?(?:diplomatic\s+)?representation$/i;
const IN_RIGHT_AFTER = /^\s+in\s+(?:the\s+)?$/i;
// The two governments of China, each recognised to the exclusion of the other.
const RIVAL_GOVERNMENTS: ReadonlySet<string> = new Set(["CN", "TW"]);
// "ceased to recognise", "stopped recognising": the end of a recognition.
const CEASED_BEFORE = /\b(?:ceas(?:e|ed|es|ing)|stop(?:s|ped|ping)?|end(?:s|ed|ing)?|withdr(?:ew|awn|awing))\s+(?:to\s+)?$/i;
const RECOGNISED = /^recogni/i;

/** "recognised Beijing": the subject's ties with a rival government, its object right after the verb. */
function governmentRecognised(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  if (CEASED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start))) return null;
  const source = subjectBefore(ctx, start);
  const target = objectAfter(ctx, end, undefined, source?.code);
  if (!target || !(RIVAL_GOVERNMENTS.has(target.code) || governmentOf(ctx, end, target)) || !/^\s+(?:the\s+)?$/.test(ctx.text.slice(end, target.start))) return null;
  return { source, target };
}

// ("recognised the Taliban government", "Afghanistan's Taliban-led administration": a government the state's name or
// its rulers' describe.)
const GOVERNMENT_NAMED = /\s(?:government|administration|regime|authorities|leadership)$/i;
const GOVERNMENT_AFTER = /^(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:government|administration|regime|authorities|leadership)\b/i;

/**
 * Whether the object right after a verb of recognising is a state's government ("the Taliban government"): ties with
 * those who rule it, not its statehood (SCHEMA.md), as recognising Beijing over Taipei is.
 */
function governmentOf(ctx: SentenceContext, end: number, target: Party): boolean {
  // ("the Taliban government" may be read as one name, the state's.)
  return /^\s+(?:the\s+)?$/.test(ctx.text.slice(end, target.start)) && (GOVERNMENT_NAMED.test(ctx.text.slice(target.start, target.end)) || GOVERNMENT_AFTER.test(ctx.text.slice(target.end, Math.min(ctx.sentence.end, target.end + 40))));
}
const CHARGE_RUNS = /^(?:will|would)\b/i;
// The post a chargé d'affaires will run, right before the verb: "Mexico's embassy (in Havana|there)".
const POST_BEFORE = /\b(?:embassy|mission)\b[^.;,]{0,30}$/i;
const ENDED_DEAL = /\b(?:ended|ends|ending|terminated|terminates|abrogated|scrapped|suspended|withdrew from|withdrawn from|pulled out of|tore up|denounced|renounced) (?:the |its |their )?[^.;,]{0,60}\b(?:agreement|accords?|treaty|pact|deal|protocol|convention)\b[^.;,]{0,40},\s*$/i;
// A deal named by its signing: "a free trade agreement signed with A in 2006".
const DEAL_BEFORE = /\b(?:agreements?|accords?|deals?|treat(?:y|ies)|pacts?|protocols?|memorand(?:um|a)|declarations?|communiqu[eé]s?)\s+$/i;

/** The two sides a passive signing names after "by" ("by Mr A and Mr B's predecessor, C"), or null. */
function signedBy(ctx: SentenceContext, end: number): EventRoles | null {
  const limit = clauseEnd(ctx, end);
  const by = ctx.text.slice(end, limit).search(/\sby\s/);
  if (by < 0) return null;
  const [a, b] = distinctParties(partiesAfter(ctx, end + by, limit).filter((p) => p.via === "official" || p.via === "actor"));
  return a && b && /\s(?:and|&)\s/.test(ctx.text.slice(a.end, b.start)) ? { source: a, target: b } : null;
}

/**
 * "A free trade agreement signed with Taipei in 2006 gave Nicaraguan shrimp …", "A reconciliation agreement signed in
 * June 2016 … restored ties between Israel and Turkey": a deal named by its signing, with a date of its own and no side
 * before it, is between the state after "with" and the other state the sentence names, else the two states it names.
 */
function signedDeal(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  if (!DEAL_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start))) return null;
  if (!ctx.dates.some((d) => d.start >= end && d.start - end <= 40 && d.edtf && !/[,;]/.test(ctx.text.slice(end, d.start)))) return null;
  const states = distinctParties(ctx.parties.filter((p) => p.via !== "city"));
  const other = partiesAfter(ctx, end, end + 30).find((p) => p.cue === "with" && p.via !== "pronoun");
  if (other) {
    const side = states.find((p) => p.code !== other.code);
    return side ? { source: side, target: other } : null;
  }
  return states.length === 2 ? { source: states[0], target: states[1] } : null;
}

const PART_OF_STATE = /^\s+(?:province|region|regions|territory|enclave)\b/i;
// Where the agents of a passive stop: "recognised by A and B, though not by C".
const NOT_BY = /,?\s+(?:(?:though|but|and|yet)\s+)?not\s+by\b/i;
const BROKE_WITH = /^br(?:oke|eaks|eaking) with$/i;
const STATE_FROM_BODY = /^\s+(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)?\s+from\s+(?:the\s+)?(?!country\b|territory\b|capital\b)(?:[\w-]+\s+){0,4}?(?:league|council|bloc|union|organi[sz]ation|group|commission|assembly|committee|federation|association|body|alliance|community|forum|tournament|competition|cup|games|championship)\b/iu;
// The people an expulsion's object names, when no envoys: "60 Chilean migrants", "hundreds of Haitian nationals".
const NOT_ENVOYS_BEFORE = /\b(?:prisoners|detainees|migrants|immigrants|refugees|nationals|citizens|workers|journalists|reporters|students|tourists|priests|nuns|missionaries|dissidents|activists|opponents|critics|families|people)\s+(?:(?:who|that)\s+)?(?:were|was|had\s+been|have\s+been|has\s+been|are|being)\s+$/i;
const NOT_ENVOYS_AFTER = /^\s+(?:of\s+)?(?:(?:the|some|about|around|nearly|over|more than|at least|dozens of|hundreds of|thousands of|all|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+)*(?:[\p{Lu}][\p{L}-]*\s+)?(?:undocumented\s+|illegal\s+|irregular\s+)?(?:migrants?|immigrants?|refugees?|asylum[- ]seekers?|nationals|citizens|workers?|labou?rers|journalists?|reporters?|correspondents?|students?|tourists?|fishermen|fishing\s+boats?|boats?|vessels?|trawlers?|troops|soldiers|peacekeepers|missionar(?:y|ies)|priests?|nuns?|traders?|businessm[ae]n|residents|families|settlers|squatters|smugglers|traffickers|criminals|prisoners|convicts|players|athletes|fans)\b/iu;
const REFUSED_AFTER = /^\s+(?:(?:would|will|could|were|was|had|have|has)\s+(?:not|never)\s+(?:been\s+|be\s+)?|(?:were|was|had been|have been|has been)\s+(?:rejected|refused|declined|turned down))/i;
// A verb acting on an envoy right before their title: "recalled its", "expelled the", "summoned Chile's".
// ("withdraws agrément for Israel's ambassador-designate": so too consent taken back.)
const ACTED_ON_BEFORE = /\b(?:(?:recall|withdr[ae]w|summon|expel|declar|order)\w*|agr[ée]ment (?:for|to)) (?:(?:its|their|the|[\w-]+['’]s) )?(?:[\w-]+ )?$/i;
// (A swearing-in told after the appositive that names the post: "…, the newly appointed ambassador to Peru, was sworn in".)
const SWORN_IN_AFTER = /^[^.;]*?,\s+(?:was|were|has been|had been) sworn in\b/i;
const STAFF_OF = /\b(?:staff|personnel)$/i;
// An envoy's post after the trigger: "the ambassadors (of its member states) accredited to".
const ACCREDITED_AFTER = /^(?: of [^.;,]{1,40}?)? accredited (?:to|in) /i;
// ("25 Soviet officials were to be expelled": a state's officials sent out are its envoys.)
const DIPLOMATS_AFTER = /^\s+(?:diplomats?|envoys?|ambassadors?|consuls?|attach[eé]s|officials)\b/i;
const STAFF_AFTER = /^\s+(?:diplomats?|envoys?|ambassadors?|consul\w*|embass(?:y|ies)|mission)\b/i;
const BY_AGENT = /^\s+by\s/;

// Ties qualified as economic alone, trade rather than relations between the states: "economic ties had been
// suspended" (not "diplomatic and economic ties").
export const ONLY_ECONOMIC = /^(?:[^,]*\s)?["“]?economic (?:relations|ties)\b(?<!\b(?:diplomatic|political|consular|full|formal|official|bilateral),? and economic (?:relations|ties))/i;

/**
 * A rupture's sides, where the words name who broke: the possessor in "ending Tokyo's official ties with Taipei", the
 * agent in "relations, broken off by La Paz in 1962" (of the two the clause names, the other is the one broken with).
 */
// Between a rupture and a place it names: its cause ("… over the Gaza war", "… in protest at the attack on Rafah").
const THEM_THEN_PARTICIPLE = /^,\s+[a-z]{3,}ing\s+(?:[\w'’-]+\s+){0,4}$/;
const SEVERED_OVER = /^\s+(?:(?:in\s+\d{4}|again)\s+)?(?:over|in protest (?:at|against|over)|because of|due to|amid)\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$/i;

const TIME_ASIDE_ONLY = /^\s*(?:,\s*(?:on|in|last|this|late|early)\s+[^,;]{1,30},\s*|\s)$/i;
// ("told the Vatican that it was suspending relations": so too the one told that the teller was.)
const INFORMED_OF = /\b(?:informed|notified|told|inform|notify)\s+(?:the\s+)?(?:[^\s,;.]+\s+){1,3}(?:of\s+(?:the\s+)?|that\s+(?:it|they)\s+(?:was|were|is|are|would|had|has)\s+(?:been\s+)?)$/;

const HELD_WITH = /^\s+(?:(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}(?:relations|ties|relationship)\s+)?(?:that\s+|which\s+)?(?:it|they|the\s+\w+)\s+(?:had\s+|has\s+)?(?:maintained|kept|had|enjoyed|held)\s+(?:\w+\s+)?with\s+(?:the\s+)?$/i;

// ("cut ties with the Chinese company Huawei": a state's firm, club or bank is not the state.)
const NOT_STATE_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:company|companies|firm|firms|corporation|group|bank|banks|club|clubs|team|university|universities|brand|giant|conglomerate|manufacturer|maker|operator|airline|carrier|network|telecoms?|lender|insurer|retailer|supplier|contractor|investor|fund)\b/i;

// "…, after protesters stormed its embassy in", "following an attack on its consulate in": the subject's own post abroad.
const GRIEVANCE_POST = /^[^.;]{0,40}?\s(?:after|following|over|when|because)\s[^.;]{0,60}?\b(?:its|their)\s+(?:embassy|consulate|mission|diplomatic mission)\s+in\s+/i;

const PROMPTED_TO = /,\s+(?:prompting|leading|causing|forcing|pushing|provoking|spurring)\s+(?:the\s+)?(?:[\w'’.-]+\s+){1,3}to\s+$/i;

const SOLIDARITY_WITH = /\bsolidarity["”]?\s+with\s+(?:the\s+)?$/i;
function severedRoles(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  // ("cut relations to their lowest level", "to second-secretary level": lowered, not severed.)
  if (CUT_TO_LEVEL.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 70)))) return null;
  // "established relations with Beijing and dropped Taiwan": the state right after "dropped" (not "dropped the demand").
  if (/^dropp(?:ed|ing) $/i.test(ctx.text.slice(start, end))) {
    const other = partiesAfter(ctx, end, end + 12).find((p) => p.start - end <= 4 && p.via !== "pronoun" && p.via !== "city");
    const subject = other ? subjectBefore(ctx, start) : undefined;
    return other && subject && subject.code !== other.code ? { source: subject, target: other } : null;
  }
  // "broke with Taipei": the state right after "with" (the pattern's capital test cannot see case under the i flag;
  // "broke with the practice of …" breaks with no one).
  if (BROKE_WITH.test(ctx.text.slice(start, end))) {
    const other = partiesAfter(ctx, end, end + 12).find((p) => p.start - end <= 5 && p.via !== "pronoun");
    if (!other) return null;
    // "Breaking with Taipei, Honduras recognised Beijing": a participle opening the sentence has the main clause's
    // subject, the first state after its comma.
    const comma = ctx.text.indexOf(",", other.end);
    if (/^\W*$/.test(ctx.text.slice(ctx.sentence.start, start)) && comma > 0 && comma - other.end <= 40) {
      const subject = partiesAfter(ctx, comma + 1, clauseEnd(ctx, comma + 2)).find((p) => p.via !== "city" && p.via !== "pronoun" && p.code !== other.code && p.start - comma <= 40);
      return subject ? { source: subject, target: other } : null;
    }
  }
  const owner = POSSESSIVE_IN.test(ctx.text.slice(start, end)) ? ctx.parties.find((p) => p.start >= start && p.end <= end && p.via !== "city") : undefined;
  const other = owner ? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "with" && p.code !== owner.code) : undefined;
  if (owner && other) return { source: owner, target: other };
  // "informed Taipei of the rupture of diplomatic relations": the one told is the other side.
  const lead = Math.max(ctx.sentence.start, start - 60);
  const informed = INFORMED_OF.exec(ctx.text.slice(lead, start));
  const told = informed ? partiesBefore(ctx, start).find((p) => p.start >= lead + informed.index && p.via !== "pronoun") : undefined;
  if (told) {
    // ("days after Managua, on March 12, told the Vatican that …": past an aside of time, the state right before the verb.)
    const verbAt = lead + informed!.index;
    const teller = subjectBefore(ctx, told.start) ?? partiesBefore(ctx, verbAt).find((p) => p.via !== "pronoun" && p.code !== told.code && TIME_ASIDE_ONLY.test(ctx.text.slice(p.end, verbAt)));
    if (teller && teller.code !== told.code) return { source: teller, target: told };
  }
  const roles = dyad(ctx, start, end);
  // ("It restored ties with Taiwan in 2005, prompting China to cut off relations": the one whose act prompted the cut,
  // the main clause's subject.)
  const promptFrom = Math.max(ctx.sentence.start, start - 60);
  const prompted = roles?.source && !(roles.target && roles.target.start > end) ? PROMPTED_TO.exec(ctx.text.slice(promptFrom, start)) : null;
  if (prompted) {
    const at = promptFrom + prompted.index;
    const main = ctx.parties.find((p) => p.end <= at && (p.via === "actor" || p.via === "pronoun" || p.via === "official") && p.cue === "");
    if (main && main.code !== roles!.source!.code) return { source: roles!.source, target: main };
  }
  if (roles?.target && roles.target.via === "actor" && roles.target.start > end && NOT_STATE_AFTER.test(ctx.text.slice(roles.target.end, roles.target.end + 40))) return null;
  // ("Niamey was cutting ties in "total solidarity" with Mali": the state stood by is no side of the rupture.)
  if (roles?.target && roles.target.start > end && SOLIDARITY_WITH.test(ctx.text.slice(end, roles.target.start))) roles.target = undefined;
  // "broke off the relations it had maintained with Taiwan since 1941": the partner of the ties a relative clause
  // describes.
  const held = roles?.source ? partiesAfter(ctx, end, Math.min(ctx.sentence.end, end + 90)).find((p) => p.cue === "with" && p.code !== roles.source!.code && HELD_WITH.test(ctx.text.slice(end, p.start))) : undefined;
  if (held) return { source: roles!.source, target: held };
  // ("restored ties with Israel, a decade after severing them over the Gaza war": a place in the grievance is no side;
  // rule-events.ts finds the ties just restored.)
  // ("… months after severing them, crediting mediation by Qatar": nor one a participle after "them" names.)
  if (roles?.target && roles.target.start > end && (SEVERED_OVER.test(ctx.text.slice(end, roles.target.start)) || (/\bthem(?: off)?$/i.test(ctx.text.slice(start, end)) && THEM_THEN_PARTICIPLE.test(ctx.text.slice(end, roles.target.start))))) roles.target = undefined;
  // ("A severed relations after protesters stormed its embassy in Tehran": the host of the subject's post the grievance
  // names.)
  if (roles?.source && !roles.target) {
    const post = GRIEVANCE_POST.exec(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 120)));
    const host = post ? partiesAfter(ctx, end + post.index + post[0].length, end + post.index + post[0].length + 40).find((p) => p.code !== roles.source!.code && (p.via === "city" || p.via === "actor")) : undefined;
    if (host) roles.target = host;
  }
  const agent = BY_AGENT.test(ctx.text.slice(end, end + 5)) ? partiesAfter(ctx, end, end + 40).find((p) => p.cue === "by") : undefined;
  if (!agent || !roles?.source || !roles.target) return roles;
  if (roles.target.code === agent.code) return { source: roles.target, target: roles.source };
  return roles.source.code === agent.code ? roles : { source: agent, target: roles.target };
}

/**
 * A change in the level of representation: the possessor's post where the words name one ("raise the level of A's
 * representation in B"), else the subject's with the other side.
 */
function representationRoles(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  // "Mexico's embassy there will be run by a chargé d'affaires": the post named before; its host after it, else the
  // place "there" points back to.
  if (CHARGE_RUNS.test(ctx.text.slice(start, end))) {
    const lead = ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start);
    const post = POST_BEFORE.exec(lead);
    if (!post) return null;
    const postAt = start - lead.length + post.index;
    const sender = partiesBefore(ctx, postAt).find((p) => postAt - p.end <= 4 && (p.via === "actor" || p.via === "pronoun"));
    const host = partiesAfter(ctx, postAt, start).find((p) => (p.cue === "in" || p.cue === "to") && p.code !== sender?.code)
      ?? (/\bthere\s*$/i.test(post[0]) ? partiesBefore(ctx, postAt).find((p) => (p.cue === "in" || p.cue === "from" || p.cue === "to") && (p.via === "actor" || p.via === "city") && p.code !== sender?.code) : undefined);
    return sender && host ? { source: sender, target: host } : null;
  }
  // "reduce the number of diplomatic staff of the Embassy of A in B": the post's sender and host.
  if (STAFF_OF.test(ctx.text.slice(start, end))) {
    const after = partiesAfter(ctx, end, clauseEnd(ctx, end));
    const sender = after.find((p) => p.start - end < 40 && (p.via === "actor" || p.via === "pronoun"));
    const host = sender && after.find((p) => p.start > sender.end && (p.cue === "in" || p.cue === "to") && (p.via === "actor" || p.via === "city") && p.code !== sender.code);
    return sender && host ? { source: sender, target: host } : null;
  }
  const owner = POSSESSIVE_IN.test(ctx.text.slice(start, end)) ? ctx.parties.find((p) => p.start >= start && p.end <= end && p.via === "actor") : undefined;
  const post = owner ? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => (p.cue === "in" || p.cue === "with" || p.cue === "to") && p.via !== "pronoun" && p.code !== owner.code) : undefined;
  if (owner && post) return { source: owner, target: post };
  // ("Riga would lower its diplomatic representation in Russia …, in solidarity with Estonia": the state the
  // representation is in, right after it, not one named later after "with".)
  if (ITS_REPRESENTATION.test(ctx.text.slice(start, end))) {
    const inState = partiesAfter(ctx, end, Math.min(ctx.sentence.end, end + 24)).find((p) => p.cue === "in" && (p.via === "actor" || p.via === "city") && IN_RIGHT_AFTER.test(ctx.text.slice(end, p.start)));
    const source = inState ? subjectBefore(ctx, start) : undefined;
    if (source && inState && source.code !== inState.code) return { source, target: inState };
  }
  // "A and B have raised their relations to the level of ambassadors": each side's representation in the other.
  const roles = dyad(ctx, start, end);
  // ("downgraded relations over the opening of a Taiwanese office in Vilnius": a state in the cause is no side.)
  if (roles?.target && roles.target.start > end && GRIEVANCE.test(ctx.text.slice(end, roles.target.start))) roles.target = undefined;
  if (roles?.source && !roles.target) roles.target = objectBeforeAnd(ctx, roles.source, start);
  // ("Beijing downgraded diplomatic relations to the level of chargé d'affaires on Nov. 21", no partner named: the
  // state the story is about, when it is another.)
  if (roles?.source && !roles.target && ctx.dominant && ctx.dominant !== roles.source.code && !ORGANISATIONS.has(ctx.dominant) && RELATIONS_ONLY.test(ctx.text.slice(start, clauseEnd(ctx, end)))) roles.target = party(ctx.dominant, start, end, "group", "");
  // ("the two countries announced they were raising diplomatic relations to ambassadorial level": so too a pair.)
  return roles?.source && roles.target && (THEIR.test(ctx.text.slice(start, end)) || (roles.source.via === "group" && roles.target.via === "group")) ? { ...roles, moreSources: [roles.target], reciprocal: true } : roles;
}
const THEIR = /\btheir\b/i;
// (Relations or ties lowered with no "with" after them.)
const RELATIONS_ONLY = /\b(?:relations|ties)\b(?![^.;]{0,30}\bwith\b)/i;
const OWN = /\btheir own\b/i;
const AND_BEFORE = /\band\s+$/i;

/**
 * "A expelled B's ambassador and downgraded ties": a verb joined by "and" with no side of its own acts towards the
 * first state the subject's verb before it acted on.
 */
function objectBeforeAnd(ctx: SentenceContext, subject: Party, start: number): Party | undefined {
  if (!AND_BEFORE.test(ctx.text.slice(Math.max(subject.end, start - 6), start))) return undefined;
  return partiesAfter(ctx, subject.end, start).find((p) => p.code !== subject.code && (p.via === "actor" || p.via === "official"));
}

/** Subject before the trigger acts on the first party after it (introduced by `cues` when given). */
const subjectObject =
  (cues?: string[]) =>
  (ctx: SentenceContext, start: number, end: number): EventRoles | null => {
    const source = subjectBefore(ctx, start);
    const target = objectAfter(ctx, end, cues, source?.code);
    return { source, target };
  };

const NOUN_VISITS_BEFORE = /\b(?:after|before|during|on|the|his|her|their|its|of|two|three|several|many|frequent|regular|official|state|recent|and|with)\s+$/i;

// The visit rule's departures, stops and welcomes (not "made a visit to", "was in").
// ("left Nairobi for Dar es Salaam": the place after "for", past the one left.)
const DEPARTURE = /^(?:(?:left|departed|departing) for|(?:left|departed) [^.;,]{1,40}? for|(?:left|departed)|(?:headed|heading) (?:to|for)|(?:made|makes|making) (?:an? )?(?:brief |short )?stopover in|stopped over in|stopped (?:off )?in|returned (?:home )?from|fl(?:ew|ies|ying) (?:back )?home from|(?:was|were) (?:warmly )?(?:welcomed|hosted|received) in)$/i;
// ("Peru's football team visited Chile", "Chilean opposition leader X visited Lima": a state's sportsmen, scholars or
// opponents of its government are not the state either.)
export const PRIVATE_PEOPLE_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+(?:and\s+)?){0,4}?(?:makers|exporters|importers|producers|manufacturers|traders|businessmen|businesspeople|investors|executives|entrepreneurs|companies|firms|tourists|fans|pilgrims|goods|exports|imports|products|(?:football|soccer|basketball|cricket|rugby|hockey|volleyball|tennis|olympic|sports?)\s+(?:teams?|squads?)|clubs?|players|athletes|artists|performers|orchestra|band|troupe|choir|scientists|researchers|academics|scholars|students|journalists|reporters|farmers|fishermen|nurses|doctors|medics|workers|labou?rers|migrants|refugees|teachers|engineers|nationals|expatriates|passengers|seafarers|opposition|rebels?|dissidents?|activists?|protesters|militants|insurgents)\b/i;
// ("a decision to quarantine passengers arriving from Daegu": travellers of a flight or a ship are no state's envoys.)
const PRIVATE_TRAVELLERS_BEFORE = /\b(?:tourists|travell?ers|holidaymakers|vacationers|visitors|pilgrims|fans|students|nationals|citizens|migrants|workers|passengers|evacuees|returnees|refugees|arrivals|foreigners|residents)\s+(?:who\s+(?:are\s+|were\s+)?)?$/i;
const BUSINESS_DELEGATION = /^\s+(?:[\w-]+\s+){0,2}?(?:industrial|business|trade|commercial|chamber|private[- ]sector|investment|investors'?|media|academic|university|student|youth|cultural|sports?)\s+(?:[\w-]+\s+)?(?:delegation|mission|team|group)s?\b/i;
const GOODS_BEFORE = /\b(?:goods|exports|imports|products|shipments?|cargo(?:es)?|consignments?|dollars|euros|tonnes|tons|barrels|doses)\b[^,;.]{0,25}$/i;
const SHOW_OBJECT = /^\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:exhibitions?|exhibits?|fairs?|expos?|displays?|showrooms?|pavilions?|stands?|factory|factories|plants?)\b/i;
/**
 * "in the desert city of Al-Ula in north-western Saudi Arabia, where the Emir of Qatar, Sheikh X, attended a summit":
 * the place a ", where" before the verb's subject points back at.
 */
function whereSubject(ctx: SentenceContext, start: number, subject: Party | undefined): Party | undefined {
  if (!subject) return undefined;
  const where = ctx.text.lastIndexOf(", where ", subject.start);
  if (where < ctx.sentence.start || start - where > 120) return undefined;
  return placeBeforeWhere(ctx, where + 8, (p) => (p.via === "city" || p.via === "actor") && p.code !== subject.code);
}

const ORDERED_TO = /\b(?:ordered|orders|ordering|told|tells|asked|asks|instructed|forced|urged|requested)\s+(?!(?:its|their|his|her)\s)[^.;]{1,200}?\bto\s+$/i;
/** "ordered A, B and C to withdraw …": other states than the subject ordered to withdraw their own envoys. */
function toldToWithdraw(ctx: SentenceContext, start: number): boolean {
  const before = ORDERED_TO.exec(ctx.text.slice(ctx.sentence.start, start));
  if (!before) return false;
  const from = ctx.sentence.start + before.index;
  const subject = subjectBefore(ctx, from);
  const told = ctx.parties.filter((p) => p.start > from && p.end < start && p.via === "actor");
  return told.length > 0 && told.every((p) => p.code !== subject?.code);
}

// An envoy named by title inside a recall's phrase ("ordered its ambassador and two attaches home from").
const ENVOY_TITLE = /\b(?:ambassador|envoy|high commissioner|charg[ée] d.affaires|diplomat)s?\b/i;

// A further envoy of one recall, after the first one's post: "…, and its chargé d'affaires in " (a list's own words before it).
const FURTHER_ENVOY = /^[^.;]*?(?:,\s+|\s)and\s+(?:also\s+)?(?:its|their)\s+(?:top\s+)?(?:ambassadors?|envoys?|high commissioners?|charg[ée]s? d['’]affaires|consuls?(?:[- ]general)?|heads? of mission)\s+(?:to|in)\s+(?:the\s+)?$/i;
// What opens a recall's grievance: "in protest at", "over", "citing", "amid".
const RECALL_CAUSE_IN = /\b(?:after|following|when)\b/i;
// "in protest at A's": the protested state's possessive right after the grievance's opening words.
// "informed the Iranian government that it was recalling its ambassador": the state told is the post's.
const TOLD_THAT = /\b(?:informed|told|notified|informing|telling|notifying|informs|tells|notifies)\s+((?:the\s+)?[A-Z][^.;,]{1,50}?)\s+(?:(?:on|last|this)\s+\w+\s+)?that\s+[^.;]{0,40}$/;
const PROTEST_AT_STATE = /^[^.;]{0,60}?\bin protest (?:at|against|over)\s+$/i;
const POSSESSIVE_AFTER = /^['’]/;
// The words that open a cause after a recall or a downgrade: a place named in it is no side ("recalled its envoy after
// Israeli forces killed …", "downgraded relations over the opening of a Taiwanese office").
const GRIEVANCE = /\b(?:in protest|protesting|over|citing|amid|because|after|following|in (?:response|reaction|retaliation|reply))\b/i;
const SENT_A_THING = /(?:minister|president|envoy|delegation|diplomat)s?(?:,[^,]{1,40},)?\s+(?:a|an|the|his|her|its|their)\s/i;
/** "sent its foreign minister, X, to Quito": the sending state's visit to the place its official is sent to. */
/** "The talks brought the ministers of A and B to C": each official (or state) brought, to the place after "to". */
function broughtTo(ctx: SentenceContext, end: number): EventRoles | null {
  const limit = Math.min(clauseEnd(ctx, end), end + 140);
  const target = partiesAfter(ctx, end, limit).find((p) => p.cue === "to" && (p.via === "city" || p.via === "actor"));
  const brought = target ? distinctParties(partiesAfter(ctx, end, target.start).filter((p) => p.via === "official" && p.code !== target.code)) : [];
  return target && brought.length ? { source: brought[0]!, target, moreSources: brought.slice(1) } : null;
}

function sentTo(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  const source = subjectBefore(ctx, start);
  const target = source ? partiesAfter(ctx, end, Math.min(clauseEnd(ctx, end), end + 80)).find((p) => p.cue === "to" && (p.via === "city" || p.via === "actor") && p.code !== source.code) : undefined;
  // (Not "sent its foreign minister a letter": the official receives; a thing goes.)
  return source && target && !SENT_A_THING.test(ctx.text.slice(end, target.start)) ? { source, target } : null;
}

// An envoy's title in a passive recall's subject, with what stands between it and the verb.
// ("announced his temporary recall": a noun whose envoy was named before.)
const HIS_RECALL = /\b(?:his|her)\s+(?:temporary\s+|immediate\s+)?$/i;
const ENVOY_TITLE_BETWEEN = /^\s+(?:acting\s+)?(?:Ambassador|High Commissioner|Envoy)\s+$/i;
const ENVOY_APPOSED = /\b(?:ambassador|envoy|high commissioner),\s+$/i;
const OWN_BETWEEN = /^['’]s\s+own$/i;
const ENVOY_TITLE_BEFORE = /(?:['’]s\s+|\s)(?:ambassador|envoy|high commissioner|diplomat)(s?)\b[^.;]{0,60}$/i;
// "signed … by the (military) governments (then in power) in A and B": the seats of the two sides.
export const SIGNED_BY_SEATS = /^[^.;]{0,40}?\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:governments|authorities|regimes)\s+(?:(?:then\s+)?in\s+power\s+)?in\s+(?=\p{Lu})/iu;
const PRESENTED_AFTER_RECEIVED = /\b(?:received|receives|receiving)\b[^;]*,\s+who\s+(?:also\s+)?(?:presented|presents|submitted|handed(?:\s+over)?)\s+(?:(?:her|him|them)\s+with\s+)?(?:an?\s+|the\s+)?$/i;
// "presented Minister X with copies of his credentials": the one presented with them receives them.
const PRESENTED_WITH = /\bpresent(?:ed|s|ing)\s+(?!(?:her|him|them)\s)[^,;]{2,80}?\s+with\s+(?:an?\s+|the\s+)?$/i;
// What joins the states of a list ("Spain, Norway and Ireland").
const CONCURRENT_POST = /\b(?:with concurrent accreditation|concurrently accredited|also accredited|with accreditation)\b[^.;]*?\bto\s|\bconcurrently (?:covering|responsible for)\s|\bwith (?:concurrent |non-resident )?jurisdiction over\s|,?\s+and\s+(?:as\s+)?(?:non-resident\s+)?(?:ambassador|high commissioner)\b(?=[^.;]{0,60}\bconcurrently\b)/i;
const PASSIVE_BEFORE = /\b(?:was|were|is|are|be|been|being)\s+(?:(?:[a-z]+ly|(?:once\s+)?again)\s+)?$/i;
const MET_NOT_GREETED = /^\s+(?:with\b|(?:[a-z]+ly\s+)?by\s+[a-z]+ing\b)/;
const MEDIA_AFTER = /^\s*(?:to\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:News|Times|Post|Herald|Radio|Television|TV|Daily|Gazette|Tribune|Journal|Observer|Agency|Press|Broadcasting|Channel)\b/;
const ENVOY_TO = /\b(?:ambassador|envoy|high commissioner|charg[ée] d.affaires|nuncio)(?:[- ]designate)?(?:\s+of\s+(?:the\s+)?[^,;]{1,50}?)?\s+to\s+(?:the\s+)?$/i;
// ("co-chaired the summit in Port Moresby", "laid a wreath at the memorial in Hanoi": what was done in a place.)
// ("speaking in Paris after talks", "told reporters in Juba", "said at a news conference in Nairobi": a person's words
// said in a place put them there.)
const SPOKE_WORDS = "speaking|told|telling|brief|at a|during a";
const SPOKE_IN = new RegExp(`^(?:${SPOKE_WORDS})`, "i");
const PRESENT_AT = new RegExp(String.raw`^(?:${SPOKE_WORDS}|attend|addressed|represented|(?:his|her|their) stay|(?:is|was|are|were) staying|t(?:ook|akes?|aking) part|participat|(?:co-?)?chaired|co-?hosted|laid)`, "i");
// "Leaders attending the summit in Nairobi included X and Y": the attendees follow the place.
const ATTENDEES_FOLLOW = /^[^;]{0,80}?\b(?:included|include|including|were|are|among them)\s/i;
const ATTENDEE_GROUP = /\b(?:leaders|heads of (?:state|government)|presidents|prime ministers|ministers|dignitaries|officials|guests|those)\s+(?:who\s+)?$/i;
const NOT_PRESENCE = /^\s*(?:(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:university|college|school|academy|seminary|mass|church|classes|course|lectures?)\b)/i;
// "to the (Arab League) summit in ": a gathering, then its place.
const GATHERING_IN = /^\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,5}(?:summit|conference|meeting|talks|forum|ceremony|inauguration|funeral|celebrations?|session|dialogue|negotiations)\s+(?:in|at)\s+$/i;
// ("X, who attended alongside her, called it a historic day and said Y would open an embassy in Z": a relative clause
// of attending ends at its comma, and a place past it is not where X was.)
const WHO_BEFORE = /,\s+who\s+(?:also\s+)?$/i;
/** The place a gathering was held at, said after the first place named (see HELD_AT_AFTER), else that first place. */
function heldAt(ctx: SentenceContext, first: Party | undefined, source: Party | undefined): Party | undefined {
  if (!first) return first;
  const held = ctx.parties.find((p) => p.start > first.end && (p.via === "city" || p.via === "actor") && p.code !== source?.code && p.code !== first.code && HELD_AT_AFTER.test(ctx.text.slice(first.end, p.start)));
  return held ?? first;
}

// ("attended the Summit on Peace in Ukraine, held at a resort near Lucerne, Switzerland": a place in the gathering's name
// is its topic; where it was held is said after.)
const HELD_AT_AFTER = /^[^.;]{0,40}?,?\s+(?:held|hosted|staged|taking place|which took place|that took place)\b[^.;]{0,80}?\b(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}(?:[\w'’-]+,\s+)?$/i;
const UN_VENUE = /\b(?:United Nations|UN|U\.N\.|General Assembly|UNGA|Security Council|Human Rights Council)\b/;
// What follows the person a call is placed to: the clause's end, "and", a day, a purpose; not a predicate ("a liar").
const CALLED_PERSON_AFTER = /^(?:\s*[.,;:]|\s*$|\s+(?:and|on|to|from|in|at|late|early|earlier|last|this|after|before|about|over|shortly|again|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/;
// Between "called" and the person: their title, capitalised, or "his counterpart", "the emir of …" (not "called for talks with").
const CALLEE_TITLE = /^\s*(?:(?:his|her|their|the|counterpart|emir|king|president|prime|foreign|minister|crown|prince|sheikh|secretary|chancellor|premier|of|[\p{Lu}][\p{L}'’.-]*),?\s+)*$/u;
// "met at Jomo Kenyatta International Airport by", "met on the tarmac by", "met on arrival by": a welcome, where one lands.
const FOR_TALKS = /^[^.;]{0,70}?\bfor (?:talks|a meeting|discussions)\b/i;
const MET_ON_ARRIVAL = /^\s+(?:(?:at|on)\s+(?:the\s+)?(?:[^\s,;.]+\s+){0,5}(?:airport|airfield|air base|tarmac|runway|steps)|(?:on|upon)\s+(?:(?:his|her|their)\s+)?(?:arrival|landing))\b/i;
// "received by X", past where and when: "at State House", "on Monday", "yesterday".
// "received the same evening by X", "later that day by X": a time of its own, after the arrival.
const LATER_AUDIENCE = /^\s+(?:the same (?:day|evening|afternoon|morning|night)|later (?:that|the same) (?:day|evening|afternoon|morning)|(?:that|in the) (?:evening|afternoon|morning))\b/i;
const RECEIVED_BY = /^\s+(?:(?:yesterday|today|earlier|later)\s+|(?:the same|later that|later the same|that|in the) (?:day|evening|afternoon|morning|night)\s+|on\s+(?:[\w,]+\s+){1,3}?)?(?:(?:at|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4})?by\b/i;
const TRANSIT_AFTER = /^\s+(?:(?:down\s+)?(?:in|at)\s+)?[^.;,]{1,40}?\s+(?:before (?:travell?ing|flying|continuing|going|heading|driving) on\b|en route to\b|in transit\b)/i;
const ARRIVAL = /\b(?:airport|airfield|air (?:force )?base|tarmac|(?:on|upon) (?:(?:his|her|their) )?(?:arrival|landing)|arrived|arriving|landed)\b/i;
// "…, expelling 22 diplomats", "…, expelling dozens of its staff": envoys the phrase gives no state of.
const UNNAMED_ENVOYS_AFTER = /^\s+(?:(?:all|some|most|the|its|their|\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?:of\s+(?:its|their|the)\s+)?(?:[\w-]+\s+){0,2}(?:diplomats|diplomatic staff|envoys|embassy staff|staff members|staff)\b/i;
// A visit named as a noun with its place, the visitor after it: "a visit to Santiago by Vietnam's Bui Son".
const VISIT_TO_BY = /(?:^|\s)(?:visits?|trip|tour) (?:to|of)$/i;
// "… during a visit by X", "… on the occasion of a visit by X": the visit is the occasion of the clause before it.
const DURING_BEFORE = /\b(?:during|on the occasion of|in the course of|amid)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$/i;

const TIME_THEN_BY = /^(?:\s+(?:earlier|later|early|late|last|this|that|on|in)\b[^,;.]{0,25}?)?\s+by\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4}$/;
function visitorAfterPlace(ctx: SentenceContext, end: number): EventRoles | undefined {
  const limit = clauseEnd(ctx, end);
  const place = partiesAfter(ctx, end, limit).find((p) => p.start <= end + 2 && (p.via === "city" || p.via === "actor"));
  // ("a trip to Doha earlier this month by Foreign Minister X": past a time, and a title, between.)
  const visitor = place ? partiesAfter(ctx, place.end, limit).find((p) => p.cue === "by" && (p.start - place.end <= 8 || TIME_THEN_BY.test(ctx.text.slice(place.end, p.start))) && (p.via === "official" || p.via === "actor")) : undefined;
  return place && visitor && visitor.code !== place.code && !visitor.envoy ? { source: visitor, target: place } : undefined;
}

const OPENING_PHRASE = /^\W*(?:(?:[A-Z][a-z]+ing|During|On|While|After|Before|In|At|Ahead of|Following|As part of|Upon)\b[^,;]{0,40})?$/;
// "During a meeting with", "After talks with", "Following his meeting with": talks named before the clause's subject.
// ("Speaking after talks with X, Y said": so too after a participle of saying.)
// ("In Tokyo, after talks with X, he signed": past a place opening the sentence.)
const TALKS_OPENING = /^\W*(?:[A-Z][A-Z .'’-]{1,30}[—–-]+\s*)?(?:(?:During|After|Following|Before|Ahead of|At|In|Upon|(?:Speaking|Talking|Writing) (?:[\w'’-]+ ){0,3}?(?:after|following))|(?:In|At) \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}, (?:during|after|following|before|ahead of|upon))\s+(?:[\w'’-]+\s+){0,4}$/u;
// ("Speaking on Monday after talks with X, Y said": a participle dated before its "after".)
// ("After meeting his Omani counterpart, X said": a bare "meeting" opening the sentence after "After" too.)
const TALKS_IN_WITH = /^ (?:in|at) (?:[^\s,;.]+ ){1,3}?with /i;
// ("Talking to the Uzbek ambassador after the ceremony, the President said": so too a participle opening the sentence.)
const TALKS_WITH = /^(?:meetings? with|met with|talks with|discussions with|meeting|(?:talking|speaking) (?:to|with)|conversations? with)$/i;
// What the closing comma's next party is followed by when the list of those met goes on ("with Peru, Chile and Bolivia").
const LIST_ON = /^(?:,|\s+and\s|\s+&\s)/;

/**
 * "During a meeting with the foreign ministers of Peru and Chile, Norway agreed …", "After talks with A and B, C said":
 * talks named before the sentence's subject are the subject's with each one the opening phrase lists (not A with B).
 */
function talksBeforeSubject(ctx: SentenceContext, start: number, end: number, m: RegExpExecArray): EventRoles | null | undefined {
  const lead = ctx.text.slice(ctx.sentence.start, start);
  if (!TALKS_WITH.test(m[0]) || !(TALKS_OPENING.test(lead) || /^\W*$/.test(lead))) return undefined;
  if (ctx.parties.some((p) => p.end <= start && p.start >= ctx.sentence.start && p.via !== "city" && p.cue !== "dateline" && p.cue !== "in" && p.cue !== "at")) return undefined;
  // The comma that closes the opening phrase: the first one no further member of the list follows.
  let comma = -1;
  for (let at = ctx.text.indexOf(",", end); at >= 0 && at < ctx.sentence.end; at = ctx.text.indexOf(",", at + 1)) {
    const next = ctx.parties.find((p) => p.start > at);
    if (!next || next.start > ctx.sentence.end || !/^\s+(?:the\s+)?$/.test(ctx.text.slice(at + 1, next.start)) || !LIST_ON.test(ctx.text.slice(next.end, next.end + 5))) {
      comma = at;
      break;
    }
  }
  if (comma < 0) return undefined;
  const source = partiesAfter(ctx, comma + 1, clauseEnd(ctx, comma + 2)).find((p) => p.via !== "city" && !PREPOSITIONS_OF_PLACE.has(p.cue) && p.cue !== "with" && p.cue !== "of");
  if (!source) return undefined;
  const met = distinctParties(partiesAfter(ctx, end, comma).filter((p) => p.via !== "city" && p.cue !== "in" && p.cue !== "at" && p.code !== source.code));
  return met[0] ? { source, target: met[0], moreTargets: met.slice(1) } : null;
}

/**
 * "After nearly three hours of talks, the two leaders said …", "Following the talks, A and B signed …": bare talks
 * opening the sentence are the pair the clause after the comma opens with.
 */
function talksBeforePair(ctx: SentenceContext, end: number, m: RegExpExecArray): EventRoles | undefined {
  if (m[0].toLowerCase() !== "talks" || ctx.text.charCodeAt(end) !== 44) return undefined;
  const first = partiesAfter(ctx, end, clauseEnd(ctx, end + 1))[0];
  if (!first || !/^,\s+(?:the\s+)?$/.test(ctx.text.slice(end, first.start))) return undefined;
  const other = first.via === "group" ? ctx.parties.find((p) => p.via === "group" && p.start === first.start && p.code !== first.code) : first.via === "actor" || first.via === "official" ? partnerOf(ctx, first) : undefined;
  return other && other.code !== first.code ? { source: first, target: other } : undefined;
}

// The meeting rule asks which verb matched a dozen times a match: read by character, as the patterns' i flag reads it
// (no u flag: only ASCII letters fold), not by a regex run each time.
const JOINED = ["joined"];
// "visiting the Polish capital for ": the journey whose talks the trigger after it names (the verb is group 1).
const VISITED_FOR = /\b((?:visiting|visited|travell?ed to|flew to|came to) )[^.;,]{1,60}? for $/i;
const VISITING = ["visiting"];
const WELCOMED = ["welcomed"];
// Between "welcomed" and the guest's name: a title, or "his counterpart" (not "welcomed the decision of").
const GUEST_TITLE = /^\s*(?:(?:his|her|their|the|visiting|counterpart|of|[\p{Lu}][\p{L}'’.-]*),?\s+)*$/u;
// Where a welcome puts the guest in the host's state: the airport, on arrival (the place then names it, if at all).
const GUEST_ROLE_AFTER = /^\s+(?:counterpart|president|prime minister|premier|chancellor|foreign minister|minister|king|queen|emir|crown prince|vice[- ]president|leader|head of state|delegation)\b(?!['’]s\b)/i;
const ON_ARRIVAL = /\b(?:airport|airfield|air base|tarmac|on (?:his |her |their )?arrival|upon (?:his |her |their )?arrival)\b/i;

/**
 * "X welcomed Y to Baghdad", "welcomed Y in Riyadh", "Y was welcomed by X at Baghdad airport": the guest came to where
 * the welcome was (the host's state when no place is named but an arrival); a welcome alone is no talks (SCHEMA.md).
 */
function welcomedGuest(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  const limit = clauseEnd(ctx, end);
  let guest: Party | undefined;
  let host: Party | undefined;
  if (PASSIVE_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start))) {
    guest = subjectBefore(ctx, start);
    host = partiesAfter(ctx, end, limit).find((p) => p.cue === "by" && (p.via === "official" || p.via === "actor"));
  } else {
    host = subjectBefore(ctx, start);
    // (A person, or a state's title without a name: "his Ugandan counterpart"; not "welcomed President X's decision".)
    // (Past the "his" of "his Ugandan counterpart", which is the host's.)
    const named = partiesAfter(ctx, end, limit).find((p) => (p.via === "official" || p.via === "actor") && p.start - end <= 60 && !POSSESSIVE_PRONOUN.test(ctx.text.slice(p.start, p.end)));
    const person = named && (named.via === "official" || GUEST_ROLE_AFTER.test(ctx.text.slice(named.end, named.end + 30)));
    if (named && person && GUEST_TITLE.test(ctx.text.slice(end, named.start)) && !/^['’]s\b/.test(ctx.text.slice(named.end, named.end + 3))) guest = named;
  }
  if (!guest || guest.envoy || isResident(guest) || guest.via === "city") return null;
  // Where the welcome was, else the host's state when it was on arrival.
  const place = partiesAfter(ctx, Math.max(guest.end, end), limit).find((p) => ["to", "in", "at"].includes(p.cue) && (p.via === "city" || p.via === "actor"));
  const target = place ?? (host && host.via !== "city" && ON_ARRIVAL.test(ctx.text.slice(end, limit)) ? host : undefined);
  return target && target.code !== guest.code ? { source: guest, target } : null;
}
// (So too right after a verb or preposition of meeting, with no article: "met with visiting Brazilian Vice President X".)
// ("conveyed the decision to visiting Solomon Islands Foreign Minister X": so too after "to".)
const GUEST_ARTICLE = /\b(?:the|a|an|to|met|meets|with|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes|welcoming|greeted) $/i;
const RECEIVING = ["received", "receives", "receiving"];
// Between "visit to" and its place: at most two words, none of them a preposition ("to give … to relations with Chile").
const NEAR_PLACE = /^\s*(?:(?!(?:with|between|to|of|for|and|on)\b)[\w'’-]+\s+){0,2}$/i;
// (In either order: the two alternations matched the same words.)
const HOSTING = ["hosted", "hosts", "hosting", "received", "receives", "receiving"];
const RECEIVED = ["received"];
const MET = ["met"];
const HOSTED = ["hosted"];
const DISCUSSED = ["discussed", "conferred"];

/** Whether `text` is one of `words` (lower-case letters) in any case: what /^(?:a|b)$/i tests. */
function isOneOf(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.length === w.length && spellsAt(text, 0, w)) return true;
  return false;
}

// "withdrew its decision to", "reversed the order to": the act named next undone before it was done.
const UNDONE_DECISION = /\b(?:withdr(?:ew|aw|awn|awing)|revers(?:ed|es|ing)|rescind(?:ed|s|ing)|revok(?:ed|es|ing)|overturn(?:ed|s|ing)|cancell?(?:ed|s|ing)|annull?(?:ed|s|ing)|suspend(?:ed|s|ing)|(?:went|goes|going) back on) (?:its|their|the|his|her|an? |last [\w-]+'s )?(?:[\w-]+ )?(?:decision|order|move|plan|threat|ruling) (?:to )?$/i;

// "Wang's five-nation tour, which", "his trip": the traveller's possessive before the tour's noun ("his" is a party itself).
const TOUR_OWNED = /(?:['’]s|\b(?:his|her))\s+(?:[\w-]+\s+){0,3}(?:tour|trip|journey),?\s+(?:(?:that|which)\s+)?(?:(?:has|had)\s+)?$/i;

// "for the post", "for the ambassadorship": an envoy's post named by its noun; then, for FOR_POST_IN, by its town.
const FOR_THE_POST_WORDS = String.raw`for the (?:(?:top )?(?:diplomatic )?(?:post|job|position)|ambassadorship)`;
const FOR_POST_IN = new RegExp(String.raw`\b${FOR_THE_POST_WORDS} (?:in|at) (?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?=[A-Z])`, "i");
const FOR_THE_POST = new RegExp(String.raw`^(?:[^.;]|(?<=\b[A-Z])\.){0,200}?\b${FOR_THE_POST_WORDS}\b`, "i");

/** Where the clause of a verb ends: at the comma closing a relative clause (", who attended …,"), else clauseEnd. */
function relativeEnd(ctx: SentenceContext, start: number, end: number): number {
  const limit = clauseEnd(ctx, end);
  if (!WHO_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start))) return limit;
  const comma = ctx.text.indexOf(",", end);
  return comma >= 0 && comma < limit ? comma : limit;
}

export const EVENT_RULES: EventRule[] = [
  {
    id: "event.visit",
    keywords: ["brought", "visit", "among", "arriv", "landed", "touched", "travel", "tour", "trip", " was in", " were in", "back", "been", "spent", "attend", "addressed", "stay", "reached", "flew", "flown", "flies", "flying", "jet", " came to", " comes to", " coming to", "joined", "went", " part in", "participat", "left", "departed", "departing", "headed", "heading", "stopover", "stopped", "stop", "layover", "returned", "welcomed", "hosted", "received", "chaired", "wreath", "speaking", "reporters", "journalists", "conference", "delegation", "sent", "sending", "crossed", "sweep", "swing", "journey", "accompan"],
    // (Each alternative's own words, with the context that rules most mentions out: "reached 5 million", "expected to
    // travel to", "the visit reflected" hold keywords but match nothing. No "\b" in front: it makes the test dearer.)
    gate: /brought [^.;]{1,120}? to [A-Z]|(?:returned|reciprocated) (?:the|that|this) visit|(?:visit|travel to|fly to|arrive in|attend) [A-Z]|[Aa]mong the |accompan(?:ied|ying)\b|(?:has|have) been in(?= [A-Z])|(?:starting|beginning|ending|concluding) in(?= [A-Z])|stepped off|crossed (?:over )?into|sen(?:t|ding) |attend|addressed|represented|stay|part in|participat|reached(?= [A-Z])|(?:came|comes|coming|went|goes|going) to(?= [A-Z])|(?:left|departed|departing) for(?= [A-Z])|(?:left|departed) [A-Z][^.;]{0,100}? (?:bringing to an end|ending|concluding|wrapping up|capping|rounding off) |(?:left|departed) [A-Z][^.;,]{0,40}? for [A-Z]|(?:headed|heading) (?:to|for)(?= [A-Z])|stop(?:over|ped over) in(?= [A-Z])|(?:stop|layover) in(?= [A-Z])|stopped (?:off )?in(?= [A-Z])|returned (?:home )?from(?= [A-Z])|fl(?:ew|ies|ying) (?:back )?home from(?= [A-Z])|returned to(?= [A-Z])|(?:welcomed|hosted|received) in(?= [A-Z])|welcomed (?:the |his |her )?[A-Z]|welcomed by|(?:visit|trip) by |chaired|co-?hosted|laid (?:a )?wreath|visit(?:ed|ing|s?["”]? (?:to|in|paid by|made by|ever made|that|which)| of|s (?=[A-Z]))|to\s+visit(?= [A-Z])|(?:is|are) in(?= [A-Z])|(?:was|were) (?:back )?in|, in [A-Z][^.;,]{0,40}? (?:on|for) |had been in(?= [^.;,]{1,40}? (?:for (?:talks|meetings?|an? |the |his |her |their )|on (?:an? |his |her |their )(?:[\w-]+ ){0,3}visit\b))|spent|arriv|landed|touched down|travel(?:l?ed|s) to|fl(?:ew|own|ies|ying) |jet(?:ted|s|ting) (?:off |in )?(?:to|into) [A-Z]|toured|trips? to|tour of|took|taken|(?:started|began|kicked off) in(?= [A-Z])|joined|speaking (?:to (?:reporters|journalists) )?in|(?:reporters|journalists|conference) in|delegations? to/i,
    type: "visit",
    // ("a sweep through six capitals, starting in Dakar on December 20 and ending in Conakry": each end of a tour.)
    // (A lookbehind opening an alternative is tried at every word, before the word it guards: "(?=taken|took)" and
    // "(?=visit)" in front of the two lookbehinds rule them out first at the few words they could match.)
    pattern: /\bbrought(?= [^.;]{1,120}? to (?:the )?[A-Z])|\b(?:returned|reciprocated)(?= (?:the|that|this) visit\b)|\b(?=visit|travel|fly|arrive|attend)(?<=^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:[-–]\d{1,2})?(?:, \d{4})?|\d{1,2}(?:[-–]\d{1,2})? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?: \d{4})?)(?: (?:to|-|–) [\w .,]{1,20}?)? [-–—:] [^.;]{1,160}?)(?:visit|travel to|fly to|arrive in|attend)(?= (?:the )?[A-Z])|\b[Aa]mong the (?:[\w-]+ ){0,3}(?:guests|dignitaries|attendees|visitors|foreign leaders|heads of state)\b(?=[^.;]{0,80}?\b(?:were|was|included)\b)|\b(?=starting|beginning|ending|concluding)(?<=\b(?:tour|sweep|trip|swing|journey)\b[^.;]{1,120}?)(?:starting|beginning|ending|concluding) in(?= [A-Z])|\b(?:stepped off (?:the |a |his |her )?(?:plane|aircraft|jet) (?:in|at)|crossed (?:over )?into(?= [A-Z])|(?:sent|sending)(?= (?:its |their |the |an? )?(?:top diplomat|(?:[\w-]+ ){0,2}(?:minister|president|vice-president|envoy|delegation)s?\b))|attended|attends|attending|addressed|represented(?= [^.;]{1,80}? at (?:the|a|an|his|her|their) [^.;]{1,60}? in [A-Z])|(?:took|takes|taking|take) part in|participat(?:ed|es|ing) in|(?:his|her|their) stay in|(?:is|was|are|were) staying in|reached(?= [A-Z])|(?:came|comes|coming|went|goes|going) to(?= [A-Z])|(?:left|departed|departing) for(?= [A-Z])|(?:left|departed)(?= [A-Z][^.;]{0,100}?,? (?:bringing to an end|ending|concluding|wrapping up|capping|rounding off) (?:an? |his |her |their |the )?(?:[\w-]+ ){0,3}visit\b)|(?:left|departed) (?=[A-Z])[^.;,]{1,40}? for(?= [A-Z])|(?:headed|heading) (?:to|for)(?= [A-Z])|(?:(?:made|makes|making) (?:an? )?(?:brief |short )?stopover|stopped over) in(?= [A-Z])|(?<=\b(?:during|on) (?:a|his|her|their) (?:brief |short |[\w-]+-day )?)(?:stop|stopover|layover) in(?= [A-Z])|stopped (?:off )?in(?= [A-Z][^.;]{0,40}?\b(?:for (?:talks|a |an |the )|where|en route|on (?:his|her|their|its|the|a) way)\b)|returned (?:home )?from(?= [A-Z])|fl(?:ew|ies|ying) (?:back )?home from(?= [A-Z])|returned to(?= [A-Z][^.;]{0,60}?\bfor (?:the first time|(?:a |his |her |their )?(?:second|third|fresh|new|further|another|return) (?:visit|trip)|(?:fresh |further |more )?talks)\b)|(?<=\breturned (?:home )?(?:on \w+ |last \w+ |this \w+ )?from (?:a|an|his|her|their) (?:[\w-]+ ){0,2})(?:trip|visit|tour|journey) to(?= [A-Z])|(?:was|were) (?:warmly )?(?:welcomed|hosted|received) in(?= [A-Z])|(?:co-?)?chaired|co-?hosted|laid (?:a )?wreaths?|visited|visiting|(?<=\b(?:[A-Z][\w'’-]*|he|she|they|who)(?:,[^,;.]{1,80},)? )visits(?= [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:and|on|for|to|in|this|next|last|at)\b|[,.;]))|(?:paid|made|makes|making) (?:an? |his |her |their )?(?!(?:frequent|regular|numerous|repeated|many|countless)\b)(?:[\w-]+ ){0,3}(?:visits?|trips) to|(?=visit|trip)(?<=\b(?:first|first-ever|second|third|historic|rare|only|latest) (?:ever )?)(?:visit|trip) by (?:an? |the )?(?:sitting |serving )?(?:[\w-]+ ){1,4}?to(?= (?:the )?[A-Z])|spent (?:[\w-]+ ){0,2}(?:days?|weeks?|nights?|weekend|morning|afternoon|evening|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) (?:in|touring|visiting|shuttling between|travell?ing (?:through|between|to))|(?:official|state|working|private|first|second|historic|[\w]+-day|brief|maiden|landmark|weekend|surprise|unannounced|controversial|recent|official working|own|last|previous|latest|earlier|his|her|their|a|the|'s|’s) visits?["”]? (?:to|in)|visit of|visits? (?:ever )?(?:paid|made) by|(?<=\b(?:the|a|his|her|this|[\w]+-day|state|official|working) )visit by(?= )|welcomed(?= (?:the |his |her )?[A-Z]| by\b)|visits? (?:that|which)(?= (?:[\w'’.-]+ ){1,6}(?:paid|made) to\b)|(?:arrived|arrives|arriving)(?: (?:today|yesterday|earlier|here|there|on \w+))?(?: (?:in|at|to))?|landed in|(?:touched down|landed)(?= (?:at|in|on|this|late|early|last|yesterday|today|here|there|shortly|just)\b|[,.])|travel(?:l?ed|s) (?:together |jointly |separately )?to|fl(?:ew|own|ies|ying) (?:in |on |together )?(?:to|into)|jet(?:ted|s|ting) (?:off |in )?(?:to|into)(?= [A-Z])|fl(?:ew|own|ies|ying) (?:back |home )?from [^.;,]{1,40}? to(?= [A-Z])|speaking (?:to (?:reporters|journalists) )?in(?= [A-Z])|(?:told|telling|briefed|briefing) (?:reporters|journalists|a (?:joint )?(?:news|press) conference) in(?= [A-Z])|(?:at|during) a (?:joint )?(?:news|press) conference in(?= [A-Z])|led (?:an? |the |(?:his|her|their|its) )?(?:[\w'’-]+ ){0,3}?delegations? to|fl(?:ew|own) in(?= (?:as|for|on|this|last|late|early|yesterday|today|from) |[,.])|toured|trip to|tour of|(?<!\bwas |\bwere )accompan(?:ied|ying)(?= (?!by\b)[^.;,]{1,60}? to (?:the )?[A-Z])|(?:was|were) (?:back )?in(?! (?:line|charge|touch|favou?r|contact|power|office|breach|place|effect|force|doubt|question|danger|store|session|talks|mourning|shock|turmoil|crisis|(?:the|our|its|their|his|her) (?:(?:best|national|mutual|common|own) )?interests?)\b)|had been in(?= [^.;,]{1,40}? (?:for (?:talks|meetings?|an? |the |his |her |their )|on (?:an? |his |her |their )(?:[\w-]+ ){0,3}visit\b))|(?<=\b(?:who|[Ss]he|[Hh]e|[Tt]hey) )(?:has|have) been in(?= [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} since (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last)\b)|(?:is|are) in(?= [A-Z][^.;]{0,40}\bon (?:an? |his |her |their )?(?:[\w-]+ ){0,3}visit\b)|(?<=\w, )in(?= [A-Z][^.;,]{0,40}? (?:on|for) (?:an? |his |her |their )?(?:[\w-]+ ){0,3}(?:visit|trip|tour)\b)|(?=taken|took)(?<=\b(?:tour|trip|journey|visits)\b[^.;]{0,30}?\b(?:that|which)\s+(?:[^.;]{1,60}?\s+and\s+)?(?:also\s+)?(?:has\s+|had\s+)?(?:also\s+|already\s+)?)(?:taken|took)|(?=started|began|kicked)(?<=\b(?:tour|trip|journey)\b,?\s+(?:(?:that|which)\s+)?(?:(?:has|had)\s+)?)(?:started|began|kicked off) in(?= [A-Z])|(?=visit)(?<=\b(?:became|becomes|become|is|was)\s+the\s+(?:first|most senior|highest-ranking|[a-z]+est)\b(?:[^.;,]|(?<=\b[A-Z])\.){0,40}?\bto\s+)visit(?= [A-Z])|joined(?= [^.;]{1,150}? in [A-Z][^.;]{0,60}? for (?:an? |the |their )?(?:[\w-]+ ){0,3}(?:summit|talks|meeting|conference|ceremony|celebrations?)\b))\b/gi,
    roles(ctx, start, end, m) {
      // ("X returned the visit in February 2022": to the state of the visitor told before, in rule-events.ts.)
      if (/^(?:returned|reciprocated)$/i.test(m[0])) {
        const source = subjectBefore(ctx, start);
        return source && source.via !== "city" ? { source, target: undefined } : null;
      }
      // ("X visits Doha and meets …": a timeline's present tense, before a place's capital only; the pattern, read without
      // regard to case, cannot tell "visits Doha" from "visits to".)
      if (m[0].length === 6 && /^visits$/i.test(m[0]) && (!isAsciiUpper(ctx.text.charCodeAt(end + 1)) || NOUN_VISITS_BEFORE.test(ctx.text.slice(Math.max(0, start - 12), start)))) return null;
      // ("a career diplomat who arrived in the country in October 2021 to lead an advance team": one come to take up a
      // post there, no visitor.)
      if (TO_TAKE_UP_POST.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 90)))) return null;
      // "Among the guests who sat through the delay were King X of A, B's President Y and Z of C": each guest at the
      // ceremony the story is set at came to its state (SCHEMA.md: presence at a ceremony abroad is a visit).
      if ((m[0].charCodeAt(0) | 32) === 97 && /^among the/i.test(m[0])) return guestsAmong(ctx, end);
      // ("Libya's prime minister visited the Palestinian embassy in Tripoli": a foreign post at home, no journey abroad.)
      if (/^visit(?:ed|ing)$/i.test(m[0])) {
        const post = POST_AT_HOME.exec(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 80)));
        const town = post ? ctx.parties.find((p) => p.start === end + post[0].length) : undefined;
        const visitor = town ? subjectBefore(ctx, start) : undefined;
        if (town && visitor && town.code === visitor.code) return null;
      }
      // ("several thousand Tunisians who had travelled to fight in Syria": people, no state's official.)
      if (PEOPLE_WHO_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) return null;
      // ("were detained after the aircraft landed": a craft no one's, no visitor.)
      if (/^(?:landed|touched)/i.test(m[0]) && CRAFT_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start))) return null;
      // ("left A on Wednesday and landed in Frankfurt before travelling on to Vilnius": a stop on the way, no visit.)
      if (/^(?:landed|touched|arriv)/i.test(m[0]) && TRANSIT_AFTER.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 90)))) return null;
      // "Ramaphosa, in Washington on a working visit, met …": only a place named right after "in" (the pattern is
      // case-blind, so "in an interview on his trip" matches it too).
      if (m[0] === "in" && !partiesAfter(ctx, end, clauseEnd(ctx, end)).some((p) => p.start === end + 1 && (p.via === "city" || p.via === "actor"))) return null;
      // "X on Sunday joined Y and Z in Baghdad for a summit": the place of the gathering.
      if (/^joined$/i.test(m[0])) {
        const source = subjectBefore(ctx, start);
        const place = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "in" && (p.via === "city" || p.via === "actor"));
        return source && place && place.code !== source.code ? { source, target: place } : null;
      }
      // "Kenya's tour, which started in Lima on Tuesday": the tour's owner, where it started.
      if (/^(?:started|began|kicked)/i.test(m[0])) {
        const lead = ctx.text.slice(Math.max(ctx.sentence.start, start - 80), start);
        const owned = TOUR_OWNED.exec(lead);
        const at = owned ? start - lead.length + owned.index : -1;
        const traveller = owned ? ctx.parties.find((p) => (p.via === "official" || p.via === "pronoun") && p.start <= at && p.end >= at - 1) : undefined;
        const place = traveller ? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "in" && (p.via === "city" || p.via === "actor") && p.code !== traveller.code) : undefined;
        return traveller && place ? { source: traveller, target: place } : null;
      }
      // "a tour that has taken Araghchi this month to Beirut, Damascus and Riyadh": the one taken, to each place.
      // ("a tour which started in A on Tuesday and has also taken him to B and C": so too after a clause on its start.)
      // ("the third leg of his tour, which has already taken him to A and B": so too with "already".)
      if (/^(?:taken|took)$/i.test(m[0])) {
        const limit = clauseEnd(ctx, end);
        const traveller = partiesAfter(ctx, end, limit).find((p) => (p.via === "official" || p.via === "actor" || p.via === "pronoun") && p.cue !== "to");
        const place = traveller ? partiesAfter(ctx, traveller.end, limit).find((p) => p.cue === "to" && p.code !== traveller.code) : undefined;
        return traveller && place ? { source: traveller, target: place } : null;
      }
      // "attended the inauguration in Buenos Aires", "addressed the summit in Manama": present where the place says, not
      // at the UN's seats (SCHEMA.md), and only where a place is named.
      if (PRESENT_AT.test(m[0])) {
        // ("took part in the summit hosted by Cairo": the host of the gathering is where it was.)
        const isPlace = (p: Party) => (p.via === "city" || p.via === "actor") && (p.cue === "in" || p.cue === "at" || (p.cue === "by" && HOSTED_BY_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 16), p.start))));
        // "The ceremony in Lima was attended by X": the agent went to the place named before.
        const passive = /\b(?:was|were|been|being)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 8), start));
        const isVisitor = (p: Party) => !p.envoy && !isResident(p);
        // "was attended by A, B and C", "Leaders attending the summit in Nairobi included A and B": each one present.
        const group = !passive && ATTENDEE_GROUP.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start)) && !subjectBefore(ctx, start);
        let attendees: Party[] = [];
        if (passive) attendees = partiesAfter(ctx, end, clauseEnd(ctx, end)).filter((p) => p.cue === "by" || p.via === "official");
        else if (group) {
          const place = partiesAfter(ctx, end, clauseEnd(ctx, end)).find(isPlace);
          const follow = place ? ATTENDEES_FOLLOW.exec(ctx.text.slice(place.end, ctx.sentence.end)) : null;
          if (place && follow) attendees = partiesAfter(ctx, place.end + follow.index + follow[0].length).filter((p) => p.via === "official");
        }
        const source = passive || group
          ? attendees[0]
          : (subjectBefore(ctx, start) ?? (OPENING_PHRASE.test(ctx.text.slice(ctx.sentence.start, start)) ? partiesAfter(ctx, ctx.text.indexOf(",", end) + 1).find((p) => p.via === "official" || p.via === "actor") : undefined));
        const place = passive
          ? partiesBefore(ctx, start).find((p) => isPlace(p) && p.code !== source?.code && p.start >= start - clauseBefore(ctx, start).length)
          // ("in the desert city of Al-Ula in Saudi Arabia, where the Emir attended a summit": the place "where" points back at.)
          // ("told reporters in Taipei that … the embassy in Banjul": words said where the place right after "in" is, the
          // speaker's own capital too.)
          : SPOKE_IN.test(m[0]) ? partiesAfter(ctx, end, relativeEnd(ctx, start, end)).find(isPlace)
          : heldAt(ctx, partiesAfter(ctx, end, relativeEnd(ctx, start, end)).find((p) => isPlace(p) && p.code !== source?.code), source) ?? whereSubject(ctx, start, source);
        // (Not "attended Oxford University in Britain".)
        // ("Speaking to reporters in the Oval Office later, Trump said he would meet Putin in Saudi Arabia": words said
        // in a place named right after "in", not one a later clause names.)
        if (!source || !place || UN_VENUE.test(ctx.sentence.text) || (!passive && NOT_PRESENCE.test(ctx.text.slice(end, place.start))) || (SPOKE_IN.test(m[0]) && /[,;]/.test(ctx.text.slice(end, place.start)))) return null;
        const visitors = distinctParties(attendees.filter((p) => p.via === "official" && p.code !== place.code && isVisitor(p)));
        // ("Chilean troops took part in exercises in Peru": taking part is a person's presence.)
        if (!isVisitor(source) || ((/^(?:t[ao]|participat|co|chaired|laid|represented)/i.test(m[0]) || SPOKE_IN.test(m[0])) && source.via !== "official" && source.via !== "pronoun")) return null;
        return { source, target: place, moreSources: visitors.filter((p) => p.code !== source.code) };
      }
      // "The pair led an Eritrean delegation to Addis Ababa": the leader went to the place right after, for the state the
      // delegation's own word names when the subject does not.
      if (/^led\b/i.test(m[0])) {
        // ("led his country's delegation to the summit in Cairo": the place of the gathering the delegation went to.)
        const place = partiesAfter(ctx, end).find((p) => p.start <= end + 6 && (p.via === "city" || p.via === "actor"))
          ?? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => (p.via === "city" || p.via === "actor") && p.cue === "in" && GATHERING_IN.test(ctx.text.slice(end, p.start)) && !UN_VENUE.test(ctx.text.slice(end, p.end)));
        const source = subjectBefore(ctx, start) ?? partiesAfter(ctx, start, end).find((p) => p.via === "actor");
        return source && place && place.code !== source.code && !source.envoy && !isResident(source) ? { source, target: place } : null;
      }
      // "reached Cairo from Muscat", "came to Rabat": a place right after the verb, or no visit ("reached an agreement").
      if (/^(?:reached|came to|comes to|coming to|went to|goes to|going to)$/i.test(m[0])) {
        const place = partiesAfter(ctx, end).find((p) => p.start <= end + 2 && (p.via === "city" || p.via === "actor"));
        const source = subjectBefore(ctx, start);
        // ("The ambassador, who reached Lisbon late last month, presented …": an envoy arriving at the post is no visitor.)
        if (source && place && (source.envoy || isResident(source)) && source.accreditedTo === place.code && !nonResident(ctx, source)) return null;
        return place && source && place.code !== source.code ? { source, target: place } : null;
      }
      // "left for Moscow", "headed to Kampala", "made a stopover in Doha": a departure or a stop, only of a person (not
      // "Russian troops headed to Kyiv", "a Chinese cargo ship left for Lagos").
      // ("returned from Riga", "flew home from Riga", "was welcomed in Riga by": back from a place, or received there.)
      // ("stopped in Lusaka on Monday for talks with X": a stop told with its purpose or its journey.)
      // ("left Riga on Thursday, ending a two-day state visit": the place left, where the visit the clause ends was.)
      if (DEPARTURE.test(m[0])) {
        const place = partiesAfter(ctx, end).find((p) => p.start <= end + 2 && (p.via === "city" || p.via === "actor"));
        const source = subjectBefore(ctx, start);
        if (!place || !source || place.code === source.code || (source.via !== "official" && source.via !== "pronoun")) return null;
        if (source.envoy || isResident(source)) return null;
        return { source, target: place };
      }
      // "the visit of X to Y": the visitor follows.
      // ("the state visit paid by X to Y" likewise.)
      // ("the first state visit ever made by a Dominican head of state to China", "The state visit that X paid to Y".)
      if (/^(?:visit of|visit by|visits? (?:ever )?(?:paid|made) by|visits? (?:that|which))$/i.test(m[0])) {
        const visitor = objectAfter(ctx, end);
        // ("a visit by a Jordanian industrial delegation": traders, not the state.)
        if (visitor?.via === "actor" && (PRIVATE_PEOPLE_AFTER.test(ctx.text.slice(visitor.end, visitor.end + 60)) || BUSINESS_DELEGATION.test(ctx.text.slice(visitor.end, visitor.end + 40)))) return null;
        // ("The deal was signed in Accra during a visit by Kenya's minister": the visit is the occasion of what was done
        // at the place its clause names.)
        const occasionAt = visitor && DURING_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))
          ? partiesBefore(ctx, start, start - clauseBefore(ctx, start).length).find((p) => (p.cue === "in" || p.cue === "at") && (p.via === "city" || p.via === "actor") && p.code !== visitor.code)
          : undefined;
        const place = visitor ? (objectAfter(ctx, visitor.end, ["to", "in"], visitor.code) ?? occasionAt ?? (ctx.place?.code !== visitor.code ? ctx.place : undefined)) : undefined;
        return { source: visitor, target: place };
      }
      if (isOneOf(m[0], WELCOMED)) return welcomedGuest(ctx, start, end);
      // "The crown prince met the visiting Chinese vice president": "visiting" describes the one after it, the visitor,
      // who came to the subject's state (not the subject going to the guest's).
      if (isOneOf(m[0], VISITING) && GUEST_ARTICLE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 10), start))) {
        const visitor = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.start - end <= 30 && (p.via === "actor" || p.via === "official"));
        const host = subjectBefore(ctx, start);
        return visitor && host && host.code !== visitor.code ? { source: visitor, target: host } : null;
      }
      // "during a visit to Santiago by Vietnam's foreign minister": the visitor follows the place, after "by".
      const byVisitor = VISIT_TO_BY.test(m[0]) ? visitorAfterPlace(ctx, end) : undefined;
      if (byVisitor) return byVisitor;

      // "Lima answered by sending its foreign minister, X, to Quito": the sender's official travels to the place after "to".
      if (/^sen/i.test(m[0])) return sentTo(ctx, start, end);
      // ("The first session brought X and Y to Washington": those brought travel there.)
      if (m[0] === "brought") return broughtTo(ctx, end);
      // "Speaking on a visit to Berlin, he said …": the subject follows the opening phrase.
      // Only an opening phrase ("Speaking on", "During his"): "X concluded a tour of A, B and C" has its subject before.
      const opening = OPENING_PHRASE.test(ctx.text.slice(ctx.sentence.start, start)) ? ctx.text.indexOf(",", end) : -1;
      // ("X made the first trip by a Brazilian head of state to Israel", "hosted the first visit by a Chilean president to
      // Y": the state the visitor's title names, before the subject.)
      const source = (/^(?:visit|trip) by /i.test(m[0]) ? partiesAfter(ctx, start, end).find((p) => p.via === "actor" && p.end <= end) : undefined)
        ?? subjectBefore(ctx, start) ?? (opening > 0 && opening < ctx.sentence.end ? partiesAfter(ctx, opening + 1).find((p) => p.via === "official" || p.via === "actor") : undefined);
      // "arrived here", "his first visit": the place the article is about.
      const limit = clauseEnd(ctx, end);
      // ("expected the visit to give new impetus to relations between the two countries": a "to" opening a verb names no
      // place; the visit's place follows within two words, "the visit to war-torn Chile".)
      const placeTo = /visits? (?:to|in)$/i.test(m[0]);
      // ("who had flown in from Zagreb": the place left is no destination.)
      // ("X, who arrived on Saturday, held a breakfast with Y": one met "with" is company, no destination.)
      const target = partiesAfter(ctx, end, limit).find((p) => p.code !== source?.code && (p.start - end < 50 || ["to", "in", "at"].includes(p.cue)) && !(p.cue === "with" && /^arriv/i.test(m[0])) && (!placeTo || NEAR_PLACE.test(ctx.text.slice(end, p.start))) && !(p.cue === "from" && /^fl(?:ew|own) in$/i.test(m[0])))
        // ("flew in as an observer": to where the story is.)
        ?? (/\bhere\b/i.test(m[0]) || /^\s*here\b/i.test(ctx.text.slice(end, end + 6)) || /visits?$|^fl(?:ew|own) in$|^(?:touched down|landed)$/i.test(m[0]) ? ctx.place : undefined)
        // ("X, who arrived on Monday for the summit, …": a person's arrival with no place named is where the story was
        // filed from; not at the last place named, "officials in Seoul said".)
        ?? (/^arriv/i.test(m[0]) && (source?.via === "official" || source?.via === "pronoun") ? ctx.filedFrom : undefined)
        // "… to Kenya in 2015 when Barack Obama visited.": the place named before an intransitive "visited".
        ?? (/^visited$/i.test(m[0]) && /^\s*[.,;]/.test(ctx.text.slice(end, end + 3)) ? partiesBefore(ctx, start).find((p) => (p.cue === "to" || p.cue === "in") && p.code !== source?.code) : undefined);
      // "Dominican cigar makers and cocoa exporters, who flew to Beijing": a state's traders are not the state; nor do
      // goods arriving travel ("Chinese goods worth 2 billion dollars arriving last year").
      if (source?.via === "actor" && PRIVATE_PEOPLE_AFTER.test(ctx.text.slice(source.end, start))) return null;
      // ("the number of South Korean tourists visiting Japan has dropped": the travellers right before the verb are its
      // subject, whatever state the sentence opened on.)
      if (PRIVATE_TRAVELLERS_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start))) return null;
      if (GOODS_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) return null;
      // "toured an exhibition of Uzbek industrial goods": a show is where it stands, not the state whose goods it shows.
      if (target && /^(?:toured|visited|visiting)$/i.test(m[0]) && target.cue !== "in" && target.cue !== "at" && SHOW_OBJECT.test(ctx.text.slice(end, target.start))) return null;
      // Envoys taking up their post, and ceremonies of credentials, are not visits (SCHEMA.md).
      // (An envoy whose post the text names elsewhere is a visitor: "X, Peru's ambassador in Quito, who travelled to Lima".)
      // (Nor is a non-resident one, who lives elsewhere: "Norway's non-resident Ambassador, X, flew in for the opening".)
      if ((source?.envoy || isResident(source)) && !awayFromPost(source, target) && !nonResident(ctx, source!)) return null;
      if (/credentials|credence/i.test(ctx.sentence.text)) return null;
      return { source, target: target && target.code !== source?.code ? target : undefined };
    },
  },
  {
    id: "event.meeting",
    keywords: ["spent", "met", "meet", "talks", "held", "talking", "speaking", "consultation", "talked", "discussion", "courtesy", "receiv", "hosted", "hosting", "discussed", "conferred", "sat down", "across", "opposite", "chaired", "session", "conversation", "exchange", "joined", "bilateral", "called", "calls", "calling", "tete", "engagement", "appointment", "encounter", "breakfast", "lunch", "dinner", "summit", "aside", "dialogue", "dined", "lunched", "breakfasted", "negotiations", "shook"],
    opens: ["shook", "spent", "went", "go", "goes", "going", "met", "meet", "talks", "talked", "held", "hold", "had", "negotiations", "consultations", "bilateral", "co", "chaired", "discussion", "discussions", "courtesy", "receiv", "hosted", "hosting", "discussed", "conferred", "sat", "joined", "called", "calls", "calling", "first", "second", "third", "last", "final", "next", "only", "opening", "working", "official", "private", "has", "have", "having", "hosts", "over", "for", "round", "dialogue", "summit", "dined", "dines", "dining", "lunched", "breakfasted", "talking", "speaking", "conversation", "conversations"],
    type: "meeting",
    // ("Her first bilateral, on Wednesday, was with X", "His last two meetings were with A and B", "a working breakfast
    // with X", "…, meeting King X in Rabat".)
    // ("held the Foreign Office Consultations (FOC) with X", "held political consultations with X".)
    // ("A and B held their first formal bilateral meeting in C": a few words between "their" and the meeting.)
    // ("A and B had held face-to-face talks in C": talks in person, as "one-on-one" ones.)
    // ("A and B held a rare face-to-face meeting in C": two words before the meeting.)
    // ("had a pull-aside with X": a short meeting on a summit's margins.)
    // ("A and B shook hands and spoke briefly on the sidelines of C": a handshake exchanged is an encounter; not one with
    // the guests or the crowd.)
    // ("was in A for a round of political consultations with X": a round of them is held.)
    // ("was in A for the first 2+2 dialogue with X": a dialogue the journey was made for is held.)
    // ("since they held a summit in New York": a pair's summit is talks, not a gathering one side hosts.)
    // ("held their first formal bilateral summit on Nov. 2": so too with the words that rank it.)
    // ("signed a communiqué after talks that took up the morning": talks told as having taken place.)
    // ("spent about 90 minutes with X", "spent the afternoon with X": time spent together is a meeting; "then went into
    // closed-door talks".)
    pattern: /\b(?:talks(?<=\b(?:after|before|during|following|ahead of|at the end of) their talks)(?= (?:in|on|at)\b|[,.;])|shook hands(?= (?:and|with|on|at|in|during|briefly|warmly|after|before|outside)\b)(?! with (?:the |some |several )?(?:[\w-]+ )?(?:guests|crowds?|audience|well-wishers|dignitaries|supporters|onlookers|reporters|journalists|students|workers|staff|troops|soldiers|delegates|participants)\b)|spent (?:about |around |nearly |almost |more than |over |some |roughly )?(?:the |an? |one |two |three |four |\d+ |half an? )?(?:minutes|hours?|morning|afternoon|evening) with(?= (?:[A-Z]|his |her |the ))|(?:went|go|goes|going) into (?:[\w-]+ ){0,2}(?:talks|meetings?|discussions)\b|(?:first|second|third|last|final|next|only|opening) (?:(?:two|three|four|five) )?(?:engagement|bilateral|appointment|meeting|encounter)s?(?:,? [^.;]{1,40}?,?)? (?:was|were) with|(?:working|official|private) (?:breakfast|lunch|luncheon|dinner)s?(?: (?:on|last|this) [A-Z]?[a-z]+)? with|(?:had|has|have|having|held|hosted|hosts|over|for) (?:an? )?(?:breakfast|lunch|luncheon|dinner) with|(?:hosted|hosts|gave|gives|held|holds) (?:an? |the )?(?:[\w-]+ ){0,2}(?:banquet|breakfast|lunch|luncheon|dinner|reception) (?:for|in (?:his|her|their) honou?r|in honou?r of)(?= (?:him|her|them|the |his |her |[A-Z]))|(?:dined|dines|dining|lunched|breakfasted)(?: (?:on|last|this) \w+)? with|(?<=\w, )meeting(?= (?:with )?[A-Z])|(?<=\b(?:are|were) (?:now |still )?)meeting(?= (?:now|today|tonight|this (?:morning|afternoon|evening)|in|at|on)\b|[.,;])|met|meets|meeting with|(?<=\b(?:visit|travel to|fly to|arrive in) [^.;]{1,60}? and )meet(?= (?:with )?(?:the )?[A-Z])|talks(?<=\b(?:After|after|Following|following) (?:holding |(?:\w+ ){1,3}of )?talks)(?=, | (?:on [A-Z]\w+ )?(?:at|in) | (?:that|which) (?:took|lasted|ran|went|stretched|continued)\b)(?! (?:in|at) (?:[^\s,;.]+ ){1,3}?between\b)|talks(?<=\b(?:in|during|at) their (?:[\w-]+ ){0,4}talks)|(?:held|holds|hold) (?:a |an )?(?:separate |brief |first |long |lengthy )?(?:working|bilateral) sessions?(?: with)?|(?<=\b(?:after|before|while|when|upon|on|following|and) )meeting(?= [A-Z]| (?:his|her|their) [A-Z])|meeting(?= that (?:lasted|ran|went)\b)(?<=\b(?:after|following) (?:a|an|their) (?:(?:closed-door|private|lengthy|long|brief|bilateral|one-on-one|two-hour|hour-long) )?meeting)|meetings with|met with|(?<=\b(?:visiting|visited|travell?ed to|flew to|came to) [^.;,]{1,60}? for )talks(?= (?:on|about)\b|[,.])|held talks|holds talks|hold talks|(?<=\b(?:ended|ends|concluded|concludes|wrapped up|wraps up|opened|began|resumed|resumes) (?:(?:two|three|four|five|several|\d+) days of |(?:a|the|their) (?:(?:first|second|third|fourth|fifth|new|latest|\d+(?:st|nd|rd|th)) )?round of |their |the )?(?:[\w-]+ ){0,2}?)talks(?= (?:here|there|in|on|at|with|today|yesterday|late|early)\b|[,.]| [A-Z])|(?:held|holds|hold) (?:(?:their|his|her|its) (?:[\w-]+ ){0,3}|(?:official|formal|further|direct|lengthy|extensive|wide-ranging|in-depth|fruitful|cordial|high-level|closed-door|one-on-one|face-to-face|brief|short|private|informal|frank|preliminary|exploratory|[\w]+-hour) |(?:several|many|two|three|four|five|six|\d+) hours of )(?:talks|negotiations)(?= with| in| on| at| before| after| during| for| until|,|\.| of (?:[\w'’-]+ ){1,5}in [A-Z])|talked(?= with (?:his |her |the )?[A-Z]| (?:late|for hours|at length|privately|over (?:dinner|lunch|breakfast))\b)|(?:held|holds|hold) their (?:(?!virtual|online|video|phone|telephone)[\w-]+ ){2,3}meeting(?= (?:on|in|at|last|this|since|with)\b|,|\.)|(?:held|holds|hold) (?:a |an |their |its |his |her )?(?:(?!virtual|online|video)[\w-]+ ){0,2}meetings?(?! of(?! (?:the|his|her|their) (?:visit|trip|tour|summit|day)\b| (?:almost |nearly |about |some |over |more than |just over |just under )?(?:an?|one|two|three|four|five|\d+|half an)(?: |-)hours?\b))|(?:held|holds|hold) (?:a |an |their )?(?:(?:first|second|third|formal|official|annual) )?(?:(?:formal|official) )?(?:bilateral|trilateral|tripartite|joint|annual|first|second|third) summit(?= in | on | at |,|\.)|(?<=\b(?:they|the two (?:leaders|presidents|sides|heads of state)) )(?:held|had) (?:a |their )?summit(?= in | on | at |,|\.)|(?:held|holds|hold|had) (?:a |an |their |his |her )?(?:(?!virtual|online|video)[\w-]+ )?summit(?= with\b)|(?<=\b(?:his|her|their|a|the) (?:[\w-]+ )?)summit with|(?:held|holds|hold|had) (?:a |an )?(?:(?!tele|phone|video|virtual|online)[\w-]+ )?(?:conversations?|exchanges?(?! of (?!views\b)))(?! (?:by|over|on the) (?:tele)?phone)|talks with|negotiations with(?= (?:his |her |their |the )?[A-Z])(?![^.;]{0,80}?\b(?:were|was|are|is|will be|would be) (?:expected|due|scheduled|set|planned|likely|to)\b)|(?:talks|(?<=\b(?:a|an|the|their|his|her) (?:[\w-]+ )?)meeting)(?= (?:in|at) (?:[^\s,;.]+ ){1,3}?with )|(?<=\b(?:travell?ed|flew|went|came|arrived) (?:to|in) [^.;,]{1,60} for )consultations(?= with\b)|(?<=\b(?:travell?ed|flew|went|came|arrived|was|were) (?:to|in) [^.;,]{1,60} for (?:the |a |an |their |its )?(?:[\w"“”+-]+ ){0,3})dialogue(?= with\b)|(?:held|holds|hold|had) (?:a |an |the |their |its )?(?:(?:[\w-]+ )?round of (?:the |their )?)?(?:(?:strategic|political|bilateral|high-level|ministerial|annual|first|second|third|new|foreign|security|economic|and) )*dialogue(?= with\b)|(?:held|holds|hold|co-?chaired|chaired) the (?:[\w-]+ ){0,4}(?:leaders['’]?|ministers['’]?|heads of government) (?:meeting|summit)\b|talks (?:(?:in|at|on) (?:[^\s,;.]+ ){1,3})?between|(?:meetings?|talks|negotiations|consultations|discussions?|(?<=\b(?:the|a|an|first|second|third|fourth|fifth|latest|last|next|historic) )summits?) (?:(?:took place|was held|were held|held)(?: on \w+| in \w+| at \w+| today| yesterday){0,2} )?between|meetings?(?= (?:(?:in|at|on) [A-Z][\w-]*(?: [A-Z][\w-]*)? ){1,2}between\b)|(?:meeting|talks) that brought together|bilateral meeting|bilateral talks|(?:held|holds|hold|had) (?:a |an )?(?:brief |short |separate )?bilateral(?= with\b)|(?:co-?chaired|chaired) (?:the )?(?:[\w–-]+ ){0,5}(?:consultations|dialogue|talks)|co-?chaired(?:,[^.;,]{1,80},)? (?:[^.;,]{1,80}? )?(?:the |a )?(?:[\w–-]+ ){0,3}?(?:meeting|session|sitting)s? of (?:the )?(?:[\w–-]+ ){0,4}?(?:commission|committee)|co-?chaired (?:the |a )?(?:[\w–-]+ ){0,4}?(?:(?:joint|binational|bi-national|bilateral|intergovernmental|inter-governmental|permanent) )(?:[\w–-]+ ){0,2}?(?:commission|committee)|(?:held|holds|hold) (?:the |an? |their |its |his |her )?(?:[\w-]+ ){0,4}?consultations(?= (?:\([A-Z]{2,6}\) )?with\b)|(?:held|holds|hold) (?:the |an? |their |its )?(?:[\w-]+ ){0,6}?consultations(?= (?:\([A-Z]{2,6}\) )?(?:here|there|in|on|at|today|yesterday|last|this)\b| ?\([A-Z]{2,6}\)[,.]|[,.])|(?:held|holds|hold) (?:bilateral )?discussions|rounds? of (?:[\w-]+ ){0,2}consultations(?= with\b)|discussions with|courtesy call|(?:received|receives)(?! (?:an?|the|his|her|their|its) (?:[\w-]+ ){0,2}(?:honou?rs?|awards?|medals?|decorations?|orders?|degrees?|doctorates?|prizes?|gifts?|keys?|welcome|salute|guard)\b)|(?<=\b(?:by|after|before|while|when) )receiving(?= (?:the )?[A-Z])|(?<=\b(?:after|before|while|then) )hosting(?= (?:the )?[A-Z])|receiving(?= (?:the )?[A-Z][^.;]{1,120}, (?:[A-Z][\w'’.-]* ){1,4}(?:asked|said|told|thanked|welcomed|praised|expressed|stressed|affirmed|noted|discussed|urged|hailed|called|proposed|highlighted|emphasi[sz]ed|briefed|conveyed)\b)|hosted(?! (?:[\w-]+ ){0,4}(?:embass(?:y|ies)|consulates?|high commissions?|(?:diplomatic )?missions|(?:representative |trade |liaison )?offices)\b)|discussed|conferred|sat down (?:(?:separately|briefly|privately|later|also) )?with|sat down together(?= (?:in|on|at|for)\b|[,.;])|(?:talking|speaking) (?:to|with)(?= (?:the |his |her |their )?(?:visiting |new |outgoing |newly appointed )?(?:[\w-]+ )?(?:ambassador|envoy|high commissioner|charg[ée] d.affaires|foreign minister|counterpart|delegation)\b(?!['’]s))|(?<=\b[Ii]n (?:his|her|their) (?:separate |brief |private )?)conversations? with|(?:had|has|have|held|holds|hold) (?:an? )?(?:brief |short )?pull-asides? (?:meeting )?with|sat (?:down )?(?:across (?:a |the )?(?:[\w-]+ )?table from|opposite)(?= each other| one another| [A-Z]| (?:his|her|their) )|sat down(?= (?:for|in|at|on|together)\b)(?<=\b(?:[Tt]he two|[Tt]hey|[Tt]he two (?:ministers|leaders|presidents|men|women|sides)) sat down)|(?:held|holds|hold|had) (?:an? )?(?:brief |private |short |long )?t[eê]te-[aà]-t[eê]te with|(?<=\b(?:two|both) (?:leaders|presidents|ministers|heads of state|sides) (?:then |also |later )?)(?:held|had) (?:an? )?(?:brief |private |short |long )?t[eê]te-[aà]-t[eê]te\b|call(?:ed|s|ing):? on(?= (?:the )?(?:visiting |new |outgoing )?[A-Z])(?!(?:(?!, (?:and|but|while|where) )[^.;]){0,100}? to [a-z]+\b))\b|\bjoined(?= [^.;]{1,150}? for (?:an? |the |their )?(?:[\w-]+ |\(\w+\) ){0,4}(?:summit|talks|meeting)\b)/gi,
    roles(ctx, start, end, m) {
      // ("the move was met with criticism", "the cost was met entirely by selling property": a passive "met" of a thing
      // answered or paid for; "was met at the airport by Minister X" still greets a visitor.)
      // ("Envoys from A and B sat down together in C": the pair the subject lists, not the place.)
      if (m[0] === "sat down together") {
        const source = subjectBefore(ctx, start);
        const partner = source ? coordinatedBefore(ctx, source).findLast((p) => p.code !== source.code && (p.via === "actor" || p.via === "official")) : undefined;
        return source && partner ? { source: partner, target: source } : null;
      }
      if ((m[0] === "met" || m[0] === "met with") && PASSIVE_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start)) && (m[0] === "met with" || MET_NOT_GREETED.test(ctx.text.slice(end, end + 40)))) return null;
      // "X joined Egyptian President Y and Iraqi Prime Minister Z in Baghdad for a summit": X met each one joined.
      // ("… for an informal Russia-India-China (RIC) trilateral meeting": a short name among the gathering's words.)
      if (isOneOf(m[0], JOINED)) {
        const source = subjectBefore(ctx, start);
        const stop = ctx.text.slice(end, clauseEnd(ctx, end)).search(/\s(?:in|at|for)\s/);
        const joined = source && stop > 0 ? distinctParties(partiesAfter(ctx, end, end + stop).filter((p) => (p.via === "official" || p.via === "actor") && p.code !== source.code)) : [];
        return source && joined[0] ? { source, target: joined[0], moreTargets: joined.slice(1) } : null;
      }
      // ("co-chaired, with his Tajik counterpart X, sessions of the commission": the co-chair told in the aside.)
      if (/^co-?chaired,/i.test(m[0])) {
        const source = subjectBefore(ctx, start);
        const cochair = partiesAfter(ctx, start, end).find((p) => (p.via === "official" || p.via === "actor") && p.code !== source?.code);
        return source && cochair ? { source, target: cochair } : null;
      }
      // "X, who was visiting the Polish capital for talks on security": talks with the hosts where the journey went.
      if (m[0].length === 5 && (m[0] === "talks" || m[0] === "Talks")) {
        const journey = VISITED_FOR.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 90), start));
        if (journey) {
          const verb = start - journey[0].length;
          const visitor = subjectBefore(ctx, verb);
          const host = partiesAfter(ctx, verb + journey[1]!.length, start).find((p) => p.via === "city" || p.via === "actor");
          if (visitor && host && host.code !== visitor.code && !visitor.envoy && !isResident(visitor) && !atUnSeat(ctx.text, host)) return { source: visitor, target: host };
          return null;
        }
      }
      // ("…, as well as a courtesy call from the Prime Minister of B": the caller after "from", on the one the sentence's
      // talks are with, else the state the story is about.)
      if (m[0].length === 13 && /^\s+(?:paid\s+)?(?:from|by)\s/i.test(ctx.text.slice(end, end + 12))) {
        const caller = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => (p.via === "official" || p.via === "actor") && p.start - end <= 40);
        const subject = subjectBefore(ctx, start);
        const host = (subject && /^\s+(?:also\s+)?(?:received|receives|had|has|hosted|welcomed)\s+(?:an?\s+|the\s+)?$/i.test(ctx.text.slice(subject.end, start)) ? subject : undefined) ?? (ctx.dominant ? party(ctx.dominant, start, end, "group", "") : undefined);
        return caller && host && host.code !== caller.code ? { source: host, target: caller } : null;
      }
      // "called on National Assembly Chairman X": a courtesy call on a person (not "called on Chile to …", nor on a state).
      if (spellsAt(m[0], 0, "call")) {
        // ("Thursday brought two more calls: on the Defence Minister, X, with whom she discussed …": the caller is the
        // person the sentence's pronoun stands for.)
        const guest = subjectBefore(ctx, start) ?? (m[0].includes(":") ? ctx.parties.find((p) => p.via === "official" && SUBJECT_PRONOUN.test(ctx.text.slice(p.start, p.end))) : undefined);
        const host = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.via === "official" && p.start - end <= 60);
        return guest && host && host.code !== guest.code ? { source: guest, target: host } : null;
      }
      // "…, meeting King X in Rabat": a participle's object is a person met (not "…, meeting Chinese investors").
      // ("touring La Paz and meeting Foreign Minister Y": so too after "and".)
      if (m[0].toLowerCase() === "meeting" && (ctx.text.charCodeAt(start - 2) === 44 || ctx.text.slice(start - 4, start) === "and ")) {
        const roles = dyad(ctx, start, end);
        const met = roles?.target && roles.target.start > end ? partiesAfter(ctx, roles.target.start).find((p) => p.via === "official" && p.code === roles.target!.code && (p.start - roles.target!.end <= 12 || TITLE_WORDS_BETWEEN.test(ctx.text.slice(roles.target!.end, p.start)))) : undefined;
        if (roles && met) return { ...roles, target: met };
        // ("touring La Paz and meeting Foreign Minister Y": the person named right after.)
        return roles?.target?.via === "official" && roles.target.start > end && roles.target.start - end <= 30 ? roles : null;
      }
      // ("gathered for the summit with great fanfare": a summit "with" no one named is a gathering.)
      if (/summit with$/i.test(m[0]) && !partiesAfter(ctx, end, Math.min(ctx.sentence.end, end + 50)).some((p) => p.start - end <= 40)) return null;
      // ("co-hosted, with Fiji's prime minister, a meeting of ministers": a fellow host is no guest.)
      if (isOneOf(m[0], HOSTING) && /\bco-$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 3), start))) return null;
      // Receiving credentials is its own event, not talks (nor a visit by the envoy).
      if (isOneOf(m[0], RECEIVING) && /\b(?:credentials|credence)\b/i.test(ctx.text.slice(end, clauseEnd(ctx, end)))) return null;
      // "received a phone call from X", "received a letter", "received the rotating presidency from X": what came, not who.
      // ("whose country has received substantial Saudi funding": money or help received, from no visitor.)
      // ("had received no formal complaint from Mogadishu": nothing came, from no one.)
      // ("had received only about 40 minutes' notice of X's announcement": word of something, from no visitor.)
      if (isOneOf(m[0], RECEIVING) && /^\s+(?:an?\s+|the\s+|no\s+|any\s+)?(?:[\w'’-]+\s+){0,4}(?:notice|notifications?|word|information|instructions|orders|briefings?|threats?|complaints?|protests?|objections?|warnings?|explanations?|phone|telephone|(?<!courtesy |farewell |introductory )call|letter|message|cable|invitation|note|congratulations|request|proposal|report|reply|response|assurances?|support|approval|confirmation|news|copy|copies|award|delivery|shipment|aid|vaccines?|funds?|funding|financing|loans?|grants?|donations?|assistance|investments?|backing|presidency|chairmanship|chair|baton|exequatur|agr[ée]ment|accreditation|visas?|permission|permits?|consent|clearance)\b/i.test(ctx.text.slice(end, end + 40))) return null;
      // "Oman hosted talks between A and B": what was hosted is an occasion, whose sides "between" names.
      // ("hosted the opening at the embassy, joined by the Foreign Minister": so is a ceremony, its guests at it.)
      if (isOneOf(m[0], HOSTING) && (HOSTED_OCCASION.test(ctx.text.slice(end, end + 50)) || HOSTED_NAMED_OCCASION.test(ctx.text.slice(end, end + 80)))) return null;
      // ("a memorandum of understanding on regular consultations between A and B": talks a deal provides for, its topic.)
      if (DEAL_TOPIC_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start))) return null;
      // "indirect talks between Tehran and Washington": through a mediator, the two sides do not meet.
      if (/\b(?:indirect|proximity)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 12), start))) return null;
      // ("a meeting with anti-government protesters", "met students and business leaders": people of no state office.)
      if (/\bwith$|^(?:met|meets|meeting)$/i.test(m[0]) && PRIVATE_PEOPLE_AFTER.test(ctx.text.slice(end, end + 60))) return null;
      // "She met her husband, the Danish diplomat X": family, not talks.
      if (/^\s+(?:his|her|their|a|the)\s+(?:future\s+)?(?:husband|wife|spouse|partner|family|children|son|daughter|parents|mother|father)\b/i.test(ctx.text.slice(end, end + 30))) return null;
      // "was received by … at the airport" is a welcome, not talks (SCHEMA.md).
      // (An audience is talks: "was received at State House by President X", "was received on Monday by X".)
      // ("arrived on Tuesday and was received the same evening by President X": an audience later than the landing.)
      if (isOneOf(m[0], RECEIVED) && PASSIVE_BEFORE.test(ctx.text.slice(start - 24, start)) && ((ARRIVAL.test(ctx.sentence.text) && !(LATER_AUDIENCE.test(ctx.text.slice(end, end + 40)) && !ON_ARRIVAL.test(ctx.sentence.text))) || !RECEIVED_BY.test(ctx.text.slice(end, end + 50)))) return null;
      // ("His plane was met at the airport by X", "was met on the tarmac by X": so is one met where they land.)
      // (Unless met there for talks: "was met at the airport by President X for talks".)
      if (isOneOf(m[0], MET) && PASSIVE_BEFORE.test(ctx.text.slice(start - 24, start)) && MET_ON_ARRIVAL.test(ctx.text.slice(end, clauseEnd(ctx, end))) && !FOR_TALKS.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 90)))) return null;
      // "the dialogue hosted in Doha": hosting an event is not meeting anyone.
      if (isOneOf(m[0], HOSTED) && /^\s+(?:in|at)\b/i.test(ctx.text.slice(end, end + 5))) return null;
      // "in a ceremony hosted by X": the host of an occasion, not a side of talks.
      if (isOneOf(m[0], HOSTED) && /\b(?:ceremony|event|summit|conference|forum|signing|celebration|gala)\s+$/i.test(ctx.text.slice(start - 14, start))) return null;
      // ("joined other leaders at a gala dinner hosted by the Thai government", "to attend the summit and a leaders'
      // meeting, hosted by X": an occasion the subject attends or joins, its host no side of talks.)
      if (isOneOf(m[0], HOSTED) && /^\s+by\b/.test(ctx.text.slice(end, end + 4)) && !PASSIVE_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start)) && ATTENDED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 200), start))) return null;
      // ("Receiving Chinese Ambassador X in Hanoi on Monday, Minister Y asked …": the one received, and the main clause's
      // subject after the phrase.)
      if (/^receiving$/i.test(m[0]) && !/\b(?:by|after|before|while|when)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 8), start))) {
        if (!/^\W*$/.test(ctx.text.slice(ctx.sentence.start, start))) return null;
        const comma = ctx.text.indexOf(", ", end);
        const received = partiesAfter(ctx, end, comma).find((p) => p.via === "official" || (p.via === "actor" && p.cue !== "in"));
        const host = partiesAfter(ctx, comma, clauseEnd(ctx, comma + 2)).find((p) => p.via === "official" || p.via === "actor" || p.via === "pronoun");
        return received && host && received.code !== host.code ? { source: host, target: received } : null;
      }
      const opening = talksBeforeSubject(ctx, start, end, m) ?? talksBeforePair(ctx, end, m);
      if (opening !== undefined) return opening;
      const roles = dyad(ctx, start, end);
      // "the two ministers held a meeting with the Brazilian foreign minister": a third side after "with" meets both.
      if (roles?.source?.via === "group" && roles.target?.via === "group" && roles.source.start === roles.target.start) {
        const pair = roles.target;
        const third = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "with" && p.via !== "city" && p.via !== "group" && p.code !== roles.source!.code && p.code !== pair.code && !ASIDE_BEFORE_WITH.test(ctx.text.slice(end, p.start)));
        if (third) return { source: roles.source, target: third, moreSources: [pair], moreTargets: [pair] };
      }
      // "during talks in Seoul with X": the one after "with", not the place (nor "talks in Geneva with the rebels").
      if (roles?.source && /^(?:talks|meeting)$/i.test(m[0]) && TALKS_IN_WITH.test(ctx.text.slice(end, end + 60))) {
        const talkedWith = withPartyAfter(ctx, end, roles.source);
        return talkedWith ? { source: roles.source, target: talkedWith } : null;
      }
      // "travelled to the Indian capital for talks with his counterpart": talks with the hosts where the journey went.
      if (roles?.source && !roles.target && TRAVELLED_FOR.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 120), start))) {
        roles.target = partiesBefore(ctx, start).find((p) => (p.cue === "to" || p.cue === "in") && p.code !== roles.source!.code);
      }
      // "After the ceremony, the head of state held separate meetings with each of the ambassadors": with each envoy the
      // article names (event-roles.ts namedEnvoysAsGroup).
      if (roles?.source && !roles.target && !isEnvoy(roles.source) && EACH_ENVOY_AFTER.test(ctx.text.slice(end, end + 50))) return { source: roles.source, target: roles.source, unnamedGroup: true };
      // "received today at the Palácio das Necessidades the Minister of Foreign Affairs … of Cabo Verde, X": the guest may
      // stand far after the verb, past a place.
      if (roles?.source && !roles.target && isOneOf(m[0], HOSTING)) {
        roles.target = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.code !== roles.source!.code && p.via === "official");
      }
      // "met X, with whom she discussed …": the talks just told, not talks of their own (whose object would be read
      // past the relative clause, in the next verb's: "…, and held a meeting with Y").
      if (isOneOf(m[0], DISCUSSED) && WITH_WHOM_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) return null;
      if (isOneOf(m[0], DISCUSSED) && TWO_DISCUSSED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start)) && TALKS_TOLD.test(ctx.text.slice(ctx.sentence.start, start))) return null;
      // "met the detained civilian leader X": a prisoner (or an exile, an opposition figure) speaks for no state.
      if (roles?.target && roles.target.start > end && roles.target.start - end < 60 && NOT_IN_OFFICE_BEFORE.test(ctx.text.slice(end, roles.target.start))) return null;
      // "discussed the shortcomings of …": talking about a state is not talking with it.
      if (roles && isOneOf(m[0], DISCUSSED)) {
        const withIt = roles.target && (roles.target.cue === "with" || roles.target.end <= start || roles.source === undefined || /\bbetween\b/i.test(ctx.text.slice(start, clauseEnd(ctx, end))));
        // "discussed Gaza with King X": the state talked about comes first, the one talked with after "with".
        const talkedWith = withIt || !roles.source ? undefined : withPartyAfter(ctx, end, roles.source);
        if (talkedWith) return { source: roles.source, target: talkedWith };
        if (!withIt) return null;
      }
      return roles;
    },
  },
  {
    id: "event.phone-call",
    opens: ["phone", "telephone", "spoke", "speaking", "speak", "talked", "talking", "talk", "held", "hold", "video", "discuss", "virtual", "online", "spent", "spending", "was", "were", "called", "calls", "by", "via", "over", "through", "informed", "briefed", "told", "rang", "two", "three", "four", "five", "conference"],
    keywords: ["phone", "telephon", "video", "virtual", "online", "screen", "call", "spoke", "talked", "rang"],
    type: "phone-call",
    // ("discussed the situation by telephone with", as "spoke by phone with"; "spent the evening on the telephone with",
    // "spoke on screen with"; "called Sheikh X": a call placed to a person, see the roles.)
    // ("A in Lima and B in Santiago signed a declaration and then spoke to one another on screen": the pair on a video link.)
    // ("informed Russian Foreign Minister X of the decision by telephone", "told X by telephone that …": word given on a call.)
    pattern: /\b(?:(?:spoke|talked) with(?= )(?![^.;,]{1,60}? (?:by|on the|over the) (?:tele)?phone\b)|(?:informed|briefed|told)(?= [^.;,]{1,80}? (?:by|over the|on the) (?:tele)?phone\b)|(?:spent|spending) (?:[\w-]+ ){0,4}on the (?:tele)?phone with|(?:was|were) on the (?:tele)?phone with|(?:spoke|spoken|speaking|talked) (?:(?:to|with) (?:one another|each other) )?(?:on screen|by video(?:[- ]?link)?|via video(?:[- ]?link)?|over video(?:[- ]?link)?)|call(?:ed|s)(?= (?!(?:for|on|upon|off|it|in|out|up|back|them|him|me|us)\b))|phone calls?|telephone calls?|telephone conversations?|(?:two|three|four|five)-way (?:(?:tele)?phone |video |conference )?calls?|conference calls?|phone conversations?|(?:spoke|spoken|speaking|talked|talking|speak|talk)(?<=\b(?:spoke|spoken|speaking|talked|talking|(?:[A-Z][\w'’.-]*|they|both|leaders|ministers) (?:speak|talk))) (?:(?:again|also|briefly|repeatedly|separately|later|twice)\s)?by (?:tele)?phone|discuss(?:ed|es|ing)? (?:[^.;,]{1,50}? )?by (?:tele)?phone(?= [^.;]{0,40}\bwith\b|(?<=\b(?:[A-Z][\w'’.-]+ and [^.;]{1,80}? |[Tt]hey |[Tt]he two (?:[\w-]+ )?)discuss(?:ed|es|ing)? (?:[^.;,]{1,50}? )?by (?:tele)?phone))|discuss(?:ed|es|ing)? (?:[^.;,]{1,50}? )?(?:over|on) the (?:tele)?phone|(?:virtual|online) (?:conversations?|meetings?|talks)|(?:held|holds|hold) (?:tele)?phone talks|(?:held|holds|hold|had) talks (?:by|over the) (?:tele)?phone|(?:spoke|spoken|speaking|talked) on the (?:tele)?phone|phoned|telephoned|rang(?= (?:up )?(?:[A-Z][\w'’.-]+|(?:his|her|their) (?:[\w-]+ )?counterpart|the (?:[\w-]+ ){0,2}(?:president|premier|prime minister|leader|king|minister|chancellor|emir|crown prince))\b)|video call|videoconference|video conference|(?:by|via|over) (?:(?:the|a) )?(?:(?:tele)?phone|video(?:[- ]?link|[- ]?conference)?)(?<=\b(?:talks|conversations?|discussions|consultations) with [^.;,]{1,60}? (?:by|via|over) (?:(?:the|a) )?(?:(?:tele)?phone|video(?:[- ]?link|[- ]?conference)?))|(?<=\b(?:talks|meeting|conversation|discussions|consultations|summit) )(?:by|via|over|through) (?:a )?video(?:[- ]?link|[- ]?conference)?|(?:spoke|spoken|speaking|talked) (?=(?:to|with) (?!him\b|her\b|them\b)[^.;,]{1,60}? (?:by|on the|over the) (?:tele)?phone\b))\b/gi,
    roles(ctx, start, end, m) {
      // ("was speaking to Cook Islands News by phone from Washington": an interview given to a paper, no call between states.)
      if (MEDIA_AFTER.test(ctx.text.slice(end, end + 50))) return null;
      // "On Wednesday he called Sheikh Tamim": a call placed to a person right after the verb (not "called Monday's
      // declaration a courageous step", "called President X a liar", "called X's decision …").
      if (/^call/i.test(m[0])) {
        const caller = subjectBefore(ctx, start);
        const after = partiesAfter(ctx, end, clauseEnd(ctx, end));
        // ("called his Moroccan counterpart X": "his" is the caller's.)
        const callee = after.find((p) => p.start - end <= 40 && p.via === "official" && p.code !== caller?.code);
        if (!callee || !CALLEE_TITLE.test(ctx.text.slice(end, callee.start))) return null;
        // (Past the name after the title: "called Qatari Emir Sheikh Tamim on Wednesday".)
        let named = callee;
        for (const p of after) if (p.start >= named.end && p.start - named.end <= 10 && p.official === callee.official) named = p;
        if (!CALLED_PERSON_AFTER.test(ctx.text.slice(named.end, named.end + 16))) return null;
        return caller ? { source: caller, target: callee } : null;
      }
      // "… exchanged greetings in phone calls with several leaders. X spoke with A, B and C": the calls just told, listed.
      // (So too under a heading that names the call: "Secretary X's Call with Foreign Minister Y" on a line of its own.)
      if (/^(?:spoke|talked) with$/i.test(m[0])) {
        const before = ctx.text.slice(Math.max(0, ctx.sentence.start - 300), ctx.sentence.start);
        if (!CALLS_JUST_TOLD.test(before) && !CALL_HEADING.test(before)) return null;
      }
      const roles = dyad(ctx, start, end);
      // "X discussed Gaza with King Y in a phone call": the call the clause's talks were held in, with the one after "with".
      // ("held talks with her Chilean counterpart by telephone": so too talks told before the line they were held on.)
      if (roles?.source && !roles.target && (CALL_TOLD_AFTER.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start)) || BY_LINE.test(m[0]))) {
        const from = start - clauseBefore(ctx, start).length;
        const talkedWith = ctx.parties.find((p) => p.start >= Math.max(from, roles.source!.end) && p.end <= start && p.cue === "with" && p.via !== "city" && p.via !== "pronoun" && p.code !== roles.source!.code);
        if (talkedWith) return { source: roles.source, target: talkedWith };
      }
      // "During a telephone conversation with X, Y stressed …": the one called, and the main clause's subject after the comma.
      if (!roles?.target && CALL_OPENS_SENTENCE.test(ctx.text.slice(ctx.sentence.start, start))) {
        const comma = ctx.text.indexOf(",", end);
        const called = comma > 0 ? partiesAfter(ctx, end, comma).find((p) => p.cue === "with" && p.via !== "city" && p.via !== "pronoun") : undefined;
        const caller = called ? partiesAfter(ctx, comma, clauseEnd(ctx, comma + 1)).find((p) => p.via !== "city" && p.code !== called.code && !PREPOSITIONS_OF_PLACE.has(p.cue) && p.cue !== "with") : undefined;
        if (called && caller) return { source: caller, target: called };
        // ("During a phone call on Monday, X congratulated Y …": with no "with", the main clause's speaker and the one spoken to.)
        if (!called && comma > 0 && comma - end <= 40) {
          const [speaker, spokenTo] = distinctParties(partiesAfter(ctx, comma, clauseEnd(ctx, comma + 1)).filter((p) => (p.via === "official" || p.via === "actor") && !PREPOSITIONS_OF_PLACE.has(p.cue)));
          // (Not a state the speaker talks of: "X said that Y …".)
          if (speaker && spokenTo && speaker.start - comma <= 40 && !REPORTED_BETWEEN.test(ctx.text.slice(speaker.end, spokenTo.start))) return { source: speaker, target: spokenTo };
        }
      }
      return roles;
    },
  },
  {
    id: "event.agreement",
    opens: ["put", "affix", "signed", "signing", "sign", "inked", "concluded", "memorand", "mou", "joint", "tripartite", "trilateral", "bilateral", "exchange", "agreed", "agreeing", "initial", "between", "endorse", "reached", "reach", "reaches", "reaching", "struck", "strikes", "striking", "clinched", "sealed", "hammered", "announced", "announce"],
    keywords: ["sign", "inked", "conclud", "memorand", "mou", "communiqu", "declaration", "joint", "exchange of", "exchanged", "agreed", "agreeing", "put his name", "put her name", "put their name", "initial", "between", "ratification", "reach", "struck", "striking", "strikes", "clinch", "sealed", "hammered", "announce"],
    // ("sign" is in "significant" and "design", "mou" in "amount".)
    gate: /signature|signed|signing|\bsign\b|inked|concluded|memorand|\bmous?\b|joint|declaration|exchange of|exchang(?:ed|es|ing) (?:the |their )?(?:diplomatic )?(?:notes|letters)|agree(?:d|ing)|put |initiall?ed|(?:agreement|accord)s between|instruments of ratification|reach|struck|strik|clinch|sealed|hammered|announced? (?:an? |the |their )?(?:[\w-]+ ){0,2}?(?:agreement|deal|accord)/i,
    type: "agreement",
    pattern: /\b(?:(?<=\b(?:watched|witnessed|oversaw) (?:[\w-]+ ){1,3}|\b[\w'’-]+ )(?<!\b(?:to|will|would|may|might|could|should|must|shall|not|never|cannot|did|does|do|can|and to|or) )sign(?= (?:an?|the|some|several|two|three|four|five|six|seven|eight|nine|ten|\d+|[\w-]+)\b[^.;]{0,50}?\b(?:agreements?|accords?|deals?|memorand\w*|treat(?:y|ies)|protocols?|documents?|MoUs?)\b)|(?:put|puts|putting|affixed|affix|affixes) (?:their|his|her) signatures? to|(?<!\b(?:decree|law|order|bill|resolution|ordinance)s?(?: (?:was|were|had been|has been))? )signed(?! (?:a |an |the )?(?:(?:royal|presidential|new|government|executive|special|formal) )?(?:decree|law|order|bill|resolution|executive|submission|petition|appeal|request|proposal|motion|book of condolence))|signing of|signing (?:a|an|the) (?=(?:[\w-]+ ){0,3}(?:memorand|agreement|accord|deal|treaty|protocol|communiqu|declaration|MoU))|inked|concluded(?! that\b)(?! (?:(?:his|her|their|its|a|an|the) )?(?:[\w-]+ ){0,3}?(?:visits?|tours?|trips?|stays?|talks|meetings?|sessions?|summit|conference|discussions|consultations|rounds?|swing)\b)|memorandum of understanding|memoranda of understanding|MoUs?|joint communique|joint communiqu(?=é)|joint declaration|(?<=\b(?:issued|issues|issuing|released|releases|adopted|adopts|signed|signs) (?:a |the |their |an? (?:[\w-]+ )?)?)joint statement|(?:tripartite|trilateral|bilateral) declaration|exchange of (?:notes|letters|(?:the )?instruments of ratification)|exchang(?:ed|es|ing) (?:the |their )?instruments of ratification|exchang(?:ed|es|ing) (?:the |their )?(?:diplomatic )?(?:notes|letters)(?= (?:on|bringing|that|which|to|formali[sz]ing|establishing|confirming|agreeing)\b)|endors(?:ed|es|ing) (?:a|the|their) (?:joint |final )?declaration|agreed (?:(?:last|this|earlier this|late last|early last) (?:week|month|year|weekend) |(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday) |(?:during|in|at|over) (?:the|that|this|their) (?:[\w-]+ )?(?:call|meeting|talks|conversation|summit) |(?:in|on) [A-Z][\w'’-]+ (?:[A-Z\d][\w'’-]* )?(?:(?:on|last|this) [A-Z]?[a-z]+ )?)?(?:on|to|that|upon|with)|(?<=\b(?:two|both) (?:[\w-]+ )?(?:sides|ministers|leaders|countries|governments|presidents) )agreeing (?:on|to|that|upon)|agreed (?:an?|the|their) (?:[\w-]+ ){0,3}?(?:deal|accord|agreement|treaty|pact)\b|put (?:his|her|their) names? to|initiall?ed|(?<=\b(?:agreement|accord)s )between(?= (?:the )?[A-Z])|(?<=\b(?:agreement|accord)s between [^.;]{1,80}?,? and )between(?= (?:the )?[A-Z])|(?:reached|reach|reaches|reaching|struck|strikes|striking|clinched|sealed|hammered out) (?:an? |the |their |its )?(?:[\w-]+ ){0,3}?(?:agreement|deal|accord|pact|treaty|understanding|consensus)(?= (?:on|to|over|that|with|in|at|for|which|after|during|under|between)\b|[,.;])|(?<=\b[A-Z][\w'’.-]* (?:and|&) (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)? )(?:announced|announce) (?:an? |the |their )?(?:[\w-]+ ){0,2}?(?:agreement|deal|accord)(?= (?:on|under|to|that|which|with)\b|[,.;])|(?<=\b(?:agreement|deal|accord|pact|consensus|understanding) (?:was|has been|had been|were|have been) )(?:reached|struck|clinched|sealed|hammered out))\b/gi,
    roles(ctx, start, end) {
      // ("Both sides have agreed to disagree on the Sahara": a difference kept, no deal.)
      if (/^\s+(?:to\s+)?disagree\b/i.test(ctx.text.slice(end, end + 16))) return null;
      // ("runs the port under a concession agreed with the regional authorities": a participle naming the terms a deal
      // set, told in passing, no agreement between states told.)
      if (/^agreed/i.test(ctx.text.slice(start, end)) && TERMS_AGREED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) return null;
      // ("was reviewing all cooperation agreements signed with Cambodia": deals of the past named as a class, none told.)
      if (/^signed$/i.test(ctx.text.slice(start, end)) && DEALS_AS_CLASS.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start)) && !ctx.dates.some((d) => d.start >= end && d.start - end <= 40)) return null;
      // ("Kiribati and Samoa each signed packages of agreements": each with a partner told elsewhere, not with each other.)
      if (/\beach\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 6), start)) && !/^[^.;]*?\bwith\b/i.test(ctx.text.slice(end, clauseEnd(ctx, end)))) return null;
      // "agreements between A and B in January 1974 and between A and C that May": each pair a deal of its own, told
      // with its own date (a plural deal named with no date is history told in passing).
      // ("the 1993 Oslo accords between A and B": so too dated by a year before the deal's name.)
      if (end - start === 7 && /^between$/i.test(ctx.text.slice(start, end)) && !ctx.dates.some((d) => d.start >= end && d.start - end <= 60 && !/\bbetween\b/.test(ctx.text.slice(end, d.start))) && !YEAR_NAMED_DEALS.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 50), start))) return null;
      // "The treaty was signed in 1973 by the governments in Brasília and Asunción": the capitals stand for them.
      const seats = SIGNED_BY_SEATS.exec(ctx.text.slice(end, clauseEnd(ctx, end)));
      if (seats) {
        const [a, b] = distinctParties(partiesAfter(ctx, end + seats[0].length, clauseEnd(ctx, end)).filter((p) => p.via === "city" || p.via === "actor"));
        if (a && b && /^\s*(?:and|&)\s+$/.test(ctx.text.slice(a.end, b.start))) return { source: a, target: b };
      }
      // "ended the 2015 Agreement for Peace, signed in Algiers, with immediate effect": a deal another verb ends, named
      // with where it was once signed, is no signing told.
      if (/^signed$/i.test(ctx.text.slice(start, end)) && ENDED_DEAL.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 100), start))) return null;
      // "The treaty was signed in Fiji last year by A and B": the signers after "by", not the place.
      const signers = /^signed$/i.test(ctx.text.slice(start, end)) && PASSIVE_BEFORE.test(ctx.text.slice(start - 24, start)) ? signedBy(ctx, end) : null;
      if (signers) return signers;
      let roles = dyad(ctx, start, end) ?? signedDeal(ctx, start, end);
      // "X met Y in Beijing and signed a communiqué", "… and the two signed": the one met signs with them.
      if ((!roles || (roles.source && !roles.target)) && /^signed$/i.test(ctx.text.slice(start, end))) {
        const met = MET_THEN_SIGNED.exec(ctx.text.slice(ctx.sentence.start, start));
        const signer = roles?.source ?? (met ? subjectBefore(ctx, ctx.sentence.start + met.index) : undefined);
        const partner = met && signer ? ctx.parties.find((p) => p.start >= ctx.sentence.start + met.index && p.end <= start && (p.via === "official" || p.via === "actor") && p.cue !== "in" && p.cue !== "at" && p.code !== signer.code && !ORGANISATIONS.has(p.code)) : undefined;
        if (signer && partner) roles = { ...roles, source: signer, target: partner };
      }
      // "X agreed Tuesday to halt strikes on Ukraine's infrastructure": what one side agrees to do names no other side
      // after it, unless with "with".
      if (roles?.source && roles.target && roles.target.start > end && /^agreed\b/i.test(ctx.text.slice(start, end)) && !["with", "and", "between"].includes(roles.target.cue)) roles.target = undefined;
      // "In Peru he signed a visa waiver": a deal signed by one side in another state, opening the clause, is with it.
      if (roles?.source && !roles.target) {
        const clauseStart = ctx.sentence.start + Math.max(0, ctx.text.slice(ctx.sentence.start, start).lastIndexOf(";") + 1);
        const lead = ctx.text.slice(clauseStart, roles.source.start);
        const place = /^\s*(?:In|in|At|at)\s+[^,;]{1,30}?,?\s+$/.test(lead) ? partiesBefore(ctx, roles.source.start, clauseStart).find((p) => (p.cue === "in" || p.cue === "at") && (p.via === "actor" || p.via === "city") && p.code !== roles.source!.code) : undefined;
        if (place) roles.target = place;
      }
      return roles;
    },
  },
  {
    id: "event.relations-established",
    // ("restored them in 1988": relations named just before, their pair found by rule-events.ts relationsTold.)
    // ("The relations were reestablished in 2019": so too the passive of "reestablish".)
    // ("set up diplomatic ties on Sept. 21": so too a phrasal verb.)
    keywords: ["relations", "ties", "restor", "recogni"],
    // (Every verb of the pattern opens a word: after "\b", or after a space in "relations, which were established".)
    wordGate: /\b(?:(?:re-?)?establish|restor|resum|normali[sz]|forg|formed|opened|renew|recogni[sz]|set(?:s|ting)?\b)/i,
    type: "relations-established",
    // ("broke with Taiwan and recognised Beijing": recognising one of two rival governments is ties with it, SCHEMA.md;
    // "Panama recognises Taipei" is a standing, no act; "broke them off in 2002 to recognise Beijing": the purpose of a
    // rupture told, done with it.)
    pattern: new RegExp(`\\brecogni[sz](?:ed|ing|e(?= (?:the )?[A-Z][\\w-]* (?:government|administration|regime)\\b))(?= (?:the )?[A-Z])(?! (?:the )?[A-Z][\\w'’.-]*(?: [A-Z][\\w'’.-]*){0,3} for (?:(?:more than|nearly|almost|over|about|some|many|several|two|three|four|five|six|seven|eight|nine|ten|\\d+) )*(?:decades|years|generations|centuries)\\b)|(?<=\\b(?:broke|cut|severed|dropped|abandoned)(?: off)?(?: (?:them|it|(?:(?:its|their|the|all) )?(?:diplomatic )?(?:ties|relations)))?(?: off)?(?: with (?:the )?[\\w'’.-]+(?: [\\w'’.-]+)?)?(?: (?:in|on) (?:\\w+ )?\\d{4}| in \\w+)?,? (?:in order )?to )recogni[sz]e(?= (?:the )?[A-Z])|\\b(?:establish(?:ed|es|ing|ment of)?|re-?establish(?:ed|es|ing|ment of)?|restor(?:e|ed|es|ing|ation of)|resum(?:e|ed|es|ing|ption of)|normali[sz](?:e|ed|es|ing|ation of)|forg(?:e|ed|ing)|formed|opened|renew(?:ed|al of)?|set(?:ting)? up|sets up) (?:(?:its|their|the) )?${RELATIONS}|(?<![\\w-])${RELATIONS}(?: with (?:the )?[A-Z][\\w'’.-]*(?: [A-Z][\\w'’.-]*){0,3}(?=,))?,? (?:which |that )?(?:were |was |are |is |have been |had been )?(?:also |first |only |finally |eventually |later |fully |formally |officially )?(?:established|re-?established|formed|restored|resumed|normali[sz]ed|forged)|(?<![\\w-])${RELATIONS} between [^.;]{1,160}? (?:were|was|are|is|have been|had been) (?:also |first |formally |officially |finally )?(?:established|re-?established|formed|restored|resumed|normali[sz]ed|forged)|\\b(?:restor|resum|normali[sz])(?:ed|es|ing) them\\b|\\bthey (?:were|had been|have been) (?:restored|resumed|normali[sz]ed|re-?established)\\b`, "gi"),
    roles: (ctx, start, end, m) => (RECOGNISED.test(m[0]) ? governmentRecognised(ctx, start, end) : RELATIONS_WITH_TOLD.test(m[0]) ? relationsWith(ctx, start, m) : (withWhich(ctx, start) ?? dyad(ctx, start, end))),
  },
  {
    id: "event.relations-severed",
    // ("Algeria severed them again": relations named just before, as above; "restored the ties it had broken with
    // Washington": the subject broke them too.)
    // ("had cut all official contact with the island": contact a state keeps only with a state it recognises.)
    // ("would no longer recognize the Republic of China": recognition of a government ended.)
    keywords: ["relations", "ties", "broke", "break", "recogni", "sever", "contact"],
    wordGate: /\b(?:sever|cut|br[oe]|dropp|switch|end|suspend|ruptur|terminat|froze|freez|longer|put|plac)/i,
    type: "relations-severed",
    // ("announced the break in relations": the rupture told as a noun a leader announces.)
    // ("San Salvador broke with Taipei", "the latest to break with Taipei", "ended its 77-year relationship with Taiwan", "ended its 36-year recognition of
    // Taiwan": a state's name after "with" or "of".)
    pattern: new RegExp(`\\b(?:announc|declar|decre)(?:ed|es|ing) (?:the |a )?(?:break|rupture|severance|breaking off)(?: (?:in|of))? (?:diplomatic )?(?:relations|ties)\\b|\\bbr(?:oke|eaks|eaking|eak(?<=\\bto break)) with(?= (?:the )?[A-Z])|\\bend(?:ed|ing|s)? (?:its|their|the|[A-Z][\\w.-]*['’]s) (?:[\\w-]+ ){0,2}(?:(?:diplomatic )?relationship with|recognition of|ties with|relations with)(?= (?:the )?[A-Z])|\\b(?:sever(?:ed|s|ing)?|cut(?:s|ting)?(?: off)?|br(?:oke|oken|eaks|eaking|eak)(?: off)?|dropp(?:ed|ing)|switch(?:ed|es|ing)|end(?:ing|s)? (?:\\w+ ){0,2}of|ended (?:(?:more than|nearly|almost|over|some) )?(?:\\w+ ){1,2}(?:years|decades) of|suspend(?:ed|s|ing)?|rupture(?:d)?|end(?:ed|ing)?|terminat(?:ed|es|ing|e)|froze|freez(?:e|es|ing)) (?:[\"“]?(?:all|its|their|the) )?(?:own )?(?:${RELATIONS}|(?:official|diplomatic) contacts?)|(?<![\\w-])${RELATIONS},? (?:which |that )?(?:were |was |have been |had been )?(?:severed|cut|broken off|suspended|ruptured)|(?<![\\w-])${RELATIONS} between [^.;]{1,160}? (?:were|was|have been|had been) (?:severed|cut|broken off|suspended|ruptured)|\\b(?:ruptur(?:e|ing)|severance|severing|breaking off) of (?:(?:the|its|their|all) )?${RELATIONS}|\\b(?:sever(?:ed|s|ing)?|broke|breaking|cutting) them(?: off)?\\b|\\bno longer recogni[sz](?:e|es|ed|ing)(?= (?:the )?[A-Z])(?! (?:the )?[\\w.-]+(?: [\\w.-]+)?['’]s\\s)|\\bthey (?:were|had been|have been) (?:severed|cut|broken off|suspended)\\b|(?<=\\b(?:relations|ties)\\b[^.;]{1,120}? and )dropp(?:ed|ing) (?=(?:the )?[A-Z])|\\b(?:put(?:s|ting)?|plac(?:ed|es|ing)) (?:(?:all|its|their|the) )?(?:diplomatic )?(?:relations|ties)(?=(?: with (?:the )?[A-Z][^.;,]{0,40}?)? ["“]?on hold\\b)|(?<![\\w-])${RELATIONS} (?:that |which )?(?:it|they) (?:had |has |have )?(?:broken|severed|cut)(?: off)?(?= with\\b)`, "gi"),
    roles: severedRoles,
  },
  {
    // "switched diplomatic recognition from Taipei to Beijing": relations severed with the one, established with the
    // other (SCHEMA.md conventions).
    id: "event.recognition-switched-from",
    keywords: ["switch", "shift"],
    type: "relations-severed",
    pattern: SWITCHED,
    roles: (ctx, start, end) => ({ source: subjectBefore(ctx, start), target: partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "from") }),
  },
  {
    id: "event.recognition-switched-to",
    keywords: ["switch", "shift"],
    type: "relations-established",
    pattern: SWITCHED,
    roles: (ctx, start, end) => ({ source: subjectBefore(ctx, start), target: partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "to") }),
  },
  {
    // "switched allegiance to Beijing", "switched to Beijing in 1997": relations with the one it turned to.
    // ("Costa Rica made the switch in June 2007", "Kiribati switched in 2019": the switch the article told last, event-roles.ts
    // lastSwitch.)
    id: "event.recognition-switched-to-only",
    keywords: ["switch", "dropp", "drops", "abandon", "ditch", "dump"],
    type: "relations-established",
    // ("dropped Taipei for Beijing": the state left between the verb and "for", talk-pairs.ts readPairs.)
    pattern: /\bswitch(?:ed|es|ing)? (?:(?:its|their|the) )?(?:diplomatic )?(?:(?:recognition|allegiance|ties|relations) )?to(?=\s+(?:the\s+)?[A-Z])|\b(?:dropp(?:ed|ing)|drops|abandon(?:ed|s|ing)|ditch(?:ed|es|ing)|dump(?:ed|s|ing)) (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2} for(?=\s+(?:the\s+)?[A-Z])|\bmade the (?:same )?switch\b(?! to\b)|\bswitched(?= (?:in|on) (?:[A-Z]|\d)| ?[.;])/g,
    roles: (ctx, start, end) => ({ source: subjectBefore(ctx, start), target: partiesAfter(ctx, end, end + 40).find((p) => p.start - end <= 6 && p.via !== "city") ?? partiesAfter(ctx, end, end + 40).find((p) => p.start - end <= 6) }),
  },
  {
    // "China downgraded its relations with Lithuania to chargé d'affaires": the level of representation changes.
    id: "event.relations-downgraded",
    keywords: ["downgrad", "representation", "staff", "personnel", "charg", "presence", "secretar", "level"],
    type: "mission-downgraded",
    // ("lowered its diplomatic representation in Moscow to the level of chargé d'affaires": the same change; so is
    // "to reduce the number of diplomatic staff of A's embassy in B".)
    // ("downgrade its diplomatic representation with A" says the change by itself; "reduce its own representation in A
    // to the level of chargé d'affaires"; "A's embassy there will be run by a chargé d'affaires": the post's head lowered;
    // "lowering its own representation" in answer to the other's downgrade; "cut relations with A to the level of
    // chargé d'affaires", a cut that keeps them; "to chargé level" too.)
    // ("announced that relations with A would be downgraded": the announcer's, with A; "downgrading the level of its
    // diplomatic representation in A": the level named before whose representation it is.)
    // ("to lower the level of its diplomatic representation in A": so too lowered; "cut its representation in A to
    // chargé d'affaires level" likewise.)
    pattern: new RegExp(`\\b(?:diplomatic )?(?:relations|ties)(?= (?:were|was|have been|had been|has been) (?:\\w+ly )?(?:cut|reduced|lowered|downgraded) to (?:the )?(?:level|rank) of (?:an? )?charg)|\\b(?:cut|cuts|cutting|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?) (?:(?:its|their|the) )?(?:diplomatic (?:presence|relations|ties)|relations|ties)(?= [^.;,]{0,60}?\\bto (?:the )?(?:(?:level|rank) of (?:an? )?(?:charg|(?:first |second |third )?secretar|counsel+or|attach)|charg[ée]s?(?: d.affaires)?[- ]level|(?:their |its )?lowest (?:possible )?level|(?:second|third)[- ]secretary level))|\\b(?:diplomatic )?(?:relations|ties) with(?= [^.;,]{1,40}? (?:would|will|are to|were|had been|have been|has been) (?:be |been )?downgraded\\b)|\\bdowngrad(?:e|ed|es|ing) (?:(?:its|their|the) )?${RELATIONS}|\\bdowngrad(?:e|ed|es|ing) (?:(?:its|their|the) )?(?:own )?(?:level of )?(?:(?:its|their) )?(?:diplomatic )?representation\\b|\\b(?:lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|cut|cuts|cutting) (?:(?:its|their|the) )?(?:own )?(?:level of )?(?:diplomatic )?representation\\b(?=[^.;]{0,60}\\b(?:level|charg))|\\b(?:lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)) (?:its|their) own (?:diplomatic )?representation\\b|\\b(?:lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)) the level of (?:its|their) (?:own )?(?:diplomatic )?representation\\b|\\b(?:lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing)|cut(?:s|ting)?) the level of (?:(?:its|their|the) )?(?:diplomatic )?relations\\b(?! (?:to|at) (?:the )?(?:level of )?(?:full |ambassador))|\\b(?:will|would) (?:now |henceforth |temporarily )?be (?:run|headed|led|managed) by an? (?:[\\w-]+ )?charg[ée] d.affaires\\b(?! (?:until|pending) (?:the|a|an) (?:new )?(?:ambassador|successor))|\\b(?:reduc(?:e|ed|es|ing)|cut(?:s|ting)?) (?:\\w+ly )?the (?:number|size) of (?:the )?(?:diplomatic )?(?:staff|personnel)(?= (?:of|at|in) (?:the |its |their |\\w+['’]s )?(?:[\\w-]+ )?(?:embassy|mission|consulate)\\b)`, "gi"),
    roles: representationRoles,
  },
  {
    id: "event.relations-upgraded",
    keywords: ["upgrad", "level", "rank", "ambassador"],
    wordGate: /upgrad|rais|elevat|restor/i,
    type: "mission-upgraded",
    // (Not to a "strategic partnership": a label, not a level of representation.)
    // ("has restored ambassadorial-level representation in A" too.)
    // ("raised its diplomatic representation in Iraq to ambassadorial level" likewise, and "elevates its representation in
    // A to the rank of ambassador"; "raise the level of B's representation in A" says the change without the level.)
    // ("raise its representation in Kabul from chargé d'affaires to ambassador", "upgrading its own chargé d'affaires in
    // A to the rank of ambassador" likewise.)
    pattern: new RegExp(`\\bupgrad(?:e|ed|es|ing) (?:(?:its|their|the) )?${RELATIONS}(?!\\w| to (?:an? |the )?(?:[\\w-]+ ){0,3}partnership)|\\b(?:rais(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)|elevat(?:e|ed|es|ing)|restor(?:e|ed|es|ing)) (?:(?:its|their|the) )?(?:own )?(?:diplomatic )?(?:representation|relations|ties|charg[ée]s? d.affaires)(?= (?:(?:in|with) [^.;]{1,40}? )?(?:from (?:the )?(?:level of )?(?:an? )?charg[ée]s? d.affaires(?: level)? )?(?:back )?to (?:the )?(?:(?:full )?(?:ambassadorial|ambassador|embassy|high[- ]commissioner|high commission)[- ]level|(?:rank|level) of (?:an? |full )?ambassadors?|ambassadorial rank|(?:full )?ambassadors?(?=[,.;]| and\\b)))|\\b(?:rais(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)|elevat(?:e|ed|es|ing)) the level of (?:(?:its|their|(?:the )?[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)?['’]s) )?(?:diplomatic )?representation\\b|\\brestor(?:e|ed|es|ing) (?:(?:its|their|the) )?(?:ambassadorial|ambassador)[- ]level (?:diplomatic )?(?:representation|relations|ties)\\b|\\b(?:rais(?:e|ed|es|ing)|upgrad(?:e|ed|es|ing)|elevat(?:e|ed|es|ing)) the level of (?:its|their) (?:[\\w'’-]+[ /]){0,3}?charg[ée]s? d.affaires(?= [^.;]{0,40}?\\bto (?:that|the (?:level|rank)) of (?:an? )?ambassador)`, "gi"),
    roles(ctx, start, end) {
      return representationRoles(ctx, start, end);
    },
  },
  {
    id: "event.recognition",
    opens: ["recogni", "grant", "extend", "accord", "announced", "declared", "confirmed"],
    keywords: ["recogni"],
    type: "recognition",
    // ("had announced their own recognition": the recognition just told, of the state it was of; event-roles.ts rowTarget.)
    // ("recognised the city as Israel's capital", "recognition of Jerusalem as its capital": a city's status, no state's.)
    pattern: /\b(?:recogni[sz](?:ed|es|ing|e)(?! (?:the city|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) as (?:the )?(?:[\w'’-]+ )?capital\b)|recognition of(?! (?:the city|[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) as (?:the )?(?:[\w'’-]+ )?capital\b)|(?:grant(?:ed|s|ing)?|extend(?:ed|s|ing)?|accord(?:ed|s|ing)?) (?:its |formal |diplomatic |official )*recognition to|(?:announced|declared|confirmed) (?:its|their) own (?:formal |official )?recognition(?! of))\b/gi,
    roles(ctx, start, end, m) {
      const tail = ctx.text.slice(end, Math.min(ctx.sentence.end, end + 80));
      if (/^\s*(?:its |their |the )?(?:[\w-]+ )?(?:passports?|documents?|diplomas?|(?:the )?(?:importance|need|role|efforts|contributions?|achievements?|work|value))\b/i.test(tail)) return null;
      if (/^\s*that\b/i.test(tail)) return null;
      // ("issued a statement recognising him", "recognised Juan X as interim president": a person recognised as a
      // government's head is no state recognised.)
      if (PERSON_RECOGNISED.test(tail)) return null;
      // "two of the nations that still recognise Taiwan", "continues to recognise X": a standing tie, no act.
      if (STILL_RECOGNISING.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 20), start))) return null;
      // ("pressure on the handful of states that recognise it": states described by the tie they keep, none named.)
      if (STATES_THAT.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start))) return null;
      // ("offices in Fiji and Papua New Guinea, which recognize Beijing": the present tense of a tie kept.)
      if (/^recogni[sz]es?$/i.test(m[0]) && /\b(?:which|that|who)\s+(?:also\s+|both\s+)?$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start))) return null;
      if (RECOGNITION_STOPPED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 20), start))) return null;
      // "withdrew its recognition of the SADR", "revoked the recognition of Kosovo": recognition taken back, no act of it.
      if (/^recognition of$/i.test(m[0]) && RECOGNITION_UNDONE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) return null;
      // ("de-recognised Kosovo": the hyphen lets the pattern in.)
      if (/\b(?:de|un)-$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 3), start))) return null;
      // "more than 100 countries have recognised it": a tally of states, none of them named, is no act of one.
      if (COUNTED_STATES.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) return null;
      // "Yemen's internationally recognised government": a standing, not an act.
      if (/\b(?:internationally|widely|universally|generally)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start))) return null;
      // "recognised Moroccan sovereignty over Western Sahara": a claim, not a state (SCHEMA.md: statehood only).
      if (/^\s*(?:[\w'’-]+\s+){0,2}(?:sovereignty|claim|annexation|territorial)\b/i.test(tail)) return null;
      // "recognized opposition candidate X as Venezuela's president-elect": a person or a government, not a state.
      if (/^[^.;]{0,80}?\bas\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}(?:president(?:-elect)?|winner|leader|head of state|prime minister|government|representatives?)\b/i.test(tail)) return null;
      // "a conference that is recognized by both Russia and Ukraine": a passive's subject must be a state named right before.
      const passive = /\b(?:is|are|was|were|been|be)\s+$/i.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 8), start));
      if (passive && !ctx.parties.some((p) => p.end <= start && start - p.end <= 30 && (p.via === "actor" || p.via === "pronoun"))) return null;
      // "A is recognised by around 100 countries": a standing fact, no act; "A was recognised by B and C (, but not by
      // D)": the states after "by" recognise the subject.
      if (passive && /^(?:is|are)\b/i.test(passive[0])) return null;
      const by = passive ? /^\s+by\s/i.exec(tail) : null;
      if (by) {
        const patient = subjectBefore(ctx, start);
        const not = NOT_BY.exec(tail);
        const agents = distinctParties(partiesAfter(ctx, end, not ? end + not.index : clauseEnd(ctx, end)).filter((p) => p.via === "actor" && p.code !== patient?.code));
        return patient && agents[0] ? { source: agents[0], target: patient, moreSources: agents.slice(1) } : null;
      }
      const source = subjectBefore(ctx, start);
      // ("their own recognition" has no object: what follows it is another clause's, "…, with X saying".)
      let target = OWN_RECOGNITION.test(m[0]) ? undefined : objectAfter(ctx, end, undefined, source?.code);
      // "recognise the former Serbian province": a part of the state the demonym names, which is the other state of
      // the sentence when there is one ("Kosovo and Israel established relations, making Israel the latest …").
      if (target && PART_OF_STATE.test(ctx.text.slice(target.end, target.end + 14))) {
        const part = target.code;
        target = ctx.parties.find((p) => p.via === "actor" && p.end <= start && p.code !== part && p.code !== source?.code);
        if (!target) return null;
      }
      // "the formal recognition of Kosovo by Chile, Peru and Norway": the noun's agents, listed after "by".
      if (target && /^recognition of$/i.test(m[0])) {
        const agents = agentsAfterBy(ctx, target.end, target.code);
        if (agents[0]) return { source: agents[0], target, moreSources: agents.slice(1) };
      }
      // "Macedonia and Montenegro granted recognition to Kosovo": every state of the subject.
      const partner = source ? partnerOf(ctx, source) : undefined;
      if (partner && partner.end <= start && partner.code !== target?.code) return { source, target, moreSources: [partner] };
      // Switching recognition between Beijing and Taipei is a change of relations, not recognition of a state (DOMAIN.md).
      if (target && (RIVAL_GOVERNMENTS.has(target.code) || governmentOf(ctx, end, target))) return null;
      if (target && target.start - end > 60) return null;
      return { source, target };
    },
  },
  {
    id: "event.credentials",
    opens: ["copy", "copies", "credentials", "letter", "his", "her", "their"],
    // (Between Commonwealth states a high commissioner presents "letters of commission".)
    // ("Six new heads of mission … presenting their letters to the Governor General": the letters alone, when presented
    // to someone; "…, while Y presented his to President Z": the credentials told before, by "his" alone.)
    keywords: ["credential", "credence", "accreditation", "of commission", "letters"],
    type: "credentials-presented",
    pattern: /\b(?:(?:copy|copies) of (?:(?:his|her|their) )?(?:credentials|letters? of (?:credence|commission))|credentials|letters? of (?:credence|commission)|letters of accreditation|letters(?<=\b(?:present|submitt|hand)(?:ed|ing|s)?(?: over)? (?:his|her|their) letters)(?= to\b|[,.;]| (?:on|at|in|today|yesterday|this|last)\b)|(?:his|her|their)(?<=\b(?:presented|presents|presenting|handed|submitted) (?:his|her|their))(?= (?:own )?to (?:President|King|Queen|Emperor|Governor|Sultan|Emir|Grand Duke|Prince|the (?:President|King|Queen|Emperor|Governor|Sultan|Emir))\b))\b/gi,
    roles(ctx, start, end, m) {
      // "told that his credentials would not be received that day": the noun's own verb, after it, says no.
      if (REFUSED_AFTER.test(ctx.text.slice(end, end + 40))) return null;
      // ("The ambassadors who presented their credentials represent A, B and C": the states listed are the envoys', read
      // by envoysRepresenting.)
      if (REPRESENT_AFTER.test(ctx.text.slice(end, end + 24))) return null;
      // ("A presented his credentials to X, while in Cairo B presented his to Y": "his" alone is read in its own clause.)
      const own = /^(?:his|her|their)$/i.test(m[0]) ? OWN_CLAUSE_OPENS.exec(ctx.text.slice(ctx.sentence.start, start)) : null;
      const clauseStart = own ? ctx.sentence.start + own.index : ctx.sentence.start + Math.max(0, ctx.text.slice(ctx.sentence.start, start).lastIndexOf(";"));
      const before = partiesBefore(ctx, start, clauseStart);
      const after = partiesAfter(ctx, end);
      // "letters of credence were handed over by 20 other heads of mission, among them Germany's X, Britain's Y … as well as
      // the ambassadors of Mali and Pakistan": every state listed after "by", to the host where the ceremony is.
      if (HANDED_BY.test(ctx.text.slice(end, end + 40))) {
        const states = distinctParties(after.filter((p) => (p.via === "actor" || p.via === "official") && p.cue !== "in" && p.cue !== "at" && p.cue !== "to"));
        const host = after.find((p) => p.cue === "to" && p.via !== "city") ?? [ctx.place, ctx.dateline].find((p) => p && !states.some((s) => s.code === p.code));
        const senders = states.filter((p) => p.code !== host?.code);
        if (host && senders.length) return { source: senders[0], target: host, moreSources: senders.slice(1) };
      }
      const lead = ctx.text.slice(clauseStart, start);
      // ("received the Ambassador-designate of A, X, who presented a copy of his credentials": the later verb is the
      // trigger's own, and the one received presents.)
      const presentedAfter = PRESENTED_AFTER_RECEIVED.test(lead);
      const receiving = !presentedAfter && /\b(?:accepted|received|receives|accepts|receiving|accepting)\b/i.test(lead);
      // "The President received the credentials of X": the envoys come after the trigger.
      // ("X was the first to present her credentials, followed by Y, Ambassador of B": an envoy after is no receiver.)
      // ("presented his credentials alongside the new ambassadors of Ireland and Vietnam": those states present too.)
      const alongside = receiving ? null : ALONGSIDE_ENVOYS.exec(ctx.text.slice(end, end + 90));
      const fellows: Party[] = [];
      if (alongside) {
        let last = end + alongside[0].length;
        for (const p of after) {
          if (p.start < last) continue;
          // ("… alongside the ambassadors of A and B and the high commissioners of C and D": a second group of the list.)
          if (p.via !== "actor" || (fellows.length ? !listJoint(ctx.text.slice(last, p.start)) && !NEXT_ENVOY_GROUP.test(ctx.text.slice(last, p.start)) : p.start !== last)) break;
          fellows.push(p);
          last = p.end;
        }
      }
      const [envoySide, receiverSide] = receiving ? [after, before] : [before, after.filter((p) => !isEnvoy(p) && !fellows.includes(p))];
      // ("His Iranian counterpart, X, presented his credentials": the possessive's owner is no envoy of this act.)
      const named = envoySide.filter(isEnvoy);
      let envoys = distinctParties(named.filter((p) => !(POSSESSOR.test(ctx.text.slice(p.start, p.end)) && named.some((q) => q.start > p.end && q.start - p.end <= 40 && q.code !== p.code))));
      // "accepted the credentials of envoys from Namibia, Ireland and Italy, among them …": the states listed first.
      const listed = receiving ? ENVOYS_FROM.exec(ctx.text.slice(end, end + 60)) : null;
      const head = listed ? after.find((p) => p.start === end + listed[0].length && p.via === "actor") : undefined;
      if (head) envoys = distinctParties([head, ...envoys]);
      // "the ambassadors of Mauritius, Paraguay and the Kyrgyz Republic": every state of the list.
      // (In text order: the parties before the trigger come nearest first.)
      const inOrder = receiving ? envoySide : [...envoySide].reverse();
      for (const envoy of [...envoys]) {
        let last = envoy;
        for (const p of inOrder) {
          if (p.start <= last.end) continue;
          // ("the ambassadors of Latvia, X, and Mongolia, Y": past the envoy named after their state.)
          if (p.via === "official" && p.code === last.code && /^,\s+$/.test(ctx.text.slice(last.end, p.start))) {
            last = p;
            continue;
          }
          if (p.start - last.end > 8 || p.via !== "actor" || !/^(?:,|,? and)\s+(?:the\s+)?$/i.test(ctx.text.slice(last.end, p.start))) continue;
          if (!envoys.some((e) => e.code === p.code)) envoys.push(p);
          last = p;
        }
      }
      // "Chile's new ambassador to Armenia presented her credentials": where the envoy is accredited receives them.
      const accreditedTo = receiving ? undefined : before.find((p) => p.cue === "to" && p.via !== "city" && ENVOY_TO.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 40), p.start)));
      // "The President accepted the letters of credence of eight ambassadors": a group, named elsewhere or just after.
      const groupAfter = receiving && ENVOY_GROUP.test(ctx.text.slice(end, end + 90));
      if (!envoys.length) {
        // "received the credentials of five ambassadors, among them Britain's X and India's Y": every state named.
        // (Not past a clause told against the ceremony, nor a relative one: "…, a month before Malaysia hosts the summit at which
        // A …", "…, who arrives as Dili's bid to join ASEAN …".)
        const cut = receiving ? LATER_CLAUSE.exec(ctx.text.slice(end, ctx.sentence.end)) : null;
        const states = receiving ? distinctParties(envoySide.filter((p) => p.via === "actor" && p.cue !== "in" && p.cue !== "at" && (!cut || p.start < end + cut.index))) : [];
        const fallback = envoySide.find((p) => p.via === "official") ?? envoySide.find((p) => p.via !== "city" && p !== accreditedTo);
        envoys = states.length > 1 ? states : fallback && !groupAfter ? [fallback] : [];
      }
      // "Six ambassadors-designate presented their letters …": the envoys are named elsewhere in the article.
      // ("X was among five new envoys who presented their credentials at the ceremony. The others were …": X and the others.)
      const unnamedGroup = ((ENVOY_GROUP.test(ctx.text.slice(clauseStart, start)) || (groupAfter && !envoys.length)) && !envoys.some(isEnvoy)) || AMONG_ENVOYS.test(lead);
      if (unnamedGroup) envoys = [];
      const senders = new Set(envoys.map((p) => p.code));
      const presentedWith = receiving ? null : PRESENTED_WITH.exec(lead);
      const receiver =
        (presentedWith ? before.find((p) => p.start >= clauseStart + presentedWith.index && p.via !== "city" && !senders.has(p.code)) : undefined) ??
        receiverSide.find((p) => p.role === "head-of-state" && !senders.has(p.code)) ??
        receiverSide.find((p) => (p.cue === "to" || p.cue === "of") && !senders.has(p.code)) ??
        (accreditedTo && !senders.has(accreditedTo.code) ? accreditedTo : undefined) ??
        receiverSide.find((p) => !senders.has(p.code)) ??
        [...before, ...after].find((p) => !senders.has(p.code) && (p.via === "city" || p.cue === "in" || p.cue === "at") && !inAside(ctx, p)) ??
        // "presented his letters to the President at State House": the post the envoy is known to hold.
        accreditedParty(envoys) ??
        // (The one who received them, else where the story is: "The Minister also received X, who presented …".)
        (presentedAfter ? [subjectBefore(ctx, clauseStart + lead.search(/\breceiv/i)), ctx.place].find((p) => p && !senders.has(p.code)) : undefined) ??
        // ("… presented his credentials alongside the new ambassadors of A and B": where the ceremony was just told.)
        (fellows.length ? [ctx.place, ctx.dateline].find((p) => p && !senders.has(p.code) && !fellows.some((f) => f.code === p.code)) : undefined) ??
        // ("BOGOTA — Petro received the credentials of the new Filipino ambassador": a receiver the text never titles, in
        // the state the story is filed from.)
        // (The state filed from, also once the story has named another place: not the last place named.)
        (envoys.length && ctx.filedFrom && !senders.has(ctx.filedFrom.code) ? ctx.filedFrom : undefined);
      const [first, ...rest] = receiving ? envoys : envoys.reverse();
      // ("The envoys who presented their letters are X of Rwanda, Y of Finland": the states listed are the envoys', and the
      // host is where the story is set.)
      const envoyStates = new Set(ctx.parties.filter((p) => p.via === "official" && isEnvoy(p)).map((p) => p.code));
      // (With no receiver named, where the ceremony is told: "… presented their credentials at the ceremony" in a story from Harare.)
      const host = unnamedGroup && (!receiver || envoyStates.has(receiver.code)) ? [ctx.dateline, ctx.place].find((p) => p && !envoyStates.has(p.code)) : receiver;
      if (unnamedGroup && host) return { source: host, target: host, unnamedGroup };
      return { source: first, target: receiver, moreSources: fellows.length ? [...rest, ...fellows.filter((p) => p.code !== receiver?.code)] : rest };
    },
  },
  {
    id: "event.ambassador-appointed",
    keywords: ["forward", "appoint", "nominat", "named", "names", "naming", "designat", "sworn", "swore", "swear", "installed", "accredited", "becom", "became", "confirm", "approv", "agr", "assigned", "envoys", "tapped", "picked", "chose", "selected", "ambassador"],
    gate: /ambassador|commissioner|envoy|representative|nuncio|['’]s (?:nomination|appointment)|installed|assigned|appointed|nominated|designated|named|sworn in|swore in|(?:appointed|nominated|named|appointment|nomination)(?: (?:last|this|earlier (?:this|last)) (?:week|month|year))? by\b|agr[ée]ment/i,
    type: "ambassador-appointed",
    datedOnlyByText: true,
    // ("X, South Korea's new ambassador to B, …. X was named to the post by the President in January": the post the
    // envoy was titled with.)
    pattern: /(?<=\b(?:was|were|been|is) )(?:appointed|named|nominated|posted|assigned) to(?= the [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)? (?:post|embassy)\b)|\b(?:becomes|will become|became)\b(?= (?:the )?(?:new |next )?(?:ambassador|high commissioner|permanent representative)s? (?:to|of)\b)|\b(?:tapped|picked|chose|chosen|selected|put forward|puts forward|putting forward)\b(?:[^.;]|(?<=\b[A-Z])\.){1,80}?\b(?:as|to be) (?:(?:its|the|their|his|her|[A-Z][\w.-]*['’]s) )?(?:(?:new|next|first|incoming) )?(?:[\w-]+ ){0,2}?(?:ambassador|high commissioner|envoy|permanent representative)s?\b|\b(?:appoint(?:ed|s|ing|ment(?: (?:in|on|last|late|early|earlier this|this) [\w ]{1,20}?)? of|ment as)?|(?:re)?nominat(?:e|ed|es|ing|ion(?: (?:in|on|last|late|early|earlier this|this) [\w ]{1,20}?)? of)|name[sd]|(?<=\bto )name|naming|designated|sworn in|(?:swore|swears|swearing) in|installed|(?<!\bnewly )accredited(?! from\b))\b(?:[^.;]|(?<=\b[A-Z])\.){0,240}?\b(?:ambassador|high commissioner|envoy|permanent representative|(?:apostolic )?nuncio)s?\b|\b(?:ambassador|high commissioner)s?[- ]designate\b|\bas (?:the )?(?:new )?head of (?:the |its |their )(?:[A-Z][\w-]* )?embassy\b(?!['’]s)(?<=\b(?:appoint(?:ed|s|ing)?|nominat(?:e|ed|es|ing)|name[sd]?|naming|designat(?:e|ed|es|ing))\b[^.;]{1,240})|\b(?:was|were|had been|has been) (?:appointed|nominated|named) to (?:the|this|that) (?:post|position|job)\b|\b(?:(?:was|were|had been|has been) (?:appointed|nominated|named)|(?:appointment|nomination)(?: (?:last|this|earlier (?:this|last)) (?:week|month|year))?) by\b|\b(?:confirm(?:ed|s|ing|ation of)|approv(?:ed|es|ing|al of))\s(?![^.;]{0,60}?\bthat\b)(?:[^.;]|(?<=\b[A-Z])\.){0,60}?\bas\s(?:[\w'’.-]+\s){0,3}(?:ambassador|high commissioner|permanent representative)s?\b|\b(?:confirm(?:ed|s|ing)|approv(?:ed|es|ing)|nominat(?:ed|es|ing)|appoint(?:ed|s|ing))\s[^.;]{0,80}?\bambassadorial (?:picks|nominees|nominations|candidates|choices)\b(?=,)|\b(?:grant(?:ed|s|ing)?|gave|give[sn]?|giving)\s+(?:(?:its|their|the|an?)\s+)?agr[ée]ment\b|(?:(?<=[A-Za-z.]),\s(?:for|who (?:will |is to )?(?:serve|be (?:posted|based|accredited|sent))(?: as (?:ambassador|envoy))? (?:in|to))(?=\s)|(?<=[A-Za-z.])\s(?:(?:was|is|has been|will be) (?:assigned|posted|sent) )?to(?=\s))(?<=\b(?:installed|appointed|nominated|sworn in|swore in|assigned|designated|named|envoys)\b[\s\S]{0,400})|(?<=[A-Za-z]['’]s )(?:nomination|appointment)\b|(?<=(?:^|;\s+(?:and\s+)?)[^;]{3,80}?,\s(?:(?:the\s)?new\s)?(?:ambassador|high commissioner)(?:\/permanent representative)?)\sto(?=\s)|\b(?:nominated|appointed|named|picked|tapped)\b(?=(?:[^.;]|(?<=\b[A-Z])\.){1,200}?\bfor the (?:(?:top )?(?:diplomatic )?(?:post|job|position)|ambassadorship)\b)/gi,
    roles(ctx, start, end, m) {
      // ("X, Latvia's ambassador, was appointed to the Moscow post in 2017": the post by its town, an envoy before.)
      if (/^(?:appointed|named|nominated|posted|assigned) to$/i.test(m[0]) && /^ the [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)? (?:post|embassy)\b/.test(ctx.text.slice(end, end + 50))) {
        const envoy = subjectBefore(ctx, start);
        const town = partiesAfter(ctx, end).find((p) => p.start - end <= 6 && (p.via === "city" || p.via === "actor") && /^\s+the\s+[A-Z]/.test(ctx.text.slice(end, p.end)));
        return envoy?.via === "official" && isEnvoy(envoy) && town && town.code !== envoy.code ? { source: envoy, target: town } : null;
      }
      // A roster's member and their posts: "A, for Chile and the OAS; B, …", "A was assigned to Ghana and Togo, and B to …".
      // ("… installed nine new ambassadors. … A, ambassador to Peru, concurrently accredited to Bolivia; B, ambassador to
      // Chile": a list of envoys titled by their posts, after an appointment of several told before it.)
      if (ROSTER_MARK.test(m[0]) && TITLED_ENTRY.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 20), start)) && !ROSTER_CUE.test(ctx.text.slice(Math.max(0, ctx.sentence.start - 1500), end))) return null;
      if (ROSTER_MARK.test(m[0])) return rosterRoles(ctx, start, end);
      // "President X announced Ms Y's nomination last December": the envoy named before "'s", to their post (or, where
      // the sentence does not say, the one the article gave them: rule-events.ts).
      if (POSSESSED_APPOINTMENT.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 3), end))) {
        const envoy = partiesBefore(ctx, start).find((p) => p.via === "official");
        if (!envoy || !isEnvoy(envoy) || !/^['’]s\s$/.test(ctx.text.slice(envoy.end, start))) return null;
        const post = envoy.accreditedTo ? { ...envoy, code: envoy.accreditedTo } : objectAfter(ctx, end, ["to", "as"], envoy.code);
        return { source: envoy, target: post };
      }
      // "The Peruvian side granted agrément on Monday to X, Chile's next ambassador": the host consents to the sender's
      // envoy, so the sender (named after it) appoints to the host (the subject).
      if (/agr[ée]ment$/i.test(m[0])) {
        const host = subjectBefore(ctx, start);
        const appointee = partiesAfter(ctx, end, ctx.sentence.end).find((p) => (p.via === "official" || p.via === "actor") && p.code !== host?.code && p.cue !== "in" && p.cue !== "at");
        return host && appointee ? { source: appointee, target: host } : null;
      }
      // "X becomes Ambassador to the Republic of Peru, with concurrent accreditation as Ambassador to Bolivia" (a
      // government's list of appointments): the appointee's state names them to each.
      if (/^(?:becomes|will become|became)$/i.test(m[0])) {
        const appointee = partiesBefore(ctx, start).find((p) => p.via === "official");
        const target = objectAfter(ctx, end, ["to", "of"], appointee?.code);
        const also = /\b(?:with concurrent accreditation|concurrently accredited|also accredited|with accreditation)\b[^.;]*?\bto\s/i.exec(ctx.text.slice(end, ctx.sentence.end));
        const moreTargets = also ? distinctParties(partiesAfter(ctx, end + also.index).filter((p) => p.via === "actor" && p.code !== target?.code && p.code !== appointee?.code)) : [];
        return appointee && target ? { source: appointee, target, moreTargets } : null;
      }
      // "confirmed two ambassadorial picks, X for Hungary and Y for Argentina": one appointment per post listed after it.
      if (/ambassadorial \w+$/i.test(m[0])) {
        const source = subjectBefore(ctx, start) ?? partiesAfter(ctx, start, end).find((p) => p.via === "official" || p.via === "actor");
        const posts = distinctParties(partiesAfter(ctx, end, Math.min(ctx.sentence.end, end + 160)).filter((p) => p.cue === "for" && p.via === "actor" && p.code !== source?.code));
        return source && posts[0] ? { source, target: posts[0], moreTargets: posts.slice(1) } : null;
      }
      // ("the names of the new ambassadors", "whose names": the noun, not the verb.)
      if (/^names\b/i.test(m[0]) && /\b(?:the|their|his|her|its|whose|of|and|two|three|with)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 7), start))) return null;
      // "named X, a former ambassador to Washington, as its special envoy": a past post describes the one named; the
      // appointment is to a post named after "as", if an envoy's to a state at all.
      if (HELD_TITLE_END.test(m[0]) && AS_NEW_HEAD_AFTER.test(ctx.text.slice(end, ctx.sentence.end))) return null;
      const former = FORMER_TITLE_END.test(m[0]);
      const asNew = former ? AS_ENVOY_AFTER.exec(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 80))) : null;
      if (former && !asNew) return null;
      // "the newly appointed ambassador" describes a person, not an appointment being reported; unless the clause goes on
      // to swear them in ("X, the newly appointed ambassador to Peru, was sworn in before the President").
      if (/^appointed\b/i.test(m[0]) && /\b(?:newly|recently|new|just)[- ]$/i.test(ctx.text.slice(start - 9, start)) && !SWORN_IN_AFTER.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 120)))) return null;
      // (Nor "recalled its ambassador-designate", "summoned the ambassador-designate of A": the object of another act.)
      if (/designate$/i.test(m[0]) && ACTED_ON_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) return null;
      // ("received a copy of the credentials of X, Ambassador-designate of A": the title of the envoy presenting them.)
      if (/designate$/i.test(m[0]) && /\b(?:credentials|credence)\b/i.test(ctx.sentence.text)) return null;
      // "The envoy, named last month, was appointed by President X", "the first appointment by President X to Kenya":
      // the post is named before the trigger; whoever follows "by" appoints.
      if (/\bby$/i.test(m[0])) {
        const before = clauseBefore(ctx, start);
        // ("the appointment last month by Sultan X of Y as ambassador to Vietnam": the appointee after the appointer.)
        const ofAs = OF_AS_ENVOY.exec(ctx.text.slice(end, clauseEnd(ctx, end)));
        const appointee = ofAs ? partiesAfter(ctx, end + ofAs.index, end + ofAs.index + ofAs[0].length).find((p) => p.via === "official" && isEnvoy(p)) : ctx.parties.find((p) => p.via === "official" && p.start >= start - before.length && p.end <= start);
        // ("X was appointed by President Y as ambassador to Z": the post after the appointer.)
        const asEnvoy = !ofAs && AS_ENVOY.test(ctx.text.slice(end, clauseEnd(ctx, end)));
        if (!ofAs && !asEnvoy && !/\b(?:ambassador|high commissioner|envoy|permanent representative)s?\b/i.test(before) && !(appointee && isEnvoy(appointee))) return null;
        // An envoy is appointed by their own state: the agent's state counts only when the envoy's is not known.
        const agent = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.via === "official" || p.via === "actor");
        const source = appointee && isEnvoy(appointee) ? appointee : agent;
        const accredited = appointee?.accreditedTo ? { ...appointee, code: appointee.accreditedTo } : undefined;
        const target = accredited ?? objectAfter(ctx, end, ["to", "in", "for"], source?.code) ?? partiesBefore(ctx, start).find((p) => p.cue === "to" && p.code !== source?.code);
        return source && target && source.code !== target.code ? { source, target, moreTargets: asEnvoy ? concurrentPosts(ctx, end, target, source) : undefined } : null;
      }
      // The appointing state is the subject ("President X nominated …"), else the appointee's own state.
      // "Godec was appointed by President Obama": the appointee before a passive, the appointing state after "by".
      const passive = /\b(?:was|were|is|has been|had been)\s+$/i.test(ctx.text.slice(start - 16, start));
      const appointee = passive
        ? partiesBefore(ctx, start).find((p) => p.via === "official")
        : partiesAfter(ctx, start, end).find((p) => p.via === "official" && isEnvoyRole(p.role));
      const agent = passive ? partiesAfter(ctx, start).find((p) => p.cue === "by") : undefined;
      const subject = agent ?? (passive ? appointee : subjectBefore(ctx, start));
      const accredited = appointee?.accreditedTo ? { ...appointee, code: appointee.accreditedTo } : undefined;
      // "appointed the ambassador to Senegal to serve simultaneously as ambassador to Chad": the post the sentence ends on.
      // ("appointed X, the Apostolic Nuncio to A, as the first Resident Papal Representative in B": past the post X holds
      // now, to the one after "as".)
      const asPost = asNew ?? /\bas\s+(?:\w+\s+){0,2}(?:ambassador|envoy|high commissioner)\s+to\s/i.exec(ctx.text.slice(end, clauseEnd(ctx, end))) ?? AS_POST_PAST_APPOSITION.exec(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 120)));
      // ("nominated X, who has been ambassador to A since 2019, for the post in B-town": the post named by its town last.)
      const forPost = FOR_POST_IN.exec(ctx.text.slice(end, ctx.sentence.end));
      let target = (forPost ? objectAfter(ctx, end + forPost.index, ["in", "at"], subject?.code ?? appointee?.code) : undefined)
        ?? (asPost ? objectAfter(ctx, end + asPost.index + Math.max(0, asPost[0].search(/\bas\s/i)), ["to", "in"], subject?.code ?? appointee?.code) : undefined)
        ?? objectAfter(ctx, end, ["to", "in", "for", "at"], subject?.code ?? appointee?.code) ?? accredited;
      // ("Lula nominated Oliveira for the post in November 2023": the post the envoy named right after the verb holds.)
      const nominee = target || !FOR_THE_POST.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 200))) ? undefined : partiesAfter(ctx, end).find((p) => p.via === "official" && p.start - end <= 4);
      // (With no post told of the envoy, the story's other state: "…, Brazil's ambassador there … Lula nominated her for the post".)
      const post = nominee && isEnvoy(nominee) ? (nominee.accreditedTo ?? (ctx.dominant === nominee.code ? ctx.counterpart : ctx.dominant)) : undefined;
      if (post && post !== subject?.code && post !== nominee!.code && !ORGANISATIONS.has(post)) target = party(post, nominee!.start, nominee!.end, "actor", "");
      const source = subject && subject.code !== target?.code ? subject : (appointee ?? partiesAfter(ctx, start).find((p) => p.via === "actor" && p.code !== target?.code));
      // "X, who served as Consul General in Singapore until his appointment as Ambassador in April": the post named before.
      if (!target && source && /^appointment as\b/i.test(m[0])) {
        const post = partiesBefore(ctx, start).find((p) => (p.cue === "in" || p.cue === "to") && (p.via === "actor" || p.via === "city") && p.code !== source.code);
        return post ? { source, target: post } : null;
      }
      // "appointed Ambassador to Georgia, with concurrent accreditation to Armenia", "…, and Ambassador to Brunei
      // concurrently": each post.
      return { source, target, moreTargets: target ? concurrentPosts(ctx, end, target, source) : undefined };
    },
  },
  {
    id: "event.ambassador-recalled",
    opens: ["recall", "withdr", "summon", "call", "order", "pull", "bring", "brought", "told", "instruct"],
    keywords: ["recall", "withdr", "summon", "consultations", "back", "home", "pull", "return"],
    wordGate: /withdr|summon|call|order|pull|bring|brought|told|instruct/i,
    type: "ambassador-recalled",
    // ("ordered the chargé d'affaires at its embassy in Lima, X, to come home for consultations": so too an order to return.)
    // ("It called home its ambassador in Tehran, X": the particle before the envoy.)
    // ("pulled its ambassador out of Lima": the post after "out of"; "recalled its representative to the Philippines": a
    // representative office's head, as an envoy.)
    // ("withdrew its decision to expel X's ambassador": a decision undone, no envoy withdrawn.)
    // ("Benyaich was recalled for consultations": an envoy named before by name alone, the roles' passive reading.)
    // ("ordered the calling for consultations of the Arnorian ambassador in Gondor": the Spanish "llamado a consultas"
    // rendered as a noun phrase; "called for consultations its ambassador", the Spanish order kept.)
    pattern: /(?<=\b[A-Z][\w'’-]+ (?:was|had been|has been) )recalled(?= (?:to [A-Z]\w+ )?for (?:urgent |immediate )?consultations\b)|(?<=\b[A-Z][\w'’-]+ (?:was|had been|has been|(?:had|has) (?:himself|herself) been) )(?:recalled|called (?:home|back))(?= by [A-Z])|(?<=\b(?:ambassador|envoy|high commissioner),\s)recalled(?= from [A-Z])|\b(?:recall(?:ed|s|ing)?(?! that)|withdr(?:ew|aw|awn|awing)(?! (?:its|their|the|an?|his|her) (?:[\w-]+ )?(?:decision|plan|request|proposal|threat|order|bid|offer|nomination|support|objection|complaint|motion|application|demand|candidacy|recognition|approval|agr[ée]ment|accreditation|consent|exequatur)\b)|summon(?:ed|s)? home|call(?:ed|s|ing)? back|call(?:ed|s|ing)? home(?= (?:its|their|the|[A-Z][\w-]*['’]s) ))\b(?:[^.;]{0,40}?)\b(?:ambassador|envoy|high commissioner|charg[ée] d.affaires|top diplomat|nuncio|representative)s?\b|\bpull(?:ed|s|ing)? (?:its|their|the) (?:[\w-]+ )?(?:ambassador|envoy|high commissioner|top diplomat|charg[ée] d.affaires)s? out of\b|\bpull(?:ed|s|ing)? (?:[A-Z][\w'’.-]+ ){1,3}out of\b|\b(?:ordered|orders|ordering|told|instructed) (?:its |their |the )?(?:[\w-]+ )?(?:ambassador|envoy|high commissioner|charg[ée] d.affaires)s?\b[^.;]{0,80}? to (?:come (?:home|back)\b|return (?:home\b|to(?= [A-Z])))|\b(?:ordered|orders|ordering|told|instructed) (?:its|their|[A-Z][\w-]*['’]s) (?:own )?(?:diplomatic )?(?:diplomats|representatives)\b[^.;]{0,60}? to return home\b|\bpull(?:ed|s|ing)? out (?:its|their) (?:own )?(?:ambassador|envoy|high commissioner)s?\b|\brecall(?:ed|s|ing)? (?:its|their) own\b(?= (?:in|on|last|this|that|the|a|an|for|from|as|after|over|\d)\b|[,.;])(?<=\b(?:ambassador|envoy|high commissioner)s?\b[^.;]{1,80}?\brecall(?:ed|s|ing)? (?:its|their) own)|(?<=\b(?:announced|ordered|confirmed) (?:his|her) (?:temporary |immediate )?)recall\b(?! (?:of|to)\b)|\b(?:bring|brings|bringing|brought) (?:home|back) (?:its|their|the country['’]s|[A-Z][\w-]*['’]s) (?:own )?(?:acting )?(?:ambassador|envoy|high commissioner|charg[ée] d.affaires|top diplomat)s?\b|\b(?:bring|brings|bringing|brought) (?:(?:Ambassador|High Commissioner|Envoy|Charg[ée] d.Affaires) (?=[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (?:home|back)\b)[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|(?!(?:them|him|her|it|us|me|everyone|everybody|people|all|both|both sides|the)\b)[A-Z][\w'’-]+) (?:home|back)\b|\b(?:bring|brings|bringing|brought) (?:home|back) (?:Ambassador|Envoy|High Commissioner|Charg[ée] d.Affaires) (?=[A-Z])|\b(?:bring|brings|bringing|brought) (?:its|their) (?:[\w-]+ )?(?:ambassador|envoy|high commissioner|charg[ée] d.affaires|top diplomat)s? (?:back )?home\b|\b(?:ordered|orders|ordering) the (?:immediate )?return of (?:its|their|the country['’]s|[A-Z][\w-]*['’]s) (?:ambassador|envoy|high commissioner)s? (?:in|to|from) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:(?:,| and) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?)*|\b(?:ordered|orders|ordering) (?:its |their |the )?(?:ambassador|envoy|high commissioner|top diplomat)s? (?:[^.;]{1,40}? )?back\b(?= (?:to|home|for|on|in|last|this|after|over|to)\b|[,.])|\b(?:ordered|orders|ordering) (?:Ambassador |Mr\.? |Ms\.? |Mrs\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} back(?= to [A-Z]| home\b)(?<=\b(?:ambassador|envoy|high commissioner|charg[ée] d.affaires)\b[^.;]{1,200}|\b(?:embass(?:y|ies)|high commission)\b[^.;]{1,120})|\b(?:ordered|orders|ordering) (?:its |their |the )?(?:ambassador|envoy|high commissioner)s? (?:[^.;]{1,40}? )?home\b(?:(?= for (?:urgent |immediate )?consultations)| from(?= (?:the )?[A-Z]))|\b(?:ordered|orders|ordering) (?:its|their) (?:own )?(?:ambassador|envoy|high commissioner)s? (?:in|to) (?:the )?[A-Z][^.;]{0,60}? home\b|(?<=\b(?:(?:ambassador|envoy|high commissioner)s?|diplomats)\b[^.;]{0,160}?\b(?:was|were|is|are|had been|has been|have been) (?:also |later |then |subsequently |immediately |(?:once )?again |formally |officially |hereby )?(?:being )?)(?:recalled\b(?! (?:as|that|how|fondly|with|by (?:friends|colleagues|those))\b)|(?:called|brought) (?:back|home)\b)|\b(?:call(?:ed|s|ing)?|order(?:ed|s|ing)) (?:[^\s.;,]+,? ){1,5}home from(?= (?:the )?[A-Z])|\b(?:recall(?:ed|s|ing)?|withdr(?:ew|aw|awn|awing)) ["“]?(?:its|their|all (?:of )?(?:its|their)|[A-Z][\w-]*['’]s) (?:[\w-]+ )?(?:diplomats|diplomatic (?:staff|personnel))\b["”]?(?=(?:,[^,.;]{1,40},)? from\b)(?! from (?:its|their|the) (?:[\w-]+ )?(?:embass(?:y|ies)|consulates?|missions?)\b)(?![^.;]*\bclos(?:e|ed|es|ing)\b)|\bcall(?:ed|s|ing)? (?:[\w'’-]+ ){1,3}home\b(?=\W{0,2} ?for consultations)|\bcall(?:ed|s|ing)? (?:its|their) (?:[\w-]+ )?(?:ambassador|envoy|high commissioner|charg[ée] d.affaires|top diplomat)s? home\b|\brecall(?:ed|s|ing)? (?:[\w'’-]+ ){1,3}(?=for (?:urgent |immediate )?consultations)|\brecall(?:ed|s|ing)? all (?:[\w'’-]+ ){0,3}(?:diplomats|diplomatic staff|envoys) (?:in|from) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)?(?= for (?:urgent |immediate )?consultations?\b)|\bcall(?:ed|s|ing)? (?:its|their|our|his|her|the|[A-Z][\w-]*['’]s) (?:[\w-]+ )?(?:ambassador|envoy|high commissioner)s?\b(?=(?:[^.;]|(?<=\b(?:Mr|Mrs|Ms|Dr|Amb|Hon))\.){0,80}\b(?:to|for) consultations)|\bcall(?:ed|s|ing)? (?:to|for) consultations,? (?:its|their) (?:[\w-]+ )?(?:ambassador|envoy|high commissioner)s?\b|(?<=\bthe )calling (?:for|to) consultations of (?:the |its |their )?(?:[\w-]+ )?(?:ambassador|envoy|high commissioner)s?\b|\b(?=recall)(?<!\b(?:was|were|is|are|been|being)\s(?:(?:also|then|later|first|[a-z]+ly)\s)?)recall(?:ed|s|ing)?(?= [A-Z])|\bwithdr(?:ew|aw|awing)(?= [A-Z][\w'’-]+\b(?! (?:from|troops|forces)\b))/gi,
    roles(ctx, start, end, m) {
      // ("ordered A, B, C, D and E to withdraw their diplomats": the states told to withdraw theirs recall no one; the
      // order is an expulsion.)
      if (toldToWithdraw(ctx, start)) return null;
      // "it recalled X, the politician whom Y had appointed ambassador to A": an envoy named right after the verb, from
      // their post (not "recalled X's words", nor a name that holds no envoy: the other readings below, or none).
      // (The pattern's capital after a bare "withdraw" cannot see case under the i flag: "withdrawing its diplomats".)
      if (/^withdr(?:ew|aw|awing)$/i.test(m[0]) && !/^\s[A-Z]/.test(ctx.text.slice(end, end + 2))) return null;
      // ("Paris pulled X out of Burkina Faso": the one pulled out by name is an envoy; not "pulled General Motors out of".)
      // (Under the pattern's i flag its capitals match any letter: "to pull its diplomats out of Lima" is read elsewhere.)
      if (/^pull(?:ed|s|ing)? [^.;]* out of$/i.test(m[0]) && !/(?:ambassador|envoy|commissioner|top diplomat|affaires)s? out of$/i.test(m[0]) && (!/^pull(?:ed|s|ing)? [A-Z]/.test(m[0]) || !ctx.parties.some((p) => p.start > start && p.end < end && p.via === "official" && isEnvoy(p)))) return null;
      if (/^(?:recall(?:ed|s|ing)?|withdr(?:ew|aw|awing))$/i.test(m[0]) && !PASSIVE_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 20), start)) && !ENVOY_APPOSED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start)) && !HIS_RECALL.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start))) {
        // ("when Kenya recalled Mr Tumbo": an honorific between.)
        const next = partiesAfter(ctx, end)[0];
        // ("decided to withdraw High Commissioner X": an envoy's title between.)
        const named = next && (next.start <= end + 2 || HONORIFIC_BETWEEN.test(ctx.text.slice(end, next.start)) || ENVOY_TITLE_BETWEEN.test(ctx.text.slice(end, next.start))) ? next : undefined;
        const source = subjectBefore(ctx, start);
        if (named?.via !== "official" || !isEnvoy(named) || /^['’]s\b/.test(ctx.text.slice(named.end, named.end + 3))) return null;
        // ("Kenya recalled Tumbo from Mogadishu": a post the article never gave them, named after "from".)
        const from = named.accreditedTo ? undefined : partiesAfter(ctx, named.end).find((p) => p.start - named.end <= 8 && p.cue === "from" && p.code !== named.code);
        // ("India decided to withdraw Verma", in a story of India and Canada: with no post told, the story's other state.)
        const other = ctx.dominant === named.code ? ctx.counterpart : ctx.dominant;
        // ("has not had an ambassador in Israel since May 2018, when Pretoria recalled X": the post the sentence named before.)
        const postBefore = partiesBefore(ctx, start).find((p) => (p.cue === "in" || p.cue === "to") && (p.via === "actor" || p.via === "city") && p.code !== named.code && !ORGANISATIONS.has(p.code));
        const post = named.accreditedTo ?? from?.code ?? postBefore?.code ?? (/^withdr/i.test(m[0]) && other && !ORGANISATIONS.has(other) ? other : undefined);
        if (!post) return null;
        // (A state recalls its own envoy: "when it recalled X" is X's state, whatever state the pronoun was read as.)
        const recaller = source?.via === "pronoun" ? named : source;
        return recaller && recaller.code === named.code && post !== recaller.code ? { source: recaller, target: party(post, named.start, named.end, "official", "") } : null;
      }
      // "Spain's ambassador to Argentina, X, had been recalled for consultations": the envoy's state recalls them from
      // their post.
      // ("Ambassador X, who has headed the embassy in Rome since 2017, was called back to Paris": so too called back home.)
      // ("Egypt's own ambassador, recalled from Ankara in August, would not return": so too a participle set off after the
      // envoy.)
      if (/^(?:recalled|(?:called|brought) (?:back|home))$/i.test(m[0]) && (PASSIVE_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 20), start)) || ENVOY_APPOSED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start)))) {
        const before = partiesBefore(ctx, start);
        const envoy = before.find((p) => p.via === "official" && isEnvoy(p));
        // ("Latvia's ambassador has been recalled from Moscow": the post after "from".)
        const recalledFrom = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "from" && p.start - end <= 8 && (p.via === "actor" || p.via === "city"));
        const post = envoy?.accreditedTo ? party(envoy.accreditedTo, envoy.start, envoy.end, "official", "") : (before.find((p) => p.code !== envoy?.code && (p.cue === "to" || p.cue === "in") && (p.via === "actor" || p.via === "city")) ?? recalledFrom);
        // (With no post told, the row the article tells names it: "Ambassador X … was recalled", after a rupture.)
        if (envoy) return post?.code !== envoy.code ? { source: envoy, target: post } : null;
        // "Peru's ambassador in Caracas was recalled", "the Peruvian envoy to Venezuela has been recalled": an envoy named
        // by title only is their state's, posted where "to" or "in" says.
        const from = Math.max(ctx.sentence.start, start - 80);
        const title = ENVOY_TITLE_BEFORE.exec(ctx.text.slice(from, start));
        if (!title) return null;
        const titleAt = from + title.index;
        const sender = before.find((p) => p.end <= titleAt && (titleAt - p.end <= 3 || OWN_BETWEEN.test(ctx.text.slice(p.end, titleAt))) && p.via === "actor");
        const postOf = before.find((p) => p.start > titleAt && p.start - titleAt < 40 && (p.cue === "to" || p.cue === "in") && (p.via === "actor" || p.via === "city")) ?? recalledFrom;
        if (!sender || !postOf || postOf.code === sender.code) return null;
        // "Israel's envoys to Spain and Norway were recalled": one recall per post listed.
        const posts: Party[] = [];
        if (title[1]) {
          let last = postOf;
          for (const p of partiesAfter(ctx, postOf.end, start)) {
            if ((p.via !== "actor" && p.via !== "city") || !listJoint(ctx.text.slice(last.end, p.start))) break;
            if (p.code !== sender.code) posts.push(p);
            last = p;
          }
        }
        return { source: sender, target: postOf, moreTargets: distinctParties(posts) };
      }
      // "he was calling Álvarez home from Washington", "ordered its envoy, X, home from Lima": an envoy called home from their post.
      // ("ordered its ambassador home from Lima": the title is in the phrase, no name needed.)
      if (/home from$/i.test(m[0])) {
        const envoy = partiesAfter(ctx, start, end).find((p) => p.via === "official" && isEnvoy(p));
        const post = partiesAfter(ctx, end, end + 40).find((p) => p.cue === "from" && (p.via === "actor" || p.via === "city"));
        const source = subjectBefore(ctx, start) ?? envoy;
        return (envoy || ENVOY_TITLE.test(m[0])) && post && source && post.code !== source.code ? { source, target: post } : null;
      }
      // ("told his foreign minister to bring Alvarez home": an envoy the article named, from the post they hold.)
      if (/^br\w+ [A-Z][\w'’-]+ (?:home|back)$/.test(m[0])) {
        const envoy = partiesAfter(ctx, start, end).find((p) => p.via === "official" && isEnvoy(p));
        // ("bringing X home from Moscow": the post named after "from", before the one the article gave them.)
        const from = envoy ? partiesAfter(ctx, end).find((p) => p.start - end <= 7 && p.cue === "from" && (p.via === "city" || p.via === "actor") && p.code !== envoy.code) : undefined;
        const post = envoy ? (from ?? postOf(ctx, envoy, start)) : undefined;
        return envoy && post ? { source: envoy, target: post } : null;
      }
      // "instructed the ambassador, X, to return to Bogota", "told its envoy to come home": told to come home, not back
      // to the post ("to return to Kyiv"); the post is the one named, the envoy's, else the row's around it.
      if (/ to return (?:home|to)$/i.test(m[0]) || /^(?:told|instructed)\b.* to come (?:home|back)$/i.test(m[0])) {
        const source = subjectBefore(ctx, start);
        const home = / to$/i.test(m[0]) ? partiesAfter(ctx, end, end + 40)[0] : undefined;
        if (!source || (/ to$/i.test(m[0]) && home?.code !== source.code)) return null;
        // ("ordered Russia's diplomats to return home": another state's envoys sent away, no recall.)
        if (ctx.parties.some((p) => p.start > start && p.end < end && p.via === "actor" && p.cue !== "in" && p.cue !== "to" && p.code !== source.code)) return null;
        const envoy = partiesAfter(ctx, start, end).find((p) => p.via === "official" && isEnvoy(p) && p.code === source.code);
        const post = envoy?.accreditedTo ?? postNamedIn(ctx, start, end, source.code)?.code;
        return { source, target: post ? party(post, start, end, "actor", "") : undefined };
      }
      // "ordered the ambassadors in Dublin and Oslo home for consultations": the posts are named inside the phrase.
      // ("ordered Mamundzay back to Kabul", in a story filed from his post: the state the story is filed from.)
      if (/^order/i.test(m[0])) {
        const source = subjectBefore(ctx, start);
        const post = postNamedIn(ctx, start, end) ?? (source && / back$/.test(m[0]) ? postOf(ctx, source, start) : undefined);
        // ("…, while A and B ordered their ambassadors home for consultations": no post told; the row around it may say.)
        if (!post && source && ORDERED_HOME.test(m[0])) return { source, target: undefined };
        return post && source && post.code !== source.code ? { source, target: post } : null;
      }
      const roles = subjectObject(["from", "to", "in", "of"])(ctx, start, end);
      // ("Vilnius expelled Russia's ambassador, X, brought its own ambassador home": "its own" names the state that
      // recalls, not the envoy named before the verb, whose state the recalled envoy leaves.)
      const own = roles?.source?.via === "official" && /\b(?:its|their) own\b/i.test(m[0]) ? ctx.parties.find((p) => p.via === "pronoun" && p.start >= start && p.end <= end) : undefined;
      // (The envoy's state, named before, is the one its own envoy leaves.)
      if (roles && own && own.code !== roles.source!.code) {
        roles.target = roles.source;
        roles.source = own;
      }
      // "recalled its envoy in protest at the deaths in Gaza": a place in the grievance is no post.
      if (roles?.target && roles.target.start > end) {
        const grievance = GRIEVANCE.exec(ctx.text.slice(end, roles.target.start));
        // ("recalling its own envoy after the killings of civilians in the Ukrainian town of A": where the cause happened.)
        if (grievance || (roles.target.cue === "in" && RECALL_CAUSE_IN.test(ctx.text.slice(end, roles.target.start)))) roles.target = undefined;
      }
      // "recalled its ambassador, X, in August, in protest at A's consent to …": with no post told, the state whose act
      // is protested is the one the envoy leaves.
      if (roles?.source && !roles.target && ctx.text.includes("in protest", end)) {
        const protested = partiesAfter(ctx, end, Math.min(clauseEnd(ctx, end), end + 80)).find((p) => p.via === "actor" || p.via === "city");
        if (protested && protested.code !== roles.source.code && PROTEST_AT_STATE.test(ctx.text.slice(end, protested.start)) && POSSESSIVE_AFTER.test(ctx.text.slice(protested.end, protested.end + 2))) roles.target = protested;
      }
      // "recalled the ambassadors of its member states accredited to A": the post is where they are accredited.
      const accredited = roles ? ACCREDITED_AFTER.exec(ctx.text.slice(end, end + 60)) : null;
      // ("accredited to the People's Democratic Republic of A": past a state's formal name, not past another clause.)
      const postFrom = end + (accredited?.[0].length ?? 0);
      const post = accredited ? partiesAfter(ctx, postFrom, postFrom + 50).find((p) => (p.via === "actor" || p.via === "city") && !/[,;(]/.test(ctx.text.slice(postFrom, p.start))) : undefined;
      if (roles && post && post.code !== roles.source?.code) roles.target = post;
      // "the then government withdrew the Chilean ambassador from Managua": the envoy's own state recalls them.
      if (roles && !roles.source) roles.source = partiesAfter(ctx, start, end).find((p) => p.via === "actor" && p.code !== roles.target?.code);
      // ("recalled all South African diplomats in Tel Aviv for consultations": the post named inside the phrase.)
      if (roles?.source && !roles.target && /^recall\w* all /i.test(m[0])) roles.target = partiesAfter(ctx, start, end).find((p) => (p.cue === "in" || p.cue === "from") && (p.via === "city" || p.via === "actor") && p.code !== roles.source!.code);
      // "downgraded its embassy in Managua and called its ambassador back to Lima": home is no post; the post is where
      // the clause before put the state's mission.
      // "Rabat recalled Benyaich for consultations": the post of the envoy named.
      const envoy = partiesAfter(ctx, start, end).find((p) => p.via === "official" && p.accreditedTo && p.code === roles?.source?.code);
      if (roles?.source && envoy?.accreditedTo && (!roles.target || roles.target.code === roles.source.code || roles.target.start > end)) roles.target = party(envoy.accreditedTo, envoy.start, envoy.end, "official", "");
      // "the two countries recalled their respective ambassadors", "A and B recalled their envoys": each from the other.
      if (roles?.source && (!roles.target || roles.target.code === roles.source.code) && THEIR.test(m[0])) {
        const subject = roles.source;
        const other = subject.via === "group" ? ctx.parties.find((p) => p.via === "group" && p.start === subject.start && p.code !== subject.code) : partnerOf(ctx, subject);
        // (A pair after a third state's rupture recalls from that state: event-roles.ts thirdInRow.)
        // ("A and B expelled C's envoys and recalled their own ambassadors": each from the third state the clause before
        // acted on, not from each other.)
        const third = other && OWN.test(m[0]) ? ctx.parties.find((p) => p.via === "actor" && p.start >= Math.max(subject.end, other.end) && p.end <= start && p.code !== subject.code && p.code !== other.code) : undefined;
        if (third) return { source: subject, target: third, moreSources: [other!] };
        if (other && other.via !== "city") return { source: subject, target: other, moreSources: [other], reciprocal: true };
      }
      if (roles?.source && (!roles.target || roles.target.code === roles.source.code)) {
        const post = partiesBefore(ctx, start).find((p) => p.code !== roles.source!.code && (p.cue === "in" || p.cue === "to") && (p.via === "city" || p.via === "actor"));
        if (post) roles.target = post;
      }
      if (roles?.source && (!roles.target || roles.target.code === roles.source.code)) {
        const told = TOLD_THAT.exec(ctx.text.slice(ctx.sentence.start, start));
        const whom = told?.[1] ?? "";
        const at = told ? ctx.sentence.start + told.index + told[0].indexOf(whom) : -1;
        const addressee = told ? ctx.parties.find((p) => p.start >= at && p.end <= at + whom.length && p.via === "actor" && p.code !== roles.source!.code && !ORGANISATIONS.has(p.code)) : undefined;
        if (addressee) roles.target = addressee;
      }
      // "recalled its ambassador to A, X, and its chargé d'affaires in B, Y": a further envoy of the same recall.
      if (roles?.source && roles.target && roles.target.start > end) {
        const more = partiesAfter(ctx, roles.target.end, Math.min(ctx.sentence.end, roles.target.end + 160)).find((p) => (p.via === "actor" || p.via === "city") && (p.cue === "in" || p.cue === "to") && FURTHER_ENVOY.test(ctx.text.slice(roles.target!.end, p.start)));
        if (more && more.code !== roles.source.code && more.code !== roles.target.code) roles.moreTargets = [...(roles.moreTargets ?? []), more];
      }
      return roles;
    },
  },
  {
    id: "event.diplomat-expelled",
    opens: ["expel", "expulsion", "kick", "threw", "throw", "declar", "order", "told", "tells", "telling", "instruct", "gave", "giv", "hand", "requir", "oblig", "had", "sent", "send", "ask", "demand", "depriv", "strip", "forc", "request", "direct", "has", "must", "would", "will", "show", "revok", "withdr"],
    keywords: ["expel", "expuls", "persona non grata", "personae", "leave", "to get out", "depart", "pack", "kick", "threw", "throw", "order", "withdraw", "pull", "accreditation", "home", "forc", "return", "remov", "recall", "the door", "told", "status", "reduc", "halve"],
    // (Read a token at a time: "leave" and "door" stand for "has to leave", "must leave" and "showed … the door", whose
    // first words are too common to gate on.)
    wordGate: /expel|expulsion|kick|thr[eo]w|declar|order|told|tells|telling|instruct|giv|gave|hand|requir|oblig|had|leave|sen[dt]|ask|demand|depriv|strip|forc|request|direct|door|revok|withdr/i,
    type: "diplomat-expelled",
    // ("kicked out the head of the EU's delegation": only with an envoy as its object; so too "ordered Colombia's
    // ambassador and diplomatic staff out of Venezuela".)
    // ("ordering the closure of B's embassy and giving B's diplomats 72 hours to leave": the order does not reach past
    // "and giving", whose own reading tells who must leave.)
    pattern: /(?<=\b(?:diplomats?|envoys?|ambassadors?|staff|officers|employees|personnel|charg[ée]s? d.affaires|(?<=\b[A-Z][\w-]+['’]s )(?:embassy|consulate|mission))\b[^.;]{0,80}? )(?:had|has|have) (?:(?:only|just|up to) )?(?:(?:a|one|two|three|four|five|six|seven|ten|\d+) )?(?:hours?|days?|weeks?|months?)(?= (?:to|in which to) (?:leave|depart|get out|pack up|wind down)\b)|(?:gave|give|given|gives|giving|handed|hands|handing) (?:[^.;]|(?<=\b[A-Z])\.){1,60}?[ -](?:hour|day|week)s? (?:deadline|ultimatum) to (?:leave|get out|depart)\b|(?<=\b(?:diplomats?|envoys?|ambassadors?|charg[ée]s? d.affaires)\b(?:[^.;]|(?<=\b[A-Z])\.){0,160}? (?:is|are|was|were|has been|have been) (?:hereby )?)(?:required|obliged)(?= to (?:leave|depart)\b)|\b(?:expel(?:led|s|ling)?|expulsions? of|(?<=\b[A-Z][\w-]+['’]s )expulsion(?! (?:of|from)\b)|(?:request(?:ed|s|ing)?|demand(?:ed|s|ing)?) (?:the )?(?:immediate )?(?:departure|withdrawal) of(?= (?:(?:the|its|an?|\w+['’]s) )?(?:[\w-]+ ){0,3}?(?:diplomats?|ambassadors?|envoys?|consuls?|charg[ée]s? d.affaires|diplomatic (?:personnel|staff))\b)|(?:kicked|kicks|kicking|threw|throws|throwing|thrown) out(?= (?:(?:the|its|their|an?|two|three|four|five|several|(?:[A-Z][\w-]* )?\w+['’]s) )?(?:[\w-]+ ){0,2}(?:diplomats?|ambassadors?|envoys?|head of|chargé|charge|consuls?|attach[eé]s?|(?:man|woman|representatives?) in(?= [A-Z]))\b)|declar(?:ed|es|ing|e) (?:(?:[^.;]|(?<=\b[A-Z])\.){1,80}? )?personae? non gratae?|(?:revok(?:ed|es|ing)|withdr(?:ew|aw|awn|awing)) (?:the|its|their) (?:diplomatic )?(?:status|accreditation|approval|agr[ée]ment|consent) (?:of|for) (?:(?:the|its|all|two|three|four|five|six|seven|eight|nine|ten|several|\d+|\w+['’]s) )?(?:[\w-]+ ){0,3}?(?:diplomats?|ambassadors?|envoys?|consuls?|nuncio)\b|(?:depriv(?:e|ed|es|ing)|strip(?:ped|s|ping)?) (?:(?:the|its|an?|\w+['’]s) )?(?:[\w-]+ ){0,3}?(?:ambassadors?|envoys?|diplomats?|consuls?|charg[ée]s? d.affaires)\b[^.;]{0,100}? of (?:his|her|their|its) accreditations?|(?:ordered|orders|ordering|(?<=\bto )order) (?:(?:the|its|all|two|three|four|five|six|seven|eight|nine|ten|several|\d+|[\w-]+['’]s) )?(?:[\w-]+ ){0,3}?(?:diplomats?|ambassadors?|envoys?|consuls?|attach[eé]s?|(?:embassy|consulate|mission) (?:officials|staff|employees|personnel)|(?<=\b[A-Z][a-z]+ )officials)(?: of (?:the )?[A-Z][^.;,]{1,40}?)?(?: and (?:[\w-]+ ){0,3}?(?:staff|personnel|diplomats))? out(?: of)?(?=[ ,.;])|(?:forc(?:ed|es|ing)) (?:(?:the|all|two|three|four|five|six|seven|eight|nine|ten|several|dozens|scores|hundreds|\d+|[\w-]+['’]s) )?(?:[\w-]+ ){0,3}?(?:diplomats|diplomatic staff|embassy staff|staff|personnel|employees) out of|(?:ordered|orders|ordering) out (?:(?:the|its|all|two|three|four|five|six|seven|eight|nine|ten|several|\d+|[\w-]+['’]s) )?(?:[\w-]+ ){0,3}?(?:diplomats|ambassadors?|envoys?|consuls|attach[eé]s|officers|staff|personnel|charg[ée]s? d.affaires|(?:embassy|consulate|mission) employees)|(?:ordered|orders|ordering) (?:Ambassador |Mr\.? |Ms\.? |Mrs\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} out\b(?! of (?:the )?(?:room|meeting|hall|building|session|talks)\b)(?= (?:in|on|last|this|of|within|by|for|after|over)\b|[,.;])|(?<=\b(?:ambassador|envoy|high commissioner|charg[ée] d.affaires)\b[^.;]{1,200})(?:ordered|orders|ordering) (?:him|her) out\b(?! of (?:the )?(?:room|meeting|hall|building|session|talks)\b)|(?:ordered|orders|ordering) out (?:two|three|four|five|six|seven|eight|nine|ten|a dozen|\d+) [A-Z][a-z]+(?:ans|ians|ese|is|ers)\b|(?:ordered|orders|ordering|told|tells|telling|instructed|instructs|instructing|asked|asking|asks|ask) (?!(?:all )?(?:of )?(?:its |their |the )?(?:own )?(?:non-?essential|non-?emergency)\b|(?:[\w-]+ ){0,3}?of (?:its|their) (?:own )?(?:[\w-]+ )?(?:diplomats|staff|personnel|employees)\b|(?:its|their) own (?:[\w-]+ )?(?:diplomats|staff|personnel|employees)\b)(?:(?! and g(?:iv|av)e?)[^.;]|(?<=\b[A-Z])\.){1,160}? to (?:leave|depart|go home|return (?:home|to (?:his|her|their) (?:own )?country))|(?:gave|give|given|gives|giving) (?:[^.;]|(?<=\b[A-Z])\.){1,60}? (?:hours|days|weeks?|until \w+(?: \d{1,2}\b)?) to (?:leave|get out|depart|(?:pull|withdraw) (?:its|their|all) (?:[\w-]+ )?(?:diplomats|staff|personnel|embassy|ambassador)\b)|told (?:him|her|them) (?:that )?(?:he|she|they) (?:too |also )?(?:must|had to|has to|have to|would have to) (?:leave|go home)|had (?:\d+|[a-z]+(?:-[a-z]+)?) (?:hours|days) to (?:leave|get out|depart)|had until (?:[\w.,:]+ ){1,5}to (?:leave|get out|depart)|\b(?:(?:had|has|would have|will have) to|must) leave(?= (?:the country|the territory|[A-Z]|by\b|within\b|before\b)|[.;])(?<=\b(?:announced|said|says|declared|stated|decided|ruled)(?: (?:on|last|this) \w+)? that [^.;]{3,80}? (?:(?:had|has|would have|will have) to|must) leave|\b(?:announced|said|says|declared|stated|decided|ruled)\b[^;]{3,250}?\band that [^.;]{3,80}? (?:(?:had|has|would have|will have) to|must) leave)|\b(?:(?:had|has|would have|will have) to|must) leave(?=[^.;]{0,60}, (?:the )?(?:[\w-]+ ){0,3}(?:ministry|government|foreign office|spokes(?:man|woman|person)) (?:said|announced|says)\b)|(?:sent|sends|sending|send) (?:(?:the|its|all|two|three|four|five|six|seven|eight|nine|ten|several|\d+|[\w-]+['’]s) )?(?:[\w-]+ ){0,3}?(?:diplomats?|ambassadors?|envoys?|consuls?|attach[eé]s?) home|(?:showed|shows|showing|show|shown) (?:(?:the|its|all|two|three|four|five|several|\d+|[\w-]+['’]s) )?(?:[\w-]+ ){0,2}?(?:diplomats?|ambassadors?|envoys?|consuls?|attach[eé]s?) the door|(?:sent|sends|sending|send) home (?:(?:the|two|three|four|five|six|seven|eight|nine|ten|several|a dozen|dozens of|\d+|[\w-]+['’]s) )?(?:(?!(?:its|their|our|his|her|all) )[\w-]+ ){0,2}?(?:diplomats|envoys|attach[eé]s|(?:ambassador|envoy|consul(?: general|-general)?|charg[eé] d['’]affaires)(?! (?:for|to hold) consultations\b))\b|(?<=(?:was|were|been) (?:[^.;,]{1,60}? and )?)(?:ordered|asked|told|requested|instructed|directed) to (?:leave|go)\b(?! (?:ahead|on|back|through|over|into|to (?![A-Z]))\b)|(?<=\bwhom [^.;,]{1,60}?)\b(?:ordered|asked|told|requested|instructed|directed) to (?:leave|depart|go home)\b|(?<=(?:was|were|been) )ordered out\b(?! of (?:the )?(?:room|meeting|hall|building|session|talks|chamber)\b)|(?:ordered|orders|ordering|order|asked|ask|asks|asking|told|tell|instructed) (?!(?:its|their|our|his|her|him|them) )(?:[^.;,]|, (?=(?:and |the )*[A-Z])){1,160}? to (?:remove|withdraw|recall) (?:(?:one|two|three|four|five|several|some|all|any|most|many|half|part) of )?(?:its|their) (?:[\w-]+ ){0,2}?(?:diplomats?|ambassadors?|envoys?|high commissioners?|consuls?|attach[eé]s?|officers|staff|personnel)|(?:ordered|orders|ordering|order|asked|ask|asks|asking|told|tell|instructed) (?!(?:its|their|our|his|her|him|them) )[^.;,]{1,40}? to (?:send (?:home|back)|reduce|cut|halve) (?:(?:half|a third|a quarter|one-third|\d+ per ?cent|some|most) of )?(?:the |its |their )?(?:[\w-]+ ){0,2}?(?:diplomats|staff|personnel|strength)\b|(?:demanded|demands|demanding|ordered|orders|asked) (?:(?:on |last )?\w+ )?that [^.;]{1,120}?[ "“](?:withdraw|pull) (?:their|its|all (?:their|its)|all) (?:[\w-]+ ){0,2}?(?:diplomats|representatives|diplomatic (?:staff|personnel|corps)|ambassadors?|envoys?))\b/gi,
    roles(ctx, start, end, m) {
      // ("Tallinn responded by ordering Lipayev out": a named envoy ordered out, by the clause's subject.)
      if (/^order\w* (?:(?:Ambassador|Mr\.?|Ms\.?|Mrs\.?) )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2} out$/.test(m[0])) {
        const envoy = partiesAfter(ctx, start, end).find((p) => p.via === "official" && isEnvoy(p));
        const source = subjectBefore(ctx, start);
        return envoy && source && source.code !== envoy.code ? { source, target: envoy } : null;
      }
      // ("withdrew its decision to declare the ambassador persona non grata": an expulsion undone, none made.)
      if (UNDONE_DECISION.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start))) return null;
      // ("asked A to withdraw its military personnel", "told … that the troops would have to leave": soldiers sent
      // home, no envoy.)
      if (TROOPS.test(m[0]) && !SENT_HOME_ENVOY.test(m[0])) return null;
      // ("expelled 60 Chilean migrants", "the expulsion of two journalists": people who are no state's envoys.)
      // ("expelled Peru from the regional league", "the expulsion of Russia from the council": a member put out of a body.)
      if (/^exp(?:el|ulsion)/i.test(m[0])) {
        const object = ctx.text.slice(end, Math.min(ctx.sentence.end, end + 60));
        if (NOT_ENVOYS_AFTER.test(object) || STATE_FROM_BODY.test(object.slice(0, 40))) return null;
        // ("222 political prisoners who were expelled": the passive's subject, named before, is no envoy either.)
        if (NOT_ENVOYS_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 50), start))) return null;
      }
      // ("Chavez announced Duddy's expulsion": the envoy before the possessive, sent out by the clause's subject.)
      if (/^expulsion$/i.test(m[0])) {
        const envoy = partiesBefore(ctx, start).find((p) => p.end >= start - 4 && p.via === "official" && isEnvoy(p));
        const source = envoy ? subjectBefore(ctx, envoy.start) : undefined;
        return envoy && source && source.code !== envoy.code ? { source, target: envoy } : null;
      }
      // "the expulsion of Russian diplomats by the three countries": the agents after "by", the diplomats' state before them.
      if (/^expulsions? of$/i.test(m[0])) {
        const after = partiesAfter(ctx, end, clauseEnd(ctx, end)).filter((p) => p.via !== "city");
        // "the expulsion of three Nicaraguan diplomats from Guatemala": the state they are sent out of expels them.
        const outOf = after.find((p) => p.cue === "from" && p.via === "actor");
        const sentOut = outOf ? after.find((p) => p.start < outOf.start && p.code !== outOf.code) : undefined;
        if (outOf && sentOut) return { source: outOf, target: sentOut };
        const agents = distinctParties(after.filter((p) => p.cue === "by"));
        const expelled = after.find((p) => p.cue !== "by" && agents.every((a) => a.code !== p.code));
        if (agents.length && expelled) return { source: agents[0], target: expelled, moreSources: agents.slice(1) };
        // "Chile's expulsion of its ambassador": "its" is the sentence's subject, the state whose envoy went.
        const agent = subjectBefore(ctx, start);
        const theirs = after.find((p) => p.code !== agent?.code);
        if (!agents.length && agent && theirs) return { source: agent, target: theirs };
      }
      // "A expelled B's ambassador, X, on Monday, giving him 72 hours to leave": a participle after a comma is the
      // clause subject's act, not the envoy named last before it.
      // ("…, ordering the closure of B's embassy and giving all B diplomats 72 hours to leave": so too the second of two
      // participles joined by "and".)
      if (/^giving\b/i.test(m[0]) && (ctx.text.charCodeAt(start - 2) === 44 || PARTICIPLE_AND_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 120), start)))) {
        // (The envoys named in the phrase first: "giving the Chilean ambassador two days to depart".)
        const source = ctx.parties.find((p) => p.start >= ctx.sentence.start && p.end <= start && OPENS_CLAUSE.has(p.cue) && !isEnvoy(p));
        const named = source ? partiesAfter(ctx, start, end).find((p) => p.code !== source.code && p.via !== "city") : undefined;
        const envoy = source ? named ?? partiesBefore(ctx, start).find((p) => p.code !== source.code && (isEnvoy(p) || p.via === "actor")) : undefined;
        return source && envoy ? { source, target: envoy } : null;
      }
      // "Mali broke with France, expelling its ambassador in January 2022": a participle after a comma is the clause
      // subject's act, and "its" the state named before it, whose envoy goes.
      // ("…, forcing dozens of Russian staff out of the country": so too the subject's act forcing them out.)
      if (/^(?:expelling|forcing)\b/i.test(m[0]) && ctx.text.charCodeAt(start - 2) === 44) {
        const source = ctx.parties.find((p) => p.start >= ctx.sentence.start && p.end <= start && OPENS_CLAUSE.has(p.cue) && !isEnvoy(p));
        const next = source ? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.via !== "city") : undefined;
        const envoy = next?.via === "pronoun" && next.start - end <= 2 ? partiesBefore(ctx, start).find((p) => p.via === "actor" && p.code !== source!.code) : next && next.code !== source!.code ? next : undefined;
        // ("ordered Russia to cut its embassy staff, expelling 22 diplomats": envoys of no state named are the other
        // state's the clause before told.)
        // (A state named farther on is another phrase's: "…, expelling 22 diplomats over hostile acts against the country".)
        const unnamed = source && (!next || next.start - end > 30) ? UNNAMED_ENVOYS_AFTER.exec(ctx.text.slice(end, end + 40)) : null;
        const theirs = unnamed && (!next || next.start >= end + unnamed[0].length) ? partiesBefore(ctx, start).find((p) => p.via === "actor" && p.code !== source!.code && p.cue !== "in" && p.cue !== "at") : undefined;
        const target = theirs ?? envoy;
        return source && target ? { source, target } : null;
      }
      // "Quito demanded that Lima and Santiago withdraw their diplomats": an expulsion of each state named as withdrawing.
      // ("demanded that those seven governments immediately pull their representatives out": so too "pull".)
      if (/\bthat\b[^]*\b(?:withdraw|pull)\b/i.test(m[0])) {
        const source = subjectBefore(ctx, start);
        const that = start + m[0].search(/\bthat\b/i);
        const withdraw = start + m[0].search(/\b(?:withdraw|pull)\b/i);
        let withdrawing = distinctParties(partiesAfter(ctx, that, withdraw).filter((p) => p.via === "actor" && p.code !== source?.code));
        // "… its diplomats from A, B and C, and demanded that those three governments withdraw theirs": the states the
        // sentence listed before, named again.
        if (!withdrawing.length && NAMED_AGAIN.test(ctx.text.slice(that, withdraw))) withdrawing = distinctParties(partiesBefore(ctx, start).reverse().filter((p) => p.via === "actor" && p.code !== source?.code));
        return source && withdrawing[0] ? { source, target: withdrawing[0], moreTargets: withdrawing.slice(1) } : null;
      }
      // ("Ambassador X, whom the government ordered to leave in April": the envoy before "whom", sent out by the clause's
      // subject, else by the state the story is about.)
      if (/^\w+ to (?:leave|depart|go home)$/i.test(m[0]) && WHOM_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 80), start))) {
        const whom = ctx.text.lastIndexOf("whom", start);
        const envoy = partiesBefore(ctx, whom).find((p) => p.via === "official" && isEnvoy(p) && whom - p.end <= 4);
        const agent = partiesAfter(ctx, whom, start).find((p) => p.via === "actor" || p.via === "city") ?? (ctx.dominant ? party(ctx.dominant, whom, start, "actor", "") : undefined);
        return envoy && agent && agent.code !== envoy.code ? { source: agent, target: envoy } : null;
      }
      // "Two employees of the Russian embassy were ordered to leave Norway": the diplomats' state before, the one they leave after.
      // ("The staff of the Embassy of Iran in Rabat have been requested to leave the national territory": the post's host,
      // where the place left is not named.)
      // ("High Commissioner X was ordered out in June 2007": so too an envoy ordered out.)
      if (/^(?:(?:ordered|asked|told|requested|instructed|directed) to (?:leave|go)|ordered out)$/i.test(m[0])) {
        if (!/\b(?:diplomats?|envoys?|ambassadors?|embass(?:y|ies)|consul\w*|attach[eé]s?|mission|(?:high )?commissioners?|charg[ée]s? d.affaires)\b/i.test(clauseBefore(ctx, start)) && !partiesBefore(ctx, start).some((p) => p.via === "official" && isEnvoy(p) && start - p.end <= 40)) return null;
        const before = partiesBefore(ctx, start);
        // ("X, was called to the Latvian foreign ministry and told to leave": the envoy, past the ministry that told them.)
        const expelled = (CALLED_IN_AND.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 80), start)) ? before.find((p) => p.via === "official" && isEnvoy(p)) : undefined) ?? before.find((p) => p.via !== "city" && p.cue !== "in" && p.cue !== "at");
        const host = expelled ? before.find((p) => p.start > expelled.end && p.start - expelled.end <= 20 && p.cue === "in" && p.code !== expelled.code) : undefined;
        // ("Estonia said that 14 Russian diplomats had been ordered out": the state that told it, where no place is named.)
        const agent = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.code !== expelled?.code) ?? host ?? (expelled ? postOf(ctx, expelled, start) ?? tellerBefore(ctx, expelled) : undefined);
        return expelled && agent ? { source: agent, target: expelled } : null;
      }
      // ("Denmark said 15 Russian diplomats had two weeks to leave": the diplomats before, the state that told it or
      // the one they are in.)
      if (/^(?:had|has|have) (?!until\b).*(?:hours?|days?|weeks?|months?)$/i.test(m[0])) {
        const before = partiesBefore(ctx, start);
        // ("officers registered as diplomats at the Russian embassy in Copenhagen": the post's state, then its town's.)
        const expelled = before.find((p) => p.via !== "city" && p.cue !== "in");
        const host = expelled ? before.find((p) => p.start > expelled.end && p.cue === "in" && p.code !== expelled.code) : undefined;
        const agent = host ?? (expelled ? tellerBefore(ctx, expelled) : undefined);
        return expelled && agent ? { source: agent, target: expelled } : null;
      }
      // "Iranian diplomats in Canada were declared personae non gratae and given five days to leave": passive, as above;
      // the state the diplomats are in sends them away.
      if (/^given\b/i.test(m[0]) && PASSIVE_GIVEN.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 80), start))) {
        const before = partiesBefore(ctx, start);
        const expelled = before.find((p) => p.via !== "city" && p.cue !== "in" && p.cue !== "at");
        const host = expelled ? before.find((p) => p.start > expelled.end && p.start - expelled.end <= 20 && p.cue === "in" && p.code !== expelled.code) : undefined;
        // ("Colombia's diplomats were given 72 hours to leave Venezuela": or the state they must leave.)
        const agent = host ?? (expelled ? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "leave" && p.code !== expelled.code) : undefined);
        if (expelled && agent) return { source: agent, target: expelled };
      }
      // ("A and B struck back at C, ordering its top diplomats in A's capital and B's to leave": "its" is C's, whose envoys
      // each town's state sends out.)
      if (/^order(?:ed|ing|s) (?:its|their) /i.test(m[0]) && ENVOYS_IN_TOWNS.test(m[0])) {
        const towns = distinctParties(partiesAfter(ctx, start, end).filter((p) => (p.via === "city" || p.via === "actor") && (p.cue === "in" || p.cue === "and")));
        const theirs = towns.length ? partiesBefore(ctx, start).find((p) => p.via === "actor" && towns.every((t) => t.code !== p.code)) : undefined;
        if (theirs) return { source: towns[0], target: theirs, moreSources: towns.slice(1) };
      }
      // ("ordered its citizens to leave Russia": the state's own people, no one expelled.)
      if (/^order(?:ed|ing|s) (?:its|their|our) /i.test(m[0]) && /\bto leave\b/i.test(m[0])) return null;
      // "Lima told Chile's envoy, X, that it would be best for him to return to his country", "instructed Ghana's consul
      // to go home": a foreign envoy sent home; not the state's own ("told its ambassador to return home" recalls).
      if (/^(?:telling|instruct)|\bto (?:return|go home)\b/i.test(m[0]) && (!SENT_HOME_ENVOY.test(m[0]) || /^\w+ (?:its|their|our) /i.test(m[0]))) return null;
      // "asked the Arnorian ambassador to leave the country within 48 hours": a request to go is an expulsion only of a
      // foreign envoy (not "asked reporters to leave the room", nor "asked its ambassador to leave Gondor").
      if (/^ask/i.test(m[0]) && /\bto leave\b/i.test(m[0]) && (!SENT_HOME_ENVOY.test(m[0]) || /^\w+ (?:its|their|our) /i.test(m[0]))) return null;
      // "ordered Chile to withdraw one of its diplomats": the state named as the object, whose own staff go; not "ordered
      // the ministry to recall its ambassador from Chile", the subject's own envoy.
      // ("ordered Pakistan to send home half of the staff of its High Commission": so too staff to be cut.)
      if (/\bto (?:remove|withdraw|recall|send (?:home|back)|reduce|cut|halve)\b/i.test(m[0]) && !/\bto (?:leave|go home|return)\b/i.test(m[0])) {
        const to = start + m[0].search(/ to (?:remove|withdraw|recall|send (?:home|back)|reduce|cut|halve)\b/i);
        const source = subjectBefore(ctx, start);
        const target = partiesAfter(ctx, start, to).find((p) => p.via === "actor" && p.code !== source?.code);
        return source && target ? { source, target } : null;
      }
      // "summoned the Chilean envoy and told him he must leave": the envoy named before the pronoun is the one sent out.
      if (/^told (?:him|her|them)\b/i.test(m[0])) {
        const source = subjectBefore(ctx, start);
        const envoy = partiesBefore(ctx, start).find((p) => isEnvoy(p) && p.code !== source?.code);
        return source && envoy ? { source, target: envoy } : null;
      }
      // "the expelled Czech staff": a participle naming those sent out, no act of its own.
      // (So too after a count: "the 23 expelled officials would fly home on Tuesday".)
      if (/^expelled$/i.test(m[0]) && /\b(?:the|its|their|his|her|an?|newly|recently)\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty(?:-[a-z]+)?)\s+)?$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start))) return null;
      // "all eighteen employees of the Russian embassy … had 48 hours to leave the country": the staff's state is the
      // target; the one they must leave, else the one who said so, expels them.
      // ("A announced that Ambassador X had to leave the country": so too an envoy a state's statement sends away.)
      if (/^(?:had|has|must|would have|will have)\b/i.test(m[0])) {
        const before = partiesBefore(ctx, start, ctx.sentence.start + Math.max(0, ctx.text.slice(ctx.sentence.start, start).lastIndexOf(";")));
        const expelled = before.find((p) => p.via === "actor" && STAFF_AFTER.test(ctx.text.slice(p.end, p.end + 14))) ?? before.find((p) => p.via === "official" && isEnvoy(p));
        // ("employees of the Russian embassy in Prague": the post's host.)
        const host = expelled ? before.find((p) => p.start > expelled.end && p.start - expelled.end <= 20 && p.cue === "in" && p.code !== expelled.code) : undefined;
        const left = partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "leave" && p.via !== "city" && p.code !== expelled?.code);
        // (Or the ministry that tells it after: "X must leave on the same day, the Estonian foreign ministry said".)
        const teller = TELLER_AFTER_LEAVE.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 120))) ? partiesAfter(ctx, end).find((p) => p.via === "actor" && p.code !== expelled?.code) : undefined;
        const agent = host ?? left ?? teller ?? ctx.parties.find((p) => p.end <= (expelled?.start ?? start) && p.start >= ctx.sentence.start && p.via !== "city" && p.code !== expelled?.code && !isEnvoy(p));
        return expelled && agent ? { source: agent, target: expelled } : null;
      }
      // "Ambassador X was to be expelled": the envoy's state is the target; the acting state is the agent or the speaker.
      // (Not "it was expelling a Polish diplomat": a progressive is active.)
      // ("announces that four Russian diplomats are being expelled": the state of the diplomats named, not the speaker.)
      // ("had been formally declared persona non grata": an adverb between.)
      if (/\b(?:was|were|been|be|is|are|being)\s+(?:\w+ly\s+)?$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 24), start)) && !/^\w+ing\b/i.test(m[0])) {
        const before = partiesBefore(ctx, start);
        const expelled = before.find((p) => p.via === "actor" && DIPLOMATS_AFTER.test(ctx.text.slice(p.end, p.end + 14))) ?? before.find((p) => p.via === "official" || p.envoy);
        // ("The Russian ambassador was notified of the decision. Accordingly, 22 members of the diplomatic staff of the
        // Embassy have been declared persona non grata and must leave Moldova": the staff of the post whose envoy was just
        // named, sent out of the state they must leave, else the one the envoy serves in.)
        const envoy = ctx.envoyBefore;
        // ("… two staffers of the Pakistani mission, A and B, were caught …. They were declared persona non grata": so
        // too a pronoun opening the sentence, the envoys just named.)
        if (!expelled && envoy && (UNNAMED_STAFF.test(clauseBefore(ctx, start)) || PRONOUN_PASSIVE.test(ctx.text.slice(ctx.sentence.start, start)))) {
          const leaveAt = ctx.text.slice(end, ctx.sentence.end).search(/\bleave\b/);
          const left = leaveAt >= 0 ? partiesAfter(ctx, end + leaveAt).find((p) => p.via === "actor" && p.code !== envoy.code) : undefined;
          // (Else the state the story is filed from: "NEW DELHI — … They were … given 24 hours to leave the country".)
          const host = left ?? (envoy.accreditedTo && envoy.accreditedTo !== envoy.code ? party(envoy.accreditedTo, start, start, "actor", "") : undefined) ?? (ctx.filedFrom && ctx.filedFrom.code !== envoy.code ? ctx.filedFrom : undefined);
          return host ? { source: host, target: party(envoy.code, start, start, "actor", "") } : null;
        }
        // ("High Commissioner X was expelled in June 2007": with no state named, the one an envoy serves in, else the
        // dateline's; ", while Sweden announced that three Russian diplomats had been declared …": the state that told it.)
        // ("Two Soviet diplomats were expelled from Britain": the state they are sent out of, else the town's.)
        const agent = partiesAfter(ctx, end).find((p) => p.cue === "by" && p.code !== expelled?.code) ?? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "from" && p.start - end <= 30 && (p.via === "actor" || p.via === "city") && p.code !== expelled?.code) ?? (expelled ? tellerBefore(ctx, expelled) : undefined) ?? ctx.parties.find((p) => p.code !== expelled?.code && p.start < start && p.via !== "city") ?? partiesAfter(ctx, end, clauseEnd(ctx, end)).find((p) => p.cue === "leave" && p.via !== "city" && p.code !== expelled?.code) ?? (expelled ? postOf(ctx, expelled, start) : undefined);
        return expelled && agent ? { source: agent, target: expelled } : null;
      }
      // ("The Ministry of Foreign Affairs declared four Nicaraguan diplomats persona non grata and gave them until
      // Thursday to leave Guatemala": no state acts by name; the one they must leave does.)
      const left = partiesAfter(ctx, end, ctx.sentence.end).find((p) => p.cue === "leave" && p.via === "actor");
      if (/^giv|^gave/i.test(m[0]) && left) {
        const theirs = partiesAfter(ctx, start, end).find((p) => p.code !== left.code && p.via !== "city") ?? partiesBefore(ctx, start).find((p) => p.code !== left.code && p.via !== "city");
        return theirs ? { source: left, target: theirs } : null;
      }
      // "The government declared 18 Russian diplomats persona non grata and gave them 48 hours to leave": a state's own
      // body, named without the state, is that of the state the story is filed from (else the one it is about), for
      // each verb it is the subject of.
      const home = ctx.filedFrom?.code ?? ctx.dominant;
      const unnamed = home ? UNNAMED_BODY.exec(ctx.sentence.text) : null;
      const bodyActs = unnamed !== null && (start - ctx.sentence.start === unnamed[0].length || (clauseBefore(ctx, start).length === start - ctx.sentence.start && AND_BEFORE.test(ctx.text.slice(start - 6, start))));
      let source = bodyActs ? party(home!, start, start, "actor", "") : (subjectBefore(ctx, start) ?? left);
      // "Ambassador X had been informed of the decision to expel him": an envoy the pronoun after the verb stands for is
      // the one sent out, not its agent; the state the story is filed from (else the one it is about) expels.
      if (source && isEnvoy(source) && /^expel$/i.test(m[0]) && /^\s+(?:him|her)\b/i.test(ctx.text.slice(end, end + 6))) {
        const post = source.accreditedTo ?? home;
        return post && post !== source.code ? { source: party(post, start, start, "actor", ""), target: source } : null;
      }
      // "Sudan and Chad expelled each other's ambassadors", "the two countries expelled one another's diplomats", "each
      // expelled one of the other's diplomats": each expels the other's.
      // ("The two countries then expelled a senior diplomat each": so too one each.)
      if (source && (EACH_OTHERS_AFTER.test(ctx.text.slice(end, end + 24)) || (source.via === "group" && ONE_EACH_AFTER.test(ctx.text.slice(end, end + 48))))) {
        const subject = source;
        const other = subject.via === "group" ? ctx.parties.find((p) => p.via === "group" && p.start === subject.start && p.code !== subject.code) : partnerOf(ctx, subject);
        if (other && other.via !== "city") return { source: subject, target: other, moreSources: [other], reciprocal: true };
      }
      // "The Russian Foreign Ministry summoned the Czech ambassador and handed him a note declaring twenty staff persona
      // non grata": the envoy summoned is the one whose state's staff go; the ministry's state, the clause's subject, acts.
      if (source && isEnvoy(source) && /^declar/i.test(m[0])) {
        const envoy = source;
        const main = ctx.parties.find((p) => p.start >= ctx.sentence.start && p.end <= envoy.start && p.code !== envoy.code && p.via !== "city" && !isEnvoy(p) && !PREPOSITIONS_OF_PLACE.has(p.cue));
        if (main) return { source: main, target: partiesAfter(ctx, start, end).find((p) => p.code !== main.code && p.via !== "city") ?? envoy };
      }
      // ("expelled ten diplomats from Italy, France and Spain": a state after "from" is theirs; a place there is not.)
      // (Within its clause: "A and B each ordered three to leave, while C and D expelled two apiece" names no one expelled.)
      // ("expelled the ambassador of the rival government in Tripoli over its pact with Turkey": the state of the
      // government the envoy serves, named by its seat.)
      const after = partiesAfter(ctx, start, clauseEnd(ctx, end));
      const seatOf = after.find((p) => p.cue === "in" && p.code !== source?.code && GOVERNMENT_IN_BEFORE.test(ctx.text.slice(Math.max(end, p.start - 50), p.start)));
      const target = seatOf ?? after.find((p) => p.code !== source?.code && (p.cue !== "from" || p.via === "actor") && p.cue !== "in" && p.via !== "pronoun");
      // ("expelled the papal nuncio": the Holy See's envoy, whose title names no state as an adjective would.)
      // (The state the title table gives the nuncio, not a code written here.)
      const nuncio = target ? null : NUNCIO_OBJECT.exec(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 40)));
      const holySee = nuncio ? titleCountries("nuncio")[0] : undefined;
      return { source, target: nuncio && holySee && holySee !== source?.code ? party(holySee, end + nuncio.index, end + nuncio.index + nuncio[0].length, "actor", "") : target };
    },
  },
];

const PERSON_RECOGNISED = /^\s*(?:him|her)\b|^\s*(?:(?:the\s+)?(?:opposition|National Assembly|parliament|congress)\s+(?:leader|speaker|chief)\s+)?(?:[A-Z][\w'’.-]+\s+){1,3}as\s+(?:the\s+(?:country['’]s\s+)?)?(?:(?:interim|acting|legitimate|caretaker|transitional|rightful)\s+)+(?:president|leader|head of state|prime minister)\b/;
const PASSIVE_GIVEN = /\b(?:were|was|been|are|is)\s+(?:[^.;,]{0,60}?\s+and\s+)?$/i;
const PEOPLE_WHO_BEFORE = /\b(?:[A-Z][a-z]+(?:ans|ians|ese|is)|citizens|nationals|fighters|militants|tourists|pilgrims|migrants|refugees|workers|students|people|civilians|volunteers|jihadists) who (?:(?:had|have|has) )?(?:(?:also|later|since|recently) )?$/;
const POST_AT_HOME = /^\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:embassy|consulate(?:[- ]general)?|high commission)\s+in\s+/i;
const CRAFT_BEFORE = /\b(?:the|an?)\s+(?:[\w-]+\s+)?(?:aircraft|plane|jet|airliner|flight|helicopter)\s+(?:had\s+|has\s+)?$/i;
const TO_TAKE_UP_POST = /^[^.;,]{0,50}?\bto\s+(?:lead|head)\s+(?:an?|the|its)\s+(?:advance|diplomatic)\s+(?:team|mission|party)\b|^[^.;,]{0,50}?\bto\s+take\s+up\s+(?:his|her|their|the)\s+(?:new\s+)?(?:post|posting|duties|assignment)\b/i;
const GOVERNMENT_IN_BEFORE = /\b(?:ambassador|envoy|diplomats?|chargé d'affaires)\s+of\s+the\s+(?:[\w-]+\s+){0,2}(?:government|authorities|administration|regime)\s+in\s+$/i;
const CUT_TO_LEVEL = /^\s+(?:with\s+[^.;,]{1,40}?\s+)?to\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:(?:level|rank)\s+of\s+(?:an?\s+)?)?(?:lowest|lower|minimum|bare minimum|chargé|charge|second[- ]secretary|third[- ]secretary|second secretary|third secretary)\b/i;
const CLAUSE_AND_BEFORE = /,\s+and\s+$/;
const NUNCIO_OBJECT = /^\s+(?:the\s+)?(?:(?:papal|apostolic|Vatican)\s+)?nuncio\b/i;

// Staff of a post the clause gives no state: "22 members of the diplomatic staff of the Embassy", "the embassy staff".
const ONE_EACH_AFTER = /^\s+(?:an?|one|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,2}(?:diplomats?|envoys?|ambassadors?|officials)\s+each\b/i;
const PRONOUN_PASSIVE = /^\W*(?:They|He|She)\s+(?:were|was|had been|have been|has been)\s+(?:\w+ly\s+)?$/;
const UNNAMED_STAFF = /\b(?:staff|diplomats|members|employees|personnel)\b[^.;]{0,80}?\bof the (?:embassy|mission)\b|\b(?:embassy|mission) (?:staff|personnel|employees)\b/i;
const TROOPS = /\b(?:troops|soldiers|servicemen|peacekeepers|(?:military|armed) (?:forces|personnel|staff|officers)|forces)\b/i;
const SENT_HOME_ENVOY = /\b(?:ambassadors?|envoys?|diplomats?|consuls?(?: general)?|consuls?-general|charg[ée]s? d.affaires|attach[eé]s?|heads? of mission)\b/i;
// "those seven governments", "these countries", "they": states named before, as a demand's subject.
const NAMED_AGAIN = /^that\s+(?:(?:those|these|the|all|both)\s+(?:[\w-]+\s+)?(?:governments|countries|states|nations|capitals)|they)\b/i;
// The cue of a sentence's subject: none, or the dash after a dateline ("PRAGUE — The Czech Republic …").
const OPENS_CLAUSE: ReadonlySet<string> = new Set(["", "—", "–", "-"]);
// "The government", "The foreign ministry": a state's body opening the sentence, the state left unsaid.
// ("In October, the government also declared …": so too after a time phrase and its comma.)
const UNNAMED_BODY = /^\W*(?:(?:In|On|Last|Earlier|Later)(?:\s+\w+){1,3},\s+)?(?:[Tt]he|Its)\s+(?:government|cabinet|authorities|foreign ministry|ministry of foreign affairs|ministry|foreign office|presidency)\s+(?:(?:on|last|this)\s+\w+\s+|also\s+|then\s+|[a-z]+ly\s+)?(?=[a-z]+ed\b|gave\b|told\b)/;
const FORMER_TITLE_END = /\b(?:former|ex-|one-time|retired|onetime)\s*(?:[\w-]+\s+)?(?:ambassador|high commissioner|envoy|permanent representative)s?$/i;
// "name X, a career diplomat who has been A's ambassador in B, as the new head of the embassy in C": a post held until
// now, before the one named after "as" (read by a match of its own).
const HELD_TITLE_END = /\b(?:who|which)\s+(?:has|had)\s+been\s+(?:[\w'’-]+\s+){0,2}(?:ambassador|high commissioner|envoy|permanent representative)s?$/i;
const AS_NEW_HEAD_AFTER = /^[^.;]{0,80}?\bas (?:the )?(?:new )?head of (?:the|its|their) /i;
const AS_POST_PAST_APPOSITION = /^\s+(?:to|in)\s+[^,;.]{1,40},\s+as\s+(?:[\w'’-]+\s+){0,4}(?:ambassador|envoy|high commissioner|representative|nuncio)\s+(?:to|in)\s/i;
const AS_ENVOY_AFTER = /\bas\s+(?:(?:its|their|the|his|her|an?)\s+)?(?:new\s+|next\s+)?(?:ambassador|high commissioner|permanent representative)\b/i;
const EACH_OTHERS_AFTER = /^\s+(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|some) of )?(?:each other|one another|the other)['’]s?\s/i;

const AND_AS_POST = /\band\s+(?:[^.;]|(?<=\b[A-Z])\.){1,120}?\bas\s+(?:\w+\s+){0,2}(?:ambassador|envoy|high commissioner)\s+to\s+(?:the\s+)?$/i;

const ROSTER_MARK = /^[\s,]/;
const TITLED_GAP = /^,\s(?:(?:the\s)?new\s)?(?:ambassador|high commissioner)(?:\/permanent representative)?$/i;
const TITLED_ENTRY = /,\s(?:(?:the\s)?new\s)?(?:ambassador|high commissioner)(?:\/permanent representative)?$/i;
const POSSESSED_APPOINTMENT = /['’]s\s(?:nomination|appointment)$/i;
// Where a roster's member ends: the next member, a clause of its own, or the sentence.
const ROSTER_ENTRY_END = /;|\swhile\s/;

/**
 * "Others sworn in included A, who will serve in Peru with concurrent accreditation to Bolivia; B, for Chile and the
 * OAS", "A was assigned to Ghana and Togo, and B to Benin": the envoy a roster reads (untitled-envoys.ts, rosterEnvoys),
 * named right before the mark, is appointed to each state of their part of the list.
 */
function rosterRoles(ctx: SentenceContext, start: number, end: number): EventRoles | null {
  const envoy = partiesBefore(ctx, start).find((p) => p.via === "official");
  // (Or the envoy's title between, in a list of envoys titled by their posts: "A, ambassador to Peru; B, …".)
  if (!envoy?.accreditedTo || (/\S/.test(ctx.text.slice(envoy.end, start)) && !TITLED_GAP.test(ctx.text.slice(envoy.end, start)))) return null;
  const stop = ROSTER_ENTRY_END.exec(ctx.text.slice(end, ctx.sentence.end));
  let limit = stop ? end + stop.index : ctx.sentence.end;
  const next = partiesAfter(ctx, end, limit).find((p) => p.via === "official");
  if (next) limit = next.start;
  const posts = distinctParties(partiesAfter(ctx, end, limit).filter((p) => p.via === "actor" && p.code !== envoy.code));
  // (The first post is the one the roster read: "A to the UN" names no other.)
  if (posts[0]?.code !== envoy.accreditedTo || /\S\s*\S/.test(ctx.text.slice(end, posts[0].start).replace(/\bthe\b/i, ""))) return null;
  return { source: envoy, target: posts[0], moreTargets: posts.slice(1), roster: true };
}

/**
 * "names A as ambassador to Uruguay and B, until now the ministry's director, as ambassador to Peru": the posts of
 * those named after the first, each after its own "and … as ambassador to".
 */
function andAsPosts(ctx: SentenceContext, from: number, source: string | undefined): Party[] {
  const posts: Party[] = [];
  let at = from;
  for (const p of partiesAfter(ctx, from, ctx.sentence.end)) {
    if (p.cue !== "to" || p.via !== "actor") continue;
    if (!AND_AS_POST.test(ctx.text.slice(at, p.start))) break;
    if (p.code !== source) posts.push(p);
    at = p.end;
  }
  return distinctParties(posts);
}

/** The state the first envoy of `envoys` is accredited to, as a party, when the text gave it. */
function accreditedParty(envoys: Party[]): Party | undefined {
  const envoy = envoys.find((p) => p.accreditedTo && p.accreditedTo !== p.code);
  return envoy ? { ...envoy, code: envoy.accreditedTo! } : undefined;
}
