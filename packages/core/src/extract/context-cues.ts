// Cues that place a person through the sentences and people around them: whom they serve or meet, speak for,
// travel with, or follow in the text. Tried in the order place-people.ts lists them.
import { isEnvoyRole } from "../model/official.js";
import { titleQualifiers } from "./document-home.js";
import { isWord, lowerOf, skip } from "./item-words.js";
import { ORGANISATIONS } from "./party-kinds.js";
import { cleanName, type Item, type PersonItem } from "./mentions.js";
import type { OfficialMention, PersonRecord } from "./officials.js";
import { findPerson, type PeopleIndex, visitsOf } from "./people-index.js";
import { lastWord, sameName, wordIndex } from "./person-names.js";
import type { Sentence } from "./sentences.js";
import { personBefore } from "./title-names.js";
import { actorBefore, isRegionNoun, MISSION_NOUNS, MODIFIERS, type StateContext, TOWN_OFFICE } from "./title-states.js";
import { travellerOf } from "./visits.js";
import { isLowerLetters } from "./word-shape.js";

/**
 * "President X's special envoy, Y", "President X named his former adviser, Y, as envoy": an officer of a named leader
 * serves the leader's state (the leader named in full before "'s", or the person named last before "his" or "her").
 */
export function officerOf(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    if (!m.title) continue;
    const items = doc.analysed[m.sentence.index]!.items;
    let t = -1;
    for (let i = 0; i < items.length && t < 0; i++) if (items[i]!.kind === "title" && items[i]!.start === m.start) t = i;
    if (t < 0) continue;
    let q = t - 1;
    while (q >= 0 && items[q]!.kind === "word" && MODIFIERS.has(lowerOf(items[q])) && !isWord(items[q], "his", "her")) q--;
    const owner = isWord(items[q], "'s") && items[q - 1]?.kind === "person" ? (items[q - 1] as PersonItem) : isWord(items[q], "his", "her") ? personBefore(items, q) : null;
    const leader = owner ? findPerson(doc, cleanName(owner.name)) : undefined;
    if (leader && leader !== p && leader.country) return leader.country;
  }
  return null;
}

// ("X, a minister of state, member of the Saudi cabinet and national security adviser": the state whose government a
// further apposition makes the person a member of.)
const MEMBER_OF_GOVERNMENT = /^(?:,[^.;]{0,60}?)?,\s+(?:a\s+)?(?:member|members)\s+of\s+(?:the\s+)?$/i;
const GOVERNMENT_AFTER = /^\s+(?:cabinet|government|council of ministers)\b/i;

// ("X, diplomatic adviser to the president of the United Arab Emirates": an aide to another's office serves its state.)
// (The mention may end past the title: "X, diplomatic adviser" then " to the president of …".)
const AIDE_TITLE = /\b(?:adviser|advisor|aide|counsell?or|spokes(?:man|woman|person))$/i;
const AIDE_OF_OFFICE = /^(?:,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:adviser|advisor|aide|counsell?or|envoy|representative|spokes(?:man|woman|person)))?\s+(?:to|of|for)\s+(?:the\s+)?(?:president|prime minister|king|emir|sultan|crown prince|government|leader)\s+of\s+(?:the\s+)?$/i;

// ("X, foreign policy adviser to Aliyev", "X, a senior adviser to Supreme Leader Y": an aide to a person named serves
// that person's state.)
// (The mention may end past the title: "X, foreign policy adviser" then " to Aliyev".)
const AIDE_TO_PERSON = /^(?:,\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}(?:adviser|advisor|aide))?\s+to\s+(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+){0,3}?$/u;

/** The state of the person an apposition after the person's mention makes them an aide to. */
export function aideOfPerson(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const { sentence } = m;
    const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 80);
    if (!after.includes(" to ")) continue;
    for (const it of doc.analysed[sentence.index]!.items) {
      if (it.kind !== "person" || it.start < m.end || it.start - m.end > 80) continue;
      const between = sentence.text.slice(m.end - sentence.start, it.start - sentence.start);
      if (!AIDE_TO_PERSON.test(between) || !(between.startsWith(",") || AIDE_TITLE.test(m.title))) continue;
      const leader = findPerson(doc, cleanName(it.name));
      return leader && leader !== p && leader.country ? leader.country : null;
    }
  }
  return null;
}

/** The state whose leader an apposition after the person's mention makes them an aide to. */
export function aideOfOffice(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const { sentence } = m;
    for (const it of doc.analysed[sentence.index]!.items) {
      if (it.kind !== "actor" || it.start < m.end || it.start - m.end > 110 || ORGANISATIONS.has(it.code)) continue;
      const between = sentence.text.slice(m.end - sentence.start, it.start - sentence.start);
      if (AIDE_OF_OFFICE.test(between) && (between.startsWith(",") || AIDE_TITLE.test(m.title))) return it.code;
    }
  }
  return null;
}

/** The state of "the Saudi cabinet" an apposition after the person's mention makes them a member of. */
export function memberOfGovernment(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const { sentence } = m;
    const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 120);
    if (!after.includes(" member")) continue;
    for (const it of doc.analysed[sentence.index]!.items) {
      if (it.kind !== "actor" || it.start < m.end || it.start - m.end > 110) continue;
      if (MEMBER_OF_GOVERNMENT.test(sentence.text.slice(m.end - sentence.start, it.start - sentence.start)) && GOVERNMENT_AFTER.test(sentence.text.slice(it.end - sentence.start, it.end - sentence.start + 24))) return it.code;
    }
  }
  return null;
}

/**
 * "X last visited Belgium in February, when he met King Philippe": whom a traveller meets is of the place visited.
 * "… arrived in Taipei on Monday. He will meet President Lai on Wednesday": the traveller's next sentence too.
 */
