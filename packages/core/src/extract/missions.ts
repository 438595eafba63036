import { getActor, governingState, lookupActorName } from "../gazetteer/actors.js";
import { lookupCity } from "../gazetteer/cities.js";
import type { MissionKind } from "../model/mission.js";
import { isEnvoyRole } from "../model/official.js";
import { isApostrophe } from "./chars.js";
import { clauseBefore, clauseEnd, coordinatedBefore, distinctParties, listedSubjects, listJoint, ownClause, type Party, party, placeBeforeWhere, type SentenceContext, subjectBefore, UN_CITIES } from "./context.js";
import { type GateWords, MISSION_KIND_PATTERNS } from "./rules/missions.js";
import { titleCased } from "./tokens.js";
import { unaccented } from "../unaccented.js";
import { ORGANISATIONS } from "./party-kinds.js";

// (Module constants, not inline: see unaccented.ts.)
const LOWER_AFTER = /^\s+\p{Ll}/u;

/** A post named in a sentence, with its sender, host and city. */
export interface MissionMention {
  kind: MissionKind;
  /** Named generically ("diplomatic mission", "consulate"): a more specific name elsewhere in the article wins. */
  generic?: boolean;
  sender: string;
  host: string;
  city: string | null;
  start: number;
  end: number;
  /** Listed after another post, sharing its verb ("embassies in A and B, and a consulate in C"): that post's start. */
  listedAfter?: number;
  /** Named by a possessive with its noun left out ("and Italy's on Tuesday"): the verb before it is the post before it too. */
  elided?: boolean;
}

/** Where the document's posts are, so "the French embassy" after "embassies in Damascus" is in Damascus too. */
export interface MissionMemory {
  lastHost: { code: string; city: string | null; paragraph: number; kind?: MissionKind } | null;
  dominant: string | null;
  /** The organisation last named before this sentence, for "its mission to the bloc". */
  organisation?: string;
  /** The post last named, for "the new High Commission" and "the consulate" without a sender of their own. */
  last?: { sender: string; host: string; city: string | null; kind: MissionKind; sentence?: number };
  /** The post of each kind last named: "the Embassy" after "its embassy in A … its honorary consulate in B" is A's. */
  lastByKind?: Map<MissionKind, NonNullable<MissionMemory["last"]>>;
  /** Each sender's post of each kind last named ("AZ|embassy"): "Guatemala inaugurated its embassy" after other states' posts. */
  ownByKind?: Map<string, NonNullable<MissionMemory["last"]>>;
}

const PLACE_CUES = new Set(["in", "to", "at"]);
// Every name of a post contains one of these: sentences without any are skipped. ("commission" holds "mission".)
// ("representation": "trade representation", "permanent representation" name posts with no other of these words.)
const POST_WORDS = /embass|consul|mission|office|nunciat|interests? section|legation|chancery|post|representation/i;
// ("Washington had closed that post in 1993": a demonstrative post, not "the post", which is as often a job or a border's.)
const BACK_REFERENCE = /\b(?:[Tt]he\s+(?:same\s+)?(office|mission)|[Tt]h(?:at|is)\s+(post))\b(?!\s+(?:of|for|to)\b|[-\s]+(?:holder|chief|head)s?\b)/g;
// "in the eastern Libyan city of Benghazi": the town after "city of".
// ("in the Plateau district of Abidjan": a town's district, named before the town.)
const CITY_OF = /\b(?:in|at) the (?:[\w-]+ ){0,3}(?:city|town|port|capital|port city|district|neighbou?rhood|quarter|suburb) of\s+$/i;
const DISTRICT_OF = /^\s+(?:district|neighbou?rhood|quarter|suburb) of\b/i;
const IN_DISTRICT = /\b(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:District|Quarter|Area|Zone|Sector)\s*,\s*$/u;
const IN_TOWN = /^[^,;]{0,40}?\b(?:in|at)\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}),\s*$/u;
const NEXT_POST = /\b(?:embass|consul|high commission|nunciat|(?:trade|representative|liaison) office|interests? section|permanent mission)/i;
const COUNTED = /\b(?:several|many|numerous|some|a number of|dozens of|a dozen|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:new|more|other|further|additional|diplomatic)\s+)*(?:[\w-]+s\s+(?:and|or)\s+(?:(?:new|diplomatic)\s+)?)?$/i;
// (Not a year: "reopened their embassies in 2019".)
const COUNTED_IN = /^\s+(?:in|at)\s+(?:(?:more than|over|some|about|nearly|almost)\s+)?(?:\d+(?<!\b(?:1[89]|20)\d\d)(?!\d)|two|three|four|five|six|seven|eight|nine|ten|several|many|most|dozens)\b/i;
const NEW_KIND_BEFORE = /\b(?:to|into)\s+(?:an?\s+|the\s+)?(?:(?:level|status|rank)\s+of\s+(?:an?\s+)?)?(?:(?:full|fully)(?:[- ]fledged)?\s+|new\s+)?$/i;
const RESHAPED_BEFORE = /\b(?:upgrad|elevat|rais|convert|turn|transform|downgrad|lower|reduc)\w*\s[^.;]{0,80}?\b(?:embass|consul|mission|office|representation|legation|high commission)/i;
// ("its trade office in Pune was upgraded to a consulate general": the post named first, then its passive verb; "The
// embassy, which had been run as an interests section since 1982, was upgraded back to an embassy" too.)
const RESHAPED_AFTER_POST = /\b(?:embass|consul|mission|office|representation|legation|high commission)[^.;]{0,120}?\b(?:was|were|is|are|be|been|being)\s+(?:\w+\s+)?(?:upgrad|elevat|rais|convert|turn|transform|downgrad|lower|reduc)\w*\s+(?:back\s+)?(?:to|into)\s+(?:an?\s+|the\s+)?(?:(?:level|status|rank)\s+of\s+(?:an?\s+)?)?(?:(?:full|fully)(?:[- ]fledged)?\s+|new\s+)?$/i;
const ORGANISATION_KIND: ReadonlySet<MissionKind> = new Set(["permanent-mission", "delegation"]);

/**
 * Which of `rules` may match a text, as a bit per rule: clear when the text holds none of the rule's words. One scan
 * for the words of all the rules costs less than searching the text with each pattern, and most texts hold few.
 */
export function wordGate(rules: ReadonlyArray<{ pattern: RegExp; words: GateWords }>): (text: string) => number {
  const bits = new Map<string, number>();
  rules.forEach(({ words }, i) => {
    for (const word of words) bits.set(word, (bits.get(word) ?? 0) | (1 << i));
  });
  const words = [...bits.keys()];
  // (The scan takes one word at each place: a word that starts another would hide it. Without the u flag a
  // case-blind pattern matches only ASCII letters for these, as the scan does.)
  if (rules.length > 31 || rules.some((r) => r.pattern.unicode) || words.some((w) => !/^[a-z]+$/.test(w) || words.some((o) => o !== w && o.startsWith(w)))) {
    throw new Error("wordGate: more than 31 rules, a unicode pattern, or a word that is not lower-case letters or starts another");
  }
  const scan = new RegExp(`\\b(?:${words.join("|")})`, "gi");
  return (text) => {
    let mask = 0;
    scan.lastIndex = 0;
    for (let m = scan.exec(text); m; m = scan.exec(text)) mask |= bits.get(m[0].toLowerCase())!;
    return mask;
  };
}

// (And "the office" or "the mission" back at the post last named.)
const KIND_GATE = wordGate([...MISSION_KIND_PATTERNS, { pattern: BACK_REFERENCE, words: ["office", "mission", "post"] }]);
const BACK_REFERENCE_BIT = 1 << MISSION_KIND_PATTERNS.length;

/** "…, and in Istanbul to the Dutch consulate general": the town a phrase of its own opens right before the post. */
function andInBefore(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  const p = ctx.parties.findLast((q) => q.end <= start && (q.via === "city" || q.via === "actor") && q.cue === "in");
  return p && start - p.end <= 30 && !senders.has(p.code) && AND_IN_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 14), p.start)) ? p : undefined;
}

/** "embassies of Chile and Sweden": the parties joined after `first`. */
function coordinatedAfter(ctx: SentenceContext, first: Party): Party[] {
  const out: Party[] = [];
  let tail = first;
  let closed = false;
  for (const p of ctx.parties) {
    if (p.start < tail.end) continue;
    // (Not a pronoun: "embassies in Abuja, their ministers said" names no other place.)
    // (Nor a state opening a clause of its own: "an embassy in Moscow, and Finland also operates a consulate".)
    // (Nor past a list an "and" closed, into a possessive opening the next clause: "embassies in Angola, Uganda and
    // Spain, South Korea's unification ministry said".)
    // (Nor a gapped clause's subject: "a consulate in Laayoune and Guinea one in Dakhla".)
    if (p.via === "pronoun" || !listJoint(ctx.text.slice(tail.end, p.start)) || ownClause(ctx, tail, p) || GAPPED_ONE.test(ctx.text.slice(p.end, p.end + 12))) break;
    if (closed && isApostrophe(ctx.text.charCodeAt(p.end))) break;
    out.push(p);
    closed ||= /\band\b/.test(ctx.text.slice(tail.end, p.start));
    tail = p;
  }
  return out;
}

/** The town a place names, as a post's city (a capital read as its state is still its town). */
export function cityOf(ctx: SentenceContext, place: Party | undefined): string | null {
  if (!place) return null;
  const named = ctx.text.slice(place.start, place.end);
  // Datelines are in capitals: give the city its usual spelling.
  if (named === named.toUpperCase()) {
    const spellings = titleCased(named);
    const title = spellings.find((s) => lookupCity(s)) ?? spellings[0]!;
    return lookupCity(title)?.name ?? (getActor(place.code)?.capital === title ? title : place.via === "city" ? title : null);
  }
  // "at The Hague": the article is part of the name.
  if (place.via === "city") return lookupCity(named) ? named : (lookupCity(`The ${named}`)?.name ?? named);
  const actor = getActor(place.code);
  // ("the embassy in Belgrade" in a story of Yugoslavia: a former state's seat, a town of today's gazetteer.)
  if (actor && actor.capital === null && actor.kind === "state" && lookupCity(named)) return named;
  // ("in Bogota": wire copy drops the capital's accents.)
  if (actor?.capital && (named === actor.capital || (actor.capital.length === named.length && unaccented(actor.capital) === named))) return named;
  // "in the Somali capital": the state's capital.
  if (actor?.capital && ctx.text.startsWith(" capital", place.end) && /^the\s/i.test(named)) return actor.capital;
  // (A seat of government read as the state, "La Paz", is still the city the post is in.)
  // (A territory named for its city is that city: "a consulate general in Hong Kong".)
  const city = named !== actor?.name || actor?.kind === "territory" ? lookupCity(named) : undefined;
  return city && city.country === place.code && (city.name === named || unaccented(city.name) === named) ? named : null;
}

const SAID_THE = /\b(?:said|says|told \w+|added|noted|argued|warned|believes|believed)\s+(?:that\s+)?the\s+(?:new\s+|newly[- ]opened\s+)?$/i;
const FORMER = /\bformer\b/i;
const ORDERED_THE = /\b(?:ordered|orders|ordering)\s+the\s+$/i;

