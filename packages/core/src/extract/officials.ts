// Officials named in a sentence (findOfficials) and the people they make across a document (resolvePeople, then the
// dictionary's untitled holders): the entry points extract.ts calls, and where a reader starts. The readers they share
// live in the modules imported below, one for each thing read.
import { isEnvoyRole, type Role } from "../model/official.js";
import { companionLeader, delegationOf, pronounCopulaState, provinceState } from "./context-cues.js";
import { ACTING, type DatedSentence, dictionaryHolders, type Holder, holderPeople, knownOffice } from "./dictionary-holders.js";
import { isCapWord, isGerund, isWord, lowerOf, pastBased, skip } from "./item-words.js";
import { cleanName, type CityItem, isHonorific, type Item, MONTH_WORDS, newItem, PARTY_WORDS, type TitleItem } from "./mentions.js";
import { addOfficial, type Inherited, LAND_AFTER, NAMED_PLACE, type OfficialsRead, rank, stateRole } from "./official-mention.js";
import { byFirstMention, indexMentions, listOf, sentencesFor } from "./people-index.js";
import { beforeParticle, betweenParticles, lastKey, namedAmong, paternalName, patronymKey, sameName, tokensOf } from "./person-names.js";
import { counterpartsAcross, placePerson, predecessors, settleOffices } from "./place-people.js";
import type { Sentence } from "./sentences.js";
import { asPerson, lastCommaBefore, opensNameWithPlace, pastOccupation, placeFirstName, relativeAfterAside, skipHonorifics, whomBefore } from "./title-names.js";
import { SHAPE_AMBASSADOR, SHAPE_COUNTERPART, SHAPE_DIPLOMAT, SHAPE_SECRETARY, SHAPE_SHARED, SHAPE_SPOKES, shapeOf } from "./title-shapes.js";
import { actorBefore, contextBefore, GOVERNMENT_BODY, isRegionNoun, listedBefore, MISSION_NOUNS, MODIFIERS, NOT_SUBJECT_CUE, organisationAt, ownerTitleAt, pairBefore, partyAt, pastBefore, pastListedStates, portfolioAfterOf, portfolioListEnd, sideBefore, STATE_NOUNS, type StateContext, styledState, subjectActor, TOWN_OFFICE, townAt } from "./title-states.js";
import { HEADED_BY_WORD, HEADS_WORD, ministryHeads, postHeads, postStaff, presentedCredentials, recalledEnvoys, ROSTER_CUE, rosterEnvoys, STAFF_WORD } from "./untitled-envoys.js";
import { isLowerLetters } from "./word-shape.js";
import { ORGANISATIONS } from "./party-kinds.js";

/** A person as the document knows them: the fullest name, the state they serve, every mention. */
export interface PersonRecord {
  name: string;
  country: string | null;
  mentions: OfficialMention[];
  /** No mention or neighbour gave the state: it is the document's own (dateline, publisher, most named). */
  stateFromDocument: boolean;
}

/** One mention of a titled person in one sentence. */
export interface OfficialMention {
  name: string;
  role: Role;
  title: string;
  country: string | null;
  accreditedTo: string | null;
  sentence: Sentence;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  /** A past office: "former President", "then-president". */
  former?: boolean;
  /** States this person does not serve: their counterpart's, the one they are accredited to. */
  notCountries?: string[];
  /** Names of the others in the same list ("Foreign Ministers A and B"): each serves another state. */
  peers?: string[];
  /** "his counterpart X" with no official beside to copy the office from: settled across the document. */
  counterpart?: boolean;
  /** Named as someone's counterpart, directly or through a second title ("his counterpart FM X"). */
  viaCounterpart?: boolean;
  /** The name of the person this one is the counterpart of ("Safadi and his Croatian counterpart X"). */
  counterpartOf?: string;
  /** The state is named before the sentence: "the island's top diplomat", "the embassy's chargé d'affaires". */
  stateFromContext?: StateContext;
  /** An office held beside another: "in his capacity as Asean's special envoy". */
  capacity?: boolean;
  /** The state carried over from the leader named before ("Chinese President X and Prime Minister Y": Y's a guess), or read from a side ("on the Ethiopian side, President X"). */
  stateShared?: boolean;
}

// Words that open a title in apposition without being one: "X, deputy speaker of A's parliament", "X, a career diplomat".
// ("X, named High Commissioner to Canada": a participle of naming, as "appointed" and "designated" among MODIFIERS.)
// (And a party's name: "X, a Labour member of the House of Lords".)
/** Whether, after the title at `t` and its name, the clause's verb acts "with" a state or its official: "… signed the memorandum with Kuwait's …". */
function withOtherAfter(items: Item[], t: number): boolean {
  for (let k = t + 1; k < items.length && k <= t + 12; k++) {
    const it = items[k]!;
    if (isWord(it, ",", ";", "and")) return false;
    if (isWord(it, "with")) return items[k + 1]?.kind === "actor" || items[k + 1]?.kind === "title" || (isWord(items[k + 1], "the") && items[k + 2]?.kind === "actor");
  }
  return false;
}

/** "since Taiwan elected X as its next president": one elected to an office not yet taken holds none. */
function electedNext(items: Item[], p: number): boolean {
  if (!isWord(items[p], "as") || !isWord(items[p + 2], "next") || !isWord(items[p + 1], "its", "their", "the", "his", "her")) return false;
  for (let k = p - 1; k >= 0 && p - k <= 8; k--) if (isWord(items[k], "elected", "chose", "picked")) return true;
  return false;
}

/** "recognised (opposition leader) X as interim president": the office of someone a state recognises as holding it. */
function recognisedAs(items: Item[], p: number): boolean {
  if (!isWord(items[p], "as")) return false;
  for (let k = p - 2; k >= 0 && p - k <= 5; k--) if (items[k]!.kind === "word" && /^recogni[sz]/.test((items[k] as { lower: string }).lower)) return true;
  return false;
}

// "to the Kingdom", "to the bloc": a host the text named before, by the noun for it.
const HOSTS_NAMED_BEFORE: ReadonlySet<string> = new Set(["kingdom", "republic", "sultanate", "emirate", "principality", "state", "bloc", "union", "alliance", "organisation", "organization", "grouping"]);

// ("X, foreign policy adviser to Y": a portfolio's words before an aide's title.)
const APPOSITION_WORDS: ReadonlySet<string> = new Set(["deputy", "vice", "career", "assistant", "named", "nominated", "foreign", "policy", "security", "economic", ...PARTY_WORDS]);

export const PLURAL_TITLE = /(?:ambassadors(?: extraordinary and plenipotentiary)?|envoys|high commissioners|diplomats|ministers|heads of (?:mission|state|government)|leaders|rulers|presidents|counterparts|s-designate)$/i;

// Honours written after a name: "GCMG", "KBE", "OBE", "MP", "CMG".
const POSTNOMINAL = /^(?:G?C[MV]G|[GK]C?BE|[KDOM]BE|CBE|MP|PhD|QC|KC|SC)$/;

// (Capitalised, "Decree" may be read as a name.)
const OWNED_BY_TITLE = /^(?:decrees?|orders?|resolutions?|instructions?|behalf|invitation)$/i;

const BODY_WORDS: ReadonlySet<string> = new Set(["foreign", "ministry", "government", "embassy", "office", "affairs", "of", "presidential", "press", "external", "presidency"]);

const SECRETARY_OF_BODY = /^\s+of\s+(?:the\s+)?[^,;.]{0,40}?\b(?:Council|Committee|Commission|Party|Board|Front|Movement|Secretariat)\b/;

/** The body of "of the Delegation of the European Union" at `at`, else null. */
function delegationBody(items: Item[], at: number): string | null {
  if (!isWord(items[at], "of")) return null;
  const post = skip(items, at + 1, "the");
  if (!isWord(items[post], "delegation", "mission") || !isWord(items[post + 1], "of")) return null;
  const body = items[skip(items, post + 2, "the")];
  return body?.kind === "actor" ? body.code : null;
}

// "who is", "who has been", "who served as": the verbs of a relative clause that gives a person's office.
const RELATIVE_COPULAS: ReadonlySet<string> = new Set(["is", "was", "been", "as", "became", "becomes", "remains", "remained"]);
const RELATIVE_AUXILIARIES: ReadonlySet<string> = new Set(["has", "had", "have", "now", "also", "currently", "then", "since", "serves", "served", "serving", "worked", "works", "acting", "acted", "long"]);

/** The comma before "who" when a relative clause ending at `p` opens a title ("X, who has been Y's envoy"), else -1. */
function relativeOfficeLead(items: Item[], at: number): number {
  // ("X, who is also president of Y": past an adverb after the copula.)
  const p = isWord(items[at], "also", "now", "currently", "still") ? at - 1 : at;
  if (!items[p] || items[p]!.kind !== "word" || !RELATIVE_COPULAS.has(lowerOf(items[p]!))) return -1;
  let q = p - 1;
  while (q >= 0 && q > p - 4 && items[q]!.kind === "word" && RELATIVE_AUXILIARIES.has(lowerOf(items[q]!))) q--;
  return isWord(items[q], "who") && isWord(items[q - 1], ",") ? q - 1 : -1;
}

