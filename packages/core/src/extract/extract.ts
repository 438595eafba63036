import { toIsoDay } from "../model/date.js";
import { type DocumentInput, toDocument } from "../model/document.js";
import { EVENT_CROSSWALK, type DiplomaticEvent, type EventType, type Modality, SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import type { Extraction } from "../model/extraction.js";
import type { MissionStatus } from "../model/mission.js";
import { isEnvoyRole, type Official } from "../model/official.js";
import type { Provenance } from "../model/provenance.js";
import { type EventCandidate, type FallbackDate, type MatchReading, type MissionCandidate, type ProvenanceOf, RUPTURE, TALKS } from "./candidates.js";
import { BEFORE_GERUND, conditionAfter, GERUND, objectOfVerbBefore, opensClause, ownAuxiliaryFrame, sharedVerbFrame, withoutAside } from "./clauses.js";
import { AND_VERB_WORDS, clauseBefore, clauseEnd, coordinatedBefore, distinctParties, joinedOfficials, partiesBefore, partnerOf, type Party, party, PASSIVE_BEFORE, placeBeforeWhere, type SentenceContext } from "./context.js";
import { datedByRupture, jointRuptureDates, refineDates, ruptureDates } from "./date-refiners.js";
import type { DateMention } from "./dates.js";
import { datelineDay, datelinePlace } from "./dateline.js";
import { afterOccasion, datedByDayNoun, datedByDecision, DAY_POSSESSIVE, firstOfSentence, framingDate, isRecent, lastDated, LATER, laterThan, matchDate, referredDate, rememberOccasion, sinceDate } from "./event-dates.js";
import { alsoWith, coordinated, followersOf, gappedWith, lastSwitch, matchRoles, namedEnvoysAsGroup, presentedTo, restoredWith, rowTarget, ruptureWith, sameDayAs, separately, thirdInRow, undoneAfter } from "./event-roles.js";
import { followedSuit, GAP_GATE, GAP_LIST_GATE, gappedClauses, gappedList, mayFollowSuit } from "./implied-events.js";
import type { Item } from "./mentions.js";
import { addSource, mergeEvents, mergeMissions } from "./merge.js";
import { DECIDED_WHEN_ANNOUNCED, modalityOf, scheduledJourney } from "./modality.js";
import { narrateYears } from "./narrated-years.js";
import { nearestDate } from "./nearest-date.js";
import { indexPeople, type PersonRecord, fullestNames, holdersCounterparts, possessedUntitled, resolvePeople, untitledHolders } from "./officials.js";
import { type PartyMemory, readParties } from "./parties.js";
import { isPlace, ORGANISATIONS } from "./party-kinds.js";
import { isGovernmentSite, publisherCountry } from "./publisher.js";
import { cityOf, findMissionMentions, type MissionMemory, type MissionMention, wordGate } from "./missions.js";
import { closeSevered, communiqueDeals, dropPhoneMeetings, governed, notToUnHost, specify } from "./refiners.js";
import { clauseParties, relativeClause, relativeSpan } from "./relative-clauses.js";
import { type EventRoles, type EventRule, ONLY_ECONOMIC, SIGNED_BY_SEATS } from "./rules/events.js";
import { MISSION_CUES, MISSION_KIND_PATTERNS, type MissionCue } from "./rules/missions.js";
import { type AnalysedSentence, analyseSentence, dateLine, meansDrCongo, NORTH_KOREA, SOUTH_KOREA } from "./sentence-analysis.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { pairsOf, readListPairs, readPairs } from "./talk-pairs.js";
import { candidateRules, nextMatch } from "./triggers.js";
import { addVenueVisits, ATTENDED_THE, attendedVenue, attendeeVisits, ATTENDING, ceremonyVisit, GATHERING_NAMED, gatheringVenue, HOSTED_BY, hostOfTalks, openingPlace, placeBeforeAnd, representedVenue, VENUE, visitedFrom } from "./venues.js";

// (Module constants, not inline: see unaccented.ts.)
const WORD_RUN = /^[\p{L}\p{M}]*/u;

export interface ExtractOptions {
  /** Keep future, negated and hypothetical events (with their modality) instead of dropping them. */
  keepUnasserted?: boolean;
}

const PAST_AFTER_AND = /\band\s+(?:(?:on|last|early|late|later|then|this)\s+(?:[A-Za-z]+\s+)?)?$/;
const PAST_VERB = /^[a-z]+ed\b/i;

const DETERMINED = /(?:\b(?:the|its|their|his|her|our|this|that|these|those|both|each|an?)\s+|['’]s\s+)(?:[\w-]+\s+){0,3}$/i;
const RULED_OUT = /^[^.;,]{0,30}?\b(?:is|was|are|were|remains?|remained)\s+(?:not|no longer)\s+(?:on the table|an option|under consideration|being (?:considered|discussed|planned)|planned|envisaged|on the agenda)\b/i;
const NO = /no/i;
const AT_WORK = /^(?:\s+in\s+[^,;]{1,30})?,\s+which\s+(?:serves|handles|covers|represents|provides|processes|issues|manages|oversees)\b/i;

const LEAD_TALKS = /\b(?:met|meetings?|talks|visit(?:ed|ing)?|held|received|signed|summit|joined)\b/i;

// ("17:05 IST", "9:25am:".)
// A transcript's question, by its label: "Question (Sidhant, WION):", "Q:", "Question:".
const QUESTION_LABEL = /^\s*(?:Question|Q)\s*(?:\([^()\n]{1,80}\))?\s*:/;
const ENTRY_TIME = /^\s*(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]m)?\b/i;

const PRESENCE_BEFORE = /\b(?:is|was|are|were|be|been|arrived|arrives|arriving|landed|stay(?:s|ed|ing)?|met|meets|meeting|talks|held|hold|holds|visit(?:s|ed|ing)?|based|hosted|summit|took place|ceremony|conference|forum|travell?ed|flew|went|came|returned|attended|signed|opened|inaugurated|received)\b[^.;]{0,40}$/i;
const REPORTING_FROM = /\b(?:coverage|reporting|reports|live|writing|dispatch|broadcasting)\s+from\s+$/i;
const NAMED_BY_SIGNING = /\b(?:deals?|agreements?|accords?|pacts?|treat(?:y|ies)|documents|memoranda|MoUs|protocols|contracts)\s+$/i;
const THEY = /^they\b/i;
const PASSIVE_RELATIONS = /\b(?:were|was|been)\s+(?:[a-z]+ly\s+)?restored$/i;
const ENVOY_WORD = /\b(?:diplomats?|ambassadors?|envoys?|delegation|chargé|charge d'affaires|persona non grata|head of mission)\b/i;

/**
 * Reads a news document into missions, officials and events, each with the sentence and spans behind it.
 * Pure, deterministic and offline.
 * @example
 * const { events } = extract({ text: "Arnor opened its embassy in Osgiliath on Monday.", published: "2024-05-08" });
 */
export function extract(input: DocumentInput, options: ExtractOptions = {}): Extraction {
  const document = toDocument(input);
  const text = document.text;
  // Relative dates ("today", "on Thursday") count from the day a wire story's dateline gives, which may be a day
  // before the page's date ("ABU DHABI, 1st August, 2023 (WAM) -- … today"); the report date stays the page's.
  const published = datelineDay(text, document.published) ?? document.published;
  const sentences = splitSentences(text);

  // Pass 1: items and officials, so later passes can resolve surnames and pronouns.
  const filedFrom = datelinePlace(text);
  // Pushed, not mapped: once extract is optimised, its inlined map builds a holey array, and every function that has
  // only met packed ones (narrateYears, resolvePeople, untitledHolders …) is thrown away and compiled again.
  const analysed: AnalysedSentence[] = [];
  const drc = meansDrCongo(text);
  const korea = NORTH_KOREA.test(text) ? (SOUTH_KOREA.test(text) ? "both" : "north") : null;
  // (The last words of the names written in full so far: "Foreign Minister Ana Medina …. Medina held talks" names her, not the town.)
  const surnames = new Set<string>();
  // (The state whose Foreign Office the text named with its possessive: "Pakistan's Foreign Office".)
  const foreignOffice: { code?: string } = {};
  // A listing's items each open with a date line of their own ("14 February 2024"): "today" after it is that day.
  let itemDay: string | null = null;
  for (const sentence of sentences) {
    const read = analyseSentence(sentence, itemDay ?? published, filedFrom, drc, korea, surnames, foreignOffice);
    analysed.push(read);
    read.dayLine = dateLine(read, published);
    itemDay = read.dayLine ?? itemDay;
  }
  narrateYears(analysed);
  const actorCounts = countActors(analysed);
  const home = publisherCountry(document.url);
  const people = resolvePeople(analysed.flatMap((a) => a.officials), analysed, actorCounts, home, isGovernmentSite(document.url), published);
  const untitled = untitledHolders(people, analysed, published);
  if (untitled.length) {
    holdersCounterparts(people, untitled);
    people.push(...untitled);
  }
  const possessed = possessedUntitled(people, analysed);
  if (possessed.length) people.push(...possessed);
  if (untitled.length || possessed.length) people.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  fullestNames(people, analysed);
  const personByToken = indexPeople(people);

  // Pass 2: parties, events and missions.
  // Two literals rather than a spread of the optional url: provenance is built for every record, and spreads are slow.
  const { id: documentId, url } = document;
  // (A span runs from the trigger to what it names, which may stand before it: "in Muscat, where he met …".)
  const provenance = url
    ? (sentence: Sentence, a: number, b: number, rule: string, confidence: number): Provenance => ({ documentId, url, sentence: sentence.text, spans: [{ start: Math.min(a, b), end: Math.max(a, b) }], rule, confidence })
    : (sentence: Sentence, a: number, b: number, rule: string, confidence: number): Provenance => ({ documentId, sentence: sentence.text, spans: [{ start: Math.min(a, b), end: Math.max(a, b) }], rule, confidence });
  const events: EventCandidate[] = [];
  const missions: MissionCandidate[] = [];
  const holders = titleHolders(people);
  const missionMemory: MissionMemory = { lastHost: null, dominant: null };
  const memory: PartyMemory = {
    // Every field from the start, the optional ones too: a field added later changes the object's shape, and V8
    // recompiles every function that has read the object (readParties, several times a run).
    lastPerson: undefined,
    priorPerson: undefined,
    subjectPerson: undefined,
    lead: undefined,
    speaker: undefined,
    subject: undefined,
    recent: [],
    named: new Map(),
    described: new Map(),
    person: personByToken,
    holder: (role) => holders.get(role) ?? undefined,
    holderIn: (role, code) => holders.get(`${role}|${code}`) ?? undefined,
    home,
    dominant: mostNamedState(actorCounts),
    pair: undefined,
    pairAt: 0,
    told: 0,
  };
  missionMemory.dominant = memory.dominant;
  const main = mostMentioned(people);
  if (main?.country) memory.speaker = party(main.country, 0, 0, "official", "", main.name, main.mentions[0]?.role || undefined);
  const lead = leadPerson(people, text);
  if (lead) memory.lead = party(lead.country!, 0, 0, "official", "", lead.name, lead.mentions[0]?.role || undefined);
  let paragraphDate: { paragraph: number; edtf: string } | null = null;
  let newsDate: string | null = null;
  let dayBefore: string | null = null;
  // The day of each occasion the text dated by name ("the April 22 attack"), by its noun.
  const occasions = new Map<string, string>();
  // Set once the article turns to the past: a date from an earlier year in the last two sentences.
  let backgroundSeen = false;
  let backgroundAge = 99;
  let place: Party | undefined = filedFrom;
  let dateline = place;
  // Set once the story is told somewhere other than where it was filed from.
  let awayFromDateline = false;
  let venue: { code: string; sentence: number } | null = null;
  // The gathering a sentence just before named, with its place and date: "the two-day gathering" after it is that one.
  let lastGathering: { code: string; sentence: number; date?: string } | null = null;
  let questionParagraph = -1;
  const publishedYear = published?.slice(0, 4);

  for (const { sentence, rules, items, dates, saidDates, dayLine } of analysed) {
    const eventsBefore = events.length;
    const missionsBefore = missions.length;
    // A digest's paragraphs carry datelines of their own ("WELLINGTON — …"): the story is set there from now on.
    const paragraphDateline = sentence.index > 0 && analysed[sentence.index - 1]!.sentence.paragraph !== sentence.paragraph ? datelinePlace(sentence.text, sentence.start) : undefined;
    if (paragraphDateline) [place, dateline, awayFromDateline] = [paragraphDateline, paragraphDateline, false];
    // A live blog's entry opens with its time ("17:05 IST", "14:05 BREAKING"): its undated news is the page's day, not
    // the day of news an earlier entry dated ("who arrived on Friday").
    if (newsDate && sentence.index > 0 && analysed[sentence.index - 1]!.sentence.paragraph !== sentence.paragraph && ENTRY_TIME.test(sentence.text)) newsDate = null;
    // So a listing's item is its date line's day; its headline, before that line, is none yet.
    if (dayLine) newsDate = dayLine;
    else if (newsDate && analysed[sentence.index + 1]?.dayLine) newsDate = null;
    const parties = readParties(items, memory, text);
    const ctx: SentenceContext = { sentence, items, parties, dates, saidDates, text, place, dateline: awayFromDateline ? undefined : dateline, filedFrom: dateline, dominant: memory.home ?? memory.dominant, dayBefore };
    // Organisations host missions but are not sides of bilateral events ("met at the UN").
    // (An organisation's own official acts for it: "the UN Special Envoy for Yemen arrived in Riyadh".)
    // (Written out, not spread from ctx: a spread is slow, and this is built for every sentence.)
    const stateCtx: SentenceContext = { sentence, items, parties: parties.filter((p) => !ORGANISATIONS.has(p.code) || p.via === "official"), dates, saidDates, text, place: ctx.place, dateline: ctx.dateline, filedFrom: dateline, dominant: ctx.dominant, dayBefore };

    // A date stated earlier in the paragraph carries to its later sentences ("In 2019, X visited Chad. He was hosted by …").
    if (paragraphDate && paragraphDate.paragraph !== sentence.paragraph) paragraphDate = null;
    // "A day after the attack, A declared …": counted from the day the text gave the attack.
    const anchored = occasions.size ? afterOccasion(sentence.text, occasions) : null;
    // Looking back is read near the trigger: "restoring ties severed five decades ago" restores them today.
    const fallbackDate = (at = sentence.start, to = sentence.end): string | null => {
      if (anchored) return anchored;
      // ("It is the 182nd country to establish ties with China": the news told again, not the history before it.)
      if (paragraphDate && !NTH_TO.test(sentence.text)) return paragraphDate.edtf;
      // The article's own news happened around one occasion: the latest dated news event, else the published day.
      const near = text.slice(Math.max(sentence.start, at - 60), Math.min(sentence.end, to + 15));
      // "X has recalled its envoys, the minister said on Wednesday": on or shortly before the day it was told; so too
      // what was told in reported speech ("said on Thursday that X had recalled"), which a past perfect does not make background.
      const told = published ? saidDates.find((d) => d.edtf?.length === 10 && !d.future && d.edtf <= published) : undefined;
      if (told && told.end <= at && /\b(?:that|it|they|he|she)\b/.test(text.slice(told.end, at))) return `${told.edtf}~`;
      // ("announced that Kenya will establish a high commission": a present "will" tells today's news, whatever came before.)
      // (With the words before the window, which the background test's look-behind reads: "the envoys said they had
      // reviewed …" is reported speech, however far back the window opens.)
      const lead = Math.max(sentence.start, at - 60) - Math.max(sentence.start, at - 90);
      if (!isNews(sentence, analysed.length, backgroundSeen && !PRESENT_WILL.test(near), text.slice(Math.max(sentence.start, at - 90), Math.min(sentence.end, to + 15)), lead) || !published) return null;
      if (told) return `${told.edtf}~`;
      // With no date in the text at all, it happened on or shortly before the report: approximate, "~" (DOMAIN.md),
      // so a knowledge base can tell it from a day the text gives and join it to a report that gives one.
      return newsDate ?? `${published}~`;
    };

    readRuleEvents(rules, ctx, stateCtx, people, published, fallbackDate, provenance, options, events);
    if (mayFollowSuit(sentence.text)) followedSuit(stateCtx, eventsBefore, fallbackDate, provenance, events);
    readMissions(ctx, missionMemory, published, fallbackDate, provenance, options, events, missions);
    if (events.length > eventsBefore && GAP_GATE.test(sentence.text)) gappedClauses(ctx, eventsBefore, missionsBefore, provenance, events, missions);
    if (events.length > eventsBefore && GAP_LIST_GATE.test(sentence.text)) gappedList(ctx, eventsBefore, provenance, events);
    if (eventsBefore > 0 && HOSTED_BY.test(sentence.text)) hostOfTalks(stateCtx, provenance, events);
    ceremonyVisit(sentence, parties, eventsBefore, provenance, events);
    if (DAY_POSSESSIVE.test(sentence.text)) datedByDayNoun(sentence, dates, eventsBefore, events);
    if (sentence.index <= 2) datedByDecision(sentence, dates, published, eventsBefore, events);
    const present = venue ?? (sentence.text.includes(" represented ") ? representedVenue(sentence, parties) : null);
    if (present && ATTENDING.test(sentence.text)) attendeeVisits(sentence, parties, present, fallbackDate, provenance, events);
    // A briefing's question ("Question (A, The Hindu): Sir, media report that India will open a consulate in B. Is that
    // correct?") asks; it tells no happening and no post's change.
    if (sentence.paragraph === questionParagraph || (sentence.index === 0 || analysed[sentence.index - 1]!.sentence.paragraph !== sentence.paragraph) && QUESTION_LABEL.test(sentence.text)) {
      questionParagraph = sentence.paragraph;
      events.length = eventsBefore;
      missions.length = missionsBefore;
    }
    if (!venue && sentence.index < 4) venue = gatheringVenue(sentence, parties);
    // "… the G20 foreign ministers' meeting in Johannesburg last month. A and B both attended the two-day gathering":
    // each official named now went to the gathering just named (one or two sentences before), when it was.
    if (lastGathering && lastGathering.sentence >= sentence.index - 2 && ATTENDED_THE.test(sentence.text)) {
      const gathering = lastGathering;
      attendeeVisits(sentence, parties, gathering, (at, to) => gathering.date ?? fallbackDate(at, to), provenance, events);
      // (Talks the sentence tells undated were held there, then: "… and A held a meeting with B on its sidelines".)
      if (gathering.date) for (let k = eventsBefore; k < events.length; k++) if (!events[k]!.dated && (events[k]!.type === "meeting" || events[k]!.type === "agreement")) events[k]!.date = gathering.date;
    }
    if (GATHERING_NAMED.test(sentence.text)) lastGathering = gatheringVenue(sentence, parties, GATHERING_NAMED, dates);
    // ("…, where the Emir of Qatar attended a Gulf Cooperation Council summit": later too, a gathering one attended.)
    if (!venue && events.length > eventsBefore && VENUE.test(sentence.text)) venue = attendedVenue(sentence, events, eventsBefore, published);
    const located = parties.findLast((p) => isPlace(p) && (p.cue === "in" || p.cue === "at" || p.cue === "dateline"));
    // (Not a place in a past year's story: "… in October 2019, when Xi visited the Indian town of Mamallapuram. Xi, who
    // arrived Monday, …" is still where the article is set.)
    // (Nor the start of a span up to now: "a war that has killed thousands since fighting erupted in May 1998".)
    const pastYear = publishedYear ? dates.some((d) => d.edtf && !d.future && d.edtf.slice(0, 4) < publishedYear && !sinceDate(text, d, sentence.start)) : false;
    // (Nor a place a noun phrase names in passing, with no event and no verb of presence before it: "concerns about
    // extremist elements in Canada" does not move a story filed from New Delhi.)
    const presentAt = (p: Party) => events.length > eventsBefore || PRESENCE_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 50), p.start));
    if (located && (located.cue === "dateline" || presentAt(located)) && !pastYear) place = located;
    // "our live coverage from Nuku'alofa": where the reporter is, the story is.
    const reportedFrom = parties.length && sentence.text.includes(" from ") ? parties.find((p) => isPlace(p) && p.cue === "from" && REPORTING_FROM.test(text.slice(Math.max(sentence.start, p.start - 30), p.start))) : undefined;
    if (reportedFrom && !pastYear) place = reportedFrom;
    // (Any place elsewhere moves it: "is back at his desk in Moscow, but officials in Chisinau said …".)
    const filed = dateline;
    const elsewhere = (p: Party) => isPlace(p) && (p.cue === "in" || p.cue === "at") && p.code !== filed!.code && !pastYear && presentAt(p);
    // (So does a journey told there: "in the desert city of Al-Ula, where the Emir attended a summit".)
    if ((filed && (parties.some(elsewhere) || (!pastYear && visitedFrom(events, eventsBefore, filed.code)))) || venue) awayFromDateline = true;
    for (let k = eventsBefore; k < events.length; k++) {
      const e = events[k]!;
      if (e.dated && e.date && published && isRecent(e.date, published)) newsDate = e.date;
    }
    // "X held bilateral meetings on Tuesday with Caribbean leaders …" opening the article names the day of its news,
    // even when no single event is read from it: the talks told after it happened then. (So too the lead's second or
    // third sentence: "No Greek prime minister came to Skopje for 27 years. On Tuesday X did, and he was received by …")
    if (sentence.index <= 2 && !newsDate && published && LEAD_TALKS.test(sentence.text)) {
      const day = dates.findLast((d) => d.edtf?.length === 10 && !d.future && isRecent(d.edtf, published));
      if (day) newsDate = day.edtf;
    }

    for (const d of dates) if (d.edtf?.length === 10 && !d.future) dayBefore = d.edtf;
    for (const d of dates) if (d.edtf?.length === 10 && !d.future) rememberOccasion(text, d, d.edtf, occasions);
    backgroundAge = pastYear ? 0 : backgroundAge + 1;
    backgroundSeen = backgroundAge < 2;
    // The frame a sentence sets ("In 2019, …") is its first date.
    // (A sentence with no date frames nothing: its asides need not be read.)
    const absolute = dates.length ? framingDate(sentence, dates, text, published) : undefined;
    if (absolute?.edtf) paragraphDate = { paragraph: sentence.paragraph, edtf: absolute.edtf };

  }

  actingFor(people, events);
  const ruptures = ruptureDates(events);
  // (The steps below build their arrays by pushing into a literal, not with map, filter or a spread: V8's optimised map
  // builds holey arrays, and an empty spread or filter one of small integers' kind, so each next step would meet a kind
  // of array its optimised code has not seen and be compiled again.)
  return {
    document,
    officials: people.filter((p) => p.country).map((p) => toOfficial(p, provenance)),
    missions: closeSevered(mergeMissions(specify(datedByRupture(missions, ruptures), text)), events),
    events: jointRuptureDates(mergeEvents(refineDates(dropPhoneMeetings(addVenueVisits(notToUnHost(communiqueDeals(governed(events)), text, filedFrom), venue, published), analysed), analysed, ruptures))).map((e) => toEvent(e, document.published)),
  };
}

