// The steps of resolvePeople after the index: counterparts across sentences, each person's state from the cues in
// order and then the document's, predecessors, and every office read again once its state is settled.
import { isEnvoyRole } from "../model/official.js";
import { ORGANISATIONS } from "./party-kinds.js";
import { titleCountries } from "../gazetteer/titles.js";
import { accompaniedAt, aideOfOffice, aideOfPerson, alongsideOf, companyKept, demonymAfter, governmentNamedBefore, hostMetIn, memberOfGovernment, namelessTitleBefore, officerOf, openingIts, otherOfState, placeOpening, previousSubject, quotedSubject, recentActor, representing, speakerFor, visitedState } from "./context-cues.js";
import { ACTING, governmentHeadRole, knownOffice } from "./dictionary-holders.js";
import { datelineActor, paragraphHome } from "./document-home.js";
import { appointeeOf, appointerOf, calledHome, embassyJustNamed, expellingState, HEADED_BY_BEFORE, headOfPost, hostOfCredentials, hostOfEnvoyMet, postHeaded, recallingState, runsPostOpened, sentOutOfStory, summonerOf, summoningState } from "./envoy-cues.js";
import { excludedStates } from "./excluded-states.js";
import { isWord, skip } from "./item-words.js";
import { cleanName, type Item } from "./mentions.js";
import { stateRole, untitledMention } from "./official-mention.js";
import { lastWord, lastWordIndex, wordIndex } from "./person-names.js";
import type { OfficialMention, PersonRecord } from "./officials.js";
import { findPerson, homeOf, namedBefore, type PeopleIndex, sentencesFor } from "./people-index.js";
import type { Sentence } from "./sentences.js";
import { asPerson } from "./title-names.js";

/**
 * "signed by X's predecessor, Y": Y held the office X holds, for the same state, before X; the text gives no title.
 * (A past office: settleOffices keeps Y only when they act in the sentence.)
 */
export function predecessors(doc: PeopleIndex): void {
  doc.analysed.forEach(({ sentence, items }, s) => {
    if (!sentence.text.includes("predecessor")) return;
    for (let i = 0; i + 2 < items.length; i++) {
      const holder = items[i]!;
      // ("… named X as its new ambassador. Her predecessor, Y, was recalled": the one "her" points at, named last.)
      const pronoun = isWord(holder, "his", "her") && isWord(items[i + 1], "predecessor");
      if (!pronoun && (holder.kind !== "person" || !isWord(items[i + 1], "'s") || !isWord(items[i + 2], "predecessor"))) continue;
      const at = skip(items, i + (pronoun ? 2 : 3), ",");
      const named = asPerson(items, at);
      const office = pronoun ? personNamedLast(doc, s, i) : holder.kind === "person" ? findPerson(doc, cleanName(holder.name)) : undefined;
      if (!named || !office?.country || findPerson(doc, cleanName(named.name))) continue;
      const held = office.mentions.find((m) => !m.former) ?? office.mentions[0]!;
      const mention = untitledMention(cleanName(named.name), held.role, office.country, sentence, named, "official.predecessor", true);
      doc.people.push({ name: mention.name, country: office.country, mentions: [mention], stateFromDocument: false });
    }
  });
}

/** The person of the index named last before item `i` of sentence `s`, in it or the sentence before. */
function personNamedLast(doc: PeopleIndex, s: number, i: number): PersonRecord | undefined {
  for (let j = s; j >= 0 && j >= s - 1; j--) {
    const items = doc.analysed[j]!.items;
    for (let k = (j === s ? i : items.length) - 1; k >= 0; k--) {
      const it = items[k]!;
      if (it.kind !== "person") continue;
      const found = findPerson(doc, cleanName(it.name));
      if (found) return found;
    }
  }
  return undefined;
}

// "his Croatian counterpart", "Her Ecuadorian counterpart, X": whose counterpart is the one named last before.
const HIS_OR_HER_BEFORE = /\b(?:his|her)\s+(?:[\w-]+\s+){0,2}$/i;

