// Pass 1 for one sentence: its items, officials, dates and the rules it can trigger, with the readings of names that
// depend on the whole text (the two Congos, the two Koreas, a Foreign Office, a namesake town).
import { namesakeIn } from "../gazetteer/cities.js";
import { isAsciiUpper } from "./chars.js";
import type { Party } from "./context.js";
import { type DateMention, findDates } from "./dates.js";
import { datelineDayEnd } from "./dateline.js";
import { isWord } from "./item-words.js";
import { findItems, type Item, newItem } from "./mentions.js";
import { findOfficials } from "./officials.js";
import type { Sentence } from "./sentences.js";
import { tokenize } from "./tokens.js";
import { candidateRules } from "./triggers.js";
import { hasWhiteSpace } from "./word-shape.js";

export interface AnalysedSentence {
  sentence: Sentence;
  rules: ReturnType<typeof candidateRules>;
  items: Item[];
  officials: ReturnType<typeof findOfficials>;
  dates: DateMention[];
  saidDates: DateMention[];
  /** The day the sentence gives when it is only a date, a listing's date line (set after pass 1 reads it). */
  dayLine: string | null;
}

/**
 * The words a later mention may name a person by: the last, and in a name of three words or more the one before it
 * too (a Spanish double surname: "Foreign Minister Ana Ruiz Soto …. Ruiz held talks" names her, not the town).
 */
function addSurnames(name: string, surnames: Set<string>): void {
  const last = name.lastIndexOf(" ");
  surnames.add(name.slice(last + 1));
  const before = name.lastIndexOf(" ", last - 1);
  if (before > 0 && isAsciiUpper(name.charCodeAt(before + 1))) surnames.add(name.slice(before + 1, last));
}

/** Pass 1 for one sentence: its items, officials and dates, and the rules it can trigger. */
export function analyseSentence(sentence: Sentence, published: string | null, filedFrom: Party | undefined, congo: CongoReading, korea: KoreaReading, surnames: Set<string>, foreignOffice: { code?: string }, filedTown?: string): AnalysedSentence {
  const tokens = tokenize(sentence.text, sentence.start);
  const items = findItems(tokens, sentence.text, sentence.start, surnames);
  for (const it of items) if (it.kind === "person" && hasWhiteSpace(it.name)) addSurnames(it.name, surnames);
  // ("In Islamabad, Foreign Office spokesman X said": so too in a sentence that opens in the town of such a state, before
  // the dateline's.)
  const openedIn = sentence.text.includes("Foreign Office") && isWord(items[0], "in") && isWord(items[2], ",") ? items[1] : undefined;
  const openedState = openedIn?.kind === "city" ? openedIn.city.country : openedIn?.kind === "actor" && openedIn.via === "capital" ? openedIn.code : undefined;
  const local = openedState ?? filedFrom?.code;
  if (local && local !== "GB") localForeignOffice(items, local);
  if (sentence.text.includes("Foreign Office Consultations") || sentence.text.includes("Foreign Office consultations")) dropConsultationFormat(items, sentence);
  if (foreignOffice.code || sentence.text.includes("Foreign Office")) ownedForeignOffice(items, foreignOffice);
  if (congo === "drc") for (const it of items) if (it.kind === "actor" && it.code === "CG" && BARE_CONGO.test(it.text)) it.code = "CD";
  // ("Kagame's state visit … the Congolese interior" in a story of Brazzaville: the demonym is the Republic of the Congo's.)
  if (congo === "brazzaville") for (const it of items) if (it.kind === "actor" && it.code === "CD" && CONGOLESE.test(it.text)) it.code = "CG";
  // ("president of the self-proclaimed Sahrawi Arab Democratic Republic": the state named past a word that doubts it.)
  if (sentence.text.includes("-proclaimed") || sentence.text.includes("-declared")) for (let k = items.length - 2; k >= 0; k--) if (items[k + 1]!.kind === "actor" && isWord(items[k], "self-proclaimed", "self-declared")) items.splice(k, 1);
  // ("prime minister of the U.N.-backed Government of National Accord": a backer named in a compound is no party.)
  if (sentence.text.includes("-backed") || sentence.text.includes("-sponsored") || sentence.text.includes("-brokered")) for (let k = items.length - 1; k >= 0; k--) if (items[k]!.kind === "actor" && BACKED_AFTER.test(sentence.text.slice(items[k]!.end - sentence.start, items[k]!.end - sentence.start + 12))) items.splice(k, 1);
  // ("the Tokyo International Conference on African Development", "Jomo Kenyatta International Airport": a place or a
  // person naming an institution is neither; not "Dubai International Airport", where one lands in Dubai.)
  if (sentence.text.includes(" International ") || sentence.text.includes(" Airport") || sentence.text.includes(" University")) for (let k = items.length - 2; k >= 0; k--) if ((items[k]!.kind === "person" || ((items[k]!.kind === "actor" || items[k]!.kind === "city") && !isWord(items[k + 2], "airport"))) && namesInstitution(items, k + 1)) items.splice(k, 1);
  namesakeTowns(items, sentence.text, sentence.start, filedFrom, filedTown);
  if (korea) koreanHalves(items, sentence, korea);
  // The rules a sentence can trigger are read now, while its tokens are at hand: keeping the tokens for pass 2
  // would hold every token of the document to the end.
  const rules = candidateRules(tokens, sentence.text);
  const saidDates: DateMention[] = [];
  const dates = findDates(sentence.text, published, sentence.start, saidDates);
  // (A dateline's day is the report's: said, not done.)
  const filed = sentence.start === 0 && dates.length ? datelineDayEnd(sentence.text) : 0;
  while (filed && dates.length && dates[0]!.end <= filed) saidDates.unshift(dates.shift()!);
  return { sentence, rules, items, officials: findOfficials(sentence, items), dates, saidDates, dayLine: null };
}

