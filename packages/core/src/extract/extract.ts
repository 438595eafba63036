import { type DocumentInput, toDocument } from "../model/document.js";
import { shiftIsoDay } from "../model/date.js";
import { EVENT_CROSSWALK, type DiplomaticEvent } from "../model/event.js";
import type { Extraction } from "../model/extraction.js";
import { isEnvoyRole, type Official } from "../model/official.js";
import type { Provenance } from "../model/provenance.js";
import type { EventCandidate, MissionCandidate } from "./candidates.js";
import { isAsciiLetter } from "./chars.js";
import { type Party, party, type SentenceContext } from "./context.js";
import { datedByRupture, jointRuptureDates, refineDates, ruptureDates } from "./date-refiners.js";
import { datelineDay, datelinePlace } from "./dateline.js";
import type { DateMention } from "./dates.js";
import { afterOccasion, datedByDayNoun, datedByDecision, DAY_POSSESSIVE, framingDate, isRecent, rememberOccasion, sinceDate } from "./event-dates.js";
import { envoysRepresenting, followedSuit, GAP_GATE, GAP_LIST_GATE, gappedClauses, gappedList, mayFollowSuit, mayListEnvoys, mayRankPosts, postsRankedBefore, switchedSides } from "./implied-events.js";
import type { Item } from "./mentions.js";
import { lateAnnouncements, mergeEvents, mergeMissions } from "./merge.js";
import { readMissions } from "./mission-reader.js";
import { narrateYears } from "./narrated-years.js";
import { indexPeople, type PersonRecord, fullestNames, holdersCounterparts, possessedUntitled, resolvePeople, untitledHolders } from "./officials.js";
import { markOnlookers, type PartyMemory, readParties } from "./parties.js";
import { isPlace, ORGANISATIONS } from "./party-kinds.js";
import { isGovernmentSite, publisherCountry } from "./publisher.js";
import type { MissionMemory } from "./missions.js";
import { closeSevered, communiqueDeals, dropPhoneMeetings, governed, notToUnHost, protectedSections, specify } from "./refiners.js";
import { AGAIN_GATE, repeatedOn } from "./repeated-events.js";
import { readRuleEvents } from "./rule-events.js";
import { type AnalysedSentence, analyseSentence, congoReading, dateLine, namedStatesTowns, NORTH_KOREA, SOUTH_KOREA } from "./sentence-analysis.js";
import { isCapitalsLine, type Sentence, splitSentences } from "./sentences.js";
import { readingText } from "./speaker-labels.js";
import { addVenueVisits, ATTENDED_THE, attendedVenue, attendeeVisits, ATTENDING, ceremonyVisit, GATHERING_NAMED, gatheringVenue, HOSTED_BY, hostOfTalks, representedVenue, VENUE, visitedFrom } from "./venues.js";

export interface ExtractOptions {
  /** Keep future, negated and hypothetical events (with their modality) instead of dropping them. */
  keepUnasserted?: boolean;
}

