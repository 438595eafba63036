// Pass 2's reader of the event rules: each trigger match read into events, with its sides, modality, officials and
// date, in steps that V8 can compile one at a time.
import { SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import { type EventCandidate, type FallbackDate, type MatchReading, type ProvenanceOf, RUPTURE, TALKS } from "./candidates.js";
import { BEFORE_GERUND, conditionAfter, GERUND, objectOfVerbBefore, opensClause, ownAuxiliaryFrame, partnerMetBefore, sharedVerbFrame, withoutAside } from "./clauses.js";
import { clauseBefore, clauseEnd, coordinatedBefore, distinctParties, joinedOfficials, partiesAfter, partiesBefore, partnerOf, type Party, party, PASSIVE_BEFORE, placeBeforeWhere, type SentenceContext, subjectBefore } from "./context.js";
import type { DateMention } from "./dates.js";
import { matchDate } from "./event-dates.js";
import { alsoWith, coordinated, followersOf, gappedWith, lastSwitch, matchRoles, namedEnvoysAsGroup, presentedTo, restoredWith, rowTarget, ruptureWith, sameDayAs, separately, thirdInRow, undoneAfter } from "./event-roles.js";
import type { ExtractOptions } from "./extract.js";
import { decidedWhenAnnounced, modalityOf, OPEN_CONDITION, scheduledJourney } from "./modality.js";
import type { PersonRecord } from "./officials.js";
import { isPlace, ORGANISATIONS } from "./party-kinds.js";
import { clauseParties, relativeClause } from "./relative-clauses.js";
import { type EventRoles, type EventRule, ONLY_ECONOMIC, PRIVATE_PEOPLE_AFTER, SIGNED_BY_SEATS } from "./rules/events.js";
import { pairsOf, readListPairs, readPairs } from "./talk-pairs.js";
import { candidateRules, nextMatch } from "./triggers.js";
import { openingPlace, placeBeforeAnd } from "./venues.js";

const RETURNED_VISIT = /^(?:returned|reciprocated)$/i;
const NO_ONE_IN_TRIGGER = /\b(?:an?|a new)\s+(?:ambassador|envoy|high commissioner)$/i;
const NO_ONE_YET = /^\s+(?:an?|a new)\s+(?:ambassador|envoy|high commissioner)\s+(?:to|in)\b/i;
const RESTORED = /\b(?:restor|resum|re-?establish|normali[sz]|mend)/i;
const JOINS_GROUP = /\bjoin(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:group|list|number|club|ranks|handful|string|line)\s+of\s+(?:[\w-]+\s+){0,3}(?:countries|nations|states|governments)\b[^.;]{0,60}?\b(?:that|which|who)\s+(?:(?:have|had|already|also)\s+)*$/i;
const DURING_OWN = /\b(?:during|in the course of)\s+(?:(?:his|her|their|its)\s+(?:[\w-]+\s+){0,2})?$/i;
const PLANS_ANNOUNCED = /\b(?:announced|unveiled|outlined|presented|revealed|laid out|set out)\s+(?:(?:its|his|her|their|the)\s+)?plans?\s+for\b/i;
const PAST_AFTER_AND = /\band\s+(?:(?:on|last|early|late|later|then|this)\s+(?:[A-Za-z]+\s+)?)?$/;
const PAST_VERB = /^[a-z]+ed\b/i;

// What a recognition told with no name is of: "recognised it", "recognised the new state", "recognised its independence".
const RECOGNISED_ANAPHOR = /^\s+(?:it|the (?:new|young|breakaway|fledgling) (?:state|country|nation|republic)|its independence)\b(?!\s+(?:as|to)\b)/i;
// Deals in the plural between the verb and its partners: one with each partner.
const DEALS_EACH = /^[^.;]{0,40}?\b(?:agreements|accords|deals|treaties|pacts|memoranda|MoUs)\b/i;
const NAMED_BY_SIGNING = /\b(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies)|documents|memoranda|MoUs|protocols|contracts)\s+$/i;
const THEY = /^they\b/i;
const PASSIVE_RELATIONS = /\b(?:were|was|been)\s+(?:[a-z]+ly\s+)?restored$/i;
const ENVOY_WORD = /\b(?:diplomats?|ambassadors?|envoys?|delegation|chargé|charge d'affaires|persona non grata|head of mission)\b/i;

// Pass 2 is three functions rather than one loop body: V8 compiles a hot function whole, and recompiles it whole when
// it meets a new object shape, so a long body costs hundreds of milliseconds of compiling per change of shape.

// A title's abbreviation before a name: its period, read by the rules' patterns as a space (the same length).
const TITLE_PERIOD = /\b(Mrs|Mr|Ms|Dr|Prof|Amb|Hon|Gen|Lt|Col|Capt|Maj|Sen|Rep|Gov|Rev|Sgt|Adm|Brig|Cmdr)\.(?= [A-Z])/g;
const TITLE_PERIOD_GATE = /\b(?:Mrs|Mr|Ms|Dr|Prof|Amb|Hon|Gen|Lt|Col|Capt|Maj|Sen|Rep|Gov|Rev|Sgt|Adm|Brig|Cmdr)\. [A-Z]/;

/** The events a sentence's triggered rules read. */
export function readRuleEvents(rules: ReturnType<typeof candidateRules>, ctx: SentenceContext, stateCtx: SentenceContext, people: PersonRecord[], published: string | null, fallbackDate: FallbackDate, provenance: ProvenanceOf, options: ExtractOptions, events: EventCandidate[]): void {
  const { sentence } = ctx;
  // ("nominated Dr. Peter Okafor as ambassador", "declared Mr. X persona non grata": a title's period ends no clause.)
  const body = TITLE_PERIOD_GATE.test(sentence.text) ? sentence.text.replace(TITLE_PERIOD, "$1 ") : sentence.text;
  for (const rule of rules.rules) {
    // (A word gate was read with the keywords: candidateRules.)
    if (rule.gate && !rule.gate.test(body)) continue;
    rule.pattern.lastIndex = 0;
    for (let m = nextMatch(rule, body, sentence.start, rules); m; m = nextMatch(rule, body, sentence.start, rules)) readRuleMatch(rule, m, ctx, stateCtx, people, published, fallbackDate, provenance, options, events);
  }
}

const STATE_ACTS_LISTED: ReadonlySet<string> = new Set(["recognition", "relations-established", "relations-severed", "ambassador-recalled", "diplomat-expelled"]);
const AMONG_STATES_THAT = /\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:countries|states|nations|governments)\s+(?:(?:to|that|which|who)\s+)(?:(?:have|had|has|had\s+already|have\s+already)\s+)?$/i;
const ANY_STATE_THAT_WORD = /\b(?:any|every|all)\s/i;
const ANY_STATE_THAT = /\b(?:any|every|all)\s+(?:other\s+)?(?:countr(?:y|ies)|states?|nations?|governments?)\s+(?:that|which|who)\b/gi;
const GENERIC_OBJECT_BEFORE = /^[^.;,]{0,30}?\b(?:with|to|from|by)\s+$/i;

/** Whether the act at [start, end) is told of "any country that …": inside that clause, or with it as the object. */
function anyStateThat(ctx: SentenceContext, start: number, end: number): boolean {
  ANY_STATE_THAT.lastIndex = 0;
  for (let m = ANY_STATE_THAT.exec(ctx.sentence.text); m; m = ANY_STATE_THAT.exec(ctx.sentence.text)) {
    const at = ctx.sentence.start + m.index;
    if (at >= end && GENERIC_OBJECT_BEFORE.test(ctx.text.slice(end, at))) return true;
    if (start >= at && start < clauseEnd(ctx, at + m[0].length)) return true;
  }
  return false;
}
const REST_OF_BEFORE = /\b(?:the rest of|most of|much of) (?:the )?(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;
const FUTURE_RELATIVE = /\b(?:that|which)\s+(?:will|would|is to|are to|is due to|is set to)\b/i;
// ("Bahrain joined Saudi Arabia, the United Arab Emirates and Egypt in cutting ties": past a list's commas too.)
// ("A and B joined in, each announcing that it was cutting ties": every state of the list before "each".)
const EACH_SAYING = /,?\s+(?:each|both|all)\s+(?:of\s+them\s+)?(?:announcing|saying|declaring|stating)\s+(?:that\s+)?(?:it|they)\s+(?:(?:was|were|had|has|have|would|will)\s+)?(?:\w+ly\s+)?$/i;
const JOINS_IN = /\bjoin(?:s|ed|ing)?\s+(?:[^.;,]|,\s+(?:the\s+)?[A-Z]){1,100}?\s+in\s+$/;
const PASSIVE_TIES = /^(?:[^,]{1,40},\s+|\S+(?:\s\S+){0,3}\s+[-–—]\s+)?(?:full\s+)?diplomatic\s+(?:relations|ties)\s+(?:are|were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:restored|re-?established|established|resumed|normali[sz]ed|severed|broken(?:\s+off)?|cut|suspended)$/i;
// ("Russia became, in July, the first government to recognise …": a rank the subject took, past a short aside.)
const BECAME_RANKED = /\b(?:became|becomes|become|is|was)\s*,\s*[^,;.]{1,30},\s+the\s+\w+\s+(?:[\w-]+\s+){1,5}?to\s+$/i;
const RANKED_ACT_BEFORE = /,\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){1,5}?to\s+$/i;
const TALKED_OF = /^(?:discussed|conferred)$/i;
const HAD_BEFORE = /\bhad\s+$/;

