import { lookupActorName } from "../gazetteer/actors.js";
import { lookupCity } from "../gazetteer/cities.js";
import type { Role } from "../model/official.js";
import { isApostrophe } from "./chars.js";
import type { DateMention } from "./dates.js";
import type { Item } from "./mentions.js";
import type { Sentence } from "./sentences.js";
import { isEdOrIng } from "./word-shape.js";

/** A state taking part in a sentence, however the text names it: directly, through an official, a city or a pronoun. */
export interface Party {
  code: string;
  start: number;
  end: number;
  via: "actor" | "official" | "city" | "pronoun" | "group";
  /** The official's name and role, when the party is a person. */
  official?: string;
  role?: Role;
  /** For envoys: where they are accredited, when the article says. */
  accreditedTo?: string;
  /** Named as the sender of an envoy: "Nigerian High Commissioner", "the Ambassador of Kuwait". */
  envoy?: boolean;
  /** The word before the mention ("to", "in", "with"…), lower case. */
  cue: string;
}

/**
 * How the text between two members of a list joins them: "," alone, "and" (", and", " and ", "&"), or not as a list
 * (null). A "the" may open the next member ("Peru and the Netherlands").
 */
export function listJoint(between: string): "," | "and" | null {
  const m = JOINT.exec(between);
  return !m ? null : m[2] ? "and" : m[1] ? "," : null;
}
// (The "and" a whole word: after a comma or a space, before one.)
const JOINT = /^\s*(,)?(?:\s(and|&)\s)?\s*(?:the\s+)?$/i;

/**
 * A party with every field present, in one order. Parties are copied for each pronoun and group ("he", "the two
 * countries"): copies of objects of one shape are cheap, of a dozen shapes slow.
 */
export function party(code: string, start: number, end: number, via: Party["via"], cue: string, official?: string, role?: Role, accreditedTo?: string, envoy?: boolean): Party {
  return { code, start, end, via, official, role, accreditedTo, envoy, cue };
}

/** `p` named again elsewhere ("he", "the country", "both sides"): a copy made by `party`, so of the same shape. */
export function moved(p: Party, start: number, end: number, via: Party["via"], cue: string): Party {
  return party(p.code, start, end, via, cue, p.official, p.role, p.accreditedTo, p.envoy);
}

export interface SentenceContext {
  sentence: Sentence;
  items: Item[];
  parties: Party[];
  dates: DateMention[];
  /** Days of reports in the sentence ("X said on Friday"), which date only announcements. */
  saidDates: DateMention[];
  /** The text of the document, for reading around a match. */
  text: string;
  /** Where the article is set (its dateline, or the last place named), for "here" and "his visit". */
  place?: Party;
  /** Where the story was filed from ("TRIPOLI — …"), if it says. */
  dateline?: Party;
  /** Where the story was filed from, also once it is told elsewhere: the state of "the government" it leaves unnamed. */
  filedFrom?: Party;
  /** The state the article is about (its publisher's, else the one it names most). */
  dominant?: string | null;
  /** The state named most after the story's own (named at least twice): the other side of its row, when a sentence
   * leaves it unsaid. */
  counterpart?: string | null;
  /** The last day (YYYY-MM-DD) the sentences before this one named, for "on that day". */
  dayBefore?: string | null;
  /** The last envoy the sentences before this one named, whose post "the Embassy" with no state may be. */
  envoyBefore?: Party;
}

/** A passive verb's auxiliary right before a trigger: "was received", "was also received", "were warmly received". */
export const PASSIVE_BEFORE = /\b(?:was|were|is|are|been|being)\s+(?:(?:also|then|later|first|[a-z]+ly)\s+)?$/i;

/** The first party of each state, in the order given. */
export function distinctParties(parties: Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => (seen.has(p.code) ? false : (seen.add(p.code), true)));
}

/** Parties ending before `pos` in the sentence, nearest first. */
export function partiesBefore(ctx: SentenceContext, pos: number, from = ctx.sentence.start): Party[] {
  return ctx.parties.filter((p) => p.end <= pos && p.start >= from).reverse();
}

/** Parties starting at or after `pos`, nearest first. */
export function partiesAfter(ctx: SentenceContext, pos: number, to = ctx.sentence.end): Party[] {
  return ctx.parties.filter((p) => p.start >= pos && p.end <= to);
}

/** The acting state before a trigger: a person or a state rather than a place where both are at hand. */
// "The government of Guatemala declared …": a state's body, named through "of", acts for the state.
const BODY_OF = /\b(?:heads?|leaders?|chiefs?|governments?|ministry|ministries|ministry of foreign affairs|ministries of foreign affairs|authorities|parliaments?|senate|congress|national assembly|legislatures?|cabinets?|council of ministers|presidency|administrations?|leadership|state)\s+of\s+(?:the\s+)?$/i;
export const CAUSING: ReadonlySet<string> = new Set(["prompting", "prompted", "forcing", "forced", "leading", "led", "causing", "caused", "pushing", "pushed", "allowing", "allowed", "enabling", "enabled"]);

/** The cue of the first party of a list `p` ends ("in Peru and Bolivia": "in"), else `p`'s own. */
// ("In Lima, Norway opened": a comma alone joins a list's members only before its "and" — "in Angola, India, and a
// consulate" — or a town to its country.)
function headCue(ctx: SentenceContext, p: Party): string {
  return listHead(ctx, p).cue;
}

