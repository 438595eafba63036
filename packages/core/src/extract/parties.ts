import { getActor, isIslandState, lookupActorName, regionOf } from "../gazetteer/actors.js";
import { titleCountries } from "../gazetteer/titles.js";
import { isEnvoyRole } from "../model/official.js";
import { isAsciiUpper } from "./chars.js";
import { distinctParties, listJoint, moved, type Party, party } from "./context.js";
import { isGerund } from "./item-words.js";
import { type ActorItem, isHonorificLower, type Item, MONTH_WORDS, type TitleItem, type WordItem } from "./mentions.js";
import { PLURAL_TITLE, type PersonRecord } from "./officials.js";
import { ORGANISATIONS } from "./party-kinds.js";

/** What the reader remembers between sentences to resolve "he", "the country" and "the two countries". */
export interface PartyMemory {
  lastPerson: Party | undefined;
  /** The person named before the last one (another person), for a "him" whose clause's subject is the last. */
  priorPerson: Party | undefined;
  /** The official the last sentence was about (its subject), for a "He" opening the next one. */
  subjectPerson: Party | undefined;
  /** States named so far, most recent first. */
  recent: Party[];
  /** How often each state has been named so far, by code. */
  named: Map<string, number>;
  /** The state each telling description stood for last ("island"), by that word. */
  described: Map<string, string>;
  /** The last list of each length (three to six states) the text gave: what "the quartet", "all four countries" count. */
  lists: Map<number, Party[]>;
  /** The person a name stands for; at a position, a shared surname is the one last named in full before it. */
  person(name: string, at?: number): PersonRecord | undefined;
  /** The official holding a role, when the document names exactly one ("the Foreign Secretary"). */
  holder(role: string): PersonRecord | undefined;
  /** The official holding a role for a state, when the document names exactly one ("the Polish leader"). */
  holderIn(role: string, code: string): PersonRecord | undefined;
  /** The state the document is mostly about, for titles with no state ("the Foreign Minister said"). */
  dominant: string | null;
  /** The article's main person, for a quoted "I". */
  speaker?: Party;
  /** The speaker a transcript's label names for the paragraph being read ("Soto: Our embassy …"). */
  labelled?: Party;
  /** The main person when named more often than anyone else: whom a release's capitalised "the Minister" means. */
  lead: Party | undefined;
  /** The subject of the last sentence that had one, for a sentence-initial "It". */
  subject?: Party;
  /** The publisher's state, read from the URL: whose "the Foreign Minister" an unqualified title usually is. */
  home: string | null;
  /**
   * The last pair "the two", "both sides" stood for, and how many states had been named (`told`) by the end of the
   * sentence that named it (-1 until that sentence ends).
   */
  pair: readonly Party[] | undefined;
  pairAt: number;
  /** How many states have been named so far, all told. */
  told: number;
  /** Sentences read so far. */
  sentences: number;
  /** The two sides of the last talks, call or deal read (extract.ts), and the sentence count when they were. */
  talks: readonly Party[] | undefined;
  talksAt: number;
}

const PRONOUNS_PERSON = new Set(["he", "she", "his", "her", "him"]);
const ORDERED = /\b(?:ordered|orders|asked|asks|told|tells|urged|urges|forced|forces|instructed|instructs|requested|requests)\s+$/i;
const DECISION_OF = /^['’]s\s+(?:[\w-]+\s+){0,2}(?:decision|plans?|move|intention|bid|pledge|promise|offer|commitment|announcement|readiness|agreement)(?:,\s+(?:announced|made|taken|unveiled)\s+[^,;.]{1,40},)?\s+to\s+[\w-]+\s+$/i;
// (", even though Sri Lanka shut its own embassy in Oslo": a subordinate clause has a subject of its own.)
const CLAUSE_BREAK = /;|,\s*(?:while|whereas|but|(?:even )?though|although|because|after|before|when)\s|\sthat\s/g;

/** The offset of the last break between clauses ("; ", ", while ", " that ") in text[from, to), or -1. */
function lastClauseBreak(text: string, from: number, to: number): number {
  // (Read in text[from, to) alone, not past it to the next break of the document. `to` opens "it"/"its", and no break
  // runs across an "it", so none starting before `to` is cut short.)
  const part = text.slice(from, to);
  let at = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(part); m; m = CLAUSE_BREAK.exec(part)) at = from + m.index;
  return at;
}

const PREPOSITIONS = new Set(["dateline", "in", "to", "at", "from", "with", "of", "into", "for", "by", "on", "against", "between", "and", "over", "toward", "towards", "about"]);
const PRONOUNS_STATE = new Set(["its", "it"]);
// "It is not the first time Peru has …", "It was unclear whether …": an "It" that stands for no one, so the state
// named after it is the sentence's subject.
const EXPLETIVE_IT = /^\s+(?:is|was|has been|had been)\s+(?:not\s+)?(?:the\s+(?:first|second|third|fourth|fifth|latest|last|only)\s+time\b|(?:un)?clear\b|not\s+clear\b)/i;
// Prepositions whose "it" is an object that the clause's subject acts towards ("ties with it", "an envoy to it").
const OBJECT_CUES: ReadonlySet<string> = new Set(["with", "to", "against", "toward", "towards"]);
const AND_THE = /^, and (?:the )?$/;
const LIST_AFTER = /^(?:,|\s+(?:and|or)\b)/;
const SAYING_CUES: ReadonlySet<string> = new Set(["said", "says", "announced", "noted", "stated", "added", "confirmed"]);
const WITH_OVER_ITS = /^\s+(?:over|about)\s+$/;
// (Irregular past verbs too: "a blow to Taiwan, which shut its embassy".)
const CLOSED_SUBORDINATE = /,\s+(?:after|before|when|once|since|while|because|following)\s[^,;]{1,120},\s+$/i;
const RELATIVE_TO_ITS = /^,\s+(?:which|that)\s+(?:(?:has|had|also|then|later|swiftly|promptly|quickly|immediately)\s+)*(?:[a-z]+(?:ed|s)|shut|cut|broke|withdrew|kept|sent|made|took|gave|set|put)\s+$/;
// The states on the Persian Gulf: "the Gulf state" is none of Western Asia's others (Jordan, Syria, Turkey …).
const GULF_STATES: ReadonlySet<string> = new Set(["SA", "AE", "BH", "QA", "KW", "OM", "IQ", "IR", "YE"]);
// Words that place a state described without its name ("the South American country", "the Gulf state") in a UN
// geoscheme region or subregion; the first that matches decides, so the narrower come first.
const REGION_WORDS: ReadonlyArray<readonly [RegExp, (region: string, subregion: string, code: string) => boolean]> = [
  [/\blatin american\b/, (region, _, code) => region === "Americas" && code !== "US" && code !== "CA"],
  [/\bsouth american\b/, (_, sub) => sub === "South America"],
  [/\bcentral american\b/, (_, sub) => sub === "Central America"],
  [/\bnorth american\b/, (_, sub) => sub === "North America"],
  [/\bcaribbean\b/, (_, sub) => sub === "Caribbean"],
  [/\bwest(?:ern)? african\b/, (_, sub) => sub === "Western Africa"],
  [/\beast(?:ern)? african\b|\bhorn of africa\b/, (_, sub) => sub === "Eastern Africa"],
  [/\bnorth(?:ern)? african\b|\bmaghreb\b/, (_, sub) => sub === "Northern Africa"],
  [/\bsouthern african\b/, (_, sub) => sub === "Southern Africa"],
  [/\bafrican\b/, (region) => region === "Africa"],
  [/\bbalkan\b/, (_, sub) => sub === "Southeast Europe"],
  [/\bbaltic\b/, (_, __, code) => code === "EE" || code === "LV" || code === "LT"],
  [/\b(?:nordic|scandinavian)\b/, (_, sub) => sub === "Northern Europe"],
  [/\beuropean\b/, (region) => region === "Europe"],
  [/\bsouth[- ]?east asian\b/, (_, sub) => sub === "South-Eastern Asia"],
  [/\bsouth asian\b/, (_, sub) => sub === "Southern Asia"],
  [/\bcentral asian\b/, (_, sub) => sub === "Central Asia"],
  [/\beast asian\b/, (_, sub) => sub === "Eastern Asia"],
  [/\bgulf\b/, (_, __, code) => GULF_STATES.has(code)],
  [/\b(?:middle eastern|west asian)\b/, (_, sub) => sub === "Western Asia"],
  [/\barab\b/, (_, sub) => sub === "Western Asia" || sub === "Northern Africa"],
  [/\basian\b/, (region) => region === "Asia"],
  [/\b(?:pacific|oceanian)\b/, (region) => region === "Oceania"],
];

/** The test of a description's region ("South American"), if it names one. */
function regionTest(description: string): ((code: string) => boolean) | undefined {
  const lower = description.toLowerCase();
  const test = REGION_WORDS.find(([words]) => words.test(lower))?.[1];
  if (!test) return undefined;
  return (code) => {
    const region = regionOf(code);
    return region !== undefined && test(region[0], region[1], code);
  };
}

const SAID_THAT = /^\s*(?:,[^,;]{0,60},\s*)?(?:said|says|announced|stated|noted|added|stressed|insisted|told [\w ]{1,25}?)(?:\s+on\s+\w+)?(?:\s+that)?\s*$/i;
const STATE_NOUNS = new Set(["country", "kingdom", "republic", "island", "islands", "nation", "sultanate", "emirate", "principality", "state", "archipelago", "city-state"]);
const LIST_COUNTS: Readonly<Record<string, number>> = { three: 3, four: 4, five: 5, six: 6 };
const GROUP_OF_COUNT: Readonly<Record<string, number>> = { trio: 3, quartet: 4 };

/**
 * Where the count of "the three countries" stands before the noun at `i`, past one capitalised word ("the three European
 * countries", "the four Nordic states"); -1 when there is none.
 */
function countedAt(items: Item[], i: number, text: string): number {
  // ("the three countries", "all four countries")
  const count = (k: number) => items[k]?.kind === "word" && LIST_COUNTS[(items[k] as { lower: string }).lower] !== undefined && isWord(items[k - 1], "the", "all");
  if (count(i - 1)) return i - 1;
  const adjective = items[i - 1];
  return adjective?.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(text.slice(adjective.start, adjective.end)) && count(i - 2) ? i - 2 : -1;
}

/** The states of the last list of exactly `n` named together ("Italy, France and Spain"), in this sentence first. */
function lastList(parties: Party[], memory: PartyMemory, text: string, n: number): Party[] {
  const run = listIn([...parties.filter((p) => p.via === "actor").reverse(), ...memory.recent.filter((p) => p.via === "actor")], text, n);
  // ("The quartet cut ties with Qatar", paragraphs after the four were listed: the last list of that many the text gave.)
  return run.length ? run : (memory.lists.get(n) ?? []);
}

/** The states of the last `n` officials of different states named, this sentence first, in text order; none when fewer. */
function lastOfficialStates(parties: Party[], memory: PartyMemory, n: number): Party[] {
  const out: Party[] = [];
  for (const p of [...parties.filter((q) => q.via === "official").reverse(), ...memory.recent.filter((q) => q.via === "official")]) {
    if (!out.some((q) => q.code === p.code)) out.push(p);
    if (out.length === n) return out.reverse();
  }
  return [];
}

/** The first run of exactly `n` states joined by ", " or "and" in `named` (nearest first), in text order. */
function listIn(named: readonly Party[], text: string, n: number): Party[] {
  for (let i = 0; i + n <= named.length; i++) {
    // Runs read backwards: each earlier state joined to the next by ", " or "and".
    const run = [named[i]!];
    for (let k = i + 1; k < named.length && run.length < n + 1; k++) {
      const gap = text.slice(named[k]!.end, run.at(-1)!.start);
      if (!/^(?:,\s*|\s+and\s+|,\s+and\s+)$/.test(gap)) break;
      run.push(named[k]!);
    }
    if (run.length === n) return run.reverse();
  }
  return [];
}

const TAKEN_BEFORE = /\b(?:took|taken|takes|taking|brought|brings)\s+(?:the\s+)?$/i;
// "The countries established relations in 1976": a plural with no number names the pair the story is about.
const PAIR_VERBS_LIST = ["met", "held", "signed", "agreed", "spoke", "talked", "established", "restored", "exchanged"];
const PAIR_VERBS: ReadonlySet<string> = new Set(PAIR_VERBS_LIST);
// Verbs a group of states does together, after "the three".
const GROUP_VERBS: ReadonlySet<string> = new Set([...PAIR_VERBS_LIST, "adopted", "issued", "pledged", "endorsed"]);
// "they expelled each other's diplomats", "they recalled one another's envoys": whatever comes before, a plural
// pronoun whose verb's object is reciprocal is the two states last named.
const RECIPROCAL_OBJECT = /^\s+(?:[a-z]+ly\s+)?(?:had\s+|have\s+|then\s+|also\s+)?[a-z]+ed\s+(?:each other|one another)['’]s?\s/;
const TOWN_PARTS: ReadonlySet<string> = new Set(["district", "neighbourhood", "neighborhood", "quarter", "suburb", "borough", "area", "region", "province", "municipality"]);
// A demonym as a plural noun ("Israelis", "Filipinos"; not "Swiss"), and the words that count one before it.
const PLURAL_DEMONYM = /[^s]s$/;
const COUNTING: ReadonlySet<string> = new Set(["many", "some", "several", "few", "more", "most", "ordinary", "million", "millions", "thousand", "thousands", "hundred", "hundreds"]);
/** Whether the word before item `i` counts it: a number, "many", "some 130,000". */
function countedBefore(items: Item[], i: number): boolean {
  const before = items[i - 1];
  return before?.kind === "word" && (COUNTING.has(before.lower) || /^\d[\d,.]*$/.test(before.text));
}
const NOT_THE_STATE: ReadonlySet<string> = new Set([
  "company", "companies", "firm", "firms", "corporation", "conglomerate", "bank", "banks", "businessmen", "businesspeople", "businesswomen",
  "investors", "entrepreneurs", "executives", "exporters", "importers", "traders", "tourists", "fans", "students", "scientists",
  "researchers", "academics", "scholars", "artists", "players", "athletes", "footballers", "club", "genocide", "famine",
  "holocaust", "massacre", "migrants", "refugees", "workers", "fishermen", "farmers", "journalists",
  // ("Russian instructors arrived in Niamey": soldiers sent are no state's envoys.)
  "troops", "soldiers", "instructors", "mercenaries", "servicemen", "paratroopers", "peacekeepers",
  // ("hosted a Chilean cultural week", "a Peruvian film festival": a culture's event or goods, not the state.)
  "cultural", "culture", "festival", "film", "films", "cuisine", "food", "wine", "wines", "music", "musicians", "art", "fair", "exhibition",
]);
const NON_STATE_BODY_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:community|communities|diaspora|expatriates|associations?|foundation|chambers? of (?:commerce|industry)|business council)\b/iu;
const MET_VERBS: ReadonlySet<string> = new Set(["met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes", "thanked", "briefed"]);
const PAIR_NOUNS = new Set(["countries", "sides", "nations", "rivals", "neighbours", "neighbors", "pair"]);
const COUNTED_NOUNS = new Set([...PAIR_NOUNS, "states", "governments", "capitals"]);
const OBJECT_OF_VERB: ReadonlySet<string> = new Set(["ordered", "expelled", "summoned", "told", "urged", "accused", "met", "received", "hosted", "welcomed", "asked", "called", "thanked", "criticised", "criticized", "blamed"]);
const EACH_NOUNS: ReadonlySet<string> = new Set(["country", "side", "nation", "state", "government"]);
const EACH_WITH_NOUNS: ReadonlySet<string> = new Set(["leader", "side", "delegation", "president", "minister"]);
const GROUP_NOUNS = new Set(["countries", "sides", "nations", "states", "governments", "neighbours", "neighbors", "capitals", "rivals", "pair"]);
// "the two embassies" are two posts, not the two states.
const POST_NOUN = /^(?:embass|consulat|missions?$|offices?$|posts?$|high commissions?$)/;
// Every word a branch of readParties reads a party from.
const PARTY_WORDS: ReadonlySet<string> = new Set([...PRONOUNS_PERSON, "i", "my", "our", ...PRONOUNS_STATE, "their", "they", ...STATE_NOUNS, ...PAIR_NOUNS, ...GROUP_NOUNS, "two", "three", "four", "five", "six", "ministers", "parties", "government", "cabinet", "junta", "authorities", "regime", "trio", "quartet", "both"]);
// (Up to six words as parameters, not a rest array: this is asked several times for each item that names a party, and
// a rest array is built at every call, a word or not.)
const isWord = (it: Item | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string) => {
  if (it?.kind !== "word") return false;
  const w = it.lower;
  return w === a || w === b || w === c || w === d || w === e || w === f;
};
const isEnvoyTitle = (it: Item | undefined) => it?.kind === "title" && isEnvoyRole(it.role);
// "Ambassadors from Peru, Chile and Norway presented …": envoys from a state when the title opens the sentence ("The
// new ambassadors from"), not "recalled its ambassador from Peru", where Peru is the post.
const OPENING_WORDS: ReadonlySet<string> = new Set(["the", "new", "newly", "appointed", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]);
function envoysFromAtStart(items: Item[], i: number): boolean {
  if (!isWord(items[i - 1], "from") || !isEnvoyTitle(items[i - 2])) return false;
  for (let k = 0; k < i - 2; k++) {
    const it = items[k]!;
    if (it.kind !== "word" || !OPENING_WORDS.has(it.lower)) return false;
  }
  return true;
}