// extract's steps for a sentence after its rules and posts are read, each a function of its own: V8 compiles a hot
// function whole, and extract, run once per article, was one of the longest compiles of a first pass.

/** The officials holding each title, by role, role and state, and the first words of the title as written. */
function titleHolders(people: PersonRecord[]): Map<string, PersonRecord | null> {
  const holders = new Map<string, PersonRecord | null>();
  for (const p of people) {
    const role = p.mentions[0]?.role;
    if (!role || !p.country) continue;
    // (And by the first words of a title as written: "the Minister of State" for "Minister of State and for Foreign Affairs".)
    holdTitle(holders, role, p);
    holdTitle(holders, `${role}|${p.country}`, p);
    const words = p.mentions[0]!.title.toLowerCase().split(/\s+/);
    // (Each prefix grown from the last, not joined anew: a title's prefixes are read for every person.)
    let prefix = words[0]!;
    // ("the Minister" for "Minister of Foreign Affairs", when no other minister is named.)
    if (words.length > 1) holdTitle(holders, `title:${prefix}`, p);
    for (let k = 1; k < words.length; k++) holdTitle(holders, `title:${(prefix += ` ${words[k]}`)}`, p);
  }
  return holders;
}

// Acts one state does alone: whoever does them, alone, does them for that state.
const ONE_SIDED: ReadonlySet<string> = new Set([
  "mission-announced", "mission-approved", "mission-opened", "mission-closed", "ambassador-appointed", "ambassador-recalled", "diplomat-expelled", "recognition",
]);