/** Reads the officials a sentence names, with the rule that found each. */
export function findOfficials(sentence: Sentence, items: Item[]): OfficialMention[] {
  // (Every rule below starts from a title or a person; many sentences have neither, and need none of what is set up.)
  // (Empty or not, the list comes from one literal: two would give the document's lists two array shapes.)
  const out: OfficialMention[] = [];
  if (!items.some((it) => it.kind === "title" || it.kind === "person")) return out;
  const used = new Set<Item>();
  // A title followed by another ("Nigerian High Commissioner to Ghana, Ambassador X") hands its state down.
  const inherited = new Map<number, Inherited>();
  // "Nauru's President X and Foreign Minister Y": the state qualifying a leader's title qualifies the next title.
  const sharedState = new Map<number, string>();
  // "the Speaker of the Saeima X and the Minister of Economics Y": the state a title names after it, for the next one's want.
  const namedState = new Map<number, string>();
  // The titles of those an envoy serves ("Special Envoy of the President of Togo, X"): X is not the president.
  const owned = new Set<number>();

  const read: OfficialsRead = { sentence, items, out, used, inherited };

  for (let t = 0; t < items.length; t++) {
    const title = items[t]!;
    // "Norman Kirk's Government recognised…", "restored by the interim government of X": the head of that government.
    const ownerOf = title.kind === "person" && isWord(items[t + 1], "'s") && isWord(items[t + 2], "government", "administration", "cabinet");
    if (ownerOf || (title.kind === "person" && isWord(items[t - 1], "of") && isWord(items[t - 2], "government", "administration"))) {
      const office = items[ownerOf ? t + 2 : t - 2]!;
      const holder = newItem("title", office.from, office.to, office.start, office.end, office.text);
      holder.role = "head-of-government";
      holder.title = office.text;
      addOfficial(read, title, holder as TitleItem, "head-of-government", null, null, "official.possessive-government", 0.6, pastBefore(items, t));
      continue;
    }
    if (title.kind !== "title" || owned.has(t)) continue;
    const before = items[t - 1];
    // "ACI President X", "Bank Director Y": an organisation's officer, not the state's.
    // ("H.E. President X": an honorific in capitals is no organisation's acronym.)
    const organisation = before?.kind === "person" || before?.kind === "city" || (before?.kind === "word" && /^[A-Z][A-Z&.]+$/.test(before.text) && !isHonorific(before.text));
    // (Each of the title's shapes is read once: the checks below ask them again and again.)
    const shape = shapeOf(title.title);
    const shared = (shape & SHAPE_SHARED) !== 0;
    if (shared && organisation && title.start - before!.end <= 1) continue;
    // "President and CEO of the Foundation", "President of the University": an organisation's officer.
    if (shared && ((isWord(items[t + 1], "and") && items[t + 2]?.kind !== "title") || (isWord(items[t + 1], "of") && organisationAt(items, skip(items, t + 2, "the")) && !portfolioAfterOf(items, t + 2)))) continue;
    // "X, leader of the Danish far-right Hard Line party": a party's officer, whatever state its demonym names.
    if (shared && isWord(items[t + 1], "of") && partyAt(items, skip(items, t + 2, "the"))) continue;
    // "an ambassador to help young players", "brand ambassador for a club": a promotional role.
    if (shape & SHAPE_AMBASSADOR && ((isWord(items[t + 1], "to") && items[t + 2]?.kind === "word" && isLowerLetters(lowerOf(items[t + 2])) && lowerOf(items[t + 2]) !== "the") || (isWord(items[t + 1], "for") && items[skip(items, t + 2, "the")]?.kind !== "actor" && !stateOwned(items, t)))) continue;
    const inh = inherited.get(t);
    const plural = PLURAL_TITLE.test(title.text);
    // "the two leaders watched their foreign ministers, A and B": "their" over two sides names no one state for all.
    const theirPair = plural && isWord(items[t - 1], "their") ? pairBefore(items, t - 1) : [];
    const qualifier = plural && isWord(items[t - 1], "their") && theirPair.length === 0 ? null : actorBefore(items, t);
    const told = qualifier ?? inh?.country ?? sharedState.get(t);
    // ("At Bure, on the Ethiopian side, President X crossed over": a side may be a place, so its state is one the dated
    // dictionary may correct, as a carried one is.)
    const side = told ? null : sideBefore(items, t);
    let country = told ?? side;
    const carried = !qualifier && !inh?.country && (sharedState.has(t) || side !== null);
    const stateFromContext = country ? undefined : contextBefore(items, t);
    let accreditedTo: string | null = inh?.accreditedTo ?? null;
    let role: Role = inh && rank(inh.role) < rank(title.role) ? inh.role : title.role;
    let former = Boolean(title.former) || pastBefore(items, t) || Boolean(inh?.former);
    const envoy = isEnvoyRole(role) || (shape & SHAPE_DIPLOMAT) !== 0;
    const listCountries: string[] = [];
    // "Ukraine and Kazakhstan … their foreign ministers, A and B": the states in order, one for each name.
    if (plural && isWord(items[t - 1], "their")) listCountries.push(...theirPair);
    // "his Chinese and South Korean counterparts, A and B": the states written before the title, in order.
    else if (plural) listCountries.push(...listedBefore(items, t));
    // After the title: "of [the Republic of] A [and B]", "to B", "in B", "for Consular Affairs".
    let k = t + 1;
    for (let guard = 0; guard < 4 && k < items.length; guard++) {
      const w = items[k]!;
      let next = skip(items, k + 1, "the");
      // "of the regional Duma": a few lower-case words before the body.
      if (isWord(w, "of") && items[next]?.kind !== "actor") {
        let q = next;
        // (Words written in lower case: not "of the Republic Santiago Peña", whose capital opens the holder's name.)
        while (q < next + 2 && items[q]?.kind === "word" && isLowerLetters(items[q]!.text)) q++;
        if (items[q]?.kind === "actor") next = q;
      }
      // ("Head of the Kingston-based Delegation of the European Union": past where the post is based.)
      if (isWord(w, "of")) next = pastBased(items, next);
      const target = items[next];
      const ownerAt = envoy && isWord(w, "of") ? ownerTitleAt(items, next) : -1;
      if (ownerAt >= 0) {
        // "Special Envoy of the President of Togo, X", "special envoy of the Togolese president, X": the envoy of another
        // office's holder serves that holder's state, and the holder's title names no one after it.
        owned.add(ownerAt);
        let state = items[ownerAt - 1]?.kind === "actor" ? (items[ownerAt - 1] as { code: string }).code : null;
        k = ownerAt + 1;
        const ofAt = isWord(items[k], "of") ? skip(items, k + 1, "the") : -1;
        if (ofAt >= 0 && items[ofAt]?.kind === "actor") {
          state ??= (items[ofAt] as { code: string }).code;
          k = ofAt + 1;
        }
        // ("Special Envoy of the Secretary-General for Yemen": the UN's, unless another body is named.)
        state ??= /^secretary[- ]general$/i.test((items[ownerAt] as TitleItem).title) ? "UN" : null;
        if (state && !country) country = state;
        else if (state) accreditedTo ??= state;
      } else if (isWord(w, "of") && !envoy && bodyOfState(items, k + 1) > 0) {
        // "Principal Secretary of the State Department for Foreign Affairs of the Republic of Kenya Dr. X": an officer of
        // a state's ministry, the state after the ministry's name, then the name.
        const at = bodyOfState(items, k + 1);
        country ??= (items[at] as { code: string }).code;
        k = at + 1;
      } else if (envoy && isWord(w, "based", "resident", "stationed") && isWord(items[k + 1], "in") && (items[k + 2]?.kind === "city" || items[k + 2]?.kind === "actor")) {
        // ("a non-resident ambassador based in Tbilisi, X": where the envoy sits, no state of theirs nor their host.)
        k += 3;
      } else if (isWord(w, "of") && portfolioAfterOf(items, k + 1) > 0) {
        // "the Director General of American and European Affairs, X": a portfolio; its demonyms name no state of X's.
        k = portfolioAfterOf(items, k + 1);
      } else if ((isWord(w, "of") || (isWord(w, "from") && shape & SHAPE_COUNTERPART) || (isWord(w, "for") && shape & SHAPE_SPOKES)) && target?.kind === "actor") {
        if (!country) country = target.code;
        else accreditedTo ??= target.code;
        listCountries.push(target.code);
        k = next + 1;
        // "Foreign ministers of Azerbaijan and Turkey X and Y".
        while (isWord(items[k], "and", ",") && items[skip(items, k + 1, "the")]?.kind === "actor") {
          const more = skip(items, k + 1, "the");
          listCountries.push((items[more] as { code: string }).code);
          k = more + 1;
        }
      } else if (isWord(w, "delegation", "embassy", "mission") && items[k - 1]?.kind === "actor" && country === (items[k - 1] as { code: string }).code && /^head$/i.test(title.title)) {
        // "The Head of the EU Delegation in Podgorica, Ambassador X": the post after its body, and its town, then the chain.
        k += isWord(items[k + 1], "in") && (items[k + 2]?.kind === "city" || items[k + 2]?.kind === "actor") ? 3 : 1;
      } else if (isWord(w, "'s") && items[k - 1]?.kind === "actor" && country) {
        // "the spokesperson of Sudan's foreign ministry, X": the body of the state, then the name.
        let q = k + 1;
        while (q < k + 6 && items[q]?.kind === "word" && BODY_WORDS.has(lowerOf(items[q]))) q++;
        if (q === k + 1) break;
        k = q;
      } else if (isWord(w, ",") && k === t + 1 && portfolioListEnd(items, k, title.text) > 0) {
        // "Minister for Industry, Business and Financial Affairs X": the title's portfolios go on past a comma.
        k = portfolioListEnd(items, k, title.text);
        if (items[k - 1]?.kind === "actor") country ??= (items[k - 1] as { code: string }).code;
      } else if (isWord(w, "(") && items[k + 1]?.kind === "actor" && isWord(items[k + 2], ")")) {
        // "of the Republic of China (Taiwan), X": a state named again in brackets.
        k += 3;
      } else if (isWord(w, "of") && TOWN_OFFICE.test(title.title) && townAt(items, next) >= 0) {
        // "X, Mayor of the City of São Paulo", "Governor of Cusco": the town's own officer serves the town's state.
        const town = townAt(items, next);
        country ??= (items[town] as CityItem).city.country;
        k = town + 1;
      } else if (isWord(w, "of") && (target?.kind === "city" || target?.kind === "person") && isRegionNoun(items[next + 1]) && isWord(items[next + 2], "of")) {
        // "Governor of Astrakhan region of Russia X": a province, then its state.
        k = next + 2;
      } else if (envoy && isWord(w, "accredited") && isWord(items[k + 1], "to", "in") && items[skip(items, k + 2, "the")]?.kind === "actor") {
        // "its ambassador accredited to Chile, X": the host named after "accredited", then the name.
        const host = skip(items, k + 2, "the");
        accreditedTo = (items[host] as { code: string }).code;
        k = pastListedStates(items, host + 1);
      } else if (isWord(w, "to", "in") && target?.kind === "actor" && role !== "head-of-state" && role !== "head-of-government") {
        if (envoy || isWord(w, "to")) accreditedTo = target.code;
        else country ??= target.code;
        k = next + 1;
        // "Apostolic Nuncio in Kenya and South Sudan His Excellency X": an envoy's further accreditations before the name.
        if (envoy) k = pastListedStates(items, k);
      } else if (isWord(w, "at") && target?.kind === "actor" && isWord(items[next + (isWord(items[next + 1], "'s") ? 2 : 1)], "embassy", "consulate", "mission", "legation") && !accreditedTo) {
        // "X, a counselor at the Cuban embassy": the post's state.
        // ("X, first counsellor at Peru's embassy in Quito": so too after a possessive.)
        country ??= target.code;
        k = next + (isWord(items[next + 1], "'s") ? 3 : 2);
      } else if (isWord(w, "of") && isWord(items[next], "capital", "city", "country", "republic", "nation") && (items[next + 1]?.kind === "person" || opensNameWithPlace(items, next + 1) || (isWord(items[next + 1], ",") && items[skipHonorifics(items, next + 2)]?.kind === "person"))) {
        // "the mayor of the capital, X", "the President of the Republic, X": a place the text named before; the name after.
        // ("President of the Republic Santiago Peña": a capital's name opening the holder's name is a given name.)
        // ("the President of the Republic, His Excellency X": past the honorifics.)
        k = next + 1;
      } else if (isWord(w, "of") && (target?.kind === "title" || isWord(target, "delegation", "embassy", "mission", "consulate", "office")) && isWord(items[next + 1], "of") && items[skip(items, next + 2, "the")]?.kind === "actor") {
        // "Special Envoy of the Secretary-General of the United Nations for Yemen": the office of that body's officer.
        // ("the Head of the Delegation of the European Commission, Ambassador X": so the post's state or body.)
        const body = skip(items, next + 2, "the");
        country ??= (items[body] as { code: string }).code;
        k = body + 1;
      } else if (isWord(w, "to", "in") && target?.kind === "city" && envoy) {
        accreditedTo = target.city.country;
        k = next + 1;
      } else if (envoy && isWord(w, "to") && HOSTS_NAMED_BEFORE.has(lowerOf(items[next])) && next > k + 1 && (items[next + 1]?.kind === "person" || (isWord(items[next + 1], ",") && items[skipHonorifics(items, next + 2)]?.kind === "person"))) {
        // "the Ambassador of Lebanon to the Kingdom, H.E. Mr. X": a host the text named before, the name after.
        // ("Nicaragua's ambassador to the bloc, X": so too an organisation.)
        k = next + 1;
      } else if (isWord(w, "and") && k === t + 1 && /affairs$/i.test(title.title) && portfolioTailEnd(items, k + 1) > 0) {
        // "The Minister of Foreign Affairs and Emigrants, H.E. X", "… and International Cooperation, X": the ministry's
        // further portfolio, then the name.
        const comma = portfolioTailEnd(items, k + 1);
        const state = items[comma - 1];
        if (state?.kind === "actor") country ??= state.code;
        k = comma;
      } else if (isWord(w, "for") && !country && /^high commissioner$/i.test(title.title) && items[styledState(items, next)]?.kind === "actor") {
        // "X, High Commissioner for the Republic of A": in Commonwealth usage, the head of A's high commission (not a
        // special envoy's brief, "Special Envoy for Yemen").
        const at = styledState(items, next);
        country = (items[at] as { code: string }).code;
        k = at + 1;
      } else if (isWord(w, "for") && next < items.length) {
        // "Deputy Minister of Foreign Affairs for Consular Affairs X": a portfolio phrase of capitalised words.
        // ("special envoy for the Horn of Africa, X": a region's name after "the", its "of" between capitalised words.)
        const region = isWord(items[k + 1], "the") && (isCapWord(items[k + 2]) || items[k + 2]?.kind === "actor") && /^\p{Lu}/u.test(items[k + 2]!.text);
        const from = region ? k + 2 : k + 1;
        let q = from;
        let demonym: string | null = null;
        // ("for Latin America and the Caribbean": an article after "and" goes on; "… for African Affairs X and Tanzania's
        // Minister": a name, then another state's official, ends it.)
        // ("Commissioner for Justice, Freedom and Security": a comma between portfolios, when an "and" closes their list.)
        while (q < k + 9 && q < items.length && (items[q]!.kind === "actor" || (region && isWord(items[q], "of") && q > from && (isCapWord(items[q + 1]) || items[q + 1]?.kind === "actor")) || items[q]!.kind === "person" || (items[q]!.kind === "word" && (items[q] as { cap: boolean }).cap && /^[a-z]/i.test(items[q]!.text)) || (isWord(items[q], "and") && !(items[q - 1]!.kind === "person" && (items[q + 1]?.kind === "actor" || items[q + 1]?.kind === "title"))) || (isWord(items[q], "the") && isWord(items[q - 1], "and")) || (q > k + 1 && isWord(items[q], ",") && isCapWord(items[q + 1]) && isWord(items[q + 2], "and") && isCapWord(items[q + 3])))) {
          const it = items[q]!;
          if (it.kind === "actor" && it.via === "demonym") demonym ??= it.code;
          q++;
        }
        // "deputy foreign minister for consular affairs, X": a portfolio in lower case, then the name after a comma.
        if (q === from) {
          let r = k + 1;
          // ("special envoy for counterterrorism and mediation in conflict resolution, X": a few more, with no verb or article.)
          // ("special envoy for relations with Russia, X": a state the portfolio names after a preposition.)
          // ("the EU's envoy for the dialogue, X": "the" too, after a title a state owns.)
          while (r < k + 9 && ((items[r]?.kind === "word" && isLowerLetters(items[r]!.text) && !(r === k + 1 && isWord(items[r], "the") && !stateOwned(items, t)) && !isWord(items[r], "a", "an", "that", "which", "who", "said", "says") && !isWord(items[r], "is", "was", "will", "has", "had", "would")) || (items[r]?.kind === "actor" && r > k + 2 && isWord(items[r - 1], "with", "in", "on", "to")))) r++;
          if (r > k + 1 && isWord(items[r], ",") && items[r + 1]?.kind === "person") q = r;
        }
        // ("the EU's envoy for the Belgrade-Pristina dialogue, X": a noun in lower case closing the capitalised words.)
        if (q > from && stateOwned(items, t)) {
          let r = q;
          while (r < q + 3 && items[r]?.kind === "word" && isLowerLetters(items[r]!.text) && !isWord(items[r], "and", "who", "which", "that", "said", "says", "is", "was")) r++;
          if (r > q && isWord(items[r], ",") && items[r + 1]?.kind === "person") q = r;
        }
        if (q === k + 1 || q === from) break;
        // The person's name is the last capitalised run; the phrase stops before it.
        // (Not the last of a list the comma closes: "for Trade, Energy and Transport, on Monday".)
        // (Nor a run a portfolio noun in lower case closes: "for Western Hemisphere affairs, who led …".)
        if (isWord(items[q], "affairs", "issues", "matters", "relations", "policy", "cooperation", "negotiations")) q++;
        else if (items[q - 1]!.kind === "person" && q - 1 > from && !(isWord(items[q - 2], "and") && isWord(items[q], ","))) q--;
        if (demonym) {
          if (envoy) accreditedTo ??= demonym;
          else country ??= demonym;
        }
        // "Special Envoy for Yemen": the state an envoy is for is not the one they serve.
        const forState = items.slice(k + 1, q).find((it) => it.kind === "actor");
        if (envoy && !demonym && forState?.kind === "actor") accreditedTo ??= forState.code;
        // ("the EU's envoy for the dialogue", "the UN envoy for Syria": an envoy for a brief or a crisis, not to a state, is a
        // special envoy.)
        if (role === "ambassador" && /^envoy$/i.test(title.title)) role = "envoy";
        k = q;
      } else break;
    }
    country ??= namedState.get(t) ?? null;
    // "secretary of Iran's Supreme National Security Council": the officer of a body, not a minister.
    if (shape & SHAPE_SECRETARY && SECRETARY_OF_BODY.test(sentence.text.slice(title.end - sentence.start, title.end - sentence.start + 80))) role = "official";
    // "the island's top diplomat in Washington": the head of a post abroad, not the minister.
    if (role === "foreign-minister" && shape & SHAPE_DIPLOMAT && accreditedTo) role = "ambassador";
    // "his Israeli counterpart at the time, X": the office then held, the name after it.
    if (isWord(items[k], "at") && isWord(items[k + 1], "the") && isWord(items[k + 2], "time") && isWord(items[k + 3], ",")) {
      k += 3;
      former = true;
    }
    // ("In his talks with the Argentine ambassador, President X observed …": the comma closes an opening phrase, and the
    // name after it is the subject's, of neither the title nor a chain.)
    const opening = closesOpening(items, k);
    // The name follows the title: "Foreign Minister Jeyhun Bayramov", "Foreign Minister of Azerbaijan, Jeyhun Bayramov".
    const n0 = pastOccupation(items, k, skipHonorifics(items, k));
    // ("Iran's deputy foreign minister and chief nuclear negotiator, X": a second office in plain words, then the name.)
    // ("The spokesman was Charles E. Redman.": so is a name closing the sentence after "the" title and "was".)
    const heldBy = n0 === k && isWord(items[k], "was", "is") && isWord(items[t - 1], "the") && items[k + 1]?.kind === "person" && (k + 2 === items.length || isWord(items[k + 2], "."));
    const n = heldBy ? k + 1 : n0 === k && isWord(items[k], "and") ? (describedAfterAnd(items, k) ?? n0) : n0;
    const gapOk = (i: number) => items[i]!.start - items[k - 1]!.end < 60;
    // Another title follows: "Chad's Permanent Representative to the UN, Ambassador X"; "Governor General and Commander-in-Chief of Canada X".
    // ("a former chief of staff to United Nations Secretary-General X": a state or body right before the next title is its
    // own, and X is another's officer, not the holder of a chain.)
    // ("X, special envoy of Nigerian President Y": so too an envoy's master named after "of" and a state.)
    const ownedNext = n === k && items[k - 1]?.kind === "actor" && ((!envoy && isWord(items[k - 2], "to")) || (envoy && isWord(items[isWord(items[k - 2], "the") ? k - 3 : k - 2], "of") && items[k]?.kind === "title" && !isEnvoyRole((items[k] as TitleItem).role)));
    // ("the Foreign Minister and Ambassador X": an envoy's title joined to a minister's by "and" is another person's.)
    const andTitle = isWord(items[n], "and") && items[n + 1]?.kind === "title" && !plural && isEnvoyRole((items[n + 1] as TitleItem).role) === isEnvoyRole(role);
    const chained = ownedNext || opening ? -1 : items[n]?.kind === "title" ? n : andTitle ? n + 1 : -1;
    // (Only when a name follows the chain: "X, Crown Prince of Abu Dhabi and Deputy Supreme Commander of …" is X's.)
    let named0 = chained + 1;
    if (isWord(items[named0], "of") && items[skip(items, named0 + 1, "the")]?.kind === "actor") named0 = skip(items, named0 + 1, "the") + 1;
    if (isWord(items[named0], ",")) named0++;
    const chainNamed = chained >= 0 && items[skipHonorifics(items, named0)]?.kind === "person";
    if (chained >= 0 && chainNamed && gapOk(chained) && !(shapeOf((items[chained] as TitleItem).title) & SHAPE_COUNTERPART)) {
      const counterpart = (shape & SHAPE_COUNTERPART) !== 0 || Boolean(inh?.counterpart);
      inherited.set(chained, { country, accreditedTo, role: counterpart ? (items[chained] as TitleItem).role : role, former, counterpart });
      continue;
    }
    // ("X, Crown Prince and Prime Minister,": with no name after the chain, the higher of the two offices is X's.)
    // (Not one an officer serves: "diplomatic adviser to the UAE president" advises the president.)
    const servesNext = chained >= 0 && items[chained - 1]?.kind === "actor" && (isWord(items[chained - 2], "to") || (isWord(items[chained - 2], "the") && isWord(items[chained - 3], "to")));
    if (chained >= 0 && !chainNamed && !servesNext && rank((items[chained] as TitleItem).role) < rank(role)) role = (items[chained] as TitleItem).role;
    // ("By Decree of the Head of State, X has been appointed …": a title owning a document names no one after a comma.)
    const ofAt = isWord(items[t - 1], "the") ? t - 2 : t - 1;
    const owner = isWord(items[n - 1], ",") && isWord(items[ofAt], "of") && OWNED_BY_TITLE.test(items[ofAt - 1]?.text ?? "");
    const named = owner || opening ? null : (asPerson(items, n) ?? placeFirstName(items, n));
    // ("accompanied by H.E. Ms. A, Minister for Foreign Affairs of Mongolia, H.E. Mr. B, Minister of Mining, …": in a list
    // of names each with its title after, the title is the name's before it, not the next name's.)
    // (Only with a comma before the next name too: "A, Minister of Foreign Affairs Mevlüt Çavuşoğlu, Minister of Economy B" titles the name after.)
    const listed = named !== null && isWord(items[t - 1], ",") && asPerson(items, t - 2) !== null && isWord(items[n + 1], ",") && items[n + 2]?.kind === "title" && items.slice(k, n).some((it) => isWord(it, ","));
    if (named && gapOk(n) && !listed) {
      const first = addOfficial(read, named, title, role, plural && listCountries.length > 1 ? listCountries[0]! : country, accreditedTo, "official.title-name", 0.9, former, stateFromContext);
      if (carried && first && first.country === (side ?? sharedState.get(t))) first.stateShared = true;
      // (Only a leader's: "Ecuador's Vice Minister X and Foreign Affairs Principal Secretary Y" may be two states'.)
      // (So too any two who act together towards a third named after "with": "Philippine Foreign Affairs Secretary A and
      // Labor Secretary B signed the memorandum with Kuwait's Foreign Minister".)
      if (qualifier && !plural && (role === "head-of-state" || role === "head-of-government" || withOtherAfter(items, n + 2)) && isWord(items[n + 1], "and") && items[n + 2]?.kind === "title" && !actorBefore(items, n + 2)) sharedState.set(n + 2, qualifier);
      // ("The EU's foreign policy chief, X, and Commissioner Y": a body's officers named together are both its own.)
      const bodyAnd = isWord(items[n + 1], ",") && isWord(items[n + 2], "and") ? n + 3 : n + 2;
      const bodyNext = isCapWord(items[bodyAnd]) && items[bodyAnd + 1]?.kind === "title" ? bodyAnd + 1 : bodyAnd;
      if (qualifier && ORGANISATIONS.has(qualifier) && !plural && isWord(items[bodyAnd - 1], "and") && items[bodyNext]?.kind === "title" && !actorBefore(items, bodyNext)) sharedState.set(bodyNext, qualifier);
      // ("the Speaker of the Saeima X and the Minister of Economics Y": so too a state the first title names after "of".)
      const nextTitle = isWord(items[n + 2], "the") ? n + 3 : n + 2;
      // (Only where the next title names no state after it either: "… and the Minister of Foreign Affairs of B Y".)
      if (!qualifier && country && listCountries.length === 1 && !plural && isWord(items[n + 1], "and") && items[nextTitle]?.kind === "title" && !actorBefore(items, nextTitle)) namedState.set(nextTitle, country);
      // "President Anote Tong of Kiribati": the state after the name.
      if (first && !first.country && isWord(items[n + 1], "of") && items[skip(items, n + 2, "the")]?.kind === "actor") {
        first.country = (items[skip(items, n + 2, "the")] as { code: string }).code;
      }
      // ("First Secretary A and Attaché B of the Russian embassy in Chisinau": the post's sender, for both.)
      if (first && !first.country) first.country = postOfAfter(items, n);
      // "Heads of state A and B", "Ambassadors A, B and C".
      if (plural && first) {
        const members = [first];
        let q = n + 1;
        for (let guard = 0; guard < 12; guard++) {
          // "Ambassadors A of Sweden, B of India and C of Liberia": each member's state after the name.
          const stateAt = isWord(items[q], "of", "from") ? skip(items, q + 1, "the") : -1;
          if (stateAt >= 0 && items[stateAt]?.kind === "actor") {
            members.at(-1)!.country ??= (items[stateAt] as { code: string }).code;
            q = stateAt + 1;
          }
          let r = skipHonorifics(items, skip(items, q, ",", "and"));
          // "the ambassadors of Japan, A, and of Chile, B": each member's state before the name.
          let stateBefore: string | null = null;
          const ofState = isWord(items[r], "of", "from") ? skip(items, r + 1, "the") : -1;
          // ("the ambassadors of Latvia, A, and Mongolia, B": the later states without their "of".)
          const namedAt = ofState >= 0 ? ofState : listCountries.length && items[r]?.kind === "actor" ? r : -1;
          if (namedAt >= 0 && items[namedAt]?.kind === "actor" && isWord(items[namedAt + 1], ",")) {
            stateBefore = (items[namedAt] as { code: string }).code;
            r = skipHonorifics(items, namedAt + 2);
          }
          const person = asPerson(items, r);
          if (!person || r === q) break;
          const m = addOfficial(read, person, title, role, stateBefore ?? (listCountries.length > members.length ? listCountries[members.length]! : listCountries.length > 1 ? null : country), accreditedTo, "official.title-name", 0.85, former);
          if (m) members.push(m);
          q = r + 1;
        }
        if (members.length > 1) for (const m of members) m.peers = members.filter((o) => o !== m).map((o) => o.name);
      }
      continue;
    }
    // Or precedes it in apposition: "Jeyhun Bayramov, the foreign minister of Azerbaijan".
    // ("Prince X, Crown Prince and Prime Minister": past the title this one is chained to.)
    // (And a body of the state's before the possessive: "X, the Russian Foreign Ministry's spokeswoman".)
    // (And a capital's possessive the mentions read as a city: "approved X as Washington's new ambassador".)
    let p = inh && isWord(items[t - 1], "and") && items[t - 2]?.kind === "title" ? t - 3 : t - 1;
    // ("Kim, Yoon's national security adviser": so too a leader's possessive, whose state officerOf gives.)
    while (p >= 0 && ((items[p]!.kind === "word" && (MODIFIERS.has(lowerOf(items[p])) || APPOSITION_WORDS.has(lowerOf(items[p])) || (STATE_NOUNS.has(lowerOf(items[p])) || MISSION_NOUNS.has(lowerOf(items[p]))) && isWord(items[p + 1], "'s")) || (GOVERNMENT_BODY.has(lowerOf(items[p])) && (isWord(items[p + 1], "'s") || GOVERNMENT_BODY.has(lowerOf(items[p + 1]))))) || items[p]!.kind === "actor" || (items[p]!.kind === "city" && isWord(items[p + 1], "'s")) || isWord(items[p], "'s") || (items[p]!.kind === "person" && isWord(items[p + 1], "'s") && isWord(items[p - 1], ",")) || (isCapWord(items[p]) && STATE_NOUNS.has(lowerOf(items[p + 1])) && isWord(items[p + 2], "'s")))) p--;
    // ("Sir X, GCMG, Governor-General of Y": honours after a name stand between it and the title.)
    if (isWord(items[p], ",") && isWord(items[p - 2], ",") && items[p - 1]?.kind === "word" && POSTNOMINAL.test((items[p - 1] as { text: string }).text)) p -= 2;
    // ("X, who has been acting high commissioner there, was told to return": a relative clause telling the office.)
    // (Not a bare "ambassador" with no state: a goodwill or school ambassador.)
    const relative = country || accreditedTo || title.title.toLowerCase() !== "ambassador" ? relativeOfficeLead(items, p) : -1;
    if (relative >= 0) p = relative;
    const appositive = asPerson(items, p - 1, true);
    // (A place read as a name is no person after "in": "in Baku, the capital"; a person after "from" is: "a call from X, Foreign Minister of Y".)
    // (Nor is one name in apposition to a plural title: "On arrival at Bangabhaban, the envoys were received".)
    // (Nor a title that opens the next clause: "At a ceremony attended by Prime Minister X, the President raised the flag".)
    if (isWord(items[p], ",", "(", "–", "—") && appositive && !(p - 2 >= 0 && isWord(items[p - 2], "in", "at", "to", "from") && items[p - 1]!.kind !== "person") && !PLURAL_TITLE.test((items[t] as { text: string }).text) && !(isWord(items[p], ",") && relative < 0 && CLAUSE_VERB_AFTER.test(sentence.text.slice(title.end - sentence.start, title.end - sentence.start + 24)))) {
      // ("X, the Chilean president's adviser": a title in the possessive is another's, whose state X serves in some office.)
      const served = isWord(items[t + 1], "'s", "’s");
      // ("Chile's X, the president's adviser": the state's possessive before the name, when the title names none.)
      const owner = !country && isWord(items[p - 2], "'s", "’s") ? items[p - 3] : undefined;
      // ("X, diplomatic adviser to the UAE president": an officer to a state's leader serves that state.)
      const to = isWord(items[t + 1], "to") ? skip(items, t + 2, "the") : -1;
      const leaderOf = !country && !isEnvoyRole(role) && to > 0 && items[to]?.kind === "actor" && items[to + 1]?.kind === "title" ? (items[to] as { code: string }).code : null;
      // ("X, Ambassador and Head of the Delegation of the European Union to B": the body whose post the chained title heads.)
      const headed = !country && isWord(items[t + 1], "and") && items[t + 2]?.kind === "title" ? delegationBody(items, t + 3) : null;
      const state = owner?.kind === "actor" && owner.via !== "capital" ? owner.code : (leaderOf ?? headed ?? country);
      // ("X, the UN Secretary-General's special representative": the office after the possessive is X's own.)
      const ownTitle = served && items[t + 2]?.kind === "title" ? (items[t + 2] as TitleItem) : undefined;
      if (ownTitle) owned.add(t + 2);
      addOfficial(read, appositive, ownTitle ?? title, ownTitle ? ownTitle.role : served ? "official" : role, state, served ? null : accreditedTo, "official.name-apposition", 0.85, former, stateFromContext);
      continue;
    }
    // ("X, the politician whom Y had appointed ambassador to B": the object of "whom", not the one who appointed them.)
    if (isEnvoyRole(role) && isWord(items[t - 1], "appointed", "named", "nominated")) {
      const appointee = whomBefore(items, t - 1);
      if (appointee) {
        addOfficial(read, appointee, title, role, country, accreditedTo, "official.whom-appointed", 0.7, former, stateFromContext);
        continue;
      }
    }
    // ("A decree appointed X ambassador to B", "Egypt named X ambassador extraordinary and plenipotentiary to B": the
    // verb's object, the office right after it.)
    const object = isEnvoyRole(role) && isWord(items[t - 2], "appointed", "named", "nominated", "designated", "appoints", "names", "nominates") ? asPerson(items, t - 1) : null;
    if (object) {
      addOfficial(read, object, title, role, country, accreditedTo, "official.object-title", 0.75, former, stateFromContext);
      continue;
    }
    // Or is the subject's office: "X took over from Y as the island's top diplomat", "nominated X to be Ambassador to B".
    // Only with a state or post named: "as ambassador at a school" is no office.
    // "Berg was Norwegian Ambassador to Peru": with a bare copula, only the name right before it.
    // ("X has been appointed Ambassador of A to B": past the perfect's "has been" too.)
    const perfect = isWord(items[p], "been") && isWord(items[p - 1], "has", "have", "had");
    const copula = isWord(items[p], "was", "is") || perfect;
    // ("X, a career diplomat who headed the Europe division, was appointed ambassador to B": past an aside before the copula.)
    const beforeCopula = perfect ? p - 2 : p - 1;
    const copulaAside = isWord(items[p], "was", "is") || perfect ? (isWord(items[beforeCopula], ",") ? lastCommaBefore(items, beforeCopula) : -1) : -1;
    const subjectAt = copulaAside > 0 && asPerson(items, copulaAside - 1) ? copulaAside - 1 : beforeCopula;
    // ("X, a career diplomat, to run the embassy as chargé d'affaires", "opened an embassy …, with X serving as chargé
    // d'affaires": an office only a post has, named with the post; the post is the clause's state's.)
    const postHead = !country && !accreditedTo && role === "charge-d-affaires" && isWord(items[p], "as") && items.some((it, i) => i < p && it.kind === "word" && MISSION_NOUNS.has(it.lower));
    // ("arrived in the Emirati capital to head the embassy as chargé d'affaires": not the state the head arrives in.)
    if (postHead) country = subjectActor(items, p, false, true);
    // ("named his former adviser, X, as special envoy": an office a leader names someone to.)
    // ("X, sent by President Y as his special envoy": so too one a leader sends.)
    const namedEnvoy = role === "envoy" && isWord(items[p], "as") && items.some((it, i) => i < p && isWord(it, "named", "appointed", "nominated", "designated", "sent", "dispatched"));
    // ("X, who served as chargé d'affaires, had been …": an office only a post has; the post's state is the story's.)
    // ("will continue to serve as chargé d'affaires ad interim": so too the infinitive.)
    const servedPost = role === "charge-d-affaires" && isWord(items[p], "as") && isWord(items[p - 1], "served", "serves", "serving", "serve");
    // ("accused X of acting as Tokyo's spokesman": a charge, no office.)
    // ("recognised opposition leader X as interim president": an office claimed and recognised by others, not held.)
    const charged = (isWord(items[p], "as") && isWord(items[p - 1], "acting", "being", "posing", "behaving") && isWord(items[p - 2], "of")) || electedNext(items, p) || recognisedAs(items, p);
    if (!charged && (copula ? asPerson(items, subjectAt) : isWord(items[p], "as", "be", "become", "becomes", "became", "becoming")) && (!envoy || country || accreditedTo || stateFromContext || postHead || namedEnvoy || servedPost)) {
      // ("X, the Nobel laureate who as secretary of state …": the head of the apposition "who" hangs on, before its comma.)
      const relativeAs = isWord(items[p - 1], "who");
      // ("the appointment of X, currently Undersecretary of the ministry's Africa Division, as ambassador": the one named
      // before the aside, not a capitalised word inside it.)
      const asideOpen = !copula && isWord(items[p - 1], ",") ? lastCommaBefore(items, p - 1) : -1;
      // (An aside with commas of its own: "the appointment of X, who headed the Ministry of Foreign Affairs, Cooperation
      // and Regional Integration, as ambassador": the one named after "appointment of", right before the aside.)
      const appointed = !copula && isWord(items[p - 1], ",") ? appointedBeforeAside(items, p - 1) : -1;
      const from = appointed >= 0 ? appointed : asideOpen > 0 && asPerson(items, asideOpen - 1) ? asideOpen - 1 : subjectAt;
      // ("handed his letters to Emir X, he became the first Saudi ambassador": a pronoun is the subject, not the name before it.)
      // ("When Prince X handed his letters to Emir Y, he became the first Saudi ambassador": the subject of the clause of
      // time the sentence opens with.)
      if (!copula && isWord(items[p - 1], "he", "she") && isWord(items[p - 2], ",")) {
        const first = isWord(items[0], "when", "after", "once") ? items.findIndex((_, k) => k > 0 && k <= 3 && asPerson(items, k) != null) : -1;
        if (first > 0) addOfficial(read, asPerson(items, first)!, title, role, country, accreditedTo, "official.as-title", 0.6, former, stateFromContext);
        continue;
      }
      for (let q = from; q >= (copula ? subjectAt : 0); q--) {
        const person = asPerson(items, q);
        // ("X, a retired officer whom Mahama appointed as his special envoy": the subject of "whom" is not the one named.)
        if (!person || (relativeAs && !isWord(items[q + 1], ",")) || isWord(items[q - 1], "whom")) continue;
        // ("X, the owner of the New York Jets, took up his post as envoy": a name closing an aside on the subject is not it.)
        if (!copula && isWord(items[q + 1], ",") && asideOnPerson(items, q)) continue;
        // ("approved the nomination of X as ambassador": the nominee, after "of".)
        // ("granted agrément to X as ambassador": the one it is granted to.)
        const granted = isWord(items[q - 1], "to") && isWord(items[q - 2], "agrément", "agrement", "agreement", "exequatur", "approval", "consent");
        // ("granted agrément on Monday to X, who is to become its ambassador": a relative clause's subject is its own.)
        // ("led by X, the Honduran-born pharmacologist whom the government named as its ambassador": the object of "whom".)
        // ("and Y, a former county executive, who goes to Lima as ambassador": past an apposition to the "who".)
        const relative = isWord(items[q + 1], ",") && (isWord(items[q + 2], "who") || relativeAfterAside(items, q + 2, p));
        // ("with X serving as chargé d'affaires": the participle's subject.)
        // ("The government of X, with Y as foreign minister, …": so too "with" a name right before "as".)
        const serving = isWord(items[q - 1], "with") && (isWord(items[p - 1], "serving", "acting") || (q === p - 1 && isWord(items[p], "as")));
        // ("The embassy reopened, and X became the first British ambassador": an "and" opening a clause, or before the
        // subject of "became", joins no list the person is in.)
        const clauseAnd = isWord(items[q - 1], "and") && (isWord(items[q - 2], ",") || isWord(items[p], "became", "becomes"));
        // ("presented his credentials to King X in 2021, becoming the first ambassador": past the object's own title.)
        const cueAt = items[q - 1]?.kind === "title" ? q - 2 : q - 1;
        if (NOT_SUBJECT_CUE.has(lowerOf(items[cueAt])) && !isWord(items[p], "be") && !granted && !relative && !serving && !clauseAnd && !appointmentOf(items, q)) continue;
        // ("Minister X said, a day after Riyadh named its ambassador to Jordan as its first envoy": a verb of naming between
        // the person and "as" whose object is no one named; X did not name himself.)
        // (Not a passive one: "X, a former minister sent by President Y as his special envoy".)
        if (!copula && namingBetween(items, q + 1, p)) break;
        // ("X, sent by President Y as his special envoy": the one sent, not the titled agent after "by".)
        if (isWord(items[p + 1], "his", "her", "their") && titledAfterBy(items, q)) continue;
        const added = addOfficial(read, person, title, role, country, accreditedTo, "official.as-title", 0.7, former, stateFromContext);
        // ("X would return in his capacity as Asean's special envoy": a second office beside the one X is titled with.)
        if (added && isWord(items[p - 1], "capacity")) added.capacity = true;
        break;
      }
      continue;
    }
    // "X signed with his counterpart, the Minister of Foreign Affairs in Kenya": X does not serve Kenya.
    if ((shape & SHAPE_COUNTERPART || inh?.counterpart) && country) {
      const other = [...out].reverse().find((o) => o.country !== country);
      if (other) (other.notCountries ??= []).push(country);
    }
    // Lists after a plural title: "The ambassadors are A, representing Benin; B of Zimbabwe; C, Egypt".
    if (plural) {
      for (let q = t + 1; q < items.length; q++) {
        const person = items[q];
        if (person?.kind !== "person") continue;
        // ("heads of state attended, among them Kenyan President A, Ugandan President B": a name with a title of its own
        // is that title's, and the state after its comma the next member's.)
        if (items[q - 1]?.kind === "title") continue;
        // ("a meeting of G7 foreign ministers in Charlevoix, Canada": a town after "in" or "at" is a place, no member.)
        if (isWord(items[q - 1], "in", "at", "near", "to", "from")) continue;
        // ("… were Nigeria's A, Rwanda's B and Senegal's C": a state's possessive before the name is its own, and one
        // after the name, before "'s", the next member's.)
        const owner = isWord(items[q - 1], "'s") ? items[q - 2] : undefined;
        if (owner?.kind === "actor") {
          addOfficial(read, person, title, role, owner.code, accreditedTo, "official.title-list", 0.75, former);
          continue;
        }
        const r = skip(items, q + 1, ",", "representing", "of", "from", "the");
        const actor = items[r];
        // ("the Bureau of Kenyan Standards": a demonym inside a body's capitalised name names no member's state.)
        if (actor?.kind === "actor" && r > q + 1 && !isWord(items[r + 1], "'s") && !(actor.via === "demonym" && isCapWord(items[r + 1]))) addOfficial(read, person, title, role, actor.code, accreditedTo, "official.title-list", 0.75, former);
      }
    }
  }
  presentedCredentials(read);
  if (sentence.text.includes("recalled")) recalledEnvoys(read);
  if (ROSTER_CUE.test(sentence.text)) rosterEnvoys(read);
  if (STAFF_WORD.test(sentence.text)) postStaff(read);
  if (HEADS_WORD.test(sentence.text)) postHeads(read);
  if (HEADED_BY_WORD.test(sentence.text)) ministryHeads(read);
  return out;
}