// Read once per person: a person can be mentioned thousands of times in a long text.
// ("" for none, so that one look-up, not has and get, answers for a person already read.)
const ACCREDITATION = new WeakMap<PersonRecord, string>();
function accreditationOf(person: PersonRecord): string | undefined {
  // (A person of a few mentions, as nearly all are, is read on the spot: cheaper than the look-up and the new entry,
  // and the mentions are settled before parties are read.)
  if (person.mentions.length <= 4) return firstAccreditation(person) || undefined;
  let to = ACCREDITATION.get(person);
  if (to === undefined) ACCREDITATION.set(person, (to = firstAccreditation(person)));
  return to || undefined;
}
function firstAccreditation(person: PersonRecord): string {
  for (const m of person.mentions) if (m.accreditedTo) return m.accreditedTo;
  return "";
}

// (Lower-cased once per state: "the country" reads every state named so far, twice.)
const OFFICIAL_NAMES = new Map<string, string>();
function officialNameOf(code: string): string {
  let name = OFFICIAL_NAMES.get(code);
  // (Padded with spaces, so that a noun is looked for as whole words: "the new state" is not the United States.)
  if (name === undefined) OFFICIAL_NAMES.set(code, (name = ` ${getActor(code)?.officialName?.toLowerCase() ?? ""} `));
  return name;
}

/** The start of the last `needle` lying wholly within text[from, to), or -1. */
function lastIndexIn(text: string, needle: string, from: number, to: number): number {
  const at = text.slice(from, to).lastIndexOf(needle);
  return at < 0 ? -1 : from + at;
}

/** The word before item `i`, skipping "the" and "'s": the preposition or verb that introduces it. */
export function cueBefore(items: Item[], i: number): string {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const it = items[k]!;
    // "by Foreign Minister X": the title stands between the preposition and the name.
    if (it.kind === "title") continue;
    if (it.kind !== "word") return "";
    if (it.lower === "the" || it.lower === "'s") continue;
    // ("with His Excellency Dr. X": honorifics, and a dot closing one, stand between the preposition and the name.)
    if (k >= i - 4 && (isHonorificLower(it.lower) || (it.lower === "." && items[k - 1]?.kind === "word" && isHonorificLower((items[k - 1] as WordItem).lower)))) continue;
    // "with our Minister of Foreign Affairs, X": the name in apposition to a title, after "our" or "the".
    if (k === i - 1 && it.lower === "," && items[k - 1]?.kind === "title") continue;
    if (k < i - 1 && (it.lower === "our" || it.lower === "their") && items[k + 1]?.kind === "title") continue;
    return it.lower;
  }
  return "";
}

const TELLER_THEN = /^\s+(?:said|says|told\s+[\w\s]{1,30}?|announced|confirmed|stated)\s+(?:that\s+)?(?:[\w-]+\s+){0,4}$/;
// Who may act for "the two countries": "ministers of the two governments", "delegations of both sides".
const DELEGATE_NOUNS: ReadonlySet<string> = new Set(["ministers", "officials", "representatives", "delegations", "delegates", "envoys", "leaders", "diplomats", "negotiators"]);
/** "Ministers of the two governments" opening its clause, the two (or "both") ending at item `i`. */
function delegatesOfTwo(items: Item[], i: number): boolean {
  const of = isWord(items[i - 2], "the") ? i - 3 : i - 2;
  const noun = items[of - 1];
  return isWord(items[of], "of") && noun?.kind === "word" && DELEGATE_NOUNS.has(noun.lower) && (of - 1 === 0 || isWord(items[of - 2], ","));
}

const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(["during", "on", "in", "after", "before", "at", "while", "ahead", "besides", "apart", "unlike", "like", "alongside", "beyond", "despite"]);
/** The state that opens the main clause after an opening phrase ("After the attack on its embassy …, Azerbaijan …"). */
function openingSubjectAfter(items: Item[], i: number): ActorItem | undefined {
  const comma = openingPhraseEnd(items, i);
  const next = items[comma + 1];
  return comma >= 0 && next?.kind === "actor" && !isWord(items[comma + 2], "'s") ? next : undefined;
}

/** The comma that closes a sentence's opening phrase ("During …,", "After …,") holding item `i`, within 16 items; else -1. */
function openingPhraseEnd(items: Item[], i: number): number {
  if (!(items[0]?.kind === "word" && OPENING_PREPOSITIONS.has((items[0] as WordItem).lower))) return -1;
  return commaAfter(items, i);
}

const PARTICIPLE_OPENING = /^(?:Speaking|Addressing|Talking|Writing|Visiting|Arriving|Attending|Returning)$/;
/** Whether the sentence opens with a participle of saying or going ("Speaking in Rome, …"). */
const isParticipleOpening = (items: Item[]) => items[0]?.kind === "word" && PARTICIPLE_OPENING.test(items[0].text);
/** The first comma within a few items after `i`, else -1. */
function commaAfter(items: Item[], i: number): number {
  for (let comma = i + 1; comma < items.length && comma < i + 16; comma++) if (isWord(items[comma], ",")) return comma;
  return -1;
}

/** The person named first after the comma closing an opening phrase ("During his visit to B, X …") whose possessive is at `i`. */
function cataphoricSubject(items: Item[], i: number, memory: PartyMemory, participle = false): Party | undefined {
  // ("In presenting her credentials, X …", "Presenting her credentials, X …": so too a participle's possessive.)
  const comma = participle || (i === 1 && isGerund(items[0])) ? commaAfter(items, i) : i === 1 || (i === 2 && isGerund(items[1])) ? openingPhraseEnd(items, i) : -1;
  if (comma < 0) return undefined;
  // (Past the person's state and title: "…, French President Emmanuel Macron and …".)
  let at = comma + 1;
  while (at < comma + 6 && (items[at]?.kind === "actor" || items[at]?.kind === "title" || isWord(items[at], "'s", "the"))) at++;
  const next = items[at];
  if (next?.kind !== "person") return undefined;
  const person = memory.person(next.name);
  return person?.country ? party(person.country, next.start, next.end, "official", "", person.name, person.mentions[0]?.role || undefined) : undefined;
}

/** A dateline's dash within a few words of item `from`, with only its day between ("12 February 2025 –"). */
function dashSoonAfter(items: Item[], from: number): boolean {
  for (let k = from; k < from + 6 && k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== "word") return false;
    if (it.lower === "—" || it.lower === "–" || it.lower === "-" || it.lower === "(") return true;
  }
  return false;
}

const PAIR_TITLE = /(?:ministers|leaders|presidents|heads of state|heads of government|prime ministers|envoys|negotiators)$/i;
const STYLES = new Set(["his", "her", "highness", "majesty", "excellency", "royal"]);
/** Where the article before a title stands, past an honorific ("the Honourable Minister"). */
// ("the new Ambassador called at the State Department": so too a holder the text calls new.)
const theAt = (items: Item[], i: number) => {
  let k = i - 1;
  while (k > i - 3 && isWord(items[k], "honourable", "honorable", "new", "newly-appointed", "incoming")) k--;
  return k;
};
/** The item before a style of address ending at `k` ("Separately, His Highness the President"). */
function stylesBefore(items: Item[], k: number): number {
  while (k >= 0 && items[k]!.kind === "word" && STYLES.has((items[k] as { lower: string }).lower)) k--;
  return k;
}

const TIME_WORDS: ReadonlySet<string> = new Set([
  "on", "in", "late", "early", "later", "earlier", "also", "then", "that", "this", "last", "the", "same", "day", "morning", "afternoon", "evening", "night",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
]);
/**
 * Whether only a time opens the sentence before item `k` ("On Tuesday the minister …", "Later that day the president …"),
 * or a place with it ("In Bamako on December 21 the emir held talks …").
 */
// ("At the end of their talks, they signed …": an opening phrase of the occasion just told, then the pair.)
const OCCASION_OPENING = /^(?:at the (?:end|close|conclusion) of|after|following|during|before|on the sidelines of)\s+(?:the|their|these|those)\s+(?:[\w-]+\s+){0,2}(?:talks|meetings?|discussions|consultations|ceremony|session|summit)$/i;
function afterTimeOnly(items: Item[], k: number): boolean {
  if (k < 1 || k > 6) return false;
  for (let j = 0; j < k; j++) {
    const w = items[j]!;
    if ((w.kind === "city" || w.kind === "actor") && j === 1 && isWord(items[0], "in", "at")) continue;
    if (w.kind !== "word" || !(TIME_WORDS.has(w.lower) || MONTH_WORDS.has(w.lower) || /^(?:\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)$/.test(w.lower))) return false;
  }
  return true;
}

/** A capital after a preposition of place ("in Addis Ababa"): where something is, not a state acting. */
function capitalAsPlace(p: Party, text: string): boolean {
  return (p.cue === "in" || p.cue === "at") && lookupActorName(text.slice(p.start, p.end))?.kind === "capital";
}

// (Words of a state's description: "the tiny Pacific island nation of", not "the head of state of".)
const DESCRIBING_NOT: ReadonlySet<string> = new Set(["of", "and", "or", "head", "heads", "secretary", "minister", "ministers", "capital", "people", "government", "president", "leader", "leaders", "embassy", "king"]);
/**
 * "The West African nation of Guinea-Bissau cut ties": the item of the "the" that opens a state described before its
 * name, whose cue the name takes (none here, so it is the subject; "with the island nation of Nauru": "with").
 */
function stateNamedOf(items: Item[], i: number): number | undefined {
  const noun = items[i - 2];
  if (!isWord(items[i - 1], "of") || noun?.kind !== "word" || !STATE_NOUNS.has(noun.lower)) return undefined;
  for (let k = i - 3; k >= 0 && k >= i - 7; k--) {
    const it = items[k]!;
    if (it.kind !== "word") return undefined;
    if (it.lower === "the") return k;
    if (DESCRIBING_NOT.has(it.lower) || !/^\p{L}[\p{L}-]*$/u.test(it.lower)) return undefined;
  }
  return undefined;
}

/** The cue of a party named by item `i` (read only for items that become parties: most are plain words). */
function cueOf(items: Item[], i: number): string {
  const it = items[i]!;
  // A dateline ("RIYADH —", "BEIJING:") is where the story is told from, never its subject.
  // ("Port-au-Prince, May 22 (EFE).- …": so too a place in title case before the dateline's day.)
  // ("Beirut (AFP) - …": so too one in title case before an agency's name in brackets and the dash.)
  const dateline = i === 0 && (it.kind === "actor" || it.kind === "city") && ((isWord(items[1], "—", "–", "-", ":", "(", ",") && it.text === it.text.toUpperCase()) || (isWord(items[1], ",") && items[2]?.kind === "word" && MONTH_WORDS.has(items[2].lower)) || (isWord(items[1], "(") && isWord(items[3], ")") && isWord(items[4], "—", "–", "-", "--", ":")));
  // "MASHHAD, Iran — …": the country after the dateline's city is the dateline's too.
  // ("NAIROBI, Kenya, Feb 12 –": so too before the dateline's day.)
  const datelineCountry = i === 2 && it.kind === "actor" && isWord(items[1], ",") && (items[0]!.kind === "city" || items[0]!.kind === "actor") && items[0]!.text === items[0]!.text.toUpperCase() && (isWord(items[3], "—", "–", "-", ":", "(") || (isWord(items[3], ",") && dashSoonAfter(items, 4)));
  // ("RIGA/TALLINN, Jan 24 -": two towns in capitals joined by a slash are both the dateline's.)
  const twinDateline = i <= 2 && (it.kind === "actor" || it.kind === "city") && it.text === it.text.toUpperCase() && (i === 0 ? isWord(items[1], "/") && items[2] !== undefined && (items[2].kind === "actor" || items[2].kind === "city") : isWord(items[1], "/") && (items[0]!.kind === "actor" || items[0]!.kind === "city") && items[0]!.text === items[0]!.text.toUpperCase() && isWord(items[3], "—", "–", "-", ":", "(", ","));
  if (dateline || datelineCountry || twinDateline) return "dateline";
  const named = stateNamedOf(items, i);
  const cue = cueBefore(items, named ?? i);
  // "accredited to Portugal with residence in Paris", "based in Pretoria": where an envoy lives, not where anything happens.
  return (cue === "in" || cue === "at") && isWord(items[i - 2], "residence", "resident", "based", "residing", "headquartered", "seated") ? "based" : cue;
}


/**
 * The states a sentence involves, in order: named states, officials (through the state they serve), cities,
 * pronouns, "the country", "the two countries", and bare titles ("the Foreign Secretary").
 */
const STANCE_BEFORE = /\b(?:critic|opponent|foe|detractor|enemy)s? of (?:the )?$/i;

