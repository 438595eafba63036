// Refiners of dates, run once every sentence is read: an undated event takes its twin's day, a deal's, a ceremony's
// told next or its rupture's; a post closed undated takes the day of the rupture between its states.
import { dayNumber, edtfRange, isCalendarDate } from "../model/date.js";
import { type EventCandidate, type MissionCandidate, RUPTURE } from "./candidates.js";
import type { DateMention } from "./dates.js";
import type { Sentence } from "./sentences.js";
import { AFTER_STATE } from "./nearest-date.js";

const DECISION_DATED = /^\W*(?:[\w'’-]+\s+){0,4}(?:officiali[sz]ed|formali[sz]ed|announced|made|took|confirmed|sealed)\s+(?:its|their|the|this|that)\s+(?:decision|move|step)\b|^\W*(?:the|this|that)\s+(?:decision|move|step)\s+(?:was|were)\s+(?:taken|made|announced|formali[sz]ed)\b/i;
const UNDER_DEAL = /^\W*Under (?:the|this|that) (?:joint )?(?:declaration|agreement|deal|accord|treaty|memorandum|communiqu[eé])\b/;
const CEREMONIAL: ReadonlySet<string> = new Set(["credentials-presented", "mission-opened", "agreement", "visit", "meeting"]);
const CEREMONY = /\b(?:took place|was held|were held|ceremony|held at|held in)\b/i;

// ("… declared independence following a referendum held in May": a vote held is no ceremony of the talks or the deal.)
const VOTE_HELD = /\b(?:referendum|plebiscite|elections?|votes?|polls?|ballot|run-?off)\s+(?:(?:was|were)\s+)?held\b/i;
// ("The accord built on the tenth session of the working group, held on March 31": a round counted is another too.)
const ANOTHER_OCCASION = /\b(?:previous|prior|preceding|last|earlier|first|next|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,4}(?:meeting|talks|visit|round|session|summit|ceremony|dialogue|consultations)\b/i;

// (A post's change is its sender's own: "the EU suspended its delegation on Sunday. Canada said on Friday it had closed
// its embassy" is no closure of Canada's on Sunday.)
const twinKey = (e: EventCandidate) => (e.mission ? `${e.type}|${e.target}|${e.source}` : `${e.type}|${e.target}`);

/**
 * Dates for events their sentence leaves undated: the date of the same kind of event at the same place
 * ("the ambassadors of Kuwait and Pakistan also presented credentials"), or of a ceremony described next.
 */
export function refineDates(events: EventCandidate[], analysed: { sentence: Sentence; dates: DateMention[] }[], ruptures: ReadonlyMap<string, string>, published: string | null = null): EventCandidate[] {
  const dated = new Map<string, EventCandidate>();
  for (const o of events) if (o.dated && o.date && !dated.has(twinKey(o))) dated.set(twinKey(o), o);
  const deal = events.find((o) => o.type === "agreement" && o.dated && o.date && o.modality === "asserted")?.date ?? null;
  const out: EventCandidate[] = [];
  for (const e of events) out.push(refinedDate(e, dated, deal, analysed, ruptures, published));
  return out;
}

/** One event of `refineDates`. */
function refinedDate(e: EventCandidate, dated: ReadonlyMap<string, EventCandidate>, deal: string | null, analysed: { sentence: Sentence; dates: DateMention[] }[], ruptures: ReadonlyMap<string, string>, published: string | null): EventCandidate {
  if (e.dated) return e;
  const twin = dated.get(twinKey(e));
  // (Not news, dated around the report or its paragraph, from a twin months away: "held a call on the 12th … previously
  // spoke last October".)
  const apart = twin?.date && e.date && daysApart(e.date, twin.date) > 31;
  // (Nor from one told later, as a live blog's background: "Kyiv is expelling 13 … Background: Britain expelled 23 on
  // March 14".)
  // (Nor over a day the narrative gives it, as the day of the news told just before: "On Saturday, X flew into Juba. …
  // Britain recognised South Sudan" is not the day of Friday's first recognition.)
  // (The twin told in the same sentence still dates it.)
  // ("Prague expelled 18 on Saturday. … Slovakia said on Thursday it would expel three": so too a day the sentence tells
  // the act on, kept approximate, that is not the report's.)
  const toldDay = e.date?.length === 11 && e.date.endsWith("~") && e.date.slice(0, 10) !== published ? e.date.slice(0, 10) : null;
  const narrated = twin !== undefined && twin.sentence < e.sentence && ((e.date?.length === 10 && isCalendarDate(e.date)) || (toldDay !== null && isCalendarDate(toldDay)));
  // ("the third country to break with Taiwan, after Nauru in 2016 and Panama last June": the states it follows' dates.)
  const followed = twin !== undefined && twin.sentence === e.sentence && followsTwin(e, twin, analysed[e.sentence]!.sentence);
  if (twin && !apart && !narrated && !followed && twin.sentence <= e.sentence) return { ...e, date: twin.date };
  const rupture = e.type === "mission-closed" ? ruptures.get(statesKey(e.source, e.target)) : undefined;
  if (rupture) return { ...e, date: rupture };
  // "… agreed to re-establish ties. Morocco officialized its decision on December 22, 2020, …": the next sentence
  // dates the decision it refers back to.
  const next = analysed[e.sentence + 1];
  const decided = next && DECISION_DATED.test(next.sentence.text) ? next.dates.find((d) => d.edtf && !d.future && !d.relative) : undefined;
  if (decided?.edtf) return { ...e, date: decided.edtf };
  // "Under the declaration, Morocco and Israel pledged to reopen …": the day of the deal the article dates.
  if (deal && UNDER_DEAL.test(analysed[e.sentence]!.sentence.text)) return { ...e, date: deal };
  if (!CEREMONIAL.has(e.type)) return e;
  for (const next of analysed.slice(e.sentence + 1, e.sentence + 3)) {
    // (Nor a date ahead: "talks will go on at the session to be held in mid-September".)
    const when = next.dates.find((d) => d.edtf && !d.future);
    // (Not one told as another occasion: "The previous meeting was held in November 2023".)
    if (when && CEREMONY.test(next.sentence.text) && !ANOTHER_OCCASION.test(next.sentence.text) && !VOTE_HELD.test(next.sentence.text)) return { ...e, date: when.edtf };
  }
  return e;
}

/** Whether `twin` is told after `e`, past ", after <Name>": an earlier act `e` is said to follow. */
function followsTwin(e: EventCandidate, twin: EventCandidate, sentence: Sentence): boolean {
  const from = e.sources[0]?.spans[0]?.end;
  const to = twin.sources[0]?.spans[0]?.start;
  return from !== undefined && to !== undefined && to > from && AFTER_STATE.test(sentence.text.slice(from - sentence.start, to - sentence.start));
}

export const statesKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The dated ruptures the article reports (relations severed, in either direction), by pair of states. */
export function ruptureDates(events: EventCandidate[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) if (e.type === "relations-severed" && e.modality === "asserted" && e.dated && e.date && !out.has(statesKey(e.source, e.target))) out.set(statesKey(e.source, e.target), e.date);
  return out;
}

/**
 * Posts closed in a sentence with no date of their own, between states whose rupture the article dates, were closed
 * then ("… broke off ties in 2019. Embassies in both countries were shut."), not on the day of the report.
 */
export function datedByRupture(missions: MissionCandidate[], ruptures: ReadonlyMap<string, string>): MissionCandidate[] {
  const out: MissionCandidate[] = [];
  for (const m of missions) {
    const rupture = !m.dated && m.status === "closed" ? ruptures.get(statesKey(m.sender, m.host)) : undefined;
    out.push(rupture ? { ...m, date: rupture, dated: true } : m);
  }
  return out;
}

export function daysApart(a: string, b: string): number {
  const x = edtfRange(a);
  const y = edtfRange(b);
  if (!x?.start || !x.end || !y?.start || !y.end) return Number.POSITIVE_INFINITY;
  if (x.end < y.start) return dayNumber(y.start) - dayNumber(x.end);
  if (y.end < x.start) return dayNumber(x.start) - dayNumber(y.end);
  return 0;
}

/**
 * Steps of one rupture told in one sentence are one day's: "A has recalled its ambassador to B and ordered B's envoy to
 * leave" takes the day a later sentence gives the recall ("In a statement on Saturday, … had been recalled").
 */
export function jointRuptureDates(events: EventCandidate[]): EventCandidate[] {
  for (const e of events) {
    if (e.dated || !RUPTURE.has(e.type)) continue;
    const joint = events.find((f) => f !== e && f.dated && f.sentence === e.sentence && RUPTURE.has(f.type) && f.source === e.source && f.target === e.target && f.date?.length === 10 && f.sources.length > 1);
    if (joint) [e.date, e.dated] = [joint.date, true];
  }
  return events;
}
