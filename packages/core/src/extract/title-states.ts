// Readers of the words around a title: the state, post, party or portfolio they name ("Azerbaijan's new Foreign
// Minister", "its ambassador", "the island's top diplomat"), and whether the office is a past one.
import { lookupActorName } from "../gazetteer/actors.js";
import { isEnvoyRole } from "../model/official.js";
import { isCapWord, isWord, lowerOf, pastBased, skip } from "./item-words.js";
import { ORGANISATIONS } from "./party-kinds.js";
import { isHonorific, type ActorItem, type Item, type TitleItem } from "./mentions.js";
import { isLowerWord } from "./word-shape.js";
import { skipHonorifics } from "./title-names.js";

/** What "the island's", "the embassy's" or "the bloc's" before a title names: a state, a post, or an organisation. */
export type StateContext = "state" | "mission" | "organisation" | "ministry";

// Words that may stand between a title and the name or actor it belongs to ("Azerbaijan's new Foreign Minister").
export const MODIFIERS = new Set([
  "the", "new", "newly", "appointed", "newly-appointed", "then", "former", "first", "acting", "visiting", "outgoing", "incoming", "current",
  "late", "resident", "non-resident", "designated", "elected", "-", "then-", "his", "her", "its", "their", "a", "an", "serving", "interim",
  "top", "senior", "veteran", "ex", "ex-", "next", "sitting", "long-serving", "longtime", "erstwhile", "previous", "own",
  // ("the newly arrived Ambassador of A", "the newly accredited envoy": a new arrival told in two words.)
  "arrived", "newly-arrived", "accredited", "newly-accredited",
  // ("X, recently named ambassador to B": an apposition that tells the appointment.)
  "recently", "named", "newly-named", "nominated",
]);

// Words of a portfolio between a state and its officer's title: "White House national security spokesman".
const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(["national", "security", "press", "foreign", "policy", "trade", "defence", "defense", "finance", "economic", "chief"]);

// ("the army removed President X", "ousted President Y": an office ended by the act told, or by one the word recalls.)
const PAST = new Set(["former", "then", "late", "ex", "ex-", "then-", "erstwhile", "previous", "ousted", "deposed", "toppled", "overthrown", "overthrew", "removed",
  // ("the army's removal of President X", "the ouster of …": the nouns of those acts.)
  "removal", "ouster", "overthrow", "toppling"]);

// Words after which a name is not the person a title describes: "took over from X as ambassador".
export const NOT_SUBJECT_CUE = new Set(["from", "by", "with", "of", "to", "replacing", "replaces", "replaced", "succeeding", "succeeds", "succeeded", "for", "and", "than"]);

// A title that names a portfolio in capitals ("Minister for Industry"), which a list may continue.
const PORTFOLIO_TITLE = /\b(?:for|of)\s+\p{Lu}\p{Ll}+$/u;

/**
 * Where the name starts after ", B and C Affairs X" continuing a title's portfolio ("Minister for Industry" at `comma`
 * - 1): an "and" closes the list, and a name follows a capitalised word after it; else 0 (", X and Y" are two people).
 */
export function portfolioListEnd(items: Item[], comma: number, title: string): number {
  if (!PORTFOLIO_TITLE.test(title) || !isCapWord(items[comma + 1]) || !isWord(items[comma + 2], "and")) return 0;
  let q = comma + 3;
  while (q < comma + 7 && isCapWord(items[q])) q++;
  // ("Minister of Women, Genders and Diversity of the Argentine Republic, Mrs. X": the state, then the name after a comma.)
  const state = isWord(items[q], "of") ? skip(items, q + 1, "the") : -1;
  if (q > comma + 3 && state > 0 && items[state]?.kind === "actor" && isWord(items[state + 1], ",") && items[skipHonorifics(items, state + 2)]?.kind === "person") return state + 1;
  return q - 1 > comma + 3 && items[q - 1]!.kind === "person" ? q - 1 : 0;
}
/** The title of the one an envoy serves after "of (the)" at `at` ("the President", "the Togolese president"), or -1. */
export function ownerTitleAt(items: Item[], at: number): number {
  const it = items[at];
  const next = items[at + 1];
  const t = it?.kind === "title" ? at : it?.kind === "actor" && next?.kind === "title" ? at + 1 : -1;
  // (Not one named right after: "X, special envoy of Nigerian President Y", where Y is the president.)
  // (A comma between them is an apposition to the envoy: "the special envoy of the Togolese president, X" is the envoy.)
  let n = t + 1;
  while (items[n]?.kind === "word" && isHonorific((items[n] as { lower: string }).lower)) n++;
  return t >= 0 && !isEnvoyRole((items[t] as TitleItem).role) && items[n]?.kind !== "person" ? t : -1;
}