/** The day a sentence that is only a date gives ("14 February 2024", "Feb. 9, 2024."), on or before publication. */
export function dateLine({ sentence, dates }: AnalysedSentence, published: string | null): string | null {
  const only = dates.length === 1 ? dates[0]! : undefined;
  if (!only || only.relative || only.edtf?.length !== 10 || (published !== null && only.edtf > published)) return null;
  const line = sentence.text.trim();
  return line.length - only.text.length <= 1 && line.startsWith(only.text) ? only.edtf : null;
}

// Between a town and the state it is in: "San Pedro, Ivory Coast's main port", "Victoria in the Seychelles".
const TOWN_THEN_STATE = /^\s*(?:,|\bin)\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$/i;
// Between a state's adjective and its town: "the Ivorian port of San Pedro".
const STATE_THEN_TOWN = /^\s+(?:[a-z]+\s+)?(?:city|town|port)\s+of\s+$/;

/**
 * "the consulate in San Pedro, Ivory Coast's main cocoa port": a town the gazetteer gives to another state (the
 * Philippines' San Pedro) is the namesake in the state named beside it, when the sentence names the other state nowhere.
 */
function namesakeTowns(items: Item[], body: string, offset: number, filedFrom: Party | undefined, filedTown: string | undefined): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== "city") continue;
    // ("SALISBURY, Zimbabwe — … open a high commission in Salisbury": the town the story is filed from, in the state its
    // dateline names, whatever namesake the gazetteer knows.)
    if (filedFrom && filedTown !== undefined && filedFrom.code !== it.city.country && it.text.toLowerCase() === filedTown) {
      it.city = namesakeIn(it.text, filedFrom.code) ?? { ...it.city, country: filedFrom.code, capital: false };
      continue;
    }
    // (The gaps hold words only: the next and last actors within a few words.)
    let next: Item | undefined;
    for (let k = i + 1; k < items.length && k <= i + 5 && !next; k++) if (items[k]!.kind === "actor") next = items[k];
    let before: Item | undefined;
    for (let k = i - 1; k >= 0 && k >= i - 5 && !before; k--) if (items[k]!.kind === "actor") before = items[k];
    const beside = next?.kind === "actor" && TOWN_THEN_STATE.test(body.slice(it.end - offset, next.start - offset)) ? next : before?.kind === "actor" && STATE_THEN_TOWN.test(body.slice(before.end - offset, it.start - offset)) ? before : undefined;
    if (!beside || beside.code === it.city.country || items.some((o) => o.kind === "actor" && o.code === it.city.country)) continue;
    const town = namesakeIn(it.text, beside.code);
    if (town) it.city = town;
  }
}