/**
 * "X spoke by telephone with his counterpart Y. The two discussed …": what the sides of a call told just before
 * discussed, they discussed on the call (the talk told after it is no meeting), unless they have met since.
 * ("X's first engagement was with Y, who took over from Z. The two leaders discussed …": nor is a pair read from the
 * two states named last, one of them a side of the talks the sentence before told, other talks than those.)
 */
// ("after A in December 2016 and B last June, both of which switched to Beijing": every state listed, a time each.)
const OF_WHICH = /^[^.;,]{0,30},\s+(?:both|all|each)(?:\s+(?:two|three|four|five))?\s+of\s+which\s+$/i;
const LISTED_WITH_TIME = /^(?:\s+(?:in|on|last|this|that|early|late)\s+[^,;.]{1,25}?)?(?:,\s+and|,|\s+and)\s+$/;
const ALONG_WITH = /^,\s+(?:along|together)\s+with\s+[^,;.]{1,80},\s+(?:(?:also|then|later|[a-z]+ly)\s+)?$/i;
/** The states of an aside "…, along with B and C, …" between the subject and the trigger at `start`. */
function alongWithSubject(ctx: SentenceContext, source: Party, start: number): Party[] {
  if (source.end >= start || !ALONG_WITH.test(ctx.text.slice(source.end, start))) return [];
  return ctx.parties.filter((p) => p.start > source.end && p.end < start && p.via === "actor" && p.code !== source.code);
}

const AND_THE_GROUP = /^\s+and\s+(?:the\s+)?$/;
const TOGETHER_AFTER = /^,?\s+(?:along|together)\s+with\s+(?:the\s+)?$/i;
/** "A severs relations with B together with C, D and E": the states the trailing "together with" joins to the subject. */
function togetherAfter(ctx: SentenceContext, target: Party): Party[] {
  const first = ctx.parties.find((p) => p.start > target.end && p.start - target.end <= 24 && p.via === "actor");
  if (!first || ORGANISATIONS.has(first.code) || !TOGETHER_AFTER.test(ctx.text.slice(target.end, first.start))) return [];
  return [first, ...coordinated(ctx, first).filter((p) => p.start > first.end && p.via === "actor")];
}

/** The states listed before `source` when a relative "both of which" right before the trigger at `start` takes them all. */
function ofWhich(ctx: SentenceContext, source: Party, start: number): Party[] {
  if (source.via !== "actor" || !OF_WHICH.test(ctx.text.slice(source.end, start))) return [];
  const out: Party[] = [];
  let head = source;
  for (let k = ctx.parties.length - 1; k >= 0; k--) {
    const p = ctx.parties[k]!;
    if (p.end > head.start || p.via === "official") continue;
    if (p.via !== "actor" || !LISTED_WITH_TIME.test(ctx.text.slice(p.end, head.start))) break;
    out.push(p);
    head = p;
  }
  return out;
}

/** The date told right after each of `listed` (text order), then after `last` up to `to`; none unless each has one. */
function timesAfter(ctx: SentenceContext, listed: Party[], last: Party, to: number): DateMention[] {
  const out: DateMention[] = [];
  const all = [...listed, last];
  for (let k = 0; k < all.length; k++) {
    const from = all[k]!.end;
    const until = k + 1 < all.length ? all[k + 1]!.start : to;
    const d = ctx.dates.find((x) => x.start >= from && x.end <= until && x.edtf && !x.future);
    if (!d) return [];
    out.push(d);
  }
  return out;
}

const ANSWERS_ROW = /\b(?:(?:the|this|that) (?:decision|move|expulsion|step|measure)|in (?:response|retaliation|reply))\b/i;
const ANNOUNCED_BREAK = /^(?:announc|declar|decre)/i;
/** The other side of the last rupture the article told between `source` and another state, as a party at the trigger. */
function rowOfArticle(source: string, events: EventCandidate[], start: number, end: number): Party | undefined {
  const row = events.findLast((e) => RUPTURE.has(e.type) && e.modality === "asserted" && e.source !== null && e.target !== null && (e.source === source) !== (e.target === source));
  return row ? party(row.source === source ? row.target! : row.source!, start, end, "actor", "") : undefined;
}

function toldTalks(roles: EventRoles & { source: Party; target: Party }, index: number, events: EventCandidate[], pastPerfect = false): boolean {
  const [a, b] = [roles.source.code, roles.target.code];
  const samePair = (e: EventCandidate) => (e.source === a && e.target === b) || (e.source === b && e.target === a);
  const isTalk = (e: EventCandidate) => e.type === "phone-call" || e.type === "meeting";
  // ("X spoke by telephone with Y on Thursday. … (three sentences) … X said the two had discussed …": so too the pair's
  // last talks a few sentences back, when no others came between.)
  // ("… X said the two had discussed …", in a story of their call: in the past perfect, the pair's last talks however far back.)
  const last = events.findLast((e) => (pastPerfect || e.sentence >= index - 5) && isTalk(e) && samePair(e));
  if (last) return last.type === "phone-call";
  const before = roles.source.via === "group" ? events.findLast((e) => e.sentence === index - 1 && isTalk(e)) : undefined;
  return before !== undefined && [before.source, before.target].filter((c) => c === a || c === b).length === 1;
}

// readRuleMatch reads a match in steps, each a function of its own: V8 compiled the whole as one unit of some
// 300 ms, the longest of the first pass, and ran it unoptimised meanwhile; most steps serve few matches.

const MEMBERS_AFTER = /^\s+(?:member\s+)?(?:states|countries|nations|members|governments|capitals|allies|partners)\b/i;
const RELATIONS_ACTS: ReadonlySet<string> = new Set(["relations-severed", "relations-established"]);
// "ties were restored", "severed them again": the relations named, not the sides.
const SIDELESS_RELATIONS = /\b(?:were|was|been|them)\b/i;
const TO_AFTER = /^\s+to\b/;
const RELATIONS_WORD = /\b(?:relations|ties)\b/i;
const CUT_TIES_WITH = /\b(?:cut|broke off|broken off|severed|suspended|ruptured)\s+(?:(?:its|their|diplomatic|all)\s+)*(?:ties|relations)\s+with\b/gi;

/**
 * "Morocco broke off relations with Algeria; ties were restored only in May 1988", "Last August, Algeria severed them
 * again": relations whose act names no side (or one) are those of the pair an act on relations told in this sentence or
 * the one before involves.
 */