// A verb right after a state after ", and": the state is a clause's subject.
// (Irregular pasts too: "restored ties with Taipei, and Beijing cut relations with it".)
export const CLAUSE_VERB_AFTER = /^\s+(?:(?:also|then|later|too|swiftly|quickly|promptly)\s+)?(?:[a-z]+ed|will|would|has|had|was|were|is|are|did|cut|broke|shut|froze|withdrew|sent|met|held|took|made|gave|began|went|flew|sought|kept|left|paid|told|said|spoke|maintains|operates|keeps|runs|hosts|plans|intends)\b/;
const SUBJECT_LISTED = /^(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
// After a plain "and", a state with a past verb and its object after it: "ties with Doha and Jordan downgraded its …".
const VERB_AND_OBJECT_AFTER = /^\s+[a-z]+ed\s+(?:its|their|the|all|diplomatic)\b/;

/**
 * Whether `p`, after `prev`, opens a clause of its own rather than ending a list: ", and" and a verb after it, where no
 * comma of a list comes before `prev` ("switched recognition to Taipei, and Beijing suspended relations"; not "Peru,
 * Chile, and Norway closed"), or "and" after an object of "with" or "to", with a verb and its object after `p`
 * ("relations with Doha and Jordan downgraded its representation").
 */
export function ownClause(ctx: SentenceContext, prev: Party, p: Party): boolean {
  const between = ctx.text.slice(prev.end, p.start);
  // ("its representation in Tehran and Kuwait recalled its ambassador": a place's object joined by "and" to a new subject.)
  // ("when Sweden recognised Palestine and Israel recalled its ambassador": so too after a verb's object.)
  if (!between.startsWith(", and")) return (prev.cue === "with" || prev.cue === "to" || prev.cue === "in" || prev.cue === "from" || /^[a-z]{3,}ed$/.test(prev.cue)) && /^\s+and\s+(?:the\s+)?$/.test(between) && VERB_AND_OBJECT_AFTER.test(ctx.text.slice(p.end, p.end + 40));
  // ("in Laayoune, and Gambia, Guinea and Liberia had each opened one": past the new subject's own list.)
  let last = p;
  for (const q of ctx.parties) if (q.start >= last.end && q.start - last.end <= 8 && SUBJECT_LISTED.test(ctx.text.slice(last.end, q.start))) last = q;
  if (!CLAUSE_VERB_AFTER.test(ctx.text.slice(last.end, last.end + 30))) return false;
  const before = ctx.parties.findLast((q) => q.end <= prev.start);
  return !before || !/^\s*,/.test(ctx.text.slice(before.end, prev.start));
}

/** The first party of a list `p` ends ("Peru and Bolivia": Peru), else `p`. */
function listHead(ctx: SentenceContext, p: Party): Party {
  // (Most parties open no list: the look-ahead below only for those that may end one.)
  if (p.cue !== "and" && p.cue !== "," && p.cue !== "") return p;
  let head = p;
  let listed = LIST_GOES_ON.test(ctx.text.slice(p.end, p.end + 6));
  for (let guard = 0; guard < 8 && (head.cue === "and" || head.cue === "," || head.cue === ""); guard++) {
    const prev = ctx.parties.findLast((q) => q.end <= head.start && q.via !== "official" && listJoint(ctx.text.slice(q.end, head.start)) !== null);
    if (!prev) break;
    if (head === p && ownClause(ctx, prev, p)) break;
    const and = listJoint(ctx.text.slice(prev.end, head.start)) === "and";
    if (!and && !listed && prev.code !== head.code) break;
    // ("In Lima, the Peruvian government agreed …": a body of the state after the place is the clause's subject, no
    // apposition naming the place again as "Lima, Peru" or "Lima, the Peruvian capital" do.)
    if (!and && !listed && STATE_BODY.test(ctx.text.slice(head.end, head.end + 24))) break;
    // ("In Lima, Peru agreed …": so is a state right before a verb after a place opening the sentence.)
    if (!and && !listed && prev.start - ctx.sentence.start <= 3 && OPENS_WITH_PLACE.test(ctx.text.slice(ctx.sentence.start, prev.start)) && VERB_NEXT.test(ctx.text.slice(head.end, head.end + 30))) break;
    listed ||= and;
    head = prev;
  }
  return head;
}

/**
 * "The governments of Peru and Chile recognised …": a state (the head of a list) after its body's "of" acts for it;
 * so does one after "officials from", "a delegation from" opening a clause ("Officials from Peru and Chile visited").
 */
function bodyOf(ctx: SentenceContext, head: Party): boolean {
  if (head.cue === "from") {
    const from = Math.max(ctx.sentence.start, head.start - 60);
    // (Where the window opens mid-sentence, "^" must not match: a clause opens at the sentence's start or a comma.)
    return PEOPLE_FROM.test(from > ctx.sentence.start ? ` x ${ctx.text.slice(from, head.start)}` : ctx.text.slice(from, head.start));
  }
  return head.cue === "of" && BODY_OF.test(ctx.text.slice(Math.max(ctx.sentence.start, head.start - 40), head.start));
}
// (Not an object: "met with officials from Peru", "received a delegation from Chile".)
// ("A cross-party group of lawmakers from Peru": so too the body they come in.)
const PEOPLE_FROM = /(?:^|[,;:—–]\s*|\b(?:then|also)\s+)(?:(?:the|a|an)\s+)?(?:(?:[\w-]+\s+)?(?:group|team|contingent)\s+of\s+)?(?:(?:senior|top|high-level|visiting|government|official|ministerial|diplomatic|parliamentary|trade)\s+)?(?:officials|diplomats|delegations?|delegates|ministers|representatives|envoys|emissaries|negotiators|lawmakers|legislators|parliamentarians)\s+from\s+(?:the\s+)?$/i;

// (Sets made once, not arrays built at every call: subjectBefore filters every party before each trigger.)
const PLACE_CUES: ReadonlySet<string> = new Set(["to", "in", "at", "of"]);
const LIST_GOES_ON = /^,?\s(?:and|or)\s/;
const STATE_BODY = /^(?:['’]s)?\s+(?:government|cabinet|administration|authorities|parliament)\b/i;
const OPENS_WITH_PLACE = /^(?:In|At)\s$/;
const VERB_NEXT = /^\s+(?:(?:has|have|had|also|then|[a-z]+ly)\s+)*(?:[a-z]{2,}ed|met|held|signed|broke|cut|sent|gave|made|took)\b/;
const OBJECT_CUES: ReadonlySet<string> = new Set(["to", "in", "at", "from", "with", "of", "into", "for", "on", "against", "beside", "behind", "among", "about", "dateline"]);
// ("stood beside Wang Yi and signed": a person stood beside or spoken about is no subject either.)
const PERSON_OBJECT_CUES: ReadonlySet<string> = new Set(["with", "beside", "behind", "among", "about", "against"]);
const INFINITIVE_BEFORE = /\bto\s+(?:visit|tour|see|meet|reach|enter)\s+(?:the\s+)?$/;
const TIME_CUES: ReadonlySet<string> = new Set(["after", "before", "during", "since", "until", "following", "amid"]);
const TIME_OWNER_TO_TRIGGER = /^['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$/;

// "X, after talks in Quito with his Ecuadorian counterpart Y, signed …": an aside a subordinator opens between the
// subject and its verb holds no subject (of that verb, or of one its object governs: "signed a communiqué establishing").
// (An occasion or a participle after the subordinator: not "…, after Ecuador's parliament, the Assembly, voted".)
// ("Belarus, angered by U.S. sanctions on X, recalled …": so too a participle of feeling or cause on the subject.)
// (Or a noun phrase set off after a state: "Gambia, a narrow strip of land almost surrounded by Senegal, established …".)
const ASIDE_IN_CLAUSE = /,\s+(?:after|before|following|during|upon)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meetings?|consultations|negotiations|discussions|visits?|calls?|ceremony|summit|[a-z]+ing)\b[^,;]{0,120},|,\s+(?:angered|irked|incensed|stung|infuriated|alarmed|outraged|upset|emboldened|prompted|spurred|backed|pressed)\s+by\b[^,;]{0,120},|,\s+an?\s+(?!(?:day|week|month|year|move|step|decision|day-long|week-long)\b)(?![^,;]*\b(?:that|which|who)\b)[a-z][^,;]{0,100},/gi;
// (", Spain's chief gas supplier," after a subject: an apposition naming another state's possession; in case, so no "i".)
const POSSESSIVE_APPOSITION = /,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}['’]s\s+(?![^,;]*\b(?:that|which|who)\b)[a-z][^,;]{0,80},/gu;

/** Parties before `pos`, nearest first, but those of such an aside in the 160 characters before it. */
// "X, who travelled with Y as far as Hanoi, held separate talks with …": so too a relative clause closed right before the
// verb, a few words at most between.
const RELATIVE_BEFORE_VERB = /,\s+(?:who|which)\s+[^,;()]{3,120},\s+(?:[\w-]+\s+){0,3}$/i;

function partiesPastAside(ctx: SentenceContext, pos: number): Party[] {
  const nearest = partiesBefore(ctx, pos);
  const from = Math.max(ctx.sentence.start, pos - 160);
  const window = ctx.text.slice(from, pos);
  if (!window.includes(", ")) return nearest;
  ASIDE_IN_CLAUSE.lastIndex = 0;
  let aside: RegExpExecArray | null = null;
  for (let m = ASIDE_IN_CLAUSE.exec(window); m; m = ASIDE_IN_CLAUSE.exec(window)) aside = m;
  if (!aside && (window.includes("'s ") || window.includes("’s "))) {
    POSSESSIVE_APPOSITION.lastIndex = 0;
    for (let m = POSSESSIVE_APPOSITION.exec(window); m; m = POSSESSIVE_APPOSITION.exec(window)) aside = m;
  }
  const relative = aside ? null : window.includes("wh") ? RELATIVE_BEFORE_VERB.exec(window) : null;
  if (!aside && !relative) return nearest;
  const found = (aside ?? relative)!;
  // (A relative clause's closing comma ends it; the words after it are the verb's.)
  const [start, end] = [from + found.index, from + found.index + (aside ? found[0].length : found[0].lastIndexOf(",") + 1)];
  return nearest.filter((p) => p.end <= start || p.start >= end);
}

export const UN_SEAT = /\b(?:United Nations|UN|U\.N\.|General Assembly|UNGA|Security Council)\b/;
export const UN_CITIES = /^(?:New York|Geneva)$/;
// "met X in New York" in a story of the General Assembly week: the UN's seat, not a visit to its host.
// (A dateline's capitals too: "NEW YORK, 26 September – … the General Assembly".)
export const UN_CITIES_ANY_CASE = new RegExp(UN_CITIES.source, "i");
export const atUnSeat = (text: string, p: Party) => p.via === "city" && UN_CITIES_ANY_CASE.test(text.slice(p.start, p.end)) && UN_SEAT.test(text);

const DOCUMENT_BEFORE = /\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:memorandum|note|letter|decree|notice|diplomatic note)\s+$/i;
const HAVING_BEFORE = /,\s+having\s$/;
const PARTICIPLE_AFTER_SUBORDINATOR = /\s(?:while|whilst|before|after)\s+(?:also\s+)?(?=[a-z]+ing\b)(?<=^.{20})/;
const isLowerAt = (text: string, at: number) => {
  const c = text.charCodeAt(at);
  return c >= 97 && c <= 122;
};
const RELATIVE_SUBJECT = /^,\s+(?:which|who)\s+(?:(?:has|have|had|also|then|later|now|[a-z]+ly)\s+)*$/i;
const RELATIVE_PROGRESSIVE = /^,\s+(?:which|who)\s+(?:(?:also|then|later|now|[a-z]+ly)\s+)*(?:was|were|is|are|(?:has|have|had) been)\s+(?:(?:also|[a-z]+ly)\s+)?$/i;
const ADVERB_BETWEEN = /^\s+(?:also|then|later|too|itself|[a-z]+ly)\s+$/;
// ("with the two ministers agreeing to …": a group's noun after "the two".)
const GROUP_NOUN_BETWEEN = /^\s+(?:[\w-]+\s+)?(?:sides|ministers|leaders|countries|governments|presidents|nations|states|delegations)\s+$/;

// ("the government's decision of September 28 to declare …": past the decision's day.)
const DECISION_TO = /^(?:\s+(?:government|authorities|regime|cabinet|junta|leadership|parliament|foreign ministry|ministry))?['’]s\s+(?:[\w-]+\s+)?(?:decision|move|plan|bid|intention|refusal|threat|announcement|vote|attempt|offer|pledge|promise)\s+(?:(?:of|on|in|last|this)\s+[\w ,]{1,25}?\s+)?(?:to|not to)\s+$/i;

const DECISION_TO_AND = /^['’]s\s+(?:[\w-]+\s+)?(?:decision|move|plan|bid|intention|threat|announcement|attempt|offer|pledge|promise)\s+(?:[\w-]+\s+){0,3}?to\s+[a-z]+\b[^.;,]{0,100}?\s+and\s+$/i;
// ("the decision announced by the Federal Government of Somalia on 15 December to sever …": its maker after "by".)
const DECISION_OF_BEFORE = /\b(?:decision|move|plans?|intention|bid)\s+(?:of|(?:announced|taken|made|adopted)\s+by)\s+(?:the\s+)?(?:(?:[Ff]ederal\s+)?[Gg]overnment\s+of\s+(?:the\s+)?)?$/i;
// (Past the decision's day: "of 11 January 2023 to expel".)
// ("the decision of A, taken on Friday 29 October, to request …", "the decision of A on Friday to expel …": past its date.)
const DECIDED_TO_AFTER = /^(?:\s+of\s+[\w ]{1,25}?|\s+(?:on|last|this)\s+[\w ]{1,30}?|,\s+(?:taken|announced|made|adopted|issued|reached)\s+[^,;]{1,50},)?\s+to\s+$/;

const OPENING_TIME = /^\s*(?:(?:on|last|this|early|late|later)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?,?\s+$/i;

const PRESENT_PARTICIPLE = /^[a-z]{2,}ing\b/;
// ("DOHA, Aug 24 - Qatar said …": a subject after a dateline's dash.)
const DASHES: ReadonlySet<string> = new Set(["—", "–", "-"]);

export function subjectBefore(ctx: SentenceContext, pos: number): Party | undefined {
  // ("X met Y on Saturday while also talking by telephone with Z": a participle after a subordinator mid-sentence is
  // the main clause's subject's act.)
  // ("summoned X … and handed him a memorandum ordering all Iranian diplomats to leave": so too a participle of the
  // document the subject handed over; one "declaring" staff persona non grata is read with the envoy handed it, in
  // rules/events.ts.)
  const participle = pos - ctx.sentence.start > 24 && isLowerAt(ctx.text, pos) ? PARTICIPLE_AFTER_SUBORDINATOR.exec(ctx.text.slice(pos - 20, pos + 16)) ?? (/^(?!declar)\w+ing\b/i.test(ctx.text.slice(pos, pos + 16)) ? DOCUMENT_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, pos - 40), pos)) : null) : null;
  // ("Tonga has no Taiwanese office, having switched recognition to Beijing": a perfect participle after a comma is the
  // main clause's subject's act, too.)
  const having = !participle && pos - ctx.sentence.start > 12 && ctx.text.charCodeAt(pos - 2) === 103 ? HAVING_BEFORE.exec(ctx.text.slice(pos - 12, pos)) : null;
  // ("Qatar sent its ambassador back to Tehran, raising its representation in Iran …": so too a present participle.)
  const afterComma = !participle && !having && pos - ctx.sentence.start > 12 && ctx.text.charCodeAt(pos - 2) === 44 && ctx.text.charCodeAt(pos - 1) === 32 && PRESENT_PARTICIPLE.test(ctx.text.slice(pos, pos + 20)) && !ctx.parties.some((p) => p.end === pos - 2 && p.via !== "city" && p.cue !== "to" && p.cue !== "in");
  if (participle || having || afterComma) {
    const at = afterComma ? pos - 2 : having ? pos - 12 + having.index : participle![0].startsWith(" ") ? pos - 20 + participle!.index : pos - participle![0].length;
    // (Past a verb joined by "and": "said it had summoned X … and handed him a memorandum ordering …" is the sentence's
    // subject's.)
    const clause = clauseBefore(ctx, at);
    const from = /^\s*(?:and\s+)?[a-z]+ed\b/.test(clause) ? ctx.sentence.start : at - clause.length;
    // ("On Saturday X met A's president, before hosting B's": past a time opening the clause.)
    const main = ctx.parties.find((p) => p.start >= from && p.end <= at && p.via !== "city" && (p.cue === "" || DASHES.has(p.cue) || (p.start - from <= 30 && OPENING_TIME.test(ctx.text.slice(from, p.start)))));
    if (main) return main;
  }
  // "with Egypt recalling its ambassador": a state right before a verb is its subject, whatever introduced it.
  // ("with Khartoum also expelling …": so too past an adverb; not a place, "signed a communique in Paris establishing
  // relations".)
  const nearest = partiesPastAside(ctx, pos);
  const adjacent = nearest[0];
  if (adjacent && (pos - adjacent.end <= 2 || (pos - adjacent.end <= 12 && ADVERB_BETWEEN.test(ctx.text.slice(adjacent.end, pos))) || (adjacent.via === "group" && pos - adjacent.end <= 40 && GROUP_NOUN_BETWEEN.test(ctx.text.slice(adjacent.end, pos)))) && adjacent.via !== "city" && adjacent.cue !== "in" && adjacent.cue !== "at" && /^\s*\w+ing\b/i.test(ctx.text.slice(pos, pos + 14))) return adjacent;
  // ("a month after it broke off relations": a pronoun opening a subordinate clause, right before its verb, is its subject.)
  if (adjacent?.via === "pronoun" && (pos - adjacent.end <= 2 || (pos - adjacent.end <= 12 && ADVERB_BETWEEN.test(ctx.text.slice(adjacent.end, pos)))) && SUBJECT_PRONOUN.test(ctx.text.slice(adjacent.start, adjacent.end)) && SUBORDINATORS.has(adjacent.cue)) return adjacent;
  // "shifted to Algiers, which has recalled its own ambassador": the one a relative clause hangs on, whatever
  // introduced it.
  // ("with his Danish counterpart X, who was visiting Oslo": so too in the progressive, not in a passive.)
  if (adjacent && adjacent.via !== "group" && ctx.text.charCodeAt(adjacent.end) === 44 && (RELATIVE_SUBJECT.test(ctx.text.slice(adjacent.end, pos)) || (RELATIVE_PROGRESSIVE.test(ctx.text.slice(adjacent.end, pos)) && /^\w+ing\b/i.test(ctx.text.slice(pos, pos + 16))))) {
    // ("X, the Libyan Ambassador to Italy, who travelled to London": "who" is the person whose title names the state.)
    // ("X, the U.S. special representative for North Korea, who spent three days in Pyongyang": so too a brief's "for".)
    if (adjacent.via !== "official" && /^,\s+who\b/i.test(ctx.text.slice(adjacent.end, pos)) && (PLACE_CUES.has(headCue(ctx, adjacent)) || headCue(ctx, adjacent) === "for")) {
      const person = partiesBefore(ctx, adjacent.start).find((p) => p.via === "official");
      if (person && adjacent.start - person.end <= 60 && !/[;.]/.test(ctx.text.slice(person.end, adjacent.start))) return person;
    }
    return adjacent;
  }
  // "Peru's expulsion of …", "Chile's recognition of …": a state's possessive before a noun is its agent.
  // (Only where the apostrophe stands right after the party: most parties are followed by anything else.)
  if (adjacent && adjacent.via !== "city" && isApostrophe(ctx.text.charCodeAt(adjacent.end)) && /^['’]s\s+$/.test(ctx.text.slice(adjacent.end, pos))) return adjacent;
  // "condemned Chile's decision to sever ties": the possessor of a decision (a move, a plan) acts in its infinitive.
  // ("the Nicaraguan government's decision to declare …": so too a demonym's government.)
  if (adjacent && adjacent.via !== "city" && (isApostrophe(ctx.text.charCodeAt(adjacent.end)) || ctx.text.charCodeAt(adjacent.end) === 32) && DECISION_TO.test(ctx.text.slice(adjacent.end, pos))) return adjacent;
  // ("the decision of the Russian Federation of 11 January to expel …": so too a decision's holder after "of".)
  if (adjacent && adjacent.via === "actor" && (adjacent.cue === "of" || adjacent.cue === "by") && DECISION_OF_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, adjacent.start - 50), adjacent.start)) && DECIDED_TO_AFTER.test(ctx.text.slice(adjacent.end, pos))) return adjacent;
  // "…, prompting China to downgrade relations": the object of a verb of causing is the subject of the infinitive.
  // ("a shift that prompted Algeria, which backs X, to withdraw its ambassador": past an aside on the object.)
  if (adjacent && adjacent.via !== "city" && CAUSING.has(adjacent.cue) && /^(?:,\s+(?:which|who)\s[^,;]{1,80},)?\s+to\s+$/.test(ctx.text.slice(adjacent.end, pos))) return adjacent;
  // Places after a preposition and objects of a verb ("visited Ramallah") are not subjects.
  // (Asked lazily, party by party: the answer is most often the nearest party the test keeps, and the test reads the
  // text around each party. The whole list only where a verb joined by "and" needs it.)
  const keeps = (p: Party): boolean => {
    // (Not one met: "He began in Tallinn with Estonian Prime Minister X, flew on to Vilnius for talks with Y".)
    if (p.via === "official") {
      // (The official's state written before the title carries the cue: "with Estonian Prime Minister X".)
      const lead = nearest.find((q) => q.end <= p.start);
      return !PERSON_OBJECT_CUES.has(headCue(ctx, p)) && !(lead && lead.code === p.code && lead.via === "actor" && headCue(ctx, lead) === "with" && p.start - lead.end < 40);
    }
    // "embassies in Peru and Bolivia": a state joined to a place or an object is one too.
    const head = listHead(ctx, p);
    const cue = head.cue;
    // ("After the meeting the two signed": a noun in -ing after an article is no verb taking an object.)
    const verbCue = isEdOrIng(cue) && !/\b(?:the|a|an|their|his|her|its|this|that)\s+\w+ing\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 30), p.start));
    // ("to halt strikes on Ukraine's energy infrastructure after a call with X": an object of "on" is no subject.)
    // ("toured Africa after Russia's invasion, visiting …": a possessive after a preposition of time, its noun the last
    // words before the trigger's comma, names no subject; "after Ecuador's parliament voted to open" does.)
    const timeOwner = TIME_CUES.has(cue) && isApostrophe(ctx.text.charCodeAt(p.end)) && TIME_OWNER_TO_TRIGGER.test(ctx.text.slice(p.end, pos));
    // ("became the first minister to visit Tripoli and announced …": the place a traveller is "to visit" is no subject.)
    const infinitiveObject = !OBJECT_CUES.has(cue) && INFINITIVE_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, head.start - 24), head.start));
    // ("aboard a jet lent by Beijing and that evening called on …": the agent of a participle on a noun, with no "was"
    // before it, is no subject of the verb "and" joins after it.)
    const participleAgent = cue === "by" && /^\s+and\s/.test(ctx.text.slice(p.end, Math.min(pos, p.end + 6))) && !PASSIVE_AGENT_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, head.start - 40), head.start));
    return (!OBJECT_CUES.has(cue) && !verbCue && !timeOwner && !infinitiveObject && !participleAgent) || bodyOf(ctx, head);
  };
  // "Kenya expelled two Somali diplomats and recalled its ambassador": a verb joined by "and" shares the clause's
  // subject, the first state of the clause, not the last one the verb before it acted on.
  // ("…, and on March 17 called Ciobanu home": a date between "and" and the verb.)
  // (A "then" after a subject is no second verb: "the two ministers then held talks".)
  // (The full test only where an "and" or "then" is at hand: tried at every offset, it is the dear one.)
  const lastWords = ctx.text.slice(Math.max(ctx.sentence.start, pos - 48), pos);
  const joined = AND_THEN.test(lastWords) ? AND_VERB_BEFORE.exec(lastWords) : null;
  if (joined) {
    // ("Moscow's decision earlier this week to downgrade relations with Tallinn and expel …": a second infinitive after
    // "and" is the decision's holder's act too.)
    const holder = nearest.find((p) => p.via !== "city" && isApostrophe(ctx.text.charCodeAt(p.end)) && pos - p.end <= 160 && DECISION_TO_AND.test(ctx.text.slice(p.end, pos)));
    if (holder) return holder;
    const before = nearest.filter(keeps);
    // ("…, and in early September Vilnius ordered …": a state after the date words is the verb's own subject.)
    const andAt = pos - lastWords.length + joined.index;
    const own = before.find((p) => p.start > andAt && p.via !== "city");
    if (own) return own;
    // ("follows Panama, which cut its ties with Taiwan and established relations with China": a verb joined inside a
    // relative clause is its antecedent's.)
    // (Looked for in the 88 characters before the "and" only: a search back through the text runs at every trigger.)
    const near = Math.max(ctx.sentence.start, andAt - 88);
    const found = ctx.text.slice(near, andAt).lastIndexOf(", which ");
    const which = found < 0 ? -1 : near + found;
    if (which > ctx.sentence.start && andAt - which <= 80 && !/[,;]/.test(ctx.text.slice(which + 8, andAt))) {
      const antecedent = nearest.find((p) => p.end === which && p.via === "actor");
      if (antecedent) return antecedent;
    }
    // (From the last subordinate clause's start: "Taiwan lowered its flag, two days after Saint Lucia broke off ties and
    // switched allegiance to Beijing" is Saint Lucia's switch.)
    const from = pos - clauseBefore(ctx, pos).length;
    // (A subordinate clause a comma closes gives the main clause back: "X has made a visit to Kyiv, his second since
    // Russia's invasion, and held talks" is X's, as is "After Peru expelled Y, Chile recalled …"'s Chile.)
    let clauseStart = from;
    let closed = false;
    for (const m of ctx.text.slice(from, pos).matchAll(SUBORDINATE)) {
      const at = from + m.index! + m[0].length;
      const comma = closingComma(ctx.text.slice(at, pos));
      [clauseStart, closed] = comma >= 0 ? [at + comma + 1, true] : [at, false];
    }
    const first = before.findLast((p) => p.start >= clauseStart && p.via !== "city") ?? (closed ? before.findLast((p) => p.start >= from && p.via !== "city") : undefined);
    if (first) return first;
    // ("Peru covers Fiji from Canberra, and is represented in Suva by …": a verb after ", and" with no state of its own
    // clause is the clause's before the comma.)
    if (from >= andAt && /^,/.test(joined[0])) {
      const prior = andAt - clauseBefore(ctx, andAt).length;
      const subject = before.findLast((p) => p.start >= prior && p.end <= andAt && p.via !== "city");
      if (subject) return subject;
    }
  }
  // "X, one of the few ministers to visit Peru, met …": the one an apposition right before the verb describes.
  // (Read only where a comma closes the text before the verb.)
  if (/,\s+$/.test(lastWords)) {
    const aside = APPOSITION_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, pos - 160), pos));
    const described = aside ? nearest.find((p) => p.end === pos - aside[0].length && p.via !== "city" && keeps(p)) : undefined;
    if (described) return described;
  }
  // "Vilnius expelled Russia's ambassador, recalled its own, and lowered …": a verb in a series after a comma shares the
  // subject of the past verb of the item before it.
  if (/,\s+$/.test(lastWords) && SERIAL_VERB.test(ctx.text.slice(pos, pos + 12))) {
    const comma = ctx.text.lastIndexOf(",", pos);
    let from = Math.max(ctx.sentence.start, ctx.text.lastIndexOf(",", comma - 1) + 1, ctx.text.lastIndexOf(";", comma - 1) + 1);
    // ("Lithuania expelled Russia's ambassador, Alexei Isakov, recalled its own": past a name set off by commas.)
    if (from > ctx.sentence.start && APPOSED_NAME.test(ctx.text.slice(from, comma))) from = Math.max(ctx.sentence.start, ctx.text.lastIndexOf(",", from - 2) + 1, ctx.text.lastIndexOf(";", from - 2) + 1);
    const verb = PAST_IN_ITEM.exec(ctx.text.slice(from, comma));
    const shared = verb ? subjectBefore(ctx, from + verb.index) : undefined;
    if (shared) return shared;
  }
  // ("told the forum … that Washington would also open embassies": a capital right before its verb is its government,
  // the subject, ahead of the official who told.)
  if (adjacent?.via === "city" && (adjacent.cue === "that" || adjacent.cue === "") && CAPITAL_VERB.test(ctx.text.slice(adjacent.end, pos)) && isCapital(ctx.text.slice(adjacent.start, adjacent.end))) return adjacent;
  let place: Party | undefined;
  for (const p of nearest) {
    if (!keeps(p)) continue;
    if (p.via !== "city") return p;
    place ??= p;
  }
  return place;
}