/**
 * Whose counterpart "his"/"her" names: the one named last before, or, in a sentence opening with "He"/"She", the
 * subject the sentence before opened with ("Lapid held talks with Prince X. He then met his Bahraini counterpart, Y").
 */
function counterpartOwner(doc: PeopleIndex, m: OfficialMention, p: PersonRecord): PersonRecord | undefined {
  const his = HIS_OR_HER_BEFORE.exec(m.sentence.text.slice(0, m.start - m.sentence.start));
  if (!his) return undefined;
  const titled = titledSubject(doc, m, m.sentence.start + his.index, p);
  if (titled) return titled;
  if (SUBJECT_PRONOUN_OPENING.test(m.sentence.text) && m.sentence.index > 0) {
    const first = doc.analysed[m.sentence.index - 1]!.items.find((it) => it.kind === "person");
    const subject = first?.kind === "person" ? findPerson(doc, cleanName(first.name)) : undefined;
    if (subject && subject !== p) return subject;
  }
  return namedBefore(doc.people, m, p);
}
const SUBJECT_PRONOUN_OPENING = /^(?:He|She)\s/;

/**
 * "Ankara's top diplomat then held talks with his Nigerien counterpart, X": the holder of the office a title opening
 * the sentence names (with its state's possessive or adjective, or none), when no one is named before "his".
 */
function titledSubject(doc: PeopleIndex, m: OfficialMention, hisAt: number, p: PersonRecord): PersonRecord | undefined {
  const items = doc.analysed[m.sentence.index]!.items;
  let at = -1;
  for (let i = 0; i < items.length && items[i]!.start < hisAt; i++) {
    const it = items[i]!;
    if (it.kind === "person") return undefined;
    if (it.kind === "title" && at < 0) at = i;
  }
  const title = items[at];
  if (title?.kind !== "title" || title.start - m.sentence.start > 40) return undefined;
  const owner = items[at - 1]?.kind === "actor" ? items[at - 1] : isWord(items[at - 1], "'s") ? items[at - 2] : undefined;
  const code = owner?.kind === "actor" ? owner.code : undefined;
  const holders = doc.people.filter((o) => o !== p && (code === undefined || o.country === code) && o.mentions.some((om) => om.role === title.role && !om.counterpart && om.start < m.start));
  return holders.length === 1 ? holders[0] : undefined;
}

/** Counterparts named across sentences: "Safadi and his Croatian counterpart X" — Safadi does not serve Croatia. */
export function counterpartsAcross(doc: PeopleIndex): void {
  for (const p of doc.people) {
    for (const m of p.mentions) {
      // ("Solano arrived on Sunday. His Indonesian counterpart, X, attended": "his" is the one named last before.)
      const of = m.counterpartOf ? findPerson(doc, m.counterpartOf) : m.viaCounterpart ? counterpartOwner(doc, m, p) : undefined;
      if (of && of !== p && m.country) (doc.notCountries.get(of) ?? doc.notCountries.set(of, new Set()).get(of)!).add(m.country);
    }
  }
}

// "Di Maio and his coalition partner, Interior Minister Matteo Salvini": one of the same government as the one named before.
const FELLOW_BEFORE = /\b(?:his|her)\s+(?:coalition\s+partner|(?:cabinet\s+|party\s+|government\s+)?colleague|fellow\s+minister|deputy|predecessor|successor)\s*,?\s+(?:[\w-]+\s+){0,3}$/i;

// "The President was accompanied by A, Minister for Foreign Affairs of Mongolia, B, Minister of Mining, …": a
// delegation's members serve one state, the one of the member named before (a leader named before the verb places
// them through the delegation: companionLeader).
/** The state of the delegation member named before, in a list after "accompanied by". */
function fellowMember(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const at = accompaniedAt(m);
    if (at < 0) continue;
    const o = namedBefore(doc.people, m, p);
    if (o && o.country && !o.stateFromDocument && o.mentions.some((om) => om.sentence === m.sentence && om.start - m.sentence.start > at)) return o.country;
  }
  return null;
}