/** Past "[, B] and [to] C" after a state at `k - 1` (a comma only where the list goes on): the index after its last state. */
export function pastListedStates(items: Item[], k: number): number {
  for (;;) {
    const next = skip(items, k + 1, "the", "to", "in");
    const joined = isWord(items[k], "and") || (isWord(items[k], ",") && isWord(items[next + 1], ",", "and"));
    if (!joined || items[next]?.kind !== "actor") return k;
    k = next + 1;
  }
}

// "of the University", "of ACI": a named body that is not a state or one of its ministries.
export function organisationAt(items: Item[], i: number): boolean {
  const it = items[pastBased(items, i)];
  if (it?.kind === "person") return true;
  return it?.kind === "word" && it.cap && /^[a-z]/i.test(it.text) && !/^(?:ministry|foreign|government|state|republic|kingdom|federal|national|presidential|delegation|embassy|mission|consulate)$/.test(it.lower);
}

const PARTY_WORDS: ReadonlySet<string> = new Set(["party", "parties", "movement", "faction"]);

/** Whether a state's demonym or possessive at `i` opens a party's name: "the Chilean far-right Patria (Homeland) party", "Chile's main opposition party". */
export function partyAt(items: Item[], i: number): boolean {
  if (items[i]?.kind !== "actor") return false;
  const possessive = isWord(items[i + 1], "'s", "’s");
  if ((items[i] as ActorItem).via !== "demonym" && !possessive) return false;
  // (A few words, names or brackets between, never a clause: "the Chilean people, whose party …" is none.)
  for (let q = possessive ? i + 2 : i + 1; q < i + 8 && q < items.length; q++) {
    const it = items[q]!;
    if (it.kind === "word" && PARTY_WORDS.has(it.lower)) return true;
    if (it.kind === "title" || it.kind === "actor" || isWord(it, ",", ";", "and", "of", "who", "which", "that")) return false;
  }
  return false;
}

/** The item after a portfolio of capitalised words ending in "Affairs" from `from`, when a name follows it; else 0. */
export function portfolioAfterOf(items: Item[], from: number): number {
  for (let q = from; q < from + 8 && q < items.length; q++) {
    const it = items[q]!;
    if (it.kind === "word" && it.cap && it.lower === "affairs") {
      if (q === from) return 0;
      const name = isWord(items[q + 1], ",") ? q + 2 : q + 1;
      return items[name]?.kind === "person" ? q + 1 : 0;
    }
    if (!isCapWord(it) && !(it.kind === "actor" && it.via === "demonym") && !(q > from && isWord(it, "and"))) return 0;
  }
  return 0;
}

/** The last two states joined by "and" before item `i` ("Ukraine and Kazakhstan"), in order; none if there are not two. */
export function pairBefore(items: Item[], i: number): string[] {
  for (let k = i - 1; k >= 2; k--) {
    const b = items[k]!;
    const a = items[k - 2]!;
    if (b.kind === "actor" && a.kind === "actor" && isWord(items[k - 1], "and") && a.code !== b.code && !ORGANISATIONS.has(a.code) && !ORGANISATIONS.has(b.code)) return [a.code, b.code];
  }
  return [];
}

/** States listed right before a plural title, in order: "Chinese and South Korean [counterparts]". */
export function listedBefore(items: Item[], t: number): string[] {
  const out: string[] = [];
  let p = t - 1;
  while (items[p]?.kind === "actor") {
    out.unshift((items[p] as { code: string }).code);
    if (!isWord(items[p - 1], "and", ",") || items[p - 2]?.kind !== "actor") break;
    p -= 2;
  }
  return out.length > 1 && new Set(out).size === out.length ? out : [];
}