/** "in Nairobi, where he was serving at Denmark's embassy": the place "where" points back at. */
function whereBefore(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  // (Or "based in": "will be resident in Suva, where Peru and Chile keep embassies"; or a journey's end: "travelled to
  // Karaganda, where he opened the consulate".)
  const place = placeBeforeWhere(ctx, start, (p) => (p.via === "city" || p.via === "actor") && (p.cue === "in" || p.cue === "at" || p.cue === "based" || p.cue === "to"));
  return place && !senders.has(place.code) ? place : undefined;
}

// "Lithuania allowed Taiwan to open an office": the state that lets another open a post is its host.
const ALLOWED_TO_OPEN = /\b(?:allow(?:ed|s|ing)?|permit(?:ted|s|ting)?|authori[sz](?:ed|es|ing)|let(?:s|ting)?)\s+(?:[\w'’.-]+\s+){1,4}to\s+(?:open|set up|establish|reopen)\s+(?:[\w'’-]+\s+){0,6}$/i;

/** The state that allows the sender to open the post ("A allowed B to open an office"), named right before the verb. */
function allowedBy(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  const lead = ctx.text.slice(Math.max(ctx.sentence.start, start - 90), start);
  const verb = ALLOWED_TO_OPEN.exec(lead);
  if (!verb) return undefined;
  const at = start - lead.length + verb.index;
  const state = ctx.parties.findLast((p) => p.end <= at && at - p.end <= 2 && (p.via === "actor" || p.via === "pronoun"));
  return state && !senders.has(state.code) && !ORGANISATIONS.has(state.code) ? state : undefined;
}

// (Only the sentence's opening words: "In Lima, " and no more.)
// ("On Monday in Podgorica, A and B inaugurated …": past a time that opens the sentence.)
const FRONTED_IN = /^\s*(?:(?:On|Last|This|Earlier|Later)\s+(?:[\w,]+\s+){0,3}?(?:in|at)|In|At)\s+$/;

// "Laayoune already hosted consulates general of A and B", "Dakhla is home to seven consulates": the place whose verb
// has the posts as its object.
const HOSTS_POSTS = /^\s+(?:(?:already|now|also|has|have|had|currently)\s+)*(?:hosts|hosted|houses|housed|(?:is|was)\s+home\s+to)\s+(?:the\s+|their\s+|several\s+|many\s+|\w+\s+(?:new\s+)?)?$/;

/** The place that hosts the posts named right after its verb. */
function hostingPlace(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  const p = ctx.parties.findLast((q) => q.end <= start && start - q.end <= 40 && (q.via === "city" || q.via === "actor"));
  return p && !senders.has(p.code) && !ORGANISATIONS.has(p.code) && HOSTS_POSTS.test(ctx.text.slice(p.end, start)) ? p : undefined;
}

/** "In Lima, Ghana's liaison office was elevated …": the place the sentence opens with, when it names none after the post. */
function frontedPlace(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  const first = ctx.parties[0];
  if (!first || first.end > start || (first.via !== "city" && first.via !== "actor") || senders.has(first.code)) return undefined;
  // ("On March 10, in Beijing, A and B agreed to reopen their embassies": posts two states agree on are each in the other.)
  if (AGREED_THEIR.test(ctx.text.slice(first.end, start))) return undefined;
  return FRONTED_IN.test(ctx.text.slice(ctx.sentence.start, first.start)) && ctx.text.startsWith(",", first.end) ? first : undefined;
}
const AGREED_THEIR = /\b(?:agreed|agree|agrees|decided|pledged)\b[^.;]*\btheir\s+$/i;

// "turned its office in Lima into an embassy": the post made of an office is where the office was.
const OFFICE_INTO = /\b(?:its|their|the)\s+office\s+(?:in|at)\s+[^.;,]{1,40}?\s+into\s+(?:an?\s+|the\s+)?(?:full(?:[- ]fledged)?\s+|new\s+)?$/i;

/** The place of the office a post was made of, told just before it. */
function officeInto(ctx: SentenceContext, start: number): Party | undefined {
  const lead = ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start);
  const into = OFFICE_INTO.exec(lead);
  if (!into) return undefined;
  const from = start - lead.length + into.index;
  return ctx.parties.find((p) => p.start > from && p.end <= start && (p.cue === "in" || p.cue === "at") && (p.via === "city" || p.via === "actor"));
}

// "is represented in Kampala by an honorary consul": the post that represents a state in a place is there.
const REPRESENTED_BY = /\brepresented\s+(?:in|at)\s+[^.;,]{1,40}?\s+by\s+(?:an?\s+|its\s+|their\s+|the\s+)?$/i;

/** The place of "represented in X by" right before a post. */
function representedBy(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  const lead = ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start);
  const by = REPRESENTED_BY.exec(lead);
  if (!by) return undefined;
  const from = start - lead.length + by.index;
  return ctx.parties.find((p) => p.start > from && p.end <= start && (p.cue === "in" || p.cue === "at") && (p.via === "city" || p.via === "actor") && !senders.has(p.code));
}

// "welcomed Uzbekistan's decision to open a consulate": a state's decision, plan or pledge about a post.
// ("Jamaica's plan, announced in August, to open …": an aside between the plan and its object.)
const DECIDED_POST = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:decision|plans?|move|intention|bid|pledge|promise|offer|commitment|announcement|readiness)(?:,\s+[^,;]{1,40},)?\s+to\s+(?:re-?)?(?:open|establish|set up|close|shut)\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;
// ("and announced its decision to open a consulate": the same, after a state's pronoun.)
const ITS_DECISION_POST = /^(?:its|their)\s+(?:[\w-]+\s+){0,2}(?:decision|plans?|intention|pledge|commitment|readiness)\s+to\s+(?:re-?)?(?:open|establish|set up|close|shut)\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,2}$/i;

// "in the southern Polish city": a town described by its state, with words before the demonym.
const IN_THE_BEFORE = /\bin\s+the\s+(?:[a-z]+(?:-[a-z]+)?\s+){1,2}$/;

/** Whether `p` is the state of a town described by it ("in the southern Polish city"). */
function inDescribedTown(ctx: SentenceContext, p: Party): boolean {
  // (Not one named after it: "in the eastern Libyan city of Benghazi" is Benghazi.)
  return p.via === "actor" && /^\s+(?:capital|city|town|port)\b(?!\s+of\b)/.test(ctx.text.slice(p.end, p.end + 12)) && IN_THE_BEFORE.test(ctx.text.slice(Math.max(0, p.start - 40), p.start));
}

/** A demonym before a common noun ("in Azerbaijani media"): it qualifies the noun and names no place. */
function isAdjective(ctx: SentenceContext, p: Party): boolean {
  // ("in the Turkish capital" is a place; so is "in the southern Polish city".)
  return p.via === "actor" && lookupActorName(ctx.text.slice(p.start, p.end))?.kind === "demonym" && LOWER_AFTER.test(ctx.text.slice(p.end, p.end + 3)) && !/^\s+(?:capital|city|town|port)\b/.test(ctx.text.slice(p.end, p.end + 9));
}

// Between two posts named together ("embassies and consulates", "embassy, consulate"): joints and their articles.
const POSTS_JOINED = /^\s*(?:,|and|or|&)?\s*(?:(?:and|or|its|their|the|an?|new|honorary)\s+)*$/i;

const OWNED_POST = /\b(?:[A-Z][\w-]*['’]s|its|their)\s+(?:[\w-]+\s+)?(?:missions?|embass(?:y|ies)|consulates?|high commissions?|offices?)\b/;
/** "missions in the region, alongside the embassies in Brasília": a place after another post named in between is that one's. */
function anotherPostBetween(between: string): boolean {
  // ("the embassy and consulates and 12 from Russia's mission to the UN": a post with an owner of its own.)
  if (OWNED_POST.test(between)) return true;
  const next = NEXT_POST.exec(between);
  return next !== null && !POSTS_JOINED.test(between.slice(0, next.index)) && !HOUSED_AT.test(between.slice(0, next.index));
}
// ("an interests section operating at the Embassy of Mexico in Managua": a post housed in another is in its town.)
// ("… would be set up at the Kuwaiti embassy in Abu Dhabi" likewise.)
// ("… operating under the protection of the Swiss embassy", "… has worked out of the Brazilian embassy" likewise.)
const HOUSED_AT = /(?:^,?\s+(?:(?:has\s+|have\s+|had\s+)?(?:operating|operated|operates|functioning|working|worked|works|based|located|housed|situated)\s+)?(?:in|at|within|inside|out\s+of|under\s+the\s+protection\s+of)|\s(?:at|within|inside))\s+the\s+(?:[\w'’-]+\s+){0,2}$/i;

// "in the Chilean city of Arica": the town after its state's adjective.
const TOWN_OF = /^\s+(?:port\s+)?(?:city|town|port|capital)\s+of\s+$/i;
const SEAT_IN = /^,\s+(?:with\s+)?(?:its|the)\s+(?:headquarters|seat)\s+(?:being\s+)?in\s+$/i;
// "its embassy to the Holy See, located in Rome": the town of its seat said outright, even one of another state.
// ("the Organisation of Islamic Cooperation (OIC) in Jeddah": the body's short name, then its town.)
const ABBREVIATED_IN = /^\s+\(\p{Lu}[\p{L}.-]{1,9}\)\s+in\s+$/u;
const LOCATED_IN = /^,\s+(?:located|situated)\s+in\s+$/i;
const TO_THE_BODY = /^\s+to\s+the\s+(?:Union|bloc|organi[sz]ation|grouping|alliance)\b/i;

/** "Kenya's permanent mission to the Union": the organisation named last, in this sentence before the post or before it. */
function namedOrganisation(ctx: SentenceContext, memory: MissionMemory, start: number, end: number): Party | undefined {
  const to = TO_THE_BODY.exec(ctx.text.slice(end, end + 30));
  if (!to) return undefined;
  // ("its mission to the Organisation of Islamic Cooperation": the body named in full right there.)
  const named = ctx.parties.find((p) => p.start >= end && p.start <= end + 8 && p.cue === "to" && ORGANISATIONS.has(p.code));
  if (named) return named;
  const code = ctx.parties.findLast((p) => p.end <= start && p.via === "actor" && ORGANISATIONS.has(p.code))?.code ?? memory.organisation;
  return code ? party(code, end, end + to[0].length, "actor", "to") : undefined;
}

// "a trade office in the city", "a consular office opening in the capital": the town named before it.
const IN_THE_TOWN = /^\s+(?:(?:opening|opened|operating|based)\s+)?in\s+the\s+(?:city|town|capital)\b(?!\s+of\b)/i;

// "the opening in Vilnius of a Taiwanese representative office": a change told by its noun, its place between.
const CHANGE_NOUN_IN = /\b(?:opening|reopening|inauguration|closure|closing|establishment)\s+in\s+$/i;
const OF_THE_POST = /^\s+of\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,3}$/i;

/** The place of "the opening in X of a post": X, the clause's place before the post. */
function changeNamedIn(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  const p = ctx.parties.findLast((q) => q.end <= start && q.cue === "in");
  if (!p || (p.via !== "city" && p.via !== "actor") || senders.has(p.code) || start - p.end > 40) return undefined;
  return OF_THE_POST.test(ctx.text.slice(p.end, start)) && CHANGE_NOUN_IN.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 24), p.start)) ? p : undefined;
}