// "exchanged on behalf of the Government of A by Minister X and Minister Y, and on behalf of B by Z": the state each
// signs for.
const ON_BEHALF_BY = /\bon\s+behalf\s+of\s+(?!(?:his|her|their|the\s+(?:president|prime minister|minister|king|queen|emir))\b)[^;]{2,80}?\s+by\s+(?:(?!\bon\s+behalf\s+of\b)[^;]){0,200}$/i;

/** The state a signatory signs for, named after "on behalf of" before the "by" that names them. */
function signingFor(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const before = m.sentence.text.slice(0, m.start - m.sentence.start);
    const behalf = ON_BEHALF_BY.exec(before);
    if (!behalf) continue;
    const from = m.sentence.start + behalf.index;
    const state = doc.analysed[m.sentence.index]!.items.find((it) => it.kind === "actor" && it.start >= from && !ORGANISATIONS.has(it.code));
    if (state?.kind === "actor") return state.code;
  }
  return null;
}

/** The state of the one named before "his coalition partner, …", "her cabinet colleague, …". */
function fellowOf(doc: PeopleIndex, p: PersonRecord): string | null {
  const m = p.mentions[0]!;
  if (!FELLOW_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - m.sentence.start - 60), m.start - m.sentence.start))) return null;
  return namedBefore(doc.people, m, p)?.country ?? null;
}

// "X handed over a letter from Foreign Minister Y", "conveyed a message from President Y": the messenger carries word
// from their own government.
const MESSAGE_FROM = /\b(?:handed over|handed|delivered|conveyed|passed on|brought|carried|carrying|delivering|conveying)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}(?:letter|message|invitation|greetings|note)\s+(?:of\s+\w+\s+)?from\s+(?:[\w-]+\s+){0,6}$/i;

/** The state of the one who carries word from the person ("X handed over a letter from Y"), named before in the sentence. */
function senderOfMessage(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const before = m.sentence.text.slice(0, m.start - m.sentence.start);
    const verb = MESSAGE_FROM.exec(before);
    if (!verb) continue;
    // The messenger: the one a "who" before the verb hangs on ("received Ambassador X, who handed over …"), else the
    // clause's subject, named first ("Mr X called on Y and handed over …").
    const who = /,\s+who\s+(?:[a-z]+\s+){0,2}$/.exec(before.slice(0, verb.index + 1));
    let best: { at: number; country: string | null } | null = null;
    for (const o of doc.people) {
      if (o === p) continue;
      const at = who ? lastWordIndex(before.slice(0, who.index), lastWord(o.name)) : wordIndex(before, lastWord(o.name));
      if (at < 0 || (best && (who ? at < best.at : at > best.at))) continue;
      best = { at, country: o.country && !o.stateFromDocument ? o.country : null };
    }
    if (best?.country) return best.country;
  }
  return null;
}

// "X represented the Honourable Minister at the ceremony": one who stands in for an office holder serves their state.
const REPRESENTED_OFFICE = /^,?\s+(?:who\s+)?represented\s+(?:the\s+|his\s+|her\s+)?(?:Honou?rable\s+)?((?:foreign\s+)?minister|president|prime\s+minister|king|emir|sultan)\b/i;
const OFFICE_ROLES: Readonly<Record<string, readonly string[]>> = {
  minister: ["foreign-minister", "minister"], "foreign minister": ["foreign-minister"], president: ["head-of-state"], "prime minister": ["head-of-government"],
  king: ["head-of-state"], emir: ["head-of-state"], sultan: ["head-of-state"],
};

/** The state of the office holder, named before, whom the person stands in for ("X represented the Minister"). */
function standIn(doc: PeopleIndex, p: PersonRecord): string | null {
  for (const m of p.mentions) {
    const office = REPRESENTED_OFFICE.exec(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 80));
    if (!office) continue;
    const roles = OFFICE_ROLES[office[1]!.toLowerCase().replace(/\s+/g, " ")] ?? [];
    // (The holder named last before, with a state of their own.)
    let holder: PersonRecord | undefined;
    for (const o of doc.people) {
      if (o === p || !o.country || !o.mentions.some((om) => om.start < m.start && roles.includes(om.role))) continue;
      if (!holder || o.mentions[0]!.start > holder.mentions[0]!.start) holder = o;
    }
    if (holder) return holder.country;
  }
  return null;
}