function relationsTold(rule: EventRule, m: RegExpExecArray, roles: EventRoles | null, ctx: SentenceContext, start: number, end: number, events: EventCandidate[]): EventRoles | null {
  if (!RELATIONS_ACTS.has(rule.type)) return roles;
  if (ONLY_ECONOMIC.test(m[0])) return null;
  if (roles?.target || !SIDELESS_RELATIONS.test(m[0])) return roles;
  const { sentence } = ctx;
  // ("them" only for relations the sentence or the one before names: not "restored them to their posts".)
  const pronoun = m[0].endsWith("them") || m[0].endsWith("them off");
  // ("they were restored a year later": so too a pronoun subject, though the passive names no one who acted.)
  if ((pronoun || THEY.test(m[0])) && (TO_AFTER.test(ctx.text.slice(end, end + 4)) || !RELATIONS_WORD.test(ctx.text.slice(Math.max(0, sentence.start - 400), start)))) return roles;
  // (A passive names no one who acted: "ties were restored" is the pair's.)
  const source = pronoun ? roles?.source?.code : undefined;
  const told = events.findLast((e) => RELATIONS_ACTS.has(e.type) && e.modality === "asserted" && e.sentence >= sentence.index - 1 && (!source || e.source === source || e.target === source));
  if (told && source) return { ...roles!, target: party(told.source === source ? told.target : told.source, start, end, "actor", "") };
  if (told) return { source: party(told.source, start, end, "actor", ""), target: party(told.target, start, end, "actor", "") };
  // ("Morocco broke off relations with Algeria; ties were restored in 1988": the two states named last before it; "broke
  // off relations with Peru in 1975 and restored them": the subject's, with the other state named before.)
  // ("Algeria cut ties with Rabat in 1976, after Morocco annexed the former Spanish colony; relations were restored in
  // 1988": the pair of the rupture the sentence told, not the states its other clauses name.)
  if (!pronoun) {
    const head = ctx.text.slice(sentence.start, start);
    let cut: RegExpExecArray | null = null;
    CUT_TIES_WITH.lastIndex = 0;
    for (let c = CUT_TIES_WITH.exec(head); c; c = CUT_TIES_WITH.exec(head)) cut = c;
    const at = cut ? sentence.start + cut.index : -1;
    const cutter = cut ? subjectBefore(ctx, at) : undefined;
    const cutWith = cut ? partiesAfter(ctx, at, start).find((p) => p.cue === "with" && (p.via === "actor" || p.via === "city")) : undefined;
    if (cutter && cutWith && cutter.code !== cutWith.code) return { source: cutter, target: cutWith };
  }
  const named = distinctParties(partiesBefore(ctx, start).filter((p) => p.via === "actor"));
  const other = source ? named.find((p) => p.code !== source) : undefined;
  if (other) return { ...roles!, target: other };
  const [a, b] = pronoun ? [] : named;
  return a && b ? { source: b, target: a } : roles;
}

// (Words in lower case, as a description is written: "his Australian counterpart Julie Bishop" is a name, no cleric.)
const PRIVATE_PERSON_AFTER = /^\s+(?:[a-z][\w-]*\s+){0,2}?(?:cleric|imam|bishop|priest|rabbi|activist|dissident|journalist|reporter|businessman|businesswoman|tycoon|billionaire|opposition (?:leader|figure|politician)|scholar|academic|writer|novelist|artist|singer|musician|athlete|footballer|student|rebel|lawyer|scientist)s?\b/;

const REMOTE_WORD = /video|virtually|remotely/i;
const DECISION_WORD = /decision|choice/i;
const BEING_WORD = /being/i;
const EXPECTED_WORD = /expected|scheduled|slated|\bdue\b/i;
/** A trigger that names an act as a thing ("talks", "a meeting", "a telephone call"), which may be a clause's subject. */
const NAMED_ACT = /^(?:(?:the|a|an|further|formal|bilateral|direct)\s+)?(?:talks|meetings?|(?:(?:tele)?phone\s+)?calls?|visits?|summit)\b/i;
/** The named act's predicate, past any words of its own ("between the two leaders"): an expectation. */
const EXPECTED_AFTER = /^[^.;,]{0,60}?\b(?:is|are|was|were)\s+(?:now\s+|also\s+|still\s+)?(?:expected|scheduled|slated|due)\b/i;
const MODAL_WORD = /\b(?:would|could|might|possible|likely|consideration)\b/i;
/** The named act's predicate a modal's: "A visit by X to Y would have been unthinkable", "a meeting could follow". */
const MODAL_AFTER = /^[^.;,]{0,60}?\b(?:(?:would|could|might)\s+(?:not\s+)?(?:have\s+been|be|follow|take place|come)|(?:is|was|are|were)\s+(?:still\s+|also\s+|now\s+)?(?:possible|likely|unlikely|under consideration))\b/i;
const REMOTE_AFTER = /^[^.;]*?\b(?:(?:via|by|over) (?:a )?video(?:[- ]?link|[- ]?conference)?|virtually|remotely)\b/i;
const PLANNED_AFTER = /^[^;]{0,90}?\b(?:is|are)\s+(?:still\s+|now\s+)?being\s+(?:discussed|planned|considered|prepared|arranged|negotiated|mooted|explored|worked out)\b/i;
const DECISION_BEFORE = /\b(?:decision|choice)\s+to\s+$/i;
const JUDGED_AFTER = /^[^.;]{0,100}?\b(?:had been|has been|was|is|proved|remains)\s+(?:(?:the|a)\s+)?(?:(?:very|absolutely|entirely)\s+)?(?:right|correct|wise|good|sound|historic|mistake|wrong|justified)\b/i;

const TO_CHARGE_LEVEL = /^[^.;,]{0,60}?\bto (?:the )?(?:level|rank) of (?:a )?charg/i;

const RELATIONS_CUT = /^(?:diplomatic )?(?:relations|ties)$/i;
const IN_KIND_AFTER = /^\s+(?:of\s+)?(?:its|their) own\b(?!\s+(?:diplomats?|envoys?|ambassadors?|staff))|^\s+in kind\b/i;
const ROW_TYPES: ReadonlySet<string> = new Set(["diplomat-expelled", "ambassador-recalled", "relations-severed", "mission-closed"]);
const NOUN_VISIT = /^visits?\b|\bvisits? (?:by|of|to)$/i;
const NOT_ON_AGENDA = /^[^.;,]{0,30}?\b(?:is|was|are|were|remains?|remained)\s+(?:not|no longer)\s+(?:on the (?:table|agenda|cards)|an option|under consideration|being (?:considered|discussed))\b/i;
const RULED_OUT_AFTER = /^[^.;,]{0,50}?\b(?:impossible|unthinkable|out of the question|off the table|unwelcome|undesirable)\b/i;
// ("A visit to B by X, first floated last year, was discussed but no date was set": a visit talked of, none made.)
const TALKED_OF_AFTER = /^[^.;]{0,80}?\b(?:was|were|is|are|has been|had been)\s+(?:(?:also|again|briefly|only)\s+)?(?:discussed|floated|proposed|mooted|under (?:discussion|consideration)|being (?:discussed|considered|planned|prepared))\b/i;
const FRONTED_WITH = /^\W*With\s/;
const CAUSE_LEAD = /\b(?:after|when|because|as)\s+(?:the\s+)?$/i;
/** The state right after "after", "when" or "because" past a trigger, other than `source`: the one whose act it answers. */
function answeredAfter(ctx: SentenceContext, source: string, end: number): Party | undefined {
  return partiesAfter(ctx, end, Math.min(ctx.sentence.end, end + 80)).find((p) => p.via === "actor" && p.code !== source && !ORGANISATIONS.has(p.code) && CAUSE_LEAD.test(ctx.text.slice(Math.max(end, p.start - 12), p.start)));
}

