import * as z from "zod";
import holdersData from "../../data/office-holders.json" with { type: "json" };
import { remembered } from "../remembered.js";
import { unaccented } from "../unaccented.js";
import { loadBundledDictionary } from "./dictionary.js";

// A dated actor dictionary in the PETRARCH/ICEWS manner: who held a state's top offices, and when. The extractor reads
// it only for a person the text names without a state ("President Xi Jinping", "Lavrov said"), and only within the
// tenure the publication date falls in, so a list that ends does not make later news wrong: it stops answering.

const HOLDER_ROLES = ["head-of-state", "head-of-government", "foreign-minister", "official"] as const;
type HolderRole = (typeof HOLDER_ROLES)[number];
const MONTH = "\\d{4}(?:-(?:0[1-9]|1[0-2]))?";
/**
 * One tenure a line, tab-separated: name, other spellings joined by "|", state or organisation code, office, from, to
 * (empty: in office), and the last word of each spelling as nameWords folds it, joined by "|". One string, as
 * cities.json: it costs nothing to load, and the last column lets a lookup find its lines without folding thousands of
 * names (gazetteer.test.ts checks every line against TENURE_LINE and nameWords).
 */
export const TENURE_LINE = new RegExp(`^[^\\t\\n]{2,}\\t[^\\t\\n]*\\t(?:[A-Z]{2}|[A-Z-]{3,})\\t(?:${HOLDER_ROLES.join("|")})\\t${MONTH}\\t(?:${MONTH})?\\t[a-z0-9|]+$`);
export const OFFICE_HOLDERS_FILE = z.object({ columns: z.array(z.string()), tenures: z.string() });

export interface OfficeHolding {
  /** The state (or organisation) the person served in that office. */
  country: string;
  role: HolderRole;
}

