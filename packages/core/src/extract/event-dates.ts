// The date of what a sentence tells: a match's date (given, counted from another event, referred back to or lent by
// the report), and the occasions, spans and day nouns that date or undate it.
import { dayNumber, edtfRange, isCalendarDate, shiftIsoDay, toIsoDay } from "../model/date.js";
import type { EventType } from "../model/event.js";
import type { EventCandidate, FallbackDate } from "./candidates.js";
import { isWordChar } from "./chars.js";
import { asidesOf, endOfPart } from "./clauses.js";
import { clauseBefore, clauseEnd, type SentenceContext } from "./context.js";
import { type DateMention, NUMBER_WORDS } from "./dates.js";
import { isCopy } from "./merge.js";
import { nearestDate } from "./nearest-date.js";
import { RELATIVE_OPENER, RELATIVE_WORD, relativeClause, type RelativeClause, relativeSpan } from "./relative-clauses.js";
import type { EventRule } from "./rules/events.js";
import type { Sentence } from "./sentences.js";

// "X becomes Ambassador to Y": a list of appointments told as the news of the day.
const PRESENT_APPOINTMENT = /^(?:becomes|will become)$/i;
const SWORN_IN_PAST = /\b(?:was|were) sworn in\b/i;
const ALSO_BEFORE = /\balso\s+$/i;

// "Pope Francis has appointed X as Nuncio", "has been named ambassador": the perfect tells the news too.
// ("The Government has also appointed X": past an adverb too.)
const PERFECT_BEFORE = /\b(?:has|have)\s+(?:(?:also|now|just|recently|formally|officially)\s+)?(?:been\s+)?$/i;
// "Cairo said it had nominated X as ambassador": reported as the day's news.
const REPORTED_PERFECT = /\b(?:said|announced|stated|confirmed)\s+(?:that\s+)?(?:it|they|he|she)\s+had\s+$/i;

const ACTS: ReadonlySet<string> = new Set(["ambassador-appointed", "visit", "meeting", "credentials-presented", "agreement", "phone-call", "recognition", "diplomat-expelled", "ambassador-recalled"]);
const SINCE = /since/i;
// ("resolved to upgrade the Nigeria-South Africa Bi-National Commission, created in 1999, to …": so too a body named with
// its founding in an aside.)
// ("agreed to restore diplomatic ties cut in 2016": so too ties named by their rupture, after the trigger or as its noun.)
const NAMED_THING_DATE = /\b(?:an?|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:relationship|relations|ties|treaty|agreement|accord|alliance|pact|partnership|embassy|mission)\s+(?:first\s+)?(?:established|forged|formed|signed|set up|opened|begun|dating(?:\s+back)?)\s+(?:(?:in|on|to|since)\s+)?$|\b(?:Commission|Committee|Council|Forum|Mechanism|Framework),\s+(?:first\s+)?(?:established|created|founded|formed|set up|launched)\s+(?:in|on)\s+$|(?:^|\b(?:relations|ties))\s+(?:(?:that|which)\s+(?:were|had\s+been)\s+)?(?:cut|severed|broken(?:\s+off)?|frozen|suspended|ruptured)\s+(?:(?:in|on|since)\s+)?$/i;
// The lead's happening named again with its day: "The decision was taken on Wednesday", "The appointment was made by a
// decree published on Wednesday", "X announced the measures late Sunday".
const DECISION_DAY = /\b(?:(?:The|This|That|Its|Their) (?:decision|announcement|agreement|deal|move|step|accord|appointment|nomination|recall|expulsions?|measures) (?:was|were|had been) (?:taken|made|announced|reached|agreed|signed|sealed|struck|finali[sz]ed|published)|(?:announced|took|made|confirmed|formali[sz]ed|unveiled) (?:the|its|their|this|that|these) (?:decision|move|step|measures|expulsions?|recall))\b/i;
// ("Ambassador X, who …, was called back to Paris on Thursday": the lead's recall, told in the passive.)
const RECALL_DAY = /\b(?:was|were|had been) (?:recalled|called back|summoned home|ordered home|ordered back)\b/i;
// What may stand between those words and the day: no clause break.
const TO_THE_DAY = /^[^,;.]{0,40}$/;
/** A date that starts a span rather than dating an act: "since 2011", "since the conflict began in 2011" (from `from` on). */
export function sinceDate(text: string, d: DateMention, from: number): boolean {
  return /^since\b/i.test(d.text) || /\bsince\s+$/i.test(text.slice(Math.max(0, d.start - 7), d.start)) || inSinceClause(text, from, d.start);
}
/**
 * Whether the offset `at` lies in a clause of its own after a lower-case "since", no comma or semicolon between ("since
 * the Syrian conflict began in", "since X addressed the parliament in", "since fighting erupted around the village of
 * B in"): a span's start, no frame nor date of an act outside it. (A capital "Since" opens a sentence, often "because".)
 */
