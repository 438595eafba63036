import { toIsoDay } from "../model/date.js";
import { type DocumentInput, toDocument } from "../model/document.js";
import { EVENT_CROSSWALK, type DiplomaticEvent, SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import type { Extraction } from "../model/extraction.js";
import { isEnvoyRole, type Official } from "../model/official.js";
import type { Provenance } from "../model/provenance.js";
import { type EventCandidate, type FallbackDate, type MatchReading, type MissionCandidate, type ProvenanceOf, RUPTURE, TALKS } from "./candidates.js";
import { BEFORE_GERUND, conditionAfter, GERUND, objectOfVerbBefore, opensClause, ownAuxiliaryFrame, sharedVerbFrame, withoutAside } from "./clauses.js";
import { clauseBefore, clauseEnd, coordinatedBefore, distinctParties, joinedOfficials, partiesBefore, partnerOf, type Party, party, PASSIVE_BEFORE, placeBeforeWhere, type SentenceContext } from "./context.js";
import { datedByRupture, jointRuptureDates, refineDates, ruptureDates } from "./date-refiners.js";
import { datelineDay, datelinePlace } from "./dateline.js";
import { afterOccasion, datedByDayNoun, datedByDecision, DAY_POSSESSIVE, framingDate, isRecent, matchDate, rememberOccasion, sinceDate } from "./event-dates.js";
import { alsoWith, coordinated, followersOf, gappedWith, lastSwitch, matchRoles, namedEnvoysAsGroup, presentedTo, restoredWith, rowTarget, ruptureWith, sameDayAs, separately, thirdInRow, undoneAfter } from "./event-roles.js";
import { followedSuit, GAP_GATE, GAP_LIST_GATE, gappedClauses, gappedList, mayFollowSuit } from "./implied-events.js";
import type { Item } from "./mentions.js";
import { mergeEvents, mergeMissions } from "./merge.js";
import { readMissions } from "./mission-reader.js";
import { DECIDED_WHEN_ANNOUNCED, modalityOf, scheduledJourney } from "./modality.js";
import { narrateYears } from "./narrated-years.js";
import { indexPeople, type PersonRecord, fullestNames, holdersCounterparts, possessedUntitled, resolvePeople, untitledHolders } from "./officials.js";
import { type PartyMemory, readParties } from "./parties.js";
import { isPlace, ORGANISATIONS } from "./party-kinds.js";
import { isGovernmentSite, publisherCountry } from "./publisher.js";
import type { MissionMemory } from "./missions.js";
import { closeSevered, communiqueDeals, dropPhoneMeetings, governed, notToUnHost, specify } from "./refiners.js";
import { clauseParties, relativeClause } from "./relative-clauses.js";
import { type EventRoles, type EventRule, ONLY_ECONOMIC, SIGNED_BY_SEATS } from "./rules/events.js";
import { type AnalysedSentence, analyseSentence, dateLine, meansDrCongo, NORTH_KOREA, SOUTH_KOREA } from "./sentence-analysis.js";
import { type Sentence, splitSentences } from "./sentences.js";
import { pairsOf, readListPairs, readPairs } from "./talk-pairs.js";
import { candidateRules, nextMatch } from "./triggers.js";
import { addVenueVisits, ATTENDED_THE, attendedVenue, attendeeVisits, ATTENDING, ceremonyVisit, GATHERING_NAMED, gatheringVenue, HOSTED_BY, hostOfTalks, openingPlace, placeBeforeAnd, representedVenue, VENUE, visitedFrom } from "./venues.js";

export interface ExtractOptions {
  /** Keep future, negated and hypothetical events (with their modality) instead of dropping them. */
  keepUnasserted?: boolean;
}

const PAST_AFTER_AND = /\band\s+(?:(?:on|last|early|late|later|then|this)\s+(?:[A-Za-z]+\s+)?)?$/;
const PAST_VERB = /^[a-z]+ed\b/i;

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

const CAUSE_BEFORE = /\bin (?:retaliation|response|reprisal|reply) (?:for|to)\s+(?:[\w'’-]+\s+){0,3}$|\bretaliating for\s+(?:[\w'’-]+\s+){0,3}$/i;

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
