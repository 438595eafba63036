// Where talks and gatherings take place, and the visits a venue implies: a gathering named, attended or hosted, an
// opening ceremony's guests, a place opening a clause, talks held abroad.
import { lookupActorName } from "../gazetteer/actors.js";
import { RESIDENT_ROLES } from "../model/official.js";
import type { EventCandidate, FallbackDate, MatchReading, ProvenanceOf } from "./candidates.js";
import { RELATIVE_BETWEEN } from "./clauses.js";
import { atUnSeat, distinctParties, listJoint, partiesBefore, type Party, PASSIVE_BEFORE, type SentenceContext, UN_CITIES, UN_SEAT } from "./context.js";
import type { DateMention } from "./dates.js";
import { isRecent } from "./event-dates.js";
import { isPlace, ORGANISATIONS } from "./party-kinds.js";
import { witnessed } from "./parties.js";
import type { Sentence } from "./sentences.js";

// ("X and Y also attended", "Z was also present", "Uganda has sent Vice-President X in place of …", "The conference drew
// French President A, Egypt's President B …": the same, where the gathering's place was told before.)
export const ATTENDING = /\b(?:among (?:those|the leaders|the heads of state(?: and government)?|the guests) (?:attending|present|in attendance)|attending (?:were|was|are|included)|in attendance were|(?:was|were) represented (?:(?:at|in) (?:the )?(?:[^\s,;.]+ ){1,5}?)?by|(?:sent|sending) (?:[\w-]+ ){0,4}in (?:(?:his|her|its|their) (?:place|stead)|place of)|also (?:attended|present|in attendance)|(?:was|were) (?:also )?(?:present|in attendance)|(?:has|have) sent (?:its |their )?(?:[\w-]+ ){0,2}(?:vice|deputy|prime|foreign|president|minister|king|crown)|(?<=\b[A-Z][\w-]* )sent (?:its|their) (?:[\w-]+ ){0,2}(?:vice|deputy|prime|foreign|president|minister|king|crown)|(?:also )?(?:around|at) the (?:table|summit|meeting) were)\b|\b(?:drew|brought together) (?:[A-Z][\w'’-]*\s+){0,2}(?:President|Prime Minister|King|Emir|Sheikh|Chancellor|Premier|Foreign Minister)\b/i;

/**
 * "X inaugurated its embassy in Beijing on Monday. Its Foreign Minister Y cut the ribbon": Y travelled there. (So each
 * guest of several posts opened together: "A, B and C opened their embassies in Berlin. King X, Queen Y of B and
 * President Z cut the ribbon".)
 */
export function ceremonyVisit(sentence: Sentence, parties: Party[], eventsBefore: number, provenance: ProvenanceOf, events: EventCandidate[]): void {
  if (eventsBefore !== events.length || !CEREMONY_ROLE.test(sentence.text)) return;
  const openings = events.filter((e, k) => k < eventsBefore && e.type === "mission-opened" && e.sentence === sentence.index - 1 && e.modality === "asserted");
  for (const opening of openings) {
    const guests = parties.filter((p) => p.via === "official" && p.code === opening.source && p.role !== "ambassador");
    if (guests.length) events.push({ ...opening, type: "visit", officials: new Set(guests.map((g) => g.official!)), mission: null, sources: [provenance(sentence, guests[0]!.start, guests.at(-1)!.end, "event.attended-abroad", 0.55)], order: guests[0]!.start, passive: false, sentence: sentence.index });
  }
}

export const HOSTED_BY = /\b(?:meeting|talks|summit|negotiations)\s+(?:was|were|had been)\s+(?:hosted|chaired|convened|mediated)\s+by\s/i;

/**
 * "The presidents of A and B met on Thursday. … The meeting was hosted by C's Prime Minister X": the host met each side
 * of the talks told a few sentences before.
 */
export function hostOfTalks(ctx: SentenceContext, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { sentence, text } = ctx;
  const by = HOSTED_BY.exec(sentence.text)!;
  const at = sentence.start + by.index + by[0].length;
  const host = ctx.parties.find((p) => p.start >= at && p.start <= at + 80 && (p.via === "official" || p.via === "actor"));
  const talks = host ? events.findLast((e) => e.type === "meeting" && e.modality === "asserted" && e.sentence >= sentence.index - 5 && e.sentence < sentence.index) : undefined;
  if (!host || !talks || host.code === talks.source || host.code === talks.target || /^\s*,?\s*(?:its|their)\b/i.test(text.slice(host.end, host.end + 8))) return;
  for (const side of [talks.source, talks.target]) {
    events.push({ ...talks, source: host.code, target: side, officials: new Set(host.official ? [host.official] : []), mission: null, sources: [provenance(sentence, sentence.start + by.index, host.end, "event.meeting.hosted-by", 0.55)], order: host.start, passive: false, sentence: sentence.index });
  }
}

/**
 * "Among those attending were President A of X and B …", "Y was represented by Foreign Minister C": at a gathering
 * whose place is known, each official listed travelled there.
 */
export function attendeeVisits(sentence: Sentence, parties: Party[], venue: { code: string; sentence: number }, fallbackDate: FallbackDate, provenance: ProvenanceOf, events: EventCandidate[]): void {
  // (Not where the sentence names a gathering of its own elsewhere: "X also attended a summit in Lima".)
  if (parties.some((p) => isPlace(p) && (p.cue === "in" || p.cue === "at") && p.code !== venue.code)) return;
  // (An organisation's official too: "Arab League chief X also attended".)
  for (const guest of distinctParties(parties.filter((p) => p.via === "official" && p.official && p.code !== venue.code))) {
    const date = fallbackDate(guest.start, guest.end);
    events.push({ type: "visit", source: guest.code, target: venue.code, date, modality: "asserted", officials: new Set([guest.official!]), mission: null, sources: [provenance(sentence, guest.start, guest.end, "event.attended-gathering", 0.5)], order: guest.start, dated: false, passive: false, sentence: sentence.index });
  }
}

// "was represented at the inauguration in Lima by", "were represented in Quito by": the place between the verb and "by".
const REPRESENTED_IN = /\b(?:was|were) represented (?:at (?:the )?(?:[^\s,;.]+ ){1,3}?)?in (?:[^\s,;.]+ ){1,3}?by\b/;

/** "Chile was represented at the inauguration in Lima by X": the place of the occasion the sentence itself names. */
export function representedVenue(sentence: Sentence, parties: Party[]): { code: string; sentence: number } | null {
  const m = REPRESENTED_IN.exec(sentence.text);
  if (!m) return null;
  const [from, to] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
  const place = parties.find((p) => isPlace(p) && p.cue === "in" && p.start > from && p.end < to);
  return place ? { code: place.code, sentence: sentence.index } : null;
}

const HERE = /\bhere\b/;
// "the summit, to be held in Fukuoka", "the forum scheduled for Quito": a gathering still to come.
const GATHERING_TO_COME = /\b(?:to be (?:held|hosted)|will be (?:held|hosted)|(?:scheduled|slated|due|set) (?:to take place|to be held|for))\b/i;

/**
 * "At the ASEAN Summit in Labuan Bajo, …": talks held there mean every other side travelled there. (Matched once,
 * where the gathering is named, rather than tested and then matched again.)
 */
export function gatheringVenue(sentence: Sentence, parties: Party[], named: RegExp = VENUE, dates?: DateMention[], dateline?: Party): { code: string; sentence: number; date?: string } | null {
  const gathering = named.exec(sentence.text);
  if (!gathering || /\b(?:General Assembly|UNGA)\b/.test(sentence.text)) return null;
  // (The UN's own gathering is no venue abroad, "the UN summit"; a UN officer at another's is no reason to drop it:
  // "UN Secretary-General X held talks with Y on the sidelines of the BRICS summit in Kazan".)
  if (/\b(?:United Nations|UN|U\.N\.)\b/.test(sentence.text.slice(Math.max(0, gathering.index - 30), gathering.index))) return null;
  // (The place of the gathering, named near it: not "concerns about extremist elements in Canada … on the margins
  // of the G20 summit".)
  const venueAt = sentence.start + gathering.index;
  // (Nor one talked about, or still to come: "discussed preparations for the summit in Quito".)
  // (Nor the place of one to come: "the first trilateral summit, to be held in Fukuoka next month".)
  const at = parties.find((p) => isPlace(p) && (p.cue === "in" || p.cue === "at") && !ORGANISATIONS.has(p.code) && Math.abs(p.start - venueAt) <= 60 && !talkedOfAt(sentence.text, p.start - sentence.start, p.end - sentence.start) && !(p.via === "city" && UN_CITIES.test(sentence.text.slice(p.start - sentence.start, p.end - sentence.start)) && UN_SEAT.test(sentence.text)) && !(p.start > venueAt && GATHERING_TO_COME.test(sentence.text.slice(gathering.index, p.start - sentence.start))));
  // ("LIMA, Nov. 22 - A met B here Saturday on the sidelines of the leaders' meeting": "here" is where the story is
  // filed, named by its dateline.)
  const here = at ? undefined : HERE.exec(sentence.text);
  const filed = here && Math.abs(here.index - gathering.index) <= 80 ? parties.find((p) => p.cue === "dateline" && isPlace(p) && !ORGANISATIONS.has(p.code)) : undefined;
  // ("SANTIAGO — … The summit of the regional bloc, called by Chilean President X, ran for almost six hours": a
  // gathering the lead tells as held, no place named, is where the story is filed.)
  // (Not where the sentence names a place the gazetteer does not know: "flew into AlUla for the annual summit" in a
  // story filed from Dubai.)
  const lead = at || filed || sentence.index > 2 || !dateline || LATER_GATHERING.test(sentence.text) || unknownPlace(sentence, parties) ? undefined : dateline;
  if (!at && !filed && !lead) return null;
  const place = (at ?? filed ?? lead)!;
  // (The date told right after the gathering and its place: "the meeting in Johannesburg last month".)
  const date = dates?.find((d) => d.edtf && !d.future && d.start >= venueAt && d.start - venueAt <= 120)?.edtf;
  return date ? { code: place.code, sentence: sentence.index, date } : { code: place.code, sentence: sentence.index };
}

const PLACE_AFTER = /\b(?:in|into|at)\s+(?:the\s+)?(?=[A-Z][a-z])/g;
/** Whether a sentence puts something "in" or "at" a capitalised name that is no party: a place the gazetteer does not know. */
function unknownPlace(sentence: Sentence, parties: Party[]): boolean {
  for (const m of sentence.text.matchAll(PLACE_AFTER)) {
    const at = sentence.start + m.index + m[0].length;
    if (!parties.some((p) => p.start <= at && p.end > at) && !/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(sentence.text.slice(at - sentence.start))) return true;
  }
  return false;
}

/** The place of a gathering a sentence tells one attended, read as a visit there ("attended a summit in Lima"). */
export function attendedVenue(sentence: Sentence, events: EventCandidate[], from: number, published: string | null): { code: string; sentence: number } | null {
  for (let k = from; k < events.length; k++) {
    const e = events[k]!;
    // (Not a journey of months before, told beside one: "recalling his state visit to Japan in May and the meeting in
    // Beijing in October, when Aso attended the summit" sets no venue for the day's talks.)
    if (e.dated && e.date && published && !isRecent(e.date.replace(/~$/, ""), published)) continue;
    if (e.type === "visit" && e.modality === "asserted" && e.target && e.sources[0]?.rule === "event.visit" && /\battend/i.test(e.sources[0].sentence ?? "")) return { code: e.target, sentence: sentence.index };
  }
  return null;
}

/** Whether a sentence's events (from `from`) tell a visit somewhere other than `code`. */
export function visitedFrom(events: EventCandidate[], from: number, code: string): boolean {
  for (let k = from; k < events.length; k++) if (events[k]!.type === "visit" && events[k]!.modality === "asserted" && events[k]!.target !== code) return true;
  return false;
}

// A part taken in an opening ceremony, told in the sentence after it.
const CEREMONY_ROLE = /\b(?:cut the (?:ribbon|tape)|attended the (?:(?:re)?opening |inauguration |official )?(?:ceremony|inauguration|opening|reopening)|unveiled (?:a|the) plaque|raised the flag|hoisted the flag|presided over the (?:ceremony|opening|inauguration))\b/i;

// (Nor a post: "discussed a possible consulate in Punta Cana".)
// ("discussed trade, and agreed to hold the next meeting of the commission in Vientiane": a venue still to come.)
const FUTURE_VENUE = /\bto (?:hold|host|convene|meet)\b|\bnext (?:meeting|round|session|summit)\b/i;
// "discussed preparations for the bloc's meeting in Yalta", "discussed the leaders' meeting in Rarotonga": a gathering
// talked about is another one than the talks, and its town is no place of theirs (nor one "later this year").
const GATHERING_TALKED_OF = /\b(?:discuss(?:ed|es|ing)?|preparations? for|prepar(?:e|es|ed|ing) for|about|agenda of)\s+(?:[\w'’.-]+\s+){0,8}?(?:meeting|summit|conference|session|forum|gathering|talks)\s+(?:in|at)\s+(?:the\s+)?$/i;
const LATER_ON = /^\s*,?\s+(?:later (?:this|in the|next)|next (?:week|month|year)|(?:this|in the) coming)\b/i;

// "signed a roadmap, and the joint venture assembling trucks in Cusco is …": a clause ", and" opens on a subject of its
// own ("the", "a" and a noun) tells where something else is.
const OWN_CLAUSE_BETWEEN = /, and (?:the|a|an) /i;

/** Whether the place at `start`…`end` of `text` is a gathering's talked of or to come, not one's where it stands. */
function talkedOfAt(text: string, start: number, end: number, from = Math.max(0, start - 120)): boolean {
  return GATHERING_TALKED_OF.test(text.slice(from, start)) || LATER_ON.test(text.slice(end, end + 24));
}
// ("a memorandum to cooperate on development programs in A": where the work is done, not where it was signed.)

// (Nor an envoy's post: "received X, Peru's ambassador in Quito, who flew in" met X where the receiver is.)
export const TOPIC_IN = /\b(?:situations?|crisis|conflict|war|developments|peace|violence|fighting|issues?|elections?|security|stability|events|embass(?:y|ies)|consulates?(?:[- ]general)?|high commissions?|programs?|programmes?|projects?|investments?|operations|markets?|trade|exports?|imports?|ports?|routes?|corridors?|communit(?:y|ies)|diaspora|workers|nationals|citizens|students|ambassadors?|envoys?|consuls?(?:[- ]generals?)?|high commissioners?|charg[ée]s? d['’]affaires)\s+in\s+(?:the\s+)?$/i;

/** The state's officials in a clause are all envoys posted abroad (no visitors: they live where they are). */
const ENVOYS_MET = /^\s+with\s+(?:the|all|both)\s+(?:[\w-]+\s+){0,2}(?:ambassadors|envoys|high commissioners)\b/i;
function onlyEnvoys(parties: Party[], code: string, text: string): boolean {
  const officials = parties.filter((p) => p.code === code && p.official);
  // ("received the ambassadors of Chile and Norway": states named as envoys', the first or one listed after it, with
  // no one named.)
  if (!officials.length) return parties.some((p, k) => p.code === code && (p.envoy || listedAfterEnvoy(parties, k, text)));
  // (A diplomat is posted too: "X, who heads the U.S. Office in Pristina, held talks with …" in Pristina.)
  return officials.every((p) => p.role !== undefined && (RESIDENT_ROLES.has(p.role) || p.role === "diplomat"));
}

/** Whether parties[k] is listed after an envoy's state ("the ambassadors of Chile, Peru and Norway"). */
function listedAfterEnvoy(parties: Party[], k: number, text: string): boolean {
  for (let j = k; j > 0 && parties[j]!.via === "actor" && parties[j - 1]!.via === "actor" && listJoint(text.slice(parties[j - 1]!.end, parties[j]!.start)); j--) {
    if (parties[j - 1]!.envoy) return true;
  }
  return false;
}

/** "at the White House", "at the Kremlin": a seat of government, where a meeting puts its guests in that state. */
function isSeat(text: string, p: Party): boolean {
  // (Not a name several states give their ministry: "called on the minister at the Foreign Office" in Islamabad.)
  const name = text.slice(p.start, p.end);
  return p.via === "actor" && lookupActorName(name)?.kind === "body" && !SHARED_SEAT_NAME.test(name);
}
const SHARED_SEAT_NAME = /^(?:the )?Foreign Office$/i;


// "In Abuja on Wednesday, X held talks": a place, and perhaps a day, before the one comma ahead of the clause's verb.
const OPENING_PLACE = /^\W*(?:In|At)\s+[^,;]{1,40},\s+[^,;]{1,60}$/;
// ("In Bamako on December 21 the emir held talks": so too with no comma, before a pronoun or a bare title.)
const OPENING_PLACE_BARE = /^\W*(?:In|At)\s+[A-Z][^,;]{0,50}?\s(?:he|she|they|the\s+(?:[A-Za-z]+\s+){0,2}[A-Za-z]+)\s+(?:also\s+|then\s+|later\s+)?$/;

/** The place an opening "In X," names, for the clause that follows it. */
export function openingPlace(ctx: SentenceContext, start: number): Party | undefined {
  const opening = ctx.text.slice(ctx.sentence.start, start);
  const placed = (p: Party | undefined) => p !== undefined && (p.cue === "in" || p.cue === "at") && isPlace(p);
  if (OPENING_PLACE.test(opening)) {
    const comma = ctx.text.indexOf(",", ctx.sentence.start);
    return ctx.parties.find((p) => p.end <= comma && placed(p));
  }
  if (!OPENING_PLACE_BARE.test(opening)) return undefined;
  // (Only the first party, a place: "In Bamako the emir …", not a place told after it.)
  const first = ctx.parties.find((p) => p.end <= start);
  return placed(first) ? first : undefined;
}

// Between a place and the verb "and" joins to the one before it: "in Beijing on Wednesday and ".
const PLACE_AND = /^[^,;.]{0,40}\band\s+(?:then\s+)?$/;
// (A post's town is no one's whereabouts: "opened an embassy in Lima and signed".)
const POST_BEFORE_PLACE = /\b(?:embassy|consulate|mission|office|post)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$/i;

/** "stood beside X in Beijing on Wednesday and signed": the place of the verb before "and", for the one after it. */
export function placeBeforeAnd(ctx: SentenceContext, start: number): Party | undefined {
  const place = partiesBefore(ctx, start).find((p) => p.start >= ctx.sentence.start);
  if (!place || (place.cue !== "in" && place.cue !== "at") || !isPlace(place) || !PLACE_AND.test(ctx.text.slice(place.end, start))) return undefined;
  return POST_BEFORE_PLACE.test(ctx.text.slice(Math.max(ctx.sentence.start, place.start - 40), place.start)) ? undefined : place;
}

// "in the northern Chinese city of Tianjin", "in the Red Sea port of Jeddah": the town after its description.
// ("signed a security agreement with China in April, raising alarm in Washington": a place in a participle's clause
// after a comma is where that happened, not where the deal was made.)
const PARTICIPLE_BETWEEN = /,\s+(?:(?:so|thus|further|again)\s+)?(?:raising|prompting|sparking|drawing|triggering|causing|angering|alarming|provoking|leaving|making|putting)\b/i;
// ("between A and B's Foreign Secretary X, the senior civil servant at the Ministry of External Affairs": a seat in a
// description of someone is no venue.)
const IN_APPOSITION = /,\s+(?:the|an?)\s+[^,;]{0,60}$/i;
const HOST_ARRIVED = /\b(?:landed|arrived|flew in|touched down)\b/i;
// (A deal signed, not agreed by telephone or an exchange of notes: "signed an accord on Sunday" in a story filed from
// one side's town was signed there.)
const SIGNED_HERE = /^(?:signed|signing|inked|put (?:their|his|her) names? to)$/i;
const WITNESS_LIST_ON = /^(?:,|,?\s+and)\s+(?:[\w'’.-]+\s+){0,6}$/;
// ("signed two protocols at the University of Zurich": a seat named for its town is in it.)
const IN_TOWN_OF = /\b(?:in|at)\s+(?=the\s+(?:[\w-]+\s+){0,3}(?:city|town|port|resort|village|capital|[Uu]niversity|[Pp]alace|[Cc]astle)\s+of\s+$)/i;

/**
 * Where the venue phrase of place `p`, read after `from`, opens ("in Lima", "in the southern city of Lima": at "the"),
 * or -1 when `p` is no venue: named "of" outside such a phrase, or a topic ("talks on the situation in Lima").
 */
// ("met face to face in Argyle, St Vincent and the Grenadines": a town the gazetteer lacks, then its state.)
const TOWN_THEN_COMMA = /\b(?:in|at)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}[\p{Lu}][\p{L}'’-]*,\s+(?:the\s+)?$/u;
const SHORE_AFTER = /^['’]s\s+(?:[\w-]+\s+)?(?:coast|shore|soil|island|side of the border)\b/;

function venueOf(text: string, p: Party, from: number): number {
  let at = p.start;
  if (p.cue === "of") {
    const before = text.slice(Math.max(from, p.start - 60), p.start);
    const m = IN_TOWN_OF.exec(before);
    if (!m) return -1;
    at = p.start - before.length + m.index + m[0].length;
  }
  return TOPIC_IN.test(text.slice(Math.max(from, at - 30), at)) ? -1 : at;
}

/**
 * The visits that talks or a deal between `source` and `target` imply (SCHEMA.md conventions). Apart from
 * readRuleEvents: V8 waits longer before optimising a longer function, and compiles it whole.
 */
export function readTalkVisits(reading: MatchReading, ctx: SentenceContext, stateCtx: SentenceContext, source: Party, target: Party, t: number, eventDate: string | null, officials: Set<string>, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { rule, trigger, start, end, clauseTo, whereBefore, talks, inClause, modality, isDated, passive, published } = reading;
  const sentence = ctx.sentence;
  // A place "in" the trigger's clause, of the side (or of neither side) the visit is read from.
  // (A topic is no venue: "talks on the situation in South Sudan".)
  const wherePlace = talks ? whereBefore : undefined;
  // ("at the airport in Argyle, on St Vincent's windward coast": so too a state's shore or soil.)
  // ("talks in Beijing between A and B": so too a place inside the trigger's words.)
  const placeIn = (test: (p: Party) => boolean) => stateCtx.parties.find((p) => (p.start >= end || (p.start > start && p.end < end && p.cue === "in")) && p.end <= clauseTo && (p.cue === "in" || (p.cue === "at" && isSeat(ctx.text, p)) || p.cue === "of" || (p.cue === "on" && SHORE_AFTER.test(ctx.text.slice(p.end, p.end + 30))) || (p.cue === "," && TOWN_THEN_COMMA.test(ctx.text.slice(Math.max(end, p.start - 40), p.start)))) && isPlace(p) && venueOf(ctx.text, p, end) >= 0 && !FUTURE_VENUE.test(ctx.text.slice(end, p.start)) && !talkedOfAt(ctx.text, p.start, p.end, end) && !RELATIVE_BETWEEN.test(ctx.text.slice(end, p.start)) && !OWN_CLAUSE_BETWEEN.test(ctx.text.slice(end, p.start)) && !PARTICIPLE_BETWEEN.test(ctx.text.slice(end, p.start)) && !(p.cue === "at" && IN_APPOSITION.test(ctx.text.slice(end, p.start))) && test(p)) ?? (wherePlace && test(wherePlace) ? wherePlace : undefined);
  // ("was signed in Istanbul on Nov. 27 by A and B, prime minister of the government in Tripoli": the place right after
  // the verb is where it happened, whichever side's; a town further on may describe a signer.)
  const first = talks ? placeIn(() => true) : undefined;
  const rightAfter = first && first.start - end <= 4 ? first : undefined;
  const place = talks ? (rightAfter ? (rightAfter.code === target.code ? rightAfter : undefined) : placeIn((p) => p.code === target.code)) : undefined;
  const home = talks && !place && !/^(?:received|receives|receiving|hosted)$/i.test(trigger) ? (rightAfter ? (rightAfter.code === source.code ? rightAfter : undefined) : placeIn((p) => p.code === source.code)) : undefined;
  // Talks told with no place, in a story filed from one side's city ("TRIPOLI — …") and set nowhere else so far,
  // were held there. (A dateline may be the outlet's home: "KUALA LUMPUR: At the summit in Labuan Bajo, …".)
  // (Nor where the sentence tells a journey of its own: "after X visited Nairobi in May, when the two sides discussed …".)
  // (Places named in the dateline's state keep it: "PRETORIA — X met A's president, before hosting B's at a dinner in
  // Johannesburg".)
  // (A journey told in a later clause is another's: "SEATTLE — A and B met here on Friday, the first meeting since C
  // visited Beijing in 1989".)
  const filedFrom = (rule.type === "meeting" || (rule.type === "agreement" && SIGNED_HERE.test(trigger))) && !place && !home && ctx.dateline && !stateCtx.parties.some((p) => (p.cue === "in" || p.cue === "at") && p.code !== ctx.dateline!.code) && !/\b(?:sidelines|visited|visiting|visits? to|travell?ed|trip to|tour of|(?:trip|journey|visit)s? abroad)\b/i.test(ctx.text.slice(sentence.start, clauseTo)) ? ctx.dateline : undefined;
  const host = home ?? (filedFrom?.code === source.code ? filedFrom : undefined);
  // Talks held or a deal signed in a third state ("met in Entebbe, Uganda", "signed the accord in Washington"):
  // both sides travelled there (not the UN's seats).
  // (So too talks told with no place in a story filed from a third state's town, not the outlet's own: "KINGSTOWN — the
  // presidents of A and B sat across a table from each other".)
  // (Only the news of the report's days: "JERUSALEM — … A and B had signed the deal on Sunday … held a first round in
  // October" tells talks held elsewhere, weeks or months before.)
  const ofTheDay = !isDated || !eventDate || !published || isRecent(eventDate, published);
  const third = talks && !place && !host ? (placeIn((p) => p.code !== source.code && p.code !== target.code) ?? (filedFrom && filedFrom.code !== target.code && filedFrom.code !== ctx.dominant && ofTheDay ? filedFrom : undefined)) : undefined;
  if (third && !UN_SEAT.test(sentence.text) && !atUnSeat(ctx.text, third) && t === 0) {
    for (const side of [source, target]) events.push({ type: "visit", source: side.code, target: third.code, date: eventDate, modality, officials: new Set(inClause.filter((p) => p.official && p.code === side.code).map((p) => p.official!)), mission: null, sources: [provenance(sentence, start, third.end, `${rule.id}-abroad`, 0.5)], order: start, dated: isDated, passive, sentence: sentence.index });
  }
  // Those a signing abroad was held before came there too: "signed two protocols at the University of Zurich in the
  // presence of U.S. Secretary of State X and Russian Foreign Minister Y".
  const venue = rule.type === "agreement" && t === 0 ? (third ?? place ?? home) : undefined;
  if (venue && !UN_SEAT.test(sentence.text)) {
    const seen = new Set([source.code, target.code, venue.code]);
    let last: Party | undefined;
    for (const w of stateCtx.parties) {
      if (w.via !== "official" || w.start < end) continue;
      // (The list goes on past the words "in the presence of" reach: "…, A, B and French Foreign Minister C".)
      const listed = last !== undefined && WITNESS_LIST_ON.test(ctx.text.slice(last.end, w.start));
      if (!(listed || w.cue === "witness" || witnessed(ctx.text, w))) continue;
      last = w;
      if (seen.has(w.code) || ORGANISATIONS.has(w.code)) continue;
      seen.add(w.code);
      events.push({ type: "visit", source: w.code, target: venue.code, date: eventDate, modality, officials: new Set(w.official ? [w.official] : []), mission: null, sources: [provenance(sentence, w.start, w.end, `${rule.id}-witness-abroad`, 0.5)], order: w.start, dated: isDated, passive, sentence: sentence.index });
    }
  }
  // ("held talks with the three ambassadors": the sides a word for envoys named before stands for, after the verb.)
  const metEnvoys = ENVOYS_MET.test(ctx.text.slice(end, end + 50));
  const resident = onlyEnvoys(inClause, source.code, ctx.text) || (metEnvoys && source.start >= start);
  // (Nor is an envoy posted there a visitor: "the President held talks with Ambassador Mori".)
  const guestResident = onlyEnvoys(inClause, target.code, ctx.text) || (metEnvoys && target.start >= start);
  if (host && !guestResident) events.push({ type: "visit", source: target.code, target: source.code, date: eventDate, modality, officials: new Set(inClause.filter((p) => p.official && p.code === target.code).map((p) => p.official!)), mission: null, sources: [provenance(sentence, start, host === home ? home.end : end, `${rule.id}-abroad`, 0.55)], order: start, dated: isDated, passive, sentence: sentence.index });
  else if (filedFrom?.code === target.code && !resident && !atUnSeat(ctx.text, filedFrom)) events.push({ type: "visit", source: source.code, target: target.code, date: eventDate, modality, officials: new Set(inClause.filter((p) => p.official && p.code === source.code).map((p) => p.official!)), mission: null, sources: [provenance(sentence, start, end, `${rule.id}-abroad`, 0.5)], order: start, dated: isDated, passive, sentence: sentence.index });
  // "met President X on the first leg of his four-nation visit": talks during the subject's own trip are abroad.
  // (Read only where it decides, for talks with no place: not for every pair of every trigger.)
  // (The guest's trip where the subject hosts: "Muscat hosted X in February, his first trip abroad".)
  const onTrip = () => rule.type === "meeting" && !/^(?:received|receives|receiving|hosted|hosts|hosting)$/i.test(trigger) && ON_TRIP.test(sentence.text.slice(end - sentence.start));
  // (An envoy posted there is no visitor: "Australia's High Commissioner to India met … in New Delhi".)
  // (Nor is talking to the other's envoy on a trip a trip to the envoy's state: "Speaking to the Malaysian High
  // Commissioner, the President recalled his visit".)
  if (!resident && (place || (onTrip() && !guestResident && !stateCtx.parties.some((p) => p.cue === "in" && p.code !== target.code)))) {
    events.push({ type: "visit", source: source.code, target: target.code, date: eventDate, modality, officials: new Set(officials), mission: null, sources: [provenance(sentence, start, place?.end ?? end, `${rule.id}-abroad`, 0.6)], order: start, dated: isDated, passive, sentence: sentence.index });
  }
  // "The Foreign Minister received X": the guest came to the host, unless the sentence puts them elsewhere.
  // (A place, not a person: "at his residence" puts no one elsewhere.)
  // (Read only for a guest received: not for every pair of every trigger.)
  // (In the trigger's clause: not a topic of the next one, "hosted him in Moscow, when they discussed the war in Gaza".)
  // ("The Spanish monarch, who landed on Saturday night, received X at the residence of the Spanish ambassador": a host
  // whose own arrival the sentence tells is abroad.)
  const elsewhere = () => stateCtx.parties.some((p) => (p.cue === "in" || p.cue === "at") && isPlace(p) && p.code !== source.code && (p.start < start || p.end <= clauseTo)) || /\bsidelines\b/i.test(sentence.text) || HOST_ARRIVED.test(ctx.text.slice(sentence.start, start));
  // (An envoy's call on the minister is no visit: "received the courtesy call of the new Ambassador of Mongolia".)
  if (rule.type === "meeting" && /^(?:received|receives|receiving|hosted)$/i.test(trigger) && !guestResident && target.start > end && !ORGANISATIONS.has(source.code) && !elsewhere()) {
    // ("He was hosted by X": the subject is the guest.)
    const hostedBy = PASSIVE_BEFORE.test(ctx.text.slice(Math.max(0, start - 24), start));
    // (Whichever side the reading put first: the one named before a passive verb is the guest.)
    const [guest, host] = hostedBy ? (source.start < start ? [source, target] : [target, source]) : [target, source];
    // (A visit is to a state: "was received by the Secretary-General of ASEAN" visits no organisation.)
    if (!ORGANISATIONS.has(host.code)) events.push({ type: "visit", source: guest.code, target: host.code, date: eventDate, modality, officials: new Set(officials), mission: null, sources: [provenance(sentence, start, target.end, "event.received-guest", 0.55)], order: start, dated: isDated, passive, sentence: sentence.index });
  }
}

const ON_TRIP = /\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}(?:visit|tour|trip)\b|\bleg of\b/i;

// (A gathering to come, or one elsewhere before: "will hold a summit", "at last year's summit".)
const LATER_GATHERING = /\b(?:will|would|next|upcoming|planned|proposed|to be held|due to|scheduled|last year['’]s|previous|earlier)\b/i;
export const VENUE = /\b(?:summit|conference|forum|ministerial meeting|leaders' meeting)\b/i;
// A gathering named, for one attended in the sentence after: also "the G20 foreign ministers' meeting".
export const GATHERING_NAMED = /\b(?:summit|conference|forum|(?:ministerial|(?:ministers|leaders)['’]) meeting)\b/i;
// "both attended the two-day gathering": a gathering told before, no place named with it.
export const ATTENDED_THE = /\battended the (?:[\w-]+ ){0,2}(?:gathering|meeting|summit|conference|forum|session)\b(?! (?:in|at|of|on) [A-Z])/;

/** Sides of talks held at a venue abroad travelled there: one visit each (SCHEMA.md conventions). */
export function addVenueVisits(events: EventCandidate[], venue: { code: string; sentence: number } | null, published: string | null): EventCandidate[] {
  if (!venue) return events;
  // (Not the background's: "Tokyo signed similar agreements with Australia in January 2022" happened elsewhere.)
  const background = (e: EventCandidate) => e.dated && e.date !== null && published !== null && !isRecent(e.date.replace(/~$/, ""), published);
  const out: EventCandidate[] = [];
  for (const e of events) out.push(e);
  // (A visit of the background is another journey: "had last hosted him in Moscow in August".)
  const visitors = new Set(events.filter((e) => e.type === "visit" && e.target === venue.code && !background(e)).map((e) => e.source));
  const has = (source: string) => visitors.has(source);
  // (Nor talks its own sentence places elsewhere: "… at a conference in London. … when the two met at the summit in
  // Addis Ababa" travelled to Addis Ababa.)
  const elsewhere = new Set(events.filter((e) => e.type === "visit" && e.target !== venue.code && e.modality === "asserted").map((e) => e.sentence));
  // (Nor talks after one who met at the gathering went on elsewhere: "From South Africa, Lula flew to Luanda …. The two
  // presidents held talks at the palace".)
  const talks = (e: EventCandidate) => (e.type === "meeting" || e.type === "agreement") && e.modality === "asserted";
  let movedOn = Infinity;
  for (const v of events) if (v.type === "visit" && v.modality === "asserted" && v.target !== venue.code && v.sentence > venue.sentence && v.sentence < movedOn && !background(v) && events.some((m) => talks(m) && m.sentence >= venue.sentence && m.sentence < v.sentence && (m.source === v.source || m.target === v.source))) movedOn = v.sentence;
  for (const e of events) {
    if (!talks(e) || e.sentence < venue.sentence || e.sentence >= movedOn || background(e) || elsewhere.has(e.sentence)) continue;
    for (const side of [e.source, e.target]) {
      if (side === venue.code || ORGANISATIONS.has(side) || has(side)) continue;
      out.push({ ...e, type: "visit", source: side, target: venue.code, officials: new Set(), mission: null, sources: e.sources.map((x) => ({ ...x, rule: "event.venue-visit", confidence: 0.5 })) });
      visitors.add(side);
    }
  }
  return out;
}
