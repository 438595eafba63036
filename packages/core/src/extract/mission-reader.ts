// Pass 2's reader of posts: the missions a sentence names and the events that open, close, move or reshape them,
// dated and vetted against the verbs around each post.
import type { EventType, Modality } from "../model/event.js";
import type { MissionStatus } from "../model/mission.js";
import type { EventCandidate, FallbackDate, MissionCandidate, ProvenanceOf } from "./candidates.js";
import { conditionAfter } from "./clauses.js";
import { AND_VERB_WORDS, clauseBefore, clauseEnd, type SentenceContext } from "./context.js";
import { type DateMention, NUMBER_WORDS } from "./dates.js";
import { firstOfSentence, lastDated, LATER, laterThan, referredDate } from "./event-dates.js";
import type { ExtractOptions } from "./extract.js";
import { addSource } from "./merge.js";
import { decidedWhenAnnounced, modalityOf } from "./modality.js";
import { cityOf, findMissionMentions, type MissionMemory, type MissionMention, RELATIVE_AFTER, wordGate } from "./missions.js";
import { nearestDate, whenHungOn } from "./nearest-date.js";
import { isPlace } from "./party-kinds.js";
import { clauseParties, relativeClause, relativeSpan } from "./relative-clauses.js";
import { MISSION_CUES, MISSION_KIND_PATTERNS, type MissionCue } from "./rules/missions.js";
import type { Sentence } from "./sentences.js";

// (Module constants, not inline: see unaccented.ts.)
const WORD_RUN = /^[\p{L}\p{M}]*/u;