const DAY_BEFORE = /^the day before$/i;
const POSSESSIVE_AFTER = /^['’]s/;
const END_MARK = /[.!?]/;
const SENTENCE_CLOSED = /[.!?]["”’)]?\s*$/;
const LEAD_TALKS = /\b(?:met|meetings?|talks|visit(?:ed|ing)?|held|received|signed|summit|joined)\b/i;

// A question's sentence that states a past act as fact: a plain sentence, no question mark, its verb in the past.
// ("Taoiseach, within the last hour A has recalled …": so too after the one asked and a time, in the perfect.)
const QUESTION_STATES = /^(?:\s*[\w ()',.-]{1,60}:)?\s*(?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?,\s+)?(?:(?:within|in|over|during|earlier|late|last|this|yesterday|today|on)\b[^,.?]{0,30}?,?\s+(?=[A-Z]))?(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:has|have|had)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|broke|cut|shut|sent|met|left|withdrew|froze|made|paid)\b[^?]*[.!]?\s*$/;
const QUESTION_HEARSAY = /\b(?:reports?|reported(?:ly)?|rumou?rs?|speculat\w*|said to|claims?|claimed|allegedly|media|sources|true that|is it|will|would|could|may|might|plans?|intends?)\b/i;
// ("17:05 IST", "9:25am:".)
// A transcript's question, by its label: "Question (Sidhant, WION):", "Q:", "Question:".
// (So too a press conference's "JOURNALIST:" or "REPORTER:".)
const QUESTION_LABEL = /^\s*(?:Question|Q|QUESTION|JOURNALIST|REPORTER|Journalist|Reporter)\s*(?:\([^()\n]{1,80}\))?\s*:/;
const SPEAKER_LABEL = /^\s*((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*)\s*:\s/u;
const ENTRY_TIME = /^\s*(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]m)?\b/i;

const PRESENCE_BEFORE = /\b(?:is|was|are|were|be|been|arrived|arrives|arriving|landed|stay(?:s|ed|ing)?|met|meets|meeting|talks|held|hold|holds|visit(?:s|ed|ing)?|based|hosted|summit|took place|ceremony|conference|forum|travell?ed|flew|went|came|returned|attended|signed|opened|inaugurated|received|embass(?:y|ies))\b[^.;]{0,40}$/i;
const REPORTING_FROM = /\b(?:coverage|reporting|reports|live|writing|dispatch|broadcasting)\s+from\s+$/i;

/**
 * Reads a news document into missions, officials and events, each with the sentence and spans behind it.
 * Pure, deterministic and offline.
 * @example
 * const { events } = extract({ text: "Arnor opened its embassy in Osgiliath on Monday.", published: "2024-05-08" });
 */
export function extract(input: DocumentInput, options: ExtractOptions = {}): Extraction {
  const document = toDocument(input);
  // (Read with speakers' labels in title case; quoted as written.)
  const text = readingText(document.text);
  // Relative dates ("today", "on Thursday") count from the day a wire story's dateline gives, which may be a day
  // before the page's date ("ABU DHABI, 1st August, 2023 (WAM) -- … today"); the report date stays the page's.
  const published = datelineDay(text, document.published) ?? document.published;
  const sentences = splitSentences(text);

  // Pass 1: items and officials, so later passes can resolve surnames and pronouns.
  const filedFrom = datelinePlace(text);
  // (The dateline's town as written, in lower case: "SALISBURY" for a later "Salisbury".)
  const filedTown = filedFrom ? text.slice(filedFrom.start, filedFrom.end).toLowerCase() : undefined;
  // Pushed, not mapped: once extract is optimised, its inlined map builds a holey array, and every function that has
  // only met packed ones (narrateYears, resolvePeople, untitledHolders …) is thrown away and compiled again.
  const analysed: AnalysedSentence[] = [];
  const congo = congoReading(text);
  const korea = NORTH_KOREA.test(text) ? (SOUTH_KOREA.test(text) ? "both" : "north") : null;
  // (The last words of the names written in full so far: "Foreign Minister Ana Medina …. Medina held talks" names her, not the town.)
  const surnames = new Set<string>();
  // (The state whose Foreign Office the text named with its possessive: "Pakistan's Foreign Office".)
  const foreignOffice: { code?: string } = {};
  // A listing's items each open with a date line of their own ("14 February 2024"): "today" after it is that day.
  let itemDay: string | null = null;
  for (const sentence of sentences) {
    const read = analyseSentence(sentence, itemDay ?? published, filedFrom, congo, korea, surnames, foreignOffice, filedTown);
    analysed.push(read);
    read.dayLine = dateLine(read, published);
    itemDay = read.dayLine ?? itemDay;
  }
  narrateYears(analysed);
  readFormerSeats(analysed);
  const actorCounts = countActors(analysed);
  namedStatesTowns(analysed, actorCounts);
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
  const quoted = text === document.text ? (sentence: Sentence) => sentence.text : (sentence: Sentence) => document.text.slice(sentence.start, sentence.end);
  const provenance = url
    ? (sentence: Sentence, a: number, b: number, rule: string, confidence: number): Provenance => ({ documentId, url, sentence: quoted(sentence), spans: [{ start: Math.min(a, b), end: Math.max(a, b) }], rule, confidence })
    : (sentence: Sentence, a: number, b: number, rule: string, confidence: number): Provenance => ({ documentId, sentence: quoted(sentence), spans: [{ start: Math.min(a, b), end: Math.max(a, b) }], rule, confidence });
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
    lists: new Map(),
    person: personByToken,
    holder: (role) => holders.get(role) ?? undefined,
    holderIn: (role, code) => holders.get(`${role}|${code}`) ?? undefined,
    home,
    dominant: mostNamedState(actorCounts),
    pair: undefined,
    pairAt: 0,
    told: 0,
    sentences: 0,
    talks: undefined,
    talksAt: 0,
  };
  missionMemory.dominant = memory.dominant;
  // (The publisher's state is the story's only when the text names it: an outlet abroad, "france24.com" on a row
  // between Riyadh and Beirut, tells another's story.)
  const storyHome = home && actorCounts.has(home) ? home : null;
  const counterpart = counterpartOf(actorCounts, storyHome ?? memory.dominant);
  const main = mostMentioned(people);
  if (main?.country) memory.speaker = party(main.country, 0, 0, "official", "", main.name, main.mentions[0]?.role || undefined);
  const lead = leadPerson(people, text);
  if (lead) memory.lead = party(lead.country!, 0, 0, "official", "", lead.name, lead.mentions[0]?.role || undefined);
  let paragraphDate: { paragraph: number; edtf: string } | null = null;
  let newsDate: string | null = null;
  let dayBefore: string | null = null;
  let envoyBefore: Party | undefined;
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
    // (A headline has no full stop: a sentence that ends one is the close of the section before, "27.03.2023 / Minister X
    // received … / 28.03.2023".)
    if (dayLine) newsDate = dayLine;
    else if (newsDate && analysed[sentence.index + 1]?.dayLine && !SENTENCE_CLOSED.test(sentence.text)) newsDate = null;
    // ("On May 30 X co-hosted … The day before, X and Y had held talks": the day before the day told last, not the report's.)
    if (dayBefore && dayBefore !== published && sentence.text.includes("day before")) for (const d of dates) if (d.edtf && DAY_BEFORE.test(text.slice(d.start, d.end))) d.edtf = shiftIsoDay(dayBefore, -1);
    // A transcript's paragraph labelled with a speaker the text names ("Lavrov: We …") is that speaker's: their "I" and
    // "we", until another's label.
    if (sentence.index === 0 || analysed[sentence.index - 1]!.sentence.paragraph !== sentence.paragraph) {
      const label = SPEAKER_LABEL.exec(sentence.text);
      const speaker = label ? personByToken(label[1]!) : undefined;
      // (A label of no one named, "QUESTION (EFE):", ends the speaker's paragraphs.)
      if (speaker?.country) memory.speaker = memory.labelled = party(speaker.country, 0, 0, "official", "", speaker.name, speaker.mentions[0]?.role || undefined);
      else if (label) memory.labelled = undefined;
    }
    const parties = readParties(items, memory, text);
    markOnlookers(parties, text, sentence);
    const ctx: SentenceContext = { sentence, items, parties, dates, saidDates, text, place, dateline: awayFromDateline ? undefined : dateline, filedFrom: dateline, dominant: storyHome ?? memory.dominant, counterpart, dayBefore, envoyBefore };
    // Organisations host missions but are not sides of bilateral events ("met at the UN").
    // (An organisation's own official acts for it: "the UN Special Envoy for Yemen arrived in Riyadh".)
    // (Written out, not spread from ctx: a spread is slow, and this is built for every sentence.)
    const stateCtx: SentenceContext = { sentence, items, parties: parties.filter((p) => !ORGANISATIONS.has(p.code) || p.via === "official"), dates, saidDates, text, place: ctx.place, dateline: ctx.dateline, filedFrom: dateline, dominant: ctx.dominant, counterpart: ctx.counterpart, dayBefore, envoyBefore };

    // A date stated earlier in the paragraph carries to its later sentences ("In 2019, X visited Chad. He was hosted by …").
    if (paragraphDate && paragraphDate.paragraph !== sentence.paragraph) paragraphDate = null;
    // "A day after the attack, A declared …": counted from the day the text gave the attack.
    const anchored = occasions.size ? afterOccasion(sentence.text, occasions) : null;
    // Looking back is read near the trigger: "restoring ties severed five decades ago" restores them today.
    const fallbackDate = (at = sentence.start, to = sentence.end): string | null => {
      if (anchored) return anchored;
      // "X has recalled its envoys, the minister said on Wednesday": on or shortly before the day it was told; so too
      // what was told in reported speech ("said on Thursday that X had recalled"), which a past perfect does not make background.
      // (The day told nearest before the act, past a dateline's: "LA PAZ, Nov 1 - Bolivia said on Tuesday it had …".)
      const told = published ? (saidDates.findLast((d) => tellsDay(d, published) && d.end <= at) ?? saidDates.find((d) => tellsDay(d, published))) : undefined;
      // (Before a date the paragraph told earlier: "A moved its embassy in May 2018. B said on Tuesday it had moved its
      // embassy too" is B's news of this week.)
      if (told && told.end <= at && /\b(?:that|it|they|he|she)\b/.test(text.slice(told.end, at))) return `${told.edtf}~`;
      // ("It is the 182nd country to establish ties with China": the news told again, not the history before it.)
      if (paragraphDate && !NTH_TO.test(sentence.text)) return paragraphDate.edtf;
      // The article's own news happened around one occasion: the latest dated news event, else the published day.
      // (To the end of a word: "… in Munich later this year" cut at "late" would read as background.)
      let nearEnd = Math.min(sentence.end, to + 15);
      while (nearEnd < sentence.end && isAsciiLetter(text.charCodeAt(nearEnd))) nearEnd++;
      const near = text.slice(Math.max(sentence.start, at - 60), nearEnd);
      // ("announced that Kenya will establish a high commission": a present "will" tells today's news, whatever came before.)
      // (With the words before the window, which the background test's look-behind reads: "the envoys said they had
      // reviewed …" is reported speech, however far back the window opens.)
      const lead = Math.max(sentence.start, at - 60) - Math.max(sentence.start, at - 160);
      // ("declaring B's ambassador, who has not been in A since August, persona non grata and lowering …": an aside on the
      // envoy tells no background of the act, unless the act is told inside it.)
      const from160 = Math.max(sentence.start, at - 160);
      const read = text.slice(from160, nearEnd);
      const around = read.includes(", wh") ? read.replace(ASIDE_CLAUSE, (aside: string, off: number) => (at - from160 >= off && at - from160 < off + aside.length ? aside : " ".repeat(aside.length))) : read;
      if (!isNews(sentence, analysed.length, backgroundSeen && !PRESENT_WILL.test(near), around, lead) || !published) return null;
      if (told) return `${told.edtf}~`;
      // With no date in the text at all, it happened on or shortly before the report: approximate, "~" (DOMAIN.md),
      // so a knowledge base can tell it from a day the text gives and join it to a report that gives one.
      return newsDate ?? `${published}~`;
    };

    readRuleEvents(rules, ctx, stateCtx, people, published, fallbackDate, provenance, options, events);
    rememberTalks(events, eventsBefore, memory, sentence.start);
    if (mayFollowSuit(sentence.text)) followedSuit(stateCtx, eventsBefore, fallbackDate, provenance, events);
    if (mayListEnvoys(sentence.text)) envoysRepresenting(stateCtx, fallbackDate, provenance, events);
    readMissions(ctx, missionMemory, published, fallbackDate, provenance, options, events, missions);
    if (missions.length > missionsBefore && mayRankPosts(sentence.text)) postsRankedBefore(ctx, missionsBefore, provenance, missions);
    if (events.length > eventsBefore && GAP_GATE.test(sentence.text)) gappedClauses(ctx, eventsBefore, missionsBefore, provenance, events, missions);
    if (events.length > eventsBefore && GAP_LIST_GATE.test(sentence.text)) gappedList(ctx, eventsBefore, provenance, events);
    if (events.length > eventsBefore) switchedSides(stateCtx, eventsBefore, events);
    if (eventsBefore > 0 && HOSTED_BY.test(sentence.text)) hostOfTalks(stateCtx, provenance, events);
    ceremonyVisit(sentence, parties, eventsBefore, provenance, events);
    if (DAY_POSSESSIVE.test(sentence.text)) datedByDayNoun(sentence, dates, eventsBefore, events);
    if (events.length > eventsBefore && AGAIN_GATE.test(sentence.text)) repeatedOn(sentence, dates, eventsBefore, events);
    if (sentence.index <= 2) datedByDecision(sentence, dates, published, eventsBefore, events);
    const present = venue ?? (sentence.text.includes(" represented ") ? representedVenue(sentence, parties) : null);
    if (present && ATTENDING.test(sentence.text)) attendeeVisits(sentence, parties, present, fallbackDate, provenance, events);
    // ("A and B signed the protocols in Zurich on Saturday. … Also present were C's and D's foreign ministers": those
    // present at a signing or talks abroad told just before came there too, that day.)
    else if (!present && ALSO_PRESENT.test(sentence.text)) {
      const abroad = events.findLast((e) => e.type === "visit" && e.sentence < sentence.index && e.sentence >= sentence.index - 5 && e.sources[0]?.rule.endsWith("-abroad") === true);
      if (abroad) attendeeVisits(sentence, parties, { code: abroad.target, sentence: abroad.sentence }, (at, to) => abroad.date ?? fallbackDate(at, to), provenance, events);
    }
    // A briefing's question ("Question (A, The Hindu): Sir, media report that India will open a consulate in B. Is that
    // correct?") asks; it tells no happening and no post's change.
    // (Not the background a question states as fact before it asks: "Q: A recalled its ambassador in March. Was the price
    // worth it?" tells the recall; hearsay it puts to the speaker does not.)
    if (sentence.paragraph === questionParagraph || (sentence.index === 0 || analysed[sentence.index - 1]!.sentence.paragraph !== sentence.paragraph) && QUESTION_LABEL.test(sentence.text)) {
      questionParagraph = sentence.paragraph;
      if (!QUESTION_STATES.test(sentence.text) || QUESTION_HEARSAY.test(sentence.text)) events.length = eventsBefore;
      // (A post it only names stands: "the Chinese Embassy in Colombo accused you" asks nothing of the post.)
      let kept = missionsBefore;
      for (let k = missionsBefore; k < missions.length; k++) if (missions[k]!.sources[0]?.rule === "mission.mention") missions[kept++] = missions[k]!;
      missions.length = kept;
    }
    if (!venue && sentence.index < 4) venue = gatheringVenue(sentence, parties, VENUE, undefined, dateline);
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
    // (Not a state owning what is there: "stopped at North Korea's embassy" in Hanoi.)
    const located = parties.findLast((p) => isPlace(p) && (p.cue === "in" || p.cue === "at" || p.cue === "dateline") && !POSSESSIVE_AFTER.test(text.slice(p.end, p.end + 2)));
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
    // (The sentence's first such event, its main clause's: not one told relative to it, "…, less than a day after A
    // expelled B's envoy".)
    let first: EventCandidate | undefined;
    for (let k = eventsBefore; k < events.length; k++) {
      const e = events[k]!;
      if (e.dated && e.date && published && isRecent(e.date, published) && (!first || e.order < first.order) && !inRelativeClause(text, sentence.start, e.order)) first = e;
    }
    if (first) newsDate = first.date;
    // "X held bilateral meetings on Tuesday with Caribbean leaders …" opening the article names the day of its news,
    // even when no single event is read from it: the talks told after it happened then. (So too the lead's second or
    // third sentence: "No Greek prime minister came to Skopje for 27 years. On Tuesday X did, and he was received by …")
    if (sentence.index <= 2 && !newsDate && published && LEAD_TALKS.test(sentence.text)) {
      // (Not a day told in a relative clause: "said in Tirana on Tuesday, on the last leg of a tour that took him to
      // Podgorica on Monday" is Tuesday's news.)
      const days = dates.filter((d) => d.edtf?.length === 10 && !d.future && isRecent(d.edtf, published));
      const day = days.findLast((d) => !inRelativeClause(text, sentence.start, d.start)) ?? days.at(-1);
      if (day) newsDate = day.edtf!;
    }

    for (const d of dates) if (d.edtf?.length === 10 && !d.future) dayBefore = d.edtf;
    envoyBefore = parties.findLast((p) => p.via === "official" && p.role !== undefined && isEnvoyRole(p.role)) ?? envoyBefore;
    for (const d of dates) if (d.edtf?.length === 10 && !d.future) rememberOccasion(text, d, d.edtf, occasions);
    // (A section's heading, "APOSTOLIC PALACE – UNITED STATES", opens another item: the one before's past is not its.)
    backgroundAge = pastYear ? 0 : isCapitalsLine(sentence.text, 0, sentence.text.length) && !END_MARK.test(sentence.text) ? 99 : backgroundAge + 1;
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
  protectedSections(missions, events, text);
  return {
    document,
    officials: people.filter((p) => p.country).map((p) => toOfficial(p, provenance)),
    missions: closeSevered(mergeMissions(specify(datedByRupture(missions, ruptures), text)), events, published),
    // (A state is never its own other side, whatever reading led there.)
    events: jointRuptureDates(mergeEvents(lateAnnouncements(refineDates(dropPhoneMeetings(addVenueVisits(notToUnHost(communiqueDeals(governed(events)), text, filedFrom), venue, published), analysed), analysed, ruptures, published)))).filter((e) => e.source === null || e.source !== e.target).map((e) => toEvent(e, document.published)),
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
    // ("the Minister" for "Minister of Foreign Affairs", when no other minister is named; "the emir" for the one "Emir".)
    holdTitle(holders, `title:${prefix}`, p);
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

const NTH_TO = /\b(?:is|becomes|became|has become)\s+(?:now\s+)?the\s+(?:\d+(?:st|nd|rd|th)|latest|newest)\s+(?:country|state|nation|government)\s+to\b/i;

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

/** The state named most after `first` (at least twice); none on a tie. */
function counterpartOf(actorCounts: Map<string, number>, first: string | null | undefined): string | null {
  const ranked = [...actorCounts].filter(([code, n]) => code !== first && n >= 2 && !ORGANISATIONS.has(code)).sort((a, b) => b[1] - a[1]);
  return ranked.length > 0 && ranked[0]![1] !== ranked[1]?.[1] ? ranked[0]![0] : null;
}

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

/** The person with a state mentioned most often, the first of a tie. */
function mostMentioned(people: PersonRecord[]): PersonRecord | undefined {
  let best: PersonRecord | undefined;
  for (const p of people) if (p.country && (!best || p.mentions.length > best.mentions.length)) best = p;
  return best;
}

// A saying of a future told from today (not "would"): the clause is the report's own news.
const PRESENT_WILL = /\b(?:announced|announces|said|says|stated|declared)\s+(?:that\s+)?(?:\S+\s+){0,3}?(?:will|plans to|intends to)\s/i;

/** Undated events in the first sentences are the article's own news, unless the sentence looks back ("had", "previously"). */
const ASIDE_CLAUSE = /,\s+(?:who|which)\s[^,;]{1,100},/g;

function isNews(sentence: Sentence, total: number, backgroundBefore: boolean, near = sentence.text, lead = 0): boolean {
  // (A match in the first `lead` characters, read only as the look-behind's context, does not count.)
  BACKGROUND_FROM.lastIndex = 0;
  for (let m = BACKGROUND_FROM.exec(near); m; m = BACKGROUND_FROM.exec(near)) if (m.index >= lead) return false;
  return sentence.index < Math.max(2, Math.min(4, Math.ceil(total / 5))) || !backgroundBefore;
}
// (Not a past perfect in reported speech: "Cairo said it had nominated X" is the day's news; nor "late" of a day, "landed
// late on Friday".)
const ALSO_PRESENT = /^(?:Also present|Present|Also attending|Attending) (?:were|was)\b|\b(?:were|was) also present\b/;
// ("said that 14 employees of Russian posts, seven of them diplomats, had been ordered out": so too a longer subject after "that".)
const BACKGROUND = /\b(?:(?=had\s)(?<!\b(?:said|announced|stated|confirmed)\s+(?:that\s+)?(?:it|they|he|she)\s+|\b(?:said|announced|stated|confirmed)\s+that\s+[^.;:"“”]{1,110}?)had (?:been|\w+ed|\w+en)|previously|formerly|in the past|history|historically|since|ago|once|used to|first time|then-|late(?!\s+(?:on|last|yesterday|Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b)|recent)\b/i;
const BACKGROUND_FROM = new RegExp(BACKGROUND.source, "gi");

function countActors(analysed: readonly { items: Item[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { items } of analysed) for (const it of items) if (it.kind === "actor") counts.set(it.code, (counts.get(it.code) ?? 0) + 1);
  return counts;
}

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
  const first = p.mentions.find((m) => m.country && !m.former && !(m.capacity && m.country !== p.country)) ?? p.mentions.find((m) => !m.former && m.title) ?? p.mentions.find((m) => m.country) ?? p.mentions[0]!;
  // ("her Ukrainian counterpart, X" after "Minister Y", then "Foreign Minister X thanked …": a bare minister's office
  // yields to the portfolio a title of the person's own names.)
  const main = first.role === "minister" ? (p.mentions.find((m) => m.role === "foreign-minister" && !m.former && !m.counterpart && !m.viaCounterpart && m.title !== "" && (!m.country || m.country === p.country)) ?? first) : first;
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


const RELATIVE_WORD_BEFORE = /\b(?:that|which|who)\b[^,;]*$/i;
/** Whether the text at `at` lies in a relative clause opened since the last comma of its sentence. */
function inRelativeClause(text: string, from: number, at: number): boolean {
  const comma = Math.max(text.lastIndexOf(",", at), text.lastIndexOf(";", at), from);
  return RELATIVE_WORD_BEFORE.test(text.slice(comma, at));
}

/** A day told as said, on or before publication: "said on Tuesday". */
const tellsDay = (d: DateMention, published: string) => d.edtf?.length === 10 && !d.future && d.edtf <= published;

const TALK_TYPES: ReadonlySet<string> = new Set(["meeting", "phone-call", "agreement"]);
/** The two sides of the last talks, call or deal the sentence told: whom a later "the two sides" means. */
function rememberTalks(events: readonly EventCandidate[], from: number, memory: PartyMemory, at: number): void {
  for (let k = events.length - 1; k >= from; k--) {
    const e = events[k]!;
    if (!TALK_TYPES.has(e.type) || !e.source || !e.target || e.source === e.target || ORGANISATIONS.has(e.source) || ORGANISATIONS.has(e.target)) continue;
    memory.talks = [party(e.source, at, at, "actor", ""), party(e.target, at, at, "actor", "")];
    memory.talksAt = memory.sentences;
    return;
  }
}

// A former state's seat, today another state's capital: "Belgrade" in a story of Yugoslavia is Yugoslavia's government
// ("Belgrade recognised East Germany", "the embassy in Belgrade"), not Serbia's. (The gazetteer's capitals are today's.)
const FORMER_SEATS: readonly (readonly [former: string, today: string, seat: string])[] = [["YU", "RS", "Belgrade"], ["CS", "CZ", "Prague"]];

/** Reads a former state's seat as that state's wherever the text names the state itself. */
function readFormerSeats(analysed: AnalysedSentence[]): void {
  // (The states named, gathered in one pass: most texts name no former state, and are read no further.)
  const named = new Set<string>();
  for (const a of analysed) for (const it of a.items) if (it.kind === "actor") named.add(it.code);
  for (const [former, today, seat] of FORMER_SEATS) {
    if (!named.has(former)) continue;
    for (const a of analysed) {
      for (const it of a.items) {
        if (it.kind === "actor" && it.code === today && it.via === "capital" && it.text === seat) it.code = former;
        else if (it.kind === "city" && it.city.country === today && it.city.name === seat) it.city = { ...it.city, country: former };
      }
    }
  }
}
