// Refiners that correct, re-attribute or drop candidates once every sentence is read: deals made by communiqué, UN
// sessions, talks by phone, dependent territories, generic posts, posts after a rupture. Dates and merging are apart.
import { getActor, governingState, lookupActorName } from "../gazetteer/actors.js";
import { lookupCity } from "../gazetteer/cities.js";
import { edtfOverlaps } from "../model/date.js";
import type { DiplomaticMission, MissionKind } from "../model/mission.js";
import type { EventCandidate, MissionCandidate } from "./candidates.js";
import { type Party, UN_CITIES_ANY_CASE, UN_SEAT } from "./context.js";
import { sameDyad } from "./merge.js";
import { ORGANISATIONS } from "./party-kinds.js";
import type { Sentence } from "./sentences.js";

// "established diplomatic relations with A by signing a joint communiqué", "… with A in 2019 and with B in 2022, through
// communiqués signed in New York": the deal the relations were made by.
const MADE_BY_DEAL = /\b(?:through|by|via|with|in)\s+(?:(?:the\s+)?signing(?:\s+of)?\s+)?(?:an?\s+|the\s+)?(?:joint\s+)?(?:communiqu[eé]s?|protocols?|declarations?)(?!\w)/i;

/**
 * Relations established by a communiqué are an agreement too (SCHEMA.md), one for each pair the sentence establishes:
 * the deal's own reading of its sides ("communiqués also signed in New York") gives way to the pairs.
 */
export function communiqueDeals(events: EventCandidate[]): EventCandidate[] {
  const bySentence = new Map<number, EventCandidate[]>();
  for (const e of events) if (e.type === "relations-established" && e.modality === "asserted" && MADE_BY_DEAL.test(e.sources[0]?.sentence ?? "")) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  if (!bySentence.size) return events;
  const out: EventCandidate[] = [];
  for (const e of events) {
    const made = bySentence.get(e.sentence);
    // (The sentence's own deals that are no pair of its relations are the communiqué read apart from them.)
    if (made && e.type === "agreement" && !made.some((r) => sameDyad(r, { ...e, type: r.type }))) continue;
    out.push(e);
    if (e.type !== "relations-established" || !made?.includes(e) || events.some((a) => a.type === "agreement" && a.sentence === e.sentence && sameDyad(a, { ...e, type: "agreement" }))) continue;
    out.push({ ...e, type: "agreement", officials: new Set(e.officials), sources: e.sources.map((x) => ({ ...x, rule: `${x.rule}.communique` })) });
  }
  return out;
}

const UN_TOWN = /\b(?:New York|Geneva)\b/;
// (A dateline is often in capitals: "NEW YORK —".)
// (A place of the host's own besides the UN's seat: "flew on from New York to Washington for talks at the White House".)
const HOST_TOWN = /\b(?:Washington|White House|Bern|Berne|Zurich)\b/;
/**
 * A session at the UN in New York or Geneva is no visit to the US or Switzerland (SCHEMA.md): "arrived in New York at the
 * head of the delegation to the General Assembly"; nor, in a story filed from there, is a guest received there a visitor
 * to the host's state ("NEW YORK — … the Foreign Minister received the Prime Minister of X, who is leading his
 * country's delegation").
 */
export function notToUnHost(events: EventCandidate[], text: string, filedFrom: Party | undefined): EventCandidate[] {
  if (!UN_SEAT.test(text)) return events;
  const filedAtUn = filedFrom !== undefined && UN_CITIES_ANY_CASE.test(text.slice(filedFrom.start, filedFrom.end));
  const out: EventCandidate[] = [];
  for (const e of events) {
    const sentence = e.sources[0]?.sentence ?? "";
    const atSeat = e.type === "visit" && (e.target === "US" || e.target === "CH") && UN_TOWN.test(sentence) && !HOST_TOWN.test(sentence);
    const receivedThere = filedAtUn && e.type === "visit" && e.sources.every((x) => x.rule === "event.received-guest");
    if (!atSeat && !receivedThere) out.push(e);
  }
  return out;
}