export function inSinceClause(text: string, from: number, at: number): boolean {
  // (Looked for in the reach only: a search back through a long sentence for each of its dates would be quadratic.)
  const lo = Math.max(0, from, at - SINCE_REACH);
  const found = text.slice(lo, at).lastIndexOf("since");
  const k = lo + found;
  if (found < 0 || isWordChar(text.charCodeAt(k - 1)) || isWordChar(text.charCodeAt(k + 5))) return false;
  // ("since August 2019" is a plain date, read as such where it matters: "That month, …" is still August.)
  let words = false;
  for (let i = k + 5; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59) return false;
    words ||= isWordChar(c);
  }
  return words;
}
const SINCE_REACH = 100;

const DAYS_NOUN = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Yesterday|Today)['’]s (meeting|talks|visit|call|phone call|signing)\b/i;
// Every day DAYS_NOUN names ends in "day": a sentence without "day's" cannot match it.
export const DAY_POSSESSIVE = /day['’]s /i;

const DAYS_NOUN_TYPES: Readonly<Record<string, readonly EventType[]>> = { meeting: ["meeting"], talks: ["meeting"], visit: ["visit"], call: ["phone-call"], "phone call": ["phone-call"], signing: ["agreement"] };

/**
 * "… have held their first talks in five years. Wednesday's meeting came two days after …": a day's own noun dates
 * the undated happening of that kind told just before. (Only where a day's possessive is: the pattern is tried at
 * every word otherwise.)
 */
export function datedByDayNoun(sentence: Sentence, dates: DateMention[], eventsBefore: number, events: EventCandidate[]): void {
  const dayOf = DAYS_NOUN.exec(sentence.text);
  if (!dayOf) return;
  const day = dates.find((d) => d.start === sentence.start + dayOf.index && d.edtf?.length === 10 && !d.future);
  const types = DAYS_NOUN_TYPES[dayOf[2]!.toLowerCase()]!;
  const told = day ? events.findLast((e, k) => k < eventsBefore && e.sentence >= sentence.index - 2 && types.includes(e.type) && !e.dated && e.modality === "asserted") : undefined;
  if (told && day) [told.date, told.dated] = [day.edtf!, true];
}

/**
 * "Qatar and Bahrain have decided to restore relations. The decision was taken on Wednesday …": the lead's undated
 * news happened on the day its own noun is given. ("France has recalled its ambassador. Ambassador X was called back
 * on Thursday": so too a recall told again in the passive, for the lead's recalls.)
 */
export function datedByDecision(sentence: Sentence, dates: DateMention[], published: string | null, eventsBefore: number, events: EventCandidate[]): void {
  const decided = DECISION_DAY.exec(sentence.text);
  const recalled = decided ? null : RECALL_DAY.exec(sentence.text);
  const told = decided ?? recalled;
  if (!told) return;
  const from = sentence.start + told.index + told[0].length;
  const day = dates.find((d) => d.start >= from && TO_THE_DAY.test(sentence.text.slice(from - sentence.start, d.start - sentence.start)) && d.edtf?.length === 10 && !d.future && (!published || (d.edtf <= published && isRecent(d.edtf, published))));
  if (!day) return;
  for (let k = 0; k < eventsBefore; k++) {
    const e = events[k]!;
    if (!e.dated && e.modality === "asserted" && e.date?.endsWith("~") && (decided || e.type === "ambassador-recalled")) [e.date, e.dated] = [day.edtf!, true];
  }
}

// "two days later", "the next day": counted forward from the day told before, never back from a day told after.
// ("X, who arrived on Sunday, held talks on the same day": so too the same day as the one just told.)
const LATER_IN_PART = /\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:day|week|month|year)s? later|the (?:next|following) (?:day|week|month|year)|(?:on )?the same day|(?:on|later|earlier) that (?:very |same )?day|within (?:a few |a matter of |several )?days)\b/i;

const NAME_THEN_LATER = /^,\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,\s+(?:the (?:next|following) day|a day later)\b/u;

/**
 * The day after the stated one when the trigger's own part of the sentence counts on from it ("On March 25, A broke
 * with B, and the next day C and D signed …"): the stated date ends before the trigger, and no other date between.
 */
function laterInPart(ctx: SentenceContext, dates: DateMention[], stated: string | null, start: number, end: number): string | null {
  const from = dates.findLast((d) => d.end <= start && d.edtf !== null && !d.future && (stated === null || d.edtf === stated));
  if (!from?.edtf || dates.some((d) => d.start >= from.end && d.start < end)) return null;
  const partEnd = endOfPart(ctx, end, clauseEnd(ctx, end));
  // ("Serbia expelled Montenegro's ambassador, Anka Vojvodic, the following day": past a name set off after the object.)
  const named = NAME_THEN_LATER.exec(ctx.text.slice(partEnd, Math.min(ctx.sentence.end, partEnd + 80)));
  const window = ctx.text.slice(from.end, named ? partEnd + named[0].length : partEnd);
  return LATER_IN_PART.test(window) ? laterThan(window, from.edtf) : null;
}

