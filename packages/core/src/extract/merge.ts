// Merging candidates into records: one mission per post with its history, one event per happening, each with every
// source that told it. Apart from the refiners that correct one candidate at a time: these compare two tellings.
import { compareEdtf, edtfOverlaps, edtfSpanDays } from "../model/date.js";
import { SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import { type DiplomaticMission, type MissionStatus, missionId } from "../model/mission.js";
import type { Provenance } from "../model/provenance.js";
import { type EventCandidate, type MissionCandidate, TALKS } from "./candidates.js";
import { daysApart, statesKey } from "./date-refiners.js";
import { SEPARATE } from "./event-roles.js";

const SEVERAL_PER_HOST: ReadonlySet<string> = new Set(["consulate", "consulate-general", "honorary-consulate"]);
const STATUS_RANK: Record<MissionStatus, number> = { planned: 0, approved: 1, open: 2, suspended: 3, closed: 3 };

export function mergeMissions(candidates: MissionCandidate[]): DiplomaticMission[] {
  const groups = new Map<string, MissionCandidate[]>();
  // A state keeps one embassy in a host, but consulates in several towns: "its consulates general in A, B and C" are
  // three posts. A consulate named with no town is the one of its town named last before it (else the first named).
  const towns = new Map<string, MissionCandidate[]>();
  for (const c of candidates) {
    if (!c.city || !SEVERAL_PER_HOST.has(c.kind)) continue;
    const post = `${c.sender}|${c.host}|${c.kind}`;
    const named = towns.get(post);
    if (named) named.push(c);
    else towns.set(post, [c]);
  }
  // (Only the posts named in two towns or more: one named in a single town stays one post.)
  for (const [post, named] of towns) if (new Set(named.map((n) => n.city!.toLowerCase())).size < 2) towns.delete(post);
  for (const c of candidates) {
    const post = `${c.sender}|${c.host}|${c.kind}`;
    const named = towns.get(post);
    const town = named ? (c.city ?? (named.findLast((n) => n.order <= c.order) ?? named[0]!).city!) : null;
    const key = town ? `${post}|${town.toLowerCase()}` : post;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: DiplomaticMission[] = [];
  for (const group of groups.values()) {
    // Lifecycle by event date (undated changes keep their place in the text): later changes win, but a post never
    // moves back from open to planned or approved, and an announcement never undoes an approval (DOMAIN.md).
    const cued = group.filter((c) => c.sources[0]!.rule !== "mission.mention");
    const pool = cued.length ? cued : group;
    const ordered = [...pool].sort((a, b) => (a.date && b.date ? compareEdtf(a.date, b.date) : 0) || a.order - b.order);
    let status: MissionStatus = ordered[0]!.status;
    // Forward through the lifecycle; a closed or suspended post may be planned, approved or opened again.
    for (const c of ordered.slice(1)) if (STATUS_RANK[c.status] >= STATUS_RANK[status] || status === "closed" || status === "suspended" || (status !== "open" && c.status === "open")) status = c.status;
    const city = group.find((c) => c.city)?.city ?? null;
    const first = group[0]!;
    out.push({
      id: missionId({ sender: first.sender, host: first.host, kind: first.kind, city }),
      sender: first.sender,
      host: first.host,
      kind: first.kind,
      city,
      status,
      history: historyOf(group.filter((c) => c.sources[0]!.rule !== "mission.mention").sort((a, b) => compareEdtf(a.date, b.date) || a.order - b.order)),
      sources: withSources(group),
    });
  }
  return out;
}

export function sameDyad(a: EventCandidate, b: EventCandidate): boolean {
  if (a.type !== b.type) return false;
  if (a.source === b.source && a.target === b.target) return true;
  return SYMMETRIC_EVENT_TYPES.has(a.type) && a.source === b.target && a.target === b.source;
}

// (Or a span of days: "talks on July 8-9 … talks on Saturday" are two rounds; or a month: "talks in Lune in March …
// return talks in Arnor in April".)
const isDay = (date: string | null) => date !== null && /^\d{4}-\d{2}(?:-\d{2}(?:\/\d{4}-\d{2}-\d{2})?)?$/.test(date);

/** Whether an event was read from a sentence about copies of credentials. */
export const isCopy = (e: EventCandidate) => /\bcop(?:y|ies) of\b/i.test(e.sources[0]?.sentence ?? "");

// Changes of standing a pair goes through once in a story: "A cut ties with B on January 15 … B's minister told reporters
// that B was severing ties" is the one rupture, though the report's day lent the second telling lies weeks later.
const ONCE_IN_A_STORY: ReadonlySet<string> = new Set(["relations-established", "relations-severed", "recognition", "mission-opened", "mission-closed", "mission-upgraded", "mission-downgraded"]);
// (Lent by the report: its day, or the day of the article's news.)
const lentByReport = (e: EventCandidate) => !e.dated && e.date !== null;

/** How many days apart two tellings of one happening may be dated: a week, a month when the report's day dates one of a change of standing. */
function closeEnough(e: EventCandidate, c: EventCandidate): number {
  return ONCE_IN_A_STORY.has(c.type) && (lentByReport(e) || lentByReport(c)) ? 31 : 7;
}

/**
 * "… inaugurated the Consulate General in Kapan on Friday. The decision to establish the consulate general reflected …":
 * a plan told undated after the post is told opened, as of the day it opened or later, is that opening's background,
 * not an announcement of its own (a post is announced before it opens).
 */
export function lateAnnouncements(events: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const e of events) {
    const opened = e.type === "mission-announced" && !e.dated && e.mission && e.date ? events.find((o) => o.type === "mission-opened" && o.modality === "asserted" && o.sentence < e.sentence && o.mission?.sender === e.mission!.sender && o.mission.host === e.mission!.host && o.mission.kind === e.mission!.kind && o.date !== null && compareEdtf(o.date, e.date!) <= 0) : undefined;
    if (!opened) out.push(e);
  }
  return out;
}

/** One event per happening within a document: same type and dyad with compatible dates. */
export function mergeEvents(candidates: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  // Candidates of one type between one pair of states, whatever their order: the only ones that can merge.
  const buckets = new Map<string, EventCandidate[]>();
  const sorted: EventCandidate[] = [];
  for (const c of candidates) sorted.push(c);
  for (const c of sorted.sort((a, b) => a.order - b.order)) {
    // Within one article the same kind of event between the same states a few days apart is one happening told twice.
    // A passive report ("ties, which were severed in 2019") names no actor: it joins the same pair's active report either way.
    const sameOrPassive = (e: EventCandidate) => sameDyad(e, c) || ((e.passive || c.passive) && e.type === c.type && e.source === c.target && e.target === c.source);
    const key = `${c.type}|${statesKey(c.source, c.target)}`;
    const bucket = buckets.get(key);
    // (Copies of credentials handed to the minister and the letters presented to the head of state days later are two.)
    // (Talks the text dates to two different days are two rounds: "met X on Monday … met Y on Wednesday".)
    // (So too talks the text dates and talks set on the day of the article's news: "arrived on Saturday … where they held
    // talks" and "last Sunday, … He spent the evening in talks".)
    // (So too expulsions: "declared 18 diplomats persona non grata on Saturday … on Thursday forced dozens more out".)
    // (Expulsions only when the text dates both: an undated one lent the report's day is the one the other dates.)
    // (So too deals the text dates to two days, signed by different people: "the foreign ministers initialled the text on
    // Monday … the presidents signed the treaty on Tuesday".)
    const twoDays = (e: EventCandidate) => (TALKS.has(c.type) ? e.dated || c.dated : (c.type === "diplomat-expelled" || (c.type === "agreement" && bySomeoneElse(e, c))) && e.dated && c.dated) && e.date !== c.date && isDay(e.date) && isDay(c.date) && !edtfOverlaps(e.date!, c.date!);
    // (Two posts are two openings: "reopened its embassy on June 6 and its consulate general a day later".)
    // (One move of several posts on one day is one happening: "closed its embassy and consulates".)
    const otherPost = (e: EventCandidate) => e.mission !== null && c.mission !== null && e.mission.kind !== c.mission.kind && e.dated && c.dated && e.date !== c.date;
    // (Visits by other people the text dates to other months are two: "X arrived on Monday [March 6]" and "President Y
    // paid a state visit to Beijing last month".)
    const otherVisitors = (e: EventCandidate) => c.type === "visit" && e.dated && c.dated && e.date !== null && c.date !== null && e.date.slice(0, 7) !== c.date.slice(0, 7) && !edtfOverlaps(e.date, c.date) && bySomeoneElse(e, c, 1);
    const same = bucket?.find((e) => sameOrPassive(e) && !otherPost(e) && !otherVisitors(e) && !otherHost(e, c) && !otherSigners(e, c) && (e.date === null || c.date === null || edtfOverlaps(e.date, c.date) || daysApart(e.date, c.date) <= closeEnough(e, c)) && !twoDays(e) && (e.type !== "credentials-presented" || isCopy(e) === isCopy(c)));
    if (!same) {
      // (Field by field: candidates come in several shapes, and a spread of them is slow.)
      const fresh: EventCandidate = {
        type: c.type, source: c.source, target: c.target, date: c.date, modality: c.modality, officials: new Set(c.officials), mission: c.mission,
        sources: [...c.sources], order: c.order, dated: c.dated, passive: c.passive, sentence: c.sentence,
      };
      out.push(fresh);
      if (bucket) bucket.push(fresh);
      else buckets.set(key, [fresh]);
      continue;
    }
    // The more precise date wins; of two days, the earlier (reports follow events, not the other way round).
    // (A date the text gives outranks one the report lends: "hosted X" undated joins "agreed Monday" as Monday's.)
    // (Not a plan's date over a happening's: "arrived today … is due to begin talks on Sunday".)
    if (c.date && (c.dated || !same.dated) && (c.modality === same.modality || c.modality === "asserted") && (!same.date || edtfSpanDays(c.date) < edtfSpanDays(same.date) || (edtfSpanDays(c.date) === edtfSpanDays(same.date) && compareEdtf(c.date, same.date) < 0))) [same.date, same.dated] = [c.date, c.dated];
    for (const o of c.officials) same.officials.add(o);
    for (const source of c.sources) addSource(same.sources, source);
    if (same.mission === null) same.mission = c.mission;
    if (same.passive && !c.passive) [same.source, same.target, same.passive] = [c.source, c.target, false];
  }
  return out;
}

const JOINED_THE_TALKS = /\b(?:took part in|joined|attended|sat in on|(?:was|were) (?:also )?present at) (?:the|that|this) (?:meeting|talks)\b/i;

/**
 * Talks of one guest with another host, told by a verb of their own, are another meeting ("met President X …
 * Marcos also met separately with Prime Minister Y, and called on Speaker Z"): each names a person the other does not.
 */
function otherHost(e: EventCandidate, c: EventCandidate): boolean {
  if (c.type !== "meeting" || e.order === c.order || e.officials.size < 2 || c.officials.size < 2) return false;
  // ("X and Y took part in the meeting with Z": others at talks told before, the same talks.)
  if (JOINED_THE_TALKS.test(c.sources[0]?.sentence ?? "")) return false;
  let shared = 0;
  for (const o of c.officials) if (e.officials.has(o)) shared++;
  // ("The two leaders held talks. … Foreign Minister A held separate talks with his counterpart B": other people, told apart.)
  // ("Earlier in the day, Foreign Minister A met Foreign Minister B": two people of each side, none of the talks before.)
  if (shared === 0) return SEPARATE.test(c.sources[0]?.sentence ?? "") || (c.officials.size >= 2 && e.officials.size >= 2);
  return shared < c.officials.size && shared < e.officials.size;
}

/**
 * A deal other people sign, told as separate, is another agreement ("the foreign ministers signed a memorandum … In a
 * separate act, the ministers of transport of A and B signed an agreement on a bridge"): no signer of one signs the other.
 */
/** Whether two events each name two officials or more (`least`), and none in common. */
function bySomeoneElse(e: EventCandidate, c: EventCandidate, least = 2): boolean {
  // (Signers of both sides each time.)
  if (e.officials.size < least || c.officials.size < least) return false;
  for (const o of c.officials) if (e.officials.has(o)) return false;
  return true;
}

function otherSigners(e: EventCandidate, c: EventCandidate): boolean {
  if (c.type !== "agreement" || e.order === c.order || e.officials.size === 0 || c.officials.size < 2) return false;
  for (const o of c.officials) if (e.officials.has(o)) return false;
  return SEPARATE.test(c.sources[0]?.sentence ?? "");
}

/** Every source of the candidates, a sentence read twice by one rule once. */
function withSources(candidates: readonly { sources: Provenance[] }[]): Provenance[] {
  const out: Provenance[] = [];
  for (const c of candidates) for (const source of c.sources) addSource(out, source);
  return out;
}

/** A post's changes in date order, one per status and date ("opened its embassy …, the first embassy …" is one opening). */
function historyOf(changes: readonly MissionCandidate[]): DiplomaticMission["history"] {
  const out: Array<{ status: MissionStatus; date: string | null; candidates: MissionCandidate[] }> = [];
  for (const c of changes) {
    const same = out.find((h) => h.status === c.status && h.date === c.date);
    if (same) same.candidates.push(c);
    else out.push({ status: c.status, date: c.date, candidates: [c] });
  }
  return out.map((h) => ({ status: h.status, date: h.date, sources: withSources(h.candidates) }));
}

/** Adds a source; one sentence read by one rule twice ("opened its embassy …, the first embassy of …") is one source with both spans. */
export function addSource(sources: Provenance[], source: Provenance): void {
  const i = sources.findIndex((s) => s.sentence === source.sentence && s.rule === source.rule && sameSentence(s, source));
  if (i < 0) {
    sources.push(source);
    return;
  }
  const known = sources[i]!;
  const spans = [...known.spans, ...source.spans].filter((span, k, all) => all.findIndex((o) => o.start === span.start && o.end === span.end) === k).sort((a, b) => a.start - b.start);
  sources[i] = { ...known, spans, confidence: Math.max(known.confidence, source.confidence) };
}

/** Two sources' spans lie in one sentence of the text (an article can repeat a sentence word for word). */
const sameSentence = (a: Provenance, b: Provenance) =>
  a.spans.length > 0 && b.spans.length > 0 && Math.abs(a.spans[0]!.start - b.spans[0]!.start) <= (a.sentence?.length ?? 0);