/** An actor standing before a title: "Israeli President", "Azerbaijan's new Foreign Minister", "Washington's envoy". */
export function actorBefore(items: Item[], t: number): string | null {
  // "Uganda has sent Vice-President X": whom a state sends is its own.
  if (isWord(items[t - 1], "sent", "sends", "dispatched", "dispatches")) {
    let a = isWord(items[t - 2], "has", "have", "had") ? t - 3 : t - 2;
    // ("Taiwan, which attends as an observer, has sent …": past an aside on the state.)
    if (isWord(items[a], ",")) for (let k = a - 1; k > 0 && k >= a - 16; k--) if (isWord(items[k], ",") && isWord(items[k + 1], "which", "who")) a = k - 1;
    const it = items[a];
    if (it?.kind === "actor" && !isWord(items[a - 1], "in", "at", "to", "from")) return it.code;
  }
  // ("Morocco's UN envoy X": a state's envoy to an organisation named between.)
  const body = items[t - 1];
  if (body?.kind === "actor" && ORGANISATIONS.has(body.code) && isEnvoyRole((items[t] as TitleItem).role) && isWord(items[t - 2], "'s") && items[t - 3]?.kind === "actor" && !ORGANISATIONS.has((items[t - 3] as ActorItem).code)) return (items[t - 3] as ActorItem).code;
  // "the Russian embassy in Chisinau, still headed by Ambassador X": the head of the post just named is its sender's.
  const headed = headedPostSender(items, t);
  if (headed) return headed;
  // ("the internationally recognised Yemeni government of President X", "Peru's interim government of President Y":
  // the state whose government the title heads.)
  if (isWord(items[t - 1], "of") && isWord(items[t - 2], "government", "administration", "regime")) {
    let q = t - 3;
    while (q >= t - 4 && items[q]?.kind === "word" && (MODIFIERS.has(lowerOf(items[q])) || isLowerWord(lowerOf(items[q])))) q--;
    if (isWord(items[q], "'s")) q--;
    const owner = items[q];
    if (owner?.kind === "actor" && !ORGANISATIONS.has(owner.code)) return owner.code;
  }
  // "summoned to the Russian Foreign Ministry, where Deputy Foreign Minister X": an officer at the body just named.
  if (isWord(items[t - 1], "where") && isWord(items[t - 2], ",")) {
    const body = BODY_WHERE.has(lowerOf(items[t - 3])) ? t - 3 : -1;
    let q = body - 1;
    while (q >= body - 3 && q >= 0 && GOVERNMENT_BODY.has(lowerOf(items[q]))) q--;
    const owner = items[q];
    if (body > 0 && owner?.kind === "actor" && owner.via === "demonym") return owner.code;
  }
  let p = t - 1;
  let plain = true;
  // ("withdrew its decision declaring the Ambassador of A": not past a verb's participle, whose object the title is.)
  // ("after the election in Taiwan - President X of Nauru": not past a dash set apart by spaces, which closes an aside.)
  for (let guard = 0; p >= 0 && guard < 4 && items[p]!.kind === "word" && (MODIFIERS.has(lowerOf(items[p])) || (isLowerWord(lowerOf(items[p])) && !lowerOf(items[p]).endsWith("ing"))) && !NOT_SUBJECT_CUE.has(lowerOf(items[p])) && !STOP_BEFORE.has(lowerOf(items[p])) && !spacedDash(items, p); guard++) {
    // "its ambassador", "their envoy": the state the clause is about.
    // ("Mali expelled its ambassador": a state expels no envoy of its own; "its" is the state named before the subject.)
    // ("the European Union recalled its Ambassador to Russia": an organisation's envoy is its own.)
    if (isWord(items[p], "its", "their")) return isWord(items[p - 1], "expelled", "expels", "expelling", "expel") ? expelledOwner(items, p) : (relativeAntecedent(items, p) ?? subjectActor(items, p, ENVOY_TITLE.test(items[t]!.text)));
    // ("Rwandan government spokeswoman X", "Chinese foreign ministry spokesman": the state's body names no other state.)
    // ("White House national security spokesman X": nor does a portfolio's.)
    // ("EU Enlargement Commissioner X": nor a portfolio's one capitalised word right before the title.)
    if (!MODIFIERS.has(lowerOf(items[p])) && !GOVERNMENT_BODY.has(lowerOf(items[p])) && !PORTFOLIO_WORDS.has(lowerOf(items[p])) && !(p === t - 1 && isCapWord(items[p]))) plain = false;
    p--;
  }
  const possessive = isWord(items[p], "'s");
  if (possessive) p--;
  // "The UN Secretary-General's Special Envoy": the state or body of the office that owns the title.
  if (possessive && items[p]?.kind === "title" && items[p - 1]?.kind === "actor") return (items[p - 1] as { code: string }).code;
  // "the Russian Foreign Ministry's spokeswoman": the body of the state named before it.
  if (possessive && GOVERNMENT_BODY.has(lowerOf(items[p]))) {
    let q = p - 1;
    while (q > p - 3 && GOVERNMENT_BODY.has(lowerOf(items[q]))) q--;
    if (items[q]?.kind === "actor") return (items[q] as { code: string }).code;
  }
  const it = items[p];
  // (A place is no qualifier: "received in Riyadh the Ambassador of Chad".)
  if (!possessive && isWord(items[p - 1], "in", "at", "from", "to", "into") && (it?.kind === "city" || (it?.kind === "actor" && it.via === "capital"))) return null;
  // (A dateline set in capitals is no qualifier: "BEIJING--Prime Minister X".)
  if (it?.kind === "actor" && isWord(items[p + 1], "-") && it.text.length > 3 && !/[a-z]/.test(it.text)) return null;
  // Without a possessive only the usual modifiers stand between ("Colombia's new left-wing president", not "Indonesia today Prime Minister").
  if (it?.kind === "actor" && (possessive || plain)) return it.code;
  // "Washington DC ambassador to Nairobi": a capital before an envoy's title stands for its state.
  if (it?.kind === "city" && it.city.capital && items[p + 1] !== undefined && (p === t - 1 || isWord(items[p + 1], "'s"))) return it.city.country;
  // ("Busan Mayor X", "Osaka's governor": a town's own officer serves the town's state.)
  if (it?.kind === "city" && (p === t - 1 || isWord(items[p + 1], "'s")) && TOWN_OFFICE.test((items[t] as TitleItem).title)) return it.city.country;
  // ("Gdansk Vice Mayor X", "Cebu Deputy Governor Y": so does the officer's deputy.)
  const town = items[t - 2];
  if (town?.kind === "city" && (isWord(items[t - 1], "vice", "deputy") || (items[t - 1]?.kind === "title" && /^(?:vice|deputy)$/i.test(items[t - 1]!.text))) && TOWN_OFFICE.test((items[t] as TitleItem).title)) return town.city.country;
  return null;
}
export const TOWN_OFFICE = /^(?:(?:deputy |vice[- ]|lord )?mayor|governor)$/i;