/**
 * "restored relations, two days after their presidents met on Friday": the day the clause told relative to the
 * trigger's gives, moved by the distance the text counts in hours or days (none for "a week after", "days after").
 */
function countedFromClause(ctx: SentenceContext, dates: DateMention[], at: number, published: string | null): string | null {
  const clause = relativeClause(ctx, at);
  const day = clause ? dates.find((d) => d.start >= at && d.edtf?.length === 10 && !d.future) : undefined;
  if (!clause || !day?.edtf || (clause.window !== 0 && clause.days === undefined)) return null;
  const shift = clause.window === 0 ? 0 : (clause.direction === "after" ? 1 : -1) * clause.days!;
  const when = shiftIsoDay(day.edtf, shift);
  return !published || when <= published ? when : null;
}

/** A match's date, and whether the text gave it; null when the match is a noun that refers back and is dropped. */
export function matchDate(rule: EventRule, m: RegExpExecArray, ctx: SentenceContext, start: number, end: number, causeFramed: boolean | null, relative: RelativeClause | null, published: string | null, fallbackDate: FallbackDate, events: EventCandidate[], roster = false): { date: string | null; isDated: boolean } | null {
  const { sentence, dates } = ctx;
  // (A cause or a clause after the trigger bounds only dates after it, and one before it only dates before: where the
  // sentence has none there, neither is looked for.)
  const datedAfter = dates.some((d) => d.start >= end);
  // "… expelled 45 diplomats in retaliation for Warsaw's decision last month": the cause's date is not the event's.
  const cause = datedAfter ? CAUSE.exec(sentence.text.slice(end - sentence.start)) : null;
  const causeAt = cause ? end + cause.index : sentence.end;
  // The cause itself ("in retaliation for the expulsion … last month") is dated by its own words only (its phrase
  // within 40 characters of the trigger).
  // ("returned on Sunday, …, to Algiers, which has recalled its ambassador": a relative clause in the perfect is
  // dated by its own words only.)
  // ("a tour which started in A on Tuesday and has also taken him to B and C": so is a tour's perfect after a joint, a
  // span up to now, not the day of the verb before it.)
  const perfect = causeFramed || !dates.some((d) => d.start < start) ? null : PERFECT_RELATIVE.exec(ctx.text.slice(sentence.start, start)) ?? (/^taken$/i.test(m[0]) ? PERFECT_JOINT.exec(ctx.text.slice(sentence.start, start)) : null);
  const causeFrom = causeFramed ? start : perfect ? sentence.start + perfect.index : sentence.start;
  // ("appointed as Britain's first ambassador in Tehran since 2011": a "since" bounds a span, it dates no act.)
  // (But "since November 2013, when Egypt expelled …": the day the "when" clause hangs on.)
  // ("the first visit since the conflict began in 2011": nor a date inside the "since" clause.)
  // ("who has been in Georgetown since Sunday": a stay told from its start is dated by it.)
  const stayFrom = rule.type === "visit" && /been in$/i.test(m[0]);
  const spanned = dates.length && ACTS.has(rule.type) && SINCE.test(sentence.text) && !stayFrom ? dates.filter((d) => !sinceDate(ctx.text, d, Math.max(sentence.start, start)) || (d.end < start && /^,?\s+when\b/.test(ctx.text.slice(d.end, d.end + 7)))) : dates;
  // ("breaking off relations with Taiwan, ending a relationship established in 1941": the date of a thing named after
  // the trigger, not of the act.)
  // ("his first trip to the country since October 2019, when he held talks …, weeks after … on Sept. 21": the journey
  // of the day's news, the "since" clause and all it goes on to tell another time's.)
  const sinceAt = rule.type === "visit" && JOURNEY_NOUN.test(m[0]) ? SINCE_AFTER.exec(ctx.text.slice(end, Math.min(sentence.end, end + 50))) : null;
  const named = (sinceAt ? spanned.filter((d) => d.start < end + sinceAt.index) : spanned).filter((d) => d.start < end || !NAMED_THING_DATE.test(ctx.text.slice(Math.max(end, d.start - 60), d.start)));
  // ("He held talks with X and, a day later on Monday, signed …": a day counted on after the trigger is the next
  // step's; the trigger's lies that far before it.)
  const next = named.find((d) => d.later && d.start >= end && d.edtf);
  const acts = next ? named.filter((d) => d !== next) : named;
  // ("have recognised Palestine, a week after announcing on May 22 that they would": a date in a clause told relative
  // to the trigger's, after it, is that clause's.)
  const opener = relative || !datedAfter || !RELATIVE_WORD.test(sentence.text) ? null : RELATIVE_OPENER.exec(ctx.text.slice(end, sentence.end));
  const openerAt = opener ? end + opener.index : sentence.end;
  // ("Two years after Chile opened relations with Peru, President X visited Lima on Wednesday": a clause opening the
  // sentence ends at its comma; the main clause's day after it is the main clause's.)
  const comma = relative ? ctx.text.indexOf(",", end) : -1;
  const relativeTo = relative && relative.start < ctx.sentence.start + 40 && comma >= 0 && comma < sentence.end ? comma : sentence.end;
  // ("signed a memorandum … meant to handle the kind of case that erupted in April": a date in a relative clause after
  // the trigger is that clause's.)
  const thatClause = datedAfter && !relative ? THAT_CLAUSE.exec(ctx.text.slice(end, sentence.end)) : null;
  const thatAt = thatClause ? end + thatClause.index : sentence.end;
  const stated = nearestDate(ctx, (relative ? acts.filter((d) => d.start >= relative.start && d.start < relativeTo) : acts).filter((d) => d.start < causeAt && d.start >= causeFrom && d.start < openerAt && d.start < thatAt), start, end, published);
  // "Moscow retaliated two days later, giving …": that long after the event told just before.
  // ("recognised it on March 6, 1976, and Arnor broke off relations the next day": after the day its sentence names.)
  // ("broke off relations in 1975; they were restored a year later": from the day before it, across a semicolon too.)
  const own = laterInPart(ctx, acts, stated, start, end) ?? stated ?? (next ? laterThan(`${next.later!.slice(0, -5)}earlier`, next.edtf) : null) ?? (opener ? countedFromClause(ctx, acts, openerAt + opener[0].length, published) : null) ?? laterThan(ctx.text.slice(start - clauseBefore(ctx, start).length, clauseEnd(ctx, end)), lastDated(events, firstOfSentence(events, sentence.index)), ctx.dayBefore, lastDated(events), lastDated(events, events.length, true)) ?? referredDate(sentence, events);
  // ("closing a five-year rift that began when Riyadh expelled …": the act that began a span counted back from the
  // report, that many years before it.)
  if (!own && published) {
    const span = SPAN_BEGAN_WHEN.exec(ctx.text.slice(Math.max(sentence.start, start - 120), start));
    const years = span ? NUMBER_WORDS[span[1]!.toLowerCase()] ?? Number(span[1]) : NaN;
    if (years > 0 && years < 100) return { date: String(Number(published.slice(0, 4)) - years), isDated: true };
  }
  // "the 2009 Maipu Treaty, signed by …": a deal named by its year was signed that year.
  if (!own && rule.type === "agreement") {
    const year = DEAL_YEAR.exec(sentence.text)?.[1];
    if (year && (!published || year <= published.slice(0, 4))) return { date: year, isDated: true };
  }
  // ("the 1965 treaty normalising diplomatic relations between A and B": ties a deal of that year set up.)
  if (!own && rule.type === "relations-established") {
    const year = DEAL_YEAR_BEFORE.exec(ctx.text.slice(Math.max(sentence.start, start - 60), start))?.[1];
    if (year && (!published || year <= published.slice(0, 4))) return { date: year, isDated: true };
  }
  // "the establishment of relations was a turning point": a noun with no date of its own refers back.
  if (!own && NOMINAL_TRIGGER.test(m[0]) && !nominalAsserted(ctx, start, end)) return null;
  // (A relative clause is dated by the text when its main clause is: "On Aug. 21, … signed …, hours after X broke with Y".)
  const mainStated = relative ? nearestDate(ctx, acts, start, end, published) : null;
  const main = () => mainStated ?? fallbackDate(start, end);
  // "the first appointment by President X": a noun that refers back keeps no date rather than the report's.
  // ("X was sacked less than a week before Trump's state visit": what comes after the day's news is still to come.)
  if (!own && relative?.direction === "before" && published && (edtfRange(main() ?? "")?.start ?? "") >= published) return null;
  // ("The chamber also approved X as ambassador to Iceland": one more appointment of the day the news before gave.)
  const alsoOf = !own && rule.datedOnlyByText && ALSO_BEFORE.test(ctx.text.slice(Math.max(sentence.start, start - 8), start)) ? events.findLast((e) => e.type === rule.type && e.dated && e.sentence >= sentence.index - 3)?.date : undefined;
  if (alsoOf) return { date: alsoOf, isDated: true };
  // ("President X swore in eight ambassadors on Monday. … Others sworn in included A, for Chile", "Among them was B, who
  // was sworn in as ambassador to Peru": a member of the batch is appointed on the day the batch was; not one told as
  // past, "B had been named ambassador to Peru".)
  if (!own && rule.datedOnlyByText && ctx.dayBefore && (roster || !BEFORE_BATCH.test(ctx.text.slice(Math.max(sentence.start, start - 20), start))) && BATCH_TOLD.test(ctx.text.slice(0, sentence.start))) return { date: ctx.dayBefore, isDated: true };
  // "President X named Y as ambassador to Z, the presidency said on Wednesday": an appointment in the main clause of a
  // sentence whose report day is told is the day's news, dated by that day.
  const toldOn = !own && !relative && rule.datedOnlyByText && ctx.saidDates.length ? ctx.saidDates.find((d) => d.start >= end && d.end <= sentence.end && d.edtf?.length === 10 && !d.future) : undefined;
  if (toldOn && !WHO_BEFORE.test(ctx.text.slice(sentence.start, start))) return { date: toldOn.edtf, isDated: true };
  // ("A said it had nominated X as its ambassador in B, while B nominated Y as its ambassador in A": an appointment in a
  // clause set beside one the sentence dated is of the same day.)
  const beside = !own && !relative && rule.datedOnlyByText && WHILE_BEFORE.test(clauseBefore(ctx, start)) ? events.findLast((e) => e.sentence === sentence.index && e.type === rule.type && e.date !== null) : undefined;
  if (beside) return { date: beside.date, isDated: beside.dated };
  // ("X was sworn in as ambassador to Peru", "X, the newly appointed ambassador to Peru, was sworn in": a swearing-in told in
  // the simple past is a ceremony of the day's news, not an appointment of some time before.)
  const swornIn = rule.datedOnlyByText && SWORN_IN_PAST.test(ctx.text.slice(Math.max(sentence.start, start - 8), Math.min(sentence.end, end + 120)));
  const date = own ?? (relative ? relativeSpan(relative, main(), published) : (rule.datedOnlyByText && !swornIn && !PRESENT_APPOINTMENT.test(m[0]) && !PERFECT_BEFORE.test(ctx.text.slice(Math.max(0, start - 22), start)) && !REPORTED_PERFECT.test(ctx.text.slice(Math.max(0, start - 30), start))) || NOMINAL_BY.test(m[0]) ? null : fallbackDate(start, end));
  // ("two days after": a date the text gives, exactly, as much as one it names.)
  const isDated = own !== null || (relative !== null && date !== null && (relative.days !== undefined || relative.months !== undefined || mainStated !== null));
  return { date, isDated };
}