/**
 * Where the first comma that closes a subordinate clause stands in `clause`, past a name set off by two commas ("since A
 * declared B's ambassador, X Y, persona non grata and gave him …"); -1 if none.
 */
function closingComma(clause: string): number {
  for (let at = clause.search(/,\s/); at >= 0; ) {
    const next = clause.indexOf(",", at + 1);
    if (next < 0 || !APPOSED_NAME.test(clause.slice(at + 1, next))) return at;
    const after = clause.slice(next + 1).search(/,\s/);
    at = after < 0 ? -1 : next + 1 + after;
  }
  return -1;
}

const SUBJECT_PRONOUN = /^(?:it|they)$/i;
const SUBORDINATORS: ReadonlySet<string> = new Set(["after", "before", "when", "because", "since", "until", "once", "while"]);
const isCapital = (name: string) => lookupActorName(name)?.kind === "capital" || lookupCity(name)?.capital === true;
const CAPITAL_VERB = /^\s+(?:would|will|could|should|shall|must|had|has|have|planned|plans|intends|intended)\s+(?:[a-z]+\s+){0,2}$/;
const PAST_VERBS = "[a-z]{2,}ed|cut|broke|shut|froze|withdrew|sent|met|held|took|made|gave|began|went|flew|kept|left|paid|told|spoke";
const SERIAL_VERB = new RegExp(`^(?:${PAST_VERBS})\\b`);
const PAST_IN_ITEM = new RegExp(`\\b(?:${PAST_VERBS})\\b`);
const APPOSED_NAME = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*\s*$/u;
const APPOSITION_BEFORE = /,\s+(?:one|an?|the|who|whose)\s[^,;]{1,120},\s+$/i;