/**
 * "Uribe embraced Venezuela's Hugo Chávez": a person the text names in full with no title is an official when the dated
 * dictionary has that whole name in one state's top office on the day of the story; the name's later mentions
 * ("Chávez said") are theirs. The office comes from the dictionary, the title as written stays empty.
 */
export function untitledHolders(people: readonly PersonRecord[], analysed: readonly DatedSentence[], day: string | null): PersonRecord[] {
  if (!day) return [];
  const holders = dictionaryHolders(people, analysed, day);
  if (!holders) return [];
  return holderPeople(holders, analysed, "official.office-holder");
}

/**
 * "Prince X and his Iranian counterpart, Y", where only the dated dictionary knows X's office: Y holds that office.
 * (settleOffices read the counterparts before the dictionary's holders were known.)
 */
export function holdersCounterparts(people: readonly PersonRecord[], holders: readonly PersonRecord[]): void {
  for (const p of people) {
    for (const m of p.mentions) {
      if (!m.counterpart || !m.counterpartOf) continue;
      const named = namedAmong(m.counterpartOf, holders);
      if (named && named !== p) m.role = stateRole(m.title, p.country, named.mentions[0]!.role);
    }
  }
}

const ACRONYM_WORD = /\b(?![IVXL]+\b)[A-Z]{3,}\b/;