/** The events one match of a rule's trigger reads. */
function readRuleMatch(rule: EventRule, m: RegExpExecArray, ctx: SentenceContext, stateCtx: SentenceContext, people: PersonRecord[], published: string | null, fallbackDate: FallbackDate, provenance: ProvenanceOf, options: ExtractOptions, events: EventCandidate[]): void {
  const { sentence, parties, dates } = ctx;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  // ("cut relations with A to the level of chargé d'affaires": lowered, not cut off; the downgrade rule reads it.)
  if (rule.type === "relations-severed" && TO_CHARGE_LEVEL.test(ctx.text.slice(end, Math.min(sentence.end, end + 70)))) return;
  // ("El Salvador cut ties with Taiwan, the third country this year to switch allegiance to Beijing": an aside ranking
  // the subject's act, told already, among others'.)
  if ((rule.type === "relations-severed" || rule.type === "relations-established" || rule.type === "recognition") && RANKED_ACT_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 70), start)) && !BECAME_RANKED.test(ctx.text.slice(Math.max(sentence.start, start - 110), start))) return;
  // ("agreed to restore consular relations": consular ties are not diplomatic relations; the deal is read as one.)
  // (Both are cut in "broke off diplomatic and consular relations".)
  if ((rule.type === "relations-established" || rule.type === "relations-severed") && /(?<!\bdiplomatic (?:and|&) )\bconsular (?:relations|ties)\b/i.test(m[0])) return;
  // ("when the rest of Latin America broke with Castro": a region's states, none named.)
  if (REST_OF_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 50), start))) return;
  // ("threatened to cut its ties with any country that recognises A": a rule for whatever state does so; no act on A,
  // and none by the one threatening.)
  if (ANY_STATE_THAT_WORD.test(sentence.text) && anyStateThat(ctx, start, end)) return;
  // Deals between chambers, companies or universities are not between states (DOMAIN.md traps).
  if (rule.type === "agreement" && NON_STATE_PARTIES.test(clauseBefore(ctx, start)) && !parties.some((p) => p.via === "official")) return;
  // "has since hosted several Chinese and Russian delegations": guests counted by the many are a habit, no one happening.
  if ((rule.type === "meeting" || rule.type === "visit") && HABITUAL_GUESTS.test(ctx.text.slice(end, Math.min(sentence.end, end + 90)))) return;
  // ("had made a visit by X impossible": a visit named only to be ruled out.)
  if (rule.type === "visit" && NOUN_VISIT.test(m[0]) && (RULED_OUT_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 60))) || TALKED_OF_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 120))))) return;
  // ("restoring diplomatic relations was not on the agenda": an act named as a subject only to be ruled out.)
  // (Only where the sentence holds "not" or "no longer": the pattern is not sliced and run at every trigger.)
  if ((sentence.text.includes(" not ") || sentence.text.includes(" no longer ")) && NOT_ON_AGENDA.test(ctx.text.slice(end, Math.min(sentence.end, end + 60)))) return;
  // ("addressed the forum in Davos via video link": no journey.)
  // (Every match of these holds one of a few words: the sentence is asked for them first, not sliced at every trigger.)
  if (rule.type === "visit" && REMOTE_WORD.test(sentence.text) && REMOTE_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 100)))) return;
  // "said the decision to establish diplomatic ties with China had been the right one": a judgement of a decision told
  // (or taken) before, no act of the day.
  if (DECISION_WORD.test(sentence.text) && DECISION_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 24), start)) && JUDGED_AFTER.test(ctx.text.slice(end, sentence.end))) return;
  // (An organisation's envoy presents credentials as a state's does: "the head of the EU Delegation to Uruguay".)
  // (So does a bloc that expels an envoy or has its own expelled: "The EU declared Venezuela's ambassador persona non grata".)
  // (And one that recalls its own: "EU leaders agreed to recall the bloc's ambassador to Moscow".)
  // (So is an envoy appointed to one: "appointed Permanent Representative of A to the United Nations Office in Geneva".)
  const ruleCtx = rule.type === "credentials-presented" || rule.type === "diplomat-expelled" || rule.type === "ambassador-recalled" || rule.type === "ambassador-appointed" ? ctx : stateCtx;
  let roles = relationsTold(rule, m, matchRoles(rule, m, ruleCtx, start, end), ruleCtx, start, end, events);
  // ("20 July 2015 - Diplomatic relations are formally restored.": diplomatic ties told in the passive in a sentence naming
  // no one are the story's own pair; a bare "Relations were restored" may be any pair's.)
  if (!roles?.source && (rule.type === "relations-established" || rule.type === "relations-severed") && ctx.dominant && !parties.length && PASSIVE_TIES.test(ctx.text.slice(sentence.start, end))) {
    const dominant = ctx.dominant;
    // (Else the other side of the last act the story's state took part in.)
    const last = ctx.counterpart ? undefined : events.findLast((e) => e.target !== null && (e.source === dominant) !== (e.target === dominant));
    const other = ctx.counterpart ?? (last ? (last.source === dominant ? last.target : last.source) : undefined);
    if (other && other !== dominant) roles = { source: party(dominant, start, end, "actor", ""), target: party(other, start, end, "actor", "") };
  }
  // ("With the move, A joins a group of countries that have cut ties with B": the act the article told already, said
  // again of a group, with the group's dates.)
  if (roles?.source && JOINS_GROUP.test(ctx.text.slice(sentence.start, start)) && events.some((e) => e.type === rule.type && e.source === roles!.source!.code && e.modality === "asserted")) return;
  // ("A broke off relations with B in 1976 after B recognised C. The two countries restored ties in 1988": the pair of the
  // rupture just told, not the last two states named.)
  if (rule.type === "relations-established" && roles?.source?.via === "group" && roles.target?.via === "group" && RESTORED.test(m[0])) {
    const [a, b] = [roles.source.code, roles.target.code];
    const cut = events.findLast((e) => e.type === "relations-severed" && e.modality === "asserted" && e.sentence >= sentence.index - 2 && e.sentence < sentence.index && e.source !== null && e.target !== null);
    if (cut && !(cut.source === a && cut.target === b) && !(cut.source === b && cut.target === a) && [cut.source, cut.target].some((c) => c === a || c === b)) roles = { source: party(cut.source!, roles.source.start, roles.source.end, "actor", ""), target: party(cut.target!, roles.target.start, roles.target.end, "actor", "") };
  }
  // ("Turkey had decided to appoint an ambassador to Tel Aviv": no one appointed yet.)
  if (rule.type === "ambassador-appointed" && (NO_ONE_YET.test(ctx.text.slice(end, Math.min(sentence.end, end + 30))) || (NO_ONE_IN_TRIGGER.test(m[0]) && !parties.some((p) => p.via === "official" && p.start >= end && p.start - end <= 60)))) return;
  // ("Ghanaian nurses who came to Barbados": a state's private people, travelling, are not the state.)
  if ((rule.type === "visit" || rule.type === "meeting") && roles?.source?.via === "actor" && roles.source.end <= start && PRIVATE_PEOPLE_AFTER.test(ctx.text.slice(roles.source.end, Math.min(start, roles.source.end + 40)))) return;
  // "received Imam X, an influential Malian cleric": a state's private citizen is no side of talks.
  if (TALKS.has(rule.type) && roles?.target?.via === "actor" && PRIVATE_PERSON_AFTER.test(ctx.text.slice(roles.target.end, Math.min(sentence.end, roles.target.end + 50)))) return;
  // (Not a member state expelled from the bloc: "The Arab League expelled Syria in 2011".)
  if (rule.type === "diplomat-expelled" && [roles?.source, roles?.target].some((p) => p && ORGANISATIONS.has(p.code)) && !ENVOY_WORD.test(sentence.text)) return;
  // ("After the ceremony, the President held separate talks with each of the envoys": those whose credentials were told.)
  if (roles?.unnamedGroup && roles.target) namedEnvoysAsGroup(roles, roles.target, people, ctx.text, start, end, rule.type === "meeting" ? presentedTo(roles.target.code, events) : undefined);
  if (roles?.reciprocal) roles = thirdInRow(roles, sentence, start, end, events);
  // "Bahrain and Sudan cut ties on Monday" in a row aimed at a third state: each with that state, not with each other.
  else if (rule.type === "relations-severed" && roles?.source && roles.target && roles.source.end <= start && roles.target.end <= start && roles.source.via === "actor" && roles.target.via === "actor" && !BETWEEN_BEFORE.test(clauseBefore(ctx, start))) roles = thirdInRow(roles, sentence, start, end, events);
  // ("… expelled B's ambassador. Relations were cut to the level of chargés d'affaires": both sides' posts, between the
  // pair of the row just told.)
  if (!roles?.source && rule.type === "mission-downgraded" && RELATIONS_CUT.test(m[0])) {
    const row = events.findLast((e) => e.modality === "asserted" && e.source !== null && e.target !== null && ROW_TYPES.has(e.type) && e.sentence >= sentence.index - 2);
    if (row) roles = { source: party(row.source!, start, end, "actor", ""), target: party(row.target!, start, end, "actor", ""), moreSources: [party(row.target!, start, end, "actor", "")], reciprocal: true };
  }
  // ("A, B and C expelled ten Russian diplomats on March 18, and Moscow answered with ten expulsions of its own": in
  // kind, towards each state that acted against it just before.)
  if (roles?.source && ROW_TYPES.has(rule.type) && IN_KIND_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 40)))) {
    const acted = distinctParties(events.filter((e) => e.type === rule.type && e.modality === "asserted" && e.target === roles!.source!.code && e.source !== null && e.sentence >= sentence.index - 2).map((e) => party(e.source!, start, end, "actor", "")));
    if (acted.length > 1) roles = { ...roles, target: acted[0], moreTargets: acted.slice(1) };
  }
  // ("flew into Mahe on Tuesday at the start of a swing that will also take him to Mauritius": places still ahead.)
  if (rule.type === "visit" && roles?.target && roles.target.start > end && FUTURE_RELATIVE.test(ctx.text.slice(end, roles.target.start))) return;
  // ("Australia joins Brazil and the Netherlands in recalling its envoy": the one who joins acts, and those joined.)
  const joins = roles?.source ? JOINS_IN.exec(ctx.text.slice(Math.max(sentence.start, start - 100), start)) : null;
  if (joins && roles) {
    const joinAt = start - joins[0].length;
    const other = roles.target?.code;
    const joined = distinctParties(parties.filter((p) => p.via === "actor" && p.start >= joinAt && p.end <= start && p.code !== other));
    const joiner = parties.findLast((p) => (p.via === "actor" || p.via === "official") && p.end <= joinAt && p.code !== other);
    if (joiner && joined.length && !joined.some((p) => p.code === joiner.code)) roles = { ...roles, source: joiner, moreSources: joined };
  }
  const each = roles?.source && sentence.text.includes("each") ? EACH_SAYING.exec(ctx.text.slice(Math.max(sentence.start, start - 80), start)) : null;
  if (each && roles) {
    const eachAt = start - each[0].length;
    const other = roles.target?.code;
    const last = parties.findLast((p) => (p.via === "actor" || p.via === "official") && p.end <= eachAt && eachAt - p.end <= 40 && p.code !== other);
    const listed = last ? distinctParties([...coordinatedBefore(ctx, last).filter((p) => p.via === "actor" || p.via === "official"), last]).filter((p) => p.code !== other && !ORGANISATIONS.has(p.code)) : [];
    if (listed.length > 1) roles = { ...roles, source: listed[0], moreSources: listed.slice(1) };
  }
  // ("Germany, China and Egypt were among the countries to recognise the new state", "… among the states that
  // recognised it": each state listed before "among".)
  // (A rule that read no sides at all is heard out, but for recognition, whose subject is all the "among" clause lacks.)
  const among = STATE_ACTS_LISTED.has(rule.type) && (roles || rule.type === "recognition") && sentence.text.includes("among") ? AMONG_STATES_THAT.exec(ctx.text.slice(Math.max(sentence.start, start - 120), start)) : null;
  const amongTarget = among ? (roles?.target ?? partiesAfter(stateCtx, end, clauseEnd(ctx, end)).find((p) => p.via === "actor" || p.via === "city")) : undefined;
  if (among && amongTarget) {
    const amongAt = start - among[0].length;
    const last = parties.findLast((p) => p.via === "actor" && p.end <= amongAt && amongAt - p.end <= 24 && p.code !== amongTarget.code);
    const listed = last ? distinctParties([...coordinatedBefore(ctx, last).filter((p) => p.via === "actor"), last]).filter((p) => p.code !== amongTarget.code) : [];
    if (listed.length) roles = { ...roles, source: listed[0], target: amongTarget, moreSources: listed.slice(1) };
  }
  // ("Costa Rica made the switch in June 2007": to the state the switch told before went to.)
  if (rule.id === "event.recognition-switched-to-only" && roles?.source && !roles.target) {
    const to = lastSwitch(events)?.to;
    if (to && to !== roles.source.code) roles.target = party(to, start, end, "actor", "");
  }
  // ("Germany recognised Kosovo … . Turkey and Albania also recognised the new state": the state the last recognition
  // told was of, not a state of the subject's list or the pronoun's nearest.)
  if (rule.type === "recognition" && roles?.source && RECOGNISED_ANAPHOR.test(ctx.text.slice(end, Math.min(sentence.end, end + 40)))) {
    const told = events.findLast((e) => e.type === "recognition" && e.target !== null && e.target !== roles!.source!.code)?.target;
    const subjects = told ? distinctParties([...coordinatedBefore(ctx, roles.source).filter((p) => p.via === "actor"), roles.source]).filter((p) => p.code !== told) : [];
    if (told && subjects[0]) roles = { source: subjects[0], target: party(told, start, end, "actor", ""), moreSources: subjects.slice(1) };
  }
  if (roles?.source && roles.target && RUPTURE.has(rule.type) && opensClause(stateCtx, end, roles.target)) {
    const other = rowTarget(rule, roles.source, sentence, stateCtx, events);
    if (other) roles.target = party(other, start, end, "actor", "");
  }
  let answered: Party | undefined;
  // ("recalling its ambassadors from ECOWAS member states": envoys called home from a bloc's members, no one state.)
  if (roles?.source && !roles.target && !MEMBER_STATES_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 60)))) {
    // (A recall by a state or an official named outright, or a rupture told with "it": towards the state the story is
    // about, or the other side of its row; not by a state a description stands for, "The African country said …".)
    const source = roles.source;
    const towardsStory = () => (rule.type === "ambassador-recalled" ? source.via === "actor" || source.via === "official" : rule.type === "relations-severed" && (source.via === "pronoun" || source.via === "actor")) && !DESCRIBED_STATE.test(ctx.text.slice(source.start, source.end));
    // ("A shut its embassy in B. … Ambassador X … was recalled": an envoy named with no post is recalled from the state
    // of the rupture the article told before with theirs.)
    // ("Sheikh X visited Ankara in November 2021. Erdoğan returned the visit in February 2022": to the earlier visitor's state.)
    const returned = rule.type === "visit" && RETURNED_VISIT.test(m[0]) ? events.findLast((e) => e.type === "visit" && e.modality === "asserted" && e.target === source.code && e.source !== source.code && e.sentence >= sentence.index - 4)?.source : undefined;
    const other = returned ?? rowTarget(rule, roles.source, sentence, stateCtx, events) ?? (rule.type === "ambassador-recalled" && roles.source.via === "official" ? ruptureWith(roles.source.code, events) : undefined);
    if (other) roles.target = party(other, start, end, "actor", "");
    // "A recognised B on Thursday, drawing an angry response from C, which recalled its ambassador": the state answered
    // is the one whose act the sentence opened with.
    else if (rule.type === "ambassador-recalled" && (answered = answeredState(stateCtx, roles.source, start))) roles.target = answered;
    // "Israel pre-empted the vote by recalling its ambassador to Jerusalem for consultations", in a story about South
    // Africa: an envoy called home from the state the story is about.
    // (Only of a state named outright, not one a description stands for: "The African country said it would recall …".)
    else if (towardsStory() && ctx.dominant && ctx.dominant !== roles.source.code && !ORGANISATIONS.has(ctx.dominant)) roles.target = party(ctx.dominant, start, end, "actor", "");
    // ("Mali gave France's ambassador 72 hours to leave. … The French ministry had taken note of the decision and was
    // recalling its ambassador", in a story most about the recalling state: a recall told as an answer is towards the
    // other side of the row the article told.)
    else if (rule.type === "ambassador-recalled" && ANSWERS_ROW.test(sentence.text) && (answered = rowOfArticle(roles.source.code, events, start, end))) roles.target = answered;
    // ("Kenya recalled him for consultations and ordered Somalia's ambassador to leave": the state whose envoy the same
    // sentence sends away.)
    else if (rule.type === "ambassador-recalled" && (answered = stateCtx.parties.find((p) => p.envoy && p.via === "actor" && p.code !== roles!.source!.code && !ORGANISATIONS.has(p.code)))) roles.target = answered;
    // ("Spain withdrew its ambassador, X, days later", in a story most about Spain whose other side is Argentina: the
    // envoy leaves the state the story names most after the recaller's own.)
    // ("Algeria closed its airspace …, a month after it broke off diplomatic relations": so too a rupture.)
    else if (towardsStory() && ctx.counterpart && ctx.dominant === roles.source.code) roles.target = party(ctx.counterpart, start, end, "actor", "");
    // "A's ambassador, X, and B's high commissioner, Y, presented their credentials", in a story of a ceremony told
    // before: to the host the article's credentials went to.
    else if (rule.type === "credentials-presented") {
      const host = events.findLast((e) => e.type === "credentials-presented" && e.modality === "asserted" && e.target && e.target !== roles!.source!.code)?.target;
      if (host) roles.target = party(host, start, end, "actor", "");
    }
    // "President X announced Ms Y's nomination last December": to the post the article gave the envoy before.
    else if (rule.type === "ambassador-appointed" && roles.source.via === "official" && roles.source.official) {
      const envoy = roles.source.official;
      const post = events.findLast((e) => (e.type === "credentials-presented" || e.type === "ambassador-appointed") && e.source === roles!.source!.code && e.officials.has(envoy));
      if (post?.target) roles.target = party(post.target, start, end, "actor", "");
    }
    // "A broke off relations with B in 2019. A's government restored relations a year later": the ties of the rupture
    // just told (in this sentence or the two before).
    else if (rule.type === "relations-established") {
      const src = roles.source.code;
      const row = events.findLast((e) => e.type === "relations-severed" && e.modality === "asserted" && e.sentence >= sentence.index - 2 && e.source !== null && e.target !== null && (e.source === src) !== (e.target === src));
      if (row) roles.target = party(row.source === src ? row.target! : row.source!, start, end, "actor", "");
    }
    // "A and B have had no ambassadors since 1978, when A broke off relations": the pair the sentence opened with.
    else if (rule.type === "relations-severed") {
      const pair = stateCtx.parties.find((p) => p.end <= start && p.code === roles!.source!.code && p !== roles!.source && p.via === "actor");
      const partner = pair ? partnerOf(stateCtx, pair) : undefined;
      if (partner && partner.via === "actor") roles.target = partner;
      // "The two countries restored ties in 2019, decades after Chile broke off relations": the ties just restored.
      // ("said it would no longer recognise A and severed relations": the object of the subject's verb before "and".)
      else {
        const restored = restoredWith(roles.source.code, sentence.index, events);
        roles.target = restored ? party(restored, start, end, "actor", "") : objectOfVerbBefore(stateCtx, roles.source, start);
        // ("The embassy has been closed since X announced the break in relations": with the state of the post the
        // article closed or the row it told.)
        const told = !roles.target && ANNOUNCED_BREAK.test(m[0]) ? ruptureWith(roles.source.code, events) : undefined;
        if (told) roles.target = party(told, start, end, "actor", "");
        // ("Morocco severed relations in March 1976 after Algeria recognised …": the state whose act the rupture answered.)
        if (!roles.target) roles.target = answeredAfter(stateCtx, roles.source.code, end);
      }
    }
  }
  // "Relations had been restored three years earlier", "A broke off relations with B, and ties were only restored in
  // 1992": a passive that names no other side restores the ties just told of (this sentence or the rupture before).
  // (A pronoun subject, "they were restored", relationsTold reads: only where relations were named.)
  if (!roles?.target && rule.type === "relations-established" && PASSIVE_RELATIONS.test(m[0]) && !THEY.test(m[0])) {
    const known = roles?.source;
    const other = known ? stateCtx.parties.find((p) => p.end <= start && p.via === "actor" && p.code !== known.code) : undefined;
    const rupture = known ? undefined : events.findLast((e) => e.type === "relations-severed" && e.sentence === sentence.index - 1 && e.source !== null && e.target !== null);
    if (known && other) roles = { source: known, target: other };
    else if (rupture) roles = { source: party(rupture.source!, start, end, "actor", ""), target: party(rupture.target!, start, end, "actor", "") };
  }
  // ("With Peru, Gil went further the next day and announced the rupture of diplomatic relations": the state a fronted
  // "With" names is the other side of the act on relations, not one named in the sentence before.)
  if (roles?.source && RELATIONS_ACTS.has(rule.type) && FRONTED_WITH.test(sentence.text)) {
    const other = ctx.parties.find((p) => p.via === "actor" && p.start - sentence.start <= 12 && p.code !== roles!.source!.code && !ORGANISATIONS.has(p.code));
    if (other && /^\W*With\s+(?:the\s+)?$/i.test(ctx.text.slice(sentence.start, other.start)) && ctx.text.charCodeAt(other.end) === 44) roles = { ...roles, target: other };
  }
  // ("naming X, who had been its ambassador in Kuwait, to Riyadh": the post after the aside, not the one the aside recalls.)
  if (rule.type === "ambassador-appointed" && roles?.target) {
    const target = roles.target;
    const open = ctx.text.lastIndexOf(", who ", target.start);
    const close = open > start && open < target.start ? ctx.text.indexOf(",", target.end) : -1;
    const after = close >= 0 && close < sentence.end && close - target.end <= 40 ? stateCtx.parties.find((p) => p.start > close && p.start - close <= 8 && p.cue === "to" && (p.via === "actor" || p.via === "city") && p.code !== roles!.source!.code) : undefined;
    if (after && /^,\s+to\s+(?:the\s+)?$/.test(ctx.text.slice(close, after.start))) roles = { ...roles, target: after };
  }
  // ("A met B in C on Monday and signed a communiqué establishing relations": between the two who met.)
  if (roles?.source && !roles.target && (rule.type === "relations-established" || rule.type === "agreement")) roles.target = partnerMetBefore(stateCtx, roles.source, start);
  if (!roles?.source || !roles.target || roles.source.code === roles.target.code) return;
  if (rule.type === "meeting" && TALKED_OF.test(m[0]) && toldTalks(roles as EventRoles & { source: Party; target: Party }, sentence.index, events, HAD_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 8), start)))) return;
  // ("a call between A and B is being discussed": a topic discussed, by no one named, is no meeting of its sides; "this
  // was discussed between A and B" is.)
  if (rule.type === "meeting" && TALKED_OF.test(m[0]) && PASSIVE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 24), start)) && !/^\s+(?:between|by|with)\b/.test(ctx.text.slice(end, end + 10))) return;
  // ("14 EU member states have decided to expel": the members act, each for itself, not the bloc.)
  // ("expelling diplomats from a string of EU countries", "NATO allies": so too the other side, the members.)
  const members = (p: Party) => ORGANISATIONS.has(p.code) && p.via === "actor" && MEMBERS_AFTER.test(ctx.text.slice(p.end, p.end + 20));
  if (members(roles.source) || members(roles.target)) return;
  // A cause told as a fact ("would not expel anyone in response to Peru's expulsion of its ambassador") is framed
  // by its own words only.
  const causeFrom60 = Math.max(sentence.start, start - 60);
  const causeWords = CAUSE_BEFORE.exec(ctx.text.slice(causeFrom60, start));
  // (Not an aside between subject and verb: "X, the first minister to visit Cairo in a decade, held talks".)
  // ("Washington rejected the accusation as baseless and on Thursday ordered …": a past verb after "and" is a predicate
  // of its own, which the words framing the one before do not frame; not one a "that" clause holds, "denied that it had
  // summoned … and expelled".)
  const justBefore = ctx.text.slice(Math.max(sentence.start, start - 24), start);
  // (Not under a condition still open: "If A went further and expelled …".)
  const ownPredicate = PAST_AFTER_AND.test(justBefore) && PAST_VERB.test(m[0]) && !/\bthat\b/i.test(clauseBefore(ctx, start)) && !OPEN_CONDITION.test(clauseBefore(ctx, start));
  // ("is scheduled to hold talks with X and meet Y on Saturday, before flying to Z": what follows "before" in a gerund
  // is framed as the clause it follows is, however long.)
  const beforeGerund = BEFORE_GERUND.test(justBefore) && GERUND.test(m[0]);
  // ("Modi announced plans for a consulate in Brisbane during his visit to Sydney": plans announced frame their object,
  // not the occasion they were announced on.)
  const announcedOn = DURING_OWN.test(justBefore) && PLANS_ANNOUNCED.test(clauseBefore(ctx, start));
  // ("Japan will open a consulate in Cebu, Foreign Minister X told reporters in Manila": the teller's own past verb.)
  const tellerOwn = TOLD_VERB.test(m[0]) && TELLER_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 80), start));
  // ("X will now travel to B next month, after he and his counterpart Y agreed on Sunday to …": a past verb of a
  // clause opened by "after" or "because" is told as done, whatever the main clause plans.)
  const pastSubordinate = PAST_VERB.test(m[0]) && PAST_SUBORDINATE.test(ctx.text.slice(Math.max(sentence.start, start - 100), start));
  // ("are due to travel to Astana for the first meeting of the region's leaders, hosted by X": a gathering's participle
  // after its comma is framed as the clause that names the gathering.)
  const gatheringFrame = REDUCED_HOST.test(m[0]) && GATHERING_BEFORE_COMMA.test(ctx.text.slice(Math.max(sentence.start, start - 90), start)) ? modalityOf(clauseBefore(ctx, ctx.text.lastIndexOf(",", start))) : null;
  // ("was scheduled to fly to Rio …, where A faces B, and to hold talks with X": a second infinitive joined by "and to"
  // is framed as the first, past the asides between.)
  const joinedInfinitive = AND_TO_BEFORE.test(justBefore) ? modalityOf(ctx.text.slice(sentence.start, start).replace(WHERE_ASIDE, ",")) : null;
  // ("will meet face to face in A on Thursday, in the first direct talks between the two since …": talks in apposition to
  // the main clause's act are framed as it is.)
  const apposed = IN_APPOSED_TALKS.exec(ctx.text.slice(Math.max(sentence.start, start - 50), start));
  const apposedFrame = apposed ? modalityOf(ctx.text.slice(sentence.start, start - apposed[0].length)) : null;
  const framedBefore = joinedInfinitive && joinedInfinitive !== "asserted" ? joinedInfinitive : apposedFrame && apposedFrame !== "asserted" ? apposedFrame : gatheringFrame && gatheringFrame !== "asserted" ? gatheringFrame : ownPredicate || announcedOn || tellerOwn || pastSubordinate ? "asserted" : modalityOf(causeWords ? causeWords[0].replace(/^\S+\s+\S+\s+\S+\s*/, "") : ownAuxiliaryFrame(clauseBefore(ctx, start), justBefore) ?? (beforeGerund ? withoutAside(clauseBefore(ctx, start)) : sharedVerbFrame(withoutAside(clauseBefore(ctx, start)))));
  // "would cut ties with Peru if the border was closed": a future on a condition told after it is no decision.
  // ("The new envoys will serve as permanent representatives: A to the UN; …": the posts are to come, the appointments made.)
  const framed = roles.roster ? "asserted" : framedBefore === "planned" && conditionAfter(ctx, end) ? "hypothetical" : framedBefore;
  // ("a telephone call between the two presidents is being discussed": an act still talked of is no act yet.)
  // ("Talks between the two leaders were expected later in the evening": a meeting named as the subject of an
  // expectation is still to come.)
  const expected = framed === "asserted" && EXPECTED_WORD.test(sentence.text) && NAMED_ACT.test(m[0]) && !/[,;]/.test(clauseBefore(ctx, start)) && EXPECTED_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 80)));
  const stillPlanned = expected || (framed === "asserted" && BEING_WORD.test(sentence.text) && PLANNED_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 110))));
  // ("Minister, are you cutting ties with Tehran altogether?": a yes-or-no question asks, it tells nothing.)
  const modal = framed === "asserted" && !stillPlanned && ((MODAL_WORD.test(sentence.text) && NAMED_ACT.test(m[0]) && MODAL_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 80)))) || (sentence.text.endsWith("?") && YES_NO_QUESTION.test(sentence.text)));
  const modality = modal ? "hypothetical" : framed === "planned" && decidedWhenAnnounced(rule.type, clauseBefore(ctx, start)) ? "asserted" : stillPlanned || (framed === "asserted" && rule.type === "visit" && scheduledJourney(m[0], sentence.text)) ? "planned" : framed === "asserted" && undoneAfter(ctx.text, m[0], end, sentence.end) ? "negated" : framed;
  if (modality !== "asserted" && !options.keepUnasserted) return;
  // "…opened on Friday, weeks after the minister visited Lima": the visit is dated by its own clause, else placed
  // before the main clause's date by the distance the text gives.
  const relative = relativeClause(ctx, start);
  // ("established relations with the self-proclaimed Donetsk and Luhansk people's republics": a breakaway entity named by
  // its town is no state of the town's.)
  if (roles.target.via === "city" && (BREAKAWAY_BEFORE.test(ctx.text.slice(Math.max(sentence.start, roles.target.start - 30), roles.target.start)) || PEOPLES_REPUBLIC_AFTER.test(ctx.text.slice(roles.target.end, Math.min(sentence.end, roles.target.end + 40))))) return;
  const dating = matchDate(rule, m, ctx, start, end, causeWords && causeFrom60 + causeWords.index >= start - 40, relative, published, fallbackDate, events, roles.roster === true);
  if (!dating) return;
  const { date, isDated } = dating;
  // "visits to Afghanistan and Iran": one event per coordinated target.
  // (A recall's posts are states and towns, not the envoy named after one: "its ambassador to Moscow, X, for consultations".)
  const listed = coordinated(stateCtx, roles.target);
  // ("from the three capitals": every state of a group named at once.)
  const named = roles.target;
  const group = named.via === "group" ? stateCtx.parties.filter((p) => p.via === "group" && p.start === named.start && p !== named) : [];
  const targets = [roles.target, ...group, ...(rule.type === "ambassador-recalled" ? listed.filter((p) => p.via !== "official") : listed), ...(roles.moreTargets ?? []), ...((rule.type === "meeting" || rule.type === "phone-call") && (roles.target.cue === "with" || roles.target.cue === "to") ? alsoWith(stateCtx, roles.target, sentence.end) : []), ...separately(rule, stateCtx, roles.target, start, end)].filter((t) => t.code !== roles.source!.code);
  if (roles.reciprocal) targets.push(roles.source);
  // ("…, where the three adopted a joint declaration": every pair of a group of three the subject names.)
  const subjects = roles.source.via === "group" && SYMMETRIC_EVENT_TYPES.has(rule.type) ? distinctParties(stateCtx.parties.filter((p) => p.via === "group" && p.start === roles!.source!.start)) : [];
  if (subjects.length === 3 && (rule.type === "agreement" || rule.type === "meeting") && framed === "asserted") {
    // ("Qatar and the three states sign the agreement": the one joined to the group, with each of them.)
    const groupAt = roles.source.start;
    const partner = stateCtx.parties.findLast((p) => p.end <= groupAt && p.via === "actor" && !subjects.some((q) => q.code === p.code) && AND_THE_GROUP.test(ctx.text.slice(p.end, groupAt)));
    for (const [a, b] of partner ? subjects.map((p) => [partner, p] as const) : pairsOf(subjects)) events.push({ type: rule.type, source: a.code, target: b.code, date, modality, officials: new Set(), mission: null, sources: [provenance(sentence, start, end, `${rule.id}.multilateral`, 0.6)], order: start, dated: isDated, passive: false, sentence: sentence.index });
    return;
  }
  // "a joint declaration with the US and Israel": every pair of a multilateral agreement or meeting.
  // (Not among four or more after "with": "Qatar signed the declaration with A, B, C and D", the states it made peace with.)
  // ("signed normalisation agreements with A, B and C": a deal with each, none among them.)
  if (SYMMETRIC_EVENT_TYPES.has(rule.type) && targets.length > 1 && targets.length < 4 && rule.type === "agreement" && framed === "asserted" && !DEALS_EACH.test(ctx.text.slice(end, Math.max(end, roles.target.start)))) {
    for (const [a, b] of pairsOf(targets)) {
      if (a.code !== b.code) events.push({ type: rule.type, source: a.code, target: b.code, date, modality, officials: new Set(), mission: null, sources: [provenance(sentence, start, end, `${rule.id}.multilateral`, 0.6)], order: start, dated: isDated, passive: false, sentence: sentence.index });
    }
  }
  // "… with Benin, Zimbabwe and Bulgaria in 2006, 1987 and 1977, respectively": dates pair with targets in order.
  // ("made the switch in June 2007, followed by Panama in June 2017 and El Salvador in August 2018": each state after
  // "followed … by" acts alike, on the date told after it.)
  const followers = followersOf(ctx, roles, end);
  if (followers) roles.moreSources = [...(roles.moreSources ?? []), ...followers.states];
  else if (!SYMMETRIC_EVENT_TYPES.has(rule.type)) {
    const alike = sameDayAs(ctx, roles, end);
    if (alike.length) roles.moreSources = [...(roles.moreSources ?? []), ...alike];
  }
  // "severed relations with A in June, and in July with B": B too, on its own date.
  const gapped = followers ? undefined : gappedWith(ctx, roles.target);
  if (gapped && targets.every((t) => t.code !== gapped.state.code)) targets.push(gapped.state);
  const paired = followers && date ? [{ start, end, text: "", edtf: date, relative: false }, ...followers.dates] : gapped && date && targets.length === 2 ? [{ start, end, text: "", edtf: date, relative: false }, gapped.date] : /\brespectively\b/i.test(sentence.text) ? dates.filter((d) => d.edtf && !d.future && d.start > start) : [];
  // "Chile and Colombia recalled their ambassadors": every state of a coordinated subject acts (not in symmetric
  // events, where "A and B held talks" are the two sides).
  // (So too officials: "Peruvian Foreign Minister A and Chilean Foreign Minister B visited".)
  // (So too in a switch of recognition: "A and B switched to Beijing" is each one's.)
  // ("Chile and Peru followed suit, expelling …": the subject read at the list's head, its members after it.)
  const joined = SYMMETRIC_EVENT_TYPES.has(rule.type) && !rule.id.startsWith("event.recognition-switched-to") ? [] : (roles.source.via === "actor" ? [...coordinatedBefore(stateCtx, roles.source), ...coordinated(stateCtx, roles.source).filter((p) => p.end <= start)].filter((p) => p.via === "actor") : roles.source.via === "official" ? joinedOfficials(stateCtx, roles.source) : []).filter((p) => targets.every((t) => t.code !== p.code));
  const whichAll = ofWhich(stateCtx, roles.source, start);
  // ("when Norway, along with Ireland and Spain, recognized a Palestinian state": the states the aside joins to the
  // subject act alike.)
  const alongWith = SYMMETRIC_EVENT_TYPES.has(rule.type) ? [] : [...alongWithSubject(stateCtx, roles.source, start), ...togetherAfter(stateCtx, roles.target)].filter((p) => targets.every((t) => t.code !== p.code) && p.code !== roles!.source!.code);
  const sources = distinctParties([roles.source, ...(roles.moreSources ?? []), ...joined, ...whichAll, ...alongWith]);
  // (Each on the time told after it: "A in December 2016 and B last June".)
  if (whichAll.length && !paired.length && sources.length === whichAll.length + 1) paired.push(...timesAfter(ctx, [...whichAll].reverse(), roles.source, start));
  // (A roster's member takes part alone: "A, for Chile; B, for Peru" are two appointments.)
  const inClause = roles.roster ? [roles.source] : clauseParties(ctx, parties, start, relative);
  const clauseTo = clauseEnd(ctx, end);
  // ("… from Muscat, where on Saturday he met X": the place "where" points back at, for talks.)
  // (So too a place opening the sentence: "In Abuja on Wednesday, Hu held talks with …".)
  const whereBefore = rule.type === "meeting" || rule.type === "agreement" ? (placeBeforeWhere(stateCtx, start, isPlace) ?? openingPlace(stateCtx, start) ?? placeBeforeAnd(stateCtx, start)) : undefined;
  const passive = /\b(?:were|was|been)\s+\w+$/i.test(m[0]) && !SYMMETRIC_EVENT_TYPES.has(rule.type);
  // Talks held or a deal signed in one side's country mean the other travelled there (SCHEMA.md conventions).
  // ("where they agreed to fast-track the deals signed this week": a deal named by its signing was signed elsewhere.)
  // (Nor one signed "by the governments in A and B": the towns are the sides' seats, not where it was signed.)
  const talks = rule.type === "meeting" || (rule.type === "agreement" && /^(?:sign|ink|put|affix)/i.test(m[0]) && !NAMED_BY_SIGNING.test(ctx.text.slice(Math.max(sentence.start, start - 16), start)) && !SIGNED_BY_SEATS.test(ctx.text.slice(end, clauseTo)));
  const reading: MatchReading = { rule, trigger: m[0], start, end, clauseTo, whereBefore, talks, inClause, modality, isDated, passive, published };
  // "Japan, China and South Korea agreed …": a symmetric act of three or more states named together, before the
  // trigger, is every pair's (the pair the rule read is recorded below).
  // (So too officials: "Peruvian Foreign Minister A, Chilean Foreign Minister B and Bolivian Foreign Minister C met".)
  if (SYMMETRIC_EVENT_TYPES.has(rule.type) && roles.source.end <= start && roles.target.end <= start && (roles.source.via === "actor" || roles.source.via === "official") && (roles.target.via === "actor" || roles.target.via === "official")) {
    readListPairs(reading, roles.source, roles.target, ctx, stateCtx, date, provenance, events);
  }
  readPairs(reading, ctx, stateCtx, sources, targets, paired, date, provenance, events);
}