const HONORIFICS = new Set(["sheikh", "shaikh", "prince", "king", "queen", "emir", "sultan", "president", "dr", "mr", "mrs", "ms", "sir", "hh", "he", "hon", "datuk", "seri", "tan", "sri", "dato", "samdech", "u", "gen", "general"]);
// (Accents are folded only where there are any: most names are plain ASCII.)
const NON_ASCII = /[^\x00-\x7f]/;
const fold = (s: string) => (NON_ASCII.test(s) ? unaccented(s) : s).toLowerCase().replace(/[’'`.]/g, "").replace(/[^a-z0-9]+/g, " ").trim();
/** A name's words as the dictionary compares them: folded, honorifics dropped ("Sheikh Mohamed bin Zayed" → mohamed bin zayed). */
export const nameWords = (name: string): string[] => fold(name).split(" ").filter((w) => w && !HONORIFICS.has(w));

interface Entry {
  words: string[];
  country: string;
  role: HolderRole;
  from: string;
  to: string | null;
}

let table: string | null = null;
/** Last word → the offsets of the lines with a spelling ending in it; the lines are read only when looked up. */
let byLast: Map<string, number[]> | null = null;
// A one-article run asks for a handful of surnames: searching the table for each costs a fraction of indexing its
// 4,000 lines (a twentieth of a cold start's instructions). Past this many, a long run builds the index.
const SEARCHES = 64;
let searches = 0;

function loadTable(): string {
  table ??= loadBundledDictionary<z.infer<typeof OFFICE_HOLDERS_FILE>>("office-holders.json", holdersData, ["columns", "tenures"]).tenures;
  return table;
}

function index(): Map<string, number[]> {
  if (byLast) return byLast;
  const rows = loadTable();
  byLast = new Map();
  for (let at = 0; at < rows.length; ) {
    const newline = rows.indexOf("\n", at);
    const end = newline === -1 ? rows.length : newline;
    const keys = rows.slice(rows.lastIndexOf("\t", end) + 1, end);
    for (const key of keys.includes("|") ? new Set(keys.split("|")) : [keys]) (byLast.get(key) ?? byLast.set(key, []).get(key)!).push(at);
    at = end + 1;
  }
  return byLast;
}

const TAB = 9;
const NEWLINE = 10;
const BAR = 124;
/** The offsets of the lines whose last column holds `key`, in the table's order, as the index has them. */
export function linesWithKey(rows: string, key: string): number[] {
  const lines: number[] = [];
  if (!key) return lines;
  for (let at = rows.indexOf(key); at >= 0; at = rows.indexOf(key, at + 1)) {
    const before = rows.charCodeAt(at - 1);
    const after = at + key.length === rows.length ? NEWLINE : rows.charCodeAt(at + key.length);
    if ((before !== TAB && before !== BAR) || (after !== BAR && after !== NEWLINE)) continue;
    const end = rows.indexOf("\n", at);
    if (rows.lastIndexOf("\t", end < 0 ? rows.length : end) > at) continue; // in an earlier column
    const start = rows.lastIndexOf("\n", at) + 1;
    if (lines.at(-1) !== start) lines.push(start);
  }
  return lines;
}

// The entries of a last word, read from their lines once: every lookup of a surname the dictionary has would parse them.
const ENTRIES = new Map<string, Entry[]>();
function entriesOf(last: string): Entry[] | undefined {
  const known = ENTRIES.get(last);
  if (known) return known;
  const lines = byLast || ++searches > SEARCHES ? index().get(last) : linesWithKey(loadTable(), last);
  if (!lines?.length) return undefined;
  const entries = lines.flatMap((at) => entriesAt(at, last));
  ENTRIES.set(last, entries);
  return entries;
}

/**
 * The spellings of the line at `at` whose last word is `last`, each as an entry. A name written family name first
 * ("Xi Jinping", "Tsai Ing-wen", "Yoon Suk Yeol") has its family name among the line's keys too: those spellings are
 * entered with it last, so that "President Xi" is matched as "President Lavrov" is.
 */
function entriesAt(at: number, last: string): Entry[] {
  const end = table!.indexOf("\n", at);
  const [name, variants, country, role, from, to] = table!.slice(at, end === -1 ? undefined : end).split("\t") as [string, string, string, HolderRole, string, string];
  const entries: Entry[] = [];
  for (const spelling of [name, ...(variants ? variants.split("|") : [])]) {
    const words = nameWords(spelling);
    if (words.at(-1) === last) entries.push({ words, country, role, from, to: to || null });
    else if (words.length > 1 && words[0] === last) entries.push({ words: [...words.slice(1), last], country, role, from, to: to || null });
  }
  return entries;
}

// One name is the other's when they end alike and the shorter one's words are all in the longer (the scorer's rule):
// "Lavrov" ~ "Sergey Lavrov", "Mohammed bin Salman" ~ "Mohammed bin Salman Al Saud".
// A spelling of one word matches only a name of one word: the dictionary's "Sultan Ibrahim" (honorific dropped) is not
// "Hussain Niyaz Ibrahim".
// (A given name transliterated a letter apart is the same: "Hoshiyar Zebari" ~ "Hoshyar Zebari".)
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (a.at(-1) !== b.at(-1) || (b.length === 1 && a.length > 1)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w) => long.includes(w) || (w.length >= 5 && long.some((x) => x.length >= 5 && oneLetterApart(w, x))));
}

/**
 * Whether two words differ by one letter added or dropped inside them: a transliteration's vowel ("Hoshiyar",
 * "Hoshyar"), not a changed letter or an ending ("Mario", "Maria"; "Rafael", "Rafaela" are other people).
 */
function oneLetterApart(x: string, y: string): boolean {
  if (Math.abs(x.length - y.length) !== 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i >= Math.min(x.length, y.length)) return false;
  return x.length > y.length ? x.slice(i + 1) === y.slice(i) : y.slice(i + 1) === x.slice(i);
}