/** The first party after a trigger, optionally only those introduced by one of `cues`. */
export function objectAfter(ctx: SentenceContext, pos: number, cues?: string[], exclude?: string | null): Party | undefined {
  return partiesAfter(ctx, pos).find((p) => p.code !== exclude && (!cues || cues.includes(p.cue)));
}

// (Asked for the clause of one trigger several times over, by the rule, its date and its modality: the last answer is
// kept. Keyed by the sentence object and the text, both of which an extraction never changes.)
let lastClause: { sentence: Sentence; text: string; pos: number; clause: string } | undefined;

/** The text from the start of the trigger's clause to the trigger. */
export function clauseBefore(ctx: SentenceContext, pos: number): string {
  const kept = lastClause;
  if (kept && kept.pos === pos && kept.sentence === ctx.sentence && kept.text === ctx.text) return kept.clause;
  const clause = readClauseBefore(ctx, pos);
  lastClause = { sentence: ctx.sentence, text: ctx.text, pos, clause };
  return clause;
}

function readClauseBefore(ctx: SentenceContext, pos: number): string {
  const head = ctx.text.slice(ctx.sentence.start, pos);
  // (", where" opens a clause with a verb of its own: "Modi will fly in from Britain, where he held talks".)
  // (So does ", when" after a date: "without ambassadors since September 2008, when Morales expelled X".)
  // (The date is looked for only where there is a ", when": the scan of the whole head is the dearer test.)
  const when = head.lastIndexOf(", when ");
  // (" whose" opens a relative clause with a frame of its own, until a comma closes it: "will be headed by X, a veteran
  // whose appointment … was announced in August".)
  const whose = head.lastIndexOf(" whose ");
  let cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf(" but "), head.lastIndexOf(", and that "), head.lastIndexOf(" while "), head.lastIndexOf(" whereas "), head.lastIndexOf(" although "), head.lastIndexOf(", where "), whose >= 0 && head.indexOf(",", whose) < 0 ? whose : -1, when >= 0 && DATE_WHEN.test(head) ? when : -1);
  // ", and plans …", ", and will …": a new verb of the same subject opens a clause of its own.
  // (Read in the sentence's own text, not a copy: a match starting before `pos` ends by pos + 11, so the text past
  // pos + 12 never decides one. And exec, not matchAll, which builds a new RegExp at every call.)
  // (Every match opens with ", and ": where the sentence has none before the trigger, the pattern is not tried.)
  const and = ctx.sentence.text.indexOf(", and ");
  AND_VERB.lastIndex = 0;
  if (and >= 0 && and < head.length) for (let m = AND_VERB.exec(ctx.sentence.text); m && m.index < head.length; m = AND_VERB.exec(ctx.sentence.text)) cut = Math.max(cut, m.index);
  return cut >= 0 ? head.slice(cut + 1) : head;
}