/**
 * "Peru's Ana Rojas and Chile's Luis Vera visited Abuja": a person named in full right after a state's possessive,
 * whom no title names anywhere, serves that state when a sentence naming them tells an act (a visit, talks, a
 * signing …). The text gives no office: the role is SCHEMA.md's catch-all, `official`. Not a town's ("Abuja's"),
 * not a place named after the person ("Chile's Luis Vera Stadium").
 */
export function possessedUntitled(people: readonly PersonRecord[], analysed: readonly { sentence: Sentence; items: Item[] }[]): PersonRecord[] {
  const byLast = new Map<string, PersonRecord[]>();
  for (const p of people) listOf(byLast, lastKey(p.name)).push(p);
  let holders: Holder[] | undefined;
  for (const { sentence, items } of analysed) {
    // (A cheap gate: most sentences have no possessive, or tell no act.)
    if (!POSSESSIVE.test(sentence.text) || !ACTING.test(sentence.text)) continue;
    for (let i = 0; i + 2 < items.length; i++) {
      const owner = items[i]!;
      const named = items[i + 2]!;
      if (owner.kind !== "actor" || (owner.via !== "name" && owner.via !== "body") || !isWord(items[i + 1], "'s", "’s") || named.kind !== "person") continue;
      const name = cleanName(named.name);
      if (tokensOf(name).length < 2 || namedAmong(name, byLast.get(lastKey(name))) || namedAmong(name, holders)) continue;
      if (NAMED_PLACE.test(sentence.text.slice(named.end - sentence.start, named.end - sentence.start + 40))) continue;
      // ("Cambodia's Khmer Rouge regime": a movement or regime named, no one.)
      if (LAND_AFTER.test(sentence.text.slice(named.end - sentence.start, named.end - sentence.start + 14))) continue;
      // ("India's NTPC Vidyut Vyapar Nigam": a word in capitals is a body's acronym, not a person's name.)
      if (ACRONYM_WORD.test(name)) continue;
      const holder: Holder = { name, held: { country: owner.code, role: "official" }, mentions: undefined, surname: false };
      if (holders) holders.push(holder);
      else holders = [holder];
    }
  }
  return holders ? holderPeople(holders, analysed, "official.possessive-untitled") : [];
}
const POSSESSIVE = /['’]s\s+\p{Lu}/u;
// ("the president and his wife, X": a companion, not a second office.)
const NOT_AN_OFFICE: ReadonlySet<string> = new Set(["his", "her", "their", "its", "our", "my", "wife", "husband", "son", "daughter", "spouse", "partner", "family", "the", "a", "an"]);
/** After "and" at `k`: up to four words in lower case, a comma and a name; the name's index, else undefined. */
function describedAfterAnd(items: Item[], k: number): number | undefined {
  let i = k + 1;
  while (i <= k + 4 && items[i]?.kind === "word" && /^[a-z][a-z-]*$/.test(items[i]!.text) && !NOT_AN_OFFICE.has(items[i]!.text)) i++;
  if (i === k + 1 || !isWord(items[i], ",")) return undefined;
  const at = skipHonorifics(items, i + 1);
  return items[at]?.kind === "person" ? at : undefined;
}

// A verb right after a title: the title is the subject of a clause of its own, in apposition to no one before it.
const CLAUSE_VERB_AFTER = /^\s+(?:(?!designated\b|elected\b|appointed\b|named\b)[a-z]{2,}ed|said|says|told|tells|spoke|met|made|gave|took|began|went|came|left|laid|led|held|is|was|has|had|will|would)\b/;

/**
 * "…asking Jan Christian Gordon Kricke to quit. … Ambassador Kricke": a person titled under a surname alone takes the
 * fullest form the text writes their name in (SCHEMA.md), when one name alone fits.
 */
export function fullestNames(people: PersonRecord[], analysed: readonly { sentence: Sentence; items: Item[] }[]): void {
  const single = people.filter((p) => tokensOf(p.name).length === 1);
  if (!single.length) return;
  for (const p of single) {
    const longer = new Set<string>();
    for (const { items } of analysed) for (const it of items) if (it.kind === "person" && lastKey(cleanName(it.name)) === lastKey(p.name)) longer.add(cleanName(it.name));
    const names = [...longer].filter((n) => tokensOf(n).length > 1 && sameName(p.name, n) && !people.some((o) => o !== p && sameName(o.name, n)));
    // (A new record in the old one's place, not a new name written into it: a name rewritten in any record, however
    // rarely, throws away the optimised code of every function that reads one.)
    if (names.length === 1) people[people.indexOf(p)] = { name: names[0]!, country: p.country, mentions: p.mentions, stateFromDocument: p.stateFromDocument };
  }
}

// "Biden nominated X, a career diplomat, for the post in Kyiv": one named to a post by its town is its envoy there.
const NAMED_TO_POST_BEFORE = /\b(?:nominated|nominates|appointed|appoints|named|names|picked|tapped|chose)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/;
const FOR_THE_POST_AFTER = /^(?:,?\s+who\b[^.;]{1,160}?|,[^.;]{1,160}?)?,?\s+for\s+the\s+(?:(?:top\s+)?(?:diplomatic\s+)?(?:post|job|position)|ambassadorship)\s+(?:in|at)\s+$/i;

/** The mentions of people named to a post given by its town: ambassadors there, of a state other than the town's. */
function nomineesForPosts(mentions: OfficialMention[], analysed: { sentence: Sentence; items: Item[] }[]): void {
  for (const m of mentions) {
    const s = m.sentence;
    // (Most sentences name no post "for the": the slice and the test only where one may be.)
    if (!s.text.includes(" for the ") || !NAMED_TO_POST_BEFORE.test(s.text.slice(Math.max(0, m.start - s.start - 40), m.start - s.start))) continue;
    const items = analysed[s.index]?.items ?? [];
    const place = items.find((it) => (it.kind === "city" || it.kind === "actor") && it.start > m.end && it.start - m.end <= 200 && FOR_THE_POST_AFTER.test(s.text.slice(m.end - s.start, it.start - s.start)));
    if (!place) continue;
    const code = place.kind === "city" ? place.city.country : (place as { code: string }).code;
    m.role = "ambassador";
    m.accreditedTo = code;
    if (m.country === code) m.country = null;
    m.notCountries = [...(m.notCountries ?? []), code];
  }
}

/** Groups official mentions into people (surname-only mentions join the full name) and settles each one's country. */
export function resolvePeople(
  mentions: OfficialMention[],
  analysed: { sentence: Sentence; items: Item[] }[],
  actorCounts: Map<string, number>,
  publisher: string | null = null,
  governmentSite = false,
  published: string | null = null,
): PersonRecord[] {
  // (In steps of their own, each a function: one function of them all took V8 the longest of the extractor's to
  // optimise, and its parts are each hot for a different document.)
  nomineesForPosts(mentions, analysed);
  const doc = indexMentions(mentions, analysed, actorCounts, publisher, governmentSite, published);
  const { people } = doc;
  for (const p of people) p.country = explicitCountry(p);
  for (const p of people) if (p.mentions.some((m) => m.stateShared)) p.country = sharedStateCorrected(p, published);
  counterpartsAcross(doc);
  // "… Previously, he was U.S. Ambassador to Honduras" says the state outright: no exclusion applies to it.
  for (const p of people) p.country ??= pronounCopulaState(p, analysed, sentencesFor(doc, p));
  for (const p of people) p.country ??= provinceState(p, analysed);
  for (const p of people) if (p.country) doc.stated.add(p);
  // Second pass, in document order: people whose state no mention gives.
  // (Those a delegation places first: "A, Minister of Foreign Affairs, while Foreign Minister B was part of the Turkish
  // delegation" — A is not B's counterpart's state.)
  for (const p of people) {
    if (p.country) continue;
    // (A leader the dictionary or the story places, placed first: "President Erdoğan was accompanied by …".)
    const named = delegationOf(p, analysed);
    const leader = named ? undefined : companionLeader(doc, p);
    if (leader && !leader.country) placePerson(doc, leader);
    const delegation = named ?? leader?.country ?? null;
    if (delegation) doc.delegations.set(p, delegation);
  }
  // (Nearly always no delegation: then people as they stand, which the loop does not reorder, add to or cut.)
  for (const p of doc.delegations.size ? [...doc.delegations.keys(), ...people.filter((o) => !doc.delegations.has(o))] : people) {
    if (!p.country) placePerson(doc, p);
  }
  for (const p of people) p.country ??= capacityCountry(p);
  const before = people.length;
  predecessors(doc);
  if (people.length > before) people.sort(byFirstMention);
  for (const p of people) settleOffices(doc, p);
  return people;
}

// (Not the state of an office held "in his capacity as" one, when the person is titled otherwise too: "Foreign Minister
// X … in his capacity as Asean's special envoy" serves his own state, read as an untitled one's would be.)
const explicitCountry = (p: PersonRecord) => p.mentions.find((m) => m.country && !(m.capacity && otherwiseTitled(p)))?.country ?? null;

/**
 * A state carried over to a second leader ("Chinese President X and Prime Minister Y") gives way to the one the dated
 * dictionary has the person holding that office in on the day, when no mention gives a state of its own.
 */
function sharedStateCorrected(p: PersonRecord, published: string | null): string | null {
  if (!p.country || p.mentions.some((m) => m.country && !m.stateShared)) return p.country;
  return knownOffice(p, published) ?? p.country;
}
const otherwiseTitled = (p: PersonRecord) => p.mentions.some((m) => !m.capacity && m.title !== "");
/** The state an office held "in his capacity as" one gives, for a person nothing else places. */
const capacityCountry = (p: PersonRecord) => p.mentions.find((m) => m.capacity && m.country)?.country ?? null;

const PATRONYM = /\s(?:bin|ibn|bint)\s/i;
export function indexPeople(people: PersonRecord[]): (name: string, at?: number) => PersonRecord | undefined {
  const byName = new Map<string, PersonRecord>();
  const byLast = new Map<string, PersonRecord | null>();
  const byFirst = new Map<string, PersonRecord | null>();
  const byGiven = new Map<string, PersonRecord | null>();
  const byPatronym = new Map<string, PersonRecord | null>();
  // (A surname two people share is the one in office's: "Marcos" beside "the late President Ferdinand E. Marcos".)
  const sharing = new Map<string, PersonRecord[]>();
  for (const p of people) {
    byName.set(p.name, p);
    const key = lastKey(p.name);
    byLast.set(key, byLast.has(key) && byLast.get(key) !== p ? null : p);
    if (!p.mentions.every((m) => m.former)) sharing.set(key, [...(sharing.get(key) ?? []), p]);
    // Family names written first ("Wang Yi", later "Wang").
    const head = tokensOf(p.name)[0]!;
    if (tokensOf(p.name).length === 2) byFirst.set(head, byFirst.has(head) && byFirst.get(head) !== p ? null : p);
    // Longer names called by the given name, as Gulf and Arab usage does: "Sheikh Fahad", "Sayyid Khalid".
    else byGiven.set(head, byGiven.has(head) && byGiven.get(head) !== p ? null : p);
    // "Luiz Inácio Lula da Silva", later "Lula": the name before a Romance particle; "Ana Ruiz Soto", later "Ruiz": the
    // first of two family names (as resolvePeople joins titled mentions).
    for (const short of beforeParticle(p.name)) byGiven.set(short, byGiven.has(short) && byGiven.get(short) !== p ? null : p);
    const paternal = paternalName(tokensOf(p.name));
    if (paternal) byGiven.set(paternal, byGiven.has(paternal) && byGiven.get(paternal) !== p ? null : p);
    // "Sheikh Abdullah bin Rashid Al Falasi", later "Sheikh Abdullah bin Rashid".
    const patronym = patronymKey(tokensOf(p.name));
    if (patronym) byPatronym.set(patronym, byPatronym.has(patronym) && byPatronym.get(patronym) !== p ? null : p);
    // "Isabel de Saint Malo de Alvarado", later "Saint Malo".
    const between = betweenParticles(p.name);
    if (between) byPatronym.set(between, byPatronym.has(between) && byPatronym.get(between) !== p ? null : p);
  }
  const lookUp = (name: string) => {
    const key = lastKey(name);
    const single = tokensOf(name).length === 1 && !byLast.has(key);
    const current = byLast.get(key) === null && sharing.get(key)?.length === 1 ? sharing.get(key)![0] : undefined;
    // ("Faisal Mekdad … Prince Faisal bin Farhan … Prince Faisal": a given name a patronym follows is the Gulf usage, before
    // a family name written first.)
    const given = single ? byGiven.get(key) : undefined;
    const first = single ? byFirst.get(key) : undefined;
    return byName.get(name) ?? byLast.get(key) ?? current ?? (single ? (given && first && PATRONYM.test(given.name) ? given : (first ?? given)) : byPatronym.size ? byPatronym.get(tokensOf(name).join(" ")) : undefined) ?? undefined;
  };
  // "President Fidel Castro … Obama and Cuban President Raúl Castro spoke … Obama and Castro met": a surname several
  // people share, written alone, is the one last named in full before it (asked anew at each position, not kept).
  const lastNamedBefore = (name: string, at: number): PersonRecord | undefined => {
    if (tokensOf(name).length !== 1 || byLast.get(lastKey(name)) !== null) return undefined;
    let best: PersonRecord | undefined;
    let bestAt = -1;
    for (const p of people) {
      if (lastKey(p.name) !== lastKey(name)) continue;
      for (const m of p.mentions) if (m.start < at && m.start > bestAt && m.name === p.name) [best, bestAt] = [p, m.start];
    }
    return best;
  };
  // (The maps are settled above, so a name gets one answer: readParties asks it at every mention, sentence by sentence.)
  // ("" for none, so that one look-up, not has and get, answers for a name already read.)
  const answers = new Map<string, PersonRecord | "">();
  return (name, at) => {
    let found = answers.get(name);
    if (found === undefined) answers.set(name, (found = lookUp(name) ?? ""));
    return found || (at === undefined ? undefined : lastNamedBefore(name, at));
  };
}

/** Whether the person at `q` is named after "by" and a title, with the title's state or not ("by Chilean President X"). */
function titledAfterBy(items: readonly Item[], q: number): boolean {
  if (items[q - 1]?.kind !== "title") return false;
  return isWord(items[items[q - 2]?.kind === "actor" ? q - 3 : q - 2], "by");
}

/** Whether a verb of naming in the active voice stands between items `from` and `to`. */
function namingBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    // ("X, the economist whom Lima named in May as its honorary consul": the verb's object is the one before "whom".)
    if (isWord(items[k], "whom")) return false;
    if (items[k]!.kind === "word" && NAMING_VERBS.has(lowerOf(items[k])) && !isWord(items[k + 1], "by")) return true;
  }
  return false;
}
const NAMING_VERBS: ReadonlySet<string> = new Set(["named", "appointed", "nominated", "designated", "chose", "picked", "tapped", "sent", "dispatched"]);
const WHEN_WORDS: ReadonlySet<string> = new Set(["in", "on", "last", "this", "earlier", "late", "early", "week", "month", "year", ...MONTH_WORDS]);
/** The person named right after "the appointment of" and before a comma, within 40 items before `comma`; else -1. */
function appointedBeforeAside(items: readonly Item[], comma: number): number {
  for (let q = comma - 2; q >= Math.max(0, comma - 40); q--) {
    if (isWord(items[q + 1], ",") && appointmentOf(items, q) && asPerson(items as Item[], q)) return q;
  }
  return -1;
}