export function readParties(items: Item[], memory: PartyMemory, text: string): Party[] {
  const parties: Party[] = [];
  // A digest's item opens with a dateline of its own ("CHISINAU - … gave him 72 hours"): a new story, whose "he" or
  // "him" is no one the item before named.
  if (items.length > 1 && (items[0]!.kind === "actor" || items[0]!.kind === "city") && cueOf(items, 0) === "dateline") {
    memory.lastPerson = undefined;
    memory.subjectPerson = undefined;
  }
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    // Most items are words that name no one: one look-up skips every branch below that reads a word.
    if (it.kind === "word" && !PARTY_WORDS.has(it.lower)) continue;
    // ("met Chilean businessmen", "a contract with the Chilean firm X", "recognise the Armenian genocide": a demonym
    // describing people or things of a state, not the state acting.)
    if (it.kind === "actor" && it.via === "demonym" && items[i + 1]?.kind === "word" && (NOT_THE_STATE.has((items[i + 1] as { lower: string }).lower) || (isWord(items[i + 1], "military") && items[i + 2]?.kind === "word" && NOT_THE_STATE.has((items[i + 2] as { lower: string }).lower)))) continue;
    // ("received leaders of the Chilean community", "the Chilean Chamber of Commerce": a people's or trade's own body.)
    if (it.kind === "actor" && it.via === "demonym" && NON_STATE_BODY_AFTER.test(text.slice(it.end, it.end + 50))) continue;
    // ("some 130,000 Israelis had visited", "many Chileans travel to": a people counted, not the state.)
    if (it.kind === "actor" && it.via === "demonym" && countedBefore(items, i) && PLURAL_DEMONYM.test(it.text)) continue;
    // ("received Imam X, an influential critic of the Malian junta": a state a person's stance is told towards.)
    if (it.kind === "actor" && STANCE_BEFORE.test(text.slice(Math.max(0, it.start - 40), it.start))) continue;
    if (it.kind === "actor") {
      // ("Fiji's High Commissioner": so too a possessive state's.)
      const envoy = isEnvoyTitle(items[i + 1]) || (isWord(items[i + 1], "'s") && isEnvoyTitle(items[i + 2])) || (isWord(items[i - 1], "of") && isEnvoyTitle(items[i - 2])) || envoysFromAtStart(items, i);
      // "The foreign ministers of Peru and Chile visited …", "received the leaders from A and B": a state after its
      // officials' title stands where the title does, subject or object, not as an object of "of".
      // (Not an envoy's: "recalled its ambassador from Peru" names the post.)
      const titled = (isWord(items[i - 1], "of", "from") && items[i - 2]?.kind === "title" && !envoy && !isEnvoyTitle(items[i - 2]));
      // "spoke with his Polish counterpart": the possessive stands for the determiner, the state takes the cue before it.
      const owned = isWord(items[i - 1], "his", "her", "their") && items[i + 1]?.kind === "title";
      markParty(parties, memory, party(it.code, it.start, it.end, "actor", titled ? cueBefore(items, i - 2) : owned ? cueBefore(items, i - 1) : cueOf(items, i), undefined, undefined, undefined, envoy || undefined));
    } else if (it.kind === "city") {
      // ("the new chancery in the Miramar district": a part of a town, named like a town elsewhere, is no town.)
      if (isWord(items[i - 1], "the") && items[i + 1]?.kind === "word" && TOWN_PARTS.has((items[i + 1] as WordItem).lower)) continue;
      markParty(parties, memory, party(it.city.country, it.start, it.end, "city", cueOf(items, i)));
    } else if (it.kind === "person") {
      const person = memory.person(it.name, it.start);
      if (person?.country) {
        const role = person.mentions[0]?.role;
        const accreditedTo = accreditationOf(person);
        markParty(parties, memory, party(person.country, it.start, it.end, "official", cueOf(items, i), person.name, role || undefined, accreditedTo || undefined));
      }
    } else if (it.kind === "title" && isWord(items[i - 1], "each") && MET_VERBS.has(cueBefore(items, i - 1))) {
      // ("Erdoğan first received each leader separately": each of the two last named, as "each of the two leaders".)
      const host = parties.findLast((p) => p.via === "official" && !PREPOSITIONS.has(p.cue))?.code;
      for (const p of lastTwoStates(parties, memory, true, text, host)) parties.push(moved(p, items[i - 1]!.start, it.end, "group", cueBefore(items, i - 1)));
    } else if (it.kind === "title" && (isWord(items[i - 1], "both") || ((i === 1 || isWord(items[i - 2], ",")) && isWord(items[i - 1], "the") && PAIR_TITLE.test(it.text))) && PLURAL_TITLE.test(it.text)) {
      // "both leaders", "both foreign ministers": the states of the last two named, as "both sides" (below).
      // (So too "The leaders discussed …" opening a sentence, or its clause after an opening phrase: "In a statement
      // issued after the meeting, the envoys said …".)
      for (const p of lastTwoStates(parties, memory, true, text)) parties.push(moved(p, items[i - 1]!.start, it.end, "group", cueBefore(items, i - 1)));
    } else if (it.kind === "title" && (i <= 2 || (i <= 9 && isWord(items[theAt(items, i)], "the") && (isWord(items[stylesBefore(items, theAt(items, i) - 1)], ",", ":") || afterTimeOnly(items, theAt(items, i)))) || (isWord(items[i - 1], ",") && afterTimeOnly(items, i - 1)) || isTheTitles(items, i) || isClauseTitle(items, i) || (isWord(items[i - 1], "visiting") && isWord(items[i - 2], "the"))) && !isTitleOfNeighbour(items, i) && !PLURAL_TITLE.test(it.text) && !isWord(items[i - 1], "every", "any", "each")) {
      // ("Every ambassador who comes to Israel …": a title any holder may fill names no one.)
      // (Also after an opening phrase: "In the afternoon, the Minister of State received …", or one of time with no
      // article, "On 22 August, EAM held talks …"; and anywhere as a possessive: "built on the Minister's call with …".)
      // (A plural title, "The leaders discussed …", names people of more than one state: not one holder.)
      // "The Foreign Secretary has visited …": the one holder of that title, else the document's own state.
      const held = memory.holder(it.role) ?? memory.holder(`title:${it.text.toLowerCase()}`);
      // ("U.S. Secretary of State X … The Secretary arrived …", a minister of State named only later: the one named
      // before, who holds the office too, not a holder the text has not yet named.)
      const aheadOnly = held !== undefined && (held.mentions[0]?.start ?? 0) > it.start;
      // ("Pope Francis received X. … The Holy Father received Y": a title of one state's is its holder's, named otherwise.)
      const titledIn = held === undefined ? titleCountries(it.text) : [];
      const holder = aheadOnly && (unnamedInOffice(memory, it.role) ?? subjectInOffice(memory, it.role)) ? undefined : (held ?? (titledIn.length === 1 ? memory.holderIn(it.role, titledIn[0]!) : undefined));
      // ("Kenya's foreign minister flew to Kampala. The minister signed …": the official described just before.)
      // ("Australia's Foreign Minister X arrived in Suva. The minister met …": the one the sentence before was about,
      // when no one else holds the office or the document names more than one.)
      // ("Today, the Minister was received by …" in a ministry's release naming two ministers: a capitalised bare title
      // is the one the release is about, the person it names most often.)
      const unnamed = holder ? undefined : (unnamedInOffice(memory, it.role) ?? subjectInOffice(memory, it.role) ?? (isAsciiUpper(it.text.charCodeAt(0)) && holdsOffice(memory.lead, it.role) ? memory.lead : undefined));
      // ("a Nicaraguan delegation headed by X, one of the president's sons", in a story naming two presidents: the
      // one of the state the sentence named last before the title; not named: that one may not take part.)
      const near = holder || unnamed ? undefined : parties.findLast((p) => p.via === "actor" && p.end <= it.start && !ORGANISATIONS.has(p.code));
      const nearHolder = near ? memory.holderIn(it.role, near.code) : undefined;
      const code = holder?.country ?? unnamed?.code ?? (nearHolder ? near!.code : undefined) ?? (it.role === "foreign-minister" || it.role === "head-of-state" || it.role === "head-of-government" ? (memory.home ?? memory.dominant) : null);
      if (code) markParty(parties, memory, party(code, it.start, it.end, "official", cueOf(items, i), holder?.name ?? unnamed?.official, it.role));
    } else if (it.kind === "title" && items[i - 1]?.kind === "actor" && !PLURAL_TITLE.test(it.text) && !namedAfter(items, i)) {
      // "The Polish leader is on a state visit": the one person the article names in that office of that state.
      const code = (items[i - 1] as { code: string }).code;
      // ("the Special Envoy of the UN Secretary-General, X": the envoy of that state's or body's officer, who serves it.)
      const master = isWord(items[i - 2], "of") && isEnvoyTitle(items[i - 3]) ? memory.holderIn((items[i - 3] as TitleItem).role, code) : undefined;
      const holder = master ?? memory.holderIn(it.role, code);
      if (holder) markParty(parties, memory, party(code, it.start, it.end, "official", cueOf(items, i - 1), holder.name, master ? (items[i - 3] as TitleItem).role : it.role));
      else rememberUnnamed(parties, memory, code, it as TitleItem);
    } else if (it.kind === "title" && isWord(items[i - 1], "'s") && items[i - 2]?.kind === "actor" && !PLURAL_TITLE.test(it.text) && !namedAfter(items, i)) {
      rememberUnnamed(parties, memory, (items[i - 2] as { code: string }).code, it as TitleItem);
    } else if (it.kind === "word" && PRONOUNS_PERSON.has(it.lower) && memory.lastPerson) {
      // "CS X, who …, was received by A and B. On Thursday evening he paid a courtesy call": a subject pronoun opening
      // a sentence before anyone else is named in it is the one the sentence before was about.
      // (A possessive too: "X recalled the envoy and expelled Colombia's ambassador, Y. On Monday his government broke off
      // relations": X's.)
      // (Or after an opening phrase a comma closes: "On Saturday, as a guest at the summit, he met …".)
      // ("In Tokyo, after talks with Foreign Minister X, he signed …": past the person talked with in that phrase.)
      const opening = it.lower !== "him" && (i <= 5 ? !parties.some((p) => p.via === "official") : isWord(items[i - 1], ",") && (it.lower === "he" || it.lower === "she") && !parties.some((p) => p.via === "official" && !cuedWith(parties, p)));
      // ("on the Defence Minister, X, with whom she discussed …": the subject after "whom" is another than the one it stands for.)
      const afterWhom = (it.lower === "he" || it.lower === "she") && isWord(items[i - 1], "whom") && memory.priorPerson?.official !== memory.lastPerson.official ? memory.priorPerson : undefined;
      // ("During his state visit to Brazil that month, Macron and Lula …": an opening phrase's "his" is the subject after it.)
      // ("Speaking in Rome, where he was attending a conference, Foreign Minister X said": so too the "he" of an opening
      // participle's clause.)
      const ahead = it.lower === "his" || it.lower === "her" ? cataphoricSubject(items, i, memory) : (it.lower === "he" || it.lower === "she") && i <= 8 && isParticipleOpening(items) ? cataphoricSubject(items, i, memory, true) : undefined;
      // ("by the Togolese Minister of Foreign Affairs of his country's intention": an office named since, with its state
      // and no name, is whom "his" stands for.)
      const unnamed = ahead === undefined && (it.lower === "his" || it.lower === "her") ? unnamedTitleBefore(items, i) : undefined;
      if (unnamed) markParty(parties, memory, party(unnamed, it.start, it.end, "official", cueOf(items, i)));
      else {
        const found = ahead ?? afterWhom ?? (opening ? memory.subjectPerson : undefined) ?? asideSubject(items, i, parties, text) ?? controllingSubject(items, i, parties, text) ?? joinedClauseSubject(items, i, parties) ?? objectPerson(items, i, parties, memory) ?? memory.lastPerson;
        markParty(parties, memory, moved(counterpartOwner(items, i, parties, found) ?? found, it.start, it.end, "official", cueOf(items, i)));
      }
    } else if (it.kind === "word" && (it.lower === "i" || it.lower === "my" || it.lower === "our") && it.text !== "i" && (memory.speaker || parties.length)) {
      // In quotes, "I" is the one who opened them in the sentence ("X wrote: \"I have decided …\""), else the person
      // the article follows (its most mentioned official); "our" only the former's.
      // ("our" also the one the quote's closing names: "\"Our embassy in Lima remains open,\" said Foreign Minister X".)
      const speaker = quoteOpener(parties, text, it.start) ?? (it.lower === "our" ? quoteCloser(items, i, text, memory) ?? memory.labelled : memory.speaker);
      if (speaker) parties.push(moved(speaker, it.start, it.end, speaker.via, cueOf(items, i)));
    } else if (it.kind === "word" && PRONOUNS_STATE.has(it.lower)) {
      if (!(i === 0 && EXPLETIVE_IT.test(text.slice(it.end, it.end + 40)))) statePronoun(items, i, parties, memory, text);
    } else if (it.kind === "word" && it.lower === "their") {
      // "Denmark and Finland closed their embassies": each state of a coordinated subject (one state's "their" is
      // its people's, not the state's).
      for (const p of coordinatedSubject(parties, text)) parties.push(moved(p, it.start, it.end, "pronoun", cueOf(items, i)));
    } else if (it.kind === "word" && STATE_NOUNS.has(it.lower) && isWord(items[i - 1], "his", "her") && unnamedTitleBefore(items, i - 1)) {
      // ("A expelled B's ambassador after his country recognised C": the state of the office just named, unnamed.)
      parties.push(party(unnamedTitleBefore(items, i - 1)!, items[i - 1]!.start, it.end, "pronoun", cueBefore(items, i - 1)));
    } else if (it.kind === "word" && STATE_NOUNS.has(it.lower) && isWord(items[i - 1], "his", "her", "their") && memory.lastPerson) {
      // "his country": the state of the person just named.
      parties.push(moved(memory.lastPerson, items[i - 1]!.start, it.end, "pronoun", cueBefore(items, i - 1)));
    } else if (it.kind === "word" && STATE_NOUNS.has(it.lower) && !eachOpening(items, i, parties)) {
      stateNoun(items, i, parties, memory, text);
    } else if (it.kind === "word" && GOVERNMENT_NOUNS.has(it.lower)) {
      filedGovernment(items, i, parties, memory, text);
    } else if (it.kind === "word" && COUNTED_NOUNS.has(it.lower) && countedAt(items, i, text) > 0) {
      // "the three countries": the last list of that many states ("from Italy, France and Spain").
      // ("recalled its ambassadors from the three capitals": so too their capitals.)
      const at = countedAt(items, i, text);
      const list = lastList(parties, memory, text, LIST_COUNTS[(items[at] as { lower: string }).lower]!);
      for (const p of list) parties.push(party(p.code, items[at - 1]!.start, it.end, "group", cueBefore(items, at - 1)));
    } else if (it.kind === "word" && LIST_COUNTS[it.lower] !== undefined && isWord(items[i - 1], "the") && items[i + 1]?.kind === "word" && GROUP_VERBS.has((items[i + 1] as WordItem).lower)) {
      // ("X hosted Chinese Premier Y and Japanese Prime Minister Z in Seoul, where the three adopted a declaration": the
      // states of the last so many officials named, when no list of states was given.)
      const n = LIST_COUNTS[it.lower]!;
      const listed = lastList(parties, memory, text, n);
      const list = listed.length ? listed : lastOfficialStates(parties, memory, n);
      for (const p of list) parties.push(party(p.code, items[i - 1]!.start, it.end, "group", cueBefore(items, i - 1)));
    } else if (it.kind === "word" && GROUP_OF_COUNT[it.lower] !== undefined && isWord(items[i - 1], "the")) {
      // ("The quartet cut ties with Qatar": the last list of four states.)
      for (const p of lastList(parties, memory, text, GROUP_OF_COUNT[it.lower]!)) parties.push(party(p.code, items[i - 1]!.start, it.end, "group", cueBefore(items, i - 1)));
    // ("X met Y in Uzhhorod, where they agreed to …": so too after a clause's joint, the two the clause before named.)
    // ("…, after they met in July in Vilnius": or after a conjunction of time.)
    // ("In 2009 they signed protocols": so too after a phrase of time opening the sentence.)
    } else if (it.kind === "word" && it.lower === "they" && (((i === 0 || afterTimeOnly(items, i) || (isWord(items[i - 1], ",") && (afterTimeOnly(items, i - 1) || OCCASION_OPENING.test(text.slice(items[0]!.start, items[i - 1]!.start)))) || (isWord(items[i - 1], "where", "and", "when") && isWord(items[i - 2], ",")) || isWord(items[i - 1], "after", "before", "since")) && items[i + 1]?.kind === "word" && PAIR_VERBS.has((items[i + 1] as WordItem).lower)) || RECIPROCAL_OBJECT.test(text.slice(it.end, it.end + 40)))) {
      // "They met in person in Sochi on 25 November 2021" opening a sentence: the two states last named, as "the two
      // presidents" (only before a verb two sides do together).
      // ("a tour that took the Americans to Fiji, where they met …, and to Papua New Guinea, where they held talks …": the
      // ones the tour took.)
      const taken = i > 0 ? parties.find((p) => p.via === "actor" && p.end < it.start && TAKEN_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) : undefined;
      if (taken) parties.push(moved(taken, it.start, it.end, "pronoun", ""));
      // (The leaders when two are named: "they met" after a spokesman spoke is not the spokesman.)
      else for (const p of lastTwoStates(parties, memory, true, text, undefined, true)) parties.push(moved(p, it.start, it.end, "group", ""));
    } else if ((it.kind === "word" || it.kind === "title") && i > 1 && isWord(items[i - 1], "each") && isWord(items[i - 2], "with") && EACH_WITH_NOUNS.has(it.text.toLowerCase())) {
      // ("Trump held separate talks with each leader": the two other than the one who held them, each on its own.)
      const other = parties.findLast((p) => p.via === "official" || p.via === "actor")?.code;
      for (const p of lastTwoStates(parties, memory, true, text, other)) parties.push(moved(p, items[i - 1]!.start, it.end, "group", cueBefore(items, i - 1)));
    } else if (it.kind === "word" && it.lower === "both" && items[i + 1]?.kind === "word" && (POST_NOUN.test((items[i + 1] as WordItem).lower) || ((items[i + 1] as WordItem).lower === "interests" && isWord(items[i + 2], "sections")))) {
      // ("Both interests sections were upgraded to embassies": the posts of the last two states named, each in the other.)
      for (const p of lastTwoStates(parties, memory, false, text)) parties.push(party(p.code, it.start, it.end, "group", cueBefore(items, i)));
    } else if (it.kind === "word" && it.lower === "ministers" && ((i === 1 && isWord(items[0], "the")) || isWord(items[i - 1], "both"))) {
      // "The ministers discussed …, and signed …" opening a sentence: the two states last named, as "both ministers".
      // ("Both Ministers agreed to …" anywhere: so too.)
      // ("X held separate talks with both ministers": the two other than the one who held them.)
      const other = isWord(items[i - 2], "with") ? parties.findLast((p) => p.via === "official" || p.via === "actor")?.code : undefined;
      for (const p of lastTwoStates(parties, memory, true, text, other)) parties.push(moved(p, items[i - 1]!.start, it.end, "group", i === 1 ? "" : cueBefore(items, i - 1)));
    } else if (
      it.kind === "word" &&
      ((GROUP_NOUNS.has(it.lower) && (isWord(items[i - 1], "two", "both", "neighbouring", "neighboring") || (isWord(items[i - 1], "the") && PAIR_NOUNS.has(it.lower) && !isWord(items[i + 1], "of") && !someOf(items, i)))) ||
        // ("The parties reviewed …" opening a sentence of a readout: the pair; not "both parties in Congress".)
        (it.lower === "parties" && i === 1 && isWord(items[0], "the") && !isWord(items[2], "of", "in", "to")) ||
        // ("Each country then expelled one of the other's diplomats" opening a sentence: the pair, each on its own.)
        (EACH_NOUNS.has(it.lower) && eachOpening(items, i, parties)) ||

        (it.lower === "two" && isWord(items[i - 1], "the") && !(items[i + 1]?.kind === "word" && (GROUP_NOUNS.has((items[i + 1] as { lower: string }).lower) || POST_NOUN.test((items[i + 1] as { lower: string }).lower)))))
    ) {
      // "the two countries", "both sides", "the two leaders": the last two states named, in this sentence first.
      // ("The two held talks": a verb after "the two" makes it the two people last named, as "the two leaders".)
      const people = it.lower === "two" && (items[i + 1]?.kind === "title" || (items[i + 1]?.kind === "word" && /^[a-z]+$/.test(items[i + 1]!.text)));
      // "The two countries cut ties": the states, not the officials through whom they were last named.
      // ("A held talks with B. … A has severed relations with C. The two sides agreed …": in a sentence that names no
      // state, the sides are those of the talks just told, not the last two states named.)
      // (Only opening the sentence, as a readout's "The two sides agreed …" does: not "officials from both sides".)
      // ("The meeting follows a deal brokered by China under which the two countries agreed …": so too "the two
      // countries" in the sentence after the talks, past a go-between.)
      // ("Chinese Foreign Minister X met the two ministers separately": a pair a verb's subject meets is two others.)
      // ("The King received each of the two leaders separately": so too past "each of".)
      const metVerb = cueBefore(items, i - 1) === "of" && isWord(items[i - 3], "each") ? cueBefore(items, i - 3) : cueBefore(items, i - 1);
      const metBy = people && i > 2 && MET_VERBS.has(metVerb) ? (parties.find((p) => p.via === "official" && p.cue === "") ?? parties.findLast((p) => p.via === "official" && !PREPOSITIONS.has(p.cue)))?.code : undefined;
      const talked = it.lower === "sides" && i <= 2 ? sidesOfTalks(parties, memory, 4) : it.lower === "countries" ? sidesOfTalks(parties, memory, 1) : undefined;
      // ("Ministers of the two governments signed …": the people of the two are the subject, as the two are.)
      const cue = delegatesOfTwo(items, i) ? "" : cueBefore(items, i - 1);
      // ("the two leaders signed": heads of state or government, not a minister named since.)
      const heads = people && items[i + 1]?.kind === "title" && LEADERS.test(items[i + 1]!.text);
      // ("Baird said relations between the two countries were suspended": the teller's state first, the one acting.)
      let pair = talked ?? lastTwoStates(parties, memory, people, text, metBy, heads);
      const teller = people || pair.length !== 2 ? undefined : parties.findLast((p) => p.via === "official" && p.end <= items[i - 1]!.start);
      if (teller && pair[1]!.code === teller.code && TELLER_THEN.test(text.slice(teller.end, items[i - 1]!.start))) pair = [pair[1]!, pair[0]!];
      for (const p of pair) parties.push(people ? moved(p, items[i - 1]!.start, it.end, "group", cue) : party(p.code, items[i - 1]!.start, it.end, "group", cue));
    }
  }
  const said = text.slice(items[0]?.start ?? 0, items.at(-1)?.end ?? 0);
  const witnesses = WITNESS_GATE.test(said);
  const claims = CLAIM_GATE.test(said);
  // (Nor a land claimed: "… Morocco's claim to Western Sahara. The two countries …" are not Morocco and the land.)
  rememberParties(witnesses || claims ? parties.filter((p) => !(witnesses && witnessed(text, p)) && !(claims && isClaimed(text, p))) : parties, memory, text, items[0]?.start ?? 0);
  return parties;
}