/**
 * "Foreign Minister X said yesterday that Ambassador Y had been ordered home": an envoy whose recall a minister tells
 * is the minister's state's.
 */
function recalledAsTold(doc: PeopleIndex, p: PersonRecord): string | null {
  const m = p.mentions[0]!;
  if (!isEnvoyRole(m.role) || !RECALLED_AFTER.test(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 40))) return null;
  const head = m.sentence.text.slice(0, m.start - m.sentence.start);
  const said = SAID_THAT_BEFORE.exec(head);
  if (!said) return null;
  const teller = doc.people.find((o) => o !== p && o.country && !o.stateFromDocument && !isEnvoyRole(o.mentions[0]!.role) && o.mentions.some((om) => om.sentence === m.sentence && om.end - m.sentence.start <= said.index));
  return teller?.country ?? null;
}
const RECALLED_AFTER = /^\s+(?:had|has|have)\s+been\s+(?:ordered|called|summoned)\s+(?:home|back)\b|^\s+(?:had|has|have)\s+been\s+recalled\b/;
const SAID_THAT_BEFORE = /\b(?:said|says|announced|confirmed|told reporters)\b[^.;]{0,30}?\bthat\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/;

/** Whether a state may be the person's: one, and not excluded. */
const allowed = (c: string | null | undefined, excluded: ReadonlySet<string>): c is string => Boolean(c) && !excluded.has(c!);

const ARRIVED_HERE = /\b(?:arrived|arrives|arriving|landed|flew in|came) here\b/i;

/** Settles the state of a person no mention places, from the cues around them, then the document's. */
export function placePerson(doc: PeopleIndex, p: PersonRecord): void {
  const { analysed, actorCounts, publisher } = doc;
  const sentences = sentencesFor(doc, p);
  const excluded = excludedStates(doc, p, sentences);
  const first = p.mentions[0]!;
  const hinted = p.mentions.map((m) => titleCountries(m.title)).find((list) => list.length);
  // (Of several, the one the article names most: India's "Foreign Secretary" in a story about India.)
  // (Of several, the publisher's own: "Foreign Secretary X" in an Indian paper's story about Pakistan.)
  // (Else the dateline's: "ISLAMABAD: … Foreign Secretary X received …" in a story naming India most; not a
  // visitor's: "DHAKA: … X, who arrived here on Monday".)
  // (A digest's item has a dateline of its own: "WELLINGTON — Governor-General X received …" in a briefing of many.)
  const dateline = hinted && hinted.length > 1 && ![...sentences].some((s) => ARRIVED_HERE.test(analysed[s]!.sentence.text)) ? (paragraphHome(analysed, first.sentence) ?? datelineActor(analysed[0])) : null;
  // (Of several the article names, the one of the place a traveller met them in, before the dateline's and the one
  // named most: "she flew to St Kitts, where she met Governor-General X" in a story from St Lucia.)
  const namedStates = hinted && hinted.length > 1 ? hinted.filter((c) => actorCounts.has(c) && !excluded.has(c)) : [];
  const byCue = namedStates.length > 1 ? (visitedState(doc, p, excluded, sentences) ?? hostMetIn(p, analysed) ?? undefined) : undefined;
  const fromTitle = hinted?.length === 1 ? hinted[0] : publisher && hinted?.includes(publisher) && actorCounts.has(publisher) && !excluded.has(publisher) ? publisher : byCue && namedStates.includes(byCue) ? byCue : dateline && hinted!.includes(dateline) && !excluded.has(dateline) ? dateline : namedStates.sort((a, b) => actorCounts.get(b)! - actorCounts.get(a)!)[0];
  // (A delegation named outright before the states a title is used by: "the Pakistani delegation was headed by
  // Foreign Secretary X".)
  const delegation = doc.delegations.get(p);
  // ("Emir X", a title of Qatar's and Kuwait's, in a story naming Qatar most: the dictionary's Emir of Kuwait, when it
  // knows X in office on the day.)
  const knownFirst = hinted && hinted.length > 1 && !allowed(delegation, excluded) ? knownOffice(p, doc.published) : null;
  // (So too a state the title is not usual for, when the article names it: "Foreign Secretary Alicia Bárcena" in a story
  // of Mexico's, which also names Britain.)
  const named = allowed(delegation, excluded) ? delegation : knownFirst && (hinted!.includes(knownFirst) || actorCounts.has(knownFirst)) && !excluded.has(knownFirst) ? knownFirst : allowed(fromTitle, excluded) ? fromTitle : undefined;
  // A person the dated dictionary knows, holding then an office of the kind the text gives, after the state a title
  // implies and a delegation, and before every cue read from the company a person keeps (those that place a head of
  // state receiving credentials or appointing an envoy too, which mislead where the envoys' states are named):
  // "President Xi Jinping" in a Pakistani paper is China's. (Their exclusions are guesses too.)
  const known = knownOffice(p, doc.published);
  // (An envoy succeeded by another held the same post: past the rule that one state has one envoy per sentence.)
  const succeeded = named !== undefined || known ? null : predecessorOf(doc, p);
  const cue = named !== undefined || known ? undefined : (succeeded ?? firstCue(doc, p, excluded, sentences));
  // (Past every cue, a title used by several states the article names none of is the most usual's: "Secretary of State X
  // would open an embassy in Hanoi" holds no Vietnamese office.)
  // (Not in a story filed from a state, or published by one, whose own officials go unqualified: "LIMA – Chancellor X".)
  const usual = named === undefined && !known && cue === undefined && hinted && !hinted.some((c) => actorCounts.has(c)) && !excluded.has(hinted[0]!) && !publisher && !datelineActor(analysed[0]) ? hinted[0] : undefined;
  // (Not an envoy's: one of the two is as often the state an envoy serves in.)
  const pair = named === undefined && !known && cue === undefined && usual === undefined && !isEnvoyRole(first.role) ? otherOfPair(analysed, first, excluded) : undefined;
  p.country = named ?? known ?? cue ?? usual ?? pair ?? paragraphState(analysed, first, excluded) ?? fellowEnvoy(doc, p, excluded) ?? firstAllowed(homeOf(doc), excluded) ?? null;
  p.stateFromDocument = p.country !== null && !known && named === undefined && cue === undefined && usual === undefined && pair === undefined;
}