/** "the nomination of X", "the appointment in January of X": X is the one named to the office after "as". */
function appointmentOf(items: readonly Item[], q: number): boolean {
  if (!isWord(items[q - 1], "of")) return false;
  for (let k = q - 2; k >= Math.max(0, q - 6); k--) {
    const it = items[k]!;
    // ("accepted the credentials of X as ambassador of A": the envoy whose letters they are.)
    if (isWord(it, "nomination", "appointment", "designation", "naming", "credentials", "credence")) return true;
    if (it.kind !== "word" || !(WHEN_WORDS.has(it.lower) || /^\d+$/.test(it.lower))) return false;
  }
  return false;
}

/**
 * Past one to three capitalised words (and the state they are of) to their comma, when a name follows ("Emigrants,
 * H.E. X", "Emigrants of A, X"): the index of the comma, or -1.
 */
function portfolioTailEnd(items: Item[], from: number): number {
  let q = from;
  while (q < from + 3 && items[q]?.kind === "word" && isCapWord(items[q])) q++;
  if (q > from && isWord(items[q], "of") && items[skip(items, q + 1, "the")]?.kind === "actor") q = skip(items, q + 1, "the") + 1;
  return q > from && isWord(items[q], ",") && items[skipHonorifics(items, q + 1)]?.kind === "person" ? q : -1;
}

