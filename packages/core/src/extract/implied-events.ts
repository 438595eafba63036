// Events a sentence implies without a verb of their own: a gapped second clause (", and Honduras in June"), a list
// of states with their dates, states that "followed suit".
import type { EventType } from "../model/event.js";
import type { EventCandidate, FallbackDate, MissionCandidate, ProvenanceOf } from "./candidates.js";
import { clauseBefore, clauseEnd, coordinatedBefore, distinctParties, type SentenceContext, subjectBefore } from "./context.js";
import { laterThan } from "./event-dates.js";
import { modalityOf } from "./modality.js";
import { ORGANISATIONS } from "./party-kinds.js";

// A second clause with a state and only a date or "followed" of its own: ", and Honduras in June of that year".
export const GAP_GATE = /,\s+and\s+[A-Z]/;
const GAP_BEFORE = /,\s+and\s+(?:then\s+)?(?:the\s+)?$/;
// ("…, and Guatemala, which followed two days later": so too in a relative clause of the state's.)
const GAP_FOLLOWED = /^(?:,\s+which)?\s+(?:followed(?:\s+suit)?|did\s+(?:so|likewise|the\s+same))\b[^,;.]{0,30}(?:[.;]|$)/i;
const GAP_DATE_END = /^(?:,?\s+of\s+that\s+year)?(?:\s+as\s+well)?\s*(?:[.;]|$)/i;

/**
 * "Kosovo opened its embassy in March 2021, and Honduras in June of that year", "…, and Guatemala followed two days
 * later": the state of a verbless second clause did what the first clause's subject did (a post of its own in the same town, on
 * the date its clause gives, else the first one's). ("visited Chile in May, and Peru in June": a visit's place instead.)
 */
export function gappedClauses(ctx: SentenceContext, eventsBefore: number, missionsBefore: number, provenance: ProvenanceOf, events: EventCandidate[], missions: MissionCandidate[]): void {
  const { sentence, text, parties, dates } = ctx;
  const eventsEnd = events.length;
  for (const p of parties) {
    if (p.via !== "actor" || !GAP_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 14), p.start))) continue;
    const tail = text.slice(p.end, sentence.end);
    const followed = GAP_FOLLOWED.exec(tail);
    // ("…, and Iceland followed in 2011": a follower's own date, within its few words.)
    const date = dates.find((d) => d.start >= p.end && d.start <= p.end + (followed ? followed[0].length : 4) && d.edtf && !d.future);
    if (!followed && !(date && GAP_DATE_END.test(text.slice(date.end, sentence.end)))) continue;
    // The clause's own event: the last one told before the state, in this sentence.
    const first = events.slice(eventsBefore, eventsEnd).findLast((e) => e.order < p.start && e.modality === "asserted");
    if (!first || first.source === p.code || first.target === p.code) continue;
    const ownPost = first.type.startsWith("mission-") ? first.mission : null;
    // Only a post's sender, a follower or a visit's place is read from the gap: "met A in May, and B in June" is left.
    const asSubject = followed || ownPost;
    if (!asSubject && first.type !== "visit") continue;
    const [source, target] = asSubject ? [p.code, first.target] : [first.source, p.code];
    // ("…, and Guatemala followed two days later": counted from the first clause's day.)
    const counted = !date && followed ? laterThan(followed[0], first.date) : null;
    const edtf = date?.edtf ?? counted ?? first.date;
    const mission = ownPost ? { ...ownPost, sender: source } : null;
    events.push({ ...first, source, target, date: edtf, officials: new Set(asSubject ? [] : first.officials), mission, sources: [provenance(sentence, p.start, p.end, `${first.sources[0]?.rule ?? "event"}+gapped`, 0.6)], order: p.start, dated: date !== undefined || counted !== null || first.dated });
    if (!mission) continue;
    const post = missions.slice(missionsBefore).findLast((m) => m.sender === first.source && m.host === first.target && m.kind === mission.kind);
    if (post) missions.push({ ...post, sender: source, date: edtf, dated: date !== undefined || post.dated, order: p.start, sources: [provenance(sentence, p.start, p.end, "mission.gapped", 0.55)] });
  }
}