// ("Kigali expelled the French ambassador and shut the French embassy": the host shuts a foreign post in its land.)
const AND_SHUT = /\band\s+(?:then\s+)?(?:shut|closed|ordered the closure of)\s/i;
// A small count of posts ("Iran's three consulates general"), in the patterns below that read one.
const POST_COUNT = String.raw`two|three|four|five|six|seven|eight|nine|ten|\d{1,2}`;
// ("ordered the closure of Iran's three consulates general": the posts counted.)
const SHUT_BEFORE = new RegExp(String.raw`\b(?:shut|shuts|shutting|closed|closes|closing|ordered the closure of)\s+(?:down\s+)?(?:the\s+|all\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:(?:${POST_COUNT})\s+)?$`);

/** The state that shuts a post of another named with no place ("… and shut the French embassy"): the clause's subject. */
function shutByHost(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  if (!SHUT_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 44), start))) return undefined;
  const fits = (p: Party | undefined) => p !== undefined && (p.via === "actor" || p.via === "city") && !senders.has(p.code) && !ORGANISATIONS.has(p.code);
  const subject = subjectBefore(ctx, start);
  // ("Foreign Minister X ordered the closure of Iran's consulates": the state of the official who shuts them.)
  if (subject?.via === "official" && !senders.has(subject.code) && !ORGANISATIONS.has(subject.code)) return subject;
  if (fits(subject)) return subject;
  // ("Kigali expelled the French ambassador and shut the French embassy": past the first verb's object, the sentence's subject.)
  const opening = ctx.parties.find((p) => p.end <= start && p.cue === "");
  return fits(opening) && AND_SHUT.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start)) ? opening : undefined;
}

/** "came to Lima to open a trade office in the city": the place named before the post, for "in the city" after it. */
function townNamedBefore(ctx: SentenceContext, start: number, end: number, senders: Set<string>): Party | undefined {
  if (!IN_THE_TOWN.test(ctx.text.slice(end, end + 40))) return undefined;
  return ctx.parties.findLast((p) => p.end <= start && (p.via === "city" || p.via === "actor") && PLACE_CUES.has(p.cue) && !senders.has(p.code) && !ORGANISATIONS.has(p.code));
}

// "A's ambassador in B", "the Chilean envoy to B": the head of a post, and where it is.
const ENVOY_IN = /^(?:['’]s)?\s+(?:(?:new|former|outgoing)\s+)?(?:ambassador|envoy|high commissioner)\s+(?:in|to)\s+(?:the\s+)?$/i;

/** "A's ambassador in B, X, said that the A embassy would stay open": the place of the sender's envoy named before the post. */
function envoyPlace(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  // (Within the sentence, before the post; the envoy's state right before the title, not another's: "A's ambassador
  // in B said C's embassy …" names no place for C's.)
  for (const p of ctx.parties) {
    if (p.end > start) break;
    if (p.via !== "actor" || !senders.has(p.code)) continue;
    const q = ctx.parties.find((r) => r.start > p.end && r.end <= start && r.start - p.end <= 40 && (r.cue === "in" || r.cue === "to") && (r.via === "city" || r.via === "actor") && !senders.has(r.code) && !ORGANISATIONS.has(r.code));
    if (q && ENVOY_IN.test(ctx.text.slice(p.end, q.start))) return q;
  }
  return undefined;
}

// A verb opening the post right before it, past its owner and epithets ("to unveil her country's new").
const OPENED_RIGHT_BEFORE = /\b(?:(?:re)?open(?:ed|s|ing)?|inaugurat(?:e|ed|es|ing)|unveil(?:ed|s|ing)?)\s+(?:(?:its|their|his|her|the|[Aa]n?)\s+)?(?:(?:country|nation|government|[A-Z][\w-]*)['’]s\s+)?(?:(?:new|first|own)\s+)?(?:[A-Z][\w-]*\s+)?$/;

/**
 * "stood beside X in Dakhla on Monday to unveil her country's new consulate general": a post opened with no place of
 * its own is in the town the sentence put its opener in.
 */
function townOfTheOpening(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  const verb = OPENED_RIGHT_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 60), start));
  if (!verb) return undefined;
  const at = start - verb[0].length;
  return ctx.parties.findLast((p) => p.end <= at && p.via === "city" && (p.cue === "in" || p.cue === "to" || p.cue === "at") && !senders.has(p.code) && !ORGANISATIONS.has(p.code));
}

/** "the embassy here", "the Iranian embassy there": the place last named in the sentence, else where the article is set. */
function thereOrHere(ctx: SentenceContext, start: number, end: number, senders: Set<string>): Party | undefined {
  const after = ctx.text.slice(end, end + 40);
  if (/^\s+there\b/i.test(after)) {
    // ("pulled its ambassador out of Lima, although its embassy there": a place left is a place too.)
    // ("ending relations with Nauru, shutting its embassy there": so is the state ties are cut with.)
    const last = ctx.parties.findLast((p) => p.end <= start && (p.cue === "in" || p.cue === "at" || (p.cue === "of" && /\bout of\s+$/i.test(ctx.text.slice(Math.max(0, p.start - 8), p.start))) || (p.cue === "with" && /\b(?:relations|ties)\s+with\s+$/i.test(ctx.text.slice(Math.max(0, p.start - 20), p.start)))) && !senders.has(p.code));
    if (last) return last;
    // ("sever relations with Tehran since the storming of the Saudi embassy there": a capital named as its government
    // is still a place.)
    const capital = ctx.items.findLast((it) => it.end <= start && it.kind === "actor" && it.via === "capital" && !senders.has(it.code));
    const named = capital ? ctx.parties.find((p) => p.start === capital.start) : undefined;
    if (named) return named;
  }
  if (/^[^.;,]*?\b(?:here|there)\b/i.test(after) && ctx.place && !senders.has(ctx.place.code)) return ctx.place;
  return undefined;
}


/** The two states of "the two countries", "both sides" when they are the clause's subject or the posts' place ("in both countries"). */
function groupAround(ctx: SentenceContext, start: number, end: number): Party[] {
  const clauseStart = start - clauseBefore(ctx, start).length;
  const group = ctx.parties.filter((p) => p.via === "group" && ((p.start >= clauseStart && p.end <= start) || (p.start >= end && p.start - end <= 30 && p.cue === "in")));
  return distinctParties(group.filter((p) => p.start === group[0]!.start));
}

// ("In Ankara, police sealed off the Dutch embassy and the residence, and in Istanbul the consulate general": a town after
// ", and in" opens a phrase of its own, no place of a single post named before it.)
const AND_IN_BEFORE = /,\s+and\s+(?:(?:then|also)\s+)?(?:in|at)\s+$/;
const JOINT_BEFORE = /\b(?:joint|shared|common)\s+$/i;
// "exchange embassies", "exchange ambassadors and embassies": each side's post in the other.
const EXCHANGED = /\bexchang(?:e|ed|es|ing)\s+(?:(?:ambassadors|envoys|high commissioners)\s+and\s+)?$/i;
const THEIR_BEFORE = /\btheir\s+(?:[\w-]+\s+)?$/i;
// (Not a time: "closed their embassies in 2019", "in March".)
const PLACED_AFTER = /^\s+(?:in|at)\s(?!(?:\d|January|February|March|April|May|June|July|August|September|October|November|December|early|late|mid)\b)/;

/** The two states of a subject "A and B" opening the post's sentence, each named once before the verb; else none. */
function pairedSubject(ctx: SentenceContext, start: number): Party[] {
  const before = ctx.parties.filter((p) => p.end <= start && (p.via === "actor" || p.via === "official"));
  const [a, b] = before;
  if (!a || !b || a.code === b.code || before.some((p) => p.code !== a.code && p.code !== b.code)) return [];
  // (The two first in the sentence, joined by "and", with no verb before the second: "A's X and B's Y signed".)
  return a.cue === "" && b.cue === "and" && /^[^.;]{0,60}$/.test(ctx.text.slice(a.end, b.start)) && !/\b(?:[a-z]+ed|met|signed|said|held|agreed)\b/.test(ctx.text.slice(a.end, b.start)) ? [a, b] : [];
}

/** Posts named in a sentence ("Chad's embassy in Israel", "its embassy in Tel Aviv", "the embassies of Chile and Sweden"). */
export function findMissionMentions(ctx: SentenceContext, memory: MissionMemory): MissionMention[] {
  const out: MissionMention[] = [];
  const body = ctx.sentence.text;
  // The organisation the sentence names last, remembered for "its mission to the bloc" in the sentences after it
  // (within this one, only one before the post counts: see namedOrganisation, so it is remembered after the posts).
  const organisation = lastOrganisation(ctx.parties);
  if (body.charCodeAt(0) === 73 && body.charCodeAt(1) === 116 && memory.last) itAsPost(ctx, memory.last, out);
  // ("A's regional network has grown in step with …:": the posts a list after it names are A's.)
  if (body.endsWith(":")) {
    const owner = NETWORK_INTRO.test(body) ? ctx.parties.find((p) => p.via === "actor" && POSSESSIVE_NEXT.test(ctx.text.slice(p.end, p.end + 2))) : undefined;
    if (owner) {
      memory.last = { sender: owner.code, host: owner.code, city: null, kind: "embassy", sentence: ctx.sentence.index };
      memory.lastByKind = undefined;
    }
  }
  if (!POST_WORDS.test(body)) {
    if (organisation) memory.organisation = organisation;
    if (memory.last && SUBSTITUTE_GATE.test(body)) substitutedPosts(ctx, memory, out);
    return governedPosts(out);
  }
  if (body.includes("onsul")) rememberConsulsPost(ctx, memory);
  const taken: Array<[number, number]> = [];
  const kinds = KIND_GATE(body);
  // (Found kind by kind, most specific first, then read in the text's order: a post listed after another takes its
  // sender, so that one is read first.)
  const found: Array<{ kind: MissionKind; trigger: string; start: number; end: number }> = [];
  for (let i = 0; i < MISSION_KIND_PATTERNS.length; i++) {
    if (!(kinds & (1 << i))) continue;
    const { kind, pattern } = MISSION_KIND_PATTERNS[i]!;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const start = ctx.sentence.start + m.index;
      const end = start + m[0].length;
      if (overlapsTaken(taken, start, end)) continue;
      taken.push([start, end]);
      // "upgraded their missions in Abuja to embassies": the kind a post becomes is no post of its own.
      // (Unless what it was is no post of a kind: "turned its office in Lima into an embassy".)
      if (NEW_KIND_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start)) && (RESHAPED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 120), start)) || RESHAPED_AFTER_POST.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 140), start))) && !officeInto(ctx, start)) continue;
      found.push({ kind, trigger: m[0], start, end });
    }
  }
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  for (const f of found) readPost(ctx, memory, f.kind, f.trigger, f.start, f.end, out);
  if (out.length) elidedPosts(ctx, out);
  if (memory.last && SUBSTITUTE_GATE.test(body)) substitutedPosts(ctx, memory, out);
  if (memory.last && kinds & BACK_REFERENCE_BIT) backReferences(ctx, memory.last, taken, out);
  if (kinds & BACK_REFERENCE_BIT) ownMissions(ctx, memory, taken, out);
  if (organisation) memory.organisation = organisation;
  // A post in a dependent territory is accredited to the state that governs it: "the US consulate general in Hong
  // Kong" is a post in China, "consulates in Laayoune and Dakhla" are posts in Morocco.
  // (A state's own post in its territory is none: "Ghana and Morocco will open consulates in Laayoune and Kumasi".)
  return governedPosts(out);
}