// ("The ministers discussed energy …" after a call is the call's talk too.)
const DURING_CALL = /^\W*(?:(?:During|In|On) the (?:phone |telephone |video )?(?:call|conversation|conference)\b|(?:The (?:two )?(?:ministers|leaders|presidents|sides)|They|Both (?:sides|leaders|ministers))\s+(?:also\s+)?(?:discussed|reviewed|exchanged|underscored|stressed|touched)\b)/i;

const CALL_TOPIC = /\b(?:also\s+)?(?:discussed|reviewed|touched (?:up)?on|talked about|exchanged views)\b/i;
const IN_PERSON = /\b(?:met|meets|meeting|in person|face[- ]to[- ]face|visit\w*|arriv\w*|summit|talks in|sidelines)\b/i;

// (Talks told in a clause of their own before the call: "was in A for consultations with B's ministry, and on Monday
// the president spoke by phone with B's president".)
const OWN_CLAUSE = /, and |;/;

/** Talks "over the telephone" are a call, not a meeting: drop the meeting a sentence's "discussed" also produced. */
export function dropPhoneMeetings(events: EventCandidate[], analysed: readonly { sentence: Sentence }[]): EventCandidate[] {
  const calls = new Map<number, EventCandidate[]>();
  for (const e of events) if (e.type === "phone-call") calls.set(e.sentence, [...(calls.get(e.sentence) ?? []), e]);
  // (With the talks go the visits read from them: a call puts no one abroad.)
  const readFromTalks = (e: EventCandidate) => e.type === "meeting" || (e.type === "visit" && e.sources.every((x) => /-abroad$|^event\.received-guest$/.test(x.rule)));
  // ("During the call, they reviewed …": the call told before, not talks of their own.)
  const inCall = (e: EventCandidate) => DURING_CALL.test(e.sources[0]?.sentence ?? "") && (calls.get(e.sentence - 1) ?? []).some((c) => sameDyad(c, { ...e, type: "phone-call" }));
  // ("… had a telephone conversation today with X. … The two presidents also discussed …": a topic of the call told a
  // few sentences on, with no meeting in person, the text giving it no day of its own.)
  const callTopic = (e: EventCandidate) => !e.dated && CALL_TOPIC.test(e.sources[0]?.sentence ?? "") && !IN_PERSON.test(e.sources[0]?.sentence ?? "") && [1, 2, 3, 4].some((back) => (calls.get(e.sentence - back) ?? []).some((c) => c.dated && sameDyad(c, { ...e, type: "phone-call" })));
  const beforeCall = (e: EventCandidate, c: EventCandidate) => {
    const sentence = analysed[e.sentence]?.sentence;
    return e.order < c.order && sentence !== undefined && OWN_CLAUSE.test(sentence.text.slice(e.order - sentence.start, c.order - sentence.start));
  };
  // ("A spoke to B on the phone in August, and C met D in New York in September": talks the text dates apart from the call.)
  const apart = (c: EventCandidate, e: EventCandidate) => c.dated && e.dated && c.date !== null && e.date !== null && !edtfOverlaps(c.date, e.date);
  const sameCall = (e: EventCandidate) => (calls.get(e.sentence) ?? []).some((c) => sameDyad(c, { ...e, type: "phone-call" }) && !apart(c, e) && !beforeCall(e, c));
  const out: EventCandidate[] = [];
  for (const e of events) if (!readFromTalks(e) || !(sameCall(e) || inCall(e) || callTopic(e))) out.push(e);
  return out;
}

const CONSULAR_KINDS: ReadonlySet<MissionKind> = new Set(["consulate-general", "honorary-consulate"]);

/**
 * A post named generically ("its diplomatic mission", "a consulate") takes the specific kind the article gives the same
 * post elsewhere ("the new High Commission"); a consulate run by an honorary consul is an honorary consulate.
 */