const BETWEEN_BEFORE = /\bbetween\b/i;
const BREAKAWAY_BEFORE = /\b(?:self-proclaimed|self-declared|breakaway|separatist|rebel-held|rebel|secessionist|so-called)\s+["“]?$/i;
const PEOPLES_REPUBLIC_AFTER = /^(?:\s+and\s+[A-Z][\w-]+)?\s+["“]?(?:people['’]s\s+)?republics?\b/i;
const MEMBER_STATES_AFTER = /^\s+(?:from|in|to)\s+(?:the\s+|all\s+|its\s+)?(?:[A-Z][\w-]*\s+)?(?:member\s+)?(?:states|countries|nations|capitals)\b/;
const IN_APPOSED_TALKS = /,\s+in\s+(?:what\s+(?:will|would)\s+be\s+)?(?:the|their|a)\s+(?:[\w-]+\s+){0,3}$/i;
const AND_TO_BEFORE = /,?\s+and\s+to\s+$/i;
const WHERE_ASIDE = /,\s+where\b[^,;]{0,120},/g;
const REDUCED_HOST = /^(?:hosted|chaired|co-?chaired|organi[sz]ed|convened)$/i;
const GATHERING_BEFORE_COMMA = /\b(?:meeting|summit|conference|gathering|forum|talks|session)\b[^,;.]{0,60},\s+$/i;

// ", which " right after the state a response came from: the clause of its own act.
const RESPONSE_WHICH = /^,\s+which\s+(?:then\s+|promptly\s+|immediately\s+)?$/;
// "drawing a sharp response from C, which …", "prompting a protest from C, which …": a reaction to the act told before.
const RESPONSE_FROM = /\b(?:response|reaction|rebuke|protest|backlash|condemnation)s?\s+from\s+(?:the\s+)?$/i;

/** The state whose act a reacting state's recall answers: the sentence's opening subject ("A recognised B, drawing an angry response from C, which recalled its ambassador"). */
function answeredState(ctx: SentenceContext, source: Party, start: number): Party | undefined {
  if (!RESPONSE_WHICH.test(ctx.text.slice(source.end, start)) || !RESPONSE_FROM.test(ctx.text.slice(Math.max(ctx.sentence.start, source.start - 40), source.start))) return undefined;
  // (The first state named as a subject, not a dateline's nor one after a word: "- Sweden's government recognised …".)
  const opener = ctx.parties.find((p) => p.via === "actor" && p.end <= source.start && p.cue !== "dateline");
  return opener && opener.code !== source.code && !/[a-z]/i.test(opener.cue) ? opener : undefined;
}

const DESCRIBED_STATE = /\b(?:country|nation|state|kingdom|republic|island|government)$/i;

// A teller after the main clause's comma, in capitals ("…, Foreign Minister X told"), and the verb of telling.
const TELLER_BEFORE = /,\s+(?:(?:the|of|for)\s+|\p{Lu}[\p{L}.'’-]*\s+){1,7}$/u;
const TOLD_VERB = /^(?:told|said)\b/i;
// "after he and his Serbian counterpart, Y, ": the opener and its subject, up to the verb, with no modal of its own.
const PAST_SUBORDINATE = /(?:^|,\s+)(?:after|because)\s+(?:he|she|they|it|we|(?:the|his|her|their|its)\s+[\w-]+|\p{Lu}[\p{L}'’.-]*)\b(?:(?!\b(?:will|would|could|might|may|should|shall|not|never|if)\b)[^.;:"“”]){0,80}$/u;
const CAUSE_BEFORE = /\bin (?:retaliation|response|reprisal|reply) (?:for|to)\s+(?:[\w'’-]+\s+){0,3}$|\bretaliating for\s+(?:[\w'’-]+\s+){0,3}$/i;

// A question answered yes or no: its verb first, past a vocative or a speaker's label ("JOURNALIST: Minister, are you …").
const YES_NO_QUESTION = /^(?:[^:]{1,40}:\s*)?(?:(?:[A-Z][\w'’.-]*\s*){1,3},\s*)?(?:are|is|was|were|do|does|did|will|would|has|have|had|can|could|should|shall)\s+(?:you|we|they|he|she|it|the|there|[A-Z])/i;
const HABITUAL_GUESTS = /^\s+(?:several|many|numerous|various|multiple|dozens of|scores of|a (?:number|series|string|succession) of)\s+(?:[\w'’-]+\s+){0,4}?(?:delegations|visitors|guests|leaders|officials|dignitaries|ministers|heads of state)\b/i;
const NON_STATE_PARTIES = /\b(?:chambers?|compan(?:y|ies)|universit(?:y|ies)|firms?|banks?|clubs?|federations?|associations?|corporations?|businesses|airlines?)\b/i;