/**
 * An official whose state the text never gives (the document's was taken) serves the state whose own acts they alone
 * take part in: "Libya welcomed Norway's decision to reopen its embassy, announced by Foreign Minister X" is Norway's
 * minister. Still a guess: the sources keep saying so.
 */
function actingFor(people: PersonRecord[], events: EventCandidate[]): void {
  for (const p of people) {
    if (!p.stateFromDocument || !p.country) continue;
    const acts = events.filter((e) => e.officials.has(p.name));
    // (An envoy named in an expulsion is the other side's: "Bolivia expelled Ambassador X".)
    if (p.mentions.some((m) => isEnvoyRole(m.role)) && acts.some((e) => e.type === "diplomat-expelled")) continue;
    const source = acts[0]?.source;
    if (source && source !== p.country && acts.every((e) => ONE_SIDED.has(e.type) && e.source === source && e.officials.size === 1)) p.country = source;
  }
}

// Pass 2 is three functions rather than one loop body: V8 compiles a hot function whole, and recompiles it whole when
// it meets a new object shape, so a long body costs hundreds of milliseconds of compiling per change of shape.

// A title's abbreviation before a name: its period, read by the rules' patterns as a space (the same length).
const TITLE_PERIOD = /\b(Mrs|Mr|Ms|Dr|Prof|Amb|Hon|Gen|Lt|Col|Capt|Maj|Sen|Rep|Gov|Rev|Sgt|Adm|Brig|Cmdr)\.(?= [A-Z])/g;
const TITLE_PERIOD_GATE = /\b(?:Mrs|Mr|Ms|Dr|Prof|Amb|Hon|Gen|Lt|Col|Capt|Maj|Sen|Rep|Gov|Rev|Sgt|Adm|Brig|Cmdr)\. [A-Z]/;