/** The posts with each host the state that governs it, none a state's own. */
function governedPosts(out: MissionMention[]): MissionMention[] {
  let own = false;
  for (const mention of out) {
    mention.host = governingState(mention.host);
    if (mention.host === mention.sender) own = true;
  }
  return own ? out.filter((m) => m.host !== m.sender) : out;
}

// A post named by a pronoun after a verb of its life, its place after it: "… had each opened one in Dakhla", "opened
// theirs in Laayoune", "set up its own in Tripoli".
const RIGHT_BEFORE_VERB = /^\s+(?:(?:had|has|have|also|each|both|then|later|since)\s+)*$/;
const SUBSTITUTE_GATE = /\b(?:one|theirs|own)\b/;
// A gapped clause's subject and its "one": "Gabon opens a consulate in Laayoune and Guinea one in Dakhla".
const GAPPED_ONE = /^\s+one(?=\s+in\s+\p{Lu})/u;
const GAPPED_BEFORE = /(?:,|\band)\s+(?:the\s+)?$/;
const SUBSTITUTE = /\b(?:(?:re)?opened|inaugurated|set up|established|open|opens|run|runs|ran)\s+(one|theirs|(?:its|their) own)(?:\s+each)?(?=\s+in\s+\p{Lu})/gu;

/**
 * "A opened a consulate general in Laayoune, and B and C had each opened one in Dakhla": a post of the kind named last,
 * of each state of the verb's subject, in the place after it.
 */
function substitutedPosts(ctx: SentenceContext, memory: MissionMemory, out: MissionMention[]): void {
  const last = memory.last!;
  // (Of the post this sentence or the one before named: "one" further on may be anything.)
  if ((last.sentence ?? -9) < ctx.sentence.index - 1) return;
  SUBSTITUTE.lastIndex = 0;
  for (let m = SUBSTITUTE.exec(ctx.sentence.text); m; m = SUBSTITUTE.exec(ctx.sentence.text)) {
    const start = ctx.sentence.start + m.index;
    const end = start + m[0].length;
    const place = ctx.parties.find((p) => p.start > end && p.start - end <= 6 && p.cue === "in" && (p.via === "city" || p.via === "actor"));
    // (The list right before the verb: "and A, B and C had each opened one".)
    const adjacent = place ? ctx.parties.findLast((p) => p.end <= start && p.via === "actor" && RIGHT_BEFORE_VERB.test(ctx.text.slice(p.end, start))) : undefined;
    const subject = adjacent ?? (place ? subjectBefore(ctx, start) : undefined);
    if (!place || !subject || subject.via !== "actor") continue;
    const listed = adjacent ? coordinatedBefore(ctx, adjacent).filter((p) => p.via === "actor") : listedSubjects(ctx, subject).reverse();
    for (const sender of distinctParties([...listed, subject])) {
      if (sender.code === place.code || ORGANISATIONS.has(sender.code)) continue;
      out.push({ kind: last.kind, sender: sender.code, host: place.code, city: cityOf(ctx, place), start: start + m[0].indexOf(m[1]!), end });
    }
  }
  // (Gapped after a post this sentence named: the verb is the first clause's.)
  if (last.sentence !== ctx.sentence.index) return;
  for (const p of ctx.parties) {
    const one = p.via === "actor" && !ORGANISATIONS.has(p.code) ? GAPPED_ONE.exec(ctx.text.slice(p.end, p.end + 12)) : null;
    if (!one || !GAPPED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 8), p.start))) continue;
    const place = ctx.parties.find((q) => q.start > p.end && q.start - p.end <= 10 && q.cue === "in" && (q.via === "city" || q.via === "actor"));
    if (place && place.code !== p.code) out.push({ kind: last.kind, sender: p.code, host: place.code, city: cityOf(ctx, place), start: p.start, end: p.end + one[0].length });
  }
}