// (A day without its year too: "without an ambassador since May 22nd, when Israel recalled X"; or a month alone: "has not
// had an ambassador since December, when it recalled X".)
const DATE_WHEN = /\b(?:(?:1[89]|20)\d\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)), when [^,;]*$/;

// What every verb joined to the clause's subject by "and" or "then" (in subjectBefore) holds.
const AND_THEN = /(?:and|then)\s/i;
// A verb joined by "and" (or ", then"), past auxiliaries, adverbs and a date: "…, and on March 17 called", "and
// separately held".
const AND_VERB_BEFORE = /(?:[^,;\s]\s+|,\s+)(?:and|(?<=,\s+)then)\s+(?:(?:has|have|had|was|were|is|are|also|later|then|[a-z]+ly)\s+|(?:on|in|last|early|late)\s+(?:[\w-]+\s+){1,3}?)*$/i;

// Words opening a subordinate clause, whose subject is its own.
const SUBORDINATE = /\b(?:after|before|when|while|because|since|until|once)\s/gi;

/** Verbs that, after ", and", start a clause of their own ("…, and plans a mission in …"). */
export const AND_VERB_WORDS = "(?:plans?|will|would|is|was|has|had|also)";
const AND_VERB = new RegExp(`, and (?:${AND_VERB_WORDS}|[a-z]{3,}ed)\\b`, "g");
// Where a clause ends after a trigger: a semicolon, or a comma or word that opens a new clause.
const CLAUSE_BREAK = new RegExp(`;|, (?:days|weeks|months|after|before|while|as|which|who|when|but|where|since|saying|according|amid|following|accused|accusing|citing|blaming|alleging|followed|urged|warned|added|stressed|noted)\\b|, and ${AND_VERB_WORDS}\\b| (?:after|before|while|whereas|because|since|as well as|but|which|who) `, "g");