/**
 * "Portugal will open a consulate general in Valencia" in a story of Portugal and Spain: a town (not a capital) of a
 * state the text never names is the namesake in one of the two states it names most, where there is one.
 */
export function namedStatesTowns(analysed: readonly { items: Item[] }[], actorCounts: ReadonlyMap<string, number>): void {
  // (Not in a story of one state: "Spain's consulate in Córdoba" is Argentina's town, whose state goes without saying.)
  if (actorCounts.size < 2) return;
  const named = [...actorCounts].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([code]) => code);
  for (const { items } of analysed) {
    for (const it of items) {
      if (it.kind !== "city" || it.city.capital || actorCounts.has(it.city.country)) continue;
      for (const code of named) {
        const town = namesakeIn(it.text, code);
        if (town) {
          it.city = town;
          break;
        }
      }
    }
  }
}

// The DRC named outright, or its capital; and the other Congo named outright, or its capital.
const DR_CONGO = /\b(?:Kinshasa|KINSHASA|DRC|DR Congo|Democratic Republic of (?:the )?Congo)\b/;
const CONGO_BRAZZAVILLE = /\b(?:Brazzaville|BRAZZAVILLE)\b|(?<!Democratic )\bRepublic of (?:the )?Congo\b/;
const BARE_CONGO = /^(?:the\s+)?Congo$/i;
/**
 * "Congo's Communication Minister" in a story that names Kinshasa or the DRC, and neither Brazzaville nor the Republic
 * of the Congo, is the DRC's: the bare name is the usual short form of either state.
 */
export function meansDrCongo(text: string): boolean {
  if (!text.includes("Congo") || !DR_CONGO.test(text)) return false;
  if (!CONGO_BRAZZAVILLE.test(text)) return true;
  // ("left Kinshasa …, crossing the river to Brazzaville": the town named in passing, in a story the DRC's names fill,
  // is no other Congo the story is about; the other state's name written out is.)
  return !REPUBLIC_OF_CONGO.test(text) && (text.match(DR_CONGO_ALL)?.length ?? 0) > 2 * (text.match(CONGO_BRAZZAVILLE_ALL)?.length ?? 0);
}
const REPUBLIC_OF_CONGO = /(?<!Democratic )\bRepublic of (?:the )?Congo\b|\bCongo-Brazzaville\b/;

/** Which Congo a story's bare "Congo" and "Congolese" mean: the DRC (above), or Brazzaville's when the story names it more often. */
export type CongoReading = "drc" | "brazzaville" | null;
const CONGOLESE = /^(?:the\s+)?Congolese$/;
const DR_CONGO_ALL = new RegExp(DR_CONGO.source, "g");
const CONGO_BRAZZAVILLE_ALL = new RegExp(CONGO_BRAZZAVILLE.source, "g");
export function congoReading(text: string): CongoReading {
  if (!text.includes("Congo")) return null;
  if (meansDrCongo(text)) return "drc";
  const brazzaville = text.match(CONGO_BRAZZAVILLE_ALL)?.length ?? 0;
  return brazzaville > (text.match(DR_CONGO_ALL)?.length ?? 0) ? "brazzaville" : null;
}

// North Korea named outright, or its capital; South Korea named outright (a Seoul dateline names no side).
export const NORTH_KOREA = /\b(?:North Korean?|DPRK|Pyongyang|PYONGYANG)\b/;
export const SOUTH_KOREA = /\b(?:South Korean?|Republic of Korea|ROK)\b/;
const BARE_KOREAN = /^(?:the\s+)?Korean$/;
type KoreaReading = "north" | "both" | null;
const KOREAN_HALF: Readonly<Record<string, string>> = { North: "KP", South: "KR" };
/**
 * "expelled the North's ambassador", "talks with the South" in a story that names North Korea: the two Koreas' usual
 * short names. (Not before another capitalised word: "the South China Sea", "the North Atlantic".) And where it
 * names only the North, a bare "Korean" is the North's too ("the Korean Central News Agency").
 */