const BODY_HEADS: ReadonlySet<string> = new Set(["ministry", "department", "state", "office", "secretariat"]);

/**
 * After "of": a body's name in capitals ("the State Department for Foreign Affairs", "the Ministry of Foreign Affairs")
 * and "of" a state, with a name after (honorifics between): the index of the state's item, or -1.
 */
function bodyOfState(items: Item[], from: number): number {
  const head = skip(items, from, "the");
  if (!isCapWord(items[head]) || !BODY_HEADS.has(lowerOf(items[head]))) return -1;
  for (let q = head + 1; q < head + 9 && q < items.length; q++) {
    if (isWord(items[q], "of") && items[skip(items, q + 1, "the")]?.kind === "actor") {
      const at = skip(items, q + 1, "the");
      return items[skipHonorifics(items, at + 1)]?.kind === "person" ? at : -1;
    }
    if (!isCapWord(items[q]) && !isWord(items[q], "for", "of", "and")) return -1;
  }
  return -1;
}

/**
 * The sender of the post named after a name, or after the next titled name joined by "and": "A of the Russian embassy",
 * "A and Attaché B of the Russian embassy". Null when none is.
 */
function postOfAfter(items: Item[], n: number): string | null {
  let q = n + 1;
  if (isWord(items[q], "and") && items[q + 1]?.kind === "title" && items[q + 2]?.kind === "person") q += 3;
  if (!isWord(items[q], "of")) return null;
  const state = items[skip(items, q + 1, "the")];
  const post = items[skip(items, q + 1, "the") + 1];
  return state?.kind === "actor" && !ORGANISATIONS.has(state.code) && isWord(post, "embassy", "consulate", "mission", "legation", "delegation") ? state.code : null;
}