// (As with clauseBefore: a trigger's clause end is asked for again and again, so the last answer is kept.)
let lastEnd: { sentence: Sentence; pos: number; end: number } | undefined;

/** The end of the clause that starts at `pos`. */
export function clauseEnd(ctx: SentenceContext, pos: number): number {
  const kept = lastEnd;
  if (kept && kept.pos === pos && kept.sentence === ctx.sentence) return kept.end;
  CLAUSE_BREAK.lastIndex = pos - ctx.sentence.start;
  const m = CLAUSE_BREAK.exec(ctx.sentence.text);
  const end = m ? ctx.sentence.start + m.index : ctx.sentence.end;
  lastEnd = { sentence: ctx.sentence, pos, end };
  return end;
}

const PASSIVE_AGENT_BEFORE = /\b(?:was|were|is|are|been|being|be)\s+(?:[\w-]+\s+){0,3}by\s+(?:the\s+)?$/i;

/** The party joined to `party` by "and" just before or after it ("China and Kiribati"). */
// ("The Greek prime minister, A, and the Turkish president, B, met": a title in lower case between commas too.)
// ("President A and then-President B met": the one in office then.)
// ("A and US Secretary of State B", "A and Minister for Foreign Affairs B": a title's "of" or "for".)
// ("A and his Egyptian counterpart B": the second named by the first's office.)
// ("and his Icelandic counterpart, H.E. Mr. X": honorifics before the counterpart's name.)
const OFFICIALS_JOINED = /^,? (?:and|&) (?:(?:his|her) (?:\p{Lu}[\p{L}'’.-]*\s+){1,2}counterpart,?\s+(?:(?:H\.E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Hon\.?)\s+){0,3}|(?:the |his |her )?(?:then[- ])?(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:\p{Lu}[\p{L}'’.-]*|of|for|and|envoy|ambassador|foreign|minister|president|prime|secretary|special|representative|negotiator|deputy|top|diplomat)\s+){0,5}|(?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+,\s+))$/u;