// ", Panama in 2017": a state and its own date after a comma.
export const GAP_LIST_GATE = /,\s+(?:and\s+)?(?:the\s+)?\p{Lu}[\p{L}'’. -]{1,40}?\s+(?:in|on)\s+(?:(?:early|late|mid-)\s*)?(?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/u;
// Before a listed state: a comma, ", and", or " and" joining it to the state before.
const LIST_ITEM_BEFORE = /(?:,|,?\s+and)\s+(?:the\s+)?$/;
const LIST_DATE_BEFORE = /^\s+(?:(?:in|on)\s+)?$/;
const LIST_ITEM_AFTER = /^\s*(?:,|\band\b|[.;]|$)/;
const LIST_AND_NEXT = /^\s+and\s+(?:the\s+)?$/;
// Acts whose subject a list of states with their dates repeats: "Costa Rica switched in 2007, Panama in 2017, and
// Nicaragua in 2021"; "Chile recognised Kosovo in 2008, Peru in 2009"; "expelled two diplomats in March, Peru in April".
// ("Chile breaks with Havana on Aug. 11, Bolivia on Aug. 20 and Uruguay on Sept. 8": so too a rupture.)
const SUBJECT_LISTED: ReadonlySet<EventType> = new Set(["recognition", "diplomat-expelled", "ambassador-recalled", "relations-severed"]);

/**
 * "Costa Rica switched in 2007, Panama in 2017, the Dominican Republic and El Salvador in 2018, and Nicaragua in
 * December 2021": each state listed with a date of its own after an act did that act on that date (states joined by
 * "and" share the date after the last of them). A switch of recognition repeats both its halves.
 */
export function gappedList(ctx: SentenceContext, eventsBefore: number, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { sentence, text, parties, dates } = ctx;
  const told = events.slice(eventsBefore).filter((e) => e.modality === "asserted" && e.source !== null && e.target !== null && (SUBJECT_LISTED.has(e.type) || e.sources[0]?.rule.startsWith("event.recognition-switched") === true));
  if (!told.length) return;
  const firstAt = Math.min(...told.map((e) => e.order));
  const states = parties.filter((p) => p.via === "actor" && p.start > firstAt);
  for (let k = 0; k < states.length; k++) {
    const p = states[k]!;
    if (!LIST_ITEM_BEFORE.test(text.slice(Math.max(sentence.start, p.start - 12), p.start))) continue;
    // Its date right after it, or after the states "and" joins to it.
    let q = k;
    while (states[q + 1] && LIST_AND_NEXT.test(text.slice(states[q]!.end, states[q + 1]!.start))) q++;
    const last = states[q]!;
    const date = dates.find((d) => d.start > last.end && LIST_DATE_BEFORE.test(text.slice(last.end, d.start)) && d.edtf && !d.future);
    if (!date || !LIST_ITEM_AFTER.test(text.slice(date.end, Math.min(sentence.end, date.end + 6)))) continue;
    for (const e of told) {
      if (e.source === p.code || e.target === p.code || p.start <= e.order) continue;
      if (events.some((o) => o.type === e.type && o.source === p.code && o.target === e.target && o.sentence === sentence.index)) continue;
      events.push({ ...e, source: p.code, date: date.edtf, officials: new Set(), mission: null, sources: [provenance(sentence, p.start, p.end, `${e.sources[0]?.rule ?? "event"}+listed`, 0.55)], order: p.start, dated: true });
    }
  }
}

// Acts another state can repeat towards the same side ("Bolivia followed suit"): not talks, visits or posts.
const FOLLOWABLE: ReadonlySet<string> = new Set(["recognition", "diplomat-expelled", "ambassador-recalled", "relations-severed", "relations-established"]);
// The acts a story of a rupture or a recognition is about, which "followed suit" repeats before an envoy's recall or expulsion.
const HEADLINE_ACTS: ReadonlySet<string> = new Set(["recognition", "relations-severed", "relations-established"]);
// ("Jordan and Kuwait announced their own breaks": a rupture like the one told before.)
// ("The United States did so on Tuesday", "China and France extended recognition on Wednesday", "Iceland went first,
// on June 8": so too an act named again after one told; not a bare "A went first", which announces what follows.)
const FOLLOWED_SUIT = /\b(?:followed suit|did (?:the same|likewise|so)|(?:announced|took|taken|made) (?:the same|a similar|an identical) (?:step|decision|move|measure)|extended (?:its |their |formal |diplomatic )*recognition(?! to\b| of\b)|went first(?=,?\s+on\s)|(?:has|have|had) done (?:the same|likewise)|(?:announced|declared|made) (?:their|its) own (?:breaks?|ruptures?)(?= with\b|[ ,.;]))\b/;
// "France, Malta and Monaco followed on Monday": a bare "followed" with only a time after it (not "followed the talks",
// "followed in the footsteps of").
const WHEN_RECALLED = /^[^.;]*?,?\s+when\b[^.;]*?\b(?:ambassador|envoy)s?\b[^.;]*?\b(?:recalled|called (?:home|back)|withdrawn|brought home|summoned home)\b/i;
const FOLLOWED_WHEN = /\bfollowed(?=\s+(?:on|later|shortly|soon|hours|days|weeks|months|the next|the following|a day|a week|a month|a year|(?:the same|that) (?:day|evening|morning|afternoon|night|week)|in the course of|within (?:hours|days|a day|the day|the week)|during the (?:day|night|week)|in (?:\d|January|February|March|April|May|June|July|August|September|October|November|December|the same|the following|the next))\b|\s*[.;])/;
const JOINED_CLAUSE = /,\s+(?:and|but|while|whereas)\s+(?!(?:on|in|at|by|late|early|then|later|also|did|had|has|have|was|were)\b)/i;
/** Whether a sentence may say that states did what was told before (cheap tests before FOLLOWED_SUIT's). */
export const mayFollowSuit = (text: string) => text.includes("followed") || text.includes(" the same") || text.includes("likewise") || text.includes(" own break") || text.includes(" own rupture") || text.includes("did so") || text.includes("recognition") || text.includes("went first");

/**
 * "Chile recognised Ghana in 1972. Bolivia followed suit in 1974", "A cut ties with B and opened relations with C; D and
 * E did the same in 2018": each state of the subject does what the last act told (in this sentence or the two before)
 * did, with every act its subject did alongside it, towards the same side, dated by its own words ("two days later"
 * counting from it). An envoy's recall or expulsion told after a rupture or a recognition of the same side gives way to
 * it: "A, B and C severed ties with D. … They gave D's diplomats 48 hours to leave. E and F followed suit" breaks ties.
 */
export function followedSuit(ctx: SentenceContext, eventsBefore: number, fallbackDate: FallbackDate, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { sentence } = ctx;
  // (A bare "followed" after ", and" is a gapped clause's: gappedClauses.)
  const bare = FOLLOWED_SUIT.test(sentence.text) ? null : FOLLOWED_WHEN.exec(sentence.text);
  const m = bare ?? FOLLOWED_SUIT.exec(sentence.text);
  if (!m || (bare && /,\s+and\s/.test(sentence.text.slice(0, bare.index)))) return;
  const start = sentence.start + m.index;
  // (Not "has not followed suit", "would have followed suit".)
  if (modalityOf(clauseBefore(ctx, start)) !== "asserted") return;
  const subject = subjectBefore(ctx, start);
  if (!subject) return;
  // ("Yemen's government and the Maldives followed suit": each state of the subject.)
  const subjects = distinctParties([subject, ...coordinatedBefore(ctx, subject).filter((p) => p.via === "actor")]).filter((p) => !events.slice(eventsBefore).some((e) => e.source === p.code));
  const apart = (e: EventCandidate) => FOLLOWABLE.has(e.type) && e.modality === "asserted" && (e.sentence < sentence.index || e.order < start) && !subjects.some((p) => p.code === e.source || p.code === e.target);
  // (A story's recognition or rupture, a few sentences back, is what a list of states following it repeats.)
  const latest = events.findLast((e) => apart(e) && (e.sentence >= sentence.index - 2 || (HEADLINE_ACTS.has(e.type) && e.sentence >= sentence.index - 6)));
  // (Of a sentence before, its main clause's act, told first: "A broke off relations with B, a day after B recognised C.
  // D announced the same step" breaks with B.)
  const last = latest && latest.sentence < sentence.index ? events.find((e) => apart(e) && e.sentence === latest.sentence) : latest;
  if (!last || !subjects.length) return;
  // ("Kuwait recalled its envoy on Tuesday and Qatar followed suit": the act told in the same sentence is the one followed.)
  const headline = HEADLINE_ACTS.has(last.type) || last.sentence === sentence.index ? undefined : events.findLast((e) => apart(e) && HEADLINE_ACTS.has(e.type) && e.target === last.target && e.sentence >= sentence.index - 4);
  const told = headline ?? last;
  // (Recognition extended repeats a recognition only.)
  if (/recognition/i.test(m[0]) && told.type !== "recognition") return;
  const end = start + m[0].length;
  // Every act its subject did in that sentence, once each; ("Honduras followed on Friday, when its president announced
  // that her country's ambassador was being called home": the act the "when" clause tells, towards the same state.)
  const recalled = bare ? WHEN_RECALLED.exec(ctx.text.slice(end, ctx.sentence.end)) : null;
  const acts = recalled ? [{ ...told, type: "ambassador-recalled" as const }] : distinctActs(events.filter((e) => apart(e) && e.sentence === told.sentence && e.source === told.source));
  // ("followed suit the same day, and C announced its own break on Tuesday": not past a clause of another subject.)
  const limit = clauseEnd(ctx, end);
  const joined = JOINED_CLAUSE.exec(ctx.text.slice(end, limit));
  const stop = joined ? end + joined.index : limit;
  // ("On Friday Jordan and Kuwait announced their own breaks": else a date opening its own clause.)
  const opening = start - clauseBefore(ctx, start).length;
  const own = ctx.dates.find((d) => d.start >= end && d.edtf && !d.future && d.start < stop) ?? ctx.dates.find((d) => d.start >= opening && d.end <= start && d.edtf && !d.future);
  for (const p of subjects) {
    for (const done of acts) {
      const later = own ? null : laterThan(ctx.text.slice(end, stop), done.date);
      const date = own?.edtf ?? later ?? fallbackDate(start, end);
      events.push({ ...done, source: p.code, date, officials: new Set(p.official ? [p.official] : []), mission: null, sources: [provenance(sentence, start, end, "event.followed-suit", 0.6)], order: start, dated: own !== undefined || later !== null, passive: false, sentence: sentence.index });
    }
  }
}

/** The events of distinct types and targets, the first of each. */
function distinctActs(events: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const e of events) if (!out.some((o) => o.type === e.type && o.target === e.target)) out.push(e);
  return out;
}