export function specify(candidates: MissionCandidate[], text: string): MissionCandidate[] {
  // (Only when the article's consulates are one pair's: "A and B will open consulates in each other's towns, and B an
  // honorary consul in a third" leaves the two consulates consulates.)
  const honorary = /\bhonorary consul\b/i.test(text) && new Set(candidates.filter((c) => c.kind === "consulate" && c.generic).map((c) => `${c.sender}|${c.host}`)).size === 1;
  const out: MissionCandidate[] = [];
  for (const c of candidates) out.push(specifiedKind(c, candidates, honorary));
  return out;
}

/** One candidate of `specify`. */
function specifiedKind(c: MissionCandidate, candidates: MissionCandidate[], honorary: boolean): MissionCandidate {
  // "The Vatican has closed its embassy in A": the Holy See's embassies are its apostolic nunciatures (SCHEMA.md kinds).
  if (c.kind === "embassy" && c.sender === "VA") return { ...c, kind: "nunciature" };
  if (!c.generic) return c;
  // A consulate named as such is one of the consular kinds, never the embassy beside it ("embassies and consulates").
  const fits = (kind: MissionKind) => c.kind !== "consulate" || CONSULAR_KINDS.has(kind);
  // ("A Consulate of A was opened in B … over the building of the diplomatic mission": a consulate, though it may be a
  // consulate-general, is more specific than a mission.)
  // ("decided to set up a resident mission in A …. its embassy in B …, with help from an honorary consulate": the
  // kind the article names the post with, when it names it so, over another post of the pair.)
  const sameKind = candidates.filter((o) => !o.generic && o.kind === c.kind && o.sender === c.sender && o.host === c.host);
  if (sameKind.length) {
    // ("its diplomatic post in Busan … the Consulate General … the Embassy in Seoul": not the embassy in another town,
    // but the other post the article names with no town or this one.)
    const elsewhere = c.city !== null && sameKind.every((o) => o.city !== null && o.city !== c.city);
    const other = elsewhere ? candidates.find((o) => !o.generic && o.sender === c.sender && o.host === c.host && o.kind !== c.kind && fits(o.kind) && (!o.city || o.city === c.city)) : undefined;
    return other ? { ...c, kind: other.kind } : c;
  }
  const specific = candidates.find((o) => (!o.generic || (c.kind === "embassy" && o.kind === "consulate")) && o.sender === c.sender && o.host === c.host && o.kind !== c.kind && fits(o.kind) && (!o.city || !c.city || o.city === c.city));
  if (specific) return { ...c, kind: specific.kind, city: c.city ?? specific.city };
  // "Taiwan's missions in Jakarta and Manila": a post of or in Taiwan named only as a mission is, in most states that
  // hold one, an office of a state that does not recognise the other (SCHEMA.md).
  if (c.kind === "embassy" && (c.sender === "TW" || c.host === "TW")) return { ...c, kind: "representative-office" };
  // (Unless the article names that honorary consulate itself: then the consulate is another post.)
  if (c.kind === "consulate" && honorary && !candidates.some((o) => o.kind === "honorary-consulate" && o.sender === c.sender && o.host === c.host)) return { ...c, kind: "honorary-consulate" };
  return c;
}

/**
 * A post the article only mentions, between states whose relations it reports as severed and not reopened since,
 * is closed (SCHEMA.md: after a rupture that sends the diplomats home, the post is closed).
 */