export function visitedState(doc: PeopleIndex, p: PersonRecord, excluded: Set<string>, sentences: Set<number>): string | undefined {
  const { analysed } = doc;
  // (A visit the person's own sentence tells first: "arrived in A on Wednesday. On Sunday she flew to B, where she met
  // X" is B's X, not A's.)
  // (Or the one after that, told on: "Roh flew to Beijing on Sunday. On Monday he held summit talks with President X.
  // He also met Premier Y".)
  const next = (k: number) => sentences.has(k) && analysed[k] !== undefined && MET_NEXT.test(analysed[k]!.sentence.text);
  for (const sameSentence of [true, false]) {
    for (const v of visitsOf(doc)) {
      if (sentences.has(v.sentence) !== sameSentence) continue;
      const met = sameSentence ? MET_AFTER.test(analysed[v.sentence]!.sentence.text) : next(v.sentence + 1) || (next(v.sentence + 2) && MET_NEXT.test(analysed[v.sentence + 1]?.sentence.text ?? ""));
      if (met && !excluded.has(v.code) && !travellerOf(v, analysed[v.sentence]!, doc.mentionsBySentence, p)) return v.code;
    }
  }
  return undefined;
}

// "held talks in Jeddah with (the Custodian of …) King X": talks in a place, then the one they were held with.
// ("held talks in the Sudanese capital with General X, head of …, and with acting Foreign Minister Y": a capital named by
// its state's demonym, a second "with" after the first's aside, an acting office.)
const TALKS_IN_WITH = /\b(?:talks|met|meeting|meetings|consultations|discussions)\s+(?:[a-z]+\s+){0,2}?in\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s+capital)?\s+with\s+(?:[^.;]{0,100}?,\s+and\s+with\s+)?(?:(?:the|of|acting|interim|\p{Lu}[\p{L}'’.-]*)\s+){0,10}$/u;

/**
 * "Kuwait's Emir … a day after holding talks in Jeddah with King X": one met in a place, by someone of another state
 * named before, is that place's (the host's) own.
 */
export function hostMetIn(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[], doc?: PeopleIndex): string | null {
  for (const m of p.mentions) {
    const head = m.sentence.text.slice(0, m.start - m.sentence.start);
    if (!head.includes(" with ")) continue;
    const talks = TALKS_IN_WITH.exec(head);
    if (!talks) continue;
    const from = m.sentence.start + talks.index;
    const within = m.sentence.start + talks.index + talks[0].search(/\swith\s/);
    const items = analysed[m.sentence.index]!.items;
    const place = items.find((it) => it.start > from && it.end <= within && (it.kind === "city" || it.kind === "actor"));
    const code = place?.kind === "city" ? place.city.country : place?.kind === "actor" ? place.code : null;
    // (Not where the one who went is at home: "Chile's president held talks in Santiago with King X" names a guest.)
    if (!code || ORGANISATIONS.has(code) || items.some((it) => it.start < from && it.kind === "actor" && it.code === code)) continue;
    // (Only with someone of another state named before: the talks' other side.)
    // ("Cohen held talks in the Sudanese capital with …": or a person placed elsewhere, named before.)
    if (items.some((it) => it.start < from && it.kind === "actor")) return code;
    const guest = doc ? items.find((it) => it.kind === "person" && it.end <= from && placedElsewhere(findPerson(doc, cleanName(it.name)), p, code)) : undefined;
    if (guest) return code;
  }
  return null;
}

/** Whether `o`, another than `p`, is placed in a state other than `code` by a cue of their own. */
const placedElsewhere = (o: PersonRecord | undefined, p: PersonRecord, code: string) => o !== undefined && o !== p && o.country !== null && o.country !== code && !o.stateFromDocument;

/**
 * "Larry Palmer, a career diplomat … Previously, he was U.S. Ambassador to Honduras": a state given through a pronoun,
 * in the sentence naming the person or the next two, when the person is the last one named before it.
 */
export function pronounCopulaState(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[], named: Set<number>): string | null {
  for (const i of named) {
    for (let j = i; j <= i + 2 && j < analysed.length; j++) {
      const items = analysed[j]!.items;
      for (let k = 0; k + 2 < items.length; k++) {
        const it = items[k]!;
        // ("Godfrey, who presented his credentials in 2022, was the first US ambassador to Sudan": the person named,
        // past a relative clause.)
        const self = it.kind === "person" && sameName(cleanName(it.name), p.name);
        const verb = self ? pastRelative(items, k + 1) : k + 1;
        if ((!self && !isWord(it, "he", "she")) || !isWord(items[verb], "was", "is")) continue;
        const a = skip(items, verb + 1, "the", "a", "former", "first", "new");
        const actor = items[a];
        if (actor?.kind !== "actor" || items[a + 1]?.kind !== "title") continue;
        if (self) return actor.code;
        const last = lastPersonBefore(analysed, j, it.start);
        if (last && sameName(cleanName(last.name), p.name)) return actor.code;
      }
    }
  }
  return null;
}

/** The item after a relative clause between commas opening at `at` (", who …,"), else `at`. */
function pastRelative(items: Item[], at: number): number {
  if (!isWord(items[at], ",") || !isWord(items[at + 1], "who")) return at;
  for (let q = at + 2; q < items.length && q < at + 30; q++) if (isWord(items[q], ",")) return q + 1;
  return at;
}

/** The person named last before `pos`, in sentence `j` or the two before it. */
function lastPersonBefore(analysed: { items: Item[] }[], j: number, pos: number): PersonItem | undefined {
  for (let s = j; s >= Math.max(0, j - 2); s--) {
    const items = analysed[s]!.items;
    for (let k = items.length - 1; k >= 0; k--) {
      const it = items[k]!;
      if (it.kind === "person" && it.start < pos) return it;
    }
  }
  return undefined;
}

const COUNTERPART = /^counterparts?$/i;
const SENT_AWAY = /\b(?:expel|expulsion|persona non grata|out of the country|to leave)/i;

/** "Ecuador expelled the American ambassador. … Ambassador Heather Hodges": a nameless title with a state just before a named one. */
export function namelessTitleBefore(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[], mentions: OfficialMention[]): string | null {
  const first = p.mentions[0]!;
  const at = analysed.findIndex((a) => a.sentence === first.sentence);
  const leaving = at >= 0 ? stateLeft(first, analysed[at]!.items) : undefined;
  for (let s = at; s >= 0 && s >= at - 2; s--) {
    const { items } = analysed[s]!;
    // (Two sentences back only where the envoy was sent away: "Rwanda … ordered the French ambassador out. … He said
    // Ambassador X had 24 hours to leave".)
    // (An envoy's only: "… over a Lebanese minister's comments. … Minister of State X said" is another state's minister.)
    if (s === at - 2 && (!SENT_AWAY.test(analysed[s]!.sentence.text) || !isEnvoyRole(first.role))) break;
    for (let t = items.length - 1; t >= 0; t--) {
      const it = items[t]!;
      if (it.kind !== "title" || it.start >= first.start) continue;
      // ("A signed a communiqué with her Chinese counterpart. … signed by A and Foreign Minister X": a counterpart left
      // unnamed, of one holding the same office as the person, is the person named next.)
      if (it.role !== first.role && !(COUNTERPART.test(it.title) && mentions.some((m) => m.sentence === analysed[s]!.sentence && m.end <= it.start && m.role === first.role && m.name !== first.name))) continue;
      if (mentions.some((m) => m.start <= it.start && m.end >= it.end)) continue;
      const code = actorBefore(items, t);
      // ("Germany ordered Chad's ambassador to leave, after the expulsion of the German envoy. … Ambassador X was given
      // 48 hours to leave Germany": not the state the person is told to leave.)
      if (code && code !== leaving) return code;
    }
  }
  return null;
}

/** The state named right after "to leave" in the sentence (its `items`) of a person's first mention, if any. */
function stateLeft(first: OfficialMention, items: Item[]): string | undefined {
  const at = first.sentence.text.indexOf(" to leave ", first.end - first.sentence.start);
  if (at < 0) return undefined;
  const from = first.sentence.start + at + 10;
  const it = items.find((x) => x.start === from && x.kind === "actor");
  return it?.kind === "actor" ? it.code : undefined;
}

// ("was in New Delhi for talks with X", "for a strategic dialogue with X": the talks the journey was made for.)
const MET_AFTER = /\b(?:met|meets|meet|meeting|held talks with|hold talks with|for (?:[\w"“”+-]+ ){0,4}(?:talks|dialogue|consultations) with|was received by|received by|hosted by|welcomed by|be received by)\b/i;
// ("On Monday he held summit talks with President X": past a time opening the sentence, and a word before "talks".)
const MET_NEXT = /^(?:(?:On|Later|Afterwards|After|Then|That|The next|The following)\b[^,.;]{0,30}?,?\s+)?(?:He|She|They|he|she|they|There,? (?:he|she|they))\b[^.;]{0,40}?\b(?:met|meets|meet|(?:held|hold) (?:[\w-]+ )?talks with)\b|^(?:He|She|They|There,? (?:he|she|they))\b[^.;]{0,40}?\b(?:was received by|will be received by)\b/;

// "…, Foreign Minister X said": a title and name after a comma, then a verb of saying.
const SAID_AFTER = /^\s+(?:said|says|told|announced|stated|added|declared|confirmed|explained|wrote)\b/;

const HE_SAID = /^(?:He|She)\s+(?:said|added|stressed|insisted|noted|declared)\s+(?:that\s+)?$/;

/** "… Prime Minister X told reporters. He said Montenegro would not …": the state opening what "he", the last person named, said next. */
function saidNext(m: OfficialMention, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const next = analysed[m.sentence.index + 1];
  if (!next || analysed[m.sentence.index]!.items.some((it) => it.kind === "person" && it.start > m.end)) return null;
  const at = next.items.findIndex((it) => it.kind === "actor");
  const state = next.items[at];
  if (state?.kind !== "actor" || ORGANISATIONS.has(state.code) || !HE_SAID.test(next.sentence.text.slice(0, state.start - next.sentence.start))) return null;
  return isWord(next.items[at + 1], "had", "has", "have", "would", "will", "was", "is", "could") ? state.code : null;
}

/**
 * "Norway will reopen its embassy in Tripoli, Foreign Minister X said": an official whose state no title gives speaks
 * for the subject of what they said, the sentence's first state (not a place after a preposition, not a dateline).
 */
export function speakerFor(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const { sentence } = m;
    const said = SAID_AFTER.exec(sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 16));
    // ("… Prime Minister X told reporters. He said Montenegro would not …": so too the state opening what "he", the last
    // one named, said next.)
    if (!said) {
      const saidFor = saidNext(m, analysed);
      if (saidFor) return saidFor;
      continue;
    }
    const items = analysed[sentence.index]!.items;
    // "Government spokesman X said Baghdad had also warned …": the state opening what they said.
    if (!/,\s*$/.test(sentence.text.slice(0, m.start - sentence.start))) {
      const after = items.findIndex((it) => it.start >= m.end + said[0].length);
      const subject = items[isWord(items[after], "that") ? after + 1 : after];
      // (Not a state the words act upon: "said Riyadh would be held responsible".)
      if (subject?.kind === "actor" && !ORGANISATIONS.has(subject.code) && isWord(items[items.indexOf(subject) + 1], "had", "has", "have", "would", "will", "was", "is", "could") && !PASSIVE_AFTER.test(sentence.text.slice(subject.end - sentence.start, subject.end - sentence.start + 40))) return subject.code;
      const saidFor = saidNext(m, analysed);
      if (saidFor) return saidFor;
      continue;
    }
    for (let i = 0; i < items.length && items[i]!.start < m.start; i++) {
      const it = items[i]!;
      if (it.kind !== "actor" || ORGANISATIONS.has(it.code) || it.text === it.text.toUpperCase()) continue;
      return isWord(items[i - 1], "in", "to", "from", "with", "at", "of", "into", "by", "for") ? null : it.code;
    }
  }
  return null;
}

const PASSIVE_AFTER = /^\s+(?:had|has|have|would|will|was|is|could)\s+(?:not\s+)?(?:be|been)\s+(?:held|blamed|[a-z]+ed)\b/i;
// "In Lome, government spokesperson X said …", "Meanwhile in Tehran, the foreign minister …".
const PLACE_LEAD = /^(?:(?:meanwhile|back|and|but)\s*,?\s+)?(?:in|from)\s+(?:the\s+)?$/i;

/**
 * A sentence that opens on a place and goes straight on to an official with no state of their own: the official
 * speaks for that place ("In Lome, government spokesperson X said"). Not a visitor ("visiting", "on a visit"), whom
 * `excluded` keeps out anyway.
 */
export function placeOpening(m: OfficialMention, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const { sentence } = m;
  const items = analysed[sentence.index]?.items ?? [];
  const at = items.findIndex((it) => it.kind !== "word");
  const place = items[at];
  if (!place || (place.kind !== "city" && place.kind !== "actor") || place.end > m.start) return null;
  if (!PLACE_LEAD.test(sentence.text.slice(0, place.start - sentence.start))) return null;
  const gap = sentence.text.slice(place.end - sentence.start, m.start - sentence.start);
  if (!/^\s*,/.test(gap) || /\bvisit/i.test(gap) || items.some((it, k) => k > at && it.kind !== "word" && it.kind !== "title" && it.end <= m.start)) return null;
  const code = place.kind === "city" ? place.city.country : place.code;
  return ORGANISATIONS.has(code) ? null : code;
}

// "Government spokesman X", "a government spokeswoman, X": a title of a government no state qualifies.
const GOVERNMENT_LEAD = /\bgovernment\s+$/i;
// "Togo's government", "the Togolese government": a state's government named.
const GOVERNMENT_WORD = /^(?:government|cabinet)$/;

/**
 * "Togo's government apologised on Thursday. Government spokesman X said …": an unqualified government's officer
 * speaks for the government named last, this sentence or the two before (not the dateline's state).
 */
export function governmentNamedBefore(m: OfficialMention, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  if (!GOVERNMENT_LEAD.test(m.sentence.text.slice(0, m.start - m.sentence.start))) return null;
  for (let s = m.sentence.index; s >= 0 && s >= m.sentence.index - 2; s--) {
    const items = analysed[s]!.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i]!;
      if (it.kind !== "actor" || ORGANISATIONS.has(it.code) || (s === m.sentence.index && it.start >= m.start)) continue;
      const next = isWord(items[i + 1], "'s") ? items[i + 2] : items[i + 1];
      if (next?.kind === "word" && GOVERNMENT_WORD.test(lowerOf(next))) return it.code;
    }
  }
  return null;
}

/** The state named most often beside the person, when it comes up in two sentences or more. */
export function companyKept(sentences: Set<number>, analysed: { sentence: Sentence; items: Item[] }[], excluded: Set<string>): string | null {
  const seen = new Map<string, number>();
  for (const s of sentences) {
    const codes = new Set<string>();
    const items = analysed[s]!.items;
    const qualifying = titleQualifiers(items);
    items.forEach((it, i) => {
      if (it.kind === "actor" && !ORGANISATIONS.has(it.code) && !excluded.has(it.code) && !qualifying.has(it) && !isLocation(items, i)) codes.add(it.code);
    });
    for (const c of codes) seen.set(c, (seen.get(c) ?? 0) + 1);
  }
  const ranked = [...seen.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1] ? ranked[0][0] : null;
}

/** A place where something happens, not a party: "in Stockholm", "in Dublin, Ireland". */
function isLocation(items: Item[], i: number): boolean {
  const j = isWord(items[i - 1], "the") ? i - 2 : i - 1;
  if (isWord(items[j], "in", "at")) return true;
  const before = items[j - 1];
  return isWord(items[j], ",") && (before?.kind === "city" || before?.kind === "actor") && isLocation(items, j - 1);
}

/**
 * "Taipei moved within hours. Foreign Minister X said …", "France has not taken the step; President X prefers to wait":
 * a bare title opening a sentence (or the clause after a semicolon) serves the state that opened the one before, alone.
 */
export function previousSubject(m: OfficialMention, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const lead = m.sentence.text.slice(0, m.start - m.sentence.start);
  const afterSemicolon = /;\s*$/.test(lead);
  if (!afterSemicolon && !OPENING_LEAD.test(lead) && !QUOTE_SAID_LEAD.test(lead) && !STAFF_LED_BY.test(lead)) return null;
  const here = analysed[m.sentence.index]!.items;
  // (The clause before the semicolon starts after the one before it, if any.)
  const clauseStart = m.sentence.start + lead.trimEnd().slice(0, -1).lastIndexOf(";") + 1;
  const before = afterSemicolon ? here.filter((it) => it.start >= clauseStart && it.end <= m.start) : (analysed[m.sentence.index - 1]?.items ?? []);
  // (Past a paragraph's dateline: "ANKARA — The Dominican Republic inaugurated …".)
  const opening = before.find((it) => it.kind !== "word");
  // ("DODOMA, May 15 (NW) — Egypt …": a day and an agency may stand before the dash.)
  const at = opening ? before.indexOf(opening) : -1;
  const dashNear = before.slice(at + 1, at + 9).some((it) => isWord(it, "—", "–", "-", ":"));
  const dateline = opening && (opening.kind === "city" || opening.kind === "actor") && opening.text === opening.text.toUpperCase() && (isWord(before[at + 1], "—", "–", "-", ":") || (isWord(before[at + 1], ",") && dashNear));
  const lead0 = dateline ? before.find((it) => it.kind !== "word" && it !== opening) : opening;
  if (lead0?.kind !== "actor" || ORGANISATIONS.has(lead0.code)) return null;
  // (The clause's subject opens it: not "That is starting to change, not only because of Chilean cherries".)
  const from = afterSemicolon ? clauseStart : dateline ? opening.end : (analysed[m.sentence.index - 1]?.sentence.start ?? 0);
  if (lead0.start - from > 40 || isWord(before[before.indexOf(lead0) - 1], "of", "to", "in", "from", "with", "by", "for", "at")) return null;
  const next = before[before.indexOf(lead0) + 1];
  // (Not "Kenya and Uganda signed …", nor "Kenya's president …"; but "Denmark's embassy in La Paz closed …" is Denmark's.)
  const postAfter = isWord(next, "'s") && before[before.indexOf(lead0) + 2]?.kind === "word" && /^(?:embassy|consulate|mission|government|ministry)$/.test(lowerOf(before[before.indexOf(lead0) + 2]));
  // ("Kenya, for its part, has kept …": a comma opening an aside, not a list.)
  const leadSentence = afterSemicolon ? m.sentence : analysed[m.sentence.index - 1]!.sentence;
  const aside = isWord(next, ",") && ASIDE_AFTER_SUBJECT.test(leadSentence.text.slice(lead0.end - leadSentence.start, lead0.end - leadSentence.start + 40));
  return (isWord(next, "and", ",", "or") && !aside) || (isWord(next, "'s") && !postAfter) ? null : lead0.code;
}

// ("Azerbaijan, which fears losing leverage, reacted coolly": so too a relative clause on the subject.)
const ASIDE_AFTER_SUBJECT = /^,\s+(?:(?:for (?:its|their) (?:own )?part|in turn|meanwhile|however|too|though|in contrast|on the other hand|likewise)\s*,|which\s+[a-z]+s\b)/i;

// Between "accompanied by" and the companion's name: a title of capitalised words ("the Undersecretary for Multilateral
// Affairs and Human Rights, "), or a list of titled companions before it ("by Foreign Minister A, Finance Minister B
// and Energy Minister C").
// ("was accompanied during the visit by …": past the occasion.)
// ("X, flanked by Deputy Prime Minister Y,": so too one standing beside the leader.)
const ACCOMPANIED_BY = /\b(?:accompanied|flanked)\s+(?:(?:during|on|throughout|for)\s+(?:the|his|her|this)\s+(?:[\w-]+\s+){0,2}?)?by\s+(?:(?:the|his|her)\s+)?(?:(?:\p{Lu}[\p{L}\p{M}\d'’.-]*,?|of|for|and|the)\s+)*?(?:\p{Lu}[\p{L}\p{M}\d'’.-]*,?\s+)?$/u;

/** Where the "accompanied (…) by" that lists mention `m` as a companion stands in its sentence's text, or -1. */
export function accompaniedAt(m: OfficialMention): number {
  const before = m.start - m.sentence.start;
  const at = Math.max(m.sentence.text.lastIndexOf("accompanied", before), m.sentence.text.lastIndexOf("flanked", before));
  return at >= 0 && ACCOMPANIED_BY.test(m.sentence.text.slice(at, m.start - m.sentence.start)) ? at : -1;
}

/**
 * "Minister X was accompanied by the Director General of Asian Affairs, Y", "X, accompanied by Deputy Minister Y,":
 * a companion the text gives no state serves the state of the one they accompany, who is returned placed or not (a
 * leader only the dictionary or the story places is placed later; the caller may place them first).
 */
export function companionLeader(doc: PeopleIndex, p: PersonRecord): PersonRecord | undefined {
  for (const m of p.mentions) {
    const text = m.sentence.text;
    // ("The President left for Taipei on Sunday. Traveling with him were First Lady A, Senate Vice President B …": the
    // one the sentences before were about.)
    if (TRAVELLING_WITH.test(text.slice(0, m.start - m.sentence.start))) {
      const led = personBeforeSentence(doc, m.sentence.index);
      if (led && led !== p && led.country) return led;
    }
    // ("Foreign Minister A accompanied him; in Erbil the delegation included B, C and D": the delegation of the one
    // named before it in the sentence.)
    const opening = text.slice(0, m.start - m.sentence.start);
    const included = opening.includes("delegation") ? DELEGATION_INCLUDED.exec(opening) : null;
    if (included) {
      const led = lastNamedBefore(doc, m.sentence, m.sentence.start + included.index);
      if (led && led !== p) return led;
    }
    // ("X, a former minister sent by President Y as his special envoy": the one who sent X.)
    const span = text.slice(m.start - m.sentence.start, m.end - m.sentence.start + 160);
    const sent = span.includes(" by ") ? SENT_BY.exec(span) : null;
    if (sent) {
      const [from, to] = [m.start + sent.index, m.start + sent.index + sent[0].length];
      const sender = doc.inSentence.get(m.sentence)?.find((o) => o !== p && o.mentions.some((om) => om.sentence === m.sentence && om.start >= from && om.end <= to));
      if (sender) return sender;
    }
    // ("X flew to Beijing on Friday with foreign secretary Y": one taken along on the journey, not one met there.)
    const before = text.slice(Math.max(0, m.start - m.sentence.start - 120), m.start - m.sentence.start);
    const along = before.includes("with") ? JOURNEY_WITH.exec(before) : null;
    if (along && !TALKS_WORD.test(along[0])) {
      const led = lastNamedBefore(doc, m.sentence, m.start - before.length + along.index);
      if (led && led !== p && led.country) return led;
    }
    const at = accompaniedAt(m);
    if (at < 0) continue;
    const items = doc.analysed[m.sentence.index]!.items;
    const verb = items.findIndex((it) => it.start === m.sentence.start + at);
    let q = verb - 1;
    if (isWord(items[q], "been")) q--;
    if (!isWord(items[q], "was", "were", "is", "are", ",")) continue;
    const lead = items[q - 1];
    // (By the mention there, which names written in part already join: "Secretary Ebrard" of "Marcelo Ebrard Casaubón".)
    // (Else the one named last before the verb: "President X of Peru was accompanied by …", "President Erdoğan was", where
    // the surname alone could be the First Lady's too.)
    const named = lead?.kind !== "person" ? undefined : (doc.inSentence.get(m.sentence)?.find((o) => o.mentions.some((om) => om.sentence === m.sentence && om.start < lead.end && om.end > lead.start)) ?? findPerson(doc, cleanName(lead.name)));
    // ("He was accompanied by A, B and C": the one the sentences before were about.)
    const led = named ?? lastNamedBefore(doc, m.sentence, m.sentence.start + at) ?? (isWord(lead, "he", "she") && q === 1 ? personBeforeSentence(doc, m.sentence.index) : undefined);
    if (led && led !== p) return led;
  }
  return undefined;
}

/** The person with a mention in `sentence` that ends last before `at`. */
function lastNamedBefore(doc: PeopleIndex, sentence: Sentence, at: number): PersonRecord | undefined {
  let best: PersonRecord | undefined;
  let end = -1;
  for (const o of doc.inSentence.get(sentence) ?? []) for (const om of o.mentions) if (om.sentence === sentence && om.end <= at && om.end > end) [best, end] = [o, om.end];
  return best;
}

// ("Accompanying the Government leader on the trip were A, B and C": so too the leader by office, past the occasion.)
const SENT_BY = /\b(?:sent|dispatched|appointed|named) by\s+(?:[\w'’.-]+\s+){1,6}?as\s+(?:his|her|their)\s/;
const JOURNEY_WITH = /\b(?:flew|flies|travell?ed|travels|arrived|arrives|went|came|left|headed|returned)\b[^.;,]{0,60}?\bwith\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,6}$/i;
const TALKS_WORD = /\b(?:talks|meet|meeting|met|discuss\w*|consultations|negotiations|dialogue|summit|counterparts?)\b/i;
const DELEGATION_INCLUDED = /\b(?:the|his|her|its)\s+(?:[\w-]+\s+)?delegation\s+(?:also\s+)?(?:included|includes|comprised|was made up of)\b[^.;]*$/i;
const TRAVELLING_WITH = /^\W*(?:Travell?ing|Accompanying)\s+(?:with\s+)?(?:him|her|the\s+(?:[\w-]+\s+){0,2}?(?:leader|president|premier|prime minister|pm|minister|king|emir|sultan|head of state|head of government))(?:\s+(?:on|during|throughout)\s+(?:the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:trip|visit|tour|journey))?\s+(?:were|was)\b[^.;]*$/i;

/** The person named last in the three sentences before sentence `index`. */
function personBeforeSentence(doc: PeopleIndex, index: number): PersonRecord | undefined {
  for (let k = index - 1; k >= 0 && k >= index - 3; k--) {
    const person = doc.analysed[k]!.items.findLast((it) => it.kind === "person");
    if (person?.kind === "person") return findPerson(doc, cleanName(person.name));
  }
  return undefined;
}

/**
 * '"Djibouti cut its ties with Iran out of solidarity," Foreign Minister X said': one who says a quote that opens on a
 * state's act, as its subject, speaks for that state.
 */
export function quotedSubject(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const lead = m.sentence.text.slice(0, m.start - m.sentence.start);
    if (!QUOTE_LEAD.test(lead) || !SAID_AFTER_NAME.test(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 12))) continue;
    const open = m.sentence.start + lead.search(/["“]/) + 1;
    const first = analysed[m.sentence.index]!.items.find((it) => it.start >= open);
    if (first?.kind === "actor" && first.start - open <= 4 && !ORGANISATIONS.has(first.code) && /^\s+(?!(?:and|or|of|in|to)\b)[a-z]+\b/.test(m.sentence.text.slice(first.end - m.sentence.start, first.end - m.sentence.start + 16))) return first.code;
  }
  return null;
}
const QUOTE_LEAD = /^\s*["“][^"”]{1,400}[,.!?]["”]\s*$/;
const SAID_AFTER_NAME = /^\s+(?:said|says|told|added|wrote)\b/;

/**
 * "Ambassador X and three other Iranian officials were declared persona non grata": one listed with "other" officials of a
 * state is one of them.
 */
export function otherOfState(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const after = m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 40);
    const other = OTHER_OF_STATE.exec(after);
    if (!other) continue;
    const at = m.end + other[0].length;
    const it = analysed[m.sentence.index]!.items.find((x) => x.start === at);
    if (it?.kind === "actor" && !ORGANISATIONS.has(it.code) && OFFICIALS_AFTER.test(m.sentence.text.slice(it.end - m.sentence.start, it.end - m.sentence.start + 24))) return it.code;
  }
  return null;
}
const OTHER_OF_STATE = /^,?\s+and\s+(?:\w+\s+)?other\s+/;
const OFFICIALS_AFTER = /^\s+(?:[\w-]+\s+)?(?:officials|diplomats|ministers|envoys|delegates|members)\b/;

/**
 * "X, who appeared alongside A, B and Home Affairs Minister Y": one named in a list of companions with one state between
 * them is of that state.
 */
export function alongsideOf(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const head = m.sentence.text.slice(Math.max(0, m.start - m.sentence.start - 100), m.start - m.sentence.start);
    const along = ALONGSIDE_LIST.exec(head);
    if (!along) continue;
    const listed = along[1]!;
    const states = new Set<string>();
    for (const o of doc.people) if (o !== p && o.country && wordIndex(listed, lastWord(o.name)) >= 0) states.add(o.country);
    if (states.size === 1) return [...states][0]!;
  }
  return null;
}
const ALONGSIDE_LIST = /\b(?:alongside|flanked by|joined by|together with)\s+((?:[\p{L}'’.-]+,?\s+){1,10}?)(?:and\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}$/u;

/** "X was part of the Turkish delegation", "X, who led the Omani delegation": the state of the delegation. */
/**
 * "Esgaroth, capital of Arnor's northern Dale Province … Dale Vice Governor X": the officer of a province the text places
 * in a state serves that state (the gazetteer holds towns, not provinces).
 */
export function provinceState(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    if (!m.title || !TOWN_OFFICE.test(m.title)) continue;
    const items = analysed[m.sentence.index]!.items;
    const t = items.findIndex((it) => it.kind === "title" && it.start >= m.start && it.text === m.title);
    const at = isWord(items[t - 1], "vice", "deputy") || (items[t - 1]?.kind === "title" && /^(?:vice|deputy)$/i.test(items[t - 1]!.text)) ? t - 2 : t - 1;
    const region = t > 0 ? items[at] : undefined;
    // (An unknown name reads as a person's.)
    // ("a new consulate-general in Lyon on Monday … alongside Mayor X": a mayor of no town named is the mayor of the
    // town the paragraph is set in.)
    if (/mayor/i.test(m.title) && region?.kind !== "city" && !(region?.kind === "word" && /^[A-Z][a-z]{2,}$/.test(region.text))) {
      const town = townOfParagraph(analysed, m);
      if (town) return town;
      continue;
    }
    if ((region?.kind !== "word" && region?.kind !== "person") || !/^[A-Z][a-z]{2,}$/.test(region.text)) continue;
    for (const a of analysed) {
      if (!a.sentence.text.includes(region.text)) continue;
      const code = regionOf(a.items, region.text);
      if (code) return code;
    }
  }
  return null;
}

/** The state of the last town named before mention `m` in its paragraph, if any. */
function townOfParagraph(analysed: { sentence: Sentence; items: Item[] }[], m: OfficialMention): string | null {
  for (let k = m.sentence.index; k >= 0 && analysed[k]!.sentence.paragraph === m.sentence.paragraph; k--) {
    const town = analysed[k]!.items.findLast((it) => it.kind === "city" && it.end <= m.start);
    if (town?.kind === "city") return town.city.country;
  }
  return null;
}

/** The state the items place a province named `name` in: "Arnor's (northern) Dale Province", "Dale Province of Arnor", "Dale Province in Arnor". */
function regionOf(items: Item[], name: string): string | null {
  for (let i = 0; i < items.length; i++) {
    if (items[i]!.text !== name || !isRegionNoun(items[i + 1])) continue;
    // (Not past a comma: "…Dale Province, the Arnorian ministry said".)
    const after = isWord(items[i + 2], "of", "in") ? items[skip(items, i + 3, "the")] : undefined;
    if (after?.kind === "actor" && !ORGANISATIONS.has(after.code)) return after.code;
    // (Past lower-case words of where in the state: "China's southern Guangdong Province".)
    let k = i - 1;
    while (k > i - 3 && items[k]?.kind === "word" && isLowerLetters(items[k]!.text)) k--;
    const owner = items[k - 1];
    if (isWord(items[k], "'s") && owner?.kind === "actor" && !ORGANISATIONS.has(owner.code)) return owner.code;
  }
  return null;
}

export function delegationOf(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const items = analysed[m.sentence.index]!.items;
    const text = m.sentence.text;
    const at = items.findIndex((it) => it.start >= m.end);
    // (Past an aside: "Foreign Secretary X, who flew into Dhaka on Wednesday, led the Pakistani delegation".)
    const actor = at < 0 ? undefined : items.slice(at, at + 30).find((it) => it.kind === "actor" && it.via !== "capital" && DELEGATION_NOUN.test(text.slice(it.end - m.sentence.start, it.end - m.sentence.start + 14)));
    if (actor?.kind === "actor" && DELEGATION_OF.test(text.slice(m.end - m.sentence.start, actor.start - m.sentence.start))) return actor.code;
    // "the Pakistani delegation was headed by Foreign Secretary X".
    const before = items.findLast((it) => it.kind === "actor" && it.end <= m.start);
    if (before?.kind === "actor" && before.via !== "capital" && DELEGATION_HEADED_BY.test(text.slice(before.end - m.sentence.start, m.start - m.sentence.start))) return before.code;
    // ("The Iranian side was led by X, and the Saudi side by Y": so too a clause with its verb gapped.)
    if (before?.kind === "actor" && GAPPED_AND_THE.test(text.slice(0, before.start - m.sentence.start)) && GAPPED_SIDE_BY.test(text.slice(before.end - m.sentence.start, m.start - m.sentence.start))) return before.code;
  }
  return null;
}
// ("Peru's team was led by Minister X", "Peru's delegation was headed by X, and included Deputy Minister Y": a possessive
// as the demonym, and the members the sentence lists; "The Chilean delegation, led by Minister X, …" too.)
// ("A Chinese delegation led by Vice Foreign Minister X held …": so too with no comma.)
const DELEGATION_HEADED_BY = /^(?:['’]s)?\s+(?:delegation|side|team)(?:,?\s+(?:headed|led)\s+by|\s+(?:was|is|were|will be)\s+(?:headed|led)\s+by|\s+(?:was|is|were|will be)\s+(?:headed|led)\s+by\s+[^.;]{1,80}?\s+and\s+(?:also\s+)?(?:included|includes))\s+(?:[\w-]+\s+){0,4}$/i;
const GAPPED_AND_THE = /,?\s+and\s+(?:the\s+)?$/i;
const GAPPED_SIDE_BY = /^\s+(?:delegation|side|team)\s+by\s+(?:[\w-]+\s+){0,4}$/i;
const DELEGATION_NOUN = /^\s+(?:delegations?|side|team)\b/i;
const DELEGATION_OF = /^(?:,\s+who|,\s+who\s[^,;.]{1,120},)?\s+(?:was|were|is|are|also)?\s*(?:also\s+)?(?:part of|a member of|members of|led|headed|leads|heads|joined|accompanied)\s+(?:(?:the|a|an)\s+)?(?:high-level\s+|large\s+|official\s+)?$/i;

/**
 * "… was received at State House by President X. The Kenyan leader welcomed …": a sentence opening with a demonym and
 * an office names the state of the person named last in the sentence before.
 */
export function demonymAfter(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const next = analysed[m.sentence.index + 1];
    if (!next || !/^\s*The\s/.test(next.sentence.text)) continue;
    // ("The Kenyan" is one item.)
    const [actor, office] = isWord(next.items[0], "the") ? next.items.slice(1) : next.items;
    if (actor?.kind !== "actor" || actor.via !== "demonym" || ORGANISATIONS.has(actor.code)) continue;
    if (!(office?.kind === "title" ? office.start === actor.end + 1 : isWord(office, "leader", "premier", "monarch", "head"))) continue;
    const last = analysed[m.sentence.index]!.items.findLast((it) => it.kind === "person");
    if (last && last.start >= m.start && last.end <= m.end) return actor.code;
  }
  return null;
}

/** "Its current ambassador, X, …" opening a sentence (after an opening phrase at most). */
export function openingIts(m: OfficialMention): boolean {
  return OPENING_ITS.test(m.sentence.text.slice(0, m.start - m.sentence.start + 1));
}
// What may stand before a title that opens its sentence: "On 22 May", "Later that day," and "its"/"their" with a
// word or two ("Its current ambassador").
const OPENING_PHRASE = "(?:(?:On|In|Last|Earlier|Later|Then)\\b[^,;]{0,20},?\\s*)?";
// ("Acting Foreign Minister X said …": so too past a word for a holder's standing, not part of the title.)
const OPENING_LEAD = new RegExp(`^\\s*${OPENING_PHRASE}(?:(?:Its|its|Their|their)\\s+(?:[\\w-]+\\s+){0,2})?(?:(?:Acting|Interim|Caretaker|Outgoing|New)\\s+)?$`);
// "A suspended its embassy. The embassy's staff, led by Ambassador X, left": the post's staff, of the state before.
const STAFF_LED_BY = /^\s*(?:The|Its|Their)\s+(?:(?:embassy|mission|consulate)['’]s\s+)?(?:staff|personnel|diplomats|team|employees),?\s+(?:led|headed)\s+by\s+$/;
// "\"We will not accept this,\" said X, the deputy prime minister": a speaker after the quote that opens the sentence.
const QUOTE_SAID_LEAD = /^\s*["“][^"”]{1,400}[,.!?]["”]\s*(?:said|says|added|adds|declared|told reporters)\s+$/;
const OPENING_ITS = new RegExp(`^\\s*${OPENING_PHRASE}(?:Its|its|Their|their)\\s`);

/** "Togo was represented by Foreign Minister X": the state represented. */
export function representing(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const before = m.sentence.text.slice(0, m.start - m.sentence.start);
    const cue = REPRESENTED_BY.exec(before);
    if (!cue) continue;
    const at = m.sentence.start + cue.index;
    const state = analysed[m.sentence.index]!.items.findLast((it) => it.kind === "actor" && it.end <= at && !ORGANISATIONS.has(it.code));
    if (state?.kind === "actor") return state.code;
  }
  return null;
}
// ("was represented at the inauguration in Lima by First Vice President X": an occasion and its place, a rank before the title.)
const REPRESENTED_BY = /\b(?:was|were|is|are|will be|had been)\s+represented\s+(?:(?:here|there)\s+|(?:at|in)\s+(?:the\s+)?(?:[^\s,;.]+\s+){1,5}?)?by\s+(?:its\s+|the\s+)?(?:(?:first|second)\s+)?$/i;

/** The state named last before a mention (in its sentence or the ones before), skipping excluded ones. */
const MINISTRY_NAME = /\b(?:Department|Ministry|Office)\b/;
export function recentActor(analysed: { sentence: Sentence; items: Item[] }[], m: OfficialMention, excluded: Set<string>, context?: StateContext): string | null {
  const at = analysed.findIndex((a) => a.sentence === m.sentence);
  // (A ministry is named once, however far back: "announced by the Russian foreign ministry … Paragraphs later, X, the
  // foreign ministry's spokeswoman".)
  const reach = context === "ministry" ? at : 3;
  for (let s = at; s >= 0 && s >= at - reach; s--) {
    const items = analysed[s]!.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i]!;
      if (s === at && it.start > m.end) continue;
      // "the embassy's chargé d'affaires": the sender of the post named last ("the North Korean embassy").
      // ("Russia reopened its embassy in A. … the mission's head, chargé d'affaires X": so too the subject of "its" post.)
      if (context === "mission" && !(MISSION_NOUNS.has(lowerOf(items[i + 1])) || (isWord(items[i + 1], "'s") && MISSION_NOUNS.has(lowerOf(items[i + 2]))) || ownPostAfter(items, i))) continue;
      // "the foreign ministry's spokeswoman": the state of the ministry named last ("the Russian foreign ministry",
      // "Russia's Ministry of Foreign Affairs").
      // (Or a ministry named by its own name: "the State Department".)
      if (context === "ministry" && !ministryAfter(items, i) && !(it.kind === "actor" && it.via === "body" && MINISTRY_NAME.test(it.text))) continue;
      const code = it.kind === "actor" ? it.code : it.kind === "city" ? it.city.country : null;
      // ("the bloc's ambassador": the organisation named last, and only one.)
      if (code && !excluded.has(code) && ORGANISATIONS.has(code) === (context === "organisation")) return code;
    }
  }
  return null;
}

/** Whether "its" post follows the actor at `i` past a verb or two: "Russia (formally) reopened its embassy". */
function ownPostAfter(items: Item[], i: number): boolean {
  for (let j = i + 2; j <= i + 3; j++) {
    if (items[j - 1]?.kind !== "word" || isWord(items[j - 1], ",", "and", "'s")) return false;
    if (isWord(items[j], "its") && MISSION_NOUNS.has(lowerOf(items[j + 1]))) return true;
  }
  return false;
}

/** Whether a ministry follows the actor at `i`, past "'s" and one word ("Russia's foreign ministry", "the Russian Ministry"). */
function ministryAfter(items: Item[], i: number): boolean {
  // ("In Taipei, the foreign ministry welcomed the move": the ministry of the capital the clause opens in.)
  const from = isWord(items[i + 1], "'s") ? i + 2 : isWord(items[i - 1], "in") && isWord(items[i + 1], ",") && isWord(items[i + 2], "the") ? i + 3 : i + 1;
  return lowerOf(items[from]) === "ministry" || (items[from]?.kind === "word" && lowerOf(items[from + 1]) === "ministry");
}