/**
 * "India and Pakistan agreed …, after Prime Minister X and his Pakistani counterpart Y held talks": of the two states
 * the person's sentence names, one ruled out, the person serves the other (not the dateline's, a summit's host).
 */
function otherOfPair(analysed: { sentence: Sentence; items: Item[] }[], first: OfficialMention, excluded: ReadonlySet<string>): string | undefined {
  let one: string | undefined;
  let two: string | undefined;
  for (const it of analysed[first.sentence.index]!.items) {
    if (it.kind !== "actor" || ORGANISATIONS.has(it.code) || it.code === one || it.code === two) continue;
    if (two !== undefined) return undefined;
    if (one === undefined) one = it.code;
    else two = it.code;
  }
  if (one === undefined || two === undefined || excluded.has(one) === excluded.has(two)) return undefined;
  return excluded.has(one) ? two : one;
}

/**
 * The state of another envoy placed in the same sentence, for an envoy nothing else places: "A's High Commissioner X
 * was expelled in 2007, and acting High Commissioner Y was ordered to leave last December" (not the dateline's, where
 * envoys are more often guests).
 */
function fellowEnvoy(doc: PeopleIndex, p: PersonRecord, excluded: ReadonlySet<string>): string | undefined {
  const first = p.mentions[0]!;
  if (!isEnvoyRole(first.role)) return undefined;
  const fellow = doc.people.find((o) => o !== p && o.country && !o.stateFromDocument && o.mentions.some((m) => m.sentence === first.sentence && isEnvoyRole(m.role)));
  return allowed(fellow?.country, excluded) ? fellow!.country! : undefined;
}