const DESCRIBED_PARTNER = /^,? and (?:its |their |(?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}['’]s? )?(?:(?:long-?time|long-?standing|key|close|old|main|chief|regional|traditional|historic|former|arch-?) ?)?(?:ally|rival|partner|neighbou?r|foe|adversary|enemy) $/;

export function partnerOf(ctx: SentenceContext, party: Party): Party | undefined {
  for (const p of ctx.parties) {
    if (p.code === party.code) continue;
    const between = p.end <= party.start ? ctx.text.slice(p.end, party.start) : p.start >= party.end ? ctx.text.slice(party.end, p.start) : null;
    // (Not a state whose own clause a comma and "and" open: "switched to Taipei, and Beijing suspended relations".)
    // ("Riyadh and its rival Tehran", "Saudi Arabia and Syria's key ally Iran": the second described by its tie.)
    if (between !== null && (/^,? (?:and|&) (?:the )?$/i.test(between) || DESCRIBED_PARTNER.test(between)) && !(p.end <= party.start ? ownClause(ctx, p, party) : ownClause(ctx, party, p))) return p;
    // "President A and Armenian Prime Minister B met": two officials joined past the second's title.
    if (between !== null && p.via === "official" && party.via === "official" && OFFICIALS_JOINED.test(between)) return p;
    // ("Prime Minister A of Peru and President B of Chile": the first's state after "of" is the first, as a title before.)
    if (between !== null && party.via === "official" && p.end <= party.start && p.cue === "of" && OFFICIALS_JOINED.test(between)) {
      const owner = ctx.parties.findLast((q) => q.end <= p.start && p.start - q.end <= 4 && q.via === "official" && q.code === p.code);
      if (owner) return owner;
    }
  }
  return undefined;
}

/**
 * "Peruvian Foreign Minister A and Chilean Foreign Minister B visited …": the officials of other states joined to a
 * subject official by "and" before it, nearest first.
 */
export function joinedOfficials(ctx: SentenceContext, subject: Party): Party[] {
  const out: Party[] = [];
  let last = subject;
  for (let p = partnerOf(ctx, subject); p && p.via === "official" && p.end <= last.start && p.code !== subject.code && out.length < 4; last = p, p = partnerOf(ctx, p)) out.push(p);
  // "Peruvian Foreign Minister A, Chilean Foreign Minister B and Bolivian Foreign Minister C": before the list's "and",
  // its members are joined by commas alone.
  for (let p = officialBefore(ctx, last); p && out.length && out.length < 4; p = officialBefore(ctx, p)) {
    if (p.code === subject.code || out.some((o) => o.code === p!.code)) break;
    out.push(p);
  }
  return out;
}
// (The second's title between them: ", Chilean Foreign Minister ", ", his Chilean counterpart ".)
const OFFICIALS_COMMA = /^, (?:the |his |her |their )?(?:(?:\p{Lu}[\p{L}'’.-]*|counterpart|foreign|prime|minister|president|ambassador|of|for|affairs)\s+){0,6}$/u;

const PRONOUN_WORD = /^(?:he|she|his|her|him)$/i;

/** The official joined to `p` by a comma and the title of `p` ("A, Chilean Foreign Minister B"), if any. */
function officialBefore(ctx: SentenceContext, p: Party): Party | undefined {
  // (A name, not the "his" of "his Chilean counterpart", which is a party of the person before it.)
  const q = ctx.parties.findLast((o) => o.end <= p.start && o.via === "official" && !PRONOUN_WORD.test(ctx.text.slice(o.start, o.end)));
  return q && p.start - q.end <= 60 && OFFICIALS_COMMA.test(ctx.text.slice(q.end, p.start)) ? q : undefined;
}

const GOVERNMENT_AND = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:government|authorities|administration)\s+and\s+(?:the\s+)?$/;

/** "the Danish and Norwegian embassies": the parties joined by "and" or commas just before `first`. */
const OF_ONLY = /^\s+of\s+(?:the\s+)?$/;
const FRONTED_PLACE_CUES: ReadonlySet<string> = new Set(["in", "at"]);
export function coordinatedBefore(ctx: SentenceContext, first: Party): Party[] {
  const out: Party[] = [];
  let head = first;
  // (As in headCue, a comma alone after the list's "and" only: "After talks in Lima, Norway recognised …" is Norway's.)
  let listed = LIST_GOES_ON.test(ctx.text.slice(first.end, first.end + 6));
  for (const p of [...ctx.parties].reverse()) {
    if (p.end > head.start) continue;
    const between = ctx.text.slice(p.end, head.start);
    // ("A of Peru, B of Chile and C of Bolivia": an official and the state after "of" are one member.)
    if (p.via === "official" && head.via === "actor" && head.cue === "of" && OF_ONLY.test(between)) {
      head = p;
      continue;
    }
    // ("Yemen's government and the Maldives": a state's government, then the next state.)
    const joint = listJoint(between) ?? (GOVERNMENT_AND.test(between) ? "and" : null);
    if (!joint || (head === first && ownClause(ctx, p, first))) break;
    // ("In Beijing, A and B agreed …": a place fronted after "in" or "at" is where, not one of the list.)
    if (FRONTED_PLACE_CUES.has(p.cue) && !/\band\b/.test(between)) break;
    const and = joint === "and";
    if (!and && !listed && p.code !== head.code) break;
    listed ||= and;
    out.push(p);
    head = p;
  }
  return out;
}

/**
 * "Peru, Chile and Norway opened embassies": the states listed before a subject state, nearest first, when the list is
 * itself the subject: its last joint is "and" and its head follows no preposition ("after talks with Peru and Chile,
 * Norway opened" is Norway's alone) but a body's "of" ("The parliaments of Peru and Chile approved").
 */
export function listedSubjects(ctx: SentenceContext, subject: Party): Party[] {
  if (subject.via !== "actor" || (subject.cue !== "and" && subject.cue !== ",")) return [];
  const dashed = dashedListBefore(ctx, subject);
  if (dashed) return dashed;
  const list = coordinatedBefore(ctx, subject);
  if (!list.length || list.some((p) => p.via !== "actor")) return [];
  if (!/^,? and\s/i.test(ctx.text.slice(list[0]!.end, subject.start)) || (OBJECT_CUES.has(list.at(-1)!.cue) && !bodyOf(ctx, list.at(-1)!))) return [];
  return list;
}

// "a stream of small states — A, B, C — opened …": a list of states set off by dashes after the noun it names.
const STATES_THEN_DASH = /\b(?:states|countries|nations|governments|capitals)\s*[—–]\s*(?:the\s+)?$/;
const DASH_AFTER = /^\s*[—–]\s/;
const LIST_COMMA = /^\s*,\s*(?:and\s+)?(?:the\s+)?$/;
function dashedListBefore(ctx: SentenceContext, subject: Party): Party[] | undefined {
  if (!DASH_AFTER.test(ctx.text.slice(subject.end, subject.end + 4))) return undefined;
  const out: Party[] = [];
  let head = subject;
  for (let k = ctx.parties.length - 1; k >= 0; k--) {
    const p = ctx.parties[k]!;
    if (p.end > head.start) continue;
    if (!LIST_COMMA.test(ctx.text.slice(p.end, head.start))) break;
    if (p.via !== "actor") return undefined;
    out.push(p);
    head = p;
  }
  return out.length && STATES_THEN_DASH.test(ctx.text.slice(Math.max(ctx.sentence.start, head.start - 40), head.start)) ? out : undefined;
}

// ", where (on Saturday) he met", ", where he was serving at …": a clause set at the place just named.
// ("…, where the foreign minister, X, and his counterpart, Y, signed": past the names' appositions too.)
// (The last "where": "took them to A, where they met X, and to B, where they held talks" holds the talks in B.)
const WHERE_BEFORE = /,\s+where\b(?![^;]*,\s+where\b)[^;]{0,140}$/i;

/** The place a ", where …" clause before `pos` points back at: the last party before the comma that `test` accepts. */
export function placeBeforeWhere(ctx: SentenceContext, pos: number, test: (p: Party) => boolean): Party | undefined {
  const from = Math.max(ctx.sentence.start, pos - 160);
  const where = WHERE_BEFORE.exec(ctx.text.slice(from, pos));
  if (!where) return undefined;
  const comma = from + where.index;
  // (A place, or what stands right before the comma: not the subject of the clause the "where" follows — "Egyptian
  // President X held talks with Y on Wednesday, where the two discussed …".)
  // (Nor a state's premises abroad: "turned back to the Armenian delegation's hotel, where she spent an hour with X".)
  // (Nor a place before another clause: "in Libya, where …, and in the eastern Mediterranean, where A and B signed".)
  return ctx.parties.findLast((p) => p.end <= comma && test(p) && (p.via === "city" || PLACE_CUES.has(p.cue) || comma - p.end <= 1) && !(p.via === "actor" && PREMISES_AFTER.test(ctx.text.slice(p.end, comma))) && !ctx.text.slice(p.end, comma).includes(","));
}
const PREMISES_AFTER = /^\s+(?:[a-z]+(?:['’]s)?\s+)?(?:hotel|residence|embassy|consulate|mission|compound|headquarters|offices?|suite|villa|quarters)$/;