/** A hyphen standing alone between spaces (" - "): punctuation, not the joint of "then-President". */
const spacedDash = (items: Item[], p: number) => items[p]!.text === "-" && (items[p - 1]?.end ?? -1) < items[p]!.start && (items[p + 1]?.start ?? Infinity) > items[p]!.end;

/**
 * The town at `at`, or after "City of" there ("the City of São Paulo"): its index, else -1; -1 too before a region's noun
 * ("Astrakhan region of Russia", which the province's own reading takes).
 */
export function townAt(items: Item[], at: number): number {
  const town = items[at]?.kind === "city" ? at : isWord(items[at], "city", "municipality") && isWord(items[at + 1], "of") && items[at + 2]?.kind === "city" ? at + 2 : -1;
  return town >= 0 && !isRegionNoun(items[town + 1]) ? town : -1;
}
// ("EU foreign affairs spokesperson X": "affairs" of the foreign portfolio is the body's too.)
export const GOVERNMENT_BODY: ReadonlySet<string> = new Set(["government", "foreign", "affairs", "ministry", "presidential", "press", "cabinet"]);
/** The sender of the post right before "(, still) headed by" a title: "the Russian embassy in Chisinau, still headed by". */
function headedPostSender(items: Item[], t: number): string | null {
  if (!isWord(items[t - 1], "by") || !isWord(items[t - 2], "headed", "led", "run")) return null;
  let q = t - 3;
  while (q >= 0 && isWord(items[q], "still", "now", "currently", "temporarily", ",")) q--;
  // Past the post's place: "in Chisinau".
  if (items[q]?.kind === "city" || items[q]?.kind === "actor") q -= isWord(items[q - 1], "in") ? 2 : 0;
  if (!MISSION_NOUNS.has(lowerOf(items[q]))) return null;
  const owner = isWord(items[q - 1], "'s") ? items[q - 2] : items[q - 1];
  return owner?.kind === "actor" ? owner.code : null;
}