// "Ambassador X succeeds Ambassador Y": the envoy one succeeds held the same post, for the same state.
const SUCCEEDS_BEFORE = /\b(?:succeeds|succeeded|succeeding|replaces|replaced|replacing|(?:takes|took|taking) over from)\s+(?:(?:the\s+)?(?:outgoing|former|previous)\s+)?(?:(?:Ambassador|High Commissioner)\s+)?$/;

/** The state of the envoy who succeeds the person (an envoy too), named before them in the same sentence. */
function predecessorOf(doc: PeopleIndex, p: PersonRecord): string | null {
  const m = p.mentions[0]!;
  if (!isEnvoyRole(m.role) || !SUCCEEDS_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - m.sentence.start - 60), m.start - m.sentence.start))) return null;
  const successor = doc.people.find((o) => o !== p && o.country && !o.stateFromDocument && o.mentions.some((om) => om.sentence === m.sentence && om.end <= m.start && isEnvoyRole(om.role)));
  return successor?.country ?? null;
}

/**
 * The cues after a title's states and a delegation, in order: the first to give an allowed state places the person.
 * Each is read only when none before it did, as most people are placed by the first few.
 */
function firstCue(doc: PeopleIndex, p: PersonRecord, excluded: Set<string>, sentences: Set<number>): string | undefined {
  for (const read of CUES) {
    const c = read(doc, p, excluded, sentences);
    if (allowed(c, excluded)) return c;
  }
  return undefined;
}
type Cue = (doc: PeopleIndex, p: PersonRecord, excluded: Set<string>, sentences: Set<number>) => string | null | undefined;
// (A table of functions made once, not closures made for every person placed.)
const CUES: readonly Cue[] = [
  officerOf,
  memberOfGovernment,
  aideOfOffice,
  aideOfPerson,
  (doc, p) => otherOfState(p, doc.analysed),
  senderOfMessage,
  standIn,
  (doc, p) => fellowOf(doc, p),
  (doc, p) => fellowMember(doc, p),
  (doc, p) => signingFor(doc, p),
  // (The post a person is said to head, before the acts told of them: "Ambassador X, who runs the Russian embassy in
  // Vilnius, was told to leave".)
  (doc, p) => postHeaded(p, doc.analysed),
  (doc, p) => recallingState(p, doc.analysed),
  (doc, p) => recalledAsTold(doc, p),
  (doc, p) => expellingState(p, doc.analysed),
  (doc, p) => sentOutOfStory(p, doc.analysed),
  (doc, p) => hostOfCredentials(p, doc.people, doc.analysed),
  (doc, p) => appointerOf(p, doc.people, doc.stated),
  (doc, p) => appointeeOf(p, doc.people),
  // (The state a person stands for at an occasion before the places and states around it: "Chile was represented at
  // the inauguration in Lima by X".)
  (doc, p) => representing(p, doc.analysed),
  (doc, p) => summoningState(p, doc.analysed),
  (doc, p) => summonerOf(p, doc.analysed),
  (doc, p, excluded) => (p.mentions[0]!.counterpart || p.mentions[0]!.viaCounterpart ? recentActor(doc.analysed, p.mentions[0]!, excluded) : null),
  (doc, p, excluded) => {
    const first = p.mentions[0]!;
    return first.stateFromContext ? ((openingIts(first) ? previousSubject(first, doc.analysed) : null) ?? recentActor(doc.analysed, first, excluded, first.stateFromContext)) : null;
  },
  // (The post an envoy heads, named in the same sentence, before a title the sentence before gave another state's
  // appointee: "… named X as A's next high commissioner to B. B's High Commission in A, headed by High Commissioner Y".)
  (doc, p) => (isEnvoyRole(p.mentions[0]!.role) && HEADED_BY_BEFORE.test(p.mentions[0]!.sentence.text.slice(0, p.mentions[0]!.start - p.mentions[0]!.sentence.start)) ? headOfPost(p.mentions[0]!, doc.analysed) : null),
  (doc, p) => namelessTitleBefore(p, doc.analysed, doc.mentions),
  (doc, p) => speakerFor(p, doc.analysed),
  (doc, p) => quotedSubject(p, doc.analysed),
  (doc, p) => (isEnvoyRole(p.mentions[0]!.role) ? null : placeOpening(p.mentions[0]!, doc.analysed)),
  (doc, p) => governmentNamedBefore(p.mentions[0]!, doc.analysed),
  (doc, p) => (isEnvoyRole(p.mentions[0]!.role) ? (embassyJustNamed(p.mentions[0]!, doc.analysed) ?? headOfPost(p.mentions[0]!, doc.analysed) ?? runsPostOpened(p.mentions[0]!, doc.analysed)) : null),
  visitedState,
  (doc, p) => hostMetIn(p, doc.analysed, doc),
  (doc, p) => (isEnvoyRole(p.mentions[0]!.role) ? null : hostOfEnvoyMet(p, doc.inSentence)),
  // (On a government's own site, its state before the company a person keeps: the minister receiving a delegation.)
  (doc) => (doc.governmentSite && doc.publisher && doc.actorCounts.has(doc.publisher) ? doc.publisher : null),
  (doc, p) => alongsideOf(doc, p),
  (doc, _p, excluded, sentences) => companyKept(sentences, doc.analysed, excluded),
  (doc, p) => previousSubject(p.mentions[0]!, doc.analysed),
  (doc, p) => demonymAfter(p, doc.analysed),
  (doc, p) => calledHome(p, doc.analysed),
];