/** The events a sentence's triggered rules read. */
function readRuleEvents(rules: ReturnType<typeof candidateRules>, ctx: SentenceContext, stateCtx: SentenceContext, people: PersonRecord[], published: string | null, fallbackDate: FallbackDate, provenance: ProvenanceOf, options: ExtractOptions, events: EventCandidate[]): void {
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

const TALKED_OF = /^(?:discussed|conferred)$/i;

/**
 * "X spoke by telephone with his counterpart Y. The two discussed …": what the sides of a call told just before
 * discussed, they discussed on the call (the talk told after it is no meeting), unless they have met since.
 * ("X's first engagement was with Y, who took over from Z. The two leaders discussed …": nor is a pair read from the
 * two states named last, one of them a side of the talks the sentence before told, other talks than those.)
 */
function toldTalks(roles: EventRoles & { source: Party; target: Party }, index: number, events: EventCandidate[]): boolean {
  const [a, b] = [roles.source.code, roles.target.code];
  const samePair = (e: EventCandidate) => (e.source === a && e.target === b) || (e.source === b && e.target === a);
  const isTalk = (e: EventCandidate) => e.type === "phone-call" || e.type === "meeting";
  const last = events.findLast((e) => e.sentence >= index - 2 && isTalk(e) && samePair(e));
  if (last) return last.type === "phone-call";
  const before = roles.source.via === "group" ? events.findLast((e) => e.sentence === index - 1 && isTalk(e)) : undefined;
  return before !== undefined && [before.source, before.target].filter((c) => c === a || c === b).length === 1;
}

// readRuleMatch reads a match in steps, each a function of its own: V8 compiled the whole as one unit of some
// 300 ms, the longest of the first pass, and ran it unoptimised meanwhile; most steps serve few matches.

const MEMBERS_AFTER = /^\s+(?:member\s+)?(?:states|countries|members|governments|capitals)\b/i;
const RELATIONS_ACTS: ReadonlySet<string> = new Set(["relations-severed", "relations-established"]);
// "ties were restored", "severed them again": the relations named, not the sides.
const SIDELESS_RELATIONS = /\b(?:were|was|been|them)\b/i;
const TO_AFTER = /^\s+to\b/;
const RELATIONS_WORD = /\b(?:relations|ties)\b/i;

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
  const named = distinctParties(partiesBefore(ctx, start).filter((p) => p.via === "actor"));
  const other = source ? named.find((p) => p.code !== source) : undefined;
  if (other) return { ...roles!, target: other };
  const [a, b] = pronoun ? [] : named;
  return a && b ? { source: b, target: a } : roles;
}

const NTH_TO = /\b(?:is|becomes|became|has become)\s+(?:now\s+)?the\s+(?:\d+(?:st|nd|rd|th)|latest|newest)\s+(?:country|state|nation|government)\s+to\b/i;
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
const REMOTE_AFTER = /^[^.;]*?\b(?:(?:via|by|over) (?:a )?video(?:[- ]?link|[- ]?conference)?|virtually|remotely)\b/i;
const PLANNED_AFTER = /^[^;]{0,90}?\b(?:is|are)\s+(?:still\s+|now\s+)?being\s+(?:discussed|planned|considered|prepared|arranged|negotiated|mooted|explored|worked out)\b/i;
const DECISION_BEFORE = /\b(?:decision|choice)\s+to\s+$/i;
const JUDGED_AFTER = /^[^.;]{0,100}?\b(?:had been|has been|was|is|proved|remains)\s+(?:(?:the|a)\s+)?(?:(?:very|absolutely|entirely)\s+)?(?:right|correct|wise|good|sound|historic|mistake|wrong|justified)\b/i;

const TO_CHARGE_LEVEL = /^[^.;,]{0,60}?\bto (?:the )?(?:level|rank) of (?:a )?charg/i;