// The buildings and bodies a state's officers receive at.
const BODY_WHERE: ReadonlySet<string> = new Set(["ministry", "palace", "office", "residence", "chancellery", "house"]);
// Words across which an actor no longer qualifies the title ("Chinese Embassy officials met with Foreign Minister X").
export const STOP_BEFORE = new Set(["met", "said", "says", "told", "with", "against", "and", "or", "but", "by", "at", "on", "in", "that", "who", "which", "as", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "between", "among", "while", "when", "after", "before", "during", "welcomed", "received", "hosted", "called", "urged", "thanked",
  // ("Bolivia's interim government expelled Ambassador X": the acting state, not the envoy's.)
  "expelled", "expels", "expel", "declared", "summoned", "summons", "kicked", "ordered", "accused", "criticised", "criticized", "blamed"]);

// ("ordering Lebanese Ambassador X to leave …, recalling its own ambassador": so too a participle's object.)
const OBJECT_VERBS: ReadonlySet<string> = new Set(["expelled", "expels", "summoned", "summons", "declared", "ordered", "accused", "criticised", "criticized", "blamed", "met", "received", "hosted", "welcomed", "thanked", "urged", "recalled", "ordering", "orders", "expelling", "summoning", "declaring", "informed", "informing", "notified", "notifying"]);

// Words before a verb's object that a state's name describes: "gave Lebanon's ambassador", "expelling two Moldovan diplomats".
const OBJECT_LEAD: ReadonlySet<string> = new Set(["gave", "giving", "told", "telling", "asked", "asking", "expelling", "summoning", "two", "three", "four", "five", "six", "several"]);

const ENVOY_TITLE = /^(?:ambassador|envoy|special envoy|special representative|head of (?:the )?delegation)/i;

/**
 * The state a relative clause hangs on, when "its" at `p` is in it: "a treaty with the UAE, which was represented by its
 * foreign minister" is the UAE's minister, not the subject's.
 */
function relativeAntecedent(items: Item[], p: number): string | null {
  for (let q = p - 1; q >= 2 && p - q <= 6; q--) {
    const it = items[q]!;
    if (it.kind !== "word" || isWord(it, ",", ";", ".")) return null;
    if (isWord(it, "which") && isWord(items[q - 1], ",") && items[q - 2]!.kind === "actor" && !ORGANISATIONS.has((items[q - 2] as ActorItem).code)) return (items[q - 2] as ActorItem).code;
  }
  return null;
}

/**
 * The state a clause is about: the last actor named before a pronoun ("Iran appointed X as its ambassador"); failing one,
 * a state named after a preposition, unless `unplaced`.
 */