/** Whether the name at `q` ends an aside ", the|a|an …" opened right after another person's name. */
function asideOnPerson(items: Item[], q: number): boolean {
  const c = lastCommaBefore(items, q);
  return c > 0 && isWord(items[c + 1], "the", "a", "an") && asPerson(items, c - 1) !== null;
}

const OPENING_WORDS: ReadonlySet<string> = new Set(["in", "after", "before", "during", "while", "following", "upon", "on", "at", "when"]);
const NOT_VERB_AFTER_NAME: ReadonlySet<string> = new Set(["and", "of", "who", "the", "whose", "with"]);
/** Whether the comma at `k` closes a phrase opening the sentence ("After meeting the ambassador, X said"), a verb after the name that follows it. */
function closesOpening(items: Item[], k: number): boolean {
  const first = items[0];
  if (!isWord(items[k], ",") || first?.kind !== "word" || !(OPENING_WORDS.has(first.lower) || isGerund(first))) return false;
  for (let i = 1; i < k; i++) if (isWord(items[i], ",")) return false;
  let p = skipHonorifics(items, k + 1);
  while (items[p]?.kind === "title") p++;
  const after = items[p + 1];
  return items[p]?.kind === "person" && after?.kind === "word" && /^[a-z]{3,}$/.test(after.text) && !NOT_VERB_AFTER_NAME.has(after.lower);
}

/** Whether a state owns the title at `t`, written right before it: "the EU's envoy", "Qatar's envoy", "the Swiss envoy". */
function stateOwned(items: Item[], t: number): boolean {
  const p = isWord(items[t - 1], "special") ? t - 2 : t - 1;
  return items[p]?.kind === "actor" || (isWord(items[p], "'s") && items[p - 1]?.kind === "actor");
}