// A state's possessive with its noun left out, then a verb of the post's life: "…, and Italy's resumed work on Tuesday".
// ("The Emirati consulate general opened in November and Bahrain's in December": so too with the verb gapped, a time
// in its place.)
const ELIDED_POST = /^['’]s\s+(?:(?:own|also|too)\s+)?(?:[a-z]+ly\s+)?(?:(?:re)?opened|resumed|closed|shut|followed|(?:has|had|was|were)\s+(?:also\s+)?(?:(?:re)?opened|closed|shut)|(?:in|on)\s+(?:[A-Z][a-z]+|\d)|a\s+(?:day|week|month|year)\s+later|the\s+(?:next|following)\s+(?:day|week|month|year))\b/;

/**
 * "France's embassy reopened in Kyiv on Monday, and Italy's resumed work on Tuesday": a possessive whose noun the
 * sentence left out names a post of the kind, and in the place, of the post named before it.
 */
function elidedPosts(ctx: SentenceContext, out: MissionMention[]): void {
  const named = out.at(-1)!;
  for (const p of ctx.parties) {
    if (p.start <= named.end || p.via !== "actor" || p.code === named.sender || p.code === named.host || ORGANISATIONS.has(p.code)) continue;
    if (!ELIDED_POST.test(ctx.text.slice(p.end, p.end + 40)) || !/(?:,\s*|\band\s+|;\s*)$/.test(ctx.text.slice(Math.max(named.end, p.start - 8), p.start))) continue;
    out.push({ kind: named.kind, sender: p.code, host: named.host, city: named.city, start: p.start, end: p.end + 2, elided: true });
  }
}

/** The code of the last organisation among `parties`, if any. (A loop: every sentence asks, most name none.) */
function lastOrganisation(parties: Party[]): string | undefined {
  for (let i = parties.length - 1; i >= 0; i--) {
    const p = parties[i]!;
    if (p.via === "actor" && ORGANISATIONS.has(p.code)) return p.code;
  }
  return undefined;
}

// findMissionMentions reads each post by the steps below, each a function of its own: as one body V8 compiled it for
// some 200 ms, and ran it unoptimised meanwhile; most posts take only some of the steps.

// ("to avoid the vocabulary of embassies": the word for a kind of post, none of them.)
const NATIONAL_BEFORE = /\bnational\s$|\b(?:vocabulary|language|terminology|trappings|label|name|word)\s+of\s+$/i;
const IN_EFFECT_BEFORE = /,\s+(?:in effect|effectively|de facto|in all but name|in practice)\s+(?:its|their|an?|the)\s+(?:[\w-]+\s+)?$/i;
const RATHER_THAN_BEFORE = /\b(?:rather than|instead of)\s+(?:full\s+|proper\s+)?$/i;

function overlapsTaken(taken: Array<[number, number]>, start: number, end: number): boolean {
  for (const [s, e] of taken) if (start < e && end > s) return true;
  return false;
}

/** The mentions of one post named by `trigger` at [start, end). */
function readPost(ctx: SentenceContext, memory: MissionMemory, kind: MissionKind, trigger: string, start: number, end: number, out: MissionMention[]): void {
  // ("moved the mission out of the category of national embassies": a class of posts, none of them.)
  if (ctx.text.charCodeAt(start - 1) === 32 && NATIONAL_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 26), start))) return;
  // ("becoming the third Arab country, after A and B, to establish a diplomatic post in C": the subject's post, told
  // already; A's and B's came before, and none is announced.)
  if (RANKED_AFTER_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 140), start))) return;
  // ("dealt with each other through interests sections … rather than embassies": posts the text says they lack.)
  if (RATHER_THAN_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start))) return;
  // ("represented in Suva by the trade office, in effect its embassy": the post just named, called by what it does.)
  if (IN_EFFECT_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start)) && out.length) return;
  // "Chad's embassy", or the sender inside the post's name: "the European Union Delegation", "Taipei Economic and Cultural Office".
  // (Not a list's member before a comma: "embassies in A and the B, high commissions in C".)
  // ("Kenya's new embassy": past the possessive's adjectives too.)
  const near = ctx.parties.findLast((p) => p.end <= start && (start - p.end <= 4 || (start - p.end <= 40 && POSSESSIVE_ADJECTIVES.test(ctx.text.slice(p.end, start)))) && p.via !== "city" && ctx.text.charCodeAt(p.end) !== 44) ?? ctx.parties.find((p) => p.start >= start - 4 && p.end <= end && p.end > start && p.via !== "city");
  // "Sweden downgrades Tehran embassy", "its Kabul embassy": a capital right before the post is where it is.
  // ("its Lagos consulate": so is any town right before it, after a determiner.)
  const townBefore = near ? undefined : ctx.parties.findLast((p) => p.via === "city" && p.end <= start && /^\s+$/.test(ctx.text.slice(p.end, start)) && DETERMINER_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, p.start - 12), p.start)));
  let capitalBefore = (near && near.end <= start && /^\s+$/.test(ctx.text.slice(near.end, start)) && lookupActorName(ctx.text.slice(near.start, near.end))?.kind === "capital" ? near : undefined) ?? townBefore;
  // ("the Taipei Mission in the Republic of Estonia", "the Taipei Representative Office in Latvia": a capital before a
  // post placed in another state right after names the sender, not where the post is.)
  if (capitalBefore && capitalBefore === near && ctx.parties.some((p) => p.start >= end && p.start - end <= 24 && (p.cue === "in" || p.cue === "to") && p.via !== "official" && p.code !== capitalBefore!.code)) capitalBefore = undefined;
  // The end of the post's clause (read once: the searches below test it for every party).
  const limit = clauseEnd(ctx, end);
  // ("reopen the Embassy of A in B, as well as the Consulate General of A in C": a post with a sender of its own, listed
  // after another, shares its verb only; one with none shares its senders too, unless a state stands right before it.)
  const joined = listedAfter(ctx, start, out);
  const listed = joined?.senders && !near ? joined : undefined;
  // (A nunciature is the Holy See's post, whoever the sentence names before it: "Argentina's embassy to the Holy See and
  // the apostolic nunciature in Buenos Aires".)
  const senders = kind === "nunciature" ? [party("VA", start, end, "actor", "")] : listed?.senders ?? postSenders(ctx, start, end, limit, near, capitalBefore);
  // ("The UN refugee agency opened an office in Kabul": a bare office is a state's representation, not a body's.)
  if (senders.length && senders.every((p) => ORGANISATIONS.has(p.code)) && /^offices?$/i.test(trigger)) return;
  // ("a small consular office": a consulate of no named kind, as the honorary consulate the article names.)
  const generic = /^(?:diplomatic )?(?:missions?|posts?)$|^consulates?$|^consular (?:office|post|agenc(?:y|ie))s?$/i.test(trigger);
  // ("according to three embassy officials": staff counted, of no post the sentence names.)
  // ("prosecutors could question consulate staff": nor staff of a post no article, possessive or state names.)
  if (!near && !capitalBefore && STAFF_NOUN_AFTER.test(ctx.text.slice(end, end + 14)) && (COUNTED_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start)) || !DETERMINER_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start)))) return;
  // ("received the ambassador on the completion of his diplomatic mission in A": a person's mission is a tour of duty.)
  if (generic && /^(?:diplomatic )?mission$/i.test(trigger) && /\b(?:his|her)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 5), start))) return;
  // "The new High Commission, headed by …": a definite post with no sender of its own is the one just named.
  const definite = /\bthe\s+(?:new\s+|newly[- ]opened\s+|same\s+)?$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 18), start));
  // (Not an organisation's post for a state's, or the reverse: "the EU delegation …. The embassy said".)
  // ("the consulate decision" after "a consulate-general at Walvis Bay": a consulate of no named kind is the last
  // consular post named, before any other post.)
  const named = (generic ? (/^consulates?$/i.test(trigger) ? lastConsular(memory) : undefined) : memory.lastByKind?.get(kind)) ?? memory.last;
  // ("Mexico's embassy in Quito … Glas, a former Ecuadorian vice-president sheltering in the embassy": a definite post
  // whose only state found is a subject farther back, the last post's host, is still that post.)
  // (Only a demonym before a noun other than the state's own bodies: "Moscow closed the embassy" is Moscow's act.)
  const hostOnly = senders.length > 0 && !near && !listed && named !== undefined && senders.every((p) => p.code === named.host && DEMONYM_BEFORE_NOUN.test(ctx.text.slice(p.end, p.end + 30)) && lookupActorName(ctx.text.slice(p.start, p.end))?.kind === "demonym") && !ctx.parties.some((p) => p.start >= end && p.start - end <= 8 && p.cue === "of");
  // ("Norway's consulate in Murmansk …. Russia ordered the consulate shut": the host orders the post just named shut.)
  const hostOrders = !hostOnly && senders.length > 0 && named !== undefined && senders.every((p) => p.code === named.host) && ORDERED_THE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start));
  // ("X, a former Nepali ambassador to Germany, said the new embassy should …": the post the story is about, not one of
  // the states of the speaker's past post; "Y, Denmark's ambassador to India, said the embassy …" is Y's own.)
  const saidThe = senders.length > 0 && SAID_THE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start)) && FORMER.test(ctx.text.slice(Math.max(ctx.sentence.start, senders[0]!.start - 30), start));
  // ("President Erdoğan said some surfaces in the consulate …" after Saudi Arabia's consulate in Istanbul: a state's own
  // post is never in itself, so a definite post the host's people speak of is the one named; not an envoy, who heads
  // a post of their own.)
  const hostSpeaks = !hostOnly && !hostOrders && !near && !listed && senders.length > 0 && named !== undefined && senders.every((p) => p.code === named.host && p.via === "official" && !isEnvoyRole(p.role)) && !otherPostThere(memory, named);
  // (So is any post of no sender after a network's owner: "A's network has grown: … 2002 — An embassy opens in B".)
  const ofNetwork = !senders.length && named !== undefined && named.host === named.sender;
  if ((!senders.length || hostOnly || hostOrders || saidThe || hostSpeaks) && (definite || ofNetwork) && named && ORGANISATION_KIND.has(named.kind) === ORGANISATION_KIND.has(kind)) {
    readDefinitePost(ctx, named, kind, generic, /s$/i.test(trigger), start, end, out);
    return;
  }
  // ("each country's embassies and consulates will assist the other's citizens in third countries": posts elsewhere, no
  // one's in the other.)
  if (THIRD_COUNTRIES_AFTER.test(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 120)))) return;
  // "embassies in each other's capitals", "their respective offices in Rabat and Tel Aviv": both states, each in the other.
  // ("each country has been represented in the other's capital by an interests section" likewise.)
  const reciprocal = /\beach other'?s?\b|\brespective\b|\bone another'?s\b/i.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 20), Math.min(ctx.sentence.end, end + 40))) || EACH_IN_THE_OTHERS.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 90), start));
  // "The two countries closed their embassies", "embassies and consulates in both countries": plural posts of a
  // pair of states are, likewise, each one's in the other.
  const pairGroup = /s$/i.test(trigger) ? groupAround(ctx, start, end) : [];
  // ("Iranian official X and Saudi adviser Y signed an agreement to reopen their embassies": so are "their" posts after
  // a subject of two states joined by "and".)
  // (Not posts placed after them: "their embassies in Quito" are both in Quito.)
  // (Only where the subject's list was not read: "Denmark and Finland said their embassies …" are each where the story is.)
  // ("Peru and Chile agreed to exchange ambassadors and embassies": so are posts exchanged with envoys.)
  // ("A and B agreed to restore relations and to reopen their embassies": so too a pair that agrees on them, each in the other.)
  if (!pairGroup.length && senders.length === 2 && senders[0]!.code !== senders[1]!.code && /s$/i.test(trigger) && AGREED_THEIR.test(ctx.text.slice(ctx.sentence.start, start)) && !PLACED_AFTER.test(ctx.text.slice(end, end + 16))) pairGroup.push(...senders);
  if (!pairGroup.length && senders.length < 2 && /s$/i.test(trigger) && (THEIR_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start)) || EXCHANGED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) && !PLACED_AFTER.test(ctx.text.slice(end, end + 16))) pairGroup.push(...pairedSubject(ctx, start));
  // ("Peru agreed with Chile to exchange embassies": the subject and the partner "with" names.)
  if (!pairGroup.length && senders.length === 1 && /s$/i.test(trigger) && EXCHANGED.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 40), start))) {
    const partner = ctx.parties.find((p) => p.start > senders[0]!.end && p.end <= start && p.cue === "with" && p.via === "actor" && p.code !== senders[0]!.code && !ORGANISATIONS.has(p.code));
    if (partner) pairGroup.push(senders[0]!, partner);
  }
  if (pairGroup.length === 2 && !reciprocal) {
    eachInTheOther(ctx, pairGroup, kind, generic, start, end, limit, out);
    return;
  }
  if (reciprocal && readReciprocal(ctx, kind, start, end, limit, out)) return;
  // "The embassies in San José and Managua were closed": no sender named, the posts of the two towns' states, each in
  // the other.
  if (!senders.length && definite && /s$/i.test(trigger)) {
    const towns = distinctParties(ctx.parties.filter((p) => p.start >= end && p.end <= limit && p.start - end <= 50 && (p.cue === "in" || p.cue === "and") && (p.via === "city" || p.via === "actor") && !ORGANISATIONS.has(p.code)));
    if (towns.length === 2 && TOWNS_JOINED.test(ctx.text.slice(end, towns[1]!.start))) {
      eachInTheOther(ctx, towns, kind, generic, start, end, limit, out);
      return;
    }
  }
  // ("Peru and Chile on Friday opened a joint liaison office in Arica": one post of a pair placed in one of them is the
  // other's.)
  // ("South and North Korea … opened a joint liaison office in Kaesong": so too the two senders of a joint post.)
  const pair = /s$/i.test(trigger) ? [] : senders.length === 2 && senders[0]!.code !== senders[1]!.code && JOINT_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 16), start)) ? senders : senders.length !== 1 ? pairedSubject(ctx, start) : [];
  if (pair.length === 2) {
    const host = ctx.parties.find((p) => p.start >= end && p.end <= limit && (p.cue === "in" || p.cue === "at" || p.cue === "of") && (p.via === "city" || p.via === "actor") && !ORGANISATIONS.has(p.code));
    const other = host && pair.some((p) => p.code === host.code) ? pair.find((p) => p.code !== host.code) : undefined;
    if (other) {
      readPostHosts(ctx, memory, kind, generic, trigger, start, end, limit, [other], capitalBefore, out);
      return;
    }
  }
  // ("Chile said its delegation in Geneva …": a delegation is a post of an organisation only.)
  if (!senders.length || (kind === "delegation" && senders.some((p) => !ORGANISATIONS.has(p.code)))) return;
  const before = out.length;
  readPostHosts(ctx, memory, kind, generic, trigger, start, end, limit, senders, capitalBefore, out);
  const head = listed ? listed.head : !joined?.senders ? joined?.head : undefined;
  if (head !== undefined) for (let i = before; i < out.length; i++) out[i]!.listedAfter = head;
}

const RANKED_AFTER_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s+(?:[\w-]+\s+){0,2}(?:country|state|nation|government),?\s+after\s+[^;.]{1,80}?,\s+to\s+(?:[\w-]+\s+){1,3}$/i;
// ("Iran's three consulates general": the owner's posts counted.)
const POSSESSIVE_ADJECTIVES = new RegExp(String.raw`^['’]s\s+(?:(?:new|newly[- ]opened|own|old|first|permanent|temporary|main|only|future|planned|reopened|former|${POST_COUNT})\s+){1,2}$`);
const OWNED_COUNT = new RegExp(String.raw`['’]s\s+(?:${POST_COUNT})\s+(?:(?:new|remaining|other)\s+)?$`, "i");
const IN_NAMED_AFTER = /^\s+in\s+\p{Lu}/u;
// "withdrawing its embassy staff from Doha": the post's town is the one its staff leave.
const STAFF_FROM = /^\s+(?:staff|staffers|personnel|diplomats|employees)\s+from\s+$/i;
const STAFF_NOUN_AFTER = /^\s+(?:officials|staff|staffers|sources|employees|workers|personnel|diplomats)\b/i;
const COUNTED_BEFORE = /\b(?:two|three|four|five|six|several|some|many|\d+|to)\s+$/i;

const CONSULAR_KINDS: readonly MissionKind[] = ["consulate-general", "consulate", "honorary-consulate"];
/** The consular post named last (by sentence), of any consular kind. */
function lastConsular(memory: MissionMemory): MissionMemory["last"] {
  let last: MissionMemory["last"];
  for (const kind of CONSULAR_KINDS) {
    const post = memory.lastByKind?.get(kind);
    if (post && (!last || (post.sentence ?? -1) > (last.sentence ?? -1))) last = post;
  }
  return last;
}

const DETERMINER_BEFORE = /\b(?:its|their|his|her|the|a|an)\s+$|['’]s\s+$/i;
// A demonym qualifying a noun that is not its state's government: "a former Ecuadorian vice-president", "Ecuadorian police".
const DEMONYM_BEFORE_NOUN = /^\s+(?!(?:government|authorities|foreign|ministry|state|side|parliament|cabinet|president|leader|embassy)\b)[a-z]/;

// Between two posts of one list: the places of the first, then a joint and the second's article ("embassies in A and
// the B, high commissions in C" with each place written @).
const LISTED_GAP = /^\s+(?:in|at)\s+(?:the\s+)?@(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?@)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:an?|one|two|three|four|five|\d+)\s+)?(?:(?:new|further|additional|other)\s+)?$/i;