/**
 * "Each country" opening a sentence ("Each country then expelled one of the other's diplomats"), or after a short opening
 * phrase naming no one ("Since 1991 each country has been represented in the other's capital …"): the pair, each on its own.
 */
function eachOpening(items: Item[], i: number, parties: Party[]): boolean {
  return isWord(items[i - 1], "each") && (i === 1 || (i <= 5 && !parties.length && !isWord(items[i - 2], "of", "for", "to", "with", "in", "from") && !isWord(items[i - 2], "by")));
}

/**
 * "Kenya's president arrived in Kampala on Monday. He held talks with …": an official the text describes by office and
 * state and never names is still the one a "he" after it points at, when the state opens the sentence as its subject.
 * (The state is the party; the unnamed official only becomes the last person named.)
 */
/**
 * "held talks with Prime Minister X, before meeting his Lebanese counterpart": no one is their own state's counterpart, so
 * a "his" the last person would take, of the counterpart's state, is the sentence's official of another state before it.
 */
function counterpartOwner(items: Item[], i: number, parties: Party[], found: Party): Party | undefined {
  const it = items[i]!;
  const state = items[i + 1];
  if ((it.kind !== "word" || (it.lower !== "his" && it.lower !== "her")) || state?.kind !== "actor" || !(items[i + 2]?.kind === "title" && /^counterpart$/i.test(items[i + 2]!.text)) || found.code !== state.code) return undefined;
  return parties.findLast((p) => p.via === "official" && p.official !== undefined && p.code !== state.code);
}

function rememberUnnamed(parties: Party[], memory: PartyMemory, code: string, title: TitleItem): void {
  if (title.former) return;
  const subject = parties.length === 1 ? parties[0]! : undefined;
  if (!subject || subject.code !== code || subject.via !== "actor" || subject.cue !== "") return;
  if (memory.lastPerson) memory.priorPerson = memory.lastPerson;
  memory.lastPerson = party(code, title.start, title.end, "official", "", undefined, title.role || undefined);
}

/** The state of an office named with its state and no name ("the Togolese Minister"), a few words before item `at`, no person between. */
function unnamedTitleBefore(items: Item[], at: number): string | undefined {
  for (let t = at - 1; t >= 1 && t >= at - 12; t--) {
    const it = items[t]!;
    if (it.kind === "person") return undefined;
    if (it.kind === "title" && !it.former && items[t + 1]?.kind !== "person") {
      // ("the Togolese Minister …", "Macedonia's ambassador": an office its state names just before.)
      const of = items[t - 1]!.kind === "actor" ? items[t - 1] : isWord(items[t - 1], "'s") && items[t - 2]?.kind === "actor" ? items[t - 2] : undefined;
      if (of) return (of as ActorItem).code;
    }
  }
  return undefined;
}

/** Whether `p` holds the office a bare title's `role` names ("the minister" for a foreign minister too). */
const holdsOffice = (p: Party | undefined, role: string): boolean => p?.role !== undefined && (p.role === role || (role === "minister" && p.role.endsWith("minister")));

/** The last person, when the text described and never named them, in the office `role` names. */
function unnamedInOffice(memory: PartyMemory, role: string): Party | undefined {
  const last = memory.lastPerson;
  return last && last.official === undefined && holdsOffice(last, role) ? last : undefined;
}

/** The named official the sentence before was about, when `role` names their office. */
function subjectInOffice(memory: PartyMemory, role: string): Party | undefined {
  const subject = memory.subjectPerson;
  if (!subject || subject.official === undefined || !holdsOffice(subject, role)) return undefined;
  // (Not when the last one named after the subject holds the office too: "A's minister X and B's minister Y spoke. The
  // minister received …" may be either.)
  const last = memory.lastPerson;
  return last && last.official !== subject.official && holdsOffice(last, role) ? undefined : subject;
}

const LOOKING_ON_GATE = /\b(?:looking on|looked on|in attendance|as witnesses)\b/;
const LOOKING_ON = /^[^.;]{0,160}?\s(?:looking on|looked on|in attendance|as witnesses)\b/;
/**
 * "signed the protocols, with A, Foreign Minister B and C looking on": those a "with" names as onlookers are no side;
 * their cue becomes "witness".
 */
export function markOnlookers(parties: Party[], text: string, sentence: { start: number; text: string }): void {
  if (!LOOKING_ON_GATE.test(sentence.text)) return;
  for (let k = 0; k < parties.length; k++) {
    const p = parties[k]!;
    if (p.cue !== "with") continue;
    const on = LOOKING_ON.exec(text.slice(p.end, p.end + 180));
    if (!on) continue;
    const to = p.end + on[0].length;
    for (let j = k; j < parties.length && parties[j]!.start < to; j++) parties[j] = { ...parties[j]!, cue: "witness" };
    return;
  }
}