// The two governments of China, recognition of one of which is the end of ties with the other (SCHEMA.md conventions).
const RIVAL_CHINA: Readonly<Record<string, string>> = { CN: "TW", TW: "CN" };
// (Recognition given or ties restored, not ties first established: "first established ties with Taipei in 1980".)
const SWITCHING_VERB = /^(?:recogni|restor|resum|re-?establish)/i;

/**
 * "Nauru has switched sides before: it recognised Beijing in 2002 before restoring ties with Taipei in 2005": ties
 * established with one of Beijing and Taipei, in a sentence naming the other, end those with the other on that date
 * (a rupture the sentence does not tell in words of its own).
 */
export function switchedSides(ctx: SentenceContext, eventsBefore: number, events: EventCandidate[]): void {
  const end = events.length;
  for (let k = eventsBefore; k < end; k++) {
    const e = events[k]!;
    const other = e.target ? RIVAL_CHINA[e.target] : undefined;
    if (e.type !== "relations-established" || e.modality !== "asserted" || !other || !e.source || e.source === other) continue;
    if (!ctx.parties.some((p) => p.code === other && p.via !== "official") || !SWITCHING_VERB.test(ctx.text.slice(e.order, e.order + 16))) continue;
    if (events.some((x) => x.type === "relations-severed" && ((x.source === e.source && x.target === other) || (x.source === other && x.target === e.source)) && x.sentence >= ctx.sentence.index - 1)) continue;
    // (Cited by the words that told the ties established, under a rule of its own.)
    events.push({ ...e, type: "relations-severed", target: other, officials: new Set(e.officials), sources: e.sources.map((q) => ({ ...q, spans: q.spans.map((x) => ({ ...x })), rule: "event.switched-sides", confidence: 0.5 })) });
  }
}