// The gap between two posts each with a sender "of" a state, places written @: "Embassy of @ in @ and the", "… in @, as
// well as the".
const LISTED_OWN_SENDER_GAP = /^\s+of\s+(?:the\s+)?@\s+(?:in|at)\s+(?:the\s+)?@(?:\s*,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+)(?:the\s+)?$/i;

/**
 * "will open embassies in A and B, high commissions in C and D, and a consulate-general in E": a post listed right
 * after another's places shares its senders (and, in readMissions, its verb). The post before is read first.
 * ("the Embassy of A in B, as well as the Consulate General of C in D": a post after one with a sender of its own
 * shares only the verb, and comes with no senders.)
 */
function listedAfter(ctx: SentenceContext, start: number, out: MissionMention[]): { head: number; senders?: Party[] } | undefined {
  let prev: MissionMention | undefined;
  for (const o of out) if (o.end <= start && (!prev || o.start > prev.start)) prev = o;
  if (!prev || start - prev.end > 200) return undefined;
  // (The gap with each place written @: its words are the list's joints alone.)
  let gap = "";
  let at = prev.end;
  for (const p of ctx.parties) {
    if (p.start < at || p.end > start) continue;
    if (p.via !== "actor" && p.via !== "city" && p.via !== "pronoun") return undefined;
    gap += `${ctx.text.slice(at, p.start)}@`;
    at = p.end;
  }
  gap += ctx.text.slice(at, start);
  const head = prev.listedAfter ?? prev.start;
  if (!LISTED_GAP.test(gap)) return LISTED_OWN_SENDER_GAP.test(gap) ? { head } : undefined;
  const senders: Party[] = [];
  for (const o of out) if (o.start === prev.start && !senders.some((p) => p.code === o.sender)) senders.push(party(o.sender, prev.start, prev.end, "actor", ""));
  return { head, senders };
}

const WHOSE_POST = /^,\s+whose\s+(?:[\w-]+\s+){0,2}$/;

// A relative clause right after a post: "the embassies that A and B emptied …" (its verb is the post's).
export const RELATIVE_AFTER = /^\s+(?:that|which)\s+(?:the\s+)?/;
const POST_VERB_AFTER = /^\s+(?:(?:had|has|have)\s+)?(?:closed|shut|emptied|opened|reopened|evacuated|vacated|abandoned|ran|runs|maintain(?:s|ed)?|set up|established|built|kept|keeps|upgraded|downgraded)\b/;
/** The states whose post it is. */
function postSenders(ctx: SentenceContext, start: number, end: number, limit: number, near: Party | undefined, capitalBefore: Party | undefined): Party[] {
  const adjacent = capitalBefore ? ctx.parties.findLast((p) => p.end <= capitalBefore.start && capitalBefore.start - p.end <= 4 && p.via !== "city") : near;
  // "their embassies" after "Denmark and Finland": one pronoun party per state, all at the pronoun.
  // ("its embassies in Norway and Iraq and its Consulate General in Sydney": a pronoun is joined to no state before it;
  // "the X Embassy in Oslo, the X Embassy in Baghdad": nor is a state to the place of another post.)
  if (adjacent) return [...ctx.parties.filter((p) => p !== adjacent && p.start === adjacent.start && p.end === adjacent.end), adjacent, ...(adjacent.via === "pronoun" ? [] : coordinatedBefore(ctx, adjacent).filter((p) => p.via !== "city" && !PLACE_CUES.has(p.cue)))];
  // ("the embassies that A, B and C emptied in Doha": the states of the relative clause's subject, whose verb is the post's.)
  const relative = RELATIVE_AFTER.exec(ctx.text.slice(end, end + 14));
  const first = relative ? ctx.parties.find((p) => p.start === end + relative[0].length && p.via === "actor" && !ORGANISATIONS.has(p.code)) : undefined;
  if (first) {
    const list = [first, ...coordinatedAfter(ctx, first)];
    if (POST_VERB_AFTER.test(ctx.text.slice(list.at(-1)!.end, list.at(-1)!.end + 30))) return list;
  }
  const ofSender = ctx.parties.find((p) => p.start >= end && p.start - end <= 40 && p.cue === "of" && p.via !== "city" && p.start - end <= 8);
  if (ofSender) return ofSender.via === "group" ? ctx.parties.filter((p) => p.start >= end && p.start - end <= 40 && p.start === ofSender.start) : [ofSender, ...coordinatedAfter(ctx, ofSender)];
  // "posts were opened last year by Foreign Minister X": the agent of a passive.
  const agent = ctx.parties.find((p) => p.start >= end && p.end <= limit && p.cue === "by" && p.via !== "city");
  // ("Pakistan welcomed Uzbekistan's decision to open a consulate": the one whose decision it is.)
  // ("… and announced its decision to open a consulate in Dakhla": so too the state an "its" before the decision stands for.)
  const decider = ctx.parties.findLast((p) => p.end <= start && ((p.via === "actor" && DECIDED_POST.test(ctx.text.slice(p.end, start))) || (p.via === "pronoun" && ITS_DECISION_POST.test(ctx.text.slice(p.start, start)))));
  // ("it covers the country from Nairobi, and is represented in Kampala by an honorary consul": the subject of "represented".)
  const represented = capitalBefore ? null : REPRESENTED_BY.exec(ctx.text.slice(Math.max(ctx.sentence.start, start - 70), start));
  // ("custody was entrusted to Italy, whose embassy in Managua will look after it": the state "whose" hangs on.)
  const owner = ctx.parties.findLast((p) => p.end <= start && start - p.end <= 40 && p.via === "actor" && WHOSE_POST.test(ctx.text.slice(p.end, start)));
  const subject = decider ?? owner ?? subjectBefore(ctx, capitalBefore?.start ?? (represented ? start - Math.min(start - ctx.sentence.start, 70) + represented.index : start)) ?? agent;
  // ("Peru, Chile and Norway opened embassies in Abuja": each state of the subject's list, in the text's order.)
  // ("ties between Israel and Azerbaijan, whose embassy in Tel Aviv …": "whose" hangs on the last state of a list alone.)
  if (subject && subject === owner && !decider) return [owner];
  return subject ? [...listedSubjects(ctx, subject).reverse(), subject] : [];
}

/** A definite post with no sender of its own ("The new High Commission"): the post last named. */
function readDefinitePost(ctx: SentenceContext, last: NonNullable<MissionMemory["last"]>, kind: MissionKind, generic: boolean, plural: boolean, start: number, end: number, out: MissionMention[]): void {
  // "The embassy will be located in Dublin": a city of the same host named after it is the post's.
  // "Colleagues at the embassy in Washington" in a story of one state's posts: that state's post there.
  const elsewhere = ctx.parties.find((p) => p.start >= end && p.start - end <= 6 && (p.cue === "in" || p.cue === "at") && (p.via === "city" || p.via === "actor") && p.code !== last.host && p.code !== last.sender && !ORGANISATIONS.has(p.code));
  if (elsewhere) {
    out.push({ kind, generic: generic || undefined, sender: last.sender, host: elsewhere.code, city: cityOf(ctx, elsewhere), start, end });
    // ("the embassies in Brasília and Buenos Aires": each place listed.)
    if (plural) for (const p of coordinatedAfter(ctx, elsewhere)) if (p.code !== last.sender && !ORGANISATIONS.has(p.code)) out.push({ kind, generic: generic || undefined, sender: last.sender, host: p.code, city: cityOf(ctx, p), start, end });
    return;
  }
  // ("A keeps its embassy in B. … the Honorary Consulate General in <a town of A>": a post in the last sender's own
  // state is not its post; the text names its sender elsewhere.)
  if (ctx.parties.some((p) => p.start >= end && p.start - end <= 6 && (p.cue === "in" || p.cue === "at") && (p.via === "city" || p.via === "actor") && p.code === last.sender)) return;
  // ("… the honorary consulate in Karaganda. Together with the Embassy in Astana, …": a town of the same host named
  // right after the post is its own.)
  const right = ctx.parties.find((p) => p.start >= end && p.start - end <= 6 && (p.cue === "in" || p.cue === "at") && (p.via === "city" || p.via === "actor") && p.code === last.host);
  const town = right ? cityOf(ctx, right) : null;
  // (The post last named's town only for a post of its kind or none: "the honorary consulate in Karaganda … the
  // embassy" is not in Karaganda.)
  // (A network's owner, its posts' hosts still to name: the place the clause names, "An embassy opens in B".)
  if (last.host === last.sender) {
    const place = ctx.parties.find((p) => p.start >= end && p.start - end <= 40 && (p.cue === "in" || p.cue === "at") && (p.via === "city" || p.via === "actor") && p.code !== last.sender && !ORGANISATIONS.has(p.code));
    if (place) out.push({ kind, generic: generic || undefined, sender: last.sender, host: place.code, city: cityOf(ctx, place), start, end });
    return;
  }
  const lastTown = last.kind === kind || generic ? last.city : null;
  const at = town || lastTown ? undefined : ctx.parties.find((p) => p.start >= end && (p.via === "city" || p.via === "actor") && p.code === last.host && PLACE_CUES.has(p.cue));
  out.push({ kind, generic: generic || undefined, sender: last.sender, host: last.host, city: town ?? lastTown ?? (at ? cityOf(ctx, at) : null), start, end });
}