// "signed by A and B in the presence of Wang Yi of China": a witness or go-between is no side a later "the two" means.
// (So is a third that issued the statement with them: "Under a joint statement issued with China, the two rivals agreed".)
// ("put their signatures to the protocols …, watched by X, Y and Z": so too onlookers who watched.)
const WITNESS_GATE = /\b(?:presence|witnessed|watched|mediated|brokered|issued)\b/i;
const WITNESS_BEFORE = /\b(?:in the presence of|(?:witnessed|watched) by|mediated by|brokered by|(?:issued|released) (?:jointly )?with)\s+(?:[\w'’.-]+,?\s+){0,14}$/i;
export const witnessed = (text: string, p: Party) => WITNESS_BEFORE.test(text.slice(Math.max(0, p.start - 160), p.start));

/** Adds a party; an official's becomes the last person named, for a "he" after it. */
function markParty(parties: Party[], memory: PartyMemory, p: Party): void {
  parties.push(p);
  if (p.via !== "official") return;
  if (memory.lastPerson && memory.lastPerson.official !== p.official) memory.priorPerson = memory.lastPerson;
  memory.lastPerson = p;
}

/**
 * "A met Arnor's King B in Annúminas, and on Friday he held talks …", "A visited the embassy, where he met …": a "he"
 * opening a clause joined after a comma is the sentence's subject, when a person, not the person last named.
 */
function joinedClauseSubject(items: Item[], i: number, parties: Party[]): Party | undefined {
  if (!isWord(items[i], "he", "she")) return undefined;
  // ("…, where, after meeting Y, he and Z signed": past an aside of time right after "where,".)
  let from = i;
  if (isWord(items[i - 1], ",")) {
    const open = items.findLastIndex((it, w) => w < i - 1 && w >= i - 10 && isWord(it, ","));
    if (open > 2 && isWord(items[open - 1], "where") && isWord(items[open + 1], "after", "before", "while", "following", "having")) from = open;
  }
  let k = from - 1;
  while (k > 1 && from - k <= 4 && items[k]!.kind === "word" && !isWord(items[k], ",", "and", "where")) k--;
  if (!isWord(items[k], "and", "where") || !isWord(items[k - 1], ",")) return undefined;
  const first = parties.find((p) => p.via !== "city" && !PREPOSITIONS.has(p.cue));
  // ("Peru's foreign minister X landed …": the official the state opens.)
  const subject = first?.via === "actor" ? parties.find((p) => p.start > first.end && p.start - first.end <= 40 && p.code === first.code && p.via === "official" && !PREPOSITIONS.has(p.cue)) : first;
  if (!(subject?.via === "official" && subject.official !== undefined && subject.end <= items[k - 1]!.start)) return undefined;
  // ("X spoke with Y, who was in Riyadh, where he held talks …": a place in a clause on another person is where that
  // person did what follows.)
  if (isWord(items[k], "where")) {
    for (let w = k - 2; w > 1 && k - w <= 12; w--) {
      if (!isWord(items[w], "who") || !isWord(items[w - 1], ",")) continue;
      const comma = items[w - 1]!.start;
      const named = parties.findLast((p) => p.via === "official" && p.official !== undefined && p.end <= comma && comma - p.end <= 1);
      return named && named.official !== subject.official ? named : subject;
    }
  }
  return subject;
}

// ", a close ally of Correa, on Sunday ordered the closure of": an aside on the subject, then its predicate.
const ASIDE_THEN_PREDICATE = /^,\s+(?:a|an|the|his|her|whose)\s[^,;()"“”]{1,80},\s+[^,;"“”]{1,120}$/;

/**
 * "X, a close ally of Y, on Sunday ordered the closure of his embassy": a "his" in the predicate after an aside on
 * the subject is the subject's, not that of the person the aside names.
 */
function asideSubject(items: Item[], i: number, parties: Party[], text: string): Party | undefined {
  if (!isWord(items[i], "his", "her")) return undefined;
  const at = items[i]!.start;
  const subject = parties.find((p) => p.via === "official" && p.official !== undefined && !PREPOSITIONS.has(p.cue));
  if (!subject || !ASIDE_THEN_PREDICATE.test(text.slice(subject.end, at))) return undefined;
  const asideEnd = subject.end + text.slice(subject.end, at).indexOf(",", 1);
  return parties.some((p) => p.via === "official" && p.start > subject.end && p.end <= asideEnd && p.official !== subject.official) ? subject : undefined;
}

// A "that" clause or purpose infinitive the subject's verb governs, no other subject or verb of asking between.
const SUBJECT_GOVERNS = /^[^;.!?"“”]{0,200}?\b(?:that|to\s+[a-z]+)\s+$/;
const ASKING = /\b(?:ask|urg|invit|told|tell|call(?:ed|s)?\s+on|persuad|press|encourag|instruct|order|allow|permit|help|want|who|whom|whose)/i;

/**
 * "X announced in Rabat after talks with Y that his government would open …", "X stood next to Y in Dakhla to unveil
 * her country's consulate": a "his" in the subject's "that" clause or purpose infinitive is the subject's, not that
 * of the person an adjunct between names.
 */
function controllingSubject(items: Item[], i: number, parties: Party[], text: string): Party | undefined {
  if (!isWord(items[i], "his", "her")) return undefined;
  const at = items[i]!.start;
  const subject = parties.find((p) => p.via === "official" && p.official !== undefined && !PREPOSITIONS.has(p.cue));
  if (!subject) return undefined;
  const between = text.slice(subject.end, at);
  if (!SUBJECT_GOVERNS.test(between) || ASKING.test(between)) return undefined;
  const others = parties.filter((p) => p.via === "official" && p.start > subject.end && p.end <= at && p.official !== subject.official);
  return others.length > 0 && others.every((p) => PREPOSITIONS.has(p.cue) && p.cue !== "and") ? subject : undefined;
}

const OBJECT_HER_BEFORE: ReadonlySet<string> = new Set(["for", "at", "in", "on", "with", "and", ",", "."]);

/**
 * "X had last hosted him": an object "him" right after its clause's subject and verb is not that subject (the last
 * person named) but the person named before.
 */
function objectPerson(items: Item[], i: number, parties: Party[], memory: PartyMemory): Party | undefined {
  const subject = parties.at(-1);
  // ("In Bamako the emir held talks with President A. In Ouagadougou, President B received him": the one the sentence
  // before was about, before the last other person it named.)
  const before = memory.subjectPerson;
  const prior = before?.official && before.official !== subject?.official && before.code !== subject?.code ? before : memory.priorPerson;
  // ("received her for talks": "her" before a preposition or a stop is an object, not a possessive.)
  const object = isWord(items[i], "him") || (isWord(items[i], "her") && items[i + 1]?.kind === "word" && OBJECT_HER_BEFORE.has((items[i + 1] as WordItem).lower));
  // (A subject after ", and" opens a clause of its own: "he toured a school, and President X hosted a banquet for him".)
  if (!object || !prior || subject?.via !== "official" || subject.official !== memory.lastPerson?.official || prior.code === subject.code || (PREPOSITIONS.has(subject.cue) && !(subject.cue === "and" && clauseAnd(items, subject.start)))) return undefined;
  // (The verb, and at most two auxiliaries or adverbs before it: "had last hosted".)
  // (Or a verb's object before "for": "hosted a state banquet for him".)
  const reach = isWord(items[i - 1], "for") ? 6 : 3;
  let k = i - 1;
  while (k >= 0 && i - k <= reach && items[k]!.kind === "word" && items[k]!.start >= subject.end && isAsciiLowerWord(items[k]!)) k--;
  return k < i - 1 && items[k] !== undefined && items[k]!.end <= subject.end ? prior : undefined;
}
/** Whether the "and" before the party at `start` (past its title) follows a comma. */
function clauseAnd(items: Item[], start: number): boolean {
  let k = items.findIndex((it) => it.start >= start);
  while (k > 0 && !isWord(items[k], "and")) k--;
  return k > 0 && isWord(items[k - 1], ",");
}
const isAsciiLowerWord = (it: Item) => it.kind === "word" && /^[a-z]+$/.test(it.text);

// readParties's rarer readings are functions of their own: V8 compiles a hot function whole, and runs it unoptimised
// meanwhile, so a smaller readParties is compiled sooner and cheaper.

/** "its", "it" (item `i`): the state of its clause's subject. */
function statePronoun(items: Item[], i: number, parties: Party[], memory: PartyMemory, text: string): void {
  const it = items[i] as WordItem;
  // ("After the attack on its embassy in Tehran in January, Azerbaijan evacuated …": an opening phrase's "its", before
  // any state is named, is the state the main clause opens with.)
  if (it.lower === "its" && !parties.length) {
    const ahead = openingSubjectAfter(items, i);
    if (ahead) {
      parties.push(moved(party(ahead.code, ahead.start, ahead.end, "actor", ""), it.start, it.end, "pronoun", cueOf(items, i)));
      return;
    }
  }
  // "Britain withdrew its diplomats from Iran and closed its embassy": "its" is the clause's subject, not the
  // last state named; a sentence-initial "It" is the previous sentence's subject.
  // (The subject of its own clause: "Bahrain cut ties with Tehran, while the UAE downgraded its ties", "X told Y
  // that Morocco would reopen its office".)
  // (", and in February Moscow responded by downgrading its embassy": a new subject after ", and" opens a clause.)
  // (Looked for from the sentence's first party on, where alone it counts: not back through the whole document.)
  const andAt = parties.length ? lastIndexIn(text, ", and ", parties[0]!.start, it.start) : -1;
  // ("…, and Chile will open its embassy": a state right after ", and", unless a list goes on after it.)
  const andSubject = andAt >= 0 ? parties.find((p) => p.start > andAt && p.end < it.start && p.via === "actor" && AND_THE.test(text.slice(andAt, p.start)) && !LIST_AFTER.test(text.slice(p.end, p.end + 6))) : undefined;
  const newSubject = andSubject !== undefined || (parties.length > 0 && andAt >= parties[0]!.start && parties.some((p) => p.start > andAt && p.start < it.start && p.via === "actor" && !PREPOSITIONS.has(p.cue)));
  // ("noted that A opened its embassy and said B was preparing to open its own": the state a verb of saying introduces.)
  const reported = parties.findLast((p) => p.end < it.start && p.via === "actor" && SAYING_CUES.has(p.cue));
  const clauseAt = parties.length ? Math.max(lastClauseBreak(text, parties[0]!.start, it.start), newSubject ? andAt : -1, reported ? reported.start : -1) : -1;
  // "welcomed Norway's decision to reopen its embassy": the state whose decision it is.
  // ("welcomed Washington's decision, announced in February, to re-establish its embassy": a capital's decision is its
  // government's, past an aside on when it was made.)
  const decider = parties.findLast((p) => (p.via === "actor" || p.via === "city") && p.end < it.start);
  const decided = decider && DECISION_OF.test(text.slice(decider.end, it.start)) ? decider : undefined;
  // (A capital with no preposition is its government: "Washington has also said it intends to …".)
  const isSubject = (p: Party) => (p.via === "actor" || p.via === "pronoun" || (p.via === "city" && p.cue === "")) && !PREPOSITIONS.has(p.cue);
  // (A clause with no subject of its own, "…; its embassy in Warsaw is accredited …", goes on with the sentence's.)
  // "ordered Belarus to close its consulate": the one ordered to act.
  // ("ordered Sudan to withdraw most of its diplomats … and to close its consulate": so too a second order joined by "and to".)
  const causee = parties.findLast((p) => p.via === "actor" && p.end < it.start && /^\s+to\s+(?:[^.;]{1,80}?\s+and\s+to\s+)?[\w-]+\s+$/.test(text.slice(p.end, it.start)) && ORDERED.test(text.slice(Math.max(0, p.start - 16), p.start)));
  // "Mexico follows the Dominican Republic, which reopened its embassy": the one the relative clause hangs on.
  // (The party right before the relative clause, so one test.)
  const lastActor = parties.findLast((p) => p.end < it.start && p.via === "actor");
  // ("a feud with Oslo over its recognition of a Palestinian state": the state the dispute is with.)
  const disputed = !lastActor || it.lower !== "its" ? undefined : parties.findLast((p) => (p.via === "actor" || (p.via === "city" && p.cue === "with")) && p.end < it.start && p.cue === "with" && WITH_OVER_ITS.test(text.slice(p.end, it.start)));
  const antecedent = (lastActor && text.charCodeAt(lastActor.end) === 44 && RELATIVE_TO_ITS.test(text.slice(lastActor.end, it.start)) ? lastActor : undefined) ?? disputed;
  // "shut Estonia's consulate-general in St Petersburg and its consular office in Pskov": an "its" joined to a
  // possessive's noun is that state's.
  const owner = it.lower === "its" ? parties.findLast((p) => p.via === "actor" && p.end < it.start) : undefined;
  const possessor = owner && POSSESSIVE_AND_ITS.test(text.slice(owner.end, it.start)) ? owner : undefined;
  // "on the day the United States opened its embassy": the state right before the verb that governs "its" is that
  // verb's subject, whatever clause the sentence opened with.
  const verbSubject = it.lower === "its" && lastActor && VERB_BEFORE_ITS.test(text.slice(lastActor.end, it.start)) ? lastActor : undefined;
  // "a day after Mauritania announced on Tuesday that it was breaking off": the "it" of a "that" clause is the state
  // right before the verb of saying, whatever clause the sentence opened with ("Dakar's move comes …").
  const sayer = it.lower === "it" && lastActor && SAID_THAT_IT.test(text.slice(lastActor.end, it.start)) ? lastActor : undefined;
  // ("Spain withdrew its envoy after Argentina refused to apologise, and its embassy …": an "its" opening the clause
  // after ", and" goes on with the main clause's subject, past a subordinate clause's.)
  const mainSubject = andAt >= 0 && !newSubject && it.lower === "its" && AND_ITS.test(text.slice(andAt, it.start)) ? subjectBeforeSubordinate(text, parties, andAt, isSubject) : undefined;
  // ("the Dominican government recognises that there is only one China, and it severs relations with Taiwan": an "it"
  // after ", and" goes on with the subject before the "that" clause, not a state inside it.)
  const thatAt = it.lower === "it" && andAt >= 0 && !newSubject && /^, and\s+$/.test(text.slice(andAt, it.start)) ? text.lastIndexOf(" that ", andAt) : -1;
  const beforeThat = thatAt >= 0 && parties.length && thatAt > parties[0]!.start ? parties.find((p) => p.end <= thatAt && isSubject(p)) : undefined;
  // ("Turkey withdrew its ambassador, and in September 2011, after a U.N. inquiry was published, it expelled …": an "it"
  // right after a closed clause of time goes on with the subject before that clause.)
  const closed = it.lower === "it" && parties.length ? CLOSED_SUBORDINATE.exec(text.slice(Math.max(parties[0]!.start, it.start - 140), it.start)) : null;
  const pastClosed = closed ? parties.find((p) => p.end <= it.start - closed[0].length && isSubject(p)) : undefined;
  // ("Vilnius expelled Russia's ambassador, X, brought its own ambassador home": "its own" is the clause's subject's,
  // never the state just named.)
  const own = !decided && !causee && it.lower === "its" && text.startsWith(" own ", it.end) ? (parties.find((p) => p.start >= clauseAt && isSubject(p)) ?? parties.find(isSubject)) : undefined;
  // ("…, with Ankara putting forward X as its envoy to Cairo": the subject of an absolute "with" clause.)
  const withDoer = !decided && !causee && lastActor && lastActor.cue === "with" && WITH_DOING_ITS.test(text.slice(lastActor.end, it.start)) ? lastActor : undefined;
  // ("the United States issued a proclamation recognising A's sovereignty over B, and announced its decision to open …":
  // a past verb joined by ", and" with no subject of its own is the last verb's subject's, past the states in its object.)
  const joinedVerb = !mainSubject && andAt >= 0 && !newSubject && it.lower === "its" && JOINED_PAST_ITS.test(text.slice(andAt, it.start)) ? parties.findLast((p) => p.end <= andAt && isSubject(p) && SUBJECT_OF_PAST.test(text.slice(p.end, p.end + 30))) : undefined;
  const subject = decided ?? causee ?? own ?? withDoer ?? antecedent ?? sayer ?? possessor ?? verbSubject ?? mainSubject ?? joinedVerb ?? beforeThat ?? pastClosed ?? parties.find((p) => p.start >= clauseAt && (isSubject(p) || p === andSubject)) ?? parties.find(isSubject);
  // "A recognised the new state and established relations with it": an "it" after a preposition is not its own
  // clause's subject (that would be "itself"), but the state named (or referred to) last before it that is not.
  const cue = cueOf(items, i);
  const object = subject && it.lower === "it" && OBJECT_CUES.has(cue) ? parties.findLast((p) => p.end < it.start && p.code !== subject.code && (p.via === "actor" || p.via === "group" || p.via === "pronoun")) : undefined;
  // "A, B and C recognised it the following day": a verb's object "it" is none of its subject's states, but the state
  // named before them, else the one the sentence before was about.
  const verbObject = !object && subject && it.lower === "it" && isObjectIt(items, i, cue) ? objectIt(parties, memory, it.start, [subject, ...coordinatedSubject(parties, text)], text) : undefined;
  // "In January 1996, under President X, it switched …": an "it" opening the main clause after a phrase that names no
  // state goes on with the sentence before's subject.
  // ("In August 2023 it gave …": so too after a short phrase of time with no comma.)
  // ("In Maseru, it inaugurated a compound for its own embassy": past a town opening the sentence too; not a state, "In
  // Chile, it gave the French ambassador 48 hours", whose "it" is that state.)
  const opening = !subject && (isWord(items[i - 1], ",") || timeOpening(items, i)) && !parties.some((p) => p.via === "actor" && !capitalAsPlace(p, text)) ? memory.subject : undefined;
  // ("The ministry, meanwhile, dismissed a report that it planned to shut its consulate": a ministry of no state named,
  // opening the sentence, is the one of the state the story is about.)
  const ministry = !subject && !object && !verbObject && memory.dominant && ministryOpening(items, i) ? party(memory.dominant, it.start, it.end, "actor", "") : undefined;
  // ("Iran reopened its embassy in Riyadh. Its spokesman said its consulate in Jeddah …": with no state as a subject in
  // its sentence, an "its" is the speaking official's state, else the last sentence's subject, not the town named last.)
  const official = it.lower === "its" ? parties.find((p) => p.via === "official" && p.end < it.start && !PREPOSITIONS.has(p.cue)) : undefined;
  const speaker = official ? party(official.code, official.start, official.end, "actor", "") : undefined;
  const earlier = object ?? verbObject ?? subject ?? ministry ?? (i === 0 ? memory.subject : opening) ?? [...parties].reverse().find((p) => p.via === "actor" && !(speaker && PREPOSITIONS.has(p.cue))) ?? speaker ?? (it.lower === "its" ? memory.subject : undefined) ?? memory.recent[0];
  // (A state's pronoun, never a person's: "It was prepared by X" after "… after they met" names no one who met.)
  if (earlier) parties.push(earlier.official ? party(earlier.code, it.start, it.end, "pronoun", cue) : moved(earlier, it.start, it.end, "pronoun", cue));
}

/**
 * Whether the sentence opens with "The ministry" or "The foreign ministry", or has it right after a short phrase of its
 * own ("In a separate move, the ministry said it had opened …"), and names no state before item `i`.
 */
function ministryOpening(items: Item[], i: number): boolean {
  let the = 0;
  if (!isWord(items[0], "the")) {
    while (the < 6 && the < i && !isWord(items[the], ",")) the++;
    if (!isWord(items[the], ",") || !isWord(items[the + 1], "the")) return false;
    the++;
  }
  const at = isWord(items[the + 1], "foreign") ? the + 2 : the + 1;
  if (!isWord(items[at], "ministry")) return false;
  for (let k = 0; k < i; k++) if (k !== at && items[k]!.kind !== "word") return false;
  return true;
}

const AND_ITS = /^, and (?:[a-z]+ )?$/;
const JOINED_PAST_ITS = /^, and (?:[a-z]+ed|sent|made|took|gave|broke|cut|shut) $/;
const SUBJECT_OF_PAST = /^\s+(?:(?:also|then|later|formally|officially)\s+)?(?:[a-z]+ed|sent|made|took|gave|broke|cut|shut)\b/;
const WITH_DOING_ITS = /^\s+(?:also\s+)?[a-z]+ing\b[^,;.]{0,80}$/;
const SUBORDINATOR = /\s(?:after|before|because|when|since|until|although|though|while|once)\s/g;
/** The subject of the main clause before `andAt`, when a subordinate clause with a subject of its own lies between. */
function subjectBeforeSubordinate(text: string, parties: Party[], andAt: number, isSubject: (p: Party) => boolean): Party | undefined {
  const main = parties.find(isSubject);
  if (!main || main.end > andAt) return undefined;
  let at = -1;
  SUBORDINATOR.lastIndex = 0;
  const part = text.slice(main.end, andAt);
  for (let m = SUBORDINATOR.exec(part); m; m = SUBORDINATOR.exec(part)) at = main.end + m.index;
  return at >= 0 && parties.some((p) => p.start > at && p.end <= andAt && isSubject(p) && p.code !== main.code) ? main : undefined;
}

// ("Hours later it announced …": so too a distance told from the sentence before.)
const TIME_OPENERS: ReadonlySet<string> = new Set(["in", "on", "last", "earlier", "later", "by", "since", "that", "the", "hours", "days", "weeks", "minutes", "moments", "shortly", "soon"]);
/** Whether an official is the object of "with", its own cue or that of its state's name just before its title ("with South Korean President X"). */
function cuedWith(parties: Party[], p: Party): boolean {
  return p.cue === "with" || parties.some((q) => q.via === "actor" && q.code === p.code && q.cue === "with" && q.end <= p.start && p.start - q.end <= 30);
}

/** Whether the words before item `i` are a short phrase of time opening the sentence: "In August 2023", "Last year". */
function timeOpening(items: Item[], i: number): boolean {
  const first = items[0];
  // ("Hours later", its first word capitalised, may have been read as a name.)
  if (i < 2 || i > 4 || (first?.kind !== "word" && first?.kind !== "person") || !TIME_OPENERS.has(first.text.toLowerCase())) return false;
  for (let k = 1; k < i; k++) if (items[k]!.kind !== "word" || !TIME_WORD.test(items[k]!.text)) return false;
  return true;
}
const TIME_WORD = /^(?:\d{1,4}|later|afterwards|after|January|February|March|April|May|June|July|August|September|October|November|December|year|month|week|day|spring|summer|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * "KATHMANDU, Feb 11 — The Cabinet on Monday approved …": the government a story opens with, unnamed, right after its
 * dateline, is the dateline's state (as "It" would be).
 */
// ("NIAMEY — The junta has given France's ambassador 48 hours to leave": so too a junta, a military government, the
// authorities.)
const GOVERNMENT_NOUNS: ReadonlySet<string> = new Set(["government", "cabinet", "junta", "authorities", "regime"]);
/** The "the" before a government noun ending at item `i`, past "military", "transitional" or "interim"; else -1. */
function governmentThe(items: Item[], i: number): number {
  if (isWord(items[i - 1], "the")) return i - 1;
  return isWord(items[i - 1], "military", "transitional", "interim") && isWord(items[i - 2], "the") ? i - 2 : -1;
}

function filedGovernment(items: Item[], i: number, parties: Party[], memory: PartyMemory, text: string): void {
  const named = namedGovernment(items, i, text);
  if (named) {
    parties.push(party(named, items[i - 1]!.start, items[i]!.end, "pronoun", cueBefore(items, i - 1)));
    return;
  }
  const the = governmentThe(items, i);
  if (the < 0 || isWord(items[i + 1], "of", "'s", "’s")) return;
  const dateline = parties[0];
  if (parties.length === 1 && dateline!.cue === "dateline" && isWord(items[the - 1], "—", "–", "-", ":")) {
    parties.push(moved(dateline!, items[the]!.start, items[i]!.end, "pronoun", cueBefore(items, the)));
    return;
  }
  if (!isWord(items[i], "government", "cabinet")) return;
  // ("The Government announced … that it was closing the embassy to the Holy See", in an Irish paper's story that names
  // Ireland: the paper's own state's, capitalised as a national paper writes it, opening its clause.)
  const home = memory.home;
  if (home && items[i]!.text === "Government" && (memory.named.get(home) ?? 0) > 0 && (i === 1 || isWord(items[i - 2], ",", "and", "that"))) {
    parties.push(party(home, items[i - 1]!.start, items[i]!.end, "pronoun", cueBefore(items, i - 1)));
  }
}

/**
 * "The Council of Ministers of the Federal Government of Somalia met … The Federal Government also recalled its
 * Ambassador": a capitalised government the text named before with its state, word for word, is that state's (when
 * every such naming names the same state).
 */
function namedGovernment(items: Item[], i: number, text: string): string | undefined {
  if (items[i]!.text !== "Government" || isWord(items[i + 1], "of", "'s", "’s")) return undefined;
  const federal = items[i - 1]?.text === "Federal";
  const the = federal ? i - 2 : i - 1;
  if (!isWord(items[the], "the")) return undefined;
  const phrase = federal ? "Federal Government of " : "Government of ";
  let code: string | undefined;
  for (let at = text.indexOf(phrase); at >= 0 && at < items[the]!.start; at = text.indexOf(phrase, at + phrase.length)) {
    const words = text.slice(at + phrase.length, at + phrase.length + 80).split(/[\s,.;:()]+/, 7);
    let found: string | undefined;
    for (let n = words.length; n >= 1 && !found; n--) {
      const hit = lookupActorName(words.slice(0, n).join(" "));
      if (hit && hit.kind !== "demonym" && !ORGANISATIONS.has(hit.code)) found = hit.code;
    }
    if (!found || (code && code !== found)) return undefined;
    code = found;
  }
  return code;
}

// (One past-tense verb between, with an auxiliary or adverb: "Chile had quietly closed its".)
const SAID_THAT_IT = /^\s+(?:(?:also|then|later|formally|officially)\s+)?(?:announced|said|stated|declared|confirmed|announces|says|states|declares|confirms)(?:\s+(?:(?:late|early)\s+)?(?:on|last|this)\s+[A-Z][a-z]+)?,?\s+that\s+$/;
const VERB_BEFORE_ITS = /^\s+(?:(?:has|had|have|also|then|later|finally|quietly|formally|officially|already)\s+){0,2}(?:[a-z]+ed|shut|withdrew|cut|broke|kept)\s+$/;
// ("would be Chile's second mission in the region after its embassy in Quito": so is one after "after".)
// ("expelled Ethiopia's ambassador and ordered its consulates to close": so is one a verb of ordering takes after "and".)
const POSSESSIVE_AND_ITS = /^['’]s\s[^.;,]{1,60}?\s(?:and|after)\s+(?:(?:ordered|told|asked|forced|instructed)\s+)?$/;

// A verb an "it" after it is the subject of, not the object: "said it would", "announced it had".
const SUBJECT_IT_VERBS: ReadonlySet<string> = new Set([...SAYING_CUES, "stressed", "insisted", "warned", "believed", "hoped", "feared", "claimed", "argued", "indicated", "signalled", "signaled", "insists", "believes", "hopes", "fears", "claims", "argues", "indicates", "signals", "warns", "stresses", "adds", "notes", "states", "confirms", "announces", "declared", "declares", "decided", "decides", "considered", "considers", "thought", "thinks", "expected", "expects", "ensured", "ensures", "meant", "means", "made", "makes", "felt", "feels", "found", "finds", "is", "was", "has", "had", "does", "did", "as", "this", "its", "less", "unless", "thus", "yes"]);
// Words after an "it" that make it a subject: "it would", "it had recognised", "it recognises".
const AFTER_SUBJECT_IT = /^\s+(?:will|would|had|has|have|was|is|were|are|could|can|should|must|may|might|did|does|do|also|too|now|then|still|already|never|not|[a-z]+(?:ed|s))\b/;

/** Whether the "it" of item `i` after `cue` is a verb's direct object: "recognised it", "recognises it in 2008". */
function isObjectIt(items: Item[], i: number, cue: string): boolean {
  // (A verb in -ed, -ise, -ize or -s right before it, not one whose "it" opens a clause of its own.)
  if (items[i - 1]?.kind !== "word" || cue.length < 4 || SUBJECT_IT_VERBS.has(cue) || PREPOSITIONS.has(cue)) return false;
  if (!(cue.endsWith("ed") || cue.endsWith("ise") || cue.endsWith("ize") || cue.endsWith("ises") || cue.endsWith("izes"))) return false;
  const next = items[i + 1];
  return !next || next.kind !== "word" || !AFTER_SUBJECT_IT.test(` ${next.text}`);
}

// A state's own verb doing what was told again, past an aside ("A, which is not a member, did so in 2011").
const DID_SO_AFTER = /^(?:,[^,.;]{1,60},)?\s+(?:(?:has|had|have)\s+)?(?:did|done)\s+so\b/;

/** The state a verb's object "it" stands for: the last one before it that is none of `subjects`, else the sentence before's subject or last states. */
function objectIt(parties: Party[], memory: PartyMemory, at: number, subjects: readonly Party[], text: string): Party | undefined {
  const out = (p: Party | undefined) => p !== undefined && !subjects.some((s) => s.code === p.code) && !ORGANISATIONS.has(p.code);
  // "A did so in 2011, while B and C recognised it in 1988": a state that "did so" did the same act, so is no object of it.
  const didSo = (p: Party) => text.includes(" so") && DID_SO_AFTER.test(text.slice(p.end, Math.min(at, p.end + 80)));
  return parties.findLast((p) => p.end < at && (p.via === "actor" || p.via === "group" || p.via === "pronoun") && out(p) && !didSo(p)) ?? (out(memory.subject) ? memory.subject : memory.recent.find(out));
}

const GENERIC_STATE_NOUNS: ReadonlySet<string> = new Set(["country", "nation", "state"]);
const THAT_BEFORE = /\bthat\s+$/i;
// Nouns a state noun qualifies: "the state visit", "the state-run agency", "the country office".
const ATTRIBUTIVE_AFTER: ReadonlySet<string> = new Set(["-", "visit", "visits", "media", "broadcaster", "news", "agency", "television", "tv", "radio", "guest", "guesthouse", "house", "dinner", "banquet", "funeral", "department", "secretary", "council", "budget", "company", "companies", "firm", "firms", "enterprise", "enterprises", "owned", "run", "controlled", "apparatus", "prosecutor", "prosecutors", "employees", "sector", "ceremony", "reception", "palace", "protocol", "office", "director", "team", "manager", "representative"]);
const ISLAND_WORDS = /\b(?:island|islands|archipelago)\b/;
/** "the country", "the Kingdom" (item `i`, the noun): the state last named that fits. */
// ("the first Muslim-majority country to recognise": a word or two may describe the rank's class.)
const RANKED = /^\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|newest|last|only|\d+(?:st|nd|rd|th))(?:\s+[\w-]+){0,2}\s+$/i;

// "the island of roughly 12,000 people", "the nation of 5 million": a headcount describes the state, unlike the name
// in "the Republic of Korea" or the noun in "the state of emergency".
const HEADCOUNT = /^(?:\d|roughly$|about$|around$|some$|nearly$|almost$|just$|more$|fewer$|over$|under$|barely$|approximately$)/;
const isHeadcount = (it: Item | undefined) => it?.kind === "word" && HEADCOUNT.test((it as WordItem).lower);

// (A title after a state noun's possessive: "the kingdom's prime minister".)
const OFFICE_AFTER = /^['’]s\s+(?:(?:new|former|current|then|acting|own|first)\s+)?(?:prime minister|premier|president|vice[- ]president|foreign minister|minister|king|queen|emir|crown prince|ambassador|envoy|head of state|ruler|monarch)\b/i;

function stateNoun(items: Item[], i: number, parties: Party[], memory: PartyMemory, text: string): void {
  const it = items[i] as WordItem;
  // "the country", "the Kingdom", "the East African nation": the state last named (not the clause's own subject),
  // preferring one whose official name holds the noun.
  let k = i - 1;
  while (k >= 0 && k >= i - 4 && !isWord(items[k], "the") && items[k]!.kind !== "title" && !isWord(items[k], ",", ";", ".")) k--;
  // "the island nation": read the compound once, at its head noun.
  if (!isWord(items[k], "the") || (isWord(items[i + 1], "of") && !isHeadcount(items[i + 2])) || (items[i + 1]?.kind === "word" && STATE_NOUNS.has((items[i + 1] as { lower: string }).lower))) return;
  // "at the state guest house", "the state broadcaster": a noun used as an adjective names no state.
  if (items[i + 1]?.kind === "word" && ATTRIBUTIVE_AFTER.has((items[i + 1] as WordItem).lower)) return;
  // "became the fifth country to open an embassy": a rank of the subject's, no other state.
  // (So too an aside after a comma: "…, the third country this year to do so".)
  if (k < i - 1 && (isWord(items[i + 1], "to") || isWord(items[k - 1], ",")) && RANKED.test(text.slice(items[k]!.end, it.start))) return;
  // "X said the new republic intends …": in reported speech, the speaker's own state.
  const speaker = parties.findLast((p) => p.via === "official" && p.end <= items[k]!.start);
  // (Not a noun the speaker's state's official name does not hold: "Boja said the Kingdom became …" is another's.)
  if (speaker && SAID_THAT.test(text.slice(speaker.end, items[k]!.start)) && (GENERIC_STATE_NOUNS.has(it.lower) || officialNameOf(speaker.code).includes(it.lower))) {
    parties.push(moved(speaker, items[k]!.start, it.end, "pronoun", cueBefore(items, k)));
    return;
  }
  // ("Algeria reserves the right to act in its relations with Lomé, the statement warned, adding that the country's
  // mission …": in what the subject's statement adds, the sentence's opening state, not the one it has relations with.)
  const opener = GENERIC_STATE_NOUNS.has(it.lower) && k === i - 1 && THAT_BEFORE.test(text.slice(Math.max(0, items[k]!.start - 6), items[k]!.start)) ? parties.find((p) => p.via === "actor" && p.cue === "") : undefined;
  const lastNamed = opener ? parties.findLast((p) => p.via === "actor") : undefined;
  if (opener && lastNamed && lastNamed.code !== opener.code && PREPOSITIONS.has(lastNamed.cue)) {
    parties.push(moved(opener, items[k]!.start, it.end, "pronoun", cueBefore(items, k)));
    return;
  }
  const subject = k < i - 1 ? parties.at(-1)?.code : undefined;
  // "Bolivia cut ties with the country": after a preposition, the noun is not the clause's own subject.
  const objectNoun = PREPOSITIONS.has(cueBefore(items, k));
  // ("Venezuela ordered Panama's ambassador out, after Maduro broke off relations with the Central American nation": not
  // a verb's object either.)
  const actor = objectNoun ? parties.findLast((p) => p.via === "actor" && !PREPOSITIONS.has(p.cue) && !OBJECT_OF_VERB.has(p.cue))?.code : undefined;
  // ("A, B, C and D severed ties and closed their links with the Gulf state": nor any state of a listed subject.)
  const listed = objectNoun ? coordinatedSubject(parties, text) : NO_STATES;
  const other = (p: Party) => p.code !== actor && !listed.some((s) => s.code === p.code);
  // (A capital named as a place is not the state the noun stands for: "its Embassy in Addis Ababa, which doubles as
  // the country's Permanent Mission".)
  // (Nor one a sentence before named so: "… from its embassy in Moscow. The country's only presence in A …".)
  const named = [...parties.filter((p) => p.via === "actor" && !capitalAsPlace(p, text)).reverse(), ...memory.recent.filter((p) => !capitalAsPlace(p, text))];
  // "the Latin American country": the last state named of that region, whichever it is; none if none is.
  const inRegion = k < i - 1 ? regionTest(text.slice(items[k]!.end, it.start)) : undefined;
  const described = k < i - 1 ? text.slice(items[k]!.end, it.end).trim().toLowerCase() : it.lower;
  // "the island", "the tiny island nation": the last island state named, else as any state noun.
  // ("the tiny Pacific island nation …; the island": a telling description said again stands for the same state.)
  const key = ISLAND_WORDS.test(described) ? "island" : undefined;
  const told = key ? memory.described.get(key) : undefined;
  const again = told ? named.find((p) => p.code === told && other(p)) : undefined;
  const island = !again && key === "island" ? named.find((p) => other(p) && isIslandState(p.code) && (!inRegion || inRegion(p.code))) : undefined;
  // "The government of the island announced …": the noun after a sentence's opening head stands in for it as the subject.
  const headed = k > 0 && k <= 4 && parties.length === 0 && isWord(items[k - 1], "of");
  const cue = cueBefore(items, headed ? k - 2 : k);
  // ("Crown Prince X, who is the kingdom's prime minister": a noun qualifying a title says whose the office is, and
  // brings in no official of the state last named.)
  const ofTitle = OFFICE_AFTER.test(text.slice(it.end, it.end + 40));
  const push = (p: Party) => {
    parties.push(ofTitle ? party(p.code, items[k]!.start, it.end, "pronoun", cue) : moved(p, items[k]!.start, it.end, "pronoun", cue));
    if (key) memory.described.set(key, p.code);
  };
  if (again || island || inRegion) {
    const regional = again ?? island ?? named.find((p) => other(p) && inRegion!(p.code));
    if (regional) push(regional);
    return;
  }
  // "the Government of the Republic", "the President of the Republic" in a state's own release: the publisher's state.
  const own = memory.home && isWord(items[k - 1], "of") && isWord(items[k - 2], "government", "president", "presidency") && officialNameOf(memory.home).includes(` ${it.lower} `) ? memory.home : undefined;
  if (own) {
    push(party(own, items[k]!.start, it.end, "actor", cue));
    return;
  }
  // "gave Iranian diplomats 72 hours to leave the country": not the state of those told to leave it.
  // (So too "ordered Panama's ambassador out of the country".)
  const leaving = LEAVE_CUES.has(cue) || (cue === "of" && isWord(items[k - 2], "out")) ? parties.filter((p) => p.via === "actor" && PEOPLE_AFTER.test(text.slice(p.end, p.end + 24))) : NO_STATES;
  const pool = named.filter((p) => p.code !== subject && other(p) && !leaving.some((l) => l.code === p.code));
  // ("the Islamic Republic": the words before the noun first, when an official name holds them all.)
  const officialOf = (p: Party) => officialNameOf(p.code);
  const [phrase, noun] = [` ${described} `, ` ${it.lower} `];
  // ("the Federal Republic", its state named only paragraphs before: any state the text has named whose official name
  // holds the whole phrase.)
  // (The whole phrase, when it is more than the noun, may name the clause's own subject too: "A Foreign Office spokesman
  // said that the Federal Republic would open …" in Bonn.)
  const phraseFit = described !== it.lower ? named.find((p) => other(p) && officialOf(p).includes(phrase)) : undefined;
  const namedBefore = described !== it.lower && !phraseFit ? [...memory.named.keys()].find((code) => officialNameOf(code).includes(phrase)) : undefined;
  const fits = phraseFit ?? (namedBefore ? party(namedBefore, items[k]!.start, it.end, "actor", "") : undefined) ?? pool.find((p) => officialOf(p).includes(noun));
  // "The country opened …" opening a sentence (or its head: "The people of the country …") continues the previous
  // sentence's subject.
  // ("… the Solomons. The country broke off ties with Taiwan and recognised Beijing": not a state the sentence goes on to
  // name by name.)
  const namedLater = k === 0 || headed ? laterStates(items, i) : NO_CODES;
  const carried = (k === 0 || headed) && memory.subject && memory.subject.code !== subject && !namedLater.has(memory.subject.code) ? memory.subject : undefined;
  const earlier = fits ?? carried ?? pool.find((p) => !namedLater.has(p.code));
  if (earlier) push(earlier);
}

const NO_CODES: ReadonlySet<string> = new Set();
/** The states named by name after item `i` in its sentence. */
function laterStates(items: Item[], i: number): ReadonlySet<string> {
  let codes: Set<string> | undefined;
  for (let j = i + 1; j < items.length; j++) {
    const it = items[j]!;
    if (it.kind === "actor") (codes ??= new Set()).add(it.code);
  }
  return codes ?? NO_CODES;
}

const LEAVE_CUES: ReadonlySet<string> = new Set(["leave", "leaving", "left", "quit", "exit"]);
const PEOPLE_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:diplomats?|nationals|citizens|staff|envoys?|ambassadors?|officials|embassy)\b/i;

/** Remembers a sentence's parties: the states named, its subject and the official it is about. */
function rememberParties(parties: Party[], memory: PartyMemory, text: string, from: number): void {
  let named = 0;
  for (const p of parties) {
    if (remembersParty(p)) {
      named++;
      memory.named.set(p.code, (memory.named.get(p.code) ?? 0) + 1);
    }
  }
  if (named) rememberRecent(memory.recent, parties, named);
  // (The lists of three to six states a sentence gives, for a count of them much later: "the quartet".)
  if (named >= 3) {
    const actors = parties.filter((p) => p.via === "actor").reverse();
    // (Longest first, and not a part of a longer one: the four of "A, B, C and D" are no list of three.)
    const covered = new Set<string>();
    for (let n = Math.min(6, actors.length); n >= 3; n--) {
      const list = listIn(actors, text, n);
      if (!list.length || list.every((p) => covered.has(p.code))) continue;
      memory.lists.set(n, list);
      for (const p of list) covered.add(p.code);
    }
  }
  memory.told += named;
  memory.sentences++;
  // (The states of the sentence that named the pair are the pair's own context.)
  if (memory.pairAt < 0) memory.pairAt = memory.told;
  // ("Breaking with his predecessors, who made New Delhi their first stop, he travelled …": not a state inside a
  // relative clause the commas close off.)
  const subject = parties.find((p) => p.via !== "city" && !PREPOSITIONS.has(p.cue) && !ORGANISATIONS.has(p.code) && !RELATIVE_OPEN.test(text.slice(Math.max(from, p.start - 120), p.start)));
  if (subject) memory.subject = subject;
  // (After places only: "From Egypt he flew to Ethiopia, where he met X. On Saturday he met Y" is about the traveller.)
  // ("Brazilian President X landed …": the official the state qualifies.)
  const qualified = subject?.via === "actor" ? parties.find((p) => p.via === "official" && p.code === subject.code && p.start >= subject.end && p.start - subject.end <= 40) : undefined;
  // ("Modi opened the day with President X. The two leaders discussed trade. He then sat down with Y": a pair's
  // sentence keeps the one before's subject.)
  // ("Tsai spent four hours in Haiti … The visit to Port-au-Prince was kept short. From Haiti she flew …": nor a
  // sentence whose subject is no side, naming places only after a preposition.)
  if (subject?.via !== "group" && (subject || parties.some((p) => p.via === "official"))) memory.subjectPerson = subject?.via === "official" ? subject : qualified;
}

/**
 * The sides of the talks told within the last `within` sentences, when the sentence has named no state before the noun
 * but a go-between ("brokered by China").
 */
function sidesOfTalks(parties: Party[], memory: PartyMemory, within: number): readonly Party[] | undefined {
  if (!memory.talks || memory.sentences - memory.talksAt > within) return undefined;
  for (const p of parties) if ((p.via === "actor" || p.via === "official") && !joinedToAgent(parties, p)) return undefined;
  return memory.talks;
}

/** An open relative clause before a party: ", who made …" with no comma since. */
const RELATIVE_OPEN = /,\s+(?:who|which|whose|whom)\s[^,;]*$/i;
/** Whether memory.recent keeps a party: states named or serving an official, not organisations. */
const remembersParty = (p: Party) => (p.via === "actor" || p.via === "official") && !ORGANISATIONS.has(p.code);
const RECENT_STATES = 12;
/**
 * Puts the `count` parties of `parties` that memory keeps before `recent`, the last first, and keeps the first 12: as
 * unshifting each then cutting to length did, moving the older ones once rather than once per party.
 */
/** @internal Exported for tests. */
export function rememberRecent(recent: Party[], parties: Party[], count: number): void {
  const length = Math.min(RECENT_STATES, recent.length + count);
  // (Grown with a party, not a hole or undefined, so the array keeps its elements kind.)
  while (recent.length < length) recent.push(parties[0]!);
  for (let j = length - 1; j >= count; j--) recent[j] = recent[j - count]!;
  let k = 0;
  for (let j = parties.length - 1; j >= 0 && k < length; j--) if (remembersParty(parties[j]!)) recent[k++] = parties[j]!;
}

/** The nearest subject when it is two or more states joined by "and" or commas ("Denmark and Finland"), else none. */
function coordinatedSubject(parties: Party[], text: string): readonly Party[] {
  let at = parties.findLastIndex((p) => p.via === "actor" && !PREPOSITIONS.has(p.cue));
  // ("Peru, Chile and Norway closed their embassies": from the list's head, not from its second state.)
  while (at > 0 && parties[at]!.cue === "," && parties[at - 1]!.via === "actor" && !PREPOSITIONS.has(parties[at - 1]!.cue) && /^\s*,\s*$/.test(text.slice(parties[at - 1]!.end, parties[at]!.start))) at--;
  // ("all Group of Seven members except France and Italy have moved their embassy staff": the states left out own none.)
  if (at >= 0 && EXCEPT_BEFORE.test(text.slice(Math.max(0, parties[at]!.start - 14), parties[at]!.start))) return NO_STATES;
  const group = at < 0 ? [] : [parties[at]!];
  for (const p of at < 0 ? [] : parties.slice(at + 1)) {
    const gap = text.slice(group.at(-1)!.end, p.start);
    if (p.via !== "actor" || !listJoint(gap)) break;
    group.push(p);
  }
  if (group.length >= 2) return distinctParties(group);
  // "Rubio and Russian Foreign Minister Sergey Lavrov … their embassies": two officials joined as the subject.
  const first = parties.find((p) => p.via === "official" && !PREPOSITIONS.has(p.cue));
  const second = first ? parties.find((p) => p.via === "official" && p.start > first.end && p.code !== first.code && OFFICIALS_AND.test(text.slice(first.end, p.start))) : undefined;
  return first && second ? [first, second] : NO_STATES;
}
const EXCEPT_BEFORE = /\b(?:except(?: for)?|apart from|other than|save|besides|excluding)\s+(?:the\s+)?$/i;
const OFFICIALS_AND = /^\s+and\s+(?:(?:his|her)\s+)?(?:[\p{L}'’-]+\s+){0,5}$/u;

/**
 * The last two states named, in this sentence first, the earlier of them first. Of the last three, one named only once
 * so far gives way to two named more often: "… with support from the United States. Embassies in both countries
 * were shut" are the two the story is about.
 */
function lastTwoStates(parties: Party[], memory: PartyMemory, people: boolean, text: string, other?: string, heads = false): readonly Party[] {
  const here = withoutTrailingList(statesHere(parties, text));
  // (A town visited, "During the President's visit to Addis Ababa, the two leaders …": the guest and the host.)
  const visited = here.find((p) => (p.via === "city" || p.via === "actor") && visitedTown(p, text));
  const guest = visited && here.find((p) => p.via === "official" && p.code !== visited.code);
  if (guest) return people ? [guest.official ? guest : officialOf(memory.recent, guest), leaderOf(memory.recent, visited)] : [guest, visited];
  if (other) return twoStates(here.filter((p) => p.code !== other), memory, people, other);
  // ("X welcomed Panama's President Y, praising the courage he showed in ditching Taiwan, as the two countries signed
  // 19 deals": of three states, the two whose officials the sentence names.)
  const leaders = people ? undefined : officialPairHere(here);
  if (leaders) return leaders;
  const pair = twoStates(here, memory, people, undefined, heads);
  // ("The envoys held their first meeting in Moscow. Both sides agreed …": the pair named again, where the pair read
  // afresh would take in a place, and the states named since are only places, not a place's state.)
  const since = memory.pairAt < 0 ? 0 : memory.told - memory.pairAt;
  if (memory.pair && pair.some(isPlaceNamed) && since <= memory.recent.length && here.every(isPlaceNamed) && memory.recent.slice(0, since).every(isPlaceNamed)) {
    memory.pairAt = -1;
    return memory.pair;
  }
  if (pair.length === 2) [memory.pair, memory.pairAt] = [pair, -1];
  return pair;
}

/** The officials of exactly two states, when the parties named here are of three states or more; else undefined. */
function officialPairHere(here: readonly Party[]): readonly Party[] | undefined {
  if (here.length < 3) return undefined;
  const officials = distinctParties(here.filter((p) => p.via === "official"));
  if (officials.length !== 2 || new Set(here.map((p) => p.code)).size < 3) return undefined;
  return officials;
}

const isPlaceNamed = (p: Party) => p.cue === "in" || p.cue === "at";

function twoStates(here: Party[], memory: PartyMemory, people: boolean, other?: string, heads = false): readonly Party[] {
  const all = other ? [...here, ...memory.recent.filter((p) => p.code !== other)] : [...here, ...memory.recent];
  // "the two agreed" after "X met Y in Entebbe, Uganda": two people, so the states of the officials last named.
  // ("The two envoys first met in late 2012", paragraphs after the two were named: the two people last named.)
  const lastTwo = memory.lastPerson && memory.priorPerson && memory.lastPerson.code !== memory.priorPerson.code ? [memory.lastPerson, memory.priorPerson] : undefined;
  const named = people ? ((heads ? officialsOfTwoStates(all.filter(isHead)) : undefined) ?? officialsOfTwoStates(all) ?? lastTwo ?? all) : all;
  const [a, b, c] = firstDistinct(named, 3);
  // (Of a and b, one in passing and one not: the one not, then c.)
  let pair: (Party | undefined)[] = a && b && c && inPassing(memory, here, a) !== inPassing(memory, here, b) && !inPassing(memory, here, c) ? [inPassing(memory, here, a) ? b : a, c] : [a, b];
  // "A's minister met B's. During a meeting with C's minister, the two sides …": one state named here, the other the
  // last sentence's subject, not the state it acted on.
  const subject = memory.subject;
  if (a && b && c && subject && subject.via !== "group" && namedHere(here, a) && !namedHere(here, b) && b.code !== subject.code && c.code === subject.code && a.code !== subject.code) pair = [a, c];
  // ("militias from Lebanon to Yemen … the rivals agreed": two states named a few times yield to the two the story is
  // about, each named three times or more.)
  // ("Israel, Morocco and the United States signed a declaration under which the two countries resumed relations": of
  // three states or more named here, the two the story is about, when both are among them.)
  const ofThree = !people && c && namedHere(here, c) ? storyPair(memory, here) : undefined;
  if (ofThree) pair = ofThree;
  else if (!people && timesNamed(memory, pair[0]) < 3 && timesNamed(memory, pair[1]) < 3 && !namedHere(here, pair[0]) && !namedHere(here, pair[1])) pair = storyPair(memory, all) ?? pair;
  // ("A joined the accords, and the two countries signed …" after a list of others named once: the story's pair, when
  // the state named here is one of it and the other was named only in passing.)
  else if (!people && a && b && namedHere(here, a) && inPassing(memory, here, b)) {
    const story = storyPair(memory, all);
    if (story?.some((p) => p.code === a.code)) pair = story;
  }
  // "the two leaders": each state through its official last named, so the event names both people.
  // (pair is two long, either of them perhaps missing. Returned as literals of parties or NO_STATES, never an empty []
  // filled later, so that readParties's loops over the result see one kind of array.)
  const first = pair[0] && (people ? officialOf(named, pair[0]) : pair[0]);
  const second = pair[1] && (people ? officialOf(named, pair[1]) : pair[1]);
  if (first && second) return [second, first];
  if (first || second) return [(first ?? second)!];
  return NO_STATES;
}

// lastTwoStates's steps are functions of their own, not closures made at every call: V8 compiled it twice, the second
// time after a soft deopt on the story's pair, the branch few calls reach.

/** The states and officials of the sentence, the last first, but the go-betweens ("after talks mediated by Iraq and Oman, the rivals signed"). */
function statesHere(parties: Party[], text: string): Party[] {
  const here: Party[] = [];
  // ("The UAE and Israel signed the accords at the White House, establishing relations between the two countries": a
  // place where a named pair acted is not one of the two.)
  const pair = namedPair(parties);
  for (let i = parties.length - 1; i >= 0; i--) {
    const p = parties[i]!;
    // ("During the President's visit to Kisumu, the two leaders held talks": the town visited is the host's side.)
    if ((p.via === "actor" || p.via === "official" || (p.via === "city" && visitedTown(p, text))) && !joinedToAgent(parties, p) && !(pair && p.start > pair && (p.cue === "at" || p.cue === "in")) && !(p.cue === "with" && witnessed(text, p)) && !isClaimed(text, p)) here.push(p);
  }
  return here;
}

// ("Israel's decision to endorse Morocco's claim to Western Sahara … the two countries": a land claimed is no side.)
// (Not one occupied or controlled: "Russia's occupation of Ukraine … the two countries" are Russia and Ukraine.)
const CLAIMED_BEFORE = /\b(?:sovereignty\s+over|claims?\s+(?:to|over))\s+(?:the\s+)?$/i;
const CLAIM_GATE = /\b(?:sovereignty|claims?)\s/i;
const isClaimed = (text: string, p: Party) => CLAIMED_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start));
const VISIT_TO_BEFORE = /\b(?:visit|trip|journey)\s+to\s+$/i;
/** Whether party `p` is the place of "a visit to", "a trip to". */
const visitedTown = (p: Party, text: string) => p.cue === "to" && VISIT_TO_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start));

/** Where a pair of states named together as a subject ("A and B …") ends, if the sentence opens with one. */
// ("KINGSTOWN, St Vincent, Dec 11 — The presidents of Guyana and Venezuela will meet … in St Vincent": past a dateline,
// and after "the presidents of".)
function namedPair(parties: Party[]): number | undefined {
  let k = 0;
  while (parties[k] && (parties[k]!.cue === "dateline" || (k > 0 && parties[k - 1]!.cue === "dateline" && parties[k]!.cue === ","))) k++;
  const [a, b] = [parties[k], parties[k + 1]];
  return a && b && (a.via === "actor" || a.via === "official") && PAIR_OPENING_CUES.has(a.cue) && (b.via === "actor" || b.via === "official") && b.cue === "and" && a.code !== b.code ? b.end : undefined;
}
const PAIR_OPENING_CUES: ReadonlySet<string> = new Set(["", "of", "—", "–", "-"]);

/**
 * `here` (the last first) less a list of three states or more it ends with: "A recognised B the same day as C, D and
 * E, and the two governments …" are A and B, not D and E.
 */
function withoutTrailingList(here: Party[]): Party[] {
  const listed = (p: Party | undefined) => p !== undefined && p.via === "actor" && (p.cue === "," || p.cue === "and");
  if (!listed(here[0]) || here[1]?.cue !== "," || !listed(here[1])) return here;
  let k = 2;
  while (listed(here[k])) k++;
  // (And the list's head, which has the cue of the phrase that opens it.)
  return here.slice(k + 1);
}

function joinedToAgent(parties: Party[], p: Party): boolean {
  for (const a of parties) if (a.cue === "by" && p.start >= a.start && (p === a || ((p.cue === "and" || p.cue === ",") && p.start - a.end <= 30))) return true;
  return false;
}

/** The officials of `all`, when they serve two states or more. */
const LEADERS = /^(?:leaders|heads of (?:state|government)|presidents|prime ministers)$/i;
const isHead = (p: Party) => p.role === "head-of-state" || p.role === "head-of-government";

function officialsOfTwoStates(all: Party[]): Party[] | undefined {
  const officials: Party[] = [];
  let twoStates = false;
  for (const p of all) {
    if (p.via !== "official") continue;
    if (officials.length && p.code !== officials[0]!.code) twoStates = true;
    officials.push(p);
  }
  return twoStates ? officials : undefined;
}

const timesNamed = (memory: PartyMemory, p: Party | undefined) => (p ? (memory.named.get(p.code) ?? 0) : 0);

function namedHere(here: Party[], p: Party | undefined): boolean {
  if (p) for (const h of here) if (h.code === p.code) return true;
  return false;
}

const inPassing = (memory: PartyMemory, here: Party[], p: Party) => timesNamed(memory, p) <= 1 && !namedHere(here, p);

/** The two states the story is about, each named three times or more, when there are exactly two. */
function storyPair(memory: PartyMemory, all: Party[]): Party[] | undefined {
  // (Both loops run at every call, whatever the first finds: a branch first taken after V8 optimised lastTwoStates,
  // where this is inlined, threw its code away.)
  let main = 0;
  let x = "";
  let y = "";
  for (const [code, n] of memory.named) {
    if (n < 3 || ORGANISATIONS.has(code)) continue;
    main++;
    if (main === 1) x = code;
    else if (main === 2) y = code;
  }
  const story: Party[] = [];
  for (const p of all) if ((p.code === x || p.code === y) && !namedHere(story, p)) story.push(p);
  return main === 2 && story.length === 2 ? story : undefined;
}

/** The official of `named` who serves p's state, else p. */
/** The head of state or government serving `p`'s state among `named`, else `p` ("the two leaders": not an envoy of it). */
function leaderOf(named: Party[], p: Party): Party {
  for (const o of named) if (o.code === p.code && o.official && isHead(o)) return o;
  return p;
}

function officialOf(named: Party[], p: Party): Party {
  for (const o of named) if (o.code === p.code && o.official) return o;
  return p;
}

// None, as an array of the same elements kind as one holding parties. (An empty literal [] has small integers' kind,
// and a loop that has seen both kinds is compiled again: V8 threw readParties away once or twice a process.)
const NO_STATES: readonly Party[] = ([undefined] as unknown as Party[]).slice(1);

/** The first `n` parties of distinct states, in order: distinctParties cut short, as only the first few are read. */
function firstDistinct(parties: Party[], n: number): Party[] {
  const found: Party[] = [];
  for (const p of parties) {
    if (found.length === n) break;
    if (!found.some((f) => f.code === p.code)) found.push(p);
  }
  return found;
}

/** A name right after title `i`, or after a comma ("President X", "the minister, X"): the title is that person's. */
function namedAfter(items: Item[], i: number): boolean {
  return items[i + 1]?.kind === "person" || (isWord(items[i + 1], ",") && items[i + 2]?.kind === "person");
}

// What runs from a speaker to the words in quotes: "X wrote on X: \"I …", "X told reporters, \"My …".
const OPENS_QUOTE = /^[^"“”.;]{0,60}\b(?:said|says|wrote|writes|told|tells|declared|added|tweeted|posted|stated)\b[^"“”.;]{0,40}[:,]\s*["“][^"”]*$/;

/** The official of this sentence who opened the quote that `at` stands in. */
function quoteOpener(parties: Party[], text: string, at: number): Party | undefined {
  const last = parties.findLast((p) => p.via === "official" && p.end <= at);
  return last && at - last.end <= 400 && OPENS_QUOTE.test(text.slice(last.end, at)) ? last : undefined;
}

// From a quote's closing mark to its speaker's name: ", said Chile's Foreign Minister " or only the name's words.
const SAID_BEFORE_NAME = /^\s*(?:said|says|added|adds|told|tells|stated|wrote)\s+[^,;.]{0,50}$/;
const NAME_WORDS_ONLY = /^\s*[^,;.]{0,50}$/;
const SAID_AFTER = /^\s*(?:said|says|added|adds|told|tells|stated|wrote)\b/;
const PRONOUN_SAID = /^\s*(?:he|she)\s+(?:said|says|added|adds|told|stated|wrote)\b/;

/**
 * A quote that opens its sentence and names its speaker right after it ("\"Our embassy remains open,\" said Chile's
 * minister X", "\"Our …,\" X said"): that speaker, when the quote is still open at item `i`.
 */
function quoteCloser(items: Item[], i: number, text: string, memory: PartyMemory): Party | undefined {
  const first = items[0];
  if (!first || (first.text !== "\"" && first.text !== "“") || /["”]/.test(text.slice(first.end, items[i]!.start))) return undefined;
  // ("\"Our High Commission … will follow up,\" he said": the person last named, a sentence before.)
  const end = items.at(-1)!.end;
  const rest = text.slice(items[i]!.end, end);
  const closing = Math.max(rest.indexOf("\""), rest.indexOf("”"));
  if (closing >= 0 && PRONOUN_SAID.test(rest.slice(closing + 1))) return memory.lastPerson?.via === "official" ? memory.lastPerson : undefined;
  for (let k = i + 1; k < items.length && k <= i + 60; k++) {
    const it = items[k]!;
    if (it.kind !== "person") continue;
    const gap = text.slice(items[i]!.end, it.start);
    const closing = Math.max(gap.indexOf("\""), gap.indexOf("”"));
    if (closing < 0) return undefined;
    const after = gap.slice(closing + 1);
    // (Not "\"…,\" a spokesman said, after X met …": the name the words right after the quote lead to.)
    if (!(SAID_BEFORE_NAME.test(after) || (NAME_WORDS_ONLY.test(after) && SAID_AFTER.test(text.slice(it.end, it.end + 12))))) return undefined;
    const person = memory.person(it.name);
    return person?.country ? party(person.country, it.start, it.end, "official", "", person.name, person.mentions[0]?.role || undefined) : undefined;
  }
  return undefined;
}

/** "the Minister's": a bare title owning what follows, which names its one holder wherever it stands. */
function isTheTitles(items: Item[], i: number): boolean {
  return isWord(items[i - 1], "the") && isWord(items[i + 1], "'s");
}

const CLAUSE_VERB = /^(?:[a-z]+ed|paid|met|made|flew|went|came|held|took|gave|told|left|sent|spoke|brought|became|began|won|led|also|then|later)$/;
/** "X travelled to Jeddah, and the crown prince paid a return visit": a bare title opening a clause joined by "and" or ";", before its verb. */
function isClauseTitle(items: Item[], i: number): boolean {
  const next = items[i + 1];
  return isWord(items[i - 1], "the") && (isWord(items[i - 2], ";") || (isWord(items[i - 2], "and", "but") && isWord(items[i - 3], ","))) && next?.kind === "word" && CLAUSE_VERB.test(next.text);
}

// A title already attached to a name or a state ("Foreign Minister X", "Israeli President") is read through them.
function isTitleOfNeighbour(items: Item[], i: number): boolean {
  const prev = items[i - 1];
  const next = items[i + 1];
  const afterComma = isWord(next, ",") ? items[i + 2] : undefined;
  // ("Emir Sheikh X": the title of the name past its honorific.)
  let named = i + 1;
  while (named <= i + 2 && items[named]?.kind === "word" && isHonorificLower((items[named] as WordItem).lower)) named++;
  return (
    prev?.kind === "actor" || isWord(prev, "'s") || next?.kind === "person" || afterComma?.kind === "person" || (named > i + 1 && items[named]?.kind === "person") ||
    isWord(next, "of") || (isWord(prev, ",") && items[i - 2]?.kind === "person") || (isWord(prev, "the") && isWord(items[i - 2], ",") && items[i - 3]?.kind === "person")
  );
}

/** "among the countries that run embassies in B", "one of the countries …": a larger set, not the pair. */
function someOf(items: readonly Item[], i: number): boolean {
  return isWord(items[i - 2], "among") || (isWord(items[i - 2], "of") && isWord(items[i - 3], "one", "some", "many", "most", "several", "few"));
}