const DEFINITE_BEFORE = /(?:\bthe\s+|['’]s\s+)(?:[\w-]+\s+){0,2}$/i;
const DETERMINED = /(?:\b(?:the|its|their|his|her|our|this|that|these|those|both|each|whose|an?)\s+|['’]s\s+)(?:[\w-]+\s+){0,3}$/i;
const RULED_OUT = /^[^.;,]{0,30}?\b(?:is|was|are|were|remains?|remained)\s+(?:not|no longer)\s+(?:on the table|an option|under consideration|being (?:considered|discussed|planned)|planned|envisaged|on the agenda)\b/i;
const NO = /no/i;
// ("a Costa Rican interests section operating at the Embassy of Mexico", "a consulate that has operated in Tabriz since
// 2004": so too a post told at work by its own verb.)
const AT_WORK = /^(?:\s+in\s+[^,;]{1,30})?(?:,\s+which\s+(?:serves|handles|covers|represents|provides|processes|issues|manages|oversees)\b|,?\s+(?:(?:has|have|had)\s+)?(?:operating|functioning|based|housed|operated|operates|functioned|functions|worked|working|works)\s+(?:at|in|out of|from|within|under)\s|\s+(?:that|which)\s+(?:operates|functions|has operated|has functioned|has been operating)\b)/i;

// (", prompting China to downgrade ties": a consequence told of another state.)
// (", and plans a mission in Australia": a verb of its own after the post.)
// ("reopened the British Embassy in Tehran, nearly four years after it closed": a clause of time on the post's past.)
const OTHER_CLAUSE = new RegExp(`;|,?\\s+(?:while|whereas|but)\\b|,\\s+(?:[\\w-]+\\s+){0,4}(?:after|since|before)\\s+it\\s+(?:was\\s+|had\\s+(?:been\\s+)?)?(?:[a-z]+ed|shut|cut)\\b|,\\s+(?:prompting|forcing|leading|causing|sparking|triggering|drawing)\\b|,\\s+and\\s+${AND_VERB_WORDS}\\b`, "i");

const OPENING_SUBORDINATE = /^\W*(?:Until|Once|When|If|Unless|Before|After)\b[^,;]*,/;
// Between a verb and the post it governs: "reopened its embassy", "opened a new consulate general".
// ("inaugurated Chile's embassy", "inaugurated the new premises of Chile's embassy": a state's possessive, a building of it.)
const GOVERNED = /^\s*(?:(?:the\s+)?(?:new\s+)?(?:premises|building|chancery|headquarters|seat)\s+of\s+)?(?:(?:its|their|his|her|the|an?|our)\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)?(?:(?:new|first|own|former|temporary)\s+)?$/iu;
// ("the opening of a new embassy": a verbal noun governs through "of".)
const GOVERNED_OF = /^\s+of\s+(?:(?:its|their|his|her|the|an?|our)\s+)?(?:(?:new|first|own|former|temporary)\s+)?$/i;
const governs = (between: string, verb: string) => GOVERNED.test(between) || (/ing$/i.test(verb) && GOVERNED_OF.test(between));
const CLAUSE_BREAK = /[—–;(]|,\s|\sand\s/;
const NOUN_OBJECT = /\b(?:on|about|regarding|concerning|for|of)\s+(?:the\s+)?$/i;
// (", and since then X's interests have been handled by …": a time word opening the next clause too.)
const NEW_SUBJECT = /;\s*|,\s+(?:and|but|while|whereas)\s+(?=[A-Z]|(?:since then|since|meanwhile|now)\b)/g;

const MINISTERS: ReadonlySet<string> = new Set(["head-of-state", "head-of-government", "foreign-minister", "deputy-foreign-minister", "minister"]);
const REPORTED = /\b(?:that|said|says|told|announced|stated|noted|explained|elaborated|added|confirmed)\b/i;

// A reporting verb right before a date: "announced on Tuesday", "told reporters late on Monday", "said Friday".
// A future before a clause of time whose verb follows: "will take up her duties when the office opens".
// ("dismissed as untrue reports in several news outlets that the ministry would close its embassy": what reports a
// denial names are no act, however far the denial.)
const DENIED_REPORT = /\b(?:dismiss(?:ed|es|ing)|denied|denies|deny|rejected|rejects)\b[^.;]{0,60}\b(?:reports?|claims?|rumou?rs?|speculation|suggestions?)\b[^.;]{0,60}\bthat\b[^.;]*$/i;
const FUTURE_WHEN = /\b(?:will|would|shall|is to|are to)\s[^,;.]{0,60}\b(?:when|once|as soon as|after|until|before)\s+(?:the\s+|its\s+|their\s+|a\s+|new\s+)*(?:[\w-]+\s+){0,3}$/i;

const UNDER_WAY_CUE = /^(?:establishing|setting up)\b/i;
// "The consulate in X will be upgraded to an embassy": a post's change of rank still to come, after the post.
const TO_BE_BEFORE = /\b(?:will|would|shall|is to|are to|is set to|are set to|is going to|are going to)\s+(?:soon\s+|now\s+|also\s+|eventually\s+|shortly\s+)?be\s+$/i;
const UNDER_WAY_BEFORE = /\b(?:is|are)\s+(?:now\s+|currently\s+|still\s+|in the process of\s+)?$/i;

// A verb of saying in the past before a plan: "Canada announced its intention to open an embassy in X in October 2023".
const ANNOUNCED_PAST = /\b(?:announced|said|declared|stated|confirmed|revealed|disclosed|unveiled)\b/i;

/**
 * A date right after a post planned by a past verb of saying, itself past at publication: the day it was said, not
 * the opening's ("announced its intention to open an embassy in X in October 2023"; not "said it would open it in 2026").
 * (The verb may be the plan's own cue: "announced plans for embassies in A and B in July last year".)
 */
function announcedBefore(ctx: SentenceContext, dates: DateMention[], postEnd: number, head: string, published: string | null): string | null {
  if (!published || !ANNOUNCED_PAST.test(head)) return null;
  const d = dates.find((x) => x.start >= postEnd && x.start - postEnd <= 60);
  if (!d?.edtf || d.future || d.edtf.includes("/") || d.edtf >= published.slice(0, d.edtf.length)) return null;
  // (Right after the post and its place: "in Yerevan in October 2023".)
  return POST_PLACE_THEN_DATE.test(ctx.text.slice(postEnd, d.start)) ? d.edtf : null;
}
// (Or places: "embassies in Tonga and Kiribati in July last year".)
const POST_PLACE_THEN_DATE = /^(?:,? in (?:the )?(?:\p{Lu}[\p{L}'’.-]*,? ){1,4}(?:and (?:the )?(?:\p{Lu}[\p{L}'’.-]*,? ){1,4})?)?(?:in |on |last )?$/u;
// ("announced plans for a consulate in A during his visit to B in May": so does the occasion it was announced on.)
const ANNOUNCED_ON = /\b(?:announced|said|declared|stated|confirmed|revealed|disclosed|wrote|tweeted|posted|told(?:\s+[\w-]+){0,4})\s+(?:late\s+|early\s+|earlier\s+)?$|\bduring\s+(?:his|her|their|its|a|an|the)\s+(?:[\w-]+\s+){0,2}(?:visit|trip|tour|stay)\s+(?:to|in)\s+[^,;.]{1,30}?\s+$/i;

// Between two posts, what makes the second another clause's: ", which will complement", "and now covers".
const OWN_VERB_BETWEEN = /\b(?:which|that)\b|\band (?:now |still |later |also )?(?!(?:its|his|this|thus|towns|cities)\b)[a-z]+(?:s|ed)\b/;
// (And a noun phrase about its town: "the Consulate General of Vietnam in Busan, the second largest city of the
// Republic of Korea (RoK), was officially inaugurated".)
// (Or a place's own aside: "the Consulate General of Uzbekistan in Osh, Kyrgyzstan's second-largest city, opened …".)
const POST_ASIDE = /^(?:\s+(?:of|in)\s+[^,;]{1,40})*,\s+(?:(?:headed|run|led|staffed|located|based|without|with|still|now|once|long)\b|(?:the|a|an)\s|[A-Z][\p{L}-]*['’]s\s)[^,;]{1,80},/iu;
// (Past a phrase of cause or means: "closed its embassy in Lusaka in 2011 as part of a review of its network, but reopened it".)
// ("resumed the operations of its embassy in Damascus on Dec. 14, twelve years after suspending them in March 2012": the
// earlier change, told by a participle after "after".)
const POST_AGAIN = /^[^;]{0,100}?\s(?:but|and|then|before|only to|after)\s+((?:(?:later|then|subsequently|eventually|finally)\s+)?[a-z]+(?:\s+down)?\s+it|(?<=after\s+)[a-z]+ing\s+(?:it|them))\b/i;
// (Or a participle with its date: "the embassy in Lima, shut since 2019, reopened".)
const BEING_CHANGED = /^[^.;]{0,100}?\b(?:after|following|since)\s+(?:being|having\s+been)\s+((?:(?:first|temporarily|abruptly)\s+)?(?:closed|shut(?:\s+down)?|suspended|evacuated)\b(?!\s+(?:for|since)\b)[^.;]*)/i;
const POST_RELATIVE = /,\s+(?:which|a\s+(?:move|decision|step)(?=\s+\w+ed\b))\s+[^,;]*|,\s+(?:(?:first|originally|temporarily)\s+)?(?:closed|shut|opened|reopened|established|inaugurated|suspended|evacuated|set\s+up)\s+(?:in|since|on|during|after|last|earlier)\b[^,;]*(?=,)/i;

// A post's name after its noun: " of Costa Rica in the Republic of Trinidad and Tobago".
const POST_LISTED_AFTER = /^(?:,?\s+and|,)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}(?:[Ee]mbass(?:y|ies)|[Cc]onsulates?(?:[- ][Gg]eneral)?|[Hh]igh [Cc]ommissions?|(?:[Rr]epresentative |[Tt]rade |[Ll]iaison )?[Oo]ffices?)(?:\s+(?:of|in|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|of|the)\s+)?\p{Lu}[\p{L}'’.-]*)*)+/u;
const POST_NAMED_AFTER = /^(?:\s+(?:of|in|to|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:and|of|the)\s+)?\p{Lu}[\p{L}'’.-]*)*)+/u;
// (Most windows hold the words of one or two cues: the others are not searched.)
const FIRST_SINCE_BEFORE = /\bfirst\b[^,;.]{0,30}\bsince\s+(?:[^,;.]{0,80}\s)?$/i;
const FIRST_BEFORE = /\bfirst\b[^,;.]{0,30}$/i;
/** Whether date `d` starts a span "the first time since" measures from, the "since" before it or its own ("since 1991"). */
function spanStartDate(text: string, d: DateMention, from: number): boolean {
  const before = text.slice(Math.max(from, d.start - 100), d.start);
  return FIRST_SINCE_BEFORE.test(before) || (text.startsWith("since", d.start) && FIRST_BEFORE.test(before));
}
// "an embassy", "a new embassy", "a Solomon Islands mission": a post named with the indefinite article, a word or a
// state's name of up to three words between.
const INDEFINITE_BEFORE = /\b[Aa]n?\s+(?:\w+\s+|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3})?$/u;
// After a post's relative clause, the post's own predicate: ", reopened on Wednesday", ", has been closed", ", also
// resumed operations".
const PREDICATE_AFTER = /^,\s+((?:(?:has|have|had|was|were|is|are|will|would)\s+(?:(?:also|now)\s+)?(?:(?:been|be)\s+)?)?(?:(?:\w+ly|also|then|now|later|again|finally)\s+)?(\w[^,;]*))/i;
// Between a post and the act that establishes it: "… in Ethiopia under a decree", "… by a law".
const UNDER_ACT = /^(?:\s+(?:in|at)\s+[^,;]{1,40}?)?\s+(?:under|by|in accordance with|pursuant to)\s+(?:an?\s+|the\s+)?(?:(?:presidential|royal|government|executive|new)\s+)?$/i;
// Between a post and its approval in the passive: "… of Pakistan in Chattogram was".
const PASSIVE_APPROVAL = /^[^,;]{0,80}?\s(?:was|were|has been|had been|have been)\s+(?:formally\s+|officially\s+)?$/i;
// Between the post's verb and a later one: a time clause opens ("… after a brief closure", "… since it was shut").
const TIME_CLAUSE_OPENS = /\b(?:after|following|since|before|until|when|amid)\b/i;
const CUE_GATE = wordGate(MISSION_CUES);
const SECOND_PREDICATE = /\s+and\s+(?:is|are|will|would|has|have|remains?)\s/i;

const PLEDGED_TO_OPEN = /\b(?:pledged|promised|vowed|committed|decided|agreed)\s+to\s+(?:re-?)?(?:open|establish|set\s+up)\b/i;
const NOT_PLEDGED = /\b(?:not|never|if|whether)\b/i;
const ANNOUNCED = MISSION_CUES.find((c) => c.id === "mission.announced")!;

/** "…, which was shut in 2013", "…, a move approved by the government last year": a past change of the post just named, dated by its own words. */
const SINCE_STATE = /^,\s+(?:which\s+)?(?:(?:has|had|have)\s+been\s+)?(?:closed|shut|suspended)\s+since\b/i;
function readPostRelative(ctx: SentenceContext, found: MissionMention, from: number, end: number, published: string | null, provenance: ProvenanceOf, events: EventCandidate[], missions: MissionCandidate[]): void {
  // ("…, which was set up under a decision in March and is scheduled to open later this month": the clause's first
  // predicate, not the second's future.)
  const second = SECOND_PREDICATE.exec(ctx.text.slice(from, end));
  const to = second ? from + second.index : end;
  const clause = ctx.text.slice(from, to);
  // ("…, which Secretary X pledged to reopen when he visited Fiji": a pledge told in the past is the announcement.)
  const pledged = PLEDGED_TO_OPEN.test(clause) && !NOT_PLEDGED.test(clause);
  const cue = pledged ? ANNOUNCED : MISSION_CUES.find((c) => !c.future && c.event && c.pattern.test(clause));
  if (!cue?.event || (!pledged && modalityOf(clause) !== "asserted")) return;
  // ("…, nearly 30 years after closing it": that many years before the report.)
  // (Counted from the day the sentence gives before it: "reopened it on December 28, 31 years after closing it".)
  const told = ctx.dates.findLast((d) => d.end <= from && d.start >= ctx.sentence.start && d.edtf !== null && !d.future && /^\d{4}/.test(d.edtf));
  const date = nearestDate(ctx, ctx.dates.filter((d) => d.start >= from && d.end <= to), from, to, published) ?? timeBefore(ctx.text.slice(Math.max(ctx.sentence.start, from - 40), from), told?.edtf ?? published);
  const source = provenance(ctx.sentence, from, to, cue.id, 0.65);
  const mission = { sender: found.sender, host: found.host, kind: found.kind, city: found.city };
  // ("reopened Eritrea's embassy in Addis Ababa, closed since the border war": a state that lasted until the sentence's
  // own change, before it however late it is told: the post's status is the change's.)
  const order = SINCE_STATE.test(clause) ? ctx.sentence.start : from;
  missions.push({ ...mission, status: cue.status, date, dated: date !== null, order, sources: [source], generic: found.generic || undefined });
  events.push({ type: cue.event, source: found.sender, target: found.host, date, modality: "asserted", officials: new Set(), mission, sources: [source], order: from, dated: date !== null, passive: false, sentence: ctx.sentence.index });
}

/** A later or earlier change of the post told from `from` to the next comma or the clause's end ("… but shut it in 1993"). */
function readChangeFrom(ctx: SentenceContext, found: MissionMention, from: number, published: string | null, provenance: ProvenanceOf, events: EventCandidate[], missions: MissionCandidate[]): void {
  const comma = ctx.text.indexOf(",", from);
  const to = clauseEnd(ctx, from);
  readPostRelative(ctx, found, from, comma >= 0 && comma < to ? comma : to, published, provenance, events, missions);
}

/**
 * Whether a verb found near a post is not the post's own after all. (A function of its own: V8 compiles readMissions
 * whole and runs it unoptimised meanwhile.)
 */
const CLAUSE_JOINT = /[,;]\s+(?:and|while|but|whereas)\s/i;
const PARTICIPLE_CUE = /^(?:re-?)?(?:established|forged|formed)$/i;
const RELATIONS_PARTICIPLE = /\b(?:relations|ties)(?:\s+with\s+[^,;]{1,40})?,?\s+(?:which\s+(?:were|was)\s+)?(?:first\s+|formally\s+|officially\s+)?$/i;

const POST_PART = /^['’]s\s+(?:[\w-]+\s+){0,3}(?:office|section|mission|unit|department|annex|wing|services?)\s+(?:(?:was|were|is|be|been|to\s+be)\s+)?$/i;
const HOUSED_IN = /^\s+(?:at|inside|within|out\s+of|under\s+the\s+protection\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$/i;

function cueVetoed(ctx: SentenceContext, found: MissionMention, mentions: MissionMention[], cue: MissionCue, cueAt: number, cueText: string, published: string | null, speaker: boolean): boolean {
  const { sentence, dates, text } = ctx;
  // ("will reopen its embassy in A …, both shut for two decades": a participle after the posts tells how long they have
  // been shut, no closing of the day.)
  if (cue.id === "mission.closed" && cueAt > found.end && SHUT_FOR_LONG.test(text.slice(Math.max(found.end, cueAt - 12), Math.min(sentence.end, cueAt + 48)))) return true;
  // ("ordered the embassy's military cooperation office shut": a verb after a part the post owns is the part's.)
  if (cueAt > found.end && POST_PART.test(text.slice(found.end, cueAt))) return true;
  // ("began evacuating their diplomats, but the Chinese embassy in Kabul stayed open": a verb before ", but" is another
  // clause's, whose subject is not the post's.)
  if (cueAt < found.start && BUT_BETWEEN.test(text.slice(cueAt, found.start))) return true;
  // "Until it is established, the High Commission in Suva will …": a verb of an opening subordinate clause is not the
  // post's after it.
  const opener = OPENING_SUBORDINATE.exec(sentence.text);
  if (opener && cueAt < sentence.start + opener[0].length && found.start >= sentence.start + opener[0].length) return true;
  // "established diplomatic relations at a ceremony at the Permanent Mission": the verb has another object.
  // ("suspended consular services at its embassy": a service of the post, not the post.)
  // (But "suspended all visa and consular services at its assistant high commission": all the work of a consular post
  // is the post.)
  if (cueAt < found.start && /\b(?:relations|ties|agreement|accord|memorand\w*|talks|flights|cooperation|trade|communiqu\w*|protocol|(?:consular|visa) (?:services|section|department|issuance|operations|appointments))\b/i.test(text.slice(cueAt, found.start)) && !(CONSULAR_POST.has(found.kind) && ALL_SERVICES.test(text.slice(cueAt, found.start)))) return true;
  // ("A's relations with B, established in 1977, have been handled by its embassy in C": the participle of the ties.)
  if (cueAt < found.start && PARTICIPLE_CUE.test(cueText) && RELATIONS_PARTICIPLE.test(text.slice(Math.max(sentence.start, cueAt - 60), cueAt))) return true;
  // "declared two diplomats of the Latvian embassy persona non grata and decided to close Latvia's consulate": a verb
  // after the post whose object is another post named just after it moves that one.
  // (So does "that post", the same one named again: "a US embassy in Honiara in 2023 — Washington had closed that post".)
  // (Not one in a clause of its own: "A's embassy lowered its flag on Sunday, and B's embassy has been shut".)
  // (Not a post the verb's act takes place in: "an interests section would be set up at the Kuwaiti embassy".)
  // (Not a post another is made into: "Taiwan's embassy was turned into the Taipei Liaison Office", which that verb
  // opens, below.)
  const converted = CONVERTED.test(cueText);
  if (converted && cueAt < found.start && mentions.some((o) => o.end <= cueAt && cueAt - o.end <= 60 && o.sender === found.sender && o.host === found.host && o.kind !== found.kind)) return true;
  if (cueAt > found.end && !converted && mentions.some((o) => o.start > cueAt && !o.elided && o.start - (cueAt + cueText.length) <= 30 && !CLAUSE_JOINT.test(text.slice(cueAt + cueText.length, o.start)) && !HOUSED_IN.test(text.slice(cueAt + cueText.length, o.start)) && (o.kind !== found.kind || o.host !== found.host || o.sender !== found.sender || /\bth(?:at|is)\s+$/i.test(text.slice(o.start - 6, o.start))))) return true;
  // "will open an Honorary Consulate in Arequipa, which will complement the work of the Embassy in Lima": a verb before
  // another post named in between is that post's.
  // ("closed its embassy in Gaborone in 2008 and now covers Botswana from its embassy in Pretoria" likewise: a verb of
  // its own in between.)
  if (cueAt < found.start && mentions.some((o) => o.start > cueAt && o.end <= found.start && OWN_VERB_BETWEEN.test(text.slice(o.end, found.start)))) return true;
  // ("downgraded its mission after the Saudi embassy in Tehran was ransacked": a post inside a clause of time after the
  // verb is not its object.)
  if (cueAt < found.start && SUBORDINATE_BETWEEN.test(text.slice(cueAt + cueText.length, found.start))) return true;
  // ("decided to open an embassy in A, which would be its second mission after its embassy in B": a verb before a
  // relative clause the post sits in is the clause's head's.)
  if (cueAt < found.start && /,\s+(?:which|who|whose)\b/i.test(text.slice(cueAt + cueText.length, found.start))) return true;
  // "the decree brings its missions in the region to three, alongside the embassies in A and B": a post set beside the
  // verb's object is not moved by it.
  if (cueAt < found.start && BESIDE.test(text.slice(cueAt + cueText.length, found.start))) return true;
  // "Norway will open a consulate in Da Nang, the Norwegian embassy in Hanoi said": the post that tells the news is its
  // speaker, not the object of a verb before it.
  if (cueAt < found.start && speaker) return true;
  // ("The consulate is headed by X, whose appointment as honorary consul was approved by …": the verb of a "whose" clause
  // after the post is its noun's; "as Honorary Consul" is a person's title, and "approved by the Government on the
  // proposal of the Embassy" a passive whose subject came before the post.)
  if (cueAt > found.end && /\bwhose\s+[a-z]/i.test(text.slice(found.end, cueAt))) return true;
  if (/\bas\s+(?:the\s+|an?\s+)?$/i.test(text.slice(Math.max(sentence.start, found.start - 8), found.start)) && /consul$/i.test(text.slice(found.start, found.end))) return true;
  if (cueAt < found.start && /^\s+by\b/i.test(text.slice(cueAt + cueText.length, cueAt + cueText.length + 4))) return true;
  // ("an interests section would be set up at the Kuwaiti embassy": the post a verb's act takes place in is not its object.)
  if (cueAt < found.start && HOUSED_IN.test(text.slice(cueAt + cueText.length, found.start))) return true;
  // "the embassy closed its consular section": a part of the post closes, not the post.
  // ("suspended consular services", "halted visa issuance": so too a service with no determiner.)
  if (cueAt > found.end && /^\s+(?:(?:its|the|their|all)\s+)?(?:consular|visa)\s+(?:section|department|services|window|unit|issuance|operations|appointments)\b/i.test(text.slice(cueAt + cueText.length, cueAt + cueText.length + 40))) return true;
  // ("opened its embassy in A, a year after B suspended relations with C": a verb after the post whose object is relations.)
  if (cueAt > found.end && /^\s+(?:(?:diplomatic|all|its|their)\s+)?(?:relations|ties)\b/i.test(text.slice(cueAt + cueText.length, cueAt + cueText.length + 30))) return true;
  // ("The office would reopen \"when the other side provides guarantees\"": a reopening on a condition is no announcement.)
  if (cue.id === "mission.announced" && CONDITION_AFTER.test(text.slice(cueAt + cueText.length, Math.min(sentence.end, cueAt + cueText.length + 24)))) return true;
  // ("removing one of Havana's objections to reopening embassies", "cleared the way for opening a consulate": an
  // opening something stood in the way of, not one made.)
  if (cueAt < found.start && /ing$/i.test(cueText) && HINDRANCE_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 40), cueAt))) return true;
  // "missions to the UN to set up ties": an infinitive after the post governs something else.
  if (cueAt > found.end && /^to\b/i.test(cueText)) return true;
  // "the reopening of the embassy" with no date of its own points back at an event told elsewhere.
  // (Not one a person is told to have attended or led: "Tang then presided over the opening of China's embassy".)
  if (cue.nominal?.test(cueText) && !nearestDate(ctx, dates, found.start, found.end, published) && !ATTENDED_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 40), cueAt))) return true;
  // ("X, the chargé d'affaires at the US embassy in Manama, attended the inauguration": the post a guest works at is
  // not the one whose opening they attend.)
  if (cueAt > found.end && cue.nominal?.test(cueText) && WORKS_AT_BEFORE.test(text.slice(Math.max(sentence.start, found.start - 50), found.start)) && ATTENDED_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 40), cueAt))) return true;
  return false;
}