// "The other envoys received today represent Benin, Canada and Ghana": the states of a ceremony's other envoys.
// ("The ambassadors who presented their credentials represent A, B and C": so too a ceremony's envoys told by what they did.)
const ENVOYS_REPRESENT = /\b(?:(?:other|remaining|rest of the|new|newly accredited)\s+(?:[\w-]+\s+){0,2}?(?:envoys|ambassadors|heads of (?:(?:foreign|diplomatic) )*missions?|high commissioners|diplomats)\b[^.;]{0,60}?|(?:envoys|ambassadors|high commissioners)\s+who\s+(?:have\s+)?(?:presented|handed over|submitted)\s+(?:their\s+)?(?:letters of credence|credentials)\b[^.;,]{0,40}?)\b(?:represent|represented|come from|came from|are from|were from|hail from|were those of|are those of)\s/i;
/** Whether a sentence may list the states of a ceremony's other envoys (cheap test before ENVOYS_REPRESENT). */
export const mayListEnvoys = (text: string) => (text.includes("envoys") || text.includes("ambassadors") || text.includes("heads of") || text.includes("commissioners") || text.includes("diplomats")) && (text.includes("represent") || text.includes(" from ") || text.includes("those of"));

/**
 * "The other envoys received today represent Benin, Canada and Ghana", after credentials presented to a host told in
 * the sentences before: each state listed presented its envoy's credentials there, that day.
 */