export function closeSevered(missions: DiplomaticMission[], events: EventCandidate[], published: string | null = null): DiplomaticMission[] {
  const between = (e: EventCandidate, a: string, b: string | null) => (e.source === a && e.target === b) || (e.source === b && e.target === a);
  const pair = (e: EventCandidate, m: DiplomaticMission) => between(e, m.sender, m.host);
  // (Not a rupture the article tells as mended years before it was written: "broke off relations in 1971 … restored in
  // 1976"; a recent restoration leaves the posts to reopen one by one, as the article tells.)
  const restored = events.filter((e) => e.type === "relations-established" && e.modality === "asserted");
  const longAgo = (r: EventCandidate) => r.date !== null && published !== null && Number(r.date.slice(0, 4)) < Number(published.slice(0, 4)) - 2;
  const mended = (e: EventCandidate) => restored.some((r) => between(r, e.source, e.target) && longAgo(r) && (r.date && e.date && !r.date.startsWith(e.date) && !e.date.startsWith(r.date) ? r.date > e.date : r.order > e.order));
  const severed = events.filter((e) => e.type === "relations-severed" && e.modality === "asserted" && !mended(e));
  return missions.map((m) => {
    if (m.history.length || m.status !== "open") return m;
    // An interests section is the post kept while there are no relations: it closes when they are restored.
    // (Unless told still at work: "which will continue to function until the embassy reopens".)
    if (m.kind === "interests-section") return restored.some((r) => pair(r, m)) && !m.sources.some((q) => STILL_AT_WORK.test(q.sentence ?? "")) ? { ...m, status: "closed" } : m;
    // (Offices that serve where there are no relations stay: "AIT", Taipei's representative offices, trade offices.)
    if (WITHOUT_RELATIONS.has(m.kind)) return m;
    // ("… broke off relations in 1978. Since then the two have been represented by consulates general": a post told as
    // it is now, after the rupture is told, stays as told.)
    // ("consulates in both countries would go on working normally": so too one the article says will stay at work.)
    if (m.sources.some((q) => STILL_AT_WORK.test(q.sentence ?? ""))) return m;
    const told = m.sources[0]?.spans[0]?.start ?? 0;
    const now = NOW_SERVING.test(m.sources[0]?.sentence ?? "");
    const rupture = severed.some((e) => pair(e, m) && !(now && e.order < told));
    return rupture ? { ...m, status: "closed" } : m;
  });
}
const STILL_AT_WORK = /\b(?:will|would|to) (?:continue|remain|stay|go on|keep) (?:to )?(?:function|operate|work|serve|open|working|operating|functioning)\b|\buntil (?:the|its|their) (?:[\w-]+ )?(?:embass(?:y|ies)|mission|diplomatic mission)s? (?:re)?opens?\b/i;
const NOW_SERVING = /\b(?:have|has) (?:since |still |always )?been (?:represented|served)\b|\b(?:are|is) (?:still |now )?(?:represented|served) by\b|\b(?:remain|remains|continue|continues) to (?:operate|function|serve)\b/i;
const WITHOUT_RELATIONS: ReadonlySet<string> = new Set(["representative-office", "trade-office", "liaison-office"]);

const AS_ITSELF: ReadonlySet<string> = new Set(["recognition", "relations-established", "relations-severed"]);
const SEAT_STATES = new Map<string, string | undefined>();
/** The state an organisation has its seat in (the AU's is Ethiopia), from the gazetteer. */
function seatState(code: string): string | undefined {
  if (!SEAT_STATES.has(code)) {
    const seat = getActor(code)?.capital;
    SEAT_STATES.set(code, seat ? lookupCity(seat)?.country : undefined);
  }
  return SEAT_STATES.get(code);
}

/**
 * Events with a dependent territory as a side are its governing state's ("visited Macau" is a visit to China); none with
 * itself. (But a state recognised is itself: "recognised the Sahrawi Arab Democratic Republic" is not Morocco; so is one
 * relations are held with: "suspended relations with the Sahrawi Arab Democratic Republic".)
 */
// Antarctica, Bouvet Island, Heard and McDonald Islands: territories with no people of their own.
const UNINHABITED: ReadonlySet<string> = new Set(["AQ", "BV", "HM"]);