/** The events one match of a rule's trigger reads. */
function readRuleMatch(rule: EventRule, m: RegExpExecArray, ctx: SentenceContext, stateCtx: SentenceContext, people: PersonRecord[], published: string | null, fallbackDate: FallbackDate, provenance: ProvenanceOf, options: ExtractOptions, events: EventCandidate[]): void {
  const { sentence, parties, dates } = ctx;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  // ("cut relations with A to the level of chargé d'affaires": lowered, not cut off; the downgrade rule reads it.)
  if (rule.type === "relations-severed" && TO_CHARGE_LEVEL.test(ctx.text.slice(end, Math.min(sentence.end, end + 70)))) return;
  // Deals between chambers, companies or universities are not between states (DOMAIN.md traps).
  if (rule.type === "agreement" && NON_STATE_PARTIES.test(clauseBefore(ctx, start)) && !parties.some((p) => p.via === "official")) return;
  // "has since hosted several Chinese and Russian delegations": guests counted by the many are a habit, no one happening.
  if ((rule.type === "meeting" || rule.type === "visit") && HABITUAL_GUESTS.test(ctx.text.slice(end, Math.min(sentence.end, end + 90)))) return;
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
  // "received Imam X, an influential Malian cleric": a state's private citizen is no side of talks.
  if (TALKS.has(rule.type) && roles?.target?.via === "actor" && PRIVATE_PERSON_AFTER.test(ctx.text.slice(roles.target.end, Math.min(sentence.end, roles.target.end + 50)))) return;
  // (Not a member state expelled from the bloc: "The Arab League expelled Syria in 2011".)
  if (rule.type === "diplomat-expelled" && [roles?.source, roles?.target].some((p) => p && ORGANISATIONS.has(p.code)) && !ENVOY_WORD.test(sentence.text)) return;
  // ("After the ceremony, the President held separate talks with each of the envoys": those whose credentials were told.)
  if (roles?.unnamedGroup && roles.target) namedEnvoysAsGroup(roles, roles.target, people, ctx.text, start, end, rule.type === "meeting" ? presentedTo(roles.target.code, events) : undefined);
  if (roles?.reciprocal) roles = thirdInRow(roles, sentence, start, end, events);
  // "Bahrain and Sudan cut ties on Monday" in a row aimed at a third state: each with that state, not with each other.
  else if (rule.type === "relations-severed" && roles?.source && roles.target && roles.source.end <= start && roles.target.end <= start && roles.source.via === "actor" && roles.target.via === "actor" && !BETWEEN_BEFORE.test(clauseBefore(ctx, start))) roles = thirdInRow(roles, sentence, start, end, events);
  // ("Costa Rica made the switch in June 2007": to the state the switch told before went to.)
  if (rule.id === "event.recognition-switched-to-only" && roles?.source && !roles.target) {
    const to = lastSwitch(events)?.to;
    if (to && to !== roles.source.code) roles.target = party(to, start, end, "actor", "");
  }
  if (roles?.source && roles.target && RUPTURE.has(rule.type) && opensClause(stateCtx, end, roles.target)) {
    const other = rowTarget(rule, roles.source, sentence, stateCtx, events);
    if (other) roles.target = party(other, start, end, "actor", "");
  }
  let answered: Party | undefined;
  if (roles?.source && !roles.target) {
    // ("A shut its embassy in B. … Ambassador X … was recalled": an envoy named with no post is recalled from the state
    // of the rupture the article told before with theirs.)
    const other = rowTarget(rule, roles.source, sentence, stateCtx, events) ?? (rule.type === "ambassador-recalled" && roles.source.via === "official" ? ruptureWith(roles.source.code, events) : undefined);
    if (other) roles.target = party(other, start, end, "actor", "");
    // "A recognised B on Thursday, drawing an angry response from C, which recalled its ambassador": the state answered
    // is the one whose act the sentence opened with.
    else if (rule.type === "ambassador-recalled" && (answered = answeredState(stateCtx, roles.source, start))) roles.target = answered;
    // "Israel pre-empted the vote by recalling its ambassador to Jerusalem for consultations", in a story about South
    // Africa: an envoy called home from the state the story is about.
    // (Only of a state named outright, not one a description stands for: "The African country said it would recall …".)
    else if (rule.type === "ambassador-recalled" && ctx.dominant && ctx.dominant !== roles.source.code && !ORGANISATIONS.has(ctx.dominant) && (roles.source.via === "actor" || roles.source.via === "official") && !DESCRIBED_STATE.test(ctx.text.slice(roles.source.start, roles.source.end))) roles.target = party(ctx.dominant, start, end, "actor", "");
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
  if (!roles?.source || !roles.target || roles.source.code === roles.target.code) return;
  if (rule.type === "meeting" && TALKED_OF.test(m[0]) && toldTalks(roles as EventRoles & { source: Party; target: Party }, sentence.index, events)) return;
  // ("a call between A and B is being discussed": a topic discussed, by no one named, is no meeting of its sides; "this
  // was discussed between A and B" is.)
  if (rule.type === "meeting" && TALKED_OF.test(m[0]) && PASSIVE_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 24), start)) && !/^\s+(?:between|by|with)\b/.test(ctx.text.slice(end, end + 10))) return;
  // ("14 EU member states have decided to expel": the members act, each for itself, not the bloc.)
  if (ORGANISATIONS.has(roles.source.code) && roles.source.via === "actor" && MEMBERS_AFTER.test(ctx.text.slice(roles.source.end, roles.source.end + 20))) return;
  // A cause told as a fact ("would not expel anyone in response to Peru's expulsion of its ambassador") is framed
  // by its own words only.
  const causeFrom60 = Math.max(sentence.start, start - 60);
  const causeWords = CAUSE_BEFORE.exec(ctx.text.slice(causeFrom60, start));
  // (Not an aside between subject and verb: "X, the first minister to visit Cairo in a decade, held talks".)
  // ("Washington rejected the accusation as baseless and on Thursday ordered …": a past verb after "and" is a predicate
  // of its own, which the words framing the one before do not frame; not one a "that" clause holds, "denied that it had
  // summoned … and expelled".)
  const justBefore = ctx.text.slice(Math.max(sentence.start, start - 24), start);
  const ownPredicate = PAST_AFTER_AND.test(justBefore) && PAST_VERB.test(m[0]) && !/\bthat\b/i.test(clauseBefore(ctx, start));
  // ("is scheduled to hold talks with X and meet Y on Saturday, before flying to Z": what follows "before" in a gerund
  // is framed as the clause it follows is, however long.)
  const beforeGerund = BEFORE_GERUND.test(justBefore) && GERUND.test(m[0]);
  const framedBefore = ownPredicate ? "asserted" : modalityOf(causeWords ? causeWords[0].replace(/^\S+\s+\S+\s+\S+\s*/, "") : ownAuxiliaryFrame(clauseBefore(ctx, start), justBefore) ?? (beforeGerund ? withoutAside(clauseBefore(ctx, start)) : sharedVerbFrame(withoutAside(clauseBefore(ctx, start)))));
  // "would cut ties with Peru if the border was closed": a future on a condition told after it is no decision.
  // ("The new envoys will serve as permanent representatives: A to the UN; …": the posts are to come, the appointments made.)
  const framed = roles.roster ? "asserted" : framedBefore === "planned" && conditionAfter(ctx, end) ? "hypothetical" : framedBefore;
  // ("a telephone call between the two presidents is being discussed": an act still talked of is no act yet.)
  // ("Talks between the two leaders were expected later in the evening": a meeting named as the subject of an
  // expectation is still to come.)
  const expected = framed === "asserted" && EXPECTED_WORD.test(sentence.text) && NAMED_ACT.test(m[0]) && !/[,;]/.test(clauseBefore(ctx, start)) && EXPECTED_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 80)));
  const stillPlanned = expected || (framed === "asserted" && BEING_WORD.test(sentence.text) && PLANNED_AFTER.test(ctx.text.slice(end, Math.min(sentence.end, end + 110))));
  const modality = framed === "planned" && DECIDED_WHEN_ANNOUNCED.has(rule.type) ? "asserted" : stillPlanned || (framed === "asserted" && rule.type === "visit" && scheduledJourney(m[0], sentence.text)) ? "planned" : framed === "asserted" && undoneAfter(ctx.text, m[0], end, sentence.end) ? "negated" : framed;
  if (modality !== "asserted" && !options.keepUnasserted) return;
  // "…opened on Friday, weeks after the minister visited Lima": the visit is dated by its own clause, else placed
  // before the main clause's date by the distance the text gives.
  const relative = relativeClause(ctx, start);
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
  // "a joint declaration with the US and Israel": every pair of a multilateral agreement or meeting.
  if (SYMMETRIC_EVENT_TYPES.has(rule.type) && targets.length > 1 && rule.type === "agreement" && framed === "asserted") {
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
  const sources = distinctParties([roles.source, ...(roles.moreSources ?? []), ...joined]);
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
  const reading: MatchReading = { rule, trigger: m[0], start, end, clauseTo, whereBefore, talks, inClause, modality, isDated, passive };
  // "Japan, China and South Korea agreed …": a symmetric act of three or more states named together, before the
  // trigger, is every pair's (the pair the rule read is recorded below).
  // (So too officials: "Peruvian Foreign Minister A, Chilean Foreign Minister B and Bolivian Foreign Minister C met".)
  if (SYMMETRIC_EVENT_TYPES.has(rule.type) && roles.source.end <= start && roles.target.end <= start && (roles.source.via === "actor" || roles.source.via === "official") && (roles.target.via === "actor" || roles.target.via === "official")) {
    readListPairs(reading, roles.source, roles.target, ctx, stateCtx, date, provenance, events);
  }
  readPairs(reading, ctx, stateCtx, sources, targets, paired, date, provenance, events);
}

const BETWEEN_BEFORE = /\bbetween\b/i;

// (", prompting China to downgrade ties": a consequence told of another state.)
// (", and plans a mission in Australia": a verb of its own after the post.)
const OTHER_CLAUSE = new RegExp(`;|,?\\s+(?:while|whereas|but)\\b|,\\s+(?:prompting|forcing|leading|causing|sparking|triggering|drawing)\\b|,\\s+and\\s+${AND_VERB_WORDS}\\b`, "i");
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