/**
 * In a digest, the dateline of the person's own paragraph ("WELLINGTON — Governor-General X …").
 * (Not an envoy's: a consul general there is usually another state's.)
 */
function paragraphState(analysed: { sentence: Sentence; items: Item[] }[], first: OfficialMention, excluded: ReadonlySet<string>): string | undefined {
  const code = isEnvoyRole(first.role) ? null : paragraphHome(analysed, first.sentence);
  return allowed(code, excluded) ? code : undefined;
}

/** The first of `codes` that is allowed. */
function firstAllowed(codes: readonly string[], excluded: ReadonlySet<string>): string | undefined {
  for (const c of codes) if (allowed(c, excluded)) return c;
  return undefined;
}

/** A person's offices read again once their state is settled, and a former office holder's state dropped when they do not act. */
export function settleOffices(doc: PeopleIndex, p: PersonRecord): void {
  for (const m of p.mentions) {
    // Titles whose office depends on the state ("Foreign Secretary") are read again once the state is known.
    m.role = governmentHeadRole(p, m.title, doc.published) ?? stateRole(m.title, p.country, m.role);
    // "my counterpart from Laos, X": the office of the document's first official of another state.
    if (m.counterpart) {
      // ("A and his Saudi counterpart, X": A's office, where A is known.)
      // ("Bárcena said … . Her Ecuadorian counterpart, X, defended …": the one named last before "her".)
      const named = m.counterpartOf ? findPerson(doc, m.counterpartOf) : counterpartOwner(doc, m, p);
      const other = (named && named !== p && named.mentions.some((om) => !om.counterpart) ? named : undefined) ?? doc.people.find((o) => o !== p && o.country !== p.country && o.mentions.some((om) => !om.counterpart && om.start < m.start));
      if (other) m.role = other.mentions[0]!.role;
    }
  }
  // A former office holder counts only when they act in an event the article reports.
  // (Not one deposed by the act told: "years after the army's removal of president X" is no act of X's.)
  // ("… under former prime minister X, who lost power last month. X toured A and B in July 2016": so too in a sentence
  // naming them untitled.)
  if (p.mentions.every((m) => m.former) && !p.mentions.some((m) => ACTING.test(m.sentence.text) && !DEPOSED_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - m.sentence.start - 40), m.start - m.sentence.start))) && !actsUntitled(doc, p)) p.country = null;
}

/** Whether a sentence naming `p` with no title of theirs tells an act. */
function actsUntitled(doc: PeopleIndex, p: PersonRecord): boolean {
  const titled = new Set(p.mentions.map((m) => m.sentence.index));
  for (const s of sentencesFor(doc, p)) if (!titled.has(s) && ACTING.test(doc.analysed[s]!.sentence.text)) return true;
  return false;
}
const DEPOSED_BEFORE = /\b(?:removal|ouster|overthrow|toppling|deposition)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