function koreanHalves(items: Item[], sentence: Sentence, korea: "north" | "both"): void {
  for (let k = items.length - 1; k >= 0; k--) {
    const half = items[k]!;
    if (korea === "north" && half.kind === "actor" && half.code === "KR" && BARE_KOREAN.test(half.text)) half.code = "KP";
    const the = items[k - 1];
    const next = items[k + 1];
    const code = half.kind === "word" ? KOREAN_HALF[half.text] : undefined;
    // ("South and North Korea opened …", "North and South Korea": the first half shares the second's noun.)
    const after = items[k + 2];
    if (code && next?.kind === "word" && next.lower === "and" && after?.kind === "actor" && after.code !== code && (after.code === "KP" || after.code === "KR") && /^(?:North|South) Korea$/.test(after.text)) {
      const it = newItem("actor", half.from, half.to, half.start, half.end, half.text);
      it.code = code;
      it.via = "name";
      items.splice(k, 1, it as Item);
      continue;
    }
    if (!code || the?.kind !== "word" || the.lower !== "the" || (next && (next.kind !== "word" || next.cap))) continue;
    const it = newItem("actor", the.from, half.to, the.start, half.end, sentence.text.slice(the.start - sentence.start, half.end - sentence.start));
    it.code = code;
    it.via = "name";
    items.splice(k - 1, 2, it as Item);
    k--;
  }
}

const BACKED_AFTER = /^-(?:backed|sponsored|supported|brokered)\b/;
const INSTITUTIONS: ReadonlySet<string> = new Set(["airport", "conference", "university", "stadium", "convention", "exhibition", "film", "trade", "criminal"]);
/** Whether the words from `k` name an institution after a name: "International Airport", "University", "Stadium". */
function namesInstitution(items: Item[], k: number): boolean {
  const first = items[k];
  if (first?.kind !== "word" || !first.cap) return false;
  if (first.lower === "international") {
    const next = items[k + 1];
    return next?.kind === "word" && next.cap && INSTITUTIONS.has(next.lower);
  }
  return (first.lower === "airport" || first.lower === "university" || first.lower === "stadium") && items[k - 1]?.kind === "person";
}

/**
 * "ISLAMABAD — The Foreign Office said …": several states call their foreign ministry the Foreign Office (Pakistan,
 * Germany's Federal Foreign Office); filed from one of them, it is that state's, not Britain's.
 */
function localForeignOffice(items: Item[], code: string): void {
  for (const it of items) if (it.kind === "actor" && it.code === "GB" && /^(?:the\s+)?(?:Federal\s+)?Foreign\s+Office$/i.test(it.text)) it.code = code;
}

/**
 * "the second round of Foreign Office Consultations": a format of talks between two foreign ministries, named after
 * neither; not Britain's Foreign Office.
 */
function dropConsultationFormat(items: Item[], sentence: Sentence): void {
  for (let k = items.length - 1; k >= 0; k--) {
    const it = items[k]!;
    if (it.kind === "actor" && it.code === "GB" && /Foreign\s+Office$/.test(it.text) && /^\s+[Cc]onsultations\b/.test(sentence.text.slice(it.end - sentence.start, it.end - sentence.start + 16))) items.splice(k, 1);
  }
}

const BARE_FOREIGN_OFFICE = /^(?:the\s+)?(?:Federal\s+)?Foreign\s+Office$/i;
/**
 * "Pakistan's Foreign Office declared X persona non grata. … Foreign Office spokesman Y said": once the text names a
 * state's Foreign Office by its possessive, a bare "Foreign Office" after it is that state's, not Britain's nor the
 * dateline's.
 */
function ownedForeignOffice(items: Item[], owner: { code?: string }): void {
  for (let k = 0; k < items.length; k++) {
    const it = items[k]!;
    if (it.kind !== "actor" || !BARE_FOREIGN_OFFICE.test(it.text)) continue;
    const before = items[k - 1];
    const state = items[k - 2];
    if (before?.kind === "word" && (before.lower === "'s" || before.lower === "’s") && state?.kind === "actor" && state.code !== "GB" && state.code !== it.code) owner.code = state.code;
    else if (before?.kind === "actor" || (before?.kind === "word" && (before.lower === "'s" || before.lower === "’s"))) continue;
    if (owner.code) it.code = owner.code;
  }
}