const BUT_BETWEEN = /,\s+(?:but|while|whereas|although)\s/i;
const HINDRANCE_BEFORE = /\b(?:objections?|obstacles?|barriers?|hurdles?|impediments?|opposition|resistance|the way|the path|the road|preconditions?|conditions?)\s+(?:to|for|towards?)\s+$/i;
const WORKS_AT_BEFORE = /\b(?:ambassador|charg[ée] d['’]affaires|consul(?:[- ]general)?|diplomat|official|head|counsell?or|attach[ée]|spokes(?:man|woman|person)|secretary|envoy)\s+(?:at|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
const ATTENDED_BEFORE = /\b(?:presided over|attended|witnessed|officiated at|took part in|led|joined)\s+(?:the\s+)?(?:official\s+|formal\s+|ceremonial\s+)?$/i;

const CONDITION_AFTER = /^\s*(?:["“‘']\s*)?(?:only\s+)?(?:when|if|once|as soon as|unless|provided)\b/i;
const PREPARING = "(?:discuss|discusses|discussed|discussing|prepare|prepares|prepared|preparing|preparations?\\s+for|talks\\s+on|negotiations?\\s+on|arrangements\\s+for|pave\\s+the\\s+way\\s+for|paving\\s+the\\s+way\\s+for|steps\\s+towards?|assistance\\s+(?:for|with|in)|help\\s+(?:for|with|in)|support\\s+for)";
const PREPARING_BEFORE = new RegExp(`\\b${PREPARING}\\s+(?:the\\s+)?$`, "i");
const OPENING_PREPARED = new RegExp(`\\b${PREPARING}\\s+(?:the\\s+)?(?:re-?)?(?:opening|establishment)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+)?(?:[\\w'’-]+\\s+){0,5}$`, "i");
const UNDOING_ASIDE = /,\s+(?:reversing|overturning)\s[^,;]*/g;
/** `dates` but those inside an undoing's aside (", reversing a decision taken in May by X") that does not hold the post at `at`. */
function withoutUndoneDates(sentence: Sentence, dates: DateMention[], at: number): DateMention[] {
  const asides: Array<[number, number]> = [];
  UNDOING_ASIDE.lastIndex = 0;
  for (let m = UNDOING_ASIDE.exec(sentence.text); m; m = UNDOING_ASIDE.exec(sentence.text)) asides.push([sentence.start + m.index, sentence.start + m.index + m[0].length]);
  return dates.filter((d) => !asides.some(([a, b]) => d.start >= a && d.end <= b && !(at >= a && at < b)));
}
const AND_POST_HEAD = /(?<=, and )(?:its|their|[A-Z][\w-]+['’]s) (?:[\w-]+ ){0,2}$/;
// "Lithuania's own planned trade office", "the proposed Lithuanian embassy": a post told as still to come.
const PLANNED_POST = /\b(?:planned|proposed|long-planned|promised|future)\s+(?:[\w-]+\s+)?$/i;

// (After the post: its city, if the mention stopped before it, then a verb of saying; or "according to" before it.)
const SPEAKS_AFTER = /^(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?(?:\s+(?:also|later|earlier))?\s+(?:said|says|announced|stated|told|confirmed|added|noted|wrote|tweeted|posted|reported|explained)\b/u;
const ACCORDING_TO = /\baccording\s+to\s+(?:a\s+statement\s+(?:from|by)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** Whether a post is the one telling the sentence's news ("…, the Norwegian embassy said"; "according to the embassy"). */
function speaksNews(text: string, found: MissionMention, sentenceEnd: number): boolean {
  return SPEAKS_AFTER.test(text.slice(found.end, Math.min(sentenceEnd, found.end + 60))) || ACCORDING_TO.test(text.slice(Math.max(0, found.start - 40), found.start));
}

const SUBORDINATE_BETWEEN = /^[^,;]*\s(?:after|before|since|when|while|because|although|until)\s+(?:the|a|an|[A-Z][\w'’-]*)\s[^,;]*$/;
const BESIDE = /\b(?:alongside|separate from|distinct from|apart from|unlike|besides|in addition to)\b/i;

// "upgraded its consulate in Dubai to a consulate-general", "raised the mission to the level of an embassy".
const NEW_KIND = /^[^.;]{0,60}?\b(?:to|into|became|becomes)\s+(?:an?\s+|the\s+|its\s+|their\s+|\w+['’]s\s+)?(?:(?:level|status|rank)\s+of\s+(?:an?\s+)?)?(?:(?:full|fully)(?:[- ]fledged)?\s+|new\s+)?(embass(?:y|ies)|high commissions?|consulates?[- ]generals?|general consulates?|consulates?)\b|^[^.;]{0,60}?\b(?:into|became|becomes)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(liaison office|representative office|trade office|interests section)\b/i;
// "was turned into an embassy", "became the Taipei Liaison Office": one post made another, which opens.
const ENDING_TAIL = /,\s+(?:ending|marking|capping|bringing|closing|concluding|reversing|restoring)\s/i;
const CONVERTED = /^(?:became|becomes|(?:was|were|is|been) (?:[\w-]+ ){0,4}?(?:converted|turned|transformed))\b/i;
// (A date read with its "until": "until 1993".)
const UNTIL_BEFORE = /^[^.;,]{0,60}?(?:\buntil\s+)?$/i;
const UNTIL = /^until\b/i;
const NOT_OPEN_BEFORE = /\b(?:not|never)\s+(?:re-?)?open\s+(?:[\w-]+\s+){0,3}$/i;
const OPENED = MISSION_CUES.find((c) => c.id === "mission.opened")!;
const SHUT_FOR_LONG = /,\s+(?:(?:both|all|each|which\s+(?:have|has|had)\s+been)\s+)?(?:shut|closed)\s+(?:for|since)\s+(?:(?:more\s+than|nearly|almost|over|about)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)?\s*(?:decades?|years?|months?|\d{4})\b/i;
const COUNT_AFTER = /\b(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(years?|decades?|months?|weeks?|days?)\s+after\s+$/i;
/**
 * The time "N years after" right before a change ("… after closing it") points back to from `from`: the report's
 * date, or the day the sentence told before it. ("almost three months after shutting it": so too months, weeks and
 * days, as precise as the unit and the day counted from.)
 */
function timeBefore(before: string, from: string | null): string | null {
  const m = from ? COUNT_AFTER.exec(before) : null;
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const n = word === "a" || word === "an" ? 1 : (NUMBER_WORDS[word] ?? Number(m[1]));
  const unit = m[2]!.toLowerCase().replace(/s$/, "");
  if (unit === "year" || unit === "decade") {
    const years = n * (unit === "decade" ? 10 : 1);
    return years > 0 && years < 200 ? String(Number(from!.slice(0, 4)) - years) : null;
  }
  if (!(n > 0 && n < 100) || from!.length < 7) return null;
  const day = new Date(`${from!.slice(0, 10).padEnd(10, "-01").slice(0, 10)}T00:00:00Z`);
  if (unit === "month") day.setUTCMonth(day.getUTCMonth() - n);
  else day.setUTCDate(day.getUTCDate() - n * (unit === "week" ? 7 : 1));
  const iso = day.toISOString();
  return unit === "month" || from!.length < 10 ? iso.slice(0, 7) : iso.slice(0, 10);
}
const MODAL_BETWEEN = /\b(?:could|might|may)\s+(?:(?:soon|eventually|one day|also)\s+)?(?:be|become)\b/i;
const CONSULAR_POST: ReadonlySet<string> = new Set(["consulate", "consulate-general"]);
const ALL_SERVICES = /^\S+\s+all\s+(?:(?:visa|consular)\s+(?:and\s+)?)+services\s+(?:at|in|of)\s+(?:its|their|the)\s+$/i;
const MOVING = /^(?:relocat|mov|transferr)/i;
const MOVE_TO_COME = /\b(?:move|relocate)$/i;
const TO_OPEN = /^to (?:re-?)?open$/i;
const WILL_CUE = /^(?:will|would|shall)\b/i;
const WILL_BEFORE = /\b(?:will|would|shall)\s+(?:[a-z]+\s+)?$/i;
const LATER_ON = /^[^.;]*?\b(?:next|tomorrow|later|upcoming|coming|soon)\b/i;
// (A journey told in the past, no plan or schedule between it and "to open".)
const JOURNEY_BEFORE = /\b(?:flew|travell?ed|went|came|arrived|jetted|sent|dispatched|returned)\b(?![^.;,]*?\b(?:will|would|shall|next|tomorrow|plans?|due|scheduled|expected)\b)[^.;,]{0,60}\s$/i;
// Right after the post moved: the place it leaves, then the one it goes to ("… from Kabul to Doha", "… in Libya to Tunis").
const THERE_FROM = /^\s+there\s+from\s+$/i;
const MOVED_FROM_TO = /^\s+(?:(?:temporarily|permanently)\s+)?(?:from|in|at)\s+[^.;,]{1,40}?\s+to\b/i;
const TO_THE_TOWN = /^\s+(?:(?:also|too)\s+)?to\s+the\s+(?:city|holy city|capital)\b(?!\s+of\b)/i;
const NEW_PREMISES = /^[^.;]{0,40}?\bto\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}(?:building|premises|site|location|address|compound|headquarters|chancery|offices|district|neighbou?rhood|area|quarter)\b/i;
const MOVED_WITHIN: MissionCue = { id: "mission.relocated", status: "open", event: null, pattern: /relocat/i, words: [] };
// (To another town of its host, the post opens there: "moved its embassy from Tel Aviv to Jerusalem in 2018".)
const MOVED_TOWN: MissionCue = { ...MOVED_WITHIN, event: "mission-opened" };

/**
 * A post whose verb changes what it is: raised or lowered to another kind ("upgraded its consulate in Dubai to a
 * consulate-general" is a consulate-general now), or moved within its host ("relocated its embassy from Tel Aviv to
 * Jerusalem" opens the post in its new town; "to a new building" leaves it open where it was). Returns the cue that moves the post.
 */
function reshapedPost(ctx: SentenceContext, found: MissionMention, cue: MissionCue, cueAt: number, cueText: string): MissionCue {
  const { text, parties } = ctx;
  const from = Math.max(found.end, cueAt + cueText.length);
  if (cue.event === "mission-upgraded" || cue.event === "mission-downgraded") {
    // (A verb after the post may hold the new kind itself: "was turned into an embassy".)
    const at = cueAt > found.end ? cueAt : from;
    const raised = NEW_KIND.exec(text.slice(at, clauseEnd(ctx, at)));
    const named = raised?.[1] ?? raised?.[2];
    const kind = named ? MISSION_KIND_PATTERNS.find((k) => ((k.pattern.lastIndex = 0), k.pattern.test(named)))?.kind : undefined;
    if (kind && kind !== found.kind) [found.kind, found.generic] = [kind, undefined];
    return cue;
  }
  // ("would move its embassy in Israel to Jerusalem": a move to come plans the post in the town it goes to.)
  if (cue.id === "mission.announced" && MOVE_TO_COME.test(cueText)) {
    const to = parties.find((p) => p.start >= found.end && p.end <= clauseEnd(ctx, found.end) && p.cue === "to" && isPlace(p) && p.code === found.host);
    const town = to ? (to.via === "city" ? text.slice(to.start, to.end) : cityOf(ctx, to)) : null;
    if (town) found.city = town;
    return cue;
  }
  if (cue.id !== "mission.closed" || !MOVING.test(cueText)) return cue;
  // (Another host's town after "to" is a move abroad: relocatedPost's.)
  const end = clauseEnd(ctx, from);
  const to = parties.find((p) => p.start >= from && p.end <= end && p.cue === "to" && isPlace(p) && p.code !== found.sender);
  const was = parties.find((p) => p.start >= from && p.end <= end && p.cue === "from" && isPlace(p));
  // "relocated its embassy to a new building": a move within its town.
  if (!to && NEW_PREMISES.test(text.slice(from, end))) return MOVED_WITHIN;
  // "relocated its embassy from Kabul to Doha": the post closed is the one left (relocatedPost opens the new one).
  if (to && was && was.code !== to.code && to.code === found.host && was.code !== found.sender && was.start < to.start) {
    found.host = was.code;
    found.city = cityOf(ctx, was);
    return cue;
  }
  // ("moved its embassy there from Tel Aviv": "there", a town of the host it leaves a town of, is where it goes.)
  if (!to && was && was.code === found.host && found.city && THERE_FROM.test(text.slice(found.end, was.start))) return MOVED_TOWN;
  // ("moved its embassy to the city as well": the host's town named before, where the post now is.)
  if (!to && !was && found.city && TO_THE_TOWN.test(text.slice(from, end))) return MOVED_TOWN;
  if (!to || to.code !== found.host || (was && was.code !== to.code)) return cue;
  const town = to.via === "city" ? text.slice(to.start, to.end) : cityOf(ctx, to);
  if (town) found.city = town;
  return town ? MOVED_TOWN : MOVED_WITHIN;
}

/** The day after "until" right after a post ("did not open … until 1993"), if the text gives one. */
function dayUntil(ctx: SentenceContext, from: number): string | null {
  const end = clauseEnd(ctx, from);
  const d = ctx.dates.find((x) => x.start >= from && x.end <= end && x.edtf && UNTIL.test(x.text) && UNTIL_BEFORE.test(ctx.text.slice(from, x.start)));
  return d?.edtf ?? null;
}

// ("…, officials said.": the sentence's own teller, after it.)
const TOLD_AFTER = /,\s+(?:[\w.'’-]+\s+){0,6}?(?:said|says|announced|told\s+\w+|confirmed|reported)\b[^,;]{0,60}$/i;

// ("Chad, which restored ties in 2019 but is not a party to the accords, opens an embassy": a relative clause the comma
// closes frames not the verb after it.)
const RELATIVE_CLOSED_BEFORE = /,\s+(?:who|which)\s+[^,;()]{3,160},\s+((?:[\w-]+\s+){0,3})$/i;
/** The clause before `at`, less a relative clause whose closing comma comes just before its verb. */
function ownClauseBefore(ctx: SentenceContext, at: number): string {
  const clause = clauseBefore(ctx, at);
  if (!clause.includes(",")) return clause;
  const closed = RELATIVE_CLOSED_BEFORE.exec(ctx.text.slice(Math.max(ctx.sentence.start, at - 200), at));
  return closed && closed[1]!.length < clause.length ? closed[1]! : clause;
}

/**
 * How the clause before a post frames it, a "would" told by the sentence's teller after it a plan: "X would travel to
 * Hanoi next month to open an embassy there, officials said" tells an announced opening, as "officials said X would" does.
 */
function reportedWould(ctx: SentenceContext, head: string, from: number): Modality {
  const framed = modalityOf(head);
  if (framed !== "hypothetical" || !WOULD.test(head)) return framed;
  const { text, sentence } = ctx;
  return TOLD_AFTER.test(text.slice(Math.max(from, sentence.end - 160), sentence.end)) && modalityOf(head.replace(WOULD_G, "will")) === "planned" ? "planned" : framed;
}
const WOULD = /\bwould\b/i;
const WOULD_G = /\bwould\b/gi;

/** A post that relocates ("relocated to X", "relocated its embassy from A to X") opens in its new host. */
function relocatedPost(ctx: SentenceContext, found: MissionMention, moving: boolean, modality: Modality, date: string | null, dated: boolean, provenance: ProvenanceOf, events: EventCandidate[], missions: MissionCandidate[]): void {
  const { sentence, parties, text } = ctx;
  const moved = /\b(?:relocated|moved|transferred)\s+to\b/i.exec(text.slice(found.end, sentence.end)) ?? (moving ? MOVED_FROM_TO.exec(text.slice(found.end, clauseEnd(ctx, found.end))) : null);
  const newHost = moved ? parties.find((p) => p.start >= found.end + moved.index && p.code !== found.sender && p.code !== found.host) : undefined;
  if (newHost && modality === "asserted") {
    const opened = provenance(sentence, found.start, newHost.end, "mission.relocated", 0.7);
    const city = cityOf(ctx, newHost);
    missions.push({ sender: found.sender, host: newHost.code, kind: found.kind, city, status: "open", date, dated, order: newHost.start, sources: [opened], generic: undefined });
    events.push({
      type: "mission-opened", source: found.sender, target: newHost.code, date, modality, officials: new Set(),
      mission: { sender: found.sender, host: newHost.code, kind: found.kind, city }, sources: [opened], order: newHost.start,
      dated, passive: false, sentence: sentence.index,
    });
  }
}

// ("The Minister, X, welcomed the opening of the consulate in B": praise from home, no one at the ceremony.)
const APPROVED_OF = /\b(?:welcom|hail|prais|congratulat|applaud|laud|commend)\w*/i;
// (Or where it was opened: "was officially inaugurated on Thursday, 19 June, in Port of Spain".)
const CEREMONY_IN = /\b(?:(?:ceremony|reception|event|inauguration)\s+(?:held\s+)?|(?:inaugurated|opened|reopened)\b[^;.]{0,40}?\s)in\s+$/i;
/** The town of the host a sentence holds an opening's ceremony in, after the post ("… at a ceremony in Tel Aviv"); else null. */
function ceremonyTown(ctx: SentenceContext, found: MissionMention): string | null {
  const town = ctx.parties.find((p) => p.start > found.end && (p.via === "city" || p.via === "actor") && p.code === found.host && CEREMONY_IN.test(ctx.text.slice(Math.max(found.end, p.start - 60), p.start)));
  return town ? cityOf(ctx, town) : null;
}

const TELLER_AFTER = /^\s+(?:said|says|told|announced|noted|added|stated|wrote|tweeted)\b/;
/** Officials of the sending state at an opening abroad (or a presentation of credentials), who travelled there. */
function attendedAbroad(ctx: SentenceContext, found: MissionMention, eventType: EventType, cueAt: number, windowStart: number, date: string | null, dated: boolean, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { sentence, parties, text } = ctx;
  // (Within the opening's own clause: "opened its embassy in Seoul, nine months after Foreign Minister X announced the
  // plan during a visit by …" tells another time.)
  const later = TIME_CLAUSE.exec(text.slice(found.end, sentence.end));
  const clauseTo = later ? found.end + later.index : sentence.end;
  const attended = /\b(?:attend(?:ed|ing)|by|presid(?:ed|ing) over|in the presence of)\b/i.test(text.slice(sentence.start, clauseTo));
  // (Or who opened it there: "Foreign Minister X inaugurated his country's embassy in Yerevan".)
  // (Not a spokesman who "elaborated that the country has opened" posts.)
  const opener = eventType === "mission-opened" && cueAt < found.start ? parties.find((p) => p.via === "official" && p.code === found.sender && p.role !== undefined && MINISTERS.has(p.role) && p.start >= windowStart && p.end <= cueAt && !REPORTED.test(text.slice(p.end, cueAt)) && !APPROVED_OF.test(text.slice(p.end, cueAt))) : undefined;
  // (Not the author of a pledge: "in fulfilment of a pledge by President X" names no one at the opening.)
  // (Nor the one who tells of it: "The embassy … opened on Jan. 27, X said in a statement"; nor the post's own head.)
  const guests = parties.filter((p) => p.via === "official" && p.code === found.sender && p.role !== "ambassador" && p.role !== "charge-d-affaires" && p.start < clauseTo && (p.start > found.end || p.cue === "by" || p === opener) && !WORD_OF.test(text.slice(Math.max(sentence.start, p.start - 60), p.start)) && !TELLER_AFTER.test(text.slice(p.end, p.end + 14)));
  if ((attended || opener) && guests.length) {
    events.push({
      type: "visit", source: found.sender, target: found.host, date, modality: "asserted",
      officials: new Set(guests.map((g) => g.official!).filter(Boolean)), mission: null,
      sources: [provenance(sentence, Math.min(found.start, guests[0]!.start), Math.max(found.end, guests.at(-1)!.end), "event.attended-abroad", 0.6)],
      order: found.start, dated, passive: false, sentence: sentence.index,
    });
  }
}

const SHUT_FOR_A_WHILE = /^(?:\s+(?:in|at)\s+[^,;.]{1,30}?)?\s+(?:for\s+(?:the\s+)?(?:day|days|afternoon|morning|holidays?|weekend|public holidays?|national holiday|(?:a|one|two|three)\s+(?:days?|hours))|to the public)\b/i;
const SINCE_CUE = /\bsince\s+(?:(?:it|they)\s+(?:was\s+|were\s+|had\s+been\s+)?|its\s+|their\s+)?$/i;
const WORD_OF = /\b(?:pledge|promise|vow|decision|order|announcement|plan|proposal|request|initiative|commitment)s?\s+(?:made\s+)?by\s+[^,;]{0,40}$/i;
// (A distance or a comma before "after": "after a ceremony attended by X" is the opening's own.)
const TIME_CLAUSE = /(?:,|\b(?:days?|weeks?|months?|years?|hours?|shortly|soon|long))\s+(?:after|before)\s|\b(?:since|until|when)\s/i;

/**
 * "A year earlier, after A expelled …, B ordered the closure of A's consulate": a distance opening the sentence counts
 * back (or on) from the last day told before it, for the sentence's main clause however far the post is.
 */
function openerLater(sentence: Sentence, events: EventCandidate[], dayBefore: string | null): string | null {
  const comma = sentence.text.indexOf(",");
  if (comma < 0 || comma > 40) return null;
  const opener = sentence.text.slice(0, comma);
  return LATER.test(opener) ? laterThan(opener, lastDated(events, firstOfSentence(events, sentence.index)), dayBefore) : null;
}

/** The missions a sentence names, and the events that move them. */
export function readMissions(ctx: SentenceContext, missionMemory: MissionMemory, published: string | null, fallbackDate: FallbackDate, provenance: ProvenanceOf, options: ExtractOptions, events: EventCandidate[], missions: MissionCandidate[]): void {
  const { sentence, parties, dates, text } = ctx;
  const mentions = findMissionMentions(ctx, missionMemory);
  // (Most sentences name no post: nothing below is set up for them.)
  if (mentions.length === 0) return;
  // The verb each post read so far took, by the post's start: a post listed after another shares it.
  const cuesAt = new Map<number, { cue: MissionCue | undefined; cueAt: number; cueText: string }>();
  // The verbs that already moved a post, with its states: "A's embassy in B resumed work, … after an attack on the
  // mission" names the post twice, and the verb once.
  let movedBy: Map<string, EventCandidate> | undefined;
  for (const found of mentions) {
    // Before the post, back to the start of its clause: "Relations were established in 1823, and Mexico's embassy in
    // Lima remains open" (the verb before ", and" is another subject's).
    const reach = Math.max(sentence.start, found.start - 120);
    let windowStart = reach;
    // (exec, not matchAll: matchAll copies the pattern at every call.)
    const before = text.slice(reach, found.start);
    NEW_SUBJECT.lastIndex = 0;
    for (let cut = NEW_SUBJECT.exec(before); cut; cut = NEW_SUBJECT.exec(before)) windowStart = reach + cut.index + cut[0].length;
    // After the post, up to a clause about something else ("…, while Denmark closed its embassy").
    const other = OTHER_CLAUSE.exec(text.slice(found.end, Math.min(sentence.end, found.end + 60)));
    // "its trade office in Tehran, which was shut in 2013": the post's own relative clause tells a change of its own.
    // (It opens with a comma within 40 characters: most posts have none, and the search would run to the sentence's end.)
    const comma = text.indexOf(",", found.end);
    const which = comma >= 0 && comma <= found.end + 40 && comma < sentence.end ? POST_RELATIVE.exec(text.slice(found.end, sentence.end)) : null;
    const ownClause = which && which.index <= 40 ? which : null;
    // (Past an aside about the post: "the Embassy of Chile in Hanoi, headed by a chargé d'affaires since 2020, is raised to …".)
    // (It ends at a comma: none in reach, no aside.)
    const asideEnd = Math.min(sentence.end, found.end + 160);
    const aside = comma >= 0 && comma < asideEnd ? POST_ASIDE.exec(text.slice(found.end, asideEnd)) : null;
    // "The Indian mission in Kabul, which had been shut since 2021, reopened on Wednesday": the post's own verb after its
    // relative clause (read past it, the clause's words blanked).
    const relEnd = ownClause ? found.end + ownClause.index + ownClause[0].length : -1;
    const predicate = ownClause ? PREDICATE_AFTER.exec(text.slice(relEnd, Math.min(sentence.end, relEnd + 60))) : null;
    const resumed = predicate !== null && MISSION_CUES.some((c) => c.pattern.exec(predicate[1]!)?.index === 0 || c.pattern.exec(predicate[2]!)?.index === 0);
    // (The 60 characters count from past the post's own name: "the Embassy of Costa Rica in the Republic of Trinidad
    // and Tobago was officially inaugurated".)
    let named = resumed ? 0 : (POST_NAMED_AFTER.exec(text.slice(found.end, Math.min(sentence.end, found.end + 80)))?.[0].length ?? 0);
    // ("The Embassy of A in B, the Consulate General of A in C and the Embassy of B in A resumed their work": so do the
    // posts listed after it, whose verb is the list's.)
    for (let listed = named ? POST_LISTED_AFTER.exec(text.slice(found.end + named, Math.min(sentence.end, found.end + named + 120))) : null; listed; listed = POST_LISTED_AFTER.exec(text.slice(found.end + named, Math.min(sentence.end, found.end + named + 120)))) named += listed[0].length;
    const cutAt = Math.min(other ? found.end + other.index : sentence.end, ownClause && !resumed ? found.end + ownClause.index : sentence.end, (resumed ? relEnd : found.end + named) + 60 + (aside ? aside[0].length : 0));
    // (Never inside a word: "closer ties" cut after "close" would close the post.)
    const windowEnd = cutAt + WORD_RUN.exec(text.slice(cutAt, cutAt + 30))![0].length;
    const relStart = ownClause ? found.end + ownClause.index : -1;
    const window = resumed ? text.slice(windowStart, relStart) + " ".repeat(relEnd - relStart) + text.slice(relEnd, Math.min(windowEnd, sentence.end)) : text.slice(windowStart, Math.min(windowEnd, sentence.end));
    if (ownClause) readPostRelative(ctx, found, found.end + ownClause.index, found.end + ownClause.index + ownClause[0].length, published, provenance, events, missions);
    // "opened an embassy in Port Vila in 1988 but shut it in 1993": a later change of the same post, told through "it".
    // (An " it" or " them" starting within 120 characters, in the sentence: looked for there only, not to the text's end.)
    const reach120 = Math.min(sentence.end, found.end + 120);
    const near = text.slice(found.end, reach120 + 4);
    const itAt = near.indexOf(" it");
    const themAt = near.indexOf(" them");
    const again = (itAt >= 0 && found.end + itAt < reach120) || (themAt >= 0 && found.end + themAt < reach120) ? POST_AGAIN.exec(text.slice(found.end, sentence.end)) : null;
    if (again && !mentions.some((o) => o.start > found.end && o.start < found.end + again[0].length)) {
      readChangeFrom(ctx, found, found.end + again[0].length - again[1]!.length, published, provenance, events, missions);
    }
    // "The embassy reopened on Monday after being shut in 1992": an earlier change of the post, told by a passive
    // participle after its own verb (not how long it stayed shut: "after being closed for twelve years").
    const being = near.includes(" being ") ? BEING_CHANGED.exec(text.slice(found.end, reach120)) : null;
    if (being && !mentions.some((o) => o.start > found.end && o.start < found.end + being.index + being[0].length)) {
      readChangeFrom(ctx, found, found.end + being.index + being[0].length - being[1]!.length, published, provenance, events, missions);
    }
    // (Read once: the post that tells the news is moved by no verb before it, nor listed after another post.)
    const speaker = speaksNews(text, found, sentence.end);
    let cueAt = found.start;
    let cueText = "";
    const windowCues = CUE_GATE(window);
    let cue = MISSION_CUES.find((c, i) => {
      if (!(windowCues & (1 << i))) return false;
      const hit = c.pattern.exec(window);
      if (hit) [cueAt, cueText] = [windowStart + hit.index, hit[0]];
      return hit !== null;
    });
    // "The Swiss embassy in Tehran reopened on Monday after a brief closure": the post's own verb right after it outranks
    // one of a time clause after that, whatever their order in the list.
    if (cue && cueAt > found.end) {
      const tail = window.slice(found.end - windowStart, cueAt - windowStart);
      const tailCues = CUE_GATE(tail);
      for (let i = 0, best = tail.length; i < MISSION_CUES.length; i++) {
        if (!(tailCues & (1 << i))) continue;
        const c = MISSION_CUES[i]!;
        const hit = c.pattern.exec(tail);
        if (hit && hit.index < best && TIME_CLAUSE_OPENS.test(tail.slice(hit.index + hit[0].length))) [cue, cueAt, cueText, best] = [c, found.end + hit.index, hit[0], hit.index];
      }
    }
    // A verb after the post yields to the verb whose object the post is: "reopened its embassy …, two months after
    // suspending operations".
    // (So does a verb farther before it: "had closed that post in 1993 — and the opening of a new embassy in Tonga".)
    // ("will open an embassy in Ethiopia under a decree signed on Monday": the act after the post is its own.)
    // ("The establishment of the Consulate General … was approved by the Federal Cabinet": so is a passive approval of
    // the noun the post hangs on.)
    const underAct = cue?.id === "mission.approved" && cueAt >= found.end && (UNDER_ACT.test(text.slice(found.end, cueAt)) || PASSIVE_APPROVAL.test(text.slice(found.end, cueAt)));
    if (cue && !underAct && (cueAt >= found.end || !governs(text.slice(cueAt + cueText.length, found.start), cueText))) {
      const leadFrom = Math.max(windowStart, found.start - 50);
      const lead = text.slice(leadFrom, found.start);
      const leadCues = CUE_GATE(lead);
      for (let i = 0; i < MISSION_CUES.length; i++) {
        if (!(leadCues & (1 << i))) continue;
        const c = MISSION_CUES[i]!;
        const hit = c.pattern.exec(lead);
        if (!hit || !governs(lead.slice(hit.index + hit[0].length), hit[0])) continue;
        // ("signed an order on the establishment of the embassy": a noun after "on" is the object of the verb before.)
        // (And a verb before the post yields only across a clause's break: "announced its decision to open an embassy"
        // is the decision's.)
        if (cueAt < found.start && (NOUN_OBJECT.test(lead.slice(0, hit.index)) || !CLAUSE_BREAK.test(text.slice(cueAt + cueText.length, leadFrom + hit.index)))) continue;
        [cue, cueAt, cueText] = [c, leadFrom + hit.index, hit[0]];
        break;
      }
    }
    if (cue && cueVetoed(ctx, found, mentions, cue, cueAt, cueText, published, speaker)) {
      // ("downgraded its relations with Lithuania, days after a Taiwanese office opened its doors": the verb vetoed
      // was another object's; a later cue may still be the post's own.)
      // (Not a word of the verb vetoed: "set up" of "to set up".)
      const [vetoed, vetoedFrom, vetoedTo] = [cue, cueAt, cueAt + cueText.length];
      [cue, cueAt, cueText] = [undefined, found.start, ""];
      // (Its own later hit too: "X, which established relations with Y in 1986, opened an embassy".)
      for (let i = 0; i < MISSION_CUES.length && !cue; i++) {
        const c = MISSION_CUES[i]!;
        if (!(windowCues & (1 << i))) continue;
        for (let off = c === vetoed ? vetoedTo - windowStart : 0, hit = c.pattern.exec(window.slice(off)); hit && !cue; off += hit.index + Math.max(1, hit[0].length), hit = c.pattern.exec(window.slice(off))) {
          const at = windowStart + off + hit.index;
          if ((at >= vetoedTo || at + hit[0].length <= vetoedFrom) && !cueVetoed(ctx, found, mentions, c, at, hit[0], published, speaker)) [cue, cueAt, cueText] = [c, at, hit[0]];
        }
      }
    }
    // ("arrived on Saturday to discuss the reopening of the embassy": an opening talked of is still to come.)
    if (cue?.nominal?.test(cueText) && PREPARING_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 50), cueAt))) [cue, cueAt, cueText] = [undefined, found.start, ""];
    // ("flew to Hanoi on Saturday to open the embassy there": a journey made to open the post opened it.)
    if (cue === ANNOUNCED && cueAt < found.start && TO_OPEN.test(cueText) && JOURNEY_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 80), cueAt)) && !LATER_ON.test(text.slice(found.end, Math.min(sentence.end, found.end + 60)))) cue = OPENED;
    // ("closed its embassy in Santiago for the day because of protests": shut for a while, as "closed for the holiday"
    // right after the verb is; no change of the post's life.)
    if ((cue?.id === "mission.closed" || cue?.id === "mission.suspended") && cueAt < found.start && SHUT_FOR_A_WHILE.test(text.slice(found.end, Math.min(sentence.end, found.end + 60)))) [cue, cueAt, cueText] = [undefined, found.start, ""];
    const kindBefore = found.kind;
    if (cue) cue = reshapedPost(ctx, found, cue, cueAt, cueText);
    // "would open embassies in A and B, and a consulate in C": a listed post without a verb after it takes the verb
    // of the post it is listed after.
    // (Not a post that tells the news after a list: "… and a consulate in Da Nang, the Norwegian embassy said".)
    const listHead = found.listedAfter === undefined || (cue && cueAt > found.end) || speaker ? undefined : cuesAt.get(found.listedAfter);
    // (Nor does it sit in the city of the post it tells of, when it names none of its own.)
    if (speaker && found.city && !text.slice(found.start, found.end + 60).includes(found.city)) found.city = null;
    if (listHead) ({ cue, cueAt, cueText } = listHead);
    if (!cuesAt.has(found.start)) cuesAt.set(found.start, { cue, cueAt, cueText });
    // Modality is read before the verb that moves the post ("the parliament announced its decision to open …").
    // (Or between the post and a verb after it: "the embassy in Caracas has not closed"; or ruled out after it:
    // "Shutting the embassy is not on the table".)
    // (Every way of ruling out says "not" or "no longer": a text without "no" is not searched.)
    const afterPost = text.slice(found.end, Math.min(sentence.end, found.end + 60));
    const ruledOut = NO.test(afterPost) && RULED_OUT.test(afterPost);
    // (The clause before the post and its verb, read here and for the date.)
    let head: string | undefined;
    const headOf = () => (head ??= ownClauseBefore(ctx, Math.min(cueAt, found.start)));
    // ("will take up her duties when the office opens this fall": a verb in a clause of time a future governs is to come.)
    const toCome = cueAt > found.end && cueAt - found.end <= 80 && FUTURE_WHEN.test(text.slice(Math.max(sentence.start, found.start - 80), cueAt));
    // (Not an aside's words: "Algeria's embassy in Rabat, without an ambassador since July, will close".)
    const asideTo = aside && cueAt >= found.end + aside[0].length ? found.end + aside[0].length : found.end;
    // ("… after Argentina refused to apologise, and its embassy in Buenos Aires is run by a chargé": a post opening the
    // clause after ", and", its verb after it, is framed by that clause alone.)
    const ownHead = !cue || cueAt > found.end ? AND_POST_HEAD.exec(headOf()) : null;
    // ("Israel is establishing an embassy in Kigali", "the embassy that Israel is setting up there": a post under way, not
    // yet open.)
    const underWay = cue?.id === "mission.opened" && UNDER_WAY_CUE.test(cueText) && UNDER_WAY_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 40), cueAt));
    // ("hoped both liaison offices could be upgraded": a modal between the post and its verb frames it too.)
    const between = cueAt > found.end ? modalityOf(text.slice(asideTo, cueAt)) : "asserted";
    const rankToCome = cue?.id === "mission.upgraded" && cueAt > found.end && TO_BE_BEFORE.test(text.slice(Math.max(asideTo, cueAt - 40), cueAt));
    const framedBefore = ruledOut || between === "negated" ? "negated" : between === "hypothetical" && MODAL_BETWEEN.test(text.slice(asideTo, cueAt)) ? "hypothetical" : toCome || underWay || rankToCome ? "planned" : DENIED_REPORT.test(headOf().slice(-130)) ? "negated" : reportedWould(ctx, ownHead ? ownHead[0] : headOf().slice(-80), found.end);
    // ("will close its embassy if the attacks continue": a condition after the post.)
    // (So too a plan told by its own verb: "will open an embassy in Nairobi if funds allow".)
    const framed = (framedBefore === "planned" || (framedBefore === "asserted" && cue?.future && cue.event)) && conditionAfter(ctx, Math.max(found.end, cueAt + cueText.length)) ? "hypothetical" : framedBefore;
    // "did not open a resident embassy in Dublin until 1993": it opened then.
    const untilDay = framed === "negated" && !cue?.future && (cue || NOT_OPEN_BEFORE.test(text.slice(windowStart, found.start))) ? dayUntil(ctx, found.end) : null;
    if (untilDay) cue ??= OPENED;
    // ("will upgrade its technical mission in Kabul to a full embassy": a post of the new kind announced, the old one
    // still at work.)
    const upgradeAnnounced = framed === "planned" && cue?.id === "mission.upgraded" && found.kind !== kindBefore;
    if (upgradeAnnounced || underWay) cue = ANNOUNCED;
    const modality = untilDay || (framed === "planned" && ((cue?.event && decidedWhenAnnounced(cue.event, headOf())) || (underAct && cue?.id === "mission.approved"))) ? "asserted" : framed;
    // "an embassy" with no verb of its own names no particular post; wishes and conditions create none.
    // (Unless the post is described at work: "by a consulate general in São Paulo, which serves exporters".)
    const article = INDEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, found.start - 40), found.start)) && !AT_WORK.test(text.slice(found.end, Math.min(sentence.end, found.end + 60)));
    // Denied, conditional or rumoured plans create no post, even in future wording ("denied plans to open").
    // A definite post with no verb of its own exists whatever the clause plans ("will be handled from the Czech embassy
    // in Islamabad"), unless it is denied ("has no embassy").
    // ("The EU delegation in Caracas has not closed": a definite post denied a closure is open.)
    // ("Asked whether X would close its embassy in Y": a definite post whose closing is only asked about is open.)
    // ("Lithuania's planned trade office in Taipei has not yet opened": a post told as planned, with no verb of its own or
    // with its opening denied, is planned.)
    const plannedPost = !article && (!cue || (modality === "negated" && cue.status === "open" && !cue.future)) && PLANNED_POST.test(text.slice(Math.max(sentence.start, found.start - 30), found.start));
    if (plannedPost) cue = undefined;
    else if ((modality === "negated" || modality === "hypothetical") && cue && (cue.status === "closed" || cue.status === "suspended") && !article) cue = undefined;
    // ("could one day lead to embassies in Ankara and Yerevan": posts named bare in a condition are none.)
    else if (!cue && modality !== "asserted" && !plannedPost && !DETERMINED.test(text.slice(Math.max(sentence.start, found.start - 40), found.start))) continue;
    // ("would not send its new envoy to head the Pakistan High Commission in New Delhi": a definite post with no verb of
    // its own, in a clause denying something else, still exists.)
    else if ((!cue && article) || (cue && modality !== "asserted" && !cue.future) || (modality === "negated" && !plannedPost && (cue || !DEFINITE_BEFORE.test(text.slice(Math.max(sentence.start, found.start - 30), found.start)))) || (cue && modality === "hypothetical")) continue;
    let status: MissionStatus = cue?.status ?? "open";
    if (cue && !cue.future && modality !== "asserted") status = modality === "planned" ? "planned" : "open";
    // ("arrived to discuss the reopening of the kingdom's embassy", "talks on the reopening of the embassy": a post whose
    // opening is still being prepared is planned.)
    if (plannedPost || (!cue && OPENING_PREPARED.test(text.slice(Math.max(sentence.start, found.start - 90), found.start)))) status = "planned";
    // An announcement is dated by when it was made, not by when the post will open ("will open this year").
    const relative = relativeClause(ctx, found.start);
    // (Not the dates of the post's own relative clause, read above.)
    // (Nor the start of a span the sentence measures against: "for the first time since the two countries established
    // relations in 1991, the mission is closed".)
    const spanDates = sentence.text.includes("since") ? dates.filter((d) => !spanStartDate(text, d, sentence.start)) : dates;
    // (Nor the dates of an aside on the post: "Algeria's embassy in Rabat, without an ambassador since July, will close".)
    // (Nor a span's start when the post's verb is still to come: "…, vacant since July, and B's embassy will close".)
    const verbAhead = WILL_CUE.test(cueText) || WILL_BEFORE.test(text.slice(Math.max(sentence.start, cueAt - 12), cueAt));
    // (The aside opens at its comma: "its embassy in Niamey in 2012, now …" dates the verb before it.)
    const asideFrom = aside ? found.end + aside[0].indexOf(",") : 0;
    const asideDates = aside || verbAhead ? spanDates.filter((d) => !(aside && d.start >= asideFrom && d.end <= found.end + aside[0].length) && !(verbAhead && text.startsWith("since", d.start))) : spanDates;
    const clauseDates = ownClause ? asideDates.filter((d) => d.start < found.end + ownClause.index || d.start >= found.end + ownClause.index + ownClause[0].length) : asideDates;
    // (Nor the dates of a participle clause after the post's verb: "reopened its embassy in Kyiv, ending an absence
    // that began in February".)
    const tail = cueAt < found.start && clauseDates.length ? ENDING_TAIL.exec(text.slice(found.end, sentence.end)) : null;
    const untailed = tail ? clauseDates.filter((d) => d.start < found.end + tail.index) : clauseDates;
    // ("…, reversing a decision taken in May by …, and B responded by ordering the closure of its embassy": the dates of
    // an undoing's aside are the undone act's.)
    const unaside = sentence.text.includes("revers") || sentence.text.includes("overturn") ? withoutUndoneDates(sentence, untailed, found.start) : untailed;
    const ownDates = relative ? unaside.filter((d) => d.start >= relative.start) : unaside;
    // "… will open an embassy in Rabat, the minister announced on Tuesday": the day of the verb that announced it.
    // ("Portugal said last week that it intends to open an embassy": the day of the verb before it, in its clause.)
    const clauseFrom = Math.min(found.start, cueAt) - headOf().length;
    const announcedOn = cue?.future ? [...ownDates, ...ctx.saidDates].find((d) => (d.start >= found.end || (d.end <= found.start && d.start >= clauseFrom)) && d.edtf && !d.future && ANNOUNCED_ON.test(text.slice(Math.max(d.start >= found.end ? found.end : clauseFrom, d.start - 40), d.start))) : undefined;
    const stated = cue?.future
      // (Before the verb: "will open this year an office" dates the opening, not the announcement; a verb that says when
      // it was announced outranks a date before the post, which may be another verb's: "welcomed on Sunday X's decision
      // to reopen its embassy, announced last week".)
      ? (announcedOn?.edtf ?? nearestDate(ctx, ownDates.filter((d) => d.end <= Math.min(found.start, cueAt) && d.start >= clauseFrom), found.start, found.end, published) ?? announcedBefore(ctx, ownDates, found.end, text.slice(clauseFrom, found.start), published) ?? whenHungOn(ctx, relative ? spanDates : ownDates, found.start, 100))
      // ("kept it quiet until July 1, when Foreign Minister X announced that A would open …": so too the saying in a
      // "when" clause, however long its subject.)
      // ("ran an embassy there until 1993, when it was shut": a verb after the post in a "when" clause, by its time.)
      // ("the embassy that A closed in Doha in June": the date of the relative clause whose verb is the post's.)
      : (cueAt > found.end ? whenHungOn(ctx, ownDates, cueAt) : null) ?? nearestDate(ctx, ownDates, found.start, found.end, published) ?? (cueAt > found.end && RELATIVE_AFTER.test(text.slice(found.end, found.end + 8)) ? nearestDate(ctx, ownDates, cueAt, cueAt + cueText.length, published) : null);
    // "reopened its embassy on June 6 and its consulate a day later": a distance right after the post counts from the day before it.
    // ("opened its embassy in Beijing the following year, and in 1973 …": from a day told before the post, not one after.)
    const after = stated ? text.slice(found.end, Math.min(sentence.end, found.end + 40)) : "";
    const counted = after && LATER.test(after) ? laterThan(after, nearestDate(ctx, ownDates.filter((d) => d.end <= found.start), found.start, found.end, published) ?? lastDated(events, firstOfSentence(events, sentence.index))) : null;
    const own = untilDay ?? counted ?? stated ?? laterThan(window, lastDated(events, firstOfSentence(events, sentence.index)), ctx.dayBefore) ?? openerLater(sentence, events, ctx.dayBefore ?? null) ?? referredDate(sentence, events);
    // ("has led the embassy since it reopened": a change the span starts from is background, of no day but its own.)
    const spanStart = cue !== undefined && own === null && SINCE_CUE.test(text.slice(Math.max(sentence.start, cueAt - 24), cueAt));
    const date = own ?? (spanStart ? null : relative ? relativeSpan(relative, nearestDate(ctx, clauseDates, found.start, found.end, published) ?? fallbackDate(found.start, found.end), published) : fallbackDate(found.start, found.end));
    const source = provenance(sentence, found.start, found.end, cue?.id ?? "mission.mention", cue ? 0.75 : 0.6);
    // ("opened its embassy in Israel on Wednesday … at a ceremony in Tel Aviv": where the opening took place, in the host.)
    if (!found.city && cue?.event === "mission-opened") found.city = ceremonyTown(ctx, found);
    missions.push({ sender: found.sender, host: found.host, kind: found.kind, city: found.city, status, date, dated: own !== null, order: found.start, sources: [source], generic: found.generic || undefined });
    // "raised the Consulate General in Singapore to the rank of Embassy": the post of the old kind is no more.
    if (upgradeAnnounced) missions.push({ sender: found.sender, host: found.host, kind: kindBefore, city: found.city, status: "open", date: null, dated: false, order: found.start, sources: [provenance(sentence, found.start, found.end, "mission.mention", 0.6)], generic: undefined });
    else if (found.kind !== kindBefore && modality === "asserted") missions.push({ sender: found.sender, host: found.host, kind: kindBefore, city: found.city, status: "closed", date, dated: own !== null, order: found.start, sources: [provenance(sentence, found.start, found.end, "mission.superseded", 0.6)], generic: undefined });
    // A post that relocates opens in its new host (SCHEMA.md conventions).
    relocatedPost(ctx, found, cue?.id === "mission.closed" && MOVING.test(cueText), modality, date, own !== null, provenance, events, missions);
    const eventType = cue?.event;
    const moved = `${cueAt}|${found.sender}|${found.host}|${found.kind}`;
    const movedBefore = cue && eventType ? movedBy?.get(moved) : undefined;
    if (movedBefore) addSource(movedBefore.sources, source);
    else if (cue && eventType && (modality === "asserted" || cue.future || options.keepUnasserted)) {
      const event: EventCandidate = {
        type: eventType,
        source: found.sender,
        target: found.host,
        date,
        modality: cue.future ? "asserted" : modality,
        officials: new Set(clauseParties(ctx, parties, found.start, relative).filter((p) => p.official && (p.code === found.sender || p.code === found.host)).map((p) => p.official!)),
        mission: { sender: found.sender, host: found.host, kind: found.kind, city: found.city },
        sources: [source],
        order: found.start,
        dated: own !== null,
        passive: false,
        sentence: sentence.index,
      };
      events.push(event);
      (movedBy ??= new Map()).set(moved, event);
      // (One post made another opens the new one: "the trade office was turned into an embassy".)
      if (found.kind !== kindBefore && CONVERTED.test(cueText)) events.push({ ...event, type: "mission-opened", officials: new Set(event.officials), sources: [source] });
      // Officials of the sending state at the opening abroad travelled there ("in a ceremony attended by …").
      if (eventType === "mission-opened" || eventType === "credentials-presented") {
        attendedAbroad(ctx, found, eventType, cueAt, windowStart, date, own !== null, provenance, events);
      }
    }
  }
}