// The Sahrawi Arab Democratic Republic holds talks and calls of its own ("his Sahrawi counterpart"), though its posts'
// towns and visits there are Morocco's in the gazetteer's reading.
const OWN_DIPLOMACY: ReadonlySet<string> = new Set(["EH"]);
const TALKS: ReadonlySet<string> = new Set(["meeting", "phone-call", "agreement"]);

export function governed(events: EventCandidate[]): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const e of events) {
    // ("met the AU Commission's chair at the AU headquarters in Addis Ababa": a body's officer at its own seat visits no one.)
    if (e.type === "visit" && ORGANISATIONS.has(e.source) && seatState(e.source) === e.target) continue;
    // ("agreements ranging from gender policy to scientific work in Antarctica": a land no state governs and no one
    // lives in hosts no one, nor takes part in anything.)
    if (UNINHABITED.has(e.source) || (e.target !== null && UNINHABITED.has(e.target))) continue;
    const itself = AS_ITSELF.has(e.type) || (TALKS.has(e.type) && (OWN_DIPLOMACY.has(e.source) || (e.target !== null && OWN_DIPLOMACY.has(e.target))));
    // (Its own acts abroad too: "the SADR's president landed in Tunis" is no Moroccan visit.)
    const [source, target] = itself ? [e.source, e.target] : [OWN_DIPLOMACY.has(e.source) ? e.source : governingState(e.source), e.target === null ? e.target : governingState(e.target)];
    if (source === e.source && target === e.target) out.push(e);
    else if (source !== target && target !== null) out.push({ ...e, source, target, mission: e.mission && { ...e.mission, host: governingState(e.mission.host) } });
  }
  return out;
}

// "Switzerland began representing Georgia in Russia and Russia in Georgia": a protecting power represents one state in
// another. (Names of one to three capitalised words.)
const NAME = "((?:the\\s+)?[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+){0,2})";
const REPRESENTING = new RegExp(`\\brepresent(?:s|ing|ed)?\\s+(?:the\\s+interests\\s+of\\s+)?${NAME}\\s+in\\s+${NAME}(?:\\s+and\\s+${NAME}\\s+in\\s+${NAME})?`, "g");
const INTERESTS = /\binterests?\s+section/i;

/** Host → the state a protecting power represents there, as the text says; null when it says none. */
function protectedIn(text: string): Map<string, string> | null {
  if (!INTERESTS.test(text) || !text.includes("represent")) return null;
  const out = new Map<string, string>();
  const code = (name: string | undefined) => (name ? (lookupActorName(name)?.code ?? lookupActorName(name.replace(/^the\s+/, ""))?.code) : undefined);
  for (const m of text.matchAll(REPRESENTING)) {
    for (const [a, b] of [[m[1], m[2]], [m[3], m[4]]] as const) {
      const [protectedState, host] = [code(a), code(b)];
      if (protectedState && host && protectedState !== host) out.set(host, protectedState);
    }
  }
  return out.size ? out : null;
}

/**
 * An interests section read as the protecting power's ("interests sections opened at the Swiss embassies in Moscow and
 * Tbilisi") is the protected state's, where the text says whom the power represents there (SCHEMA.md: the section is
 * the post of the state whose interests it serves).
 */
export function protectedSections(missions: MissionCandidate[], events: EventCandidate[], text: string): void {
  const represented = protectedIn(text);
  if (!represented) return;
  const owner = (sender: string, host: string) => {
    const state = represented.get(host);
    return state && state !== sender && !represented.has(sender) ? state : undefined;
  };
  for (const m of missions) {
    const state = m.kind === "interests-section" ? owner(m.sender, m.host) : undefined;
    if (state) m.sender = state;
  }
  for (const e of events) {
    const state = e.mission?.kind === "interests-section" && e.source && e.target ? owner(e.source, e.target) : undefined;
    if (state && e.mission) {
      e.source = state;
      e.mission = { ...e.mission, sender: state };
    }
  }
}