export function subjectActor(items: Item[], before: number, organisations = false, unplaced = false): string | null {
  let placed: string | null = null;
  for (let q = before - 1; q >= 0; q--) {
    const it = items[q]!;
    if (it.kind !== "actor" || (!organisations && ORGANISATIONS.has(it.code))) continue;
    // ("Peru downgraded its embassy in Managua and called its ambassador": a place after a preposition is no subject.)
    // ("Lima expelled Chile's ambassador, X, and recalled its own envoy": nor the object of a verb.)
    // ("Bahrain, whose disputes with Qatar predate the boycott, …: its Foreign Minister": nor after "with", "against".)
    // ("recalled its ambassadors to A and B, X and Y, and its chargé d'affaires in C": nor a later state of such a list.)
    let head = q;
    while (isWord(items[head - 1], "and", ",") && items[head - 2]?.kind === "actor") head -= 2;
    // ("a counsellor at the Cuban embassy": past the article to its preposition.)
    // ("informed the Iranian government that it was recalling its ambassador": so too to a verb whose object it is.)
    const cue = isWord(items[head - 1], "the") && (isWord(items[head - 2], "in", "at", "to", "from", "into", "with", "against") || (items[head - 2]?.kind === "word" && OBJECT_VERBS.has(lowerOf(items[head - 2]!)))) ? items[head - 2] : items[head - 1];
    // ("gave Lebanon's ambassador 48 hours, recalled its own envoy", "by expelling two Moldovan diplomats, and had called
    // its own ambassador": a state that owns or describes a verb's object is no subject either.)
    const owned = (isWord(items[q + 1], "'s") || (it.via === "demonym" && items[q + 1]?.kind === "word")) && cue?.kind === "word" && (OBJECT_VERBS.has(lowerOf(cue)) || OBJECT_LEAD.has(lowerOf(cue)));
    // ("Algeria, the Polisario's main backer and Spain's chief gas supplier, recalled its ambassador": nor the possessor
    // in an apposition on the state that opens the sentence.)
    if (q > 1 && isWord(items[q + 1], "'s") && isWord(items[q - 1], ",", "and", "the") && items[0]!.kind === "actor" && isWord(items[1], ",")) continue;
    // ("…, with Ankara putting forward X as its envoy to Cairo": the subject of an absolute "with" clause is one.)
    if (isWord(cue, "with") && head === q && items[q + 1]?.kind === "word" && /^[a-z]+ing$/.test(lowerOf(items[q + 1]!))) return it.code;
    // ("Belarus, angered by U.S. sanctions, recalled its ambassador": nor the agent of a participle.)
    if (!owned && !isWord(cue, "in", "at", "to", "from", "into", "with", "against", "by") && !(cue?.kind === "word" && OBJECT_VERBS.has(lowerOf(cue)))) return it.code;
    placed ??= it.code;
  }
  return unplaced ? null : placed;
}

/**
 * "France kept its embassy in Bamako, although Mali expelled its ambassador": the state named before the expelling
 * subject (item `before` is "its"), or null when the sentence names none.
 */
function expelledOwner(items: Item[], before: number): string | null {
  // ("Morales accused Washington of …, and he expelled its ambassador": a person expels; "its" is the state named last.)
  const person = isWord(items[before - 2], "he", "she") || items[before - 2]?.kind === "person";
  const subject = person ? null : subjectActor(items, before);
  for (let q = before - 2; q >= 0; q--) {
    const it = items[q]!;
    if (it.kind === "actor" && it.code !== subject && !ORGANISATIONS.has(it.code)) return it.code;
    // (A capital read as a town stands for its government too: "accused Washington of …".)
    if (person && it.kind === "city" && (it.city.capital || lookupActorName(it.text)?.kind === "capital")) return it.city.country;
  }
  return null;
}

/** "signed on the Sudanese side by Justice Minister X", "for the Kenyan side, Minister X": the side's state. */
export function sideBefore(items: Item[], t: number): string | null {
  for (let p = t - 1; p >= 2 && p >= t - 4; p--) {
    const it = items[p]!;
    if (it.kind !== "word") return null;
    if (it.lower !== "side") continue;
    const actor = items[p - 1]!;
    return actor.kind === "actor" && isWord(items[p - 2], "on", "for", "from") ? actor.code : null;
  }
  return null;
}