export function envoysRepresenting(ctx: SentenceContext, fallbackDate: FallbackDate, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { sentence } = ctx;
  const m = ENVOYS_REPRESENT.exec(sentence.text);
  if (!m) return;
  const from = sentence.start + m.index + m[0].length;
  const told = events.findLast((e) => e.type === "credentials-presented" && e.modality === "asserted" && e.target !== null && e.sentence >= sentence.index - 4 && e.sentence < sentence.index);
  // (With none told before, "the ambassadors who presented their credentials" presented them where the story is filed.)
  const host = told?.target ?? (/credence|credentials/i.test(m[0]) ? (ctx.filedFrom?.code ?? ctx.dominant) : null);
  if (!host || ORGANISATIONS.has(host)) return;
  const date = told ? told.date : fallbackDate(from, from);
  const base: EventCandidate = told ?? { type: "credentials-presented", source: host, target: host, date, modality: "asserted", officials: new Set(), mission: null, sources: [], order: from, dated: false, passive: false, sentence: sentence.index };
  const listed = distinctParties(ctx.parties.filter((p) => p.via === "actor" && p.start >= from && p.end <= clauseEnd(ctx, from) && p.code !== host && !ORGANISATIONS.has(p.code)));
  for (const p of listed) {
    if (events.some((e) => e.type === "credentials-presented" && e.source === p.code && e.target === host)) continue;
    events.push({ ...base, source: p.code, officials: new Set(), mission: null, sources: [provenance(sentence, p.start, p.end, "event.credentials+listed", 0.55)], order: p.start, sentence: sentence.index });
  }
}

// "…, becoming the fifth country to locate its embassy in the city, after A, B and C": a ranking's "after" lists the
// states that have done it before.
/** Whether a sentence may rank a post's sender after states that have one there already (cheap test before RANKED_TO). */
export const mayRankPosts = (text: string) => text.includes(" after ") && text.includes(" to ");
const RANKED_TO = /\bthe (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:[\w-]+ ){0,3}?(?:country|state|nation|government) (?:[\w-]+ ){0,4}?to (?:have|open|locate|move|place|put|relocate|establish|set up|base|keep|maintain|inaugurate)\b[^.;]{1,100}?,? after (?=(?:the )?[A-Z])/gi;
// (The list goes on past commas and "and" only: ", and the first state with a Muslim majority to do so" ends it.)
const LIST_GAP = /^(?:,\s+|,?\s+and\s+)(?:the\s+)?$/;

/**
 * "Kosovo becomes the third state to have its embassy in Jerusalem, after A and B": each state listed after the ranking
 * has a post of the kind, in the town, of the one the sentence tells (open, from a date the sentence does not give).
 */
export function postsRankedBefore(ctx: SentenceContext, missionsBefore: number, provenance: ProvenanceOf, missions: MissionCandidate[]): void {
  const { sentence, text, parties } = ctx;
  RANKED_TO.lastIndex = 0;
  const m = RANKED_TO.exec(sentence.text);
  if (!m) return;
  const end = sentence.start + m.index + m[0].length;
  const post = missions.slice(missionsBefore).find((c) => c.order < end && c.status === "open");
  if (!post) return;
  let at = end;
  for (const p of parties) {
    if (p.start < end || p.via !== "actor") continue;
    const gap = text.slice(at, p.start);
    if (at !== end ? !LIST_GAP.test(gap) : !/^(?:the\s+)?$/.test(gap)) break;
    at = p.end;
    if (p.code === post.sender || p.code === post.host || ORGANISATIONS.has(p.code)) continue;
    missions.push({ ...post, sender: p.code, date: null, dated: false, order: p.start, sources: [provenance(sentence, p.start, p.end, "mission.ranked-after", 0.5)] });
  }
}