const WHILE_BEFORE = /^\s*(?:while|whereas)\s/i;
const SPAN_BEGAN_WHEN = /\b(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-year(?:-old|-long)?\s+(?:[\w-]+\s+)?(?:rift|rupture|row|dispute|standoff|stand-off|freeze|feud|spat|crisis|break|estrangement)\s+(?:that|which)\s+(?:began|started|erupted|opened)\s+when\s+[^,;]{1,60}$/i;
// "installed 17 ambassadors", "swore in the new envoys": an appointment of several envoys at once.
const BATCH_TOLD = /\b(?:installed|appointed|named|nominated|swore in|sworn in)\s+(?:[\w-]+\s+){0,2}(?:ambassadors|envoys|heads of (?:(?:foreign|diplomatic) )*missions?)\b/i;
const BEFORE_BATCH = /\b(?:had|previously|earlier|once|first|former|formerly)\s+(?:been\s+)?$/i;
const WHO_BEFORE = /\b(?:who|whom|whose|which)\b/i;
const JOURNEY_NOUN = /\b(?:trip|visit|tour|journey)s?\b/i;
const SINCE_AFTER = /^[^.;,]*?\bsince\b/i;
const DEAL_YEAR_BEFORE = /\bthe ((?:1[89]|20)\d\d) (?:[A-Z][\w'’-]* ){0,3}(?:treaty|agreement|accord|communiqu[eé]|protocol|declaration) (?:that |which )?$/i;
const DEAL_YEAR = /\bthe ((?:1[89]|20)\d\d) (?:[A-Z][\w'’-]* ){0,3}(?:treaty|agreement|accord|deal|pact|protocol|communiqu[eé]|memorandum|convention)s?\b/i;

// (A restrictive clause only: an aside between commas, "…, which had been postponed twice, took place on Monday", returns.)
const THAT_CLAUSE = /(?<!,\s*)\b(?:that|which)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|erupted|began|broke|arose|happened|occurred|was|were|had|has|is|are)\b/;
// ("has ordered 18 staff to leave, after its intelligence services concluded that officers were involved in a blast in
// 2014": a finding the act answers is a cause too, dated by its own words.)
const CAUSE = /\bin (?:retaliation|response|reprisal|reply) (?:for|to)\b|\bretaliating for\b|,\s+after\s+(?:its|their|the|his|her)\s+(?:[\w'’-]+\s+){0,3}(?:concluded|found|determined|established|accused|blamed|linked|revealed|alleged)\b/i;

const OPENING_TIME_PHRASE = /^\W*(?:After|Following|Before|Ahead of|Days after|Weeks after)\b[^,;]*,/;

/** The first past date a sentence is set at ("In 2019, …"), a full date before a bare year. */
export function framingDate(sentence: Sentence, dates: DateMention[], text: string, published: string | null): DateMention | undefined {
  const aside = asidesOf(sentence);
  // (Nor the start of a span told in a clause of its own: "the first visit since the conflict began in 2011". "Since
  // August 2019" still frames "That month, …".)
  // ("After a third round on May 3, the envoys agreed …, on July 1": an opening phrase of time names an earlier day; the
  // main clause's own date frames what follows.)
  const opening = dates.length > 1 ? OPENING_TIME_PHRASE.exec(sentence.text) : null;
  const openingEnd = opening && dates.some((d) => d.start >= sentence.start + opening[0].length && d.edtf && !d.future) ? sentence.start + opening[0].length : sentence.start;
  const framing = dates.filter((d) => d.start >= openingEnd && !aside.some(([s, e]) => d.start >= s && d.end <= e) && !inSinceClause(text, sentence.start, d.start));
  // (Not a year still to come: "will open an embassy in Port of Spain in 2026".)
  const past = (d: DateMention) => d.edtf !== null && !d.future && !(published && d.edtf.slice(0, 4) > published.slice(0, 4));
  return framing.find((d) => past(d) && !d.bareYear) ?? framing.find(past);
}

/** Within the week before publication: the article's own occasion rather than background. */
export function isRecent(date: string, published: string): boolean {
  const range = edtfRange(date);
  if (!range?.start || !range.end || range.end > published) return false;
  // (Days counted, not parsed: the published day is a calendar day, as dayNumber needs.)
  const days = dayNumber(published) - dayNumber(range.start);
  return days >= 0 && days <= 7;
}

/**
 * A noun such as "the establishment of relations" reports an event only when someone's ("Portugal's recognition of …")
 * or when another verb acts on it ("signed a statement on the establishment of …"), not as a clause's subject.
 */
function nominalAsserted(ctx: SentenceContext, start: number, end: number): boolean {
  const possessor = ctx.parties.some((p) => p.end <= start && start - p.end <= 4 && p.via !== "city");
  if (possessor) return true;
  const before = clauseBefore(ctx, start);
  const subjectOfClause = /^[^,;.]{0,80}?\b(?:was|is|has been|were|would|will|could|marks?|marked)\b/i.test(ctx.text.slice(end, ctx.sentence.end));
  // ("The meeting coincided with the recognition of A by B": an occasion timed by the act, which took place.)
  // ("Qatar and the UAE announce the restoration of relations": so too a release's present tense.)
  return /\b(?:signed|agreed|announced|announces?|declared|declares?|concluded|formali[sz]ed|celebrated|marked|welcomed|confirmed|approved|endorsed|ratified|coincided with)\b/i.test(before) && !subjectOfClause;
}

const NOMINAL_TRIGGER = /^(?:establishment|restoration|resumption|normali[sz]ation|renewal|re-?establishment|recognition|expulsion|appointment|nomination) of\b/i;
const NOMINAL_BY = /^(?:appointment|nomination) by$/i;

// (Named groups: the function reading them is below, and a group added in between must not shift the others.)
// ("operated an embassy for five years before closing it": a span after "for" counts no distance.)
export const LATER = /\b(?:(?<!\bfor (?:(?:about|nearly|almost|some|over|more than) )?)(?<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?<unit>day|week|month|year)s? (?<dir>later|earlier|before)|the (?:next|following) (?<nextUnit>day|week|month|year)|(?:(?:on )?the (?<sameDay>same) (?:day|morning|afternoon|evening|night)|(?:by|in|under) the (?<sameAct>same) (?:decree|order|resolution|act|agreement|ceremony))|(?:(?:on|earlier|later) |(?=that (?:very |same )))(?<thatDay>that) (?:very |same )?(?:day|morning|afternoon|evening|night|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: morning| afternoon| evening| night)?)|(?:at|in|during) (?:the|that) (?<sitting>same) (?:sitting|session)|within (?:a few |a matter of |several )?(?<withinHours>hours|minutes)|within (?:a few |a matter of |several )?(?<withinDays>days)|(?:a few |several )?(?<hoursLater>hours|minutes) later|(?:hours|minutes) (?<hoursEarlier>earlier|later))\b/i;
// "… attended the inauguration, and the two ministers then held talks", "After the ceremony Liu told reporters": an
// occasion told before, named again with the definite article, dates what happens around it.
// ("Following the talks, the two ministers signed …": the talks of a day told before, not a month's round of them.)
// ("Before the signing, X held talks with Y": talks on the signing's day, before the ceremony.)
// ("Speaking at the embassy ceremony": one word may name it more closely.)
const REFERRED = /\b(?:after|before|ahead of|at|following|during|attended|on the sidelines of) the (?:[\w-]+ )?(inauguration|opening|ceremony|signing|talks)\b/i;
const REFERRED_TYPES: Record<string, readonly EventType[]> = {
  inauguration: ["mission-opened"], opening: ["mission-opened"], ceremony: ["mission-opened", "agreement", "relations-established", "credentials-presented"], signing: ["agreement"], talks: ["meeting"],
};

// "the April 22 attack", "the vote on May 3": a day the text gives an occasion named by a noun.
const DAY_THEN_NOUN = /^\s+([a-z]{4,})\b/;
const NOUN_THEN_DAY = /\bthe\s+([a-z]{4,})\s+(?:on|of)\s+$/;
// "A day after the attack,", "Hours after the vote,", "Two weeks before the election,": a sentence counted from an occasion.
const AFTER_OCCASION = /^(?:(?:just|only|barely|some)\s+)?(?:(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|week)s?|(hours|minutes))\s+(after|before)\s+the\s+([a-z]{4,})\s*,/i;

/** Remembers the noun a day is given to, the day's or the one before it ("the April 22 attack", "the attack on April 22"). */
export function rememberOccasion(text: string, d: DateMention, day: string, occasions: Map<string, string>): void {
  const noun = DAY_THEN_NOUN.exec(text.slice(d.end, d.end + 24))?.[1] ?? NOUN_THEN_DAY.exec(text.slice(Math.max(0, d.start - 30), d.start))?.[1];
  if (noun) occasions.set(noun, day);
}

/** The day a sentence opening "A day after the attack," counts to, when the text dated the attack; else null. */
export function afterOccasion(sentence: string, occasions: ReadonlyMap<string, string>): string | null {
  const m = AFTER_OCCASION.exec(sentence);
  const day = m ? occasions.get(m[5]!.toLowerCase()) : undefined;
  if (!m || !day) return null;
  const n = m[3] ? 0 : /^\d+$/.test(m[1]!) ? Number(m[1]) : (NUMBER_WORDS[m[1]!.toLowerCase()] ?? 1);
  const days = (m[4]!.toLowerCase() === "before" ? -1 : 1) * n * (m[2]?.toLowerCase() === "week" ? 7 : 1);
  return shiftIsoDay(day, days);
}

/** The date of the occasion a sentence refers back to, when an earlier sentence dated it. */
export function referredDate(sentence: Sentence, events: EventCandidate[]): string | null {
  const m = REFERRED.exec(sentence.text);
  if (!m) return null;
  const occasion = m[1]!.toLowerCase();
  const types = REFERRED_TYPES[occasion]!;
  if (occasion === "talks") {
    // (The talks told last, past a round the text dates by month or year only; talks it left undated date nothing.)
    const talks = events.findLast((e) => e.type === "meeting" && e.modality === "asserted" && !(e.dated && e.date !== null && e.date.length < 10));
    return talks?.dated ? talks.date : null;
  }
  // (A ceremony is the letters' presentation, not the copies handed over before it.)
  const held = (e: EventCandidate) => e.dated && e.date !== null && e.modality === "asserted" && types.includes(e.type) && !isCopy(e);
  const last = events.findLast(held);
  // ("opened its embassy on Thursday. … established relations in 1962. … Speaking after the ceremony, …": a year's
  // background told sentences before is no ceremony; the day's occasion is.)
  if (last && last.date!.length < 10 && last.sentence < sentence.index - 1) return events.findLast((e) => held(e) && e.date!.length >= 10)?.date ?? last.date;
  return last?.date ?? null;
}

/**
 * Where a sentence's own events begin: "retaliated three days later, expelling … and ordering the closure of …" counts
 * each act from the event told before the sentence, not from the one its first act just became.
 */
export function firstOfSentence(events: EventCandidate[], sentence: number): number {
  let k = events.length;
  while (k > 0 && events[k - 1]!.sentence === sentence && events.length - k < LOOK_BACK) k--;
  return k;
}

// How many events a look back passes at most: far more than any article tells, and it keeps a megabyte with no full
// stop and no date linear, where every trigger would otherwise walk back over all the events before it.
const LOOK_BACK = 256;

/** The date of the last asserted event with a date of its own or its paragraph's (among the first `upto`), or of a day only. */
export function lastDated(events: EventCandidate[], upto = events.length, dayOnly = false): string | null {
  for (let k = upto - 1; k >= Math.max(0, upto - LOOK_BACK); k--) {
    const e = events[k]!;
    if (e.date !== null && e.modality === "asserted" && !e.date.endsWith("~") && (!dayOnly || e.date.length === 10)) return e.date;
  }
  return null;
}

const EARLIER_THAT_DAY = /^(?:earlier|later)\b/i;
const UNIT_LENGTH: Record<string, number> = { day: 10, week: 10, month: 7, year: 4 };

/** "two days later" after an event of 2025-03-11: 2025-03-13, "a day earlier" 2025-03-10 (no finer than the earlier date, nor the unit, allows). */
export function laterThan(clause: string, previousEvent: string | null, dayBefore: string | null = null, lastEvent: string | null = null, lastDay: string | null = null): string | null {
  // (With neither day to count from, the clause need not be read: a quarter of the calls, most early in an article.)
  if (!isCalendarDate(previousEvent) && !isCalendarDate(dayBefore) && !isCalendarDate(lastEvent)) return null;
  const m = LATER.exec(clause);
  // ("Germany recognised it on January 15, 1992. On that day …": the day the text named last, event or not; "earlier
  // that day" goes on from the last event told.)
  // ("In 2013 A expelled …; B retaliated the same day": the act just told, in this sentence too, as no distance is
  // counted twice.)
  // ("The Assembly on Tuesday approved … In the same sitting, MPs passed …": so too the sitting.)
  // ("Hours earlier": the day the text named last, as "on that day".)
  const g = m?.groups;
  // ("He arrived on Wednesday afternoon. Later that day, the two leaders held talks": with no event told before, the day
  // named last.)
  // ("The quarrel began on May 19, when … . X moved within hours, recalling …": so too hours on, after no act told.)
  const namedLast = (g?.thatDay && (!EARLIER_THAT_DAY.test(m![0]) || !isCalendarDate(previousEvent))) || g?.sitting || g?.hoursEarlier || ((g?.withinHours || g?.hoursLater) && !isCalendarDate(previousEvent));
  const actJustTold = g?.sameDay ?? g?.sameAct;
  // ("… held talks today. The ministers assessed the consultations held in November last year. … On the same day, X was
  // received by the President": a sentence on, "the same day" is a day told before, not a month.)
  const dayTold = g?.sameDay && lastEvent === previousEvent && lastEvent !== null && lastEvent.length < 10 ? lastDay : null;
  // ("A and B followed suit the same day [Monday]. On Tuesday, staff left the embassy. C said on the same day it had
  // downgraded …": a day named after the last act, in a sentence with no act of its own, is the day the story is at.)
  const movedOn = g?.sameDay && lastEvent?.length === 10 && dayBefore?.length === 10 && dayBefore > lastEvent && dayBefore <= shiftIsoDay(lastEvent, 7) ? dayBefore : null;
  // ("He presented his letter on Tuesday. The next day, …": with no event told to the day before, from the day named last.)
  // ("Riyadh recalled its envoy on Oct. 29. … X resigned on Dec. 3. The next day, …": so too from a day named after the
  // last event, the story moved on.)
  // ("On Thursday the train pulled in. … A day later X was back in the city": so too a count of days later.)
  const fromDay = (g?.nextUnit ?? (g?.dir?.toLowerCase() === "later" ? g.unit : undefined))?.toLowerCase() === "day" && dayBefore?.length === 10 && (!(previousEvent && previousEvent.length >= 10) || dayBefore > previousEvent!) ? dayBefore : null;
  // ("Canada expelled an officer [September 2023]; India answered … the following day": the act its own sentence told.)
  const toldHere = g?.nextUnit && isCalendarDate(lastEvent) && lastEvent !== previousEvent ? lastEvent : null;
  const previous = namedLast ? (dayBefore ?? previousEvent) : (movedOn ?? dayTold ?? (actJustTold && isCalendarDate(lastEvent) ? lastEvent : (toldHere ?? fromDay ?? previousEvent)));
  if (!m || !g || !isCalendarDate(previous)) return null;
  // ("on the same day", "by the same decree": no later at all.)
  // ("within hours", "minutes later": the same day too.)
  // ("In January 2023 A expelled …; within days B …": the month of it, no finer.)
  if (g.withinDays) return previous.slice(0, 7);
  const same = actJustTold ?? g.thatDay ?? g.sitting ?? g.withinHours ?? g.hoursLater ?? g.hoursEarlier;
  const unit = same ? "day" : (g.unit ?? g.nextUnit)!.toLowerCase();
  // ("a day earlier": before it.)
  const sign = g.dir && /^(?:earlier|before)$/i.test(g.dir) ? -1 : 1;
  const n = sign * (same ? 0 : g.count ? (/^\d+$/.test(g.count) ? Number(g.count) : (NUMBER_WORDS[g.count.toLowerCase()] ?? 1)) : 1);
  const length = UNIT_LENGTH[unit]!;
  // ("In November 2013 A expelled …; B retaliated the same day": the day is as precise as the date counted from.)
  // ("Canada expelled an officer in September 2023; India answered by expelling a diplomat the following day": a day
  // after a month is in that month, as precise as the text allows.)
  if (previous.length < length) return same || (unit === "day" && n === 1 && previous.length === 7) ? previous : null;
  const day = new Date(`${previous.padEnd(10, "-01").slice(0, 10)}T00:00:00Z`);
  if (unit === "day" || unit === "week") day.setUTCDate(day.getUTCDate() + n * (unit === "week" ? 7 : 1));
  else if (unit === "month") day.setUTCMonth(day.getUTCMonth() + n);
  else day.setUTCFullYear(day.getUTCFullYear() + n);
  return toIsoDay(day).slice(0, length);
}


const PERFECT_RELATIVE = /,\s+(?:which|who)\s+(?:has|have|had)\b[^,;]*$/i;
const PERFECT_JOINT = /\band\s+(?:has|have)\s+(?:also\s+)?$/i;
