// The states a person cannot serve (their counterparts', where they are posted or travel, the state that sends
// them out, the one they accuse): one reading that every cue placing the person must respect.
import { isApostrophe } from "./chars.js";
import { isEnvoyRole } from "../model/official.js";
import { roleForTitle } from "../gazetteer/titles.js";
import { isWord } from "./item-words.js";
import { ORGANISATIONS } from "./party-kinds.js";
import type { Item } from "./mentions.js";
import type { OfficialMention, PersonRecord } from "./officials.js";
import { datelineActor } from "./document-home.js";
import { findPerson, officeIn, type PeopleIndex, visitsOf } from "./people-index.js";
import { lastWord, wordIndex } from "./person-names.js";
import { travellerOf } from "./visits.js";

const CREDENTIALS = /\bcredentials\b|\bcredence\b|\bletters? of commission\b/i;
// (The verb right after the person, or after an appositive title: "X, Minister of State, received …".)
const RECEIVED_AFTER = /^(?:\s*,[^.;,]{1,80}?)?,?\s+(?:received|hosted|welcomed)\b/i;
// (The host named after a passive: "X … was received the same evening by Prime Minister Y".)
const RECEIVED_BY_BEFORE = /\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:received|welcomed|greeted|hosted)\s+(?:[^.;,]{0,40}?\s)?by\s+(?:(?:the\s+)?[\w'’-]+\s+){0,5}$/i;
// (Not a thing received: "the consulate had received threats by telephone".)
const RECEIVES = /\b(?:received|receives|receiving|hosted|hosts|welcomed|welcomes)\b(?!\s+(?:(?:an?|the|several|many|some)\s+)?(?:threats?|calls?|letters?|messages?|reports?|complaints?|requests?|news|word|support|aid|assistance|invitations?|phone|telephone)\b)/i;

const SUMMONED_TO_MINISTRY = /^(?:,[^.;]{0,60}?,|,)?\s+(?:was|were|had been|has been)\s+(?:(?:also|again|urgently)\s+)?summoned\s+(?:on\s+\w+\s+)?to\s+(?:the\s+)?(?:foreign\s+ministry|ministry\s+of\s+foreign\s+affairs|foreign\s+office)(?:\s+(?:in|at))?\s*/i;
const HOME_AFTER = /^\s+(?:back\s+)?home\b/i;
const SENT_OUT = /\b(?:expel(?:led|s|ling)?|declared|kicked out|threw out|summon(?:ed|s|ing)?|(?:gave|giving|gives|ordered|ordering|told|telling)(?=\s+(?:(?!(?:that|how|of|about|whether|what|reporters|media|journalists|parliament)\b)[\w'’.-]+\s+){0,3}$)|(?:move|moves|measures?|actions?|steps?|decision|sanctions) against)\s+(?:(?:the|its|their|a)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

// "A announced that Ambassador X had to leave the country": the announcement before the envoy, the order after.
const ANNOUNCED_THAT = /\b(?:announced|said|says|declared|stated|decided|ruled)(?: (?:on|last|this) \w+)?(?: that)? (?:(?:the|its|their|a)\s+)?(?:[\w'’-]+\s+){0,3}$/i;
const MUST_LEAVE = /^[^.;]{0,60}?\b(?:(?:had|has) to|must) (?:leave|depart)\b/i;
// Two people joined by "and" (titles between), then talks between them, with no third side.
const JOINED = /^\s+and\s+(?:[\p{L}'’.-]+\s+){0,5}$/u;
const TALKS_WITH = /\b(?:(?:held|had|holds|has)\s+(?:[\w-]+\s+){0,2}(?:talks|discussions|consultations|meetings?)\s+with|met(?:\s+with)?)\s+(?!(?:his|her|their|its)\s+own\b)(?:[\w'’.-]+\s+){0,4}$/i;
const AGENT_BEFORE = /\b(?:(?:received|welcomed|hosted|greeted)\s+(?:[^.;,]{0,30}?\s)?by|met(?:\s+with)?|called\s+on|(?:held|had)\s+(?:[\w-]+\s+)?talks\s+with)\s+(?:[\w'’.-]+\s+){0,5}$/i;
const TALKED_TOGETHER = /^\s+(?:(?:held|had|hold|holds|began|opened|concluded)\s+(?:[\w-]+\s+){0,2}(?:talks|discussions|consultations)|met|meet|discussed|spoke)\b(?![^.;]{0,40}\bwith\b)/i;
const TOLD_TO_LEAVE = /^[^;]*\b(?:(?:hours|days|week|weeks|ordered|told|asked|had|has|have)\s+to|must)\s+leave\s+(?:the\s+)?$/i;
// (The person's own accusation: no other predicate of theirs before it, as in "X must leave Russia by Feb. 7, accusing
// the Estonian leadership", where the accuser is the ministry that said so.)
const TOUR_THROUGH = /^['’]s\s+(?:[\w-]+\s+){0,3}(?:swing|tour|trip|visits?|journey)\s+(?:through|of|to|around)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*)*(?:,\s+|\s+and\s+))*(?:the\s+)?$/u;
const ACCUSED = /^(?:(?!\b(?:must|will|would|should|shall|can|could|had to|has to|have to)\b)[^;])*\b(?:accus|blam|condemn|criticis|criticiz|denounc|slamm|lambast)\w*\s+(?:the\s+(?:government\s+(?:of|in)\s+)?)?$/i;

const WHOM_SENT_OUT = /^,\s+whom\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){1,4}(?:(?:had|has|then|later|also)\s+)?(?:expelled|ordered\s+out|declared|kicked\s+out|threw\s+out|told\s+to\s+leave)\b/u;
const CLAUSE_OPENERS = [",", ";", " after ", " before ", " when ", " while ", " since ", " because ", " as ", " and "];
const RECOGNISED_BEFORE = /\brecogni[sz](?:ed|es|ing|e)\s+(?:[\w'’-]+\s+){0,4}$/i;
const THANKED = /\bthank(?:ed|s|ing)\s+(?:the\s+)?(?:(?:government|people|authorities|leadership)\s+(?:of\s+)?(?:the\s+)?)?$/i;
const HANDED_TO = /\b(?:credentials|credence|cop(?:y|ies))\b[^.;]*?\bto\s+(?:the\s+)?(?:[A-Z][\p{L}.'’-]*\s+){0,6}$/u;

/** States the person does not serve: their counterparts', where they are posted, travel, are sent out from, accuse. */
export function excludedStates(doc: PeopleIndex, p: PersonRecord, sentences: Set<number>): Set<string> {
  const { analysed } = doc;
  const excluded = new Set<string>(doc.notCountries.get(p));
  for (const m of p.mentions) {
    for (const c of m.notCountries ?? []) excluded.add(c);
    if (m.accreditedTo) excluded.add(m.accreditedTo);
    // ("Defence Minister X … talks with his counterpart Y": Y serves another state than X, however X's was read, the
    // document's guess included.)
    if (m.counterpartOf) {
      const of = findPerson(doc, m.counterpartOf);
      if (of && of !== p && of.country) excluded.add(of.country);
    }
    for (const peer of m.peers ?? []) {
      const other = findPerson(doc, peer);
      if (other?.country) excluded.add(other.country);
    }
  }
  // Officials of another state named beside this one with the same office: counterparts ("Foreign Ministers A and B").
  for (const m of p.mentions) {
    for (const o of doc.inSentence.get(m.sentence) ?? []) {
      // (Not one whose state is itself the document's guess: "the nominees are A, named High Commissioner to Canada;
      // B, who heads to Addis Ababa as ambassador …" are one state's.)
      // (Nor one beside "the embassy's attaché", who serves the post's sender, as may the one beside: "X, first
      // secretary at A's embassy, and the embassy's attaché, Y".)
      // (Nor one who accompanies the same leader: "X was accompanied by Finance Minister A and Energy Minister B".)
      // (Nor the one this one travels with: "X flew to Beijing with foreign secretary Y".)
      const sameCompany = (doc.delegations.has(o) && doc.delegations.get(o) === doc.delegations.get(p)) || (o.country !== null && doc.delegations.get(p) === o.country);
      // (Nor a consul beside another: "A's Consul General in B, and Y, the acting Consul General in C" serve one state's
      // posts in one host, as consuls named together mostly do.)
      // (Nor where the title names another office in that state: "Foreign Minister A and Foreign Secretary B" of Pakistan,
      // whose Foreign Secretary is a civil servant.)
      // (Nor envoys posted to different states in one list: "A, ambassador to Lebanon; B, ambassador to Slovakia" are the
      // postings of one state's roster, not envoys of several states met in one place.)
      const otherPosts = m.accreditedTo !== null && m.accreditedTo !== undefined && o.mentions.some((om) => om.sentence === m.sentence && om.accreditedTo && om.accreditedTo !== m.accreditedTo);
      if (o !== p && o.country && !o.stateFromDocument && !sameCompany && !otherPosts && m.stateFromContext !== "mission" && m.role !== "consul" && officeIn(doc, o).has(`${m.sentence.index}|${m.role}`) && roleForTitle(m.title, o.country) === m.role) excluded.add(o.country);
      // "President X received the credentials of A of Sweden and B of India": the envoys are foreign to the host.
      // (Only an envoy whose state the text gives: an inferred one may be the host's own.)
      if (o !== p && o.country && doc.stated.has(o) && CREDENTIALS.test(m.sentence.text) && !isEnvoyRole(m.role) && o.mentions.some((om) => om.sentence === m.sentence && isEnvoyRole(om.role))) excluded.add(o.country);
      // "Ambassador X presented his letters to Israeli President Y": nor is the envoy the receiving head of state's.
      if (o !== p && o.country && doc.stated.has(o) && CREDENTIALS.test(m.sentence.text) && isEnvoyRole(m.role) && o.mentions.some((om) => om.sentence === m.sentence && om.role === "head-of-state")) excluded.add(o.country);
    }
  }
  // ("severed relations with Washington after the Trump administration recognised National Assembly leader X as interim
  // president": one a state recognises as another's leader is not its own, nor of a state the clause names before.)
  for (const m of p.mentions) {
    const lead = m.sentence.text.slice(0, m.start - m.sentence.start);
    const verb = RECOGNISED_BEFORE.exec(lead);
    if (!verb || !/^\s+as\b/.test(m.sentence.text.slice(m.end - m.sentence.start))) continue;
    const at = m.sentence.start + verb.index;
    // (Within the recognising verb's own clause: "Venezuela cut ties with A after B recognised X" excludes B only.)
    const head = lead.slice(0, verb.index);
    const from = m.sentence.start + Math.max(0, ...CLAUSE_OPENERS.map((w) => head.lastIndexOf(w) + 1));
    for (const it of analysed[m.sentence.index]!.items) {
      if (it.end > at) break;
      if (it.start < from) continue;
      if (it.kind === "actor" && !ORGANISATIONS.has(it.code)) excluded.add(it.code);
      else if (it.kind === "city") excluded.add(it.city.country);
    }
  }
  // "X and Y held formal talks on Tuesday", "X and Y met in Geneva": the two sides of talks, each not the other's
  // state when the other's is told (not "X and Y held talks with Z", two of one side). Names as written, surnames too.
  for (const s of sentences) {
    const text = analysed[s]!.sentence.text;
    if (!text.includes(" and ")) continue;
    const mine = lastWord(p.name);
    for (const o of doc.people) {
      if (o === p || !o.country || !doc.stated.has(o)) continue;
      const theirs = lastWord(o.name);
      for (const [first, second] of [[mine, theirs], [theirs, mine]] as const) {
        const at = wordIndex(text, `${first} and `);
        if (at < 0) continue;
        const rest = text.slice(at + first.length);
        const secondAt = wordIndex(rest, second);
        if (secondAt < 0 || !JOINED.test(rest.slice(0, secondAt)) || !TALKED_TOGETHER.test(rest.slice(secondAt + second.length, secondAt + second.length + 80))) continue;
        excluded.add(o.country);
      }
    }
  }
  // "Ambassador X, whom A ordered out of the country on Thursday": nor is an envoy the state that sends them out.
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role)) continue;
    const sent = WHOM_SENT_OUT.exec(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 80));
    if (!sent) continue;
    for (const it of analysed[m.sentence.index]!.items) {
      if (it.start < m.end) continue;
      if (it.end > m.end + sent[0].length) break;
      if (it.kind === "actor" && !ORGANISATIONS.has(it.code)) excluded.add(it.code);
      else if (it.kind === "city") excluded.add(it.city.country);
    }
  }
  // "The ambassadors of A, B and C presented their credentials to President X": nor is the receiving head of state
  // any of the envoys' states.
  // (So too one who receives or hosts an envoy: "Minister of State X received the new ambassador of Brazil".)
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role) && (CREDENTIALS.test(m.sentence.text) || RECEIVES.test(m.sentence.text))) for (const c of envoyStates(analysed[m.sentence.index]!.items)) excluded.add(c);
  }
  // "X, Minister of State, received on Monday Y, Deputy Minister of Foreign Affairs of A": the host of a guest whose
  // state is told does not serve it.
  for (const m of p.mentions) {
    const verb = RECEIVED_AFTER.exec(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 120));
    if (!verb) continue;
    const at = m.end + verb[0].length;
    for (const o of doc.inSentence.get(m.sentence) ?? []) {
      if (o !== p && o.country && doc.stated.has(o) && o.mentions.some((om) => om.sentence === m.sentence && om.start >= at)) excluded.add(o.country);
    }
  }
  // "X held talks with Y", "X met Y": Y is not of the state of X, named before as the clause's subject (not "met his
  // own foreign minister").
  for (const m of p.mentions) {
    const lead = m.sentence.text.slice(0, m.start - m.sentence.start);
    const verb = TALKS_WITH.exec(lead);
    if (!verb) continue;
    // (The subject: the one named first in the sentence, as in "X, who landed on Monday, held talks with Y"; not a
    // host named between, as in "she was received by President Z and held talks with Y".)
    let subject: { at: number; country: string | null } | undefined;
    for (const o of doc.people) {
      const at = o === p ? -1 : wordIndex(lead, lastWord(o.name));
      if (at < 0 || at >= verb.index || (subject && at >= subject.at)) continue;
      // ("He was received by President Z …, then held talks with Y", "She met Z, then held talks with Y": the agent of a
      // passive, or one met before, is no subject.)
      if (AGENT_BEFORE.test(lead.slice(Math.max(0, at - 60), at))) continue;
      // (A subject placed before, by a cue rather than the document's guess, counts as one whose state is told.)
      subject = { at, country: doc.stated.has(o) || o.stateFromDocument === false ? o.country : null };
    }
    if (subject?.country && !/[;:]/.test(lead.slice(subject.at, verb.index))) excluded.add(subject.country);
  }
  // "X arrived in Baghdad on Sunday and was received the same evening by Prime Minister Y": nor does one who receives
  // a guest serve the guest's state, told before them.
  for (const m of p.mentions) {
    if (!RECEIVED_BY_BEFORE.test(m.sentence.text.slice(Math.max(0, m.start - m.sentence.start - 80), m.start - m.sentence.start))) continue;
    for (const o of doc.inSentence.get(m.sentence) ?? []) {
      if (o !== p && o.country && doc.stated.has(o) && o.mentions.some((om) => om.sentence === m.sentence && om.end <= m.start)) excluded.add(o.country);
    }
  }
  // "the ambassador, X, had presented his credentials … in Dhaka": an envoy presenting credentials serves another
  // state than the one they present them in.
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role) || !CREDENTIALS.test(m.sentence.text)) continue;
    // (Not the one they are handed to: "presented the copy of her credentials … to Ambassador X, Director General of
    // Protocol", an envoy by rank serving the host.)
    if (HANDED_TO.test(m.sentence.text.slice(0, m.start - m.sentence.start))) continue;
    const items = analysed[m.sentence.index]!.items;
    for (const [k, it] of items.entries()) {
      if (!isWord(items[k - 1], "in")) continue;
      if (it.kind === "city") excluded.add(it.city.country);
      else if (it.kind === "actor" && it.via === "capital") excluded.add(it.code);
    }
  }
  // "Bolivia's interim government expelled Ambassador X", "Spain summoned the Argentine ambassador, X": an envoy sent
  // out or summoned serves another state than the one acting.
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role)) continue;
    const lead = m.sentence.text.slice(0, m.start - m.sentence.start);
    const verb = SENT_OUT.exec(lead) ?? (MUST_LEAVE.test(m.sentence.text.slice(m.end - m.sentence.start)) ? ANNOUNCED_THAT.exec(lead) : null);
    // ("was summoning Ambassador X home for consultations": one's own envoy called back, no other's summoned.)
    if (!verb || (/^summon/i.test(verb[0]) && HOME_AFTER.test(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 12)))) continue;
    for (const it of analysed[m.sentence.index]!.items) {
      if (it.start - m.sentence.start >= verb.index) break;
      if (it.kind === "actor" && !ORGANISATIONS.has(it.code)) excluded.add(it.code);
    }
  }
  // ("X, the consul general, was summoned to the foreign ministry in Tallinn": an envoy summoned to a ministry serves
  // another state than the ministry's, the one where it is or, unnamed, the dateline's.)
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role)) continue;
    const summoned = SUMMONED_TO_MINISTRY.exec(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 140));
    if (!summoned) continue;
    const at = m.end + summoned[0].length;
    const place = analysed[m.sentence.index]!.items.find((it) => it.start >= at && it.start - at <= 6 && (it.kind === "city" || it.kind === "actor"));
    const state = place?.kind === "city" ? place.city.country : place?.kind === "actor" ? place.code : datelineActor(analysed[0]);
    if (state) excluded.add(state);
  }
  for (const m of p.mentions) {
    const items = analysed[m.sentence.index]!.items;
    // "Ambassador X had 72 hours to leave Venezuela": an envoy told to leave a state does not serve it.
    if (isEnvoyRole(m.role) && m.sentence.text.includes(" to leave ")) statesAfter(m, items, 80, TOLD_TO_LEAVE, excluded);
    // "X, the minister of communication, who accused Kigali of …": whom a person accuses is not the state they serve.
    statesAfter(m, items, 120, ACCUSED, excluded);
    // "High Commissioner X thanked the Government of Kenya for its support": nor the host a person thanks.
    if (m.sentence.text.includes("thank")) statesAfter(m, items, 80, THANKED, excluded);
    // "Foreign Minister X's three-day swing through Beirut, Damascus and Ramallah": nor the places of one's tour.
    if (isApostrophe(m.sentence.text.charCodeAt(m.end - m.sentence.start))) {
      for (const it of items) {
        if (it.start < m.end || it.start - m.end > 90 || !TOUR_THROUGH.test(m.sentence.text.slice(m.end - m.sentence.start, it.start - m.sentence.start))) continue;
        if (it.kind === "city") excluded.add(it.city.country);
        else if (it.kind === "actor" && !ORGANISATIONS.has(it.code)) excluded.add(it.code);
      }
    }
  }
  // Where the person travels is not where they serve ("Qureshi is in Beijing on the third leg of his tour").
  for (const v of visitsOf(doc)) if (sentences.has(v.sentence) && travellerOf(v, analysed[v.sentence]!, doc.mentionsBySentence, p)) excluded.add(v.code);
  return excluded;
}