const OPENING_SUBORDINATE = /^\W*(?:Until|Once|When|If|Unless|Before|After)\b[^,;]*,/;
// Between a verb and the post it governs: "reopened its embassy", "opened a new consulate general".
// ("inaugurated Chile's embassy", "inaugurated the new premises of Chile's embassy": a state's possessive, a building of it.)
const GOVERNED = /^\s*(?:(?:the\s+)?(?:new\s+)?(?:premises|building|chancery|headquarters|seat)\s+of\s+)?(?:(?:its|their|his|her|the|an?|our)\s+|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+)?(?:(?:new|first|own|former|temporary)\s+)?$/iu;
// ("the opening of a new embassy": a verbal noun governs through "of".)
const GOVERNED_OF = /^\s+of\s+(?:(?:its|their|his|her|the|an?|our)\s+)?(?:(?:new|first|own|former|temporary)\s+)?$/i;
const governs = (between: string, verb: string) => GOVERNED.test(between) || (/ing$/i.test(verb) && GOVERNED_OF.test(between));
const CLAUSE_BREAK = /[—–;(]|,\s|\sand\s/;
const NOUN_OBJECT = /\b(?:on|about|regarding|concerning|for|of)\s+(?:the\s+)?$/i;
const NEW_SUBJECT = /;\s*|,\s+(?:and|but|while|whereas)\s+(?=[A-Z])/g;

const CAUSE_BEFORE = /\bin (?:retaliation|response|reprisal|reply) (?:for|to)\s+(?:[\w'’-]+\s+){0,3}$|\bretaliating for\s+(?:[\w'’-]+\s+){0,3}$/i;

const MINISTERS: ReadonlySet<string> = new Set(["head-of-state", "head-of-government", "foreign-minister", "deputy-foreign-minister", "minister"]);
const REPORTED = /\b(?:that|said|says|told|announced|stated|noted|explained|elaborated|added|confirmed)\b/i;

// A reporting verb right before a date: "announced on Tuesday", "told reporters late on Monday", "said Friday".
// A future before a clause of time whose verb follows: "will take up her duties when the office opens".
const FUTURE_WHEN = /\b(?:will|shall|is to|are to)\s[^,;.]{0,60}\b(?:when|once|as soon as|after)\s+(?:the\s+|its\s+|their\s+|a\s+|new\s+)*(?:[\w-]+\s+){0,3}$/i;

// A verb of saying in the past before a plan: "Canada announced its intention to open an embassy in X in October 2023".
const ANNOUNCED_PAST = /\b(?:announced|said|declared|stated|confirmed|revealed|disclosed|unveiled)\b/i;

/**
 * A date right after a post planned by a past verb of saying, itself past at publication: the day it was said, not
 * the opening's ("announced its intention to open an embassy in X in October 2023"; not "said it would open it in 2026").
 */
function announcedBefore(ctx: SentenceContext, dates: DateMention[], postEnd: number, head: string, published: string | null): string | null {
  if (!published || !ANNOUNCED_PAST.test(head)) return null;
  const d = dates.find((x) => x.start >= postEnd && x.start - postEnd <= 60);
  if (!d?.edtf || d.future || d.edtf.includes("/") || d.edtf >= published.slice(0, d.edtf.length)) return null;
  // (Right after the post and its place: "in Yerevan in October 2023".)
  return POST_PLACE_THEN_DATE.test(ctx.text.slice(postEnd, d.start)) ? d.edtf : null;
}
const POST_PLACE_THEN_DATE = /^(?:,? in (?:the )?(?:\p{Lu}[\p{L}'’.-]*,? ){1,4})?(?:in |on |last )?$/u;
const ANNOUNCED_ON = /\b(?:announced|said|declared|stated|confirmed|revealed|disclosed|wrote|tweeted|posted|told(?:\s+[\w-]+){0,4})\s+(?:late\s+|early\s+|earlier\s+)?$/i;

// Between two posts, what makes the second another clause's: ", which will complement", "and now covers".
const OWN_VERB_BETWEEN = /\b(?:which|that)\b|\band (?:now |still |later |also )?(?!(?:its|his|this|thus|towns|cities)\b)[a-z]+(?:s|ed)\b/;
// (And a noun phrase about its town: "the Consulate General of Vietnam in Busan, the second largest city of the
// Republic of Korea (RoK), was officially inaugurated".)
// (Or a place's own aside: "the Consulate General of Uzbekistan in Osh, Kyrgyzstan's second-largest city, opened …".)
const POST_ASIDE = /^(?:\s+(?:of|in)\s+[^,;]{1,40})*,\s+(?:(?:headed|run|led|staffed|located|based)\b|(?:the|a|an)\s|[A-Z][\p{L}-]*['’]s\s)[^,;]{1,80},/iu;
// (Past a phrase of cause or means: "closed its embassy in Lusaka in 2011 as part of a review of its network, but reopened it".)
// ("resumed the operations of its embassy in Damascus on Dec. 14, twelve years after suspending them in March 2012": the
// earlier change, told by a participle after "after".)
const POST_AGAIN = /^[^;]{0,100}?\s(?:but|and|then|before|only to|after)\s+((?:(?:later|then|subsequently|eventually|finally)\s+)?[a-z]+(?:\s+down)?\s+it|(?<=after\s+)[a-z]+ing\s+(?:it|them))\b/i;
// (Or a participle with its date: "the embassy in Lima, shut since 2019, reopened".)
const POST_RELATIVE = /,\s+(?:which|a\s+(?:move|decision|step)(?=\s+\w+ed\b))\s+[^,;]*|,\s+(?:(?:first|originally|temporarily)\s+)?(?:closed|shut|opened|reopened|established|inaugurated|suspended|evacuated|set\s+up)\s+(?:in|since|on|during|after|last|earlier)\b[^,;]*(?=,)/i;

// (Most windows hold the words of one or two cues: the others are not searched.)
// After a post's relative clause, the post's own predicate: ", reopened on Wednesday", ", has been closed".
const PREDICATE_AFTER = /^,\s+((?:(?:has|have|had|was|were|is|are|will|would)\s+(?:(?:been|be)\s+)?)?(?:\w+ly\s+)?(\w[^,;]*))/i;
// Between a post and the act that establishes it: "… in Ethiopia under a decree", "… by a law".
const UNDER_ACT = /^(?:\s+(?:in|at)\s+[^,;]{1,40}?)?\s+(?:under|by|in accordance with|pursuant to)\s+(?:an?\s+|the\s+)?(?:(?:presidential|royal|government|executive|new)\s+)?$/i;
// Between the post's verb and a later one: a time clause opens ("… after a brief closure", "… since it was shut").
const TIME_CLAUSE_OPENS = /\b(?:after|following|since|before|until|when|amid)\b/i;
const CUE_GATE = wordGate(MISSION_CUES);

/** "…, which was shut in 2013", "…, a move approved by the government last year": a past change of the post just named, dated by its own words. */
function readPostRelative(ctx: SentenceContext, found: MissionMention, from: number, to: number, published: string | null, provenance: ProvenanceOf, events: EventCandidate[], missions: MissionCandidate[]): void {
  const clause = ctx.text.slice(from, to);
  const cue = MISSION_CUES.find((c) => !c.future && c.event && c.pattern.test(clause));
  if (!cue?.event || modalityOf(clause) !== "asserted") return;
  const date = nearestDate(ctx, ctx.dates.filter((d) => d.start >= from && d.end <= to), from, to, published);
  const source = provenance(ctx.sentence, from, to, cue.id, 0.65);
  const mission = { sender: found.sender, host: found.host, kind: found.kind, city: found.city };
  missions.push({ ...mission, status: cue.status, date, dated: date !== null, order: from, sources: [source], generic: found.generic || undefined });
  events.push({ type: cue.event, source: found.sender, target: found.host, date, modality: "asserted", officials: new Set(), mission, sources: [source], order: from, dated: date !== null, passive: false, sentence: ctx.sentence.index });
}

/**
 * Whether a verb found near a post is not the post's own after all. (A function of its own: V8 compiles readMissions
 * whole and runs it unoptimised meanwhile.)
 */
function cueVetoed(ctx: SentenceContext, found: MissionMention, mentions: MissionMention[], cue: MissionCue, cueAt: number, cueText: string, published: string | null, speaker: boolean): boolean {
  const { sentence, dates, text } = ctx;
  // "Until it is established, the High Commission in Suva will …": a verb of an opening subordinate clause is not the
  // post's after it.
  const opener = OPENING_SUBORDINATE.exec(sentence.text);
  if (opener && cueAt < sentence.start + opener[0].length && found.start >= sentence.start + opener[0].length) return true;
  // "established diplomatic relations at a ceremony at the Permanent Mission": the verb has another object.
  // ("suspended consular services at its embassy": a service of the post, not the post.)
  if (cueAt < found.start && /\b(?:relations|ties|agreement|accord|memorand\w*|talks|flights|cooperation|trade|communiqu\w*|protocol|(?:consular|visa) (?:services|section|department|issuance|operations|appointments))\b/i.test(text.slice(cueAt, found.start))) return true;
  // "declared two diplomats of the Latvian embassy persona non grata and decided to close Latvia's consulate": a verb
  // after the post whose object is another post named just after it moves that one.
  // (So does "that post", the same one named again: "a US embassy in Honiara in 2023 — Washington had closed that post".)
  if (cueAt > found.end && mentions.some((o) => o.start > cueAt && o.start - (cueAt + cueText.length) <= 30 && (o.kind !== found.kind || o.host !== found.host || o.sender !== found.sender || /\bth(?:at|is)\s+$/i.test(text.slice(o.start - 6, o.start))))) return true;
  // "will open an Honorary Consulate in Arequipa, which will complement the work of the Embassy in Lima": a verb before
  // another post named in between is that post's.
  // ("closed its embassy in Gaborone in 2008 and now covers Botswana from its embassy in Pretoria" likewise: a verb of
  // its own in between.)
  if (cueAt < found.start && mentions.some((o) => o.start > cueAt && o.end <= found.start && OWN_VERB_BETWEEN.test(text.slice(o.end, found.start)))) return true;
  // ("decided to open an embassy in A, which would be its second mission after its embassy in B": a verb before a
  // relative clause the post sits in is the clause's head's.)
  if (cueAt < found.start && /,\s+(?:which|who|whose)\b/i.test(text.slice(cueAt + cueText.length, found.start))) return true;
  // "the decree brings its missions in the region to three, alongside the embassies in A and B": a post set beside the
  // verb's object is not moved by it.
  if (cueAt < found.start && BESIDE.test(text.slice(cueAt + cueText.length, found.start))) return true;
  // "Norway will open a consulate in Da Nang, the Norwegian embassy in Hanoi said": the post that tells the news is its
  // speaker, not the object of a verb before it.
  if (cueAt < found.start && speaker) return true;
  // "the embassy closed its consular section": a part of the post closes, not the post.
  // ("suspended consular services", "halted visa issuance": so too a service with no determiner.)
  if (cueAt > found.end && /^\s+(?:(?:its|the|their|all)\s+)?(?:consular|visa)\s+(?:section|department|services|window|unit|issuance|operations|appointments)\b/i.test(text.slice(cueAt + cueText.length, cueAt + cueText.length + 40))) return true;
  // ("opened its embassy in A, a year after B suspended relations with C": a verb after the post whose object is relations.)
  if (cueAt > found.end && /^\s+(?:(?:diplomatic|all|its|their)\s+)?(?:relations|ties)\b/i.test(text.slice(cueAt + cueText.length, cueAt + cueText.length + 30))) return true;
  // "missions to the UN to set up ties": an infinitive after the post governs something else.
  if (cueAt > found.end && /^to\b/i.test(cueText)) return true;
  // "the reopening of the embassy" with no date of its own points back at an event told elsewhere.
  if (cue.nominal?.test(cueText) && !nearestDate(ctx, dates, found.start, found.end, published)) return true;
  return false;
}

// (After the post: its city, if the mention stopped before it, then a verb of saying; or "according to" before it.)
const SPEAKS_AFTER = /^(?:\s+(?:in|at)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})?(?:\s+(?:also|later|earlier))?\s+(?:said|says|announced|stated|told|confirmed|added|noted|wrote|tweeted|posted|reported|explained)\b/u;
const ACCORDING_TO = /\baccording\s+to\s+(?:a\s+statement\s+(?:from|by)\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** Whether a post is the one telling the sentence's news ("…, the Norwegian embassy said"; "according to the embassy"). */
function speaksNews(text: string, found: MissionMention, sentenceEnd: number): boolean {
  return SPEAKS_AFTER.test(text.slice(found.end, Math.min(sentenceEnd, found.end + 60))) || ACCORDING_TO.test(text.slice(Math.max(0, found.start - 40), found.start));
}

const BESIDE = /\b(?:alongside|separate from|distinct from|apart from|unlike|besides|in addition to)\b/i;

// "upgraded its consulate in Dubai to a consulate-general", "raised the mission to the level of an embassy".
const NEW_KIND = /^[^.;]{0,60}?\b(?:to|into)\s+(?:an?\s+|the\s+)?(?:(?:level|status|rank)\s+of\s+(?:an?\s+)?)?(?:(?:full|fully)(?:[- ]fledged)?\s+|new\s+)?(embass(?:y|ies)|high commissions?|consulates?[- ]generals?|general consulates?|consulates?)\b/i;
// (A date read with its "until": "until 1993".)
const UNTIL_BEFORE = /^[^.;,]{0,60}?(?:\buntil\s+)?$/i;
const UNTIL = /^until\b/i;
const NOT_OPEN_BEFORE = /\b(?:not|never)\s+(?:re-?)?open\s+(?:[\w-]+\s+){0,3}$/i;
const OPENED = MISSION_CUES.find((c) => c.id === "mission.opened")!;
const MOVING = /^(?:relocat|mov|transferr)/i;
// Right after the post moved: the place it leaves, then the one it goes to ("… from Kabul to Doha", "… in Libya to Tunis").
const THERE_FROM = /^\s+there\s+from\s+$/i;
const MOVED_FROM_TO = /^\s+(?:(?:temporarily|permanently)\s+)?(?:from|in|at)\s+[^.;,]{1,40}?\s+to\b/i;
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
    const kind = raised ? MISSION_KIND_PATTERNS.find((k) => ((k.pattern.lastIndex = 0), k.pattern.test(raised[1]!)))?.kind : undefined;
    if (kind && kind !== found.kind) [found.kind, found.generic] = [kind, undefined];
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
  const opener = eventType === "mission-opened" && cueAt < found.start ? parties.find((p) => p.via === "official" && p.code === found.sender && p.role !== undefined && MINISTERS.has(p.role) && p.start >= windowStart && p.end <= cueAt && !REPORTED.test(text.slice(p.end, cueAt))) : undefined;
  // (Not the author of a pledge: "in fulfilment of a pledge by President X" names no one at the opening.)
  const guests = parties.filter((p) => p.via === "official" && p.code === found.sender && p.role !== "ambassador" && p.start < clauseTo && (p.start > found.end || p.cue === "by" || p === opener) && !WORD_OF.test(text.slice(Math.max(sentence.start, p.start - 60), p.start)));
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

/** The missions a sentence names, and the events that move them. */
function readMissions(ctx: SentenceContext, missionMemory: MissionMemory, published: string | null, fallbackDate: FallbackDate, provenance: ProvenanceOf, options: ExtractOptions, events: EventCandidate[], missions: MissionCandidate[]): void {
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
    const cutAt = Math.min(other ? found.end + other.index : sentence.end, ownClause && !resumed ? found.end + ownClause.index : sentence.end, (resumed ? relEnd : found.end) + 60 + (aside ? aside[0].length : 0));
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
      const from = found.end + again[0].length - again[1]!.length;
      const comma = text.indexOf(",", from);
      const to = clauseEnd(ctx, from);
      readPostRelative(ctx, found, from, comma >= 0 && comma < to ? comma : to, published, provenance, events, missions);
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
    const underAct = cue?.id === "mission.approved" && cueAt >= found.end && UNDER_ACT.test(text.slice(found.end, cueAt));
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
    const headOf = () => (head ??= clauseBefore(ctx, Math.min(cueAt, found.start)));
    // ("will take up her duties when the office opens this fall": a verb in a clause of time a future governs is to come.)
    const toCome = cueAt > found.end && cueAt - found.end <= 80 && FUTURE_WHEN.test(text.slice(Math.max(sentence.start, found.start - 80), cueAt));
    const framedBefore = ruledOut || (cueAt > found.end && modalityOf(text.slice(found.end, cueAt)) === "negated") ? "negated" : toCome ? "planned" : modalityOf(headOf().slice(-80));
    // ("will close its embassy if the attacks continue": a condition after the post.)
    // (So too a plan told by its own verb: "will open an embassy in Nairobi if funds allow".)
    const framed = (framedBefore === "planned" || (framedBefore === "asserted" && cue?.future && cue.event)) && conditionAfter(ctx, Math.max(found.end, cueAt + cueText.length)) ? "hypothetical" : framedBefore;
    // "did not open a resident embassy in Dublin until 1993": it opened then.
    const untilDay = framed === "negated" && !cue?.future && (cue || NOT_OPEN_BEFORE.test(text.slice(windowStart, found.start))) ? dayUntil(ctx, found.end) : null;
    if (untilDay) cue ??= OPENED;
    const modality = untilDay || (framed === "planned" && ((cue?.event && DECIDED_WHEN_ANNOUNCED.has(cue.event)) || (underAct && cue?.id === "mission.approved"))) ? "asserted" : framed;
    // "an embassy" with no verb of its own names no particular post; wishes and conditions create none.
    // (Unless the post is described at work: "by a consulate general in São Paulo, which serves exporters".)
    const article = /\ban?\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sentence.start, found.start - 20), found.start)) && !AT_WORK.test(text.slice(found.end, Math.min(sentence.end, found.end + 60)));
    // Denied, conditional or rumoured plans create no post, even in future wording ("denied plans to open").
    // A definite post with no verb of its own exists whatever the clause plans ("will be handled from the Czech embassy
    // in Islamabad"), unless it is denied ("has no embassy").
    // ("The EU delegation in Caracas has not closed": a definite post denied a closure is open.)
    // ("Asked whether X would close its embassy in Y": a definite post whose closing is only asked about is open.)
    if ((modality === "negated" || modality === "hypothetical") && cue && (cue.status === "closed" || cue.status === "suspended") && !article) cue = undefined;
    // ("could one day lead to embassies in Ankara and Yerevan": posts named bare in a condition are none.)
    else if (!cue && modality !== "asserted" && !DETERMINED.test(text.slice(Math.max(sentence.start, found.start - 40), found.start))) continue;
    else if ((!cue && article) || (cue && modality !== "asserted" && !cue.future) || modality === "negated" || (cue && modality === "hypothetical")) continue;
    let status: MissionStatus = cue?.status ?? "open";
    if (cue && !cue.future && modality !== "asserted") status = modality === "planned" ? "planned" : "open";
    // An announcement is dated by when it was made, not by when the post will open ("will open this year").
    const relative = relativeClause(ctx, found.start);
    // (Not the dates of the post's own relative clause, read above.)
    const clauseDates = ownClause ? dates.filter((d) => d.start < found.end + ownClause.index || d.start >= found.end + ownClause.index + ownClause[0].length) : dates;
    const ownDates = relative ? clauseDates.filter((d) => d.start >= relative.start) : clauseDates;
    // "… will open an embassy in Rabat, the minister announced on Tuesday": the day of the verb that announced it.
    // ("Portugal said last week that it intends to open an embassy": the day of the verb before it, in its clause.)
    const clauseFrom = Math.min(found.start, cueAt) - headOf().length;
    const announcedOn = cue?.future ? [...ownDates, ...ctx.saidDates].find((d) => (d.start >= found.end || (d.end <= found.start && d.start >= clauseFrom)) && d.edtf && !d.future && ANNOUNCED_ON.test(text.slice(Math.max(d.start >= found.end ? found.end : clauseFrom, d.start - 40), d.start))) : undefined;
    const stated = cue?.future
      // (Before the verb: "will open this year an office" dates the opening, not the announcement; a verb that says when
      // it was announced outranks a date before the post, which may be another verb's: "welcomed on Sunday X's decision
      // to reopen its embassy, announced last week".)
      ? (announcedOn?.edtf ?? nearestDate(ctx, ownDates.filter((d) => d.end <= Math.min(found.start, cueAt) && d.start >= clauseFrom), found.start, found.end, published) ?? announcedBefore(ctx, ownDates, found.end, headOf(), published))
      : nearestDate(ctx, ownDates, found.start, found.end, published);
    // "reopened its embassy on June 6 and its consulate a day later": a distance right after the post counts from the day before it.
    // ("opened its embassy in Beijing the following year, and in 1973 …": from a day told before the post, not one after.)
    const after = stated ? text.slice(found.end, Math.min(sentence.end, found.end + 40)) : "";
    const counted = after && LATER.test(after) ? laterThan(after, nearestDate(ctx, ownDates.filter((d) => d.end <= found.start), found.start, found.end, published) ?? lastDated(events, firstOfSentence(events, sentence.index))) : null;
    const own = untilDay ?? counted ?? stated ?? laterThan(window, lastDated(events, firstOfSentence(events, sentence.index)), ctx.dayBefore) ?? referredDate(sentence, events);
    // ("has led the embassy since it reopened": a change the span starts from is background, of no day but its own.)
    const spanStart = cue !== undefined && own === null && SINCE_CUE.test(text.slice(Math.max(sentence.start, cueAt - 24), cueAt));
    const date = own ?? (spanStart ? null : relative ? relativeSpan(relative, nearestDate(ctx, clauseDates, found.start, found.end, published) ?? fallbackDate(found.start, found.end), published) : fallbackDate(found.start, found.end));
    const source = provenance(sentence, found.start, found.end, cue?.id ?? "mission.mention", cue ? 0.75 : 0.6);
    missions.push({ sender: found.sender, host: found.host, kind: found.kind, city: found.city, status, date, dated: own !== null, order: found.start, sources: [source], generic: found.generic || undefined });
    // "raised the Consulate General in Singapore to the rank of Embassy": the post of the old kind is no more.
    if (found.kind !== kindBefore && modality === "asserted") missions.push({ sender: found.sender, host: found.host, kind: kindBefore, city: found.city, status: "closed", date, dated: own !== null, order: found.start, sources: [provenance(sentence, found.start, found.end, "mission.superseded", 0.6)], generic: undefined });
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
      // Officials of the sending state at the opening abroad travelled there ("in a ceremony attended by …").
      if (eventType === "mission-opened" || eventType === "credentials-presented") {
        attendedAbroad(ctx, found, eventType, cueAt, windowStart, date, own !== null, provenance, events);
      }
    }
  }
}

/** Records `p` as the holder of `key`, or none when another person already holds it. */
function holdTitle(holders: Map<string, PersonRecord | null>, key: string, p: PersonRecord): void {
  const held = holders.get(key);
  // (null tested first: compared with p, a null the optimised code had not met threw it away.)
  holders.set(key, held === null || (held !== undefined && held !== p) ? null : p);
}

/** The state (not organisation) named most often, the first named of a tie. */
function mostNamedState(actorCounts: Map<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [code, n] of actorCounts) {
    if (ORGANISATIONS.has(code) || (best !== null && n <= most)) continue;
    best = code;
    most = n;
  }
  return best;
}