const NETWORK_INTRO = /['’]s\s+(?:[\w-]+\s+){0,2}(?:network|embassies|missions|posts|diplomatic presence)\b/i;
const POSSESSIVE_NEXT = /^['’]s/;
const THIRD_COUNTRIES_AFTER = /^[^.;]{0,100}?\bin third (?:countries|states)\b/i;
const EACH_IN_THE_OTHERS = /\beach\s+(?:country|state|side|government|nation)\b[^.;]{0,60}?\bthe other['’]s\b/i;
const TOWNS_JOINED = /^\s+in\s+[^,;.]{1,30}?\s+and\s+$/;

/** Posts of a pair of states, each in the other ("their embassies in Washington and Moscow": each in the town named for its host). */
function eachInTheOther(ctx: SentenceContext, pair: readonly Party[], kind: MissionKind, generic: boolean, start: number, end: number, limit: number, out: MissionMention[]): void {
  const towns = ctx.parties.filter((p) => p.start >= end && p.end <= limit && p.start - end <= 60 && (p.cue === "in" || p.cue === "and" || p.cue === ",") && (p.via === "city" || p.via === "actor"));
  // ("A severs its ties with C. The two sides agreed to open embassies in <A's capital> and <B's>": the two states the
  // towns joined by "and" name, when the pair remembered is another.)
  const named = distinctParties(towns);
  const [a, b] = named.length === 2 && TOWNS_JOINED.test(ctx.text.slice(end, named[1]!.start)) && !named.every((t) => pair.some((p) => p.code === t.code)) ? named : pair;
  for (const [sender, host] of [[a!, b!], [b!, a!]] as const) {
    const town = towns.find((p) => p.code === host.code);
    out.push({ kind, generic: generic || undefined, sender: sender.code, host: host.code, city: town ? cityOf(ctx, town) : null, start, end });
  }
}

/** "embassies in each other's capitals": the last two states named before, each in the other; false when there are not two. */
function readReciprocal(ctx: SentenceContext, kind: MissionKind, start: number, end: number, limit: number, out: MissionMention[]): boolean {
  const pair = distinctParties(ctx.parties.filter((p) => p.end <= start && (p.via === "actor" || p.via === "group" || p.via === "official"))).slice(-2);
  if (pair.length !== 2) return false;
  const places = ctx.parties.filter((p) => p.start >= end && p.end <= limit && p.via === "city");
  // (No town for "each other's capitals": SCHEMA.md wants the city as the text writes it.)
  for (const [a, b] of [[pair[0]!, pair[1]!], [pair[1]!, pair[0]!]] as const) {
    const place = places.find((p) => p.code === b.code);
    out.push({ kind, generic: undefined, sender: a.code, host: b.code, city: place ? cityOf(ctx, place) : null, start, end });
  }
  return true;
}

const LETTERHEAD = /^(?:The\s+)?(?:[A-Z][\p{L}'’-]*\s+|of\s+|the\s+|and\s+)*[A-Z][\p{L}'’-]*$/u;
const NEXT_LINE = /^[^\S\n]*\n\s*([^\n]{2,40}?)[^\S\n]*(?:\n|$)/;

/**
 * For a sentence that is a line of capitalised words alone (a letterhead, a sign-off): the town on the next line, or
 * null when there is none; undefined for any other sentence.
 */
function letterheadTown(ctx: SentenceContext, postEnd: number): { name: string; country: string } | null | undefined {
  const { sentence, text } = ctx;
  // (The lines of a sign-off may make one sentence: "Embassy of Nepal\nBrasília\n24 August 2024".)
  const lineEnd = sentence.text.indexOf("\n");
  const line = lineEnd < 0 ? sentence.text : sentence.text.slice(0, lineEnd);
  if (line.length > 80 || postEnd > sentence.start + line.length || !LETTERHEAD.test(line.trim())) return undefined;
  if (!(sentence.start === 0 || /\n[^\S\n]*$/.test(text.slice(Math.max(0, sentence.start - 4), sentence.start)))) return undefined;
  const after = sentence.start + line.length;
  const next = NEXT_LINE.exec(text.slice(after, after + 60));
  const city = next ? lookupCity(next[1]!) : undefined;
  return city ? { name: city.name, country: city.country } : null;
}

/**
 * "Israel recognised Kosovo in 2021, and the Kosovar embassy opened weeks later": a post with no place of its own is in
 * the one other state its sentence named before it, when there is exactly one.
 */
function soleOtherState(ctx: SentenceContext, start: number, senders: Set<string>): Party | undefined {
  if (senders.size !== 1) return undefined;
  // (States named outright, not places: "Chile's trade minister in Lima" puts no post there.)
  const before = ctx.parties.filter((p) => p.end <= start && p.via === "actor" && !PLACE_CUES.has(p.cue) && !ORGANISATIONS.has(p.code));
  const others = distinctParties(before.filter((p) => !senders.has(p.code)));
  // (Only where the sender was named before too, as the other's partner: a story of the two.)
  const partner = others.length === 1 ? before.find((p) => senders.has(p.code) && p.start > others[0]!.end && p.end + 12 < start) : undefined;
  return partner ? others[0] : undefined;
}

/** The post of each sender in each place the clause names, else where the document's posts are. */
function readPostHosts(ctx: SentenceContext, memory: MissionMemory, kind: MissionKind, generic: boolean, trigger: string, start: number, end: number, limit: number, senders: Party[], capitalBefore: Party | undefined, out: MissionMention[]): void {
  // ("runs embassies in 13 of the 18 members, including the one in Dakar": posts in places counted name none of them.)
  if (/s$/i.test(trigger) && COUNTED_IN.test(ctx.text.slice(end, end + 40))) return;
  const senderCodes = new Set(senders.map((p) => p.code));
  // The place is the first "in/at/to X" of the post's clause that is not itself naming another post's sender.
  // "in Cap-Haïtien, Haiti": a town the gazetteer lacks, then its country.
  const townIn = ctx.parties.find((p) => p.start >= end && p.end <= limit && p.cue === "," && p.via === "actor" && !senderCodes.has(p.code) && IN_TOWN.test(ctx.text.slice(end, p.start)));
  // ("was inaugurated at its chancery in the Maitama District, Abuja": a district, then its town.)
  const districtTown = townIn ? undefined : ctx.parties.find((p) => p.start >= end && p.start - end <= 120 && p.cue === "," && (p.via === "city" || p.via === "actor") && !senderCodes.has(p.code) && !ORGANISATIONS.has(p.code) && IN_DISTRICT.test(ctx.text.slice(end, p.start)));
  // (Not an adjective: "reports in Azerbaijani media".)
  // (Not a place another verb has: "to reopen their embassies within two months under an agreement signed in Beijing".)
  // (The searches of the text last: they would run for every party after the post.)
  // ("whose mission to the bloc has operated in Jakarta": the organisation, then its town.)
  // ("its consulate in the northern city of Arequipa": a town named after "city of", whatever the post's kind.)
  const place = capitalBefore ?? (ORGANISATION_KIND.has(kind) ? namedOrganisation(ctx, memory, start, end) : undefined) ?? ctx.parties.find((p) => p.start >= end && p.end <= limit && (PLACE_CUES.has(p.cue) || (p.cue === "of" && CITY_OF.test(ctx.text.slice(Math.max(end, p.start - 50), p.start))) || (p.cue === "from" && STAFF_FROM.test(ctx.text.slice(end, p.start))) || inDescribedTown(ctx, p)) && !senderCodes.has(p.code) && !OTHER_VERB_BETWEEN.test(ctx.text.slice(end, p.start)) && !/^\s*(?:embass|consulat|mission|high commission)/i.test(ctx.text.slice(p.end, p.end + 20)) && !DISTRICT_OF.test(ctx.text.slice(p.end, p.end + 20)) && !isAdjective(ctx, p) && !anotherPostBetween(ctx.text.slice(end, p.start)) && !(!/s$/i.test(trigger) && AND_IN_BEFORE.test(ctx.text.slice(end, p.start))))
    ?? townIn
    ?? districtTown
    ?? whereBefore(ctx, start, senderCodes)
    ?? allowedBy(ctx, start, senderCodes)
    ?? andInBefore(ctx, start, senderCodes)
    ?? frontedPlace(ctx, start, senderCodes)
    ?? hostingPlace(ctx, start, senderCodes)
    ?? officeInto(ctx, start)
    ?? representedBy(ctx, start, senderCodes)
    ?? thereOrHere(ctx, start, end, senderCodes)
    ?? townOfTheOpening(ctx, start, senderCodes)
    ?? (kind === "embassy" || kind === "high-commission" ? envoyPlace(ctx, start, senderCodes) : undefined)
    ?? townNamedBefore(ctx, start, end, senderCodes)
    ?? changeNamedIn(ctx, start, senderCodes)
    ?? (ORGANISATION_KIND.has(kind) ? ctx.parties.find((p) => p.start >= end && p.end <= limit && ORGANISATIONS.has(p.code)) : undefined)
    ?? shutByHost(ctx, start, senderCodes)
    // (Before the posts the paragraph named: the sentence's own pair is nearer.)
    ?? soleOtherState(ctx, start, senderCodes);
  // "Embassy of Nepal\n\nBrasília": a letterhead or sign-off, the post's name a line of its own, is in the town on the
  // line after it, and in no place remembered from the story.
  const letterhead = place ? undefined : letterheadTown(ctx, end);
  if (letterhead === null) return;
  if (letterhead) {
    for (const sender of senders) if (sender.code !== letterhead.country) out.push({ kind, generic: generic || undefined, sender: sender.code, host: letterhead.country, city: letterhead.name, start, end });
    return;
  }
  // No place in the sentence: the host of the posts just named in this paragraph, else the state the article is about.
  // (The sender's post of the same kind named before comes first: "its Embassy in Mexico City … its Honorary Consulate in
  // Guatemala City. The Embassy invites the Filipino community …" is still the embassy in Mexico City.)
  const sameKind = place || generic ? undefined : memory.lastByKind?.get(kind);
  // ("Guatemala has no intention of moving its embassy in Israel … Guatemala inaugurated its embassy on May 16", other
  // states' posts named between: the sender's own post of that kind named before.)
  const own = sameKind && senderCodes.has(sameKind.sender) ? sameKind : place || generic || senders.length !== 1 ? undefined : memory.ownByKind?.get(`${senders[0]!.code}|${kind}`);
  const ownPost = own && senders.length === 1 ? { code: own.host, city: own.city, paragraph: ctx.sentence.paragraph } : null;
  const remembered = ownPost ?? (memory.lastHost && memory.lastHost.paragraph >= ctx.sentence.paragraph - 3 ? memory.lastHost : null);
  // "Iran and Saudi Arabia agreed to reopen their embassies", no place named nor just before: each in the other.
  // (So too "Chile and Peru will open embassies", but not "the embassies of Chile and Sweden".)
  const pair = distinctParties(senders);
  // ("… reopened embassies in Washington and Havana", a post named before: a town of each of the pair, each in the other.)
  const townsOfPair = remembered !== null && pair.length === 2 && pair.every((s) => ctx.parties.some((p) => p.start >= end && p.end <= limit && (p.via === "city" || p.via === "actor") && (p.cue === "in" || p.cue === "and" || p.cue === ",") && p.code === s.code));
  // ("the two countries' consulates general would remain open", a post named before: a pair's posts are each in the other.)
  const ofPair = senders.every((p) => p.via === "group" && p.start === senders[0]!.start);
  if (!place && (!remembered || townsOfPair || ofPair) && pair.length === 2 && (senders.every((p) => (p.via === "pronoun" || p.via === "group") && p.start === senders[0]!.start) || (senders.length === 2 && /s$/i.test(trigger) && senders.every((p) => p.via === "actor" && p.end <= start)))) {
    eachInTheOther(ctx, pair, kind, generic, start, end, limit, out);
    return;
  }
  // "had opened several new embassies and consulates in recent years": posts counted, none of them named by place.
  // (Not a state's own posts counted: "the closure of Iran's three consulates general" in a story of the state they are in.)
  const before = ctx.text.slice(Math.max(ctx.sentence.start, start - 30), start);
  if (!place && /s$/i.test(trigger) && COUNTED.test(before) && !OWNED_COUNT.test(before)) return;

  // A fallback host that is one of the senders ("Denmark and Finland said their embassies had closed") is no host:
  // it would make one sender's post the other's host.
  // ("NEW DELHI — … Canada's three consulates-general will remain open": a state's posts, no place named, in a story of it
  // filed from another state, are in the dateline's.)
  const filed = ctx.filedFrom && !ORGANISATIONS.has(ctx.filedFrom.code) && !senderCodes.has(ctx.filedFrom.code) ? ctx.filedFrom.code : null;
  // ("ISTANBUL — … the British consulate-general in Beyoğlu": a town the gazetteer does not know, in a story filed from a
  // state, is most likely in that state.)
  const unknownTown = !place && filed !== null && IN_NAMED_AFTER.test(ctx.text.slice(end, end + 8)) && !ctx.parties.some((p) => p.start >= end && p.start <= end + 5);
  const fallback = remembered?.code ?? (unknownTown ? filed : null) ?? (filed && memory.dominant && senderCodes.has(memory.dominant) ? filed : memory.dominant);
  // ("its Permanent Mission in New York", "in Geneva": a state's permanent mission in a seat of the UN, no body named, is
  // its mission to the UN.)
  // (Not Vienna: its missions are as often to the OSCE or the IAEA.)
  const atUnSeat = kind === "permanent-mission" && place?.via === "city" && UN_CITIES.test(ctx.text.slice(place.start, place.end));
  const host = atUnSeat ? "UN" : (place?.code ?? (fallback && !(senders.length > 1 && senderCodes.has(fallback)) ? fallback : null));
  // A post at an organisation sits at its seat unless the text says otherwise (the UN in New York).
  // ("in Arcadia, Pretoria": a district before its capital is in the capital.)
  const town = place && place === townIn && lookupActorName(ctx.text.slice(place.start, place.end))?.kind !== "capital" ? IN_TOWN.exec(ctx.text.slice(end, place.start))![1]! : null;
  // ("the Embassy of Canada to Colombia in Bogotá": the town right after the host; "the Permanent Mission of A to
  // the United Nations in Geneva": after an organisation, the town of its office, whatever state it is in.)
  // ("an embassy in the Republic of Colombia, with its headquarters in Bogotá": the town of its seat.)
  const cityAfter = place && place.via === "actor" ? ctx.parties.find((p) => p.start > place.end && ((((p.start - place.end <= 5 || SEAT_IN.test(ctx.text.slice(place.end, p.start)) || ABBREVIATED_IN.test(ctx.text.slice(place.end, p.start))) && p.cue === "in") || (p.cue === "of" && p.code === place.code && TOWN_OF.test(ctx.text.slice(place.end, p.start)))) && (p.via === "city" || p.via === "actor") && (p.code === place.code || (p.via === "city" && ORGANISATIONS.has(place.code))) || (p.cue === "in" && (p.via === "city" || p.via === "actor") && p.start - place.end <= 30 && LOCATED_IN.test(ctx.text.slice(place.end, p.start))))) : undefined;
  // (A remembered town only for a post of the kind named there: "its consulate general in B … his return to the
  // embassy" is not in B.)
  const rememberedCity = remembered && (remembered !== memory.lastHost || generic || !memory.lastHost.kind || memory.lastHost.kind === kind) ? remembered.city : null;
  const city = place ? (town ?? cityOf(ctx, place) ?? (cityAfter ? cityOf(ctx, cityAfter) : null) ?? (ORGANISATIONS.has(place.code) ? (getActor(place.code)?.capital ?? null) : null)) : rememberedCity;
  if (!host) return;
  if (place) memory.lastHost = { code: place.code, city, paragraph: ctx.sentence.paragraph, kind };
  // "consulates general at The Hague and Istanbul", "two posts: one in Dublin and the other in Stockholm": one post per place.
  const plural = /s$/i.test(trigger);
  // (A city after an organisation is where it sits: "missions to the United Nations in New York" are at the UN.)
  const atOrganisation = place !== undefined && ORGANISATIONS.has(place.code);
  // (Up to the next post named: "new embassies in Vietnam and Chile and a consulate general in Munich".)
  const nextPost = plural && place ? NEXT_POST.exec(ctx.text.slice(place.end, limit)) : null;
  const until = nextPost && place ? place.end + nextPost.index : limit;
  // (Pushed into literals, not spread and mapped: an empty spread and V8's optimised map make arrays of other kinds,
  // and each new kind met here threw this function's optimised code away.)
  // ("its consulate general and representative office to the OIC in Jeddah": a consulate serves its people in another
  // state, never at an organisation; it is in the state of the town named after the body.)
  const consularHost = atOrganisation && CONSULAR_KINDS.includes(kind) && cityAfter?.via === "city" && !ORGANISATIONS.has(cityAfter.code) ? cityAfter.code : null;
  const hosts = [{ code: consularHost ?? host, city }];
  if (place) {
    for (const p of coordinatedAfter(ctx, place)) if (p.end <= until) hosts.push({ code: p.code, city: cityOf(ctx, p) });
    if (plural) for (const p of ctx.parties) if (p.start > place.end && p.end <= until && (p.cue === "in" || p.cue === "at") && !(atOrganisation && p.via === "city")) hosts.push({ code: p.code, city: cityOf(ctx, p) });
  }
  for (const sender of senders) {
    // ("NATO affairs at headquarters, the embassy in Beirut": a body other than the EU keeps no embassy or consulate.)
    if (ORGANISATIONS.has(sender.code) && sender.code !== "EU" && (kind === "embassy" || CONSULAR_KINDS.includes(kind))) continue;
    for (const h of hosts) {
      if (sender.code === h.code) continue;
      // (A state's representative office to an organisation is its permanent mission there.)
      const postKind = kind === "representative-office" && ORGANISATIONS.has(h.code) && !ORGANISATIONS.has(sender.code) ? "permanent-mission" : kind;
      out.push({ kind: postKind, generic: generic || undefined, sender: sender.code, host: h.code, city: h.city, start, end });
      memory.last = { sender: sender.code, host: h.code, city: h.city, kind: postKind, sentence: ctx.sentence.index };
      (memory.lastByKind ??= new Map()).set(postKind, memory.last);
      (memory.ownByKind ??= new Map()).set(`${sender.code}|${postKind}`, memory.last);
    }
  }
}

/** Whether another state's post of `post`'s kind in its host was named too (then "the embassy" could be either). */
function otherPostThere(memory: MissionMemory, post: NonNullable<MissionMemory["last"]>): boolean {
  if (memory.ownByKind) for (const other of memory.ownByKind.values()) if (other.kind === post.kind && other.host === post.host && other.sender !== post.sender) return true;
  return false;
}

// "Saudi Arabia's consul general in Istanbul": the post a consul heads, named by the title alone.
const CONSUL_IN = /\bconsul(?:[- ](general))?\s+(?:in|at)\s+/gi;

/**
 * "Saudi Arabia's consul general in Istanbul, X, left …. The search of the consulate-general began": a consul's title
 * names the post they head, which "the consulate-general" after it is (remembered by kind only: no post of its own).
 */
function rememberConsulsPost(ctx: SentenceContext, memory: MissionMemory): void {
  CONSUL_IN.lastIndex = 0;
  for (let m = CONSUL_IN.exec(ctx.sentence.text); m; m = CONSUL_IN.exec(ctx.sentence.text)) {
    const start = ctx.sentence.start + m.index;
    const end = start + m[0].length;
    const town = ctx.parties.find((p) => p.start === end && p.via === "city");
    const sender = town ? ctx.parties.findLast((p) => p.end <= start && start - p.end <= 4 && p.via === "actor" && !ORGANISATIONS.has(p.code)) : undefined;
    if (!town || !sender || sender.code === town.code) continue;
    const kind: MissionKind = m[1] ? "consulate-general" : "consulate";
    (memory.lastByKind ??= new Map()).set(kind, { sender: sender.code, host: town.code, city: cityOf(ctx, town), kind, sentence: ctx.sentence.index });
  }
}

/**
 * "Morocco closed the office in 2000": a bare "the office" or "the mission" is the post last named, when its name says
 * office or any post's ("the office of the president" is another office).
 */
function backReferences(ctx: SentenceContext, last: NonNullable<MissionMemory["last"]>, taken: Array<[number, number]>, out: MissionMention[]): void {
  const body = ctx.sentence.text;
  BACK_REFERENCE.lastIndex = 0;
  for (let m = BACK_REFERENCE.exec(body); m; m = BACK_REFERENCE.exec(body)) {
    const noun = m[1] ?? m[2]!;
    const start = ctx.sentence.start + m.index + m[0].length - noun.length;
    const end = start + noun.length;
    if (overlapsTaken(taken, start, end)) continue;
    // ("a US embassy in Honiara — Washington had closed that post — and a new embassy in Tonga": the post named
    // before it in the sentence, not the sentence's last.)
    const before = m[2] ? out.findLast((o) => o.end <= start && !o.generic) : undefined;
    const post = before ?? last;
    if (/^office$/i.test(noun) && !post.kind.endsWith("-office")) continue;
    out.push({ kind: post.kind, generic: undefined, sender: post.sender, host: post.host, city: post.city, start, end });
  }
}

// "Peru now has a consulate in Perth. It was opened on Monday by …": a sentence opening on "It" and a passive
// lifecycle verb moves the post the sentence before named.
const IT_MOVED = /^It\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?(?:opened|reopened|inaugurated|closed|shut)\b/;

function itAsPost(ctx: SentenceContext, last: NonNullable<MissionMemory["last"]>, out: MissionMention[]): void {
  if (last.sentence !== ctx.sentence.index - 1 || !IT_MOVED.test(ctx.sentence.text)) return;
  const start = ctx.sentence.start;
  out.push({ kind: last.kind, generic: undefined, sender: last.sender, host: last.host, city: last.city, start, end: start + 2 });
}

// "the Palestinian mission in Dublin", "its mission in Tel Aviv": a state's own "mission" in a place is its embassy there
// (DOMAIN.md); a mission with a word between ("its military mission in Mali") or an organisation's is none.
// (So too in a release's capitals, and before a list set off by a comma: "three new Indian Missions, in A, B and C".)
const OWN_MISSION = /\b[Mm]issions?(?=,?\s+(?:in|to)\s+(?:the\s+)?\p{Lu})/gu;

function ownMissions(ctx: SentenceContext, memory: MissionMemory, taken: Array<[number, number]>, out: MissionMention[]): void {
  const body = ctx.sentence.text;
  OWN_MISSION.lastIndex = 0;
  for (let m = OWN_MISSION.exec(body); m; m = OWN_MISSION.exec(body)) {
    const start = ctx.sentence.start + m.index;
    const end = start + m[0].length;
    if (overlapsTaken(taken, start, end)) continue;
    const owner = ctx.parties.findLast((p) => p.end <= start && start - p.end <= 4);
    if (!owner || owner.via === "city" || ORGANISATIONS.has(owner.code) || !/^(?:['’]s)?\s+$/.test(ctx.text.slice(owner.end, start))) continue;
    taken.push([start, end]);
    readPost(ctx, memory, "embassy", m[0], start, end, out);
  }
}

// (And "accredited": "the high commission would also be accredited to Nigeria" is no post in Nigeria.)
const OTHER_VERB_BETWEEN = /\b(?:signed|agreed|announced|reached|concluded|held|made|said|told|met|accredited|entrusted|handed|given|granted|assigned|leased|sold|under an? |during (?:a|the) |at a (?!(?:new |temporary |larger |different )?(?:address|building|premises|site|location|compound|villa|chancery)\b))/i;