const isEnvoyTitle = (it: Item | undefined) => it?.kind === "title" && isEnvoyRole(it.role);

/** States a sentence names as envoys': "the Peruvian ambassador", "the ambassadors of A, B and C", "envoys from A and B". */
function envoyStates(items: Item[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // ("The Saudi and Kuwaiti ambassadors": states joined before one envoy title.)
    const joined = isWord(items[i + 1], "and", ",") && items[i + 2]?.kind === "actor" && isEnvoyTitle(items[i + 3]);
    if (it.kind !== "actor" || !(joined || isEnvoyTitle(items[i + 1]) || (isWord(items[i - 1], "of", "from") && isEnvoyTitle(items[i - 2])))) continue;
    out.push(it.code);
    // (And the states listed after the first: "of Peru, Chile and Ghana".)
    for (let k = i + 1; isWord(items[k], ",", "and") && (items[k + 1]?.kind === "actor" || (isWord(items[k + 1], "and") && items[k + 2]?.kind === "actor")); ) {
      k += items[k + 1]!.kind === "actor" ? 1 : 2;
      out.push((items[k] as { code: string }).code);
      k++;
    }
  }
  return out;
}

/** Adds to `into` each state named within `reach` characters after mention `m` whose words from the mention match `between`. */
function statesAfter(m: OfficialMention, items: Item[], reach: number, between: RegExp, into: Set<string>): void {
  for (const it of items) {
    if (it.kind !== "actor" || it.start < m.end || it.start - m.end > reach || ORGANISATIONS.has(it.code)) continue;
    if (between.test(m.sentence.text.slice(m.end - m.sentence.start, it.start - m.sentence.start))) into.add(it.code);
  }
}