// A month of slack either side: tenures are recorded to the month, and news runs a little behind or ahead of them.
const within = (day: string, from: string, to: string | null) => day.slice(0, 7) >= shift(from, -1) && (to === null || day.slice(0, 7) <= shift(to.length === 4 ? `${to}-12` : to, 1));
function shift(month: string, by: number): string {
  const [y, m] = month.length === 4 ? [Number(month), 1] : [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/**
 * The office a named person held on `day` (YYYY-MM-DD), from the dated dictionary, when exactly one state fits.
 * A one-word name ("Lavrov") must also hold the office the text gives (`role`), since surnames repeat across states.
 * With no day, or none of their tenures covering it, a name written in full still answers when every tenure it has is
 * one state's ("then foreign minister X" in a story years later).
 * @example officeOf("Xi Jinping", "2023-08-24") // { country: "CN", role: "head-of-state" }
 */
export function officeOf(name: string, day: string | null, role?: string): OfficeHolding | null {
  // (Asked again for every mention of the same person: answered once a name, day and office.)
  return ANSWERS(`${name}|${day}|${role}`, () => lookUp(name, day, role));
}

const ANSWERS = remembered<OfficeHolding | null>(20_000);

/** A name's words and the dictionary's spellings it can be, found by its last word. */
function spellingsOf(name: string): { words: string[]; entries: Entry[] } | null {
  const words = nameWords(name);
  const last = words.at(-1);
  const entries = last ? entriesOf(last) : undefined;
  if (!entries) return null;
  // (A loop, not filter(): filter's list has one array shape from the interpreter and another once optimised, and code
  // reading the list is thrown away when it meets the second.)
  const same: Entry[] = [];
  for (const e of entries) if (sameName(words, e.words)) same.push(e);
  return { words, entries: same };
}

/**
 * The office a name written in full held on `day`, read from the tenures that cover it alone, when exactly one state
 * and one office fit: for a person the text names with no title at all ("Venezuela's Hugo Chávez"), where a name out
 * of office, or one surname, says nothing.
 * @example heldOn("Rafael Correa", "2008-03-08") // { country: "EC", role: "head-of-state" }
 */
export function heldOn(name: string, day: string): OfficeHolding | null {
  const found = spellingsOf(name);
  return found && found.words.length >= 2 ? soleOffice(found.entries, day, false) : null;
}

/**
 * The state and office of the tenures of `entries` that cover `day`, when they are all one state's one office (of
 * names of two words or more only, with `fullNames`); else null. (The first such tenure. A loop, not filter(): see
 * spellingsOf.)
 */
function soleOffice(entries: readonly Entry[], day: string, fullNames: boolean): OfficeHolding | null {
  let first: Entry | undefined;
  for (const e of entries) {
    // (No slack before a tenure: a name with no title in the month before it is someone elected, not yet in office
    // — "X, who won last month's presidential election".)
    if ((fullNames && e.words.length < 2) || !within(day, e.from, e.to) || day.slice(0, 7) < e.from.slice(0, 7)) continue;
    if (!first) first = e;
    else if (e.country !== first.country || e.role !== first.role) return null;
  }
  return first ? { country: first.country, role: first.role } : null;
}

/**
 * The office of the one person the dictionary has in office on `day` under the surname `word`, for a surname the text
 * never titles ("… was greeted by Mirziyoyev"): exactly one state and office among the tenures of names of two words or
 * more that cover the day, else null. The caller must still check the text names that state: surnames repeat.
 * @example surnameHeldOn("Mirziyoyev", "2018-08-20") // { country: "UZ", role: "head-of-state" }
 */
export function surnameHeldOn(word: string, day: string): OfficeHolding | null {
  const words = nameWords(word);
  const entries = words.length === 1 ? entriesOf(words[0]!) : undefined;
  return entries ? soleOffice(entries, day, true) : null;
}

function lookUp(name: string, day: string | null, role?: string): OfficeHolding | null {
  const found = spellingsOf(name);
  if (!found) return null;
  const { words } = found;
  const single = words.length === 1;
  const candidates = found.entries.filter((e) => !single || e.role === role);
  const distinct = (list: Entry[]) => new Set(list.map((e) => e.country)).size;
  const dated = day ? candidates.filter((e) => within(day, e.from, e.to)) : [];
  if (dated.length) return distinct(dated) === 1 ? { country: dated[0]!.country, role: dated[0]!.role } : null;
  // (Out of office, only the whole name: "Juan Valdés" is not "Juan Gabriel Valdés", foreign minister in 2000.)
  const whole = single ? [] : candidates.filter((e) => e.words.length === words.length);
  return whole.length && distinct(whole) === 1 ? { country: whole[0]!.country, role: whole[0]!.role } : null;
}