// The branch of a post a title may name before it: "the embassy's defence attaché", "the mission's press counsellor".
const POST_BRANCHES: ReadonlySet<string> = new Set(["defence", "defense", "military", "press", "cultural", "commercial", "economic", "political", "consular"]);
/** "the island's", "the country's", "the embassy's": a state or post named in an earlier sentence. */
const SPOKESPERSON = /^spokes(?:man|woman|person)$/i;
export function contextBefore(items: Item[], t: number): StateContext | undefined {
  let p = t - 1;
  while (p >= 0 && items[p]!.kind === "word" && (MODIFIERS.has(lowerOf(items[p])) || POST_BRANCHES.has(lowerOf(items[p]))) && lowerOf(items[p]) !== "the" && !isWord(items[p], "its", "their")) p--;
  // "Israel did not wait. On 22 May its foreign minister, X, …": opening the sentence, the state of the one before.
  if (isWord(items[p], "its", "their")) return p === 0 || (p <= 5 && /^(?:on|in|last|earlier|later|then)$/.test(lowerOf(items[0]))) ? "state" : undefined;
  // ("…, China's Foreign Ministry said. … ministry spokesman X told": a ministry named with no state, the one before.)
  if (isWord(items[p], "ministry")) return "ministry";
  // ("Excerpts from the State Department's briefing. The spokesman was X": a spokesman opening the sentence speaks for
  // the ministry named last.)
  if (p === 0 && isWord(items[p], "the") && SPOKESPERSON.test(items[t]!.text)) return "ministry";
  // ("alongside the mission's head, chargé d'affaires X": a post's head set off before the title.)
  if (isWord(items[p], ",") && isWord(items[p - 1], "head", "chief") && isWord(items[p - 2], "'s") && MISSION_NOUNS.has(lowerOf(items[p - 3]))) return "mission";
  if (!isWord(items[p], "'s")) return undefined;
  const noun = lowerOf(items[p - 1]);
  if (STATE_NOUNS.has(noun)) return "state";
  if (MISSION_NOUNS.has(noun)) return "mission";
  if (BLOC_NOUNS.has(noun)) return "organisation";
  // ("the foreign ministry's spokeswoman": the ministry a state was named with before.)
  if (noun === "ministry") return "ministry";
  return undefined;
}
const REGION_NOUNS: ReadonlySet<string> = new Set(["region", "province", "state", "oblast", "district", "county", "governorate", "prefecture", "city"]);
export const isRegionNoun = (it: Item | undefined) => it?.kind === "word" && REGION_NOUNS.has(it.lower);
/** Past a state's formal style the gazetteer does not hold ("the Republic of A", "the Co-operative Republic of A"). */
export function styledState(items: Item[], at: number): number {
  let q = at;
  while (q < at + 2 && items[q]?.kind === "word" && /^[A-Z][\w-]*$/.test(items[q]!.text) && !STATE_NOUNS.has(lowerOf(items[q]))) q++;
  return STATE_NOUNS.has(lowerOf(items[q])) && isWord(items[q + 1], "of") ? skip(items, q + 2, "the") : at;
}
export const STATE_NOUNS = new Set(["country", "island", "islands", "kingdom", "republic", "nation", "state", "sultanate", "emirate", "principality", "government"]);
export const MISSION_NOUNS = new Set(["embassy", "mission", "consulate", "legation", "office"]);
const BLOC_NOUNS: ReadonlySet<string> = new Set(["bloc", "union", "alliance", "organisation", "organization"]);

export function pastBefore(items: Item[], t: number): boolean {
  // "She succeeds Ambassador X", "replacing outgoing Ambassador Y": the one succeeded held the office before.
  const verb = isWord(items[t - 1], "the", "outgoing", "retiring") ? t - 2 : t - 1;
  if (isWord(items[verb], "succeeds", "succeeded", "succeeding", "replaces", "replacing")) return true;
  // "a career diplomat who previously served as consul general in Dubai": an office told as served, in the past.
  // (Not one still held, "who has served as ambassador since 2019", nor one told with no time, "who served as chargé
  // d'affaires", which may be the post held now.)
  if (isWord(items[t - 1], "as") && isWord(items[t - 2], "served", "worked") && isWord(items[t - 3], "previously", "formerly", "once", "earlier", "had")) return true;
  // "recalling that her father, President X, …": a relative the story names by kinship held the office in the past.
  if (isWord(items[t - 1], ",") && isWord(items[t - 2], "father", "mother", "grandfather", "grandmother") && isWord(items[t - 3], "her", "his", "their")) return true;
  for (let p = t - 1; p >= 0 && p >= t - 4; p--) {
    const w = lowerOf(items[p]);
    if (PAST.has(w)) return true;
    // ("arrest a former vice-president and President X": the past is another noun's.)
    if (w === "and" || w === "or") return false;
    if (!(MODIFIERS.has(w) || items[p]!.kind === "actor" || w === "'s" || isLowerWord(w))) return false;
  }
  return false;
}