/** The person with a state mentioned most often, the first of a tie. */
const NAME_SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * The person a text is about: the one whose surname it writes more often than any other's ("Marcos" six times, the
 * hosts once or twice); none on a tie.
 */
function leadPerson(people: PersonRecord[], text: string): PersonRecord | undefined {
  let lead: PersonRecord | undefined;
  let most = 0;
  let tie = false;
  for (const p of people) {
    if (!p.country) continue;
    const surname = p.name.replace(NAME_SUFFIX, "").split(" ").at(-1)!;
    if (surname.length < 2) continue;
    let n = 0;
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + surname.length)) n++;
    if (n > most) [lead, most, tie] = [p, n, false];
    else if (n === most) tie = true;
  }
  return tie ? undefined : lead;
}

function mostMentioned(people: PersonRecord[]): PersonRecord | undefined {
  let best: PersonRecord | undefined;
  for (const p of people) if (p.country && (!best || p.mentions.length > best.mentions.length)) best = p;
  return best;
}

// A saying of a future told from today (not "would"): the clause is the report's own news.
const PRESENT_WILL = /\b(?:announced|announces|said|says|stated|declared)\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:will|plans to|intends to)\s/i;

/** Undated events in the first sentences are the article's own news, unless the sentence looks back ("had", "previously"). */
function isNews(sentence: Sentence, total: number, backgroundBefore: boolean, near = sentence.text, lead = 0): boolean {
  // (A match in the first `lead` characters, read only as the look-behind's context, does not count.)
  BACKGROUND_FROM.lastIndex = 0;
  for (let m = BACKGROUND_FROM.exec(near); m; m = BACKGROUND_FROM.exec(near)) if (m.index >= lead) return false;
  return sentence.index < Math.max(2, Math.min(4, Math.ceil(total / 5))) || !backgroundBefore;
}
// (Not a past perfect in reported speech: "Cairo said it had nominated X" is the day's news; nor "late" of a day, "landed
// late on Friday".)
const BACKGROUND = /\b(?:(?<!\b(?:said|announced|stated|confirmed)\s+(?:that\s+)?(?:it|they|he|she)\s+)had (?:been|\w+ed|\w+en)|previously|formerly|in the past|history|historically|since|ago|once|used to|first time|then-|late(?!\s+(?:on|last|yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)|recent)\b/i;
const BACKGROUND_FROM = new RegExp(BACKGROUND.source, "gi");

function countActors(analysed: readonly { items: Item[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { items } of analysed) for (const it of items) if (it.kind === "actor") counts.set(it.code, (counts.get(it.code) ?? 0) + 1);
  return counts;
}

const HABITUAL_GUESTS = /^\s+(?:several|many|numerous|various|multiple|dozens of|scores of|a (?:number|series|string|succession) of)\s+(?:[\w'’-]+\s+){0,4}?(?:delegations|visitors|guests|leaders|officials|dignitaries|ministers|heads of state)\b/i;
const NON_STATE_PARTIES = /\b(?:chambers?|compan(?:y|ies)|universit(?:y|ies)|firms?|banks?|clubs?|federations?|associations?|corporations?|businesses|airlines?)\b/i;

function toEvent(e: EventCandidate, published: string | null): DiplomaticEvent {
  const cross = EVENT_CROSSWALK[e.type];
  return {
    type: e.type,
    source: e.source,
    target: e.target,
    participants: [],
    date: e.date,
    reported: published,
    location: null,
    officials: [...e.officials],
    mission: e.mission,
    modality: e.modality,
    cameo: cross.cameo,
    plover: { category: cross.plover, mode: cross.mode },
    sources: e.sources,
  };
}

/**
 * Marks the rule of an official whose state the article never gives ("President Obama", "the Foreign Minister, X"):
 * the state is the document's own, a prior that a knowledge base knowing the person better may overrule.
 */
export const STATE_FROM_DOCUMENT = "+state-from-document";

/** Whether every source of an extracted official took its state from the document rather than from the text about them. */
export const stateFromDocument = (official: Pick<Official, "sources">): boolean =>
  official.sources.length > 0 && official.sources.every((s) => s.rule.endsWith(STATE_FROM_DOCUMENT));

function toOfficial(p: PersonRecord, provenance: (s: Sentence, start: number, end: number, rule: string, c: number) => Provenance): Official {
  // ("Ambassador X … X, a former Montenegrin interior minister": the office held now, though only the past one names a state.)
  // (Not an office held beside it, in another's service: "in his capacity as Asean's special envoy".)
  const main = p.mentions.find((m) => m.country && !m.former && !(m.capacity && m.country !== p.country)) ?? p.mentions.find((m) => !m.former && m.title) ?? p.mentions.find((m) => m.country) ?? p.mentions[0]!;
  // (Every name added, then the person's own taken out, not map then filter: the optimised map's holey array is a kind
  // the filter had not met; nor added only when it differs, a path so rare that it is first run after optimisation.)
  const names = new Set<string>();
  for (const m of p.mentions) names.add(m.name);
  names.delete(p.name);
  const aliases = [...names];
  // An organisation has no head of state or government: "European Council President X" is its official (SCHEMA.md).
  // (The head test is read for everyone, not only for organisations: code first run after optimisation is thrown away.)
  const head = main.role === "head-of-state" || main.role === "head-of-government";
  const role = ORGANISATIONS.has(p.country!) && head ? "official" : main.role;
  return {
    name: p.name,
    aliases,
    country: p.country!,
    role,
    // (A role read from what the person does, "presented her credentials", has no title as written.)
    title: main.title || null,
    positions: [{ role, title: main.title || null, country: null, accreditedTo: main.accreditedTo, from: null, to: null }],
    sources: p.mentions.map((m) => provenance(m.sentence, m.start, m.end, p.stateFromDocument ? `${m.rule}${STATE_FROM_DOCUMENT}` : m.rule, m.confidence)),
  };
}

export { toIsoDay };
