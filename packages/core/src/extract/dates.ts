import { toIsoDay } from "../model/date.js";
import { codeAt, isAsciiLetter, isDigit, isWhiteSpace, isWordChar } from "./chars.js";

// (Module constants, not inline: see unaccented.ts.)
// ("had to leave by the end of Monday": a deadline, not the day of the act.)
const WEEKDAY_END = /(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const UNTIL_LEAD = /\buntil\s+$/;
const FUTURE_LEAD = /(?<!\p{L})(?:(?:by|until|before)(?: the (?:end|close) of)?|next|coming|later than|starting from|with effect from|effective(?: from)?|as of)\s*$/u;

/** A date expression found in text, resolved against the published day. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** EDTF, or null when it is relative and the published day is unknown. */
  edtf: string | null;
  /** Explicit dates name their year; relative ones ("on Thursday", "last month") lean on the published day. */
  relative: boolean;
  /** Points forward ("next week", "later this month", "by 2024"): never the date of something that happened. */
  future?: boolean;
  /** A year standing alone ("1967"), the weakest evidence of when. */
  bareYear?: boolean;
  /** The distance counted on to it from the day told before ("a day later on Monday": "a day later"). */
  later?: string;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
export const NUMBER_WORDS: Readonly<Record<string, number>> = { "a few": 3, few: 3, "a couple of": 2, "couple of": 2, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 3 };

const M = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
const D = "(\\d{1,2})(?:st|nd|rd|th)?";
const Y = "((?:1[89]|20)\\d{2})";
// Each alternative starts with a distinct literal or class and has no nested quantifiers: linear on any input.
// (One opening with a word, or with words, that FOLLOWED_BY lists adds there the letters that can come next.)
const DATE = new RegExp(
  [
    `\\b${D} ${M},? ${Y}\\b`, // 14 July 2021
    `\\b${M} ${D},? ${Y}\\b`, // July 14, 2021
    `\\b${M} ${D}\\b(?!,? \\d{3,}|,? \\d{1,2}(?:st|nd|rd|th)?(?:,|\\s+(?:and|or|to)\\b|[-–]))`, // July 14 (not "July 14, 15 and 16"; "December 28, 31 years after" is one)
    `\\b${D} ${M}\\b`, // 14 July
    `\\b(early |mid-|late |end of |the end of )?${M},? ${Y}\\b`, // July 2021
    `\\b(last|this|next|early|late|that) ${M}\\b`, // last November, that April (the year told before: narrated-years.ts)
    `\\b(?:in|since|from|by|during|until|of|year|in early|in late|in mid-|by the end of) ${Y}\\b`, // in 2021
    `\\b(?:(last|this|on|next|past) )?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\\b`,
    `\\b(yesterday|today|tonight|earlier today|this morning|this afternoon|this evening|last night|the day before|(?:earlier|later) in the day)\\b`, // (the news day's own hours: "flew in earlier in the day")
    `\\b(earlier this|earlier in the|later this|later in the|later that|earlier that|last|this|next|past|previous|the previous|the past|the same) (week|month|year)\\b`, // later that year (the year told before: narrated-years.ts)
    // ("It is only seven weeks since X became …": the time since, counted back like "ago".)
    `\\b(\\d{1,2}|a few|a couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several) (day|week|fortnight|month|year)s? (?:ago|(?<=\\b(?:is|been|it's) (?:only |just |barely |nearly |almost )?\\S+ \\S+ )since)\\b`,
    `\\b(?:in|since(?! [A-Z][a-z]+\\.? \\d)|at the end of|the end of|end of|the beginning of|the start of) ${M}\\b(?!,? (?:1[89]|20)\\d{2}| (?:of )?(?:last|this|next) year)`, // in July, the end of April, since December (not "in July 2021", "in May last year", "since March 2")
    `\\b(early |mid-|late |the early |the mid-|the late )?((?:1[89]|20)\\d)0s\\b`, // the early 2000s
    `\\b(?<![-–]\\d{0,3})${Y}\\b(?!-\\d\\d-\\d\\d\\b|[-–]\\d{2,4}\\b)`, // 2021 (not a span of years, "2022-2025", "2022–25")
    `\\b(?:in )?${M} (?:of )?(last|this|next) year\\b`, // in May last year
    `\\b(?:from|between) (\\d{1,2})(?:st|nd|rd|th)? (?:to|and|until) ${D} ${M}(?:,? ${Y})?\\b`, // from 13 to 15 March (2024)
    `\\b${Y}-(\\d\\d)-(\\d\\d)\\b`, // 2019-07-18
    `\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b(?=[,.;]| (?:with|and|in|at|when|after|before|during)\\b)`, // on the 12th (of this month)
    `\\bmid-${M}\\b`, // mid-February (with a year, an alternative above reads it)
    `\\bthe (first|second|third|fourth|last|final) (?:week|(?:few )?days) of ${M}(?:,? ${Y})?\\b`, // the first week of March (2024), the last days of June
    `\\b(?:(?:over|at|during|on) the|during (?:a|his|her|their)(?= weekend (?:visit|trip|stay|tour)\\b)|(last|past|this past|the past|previous|the previous)) (weekend)\\b`, // over the weekend, last weekend, during a weekend visit
    // (Seasons of the northern hemisphere, as the news this project reads uses them; "fall" only after last, this, next.)
    // (Not a season naming a thing: "the summer palace", "the spring offensive".)
    `\\b(last|this|next|early|late|in|during|by|since|(?<=\\b(?:in|during) )the) (spring|summer|autumn|winter)(?:,? (?:of )?${Y})?\\b(?! (?!(?:of|when|and|as|after|before|to|in|at|on|with|the|that|this|for|by|while|amid|until)\\b)[a-z])`, // last spring, in the autumn of 2019
    `\\b(last|this|next) (fall)\\b`, // last fall
  ].join("|"),
  "gi",
);

// The same pattern, anchored: tried only where a date can start (see dateStarts).
/** @internal Exported for tests. */
export const DATE_AT = new RegExp(DATE.source, "iy");
// Every alternative of DATE opens with a whole word: a number, a month or weekday, or one of these.
const FIRST_WORDS = new Set([
  ...MONTHS, ...Object.keys(MONTH_ABBR), ...WEEKDAYS, ...Object.keys(NUMBER_WORDS).filter((w) => !w.includes(" ")),
  "early", "mid", "late", "end", "the", "last", "this", "next", "in", "since", "from", "between", "by", "during", "until", "of", "year",
  "on", "past", "yesterday", "today", "tonight", "earlier", "later", "previous", "that", "over", "at",
]);
// The words as numbers, five bits a letter ("of" is 15 · 32 + 6), so that a word of the text is looked up without
// being cut out and lower-cased: the scan meets every word of every sentence.
const wordKey = (word: string) => [...word].reduce((key, c) => key * 32 + (c.charCodeAt(0) - 96), 0);
// What comes after the other first words in every alternative: a space (or "mid-"), then one of these words ("#" a
// number, "M" a month, "W" a weekday; "from" also opens a span, SPAN_AT). Most first words are "the", "of", "in", "a":
// the pattern need not run at "the government", "of the", "in Paris", "a meeting".
const UNITS = ["day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"];
const FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  early: ["M", "#", "S"], mid: ["M", "#"], late: ["M", "#", "S"], end: ["of"],
  the: ["end", "day", "previous", "past", "same", "beginning", "start", "early", "mid", "late", "first", "second", "third", "fourth", "last", "final", "S"],
  last: ["M", "W", "night", "week", "weekend", "month", "year", "S", "fall"], this: ["M", "W", "morning", "afternoon", "evening", "week", "month", "year", "past", "S", "fall"],
  next: ["M", "W", "week", "month", "year", "S", "fall"], that: ["M"], in: ["#", "M", "early", "late", "mid", "S"],
  since: ["#", "M", "S"], during: ["#", "the", "S", "a", "his", "her", "their"], over: ["the"], at: ["the"], until: ["#"], of: ["#"], year: ["#"], between: ["#"], from: ["#", "M"], by: ["#", "the", "S"], on: ["W", "the"],
  past: ["W", "week", "weekend", "month", "year"], earlier: ["today", "this", "in", "that"], later: ["this", "in", "that"], previous: ["week", "weekend", "month", "year"],
  a: ["few", "couple", ...UNITS], few: [],
  ...Object.fromEntries(Object.keys(NUMBER_WORDS).filter((w) => !w.includes(" ") && w !== "a" && w !== "few").map((w) => [w, UNITS])),
};
// A first word's next words as a mask of first letters (bit 26 for a number), the quick test, and their keys; null when
// anything may follow (a month, a weekday, "yesterday", "today", "tonight").
interface NextWords {
  mask: number;
  keys: ReadonlySet<number>;
}
const SEASONS = ["spring", "summer", "autumn", "winter"];
const spelledOut = (spec: readonly string[]) => spec.flatMap((w) => (w === "M" ? [...MONTHS, ...Object.keys(MONTH_ABBR)] : w === "W" ? WEEKDAYS : w === "S" ? SEASONS : w === "#" ? [] : [w]));
const nextWords = (spec: readonly string[]): NextWords => {
  const words = spelledOut(spec);
  const mask = words.reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), spec.includes("#") ? 1 << 26 : 0);
  return { mask, keys: new Set(words.map(wordKey)) };
};
const FIRST_KEYS: ReadonlyMap<number, NextWords | null> = new Map([...FIRST_WORDS].map((w) => [wordKey(w), w in FOLLOWED_BY ? nextWords(FOLLOWED_BY[w]!) : null]));
const LONGEST_FIRST_WORD = Math.max(...[...FIRST_WORDS].map((w) => w.length));
const NEXT_WORDS = Object.values(FOLLOWED_BY).flatMap(spelledOut);
const LONGEST_NEXT_WORD = Math.max(...NEXT_WORDS.map((w) => w.length));
if ([...FIRST_WORDS, ...NEXT_WORDS].some((w) => !/^[a-z]{1,10}$/.test(w))) throw new Error("dates.ts: FIRST_WORDS and FOLLOWED_BY must be short lower-case words");

// A code unit's part in a word as \w reads it: 1 an ASCII letter, 2 a digit or "_", 0 none (every code from 128 on).
const WORD_PART = new Uint8Array(128).map((_, c) => (isAsciiLetter(c) ? 1 : isWordChar(c) ? 2 : 0));
const LETTER = 1;

/** Whether the word at `at` (after a first word and its space) may go on with some alternative. */
function mayFollow(next: NextWords | null, text: string, at: number): boolean {
  if (next === null) return true;
  let c = codeAt(text, at);
  if (c >= 48 && c <= 57) return (next.mask & (1 << 26)) !== 0;
  if (!(isAsciiLetter(c) && (next.mask & (1 << ((c | 32) - 97))) !== 0)) return false;
  // The word's key while it is letters; a word longer than the longest of them, or going on with a digit or "_", is none.
  let key = 0;
  let end = at;
  for (; c < 128 && WORD_PART[c] === LETTER; c = codeAt(text, ++end)) {
    if (end - at === LONGEST_NEXT_WORD) return false;
    key = key * 32 + ((c | 32) - 96);
  }
  return !(c < 128 && WORD_PART[c] !== 0) && next.keys.has(key);
}

// By first letter, a bit for each length of the first words it opens: most words of a text need no look-up.
const FIRST_LENGTHS = new Uint16Array(26);
for (const w of FIRST_WORDS) FIRST_LENGTHS[w.charCodeAt(0) - 97]! |= 1 << w.length;

const ORDINALS: ReadonlySet<number> = new Set(["st", "nd", "rd", "th"].map((o) => (o.charCodeAt(0) << 8) | o.charCodeAt(1)));
/**
 * Whether the word of the digits from `start` to `end` (and what follows them) opens a date as the alternatives read a
 * number: a day of one or two digits ("12", "3rd", "21st"), or a year of four ("2021", "2019-07-18", the "1990s").
 */
function isDateNumber(text: string, start: number, end: number): boolean {
  const digits = end - start;
  if (digits > 2 && digits !== 4) return false;
  const c = codeAt(text, end) | 32;
  const suffix = digits === 4 ? (c === 115 ? 1 : 0) : ORDINALS.has((c << 8) | (codeAt(text, end + 1) | 32)) ? 2 : 0; // s
  const after = codeAt(text, end + suffix);
  return !(after < 128 && WORD_PART[after] !== 0);
}

/**
 * The offsets where DATE could match, in order: the starts of words (as \b and \w read them) that are numbers or open
 * some alternative. One pass over the text; the pattern then runs anchored at these offsets instead of being tried at
 * every character.
 */
/** @internal Exported for tests. */
export function dateStarts(text: string): number[] {
  const starts: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    const part = first < 128 ? WORD_PART[first]! : 0;
    if (part === 0) {
      i++;
      continue;
    }
    let end = i + 1;
    let c = codeAt(text, end);
    if (part === LETTER) {
      // The word's key, lower case (| 32), while it is letters: only a word of letters, short enough, can be a first word.
      let key = (first | 32) - 96;
      while (c < 128 && WORD_PART[c] === LETTER && end - i < LONGEST_FIRST_WORD) {
        key = key * 32 + ((c | 32) - 96);
        c = codeAt(text, ++end);
      }
      if (!(c < 128 && WORD_PART[c] !== 0)) {
        if ((FIRST_LENGTHS[(first | 32) - 97]! & (1 << (end - i))) !== 0) {
          const follow = FIRST_KEYS.get(key);
          if (follow !== undefined && mayFollow(follow, text, end + 1)) starts.push(i);
        }
        i = end;
        continue;
      }
    } else if (first <= 57) {
      while (c >= 48 && c <= 57) c = codeAt(text, ++end);
      if (isDateNumber(text, i, end)) starts.push(i);
    }
    // (The rest of a word that can open nothing: a number's digits, "_", letters past the longest first word.)
    while (c < 128 && WORD_PART[c] !== 0) c = codeAt(text, ++end);
    i = end;
  }
  return starts;
}

// Every sentence of a document is read against the same published day: parse it once.
let publishedDay: { text: string; date: Date } | null = null;
const dayOf = (published: string) => (publishedDay?.text === published ? publishedDay.date : (publishedDay = { text: published, date: new Date(`${published}T00:00:00Z`) }).date);

const pad = (n: number) => String(n).padStart(2, "0");
const monthIndex = (name: string): number => {
  // (Not .replace(/\.$/, ""): a regex call for each month read.)
  const lowered = name.toLowerCase();
  const lower = lowered.endsWith(".") ? lowered.slice(0, -1) : lowered;
  const full = MONTHS.indexOf(lower);
  return full >= 0 ? full + 1 : (MONTH_ABBR[lower] ?? 0);
};
const addDays = (day: Date, n: number) => new Date(day.getTime() + n * 86_400_000);
const monthText = (y: number, m: number) => `${y}-${pad(m)}`;
const dayText = (y: number, m: number, d: number) => {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= last ? `${y}-${pad(m)}-${pad(d)}` : null;
};

// Holidays of fixed date, read as the day they fall on.
const HOLIDAY = /\b(?:Christmas (?:Day|Eve)|New Year['’]s (?:Day|Eve))\b/g;
const HOLIDAY_DAYS: Record<string, string> = { "christmas day": "December 25", "christmas eve": "December 24", "new year's day": "January 1", "new year's eve": "December 31" };

/**
 * Finds date expressions in `text` (offsets shifted by `offset`) and resolves them against `published` (YYYY-MM-DD).
 * The day of a report ("the ministry said on Friday") dates no event and is left out, or put in `said` when given:
 * an announcement is dated by its saying.
 */
export function findDates(text: string, published: string | null, offset = 0, said?: DateMention[]): DateMention[] {
  // ("the United States followed on Christmas Day": a holiday of fixed date read as its day, every offset kept.)
  if (text.includes("Christmas") || text.includes("New Year")) text = text.replace(HOLIDAY, (name) => HOLIDAY_DAYS[name.toLowerCase().replace("’", "'")]!.padEnd(name.length));
  const pub = published ? dayOf(published) : null;
  const out: DateMention[] = [];
  let from = 0;
  // The last year the text gave outright, and its month: "In January 2023 …, and in February …" is February 2023.
  let told: { year: number; month: number } | null = null;
  for (const at of dateStarts(text)) {
    if (at < from) continue;
    // "on April 9-11", "9–11 April 2024", "from October 13 to 15": a span of days in one month, read before the single
    // day it opens with.
    // (Only where one can start: a number, a month, "from".)
    const span = spanCanStart(text.charCodeAt(at)) ? ((SPAN_AT.lastIndex = at), SPAN_AT.exec(text)) : null;
    DATE_AT.lastIndex = at;
    const m = span ?? DATE_AT.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    // "will … return on December 26": a yearless day in future wording lies ahead of publication, not behind it.
    let ahead = /\b(?:will|shall|next|until|due|expected|scheduled|to be|starting from|effective|as of|with effect from|later than)\b/i.test(text.slice(Math.max(0, m.index - 60), m.index)) || FUTURE_VERB_LEAD.test(text.slice(Math.max(0, m.index - 30), m.index));
    // ("kept it quiet until July 1, when X announced …": a day a past "when" clause tells is behind the report.)
    // (Read once, and only after a comma, as the pattern opens with one.)
    const whenPast = text.charCodeAt(m.index + m[0].length) === 44 && WHEN_PAST.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (whenPast) ahead = false;
    let resolved = span ? resolveSpan(span, pub, ahead) : resolve(m, pub, ahead);
    if (resolved === undefined) continue;
    // "spoke on Friday (6)", as Brazilian wires write a weekday: the day of the month in brackets picks the week.
    if (!span && m[18] && pub && text.charCodeAt(from + 1) === 40) {
      const day = WEEKDAY_DAY.exec(text.slice(from, from + 6));
      const dated = day ? weekdayOfMonth(pub, WEEKDAYS.indexOf(m[18].toLowerCase()), +day[1]!, ahead) : null;
      if (dated) {
        resolved = { edtf: dated, relative: true };
        from += day![0].length;
      }
    }
    // "on March 10 last year": a yearless day in the year named after it.
    const inYear = !span && pub && resolved.edtf?.length === 10 && ((m[7] && m[8]) || (m[9] && m[10])) ? YEAR_AFTER.exec(text.slice(from, from + 12)) : null;
    if (inYear && resolved.edtf) {
      const year = pub!.getUTCFullYear() + (inYear[1]!.toLowerCase() === "last" ? -1 : inYear[1]!.toLowerCase() === "next" ? 1 : 0);
      resolved = { edtf: `${year}${resolved.edtf.slice(4)}`, relative: true };
      ahead ||= inYear[1]!.toLowerCase() === "next";
      from += inYear[0].length;
    }
    // "Rabat, 06/03/2009 (MAP)": a date in figures is a day, not the year its figures end with.
    let head = m.index;
    if (!span && (text.charCodeAt(m.index - 1) === 47 || text.charCodeAt(m.index - 1) === 46) && /^\d{4}$/.test(m[0])) {
      const figures = NUMERIC_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
      if (figures) {
        head = m.index - figures[0].length;
        const day = numericDay(+figures[1]!, +figures[2]!, +m[0], pub, text.charCodeAt(m.index - 1) === 46);
        if (day) resolved = { edtf: day, relative: false };
      }
    }
    const length = from - head;
    // "suspend operations from August 1st": a yearless start date within the next months is when a decision takes effect.
    // ("said it would shut the consulate from October 1": within the year, after a "would" the start date hangs on.)
    if (!ahead && pub && resolved.relative && leadMay(LEAD_GATES.from, text, m.index, lastLetterBefore(text, m.index)) && FROM_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index))) {
      const forward = resolve(m, pub, true);
      const horizon = WOULD_THEN_FROM.test(text.slice(Math.max(0, m.index - 60), m.index)) ? 300 : 92;
      if (forward?.edtf && forward.edtf > toIsoDay(pub) && (Date.parse(forward.edtf) - pub.getTime()) / 86_400_000 <= horizon) {
        resolved = forward;
        ahead = true;
      }
    }
    if (!resolved.relative && resolved.edtf && isYearMonth(resolved.edtf)) told = { year: +resolved.edtf.slice(0, 4), month: +resolved.edtf.slice(5, 7) };
    else if (told && !ahead && m[24] && resolved.edtf) {
      const month = monthIndex(m[24]);
      const inTold = `${told.year}-${String(month).padStart(2, "0")}`;
      if (month >= told.month && (!pub || inTold <= toIsoDay(pub).slice(0, 7))) resolved = { edtf: inTold, relative: false };
    }
    // The patterns below read the words just before the date and end with one of a few words: each runs only when the
    // last letter before the date (past white space) can end one of them.
    const last = lastLetterBefore(text, m.index);
    // (Only after "later", "later," or "later, on".)
    const counted = last === 114 || last === 110 || last === 44 ? COUNTED_LATER.exec(text.slice(Math.max(0, m.index - 34), m.index)) : null;
    const opens = m[0].charCodeAt(0) | 32;
    // ("ran an embassy there until 1993, when …": a year gone by before the report's is no deadline ahead.)
    // ("kept it quiet until July 1, when X announced …": a day gone by that a "when" clause tells, no deadline either.)
    const pastUntil = resolved.edtf !== null && pub !== null && ((!resolved.relative && resolved.edtf.slice(0, 4) < toIsoDay(pub).slice(0, 4)) || (whenPast && resolved.edtf <= toIsoDay(pub))) && (opens === 117 ? m[0].startsWith("until") : last === 108 && UNTIL_LEAD.test(text.slice(Math.max(0, m.index - 7), m.index)));
    const future = !pastUntil && (
      (ahead && resolved.relative && resolved.edtf !== null && pub !== null && (isYearMonth(resolved.edtf) && resolved.edtf.length === 7 ? `${resolved.edtf}-32` : resolved.edtf) > toIsoDay(pub)) ||
      // (Only a date opening with an n, l, b, u, c or t can open with these words.)
      ((opens === 110 || opens === 108 || opens === 98 || opens === 117 || opens === 99) && /^(?:next|later(?! that)|by|until|coming)\b/.test(m[0].toLowerCase())) ||
      // ("with effect from today": the day itself is no later one; "must leave by Friday" still sets a deadline.)
      (leadMay(LEAD_GATES.futureLead, text, m.index, last) && FUTURE_LEAD.test(text.slice(Math.max(0, m.index - 24), m.index).toLowerCase()) && !(pub !== null && resolved.edtf === toIsoDay(pub) && TAKES_EFFECT.test(text.slice(Math.max(0, m.index - 24), m.index)))) ||
      (opens === 116 && /^(?:this|the) coming\b/.test(m[0].toLowerCase())));
    const bareYear = head === m.index && m[0].length === 4 && isDigit(m[0].charCodeAt(0)) && isDigit(m[0].charCodeAt(1)) && isDigit(m[0].charCodeAt(2)) && isDigit(m[0].charCodeAt(3));
    // "the Vienna Convention of April 18, 1961": the date of a document named in passing.
    // (The "of" may open the date's own words: "… on Diplomatic Relations of 1961".)
    const ofOpens = opens === 111 && (m[0].charCodeAt(1) | 32) === 102 && m[0].charCodeAt(2) === 32;
    if (ofOpens ? DOCUMENT_OF.test(text.slice(Math.max(0, m.index - 57), m.index + 3)) : leadMay(LEAD_GATES.documentOf, text, m.index, last) && DOCUMENT_OF.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
    // "state media reported Saturday": the day of a report, not of the event reported.
    if (leadMay(LEAD_GATES.reported, text, m.index, last) && REPORTED.test(text.slice(Math.max(0, m.index - 12), m.index).toLowerCase())) {
      said?.push({ start: offset + head, end: offset + head + length, text: text.slice(head, head + length), edtf: resolved.edtf, relative: resolved.relative, future: future || undefined, bareYear: bareYear || undefined, later: undefined });
      continue;
    }
    // "the 1967 borders": a year used as an adjective dates nothing ("during the 1967 war" still dates what happened then).
    if (bareYear && leadMay(LEAD_GATES.the, text, m.index, last) && THE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index).toLowerCase()) && !DURING_THE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    // ("toured the Expo 2020 world fair", "the Tokyo 2020 Olympics": a year in a name.)
    if (bareYear && NAME_BEFORE_YEAR.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
    // So after a possessive: "Japan's 1952 peace treaty", "Arnor's 1999 constitution" name a thing of that year.
    if (bareYear && last === 115 && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index - 4), m.index)) && NOUN_AFTER.test(text.slice(from, from + 3))) continue;
    // ("until midnight on Saturday, October 19": a weekday and the day it names are one date, the day's.)
    const weekday = out.at(-1);
    if (weekday && weekday.relative && resolved.edtf?.length === 10 && /\d/.test(m[0]) && WEEKDAY_END.test(weekday.text) && /^,?\s+$/.test(text.slice(weekday.end - offset, head))) {
      out[out.length - 1] = { start: weekday.start, end: offset + head + length, text: text.slice(weekday.start - offset, head + length), edtf: resolved.edtf, relative: resolved.relative, future: future || undefined, bareYear: undefined, later: undefined };
      continue;
    }
    out.push({ start: offset + head, end: offset + head + length, text: text.slice(head, head + length), edtf: resolved.edtf, relative: resolved.relative, future: future || undefined, bareYear: bareYear || undefined, later: counted?.[1] });
  }
  return out;
}

const TAKES_EFFECT = /(?:with effect from|effective(?: from)?|as of|starting from)\s*$/i;
// (The figures before the year: "06/03/", "6.3.".)
const NUMERIC_BEFORE = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]$/;

/**
 * The day figures name: the day of publication where either order (day first, month first) reads as it, else the one
 * order a calendar allows, else null (both allowed and different: the year alone is sure). Figures joined by dots are
 * day first ("04.03.2024", as Europe and the former Soviet states write them; month-first writers use slashes).
 */
function numericDay(a: number, b: number, year: number, pub: Date | null, dotted: boolean): string | null {
  const day = (month: number, date: number) => {
    if (month < 1 || month > 12 || date < 1) return null;
    const d = new Date(Date.UTC(year, month - 1, date));
    return d.getUTCMonth() === month - 1 ? toIsoDay(d) : null;
  };
  const dayFirst = day(b, a);
  const monthFirst = day(a, b);
  const today = pub ? toIsoDay(pub) : null;
  if (today && (dayFirst === today || monthFirst === today)) return today;
  if (dayFirst && monthFirst) return dayFirst === monthFirst || dotted ? dayFirst : null;
  return dayFirst ?? monthFirst;
}

const WEEKDAY_DAY = /^ \((\d{1,2})\)/;
const LAST_WEEK_AFTER = /^,?\s+(?:of\s+)?(?:last|the previous|the past) week\b/i;
// (Not past a comma: "X, who arrived last week, presented them on Thursday" is this week's; but "Last week, X …" opening.)
const LAST_WEEK_BEFORE = /(?:(?:^|[.!?]["”]?\s+)last week,|\blast week\b)[^.;!?"“”,]*$/i;
/** The nearest day within six weeks of `pub` (back, or ahead when `ahead`) that is weekday `dow` and day `n` of its month. */
function weekdayOfMonth(pub: Date, dow: number, n: number, ahead: boolean): string | null {
  for (let k = 0; k < 42; k++) {
    const day = addDays(pub, ahead ? k : -k);
    if (day.getUTCDate() === n && day.getUTCDay() === dow) return toIsoDay(day);
  }
  return null;
}
const WHEN_PAST = /^,\s+when\s+(?:[\w'’.-]+\s+){0,4}?(?:[a-z]{2,}ed|was|were|had|did|said|told|met|made|took|broke|cut|left|sent|came|went|gave|began)\b/;
const YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b/i;
// "a day later on Monday", "two weeks later, on 9 May": counted on from a day told before, not ahead of the report.
const COUNTED_LATER = /\b((?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:days?|weeks?|months?|years?) later),?\s+(?:on\s+)?$/i;
/** @internal The patterns on the words before a date, exported for the tests of their gates. */
export const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const WOULD_THEN_FROM = /\bwould\s+(?:[\p{L}'’.-]+\s+){1,7}from\s+(?:the\s+)?$/u;
// ("issued Royal Decree No. 31 of 2014 appointing …", "Law No. 5 of 2020": the year of a numbered act is part of its
// name; the act's day is told elsewhere.)
export const DOCUMENT_OF = /\b(?:Convention|Treaty|Charter|Declaration|Resolution|Protocol|Accords?)\b[^.;,]{0,30}\b(?:of|dated)\s+$|\bNo\.?\s?\d{1,5}\s+of\s+$/;
export const REPORTED = /\b(?:reported|said|told|quoted|wrote|tweeted|stated|added)\s+(?:on\s+)?$/i;
export const THE_BEFORE = /\bthe\s*$/;
const DURING_THE = /\b(?:during|amid|after|following) the\s+$/i;
const POSSESSIVE_BEFORE = /\S['’]s\s+$/;
const NAME_BEFORE_YEAR = /(?:^|[^\w.'’-])(?!(?:In|On|Of|At|By|For|Since|From|Until|Till|To|And|Or|But|As|Early|Late|Mid|The|This|That|Spring|Summer|Autumn|Fall|Winter|Christmas|Easter|Ramadan|Eid|Sept|Sep|Oct|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul|Aug|January|February|March|April|May|June|July|August|September|October|November|December)\s)[A-Z][A-Za-z]+\s$/;
const NOUN_AFTER = /^\s+\p{Ll}/u;
export { FUTURE_LEAD };

/** What a pattern on the words before a date needs of them: the letters its last words end with, white space after them. */
interface LeadGate {
  /** Lower-case letters as bits, "a" the lowest. */
  ends: number;
  spaced: boolean;
}
const gate = (letters: string, spaced: boolean): LeadGate => ({ ends: [...letters].reduce((mask, c) => mask | (1 << (c.charCodeAt(0) - 97)), 0), spaced });
/** @internal Exported for tests. */
export const LEAD_GATES = {
  from: gate("me", true), // from, the
  documentOf: gate("fd", true), // of, dated
  reported: gate("den", true), // reported … added, wrote, on
  futureLead: gate("yletgnmf", false), // by, until, before, next, coming, than, from, effective, of
  the: gate("e", false),
} as const satisfies Record<string, LeadGate>;

/**
 * Whether the words before `at` may be read by a gate's pattern: `last` (lastLetterBefore) is one of its letters. A
 * character outside ASCII answers yes: lower-casing could in principle make it one (none does: only the Kelvin sign
 * lower-cases to ASCII, a "k").
 * @internal Exported for tests.
 */
export function leadMay(gate: LeadGate, text: string, at: number, last: number): boolean {
  if (gate.spaced && !(at > 0 && isWhiteSpace(text.charCodeAt(at - 1)))) return false;
  return last >= 97 && last <= 122 ? (gate.ends & (1 << (last - 97))) !== 0 : last >= 128;
}

/** The code of the last character before `at` that is not white space, an ASCII letter lower-cased (| 32); -1 if none. */
export function lastLetterBefore(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  if (i < 0) return -1;
  const c = text.charCodeAt(i);
  return isAsciiLetter(c) ? c | 32 : c;
}

// /^\d{4}-\d{2}/ by hand.
const isYearMonth = (s: string) =>
  s.length >= 7 && isDigit(s.charCodeAt(0)) && isDigit(s.charCodeAt(1)) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3)) && s.charCodeAt(4) === 45 && isDigit(s.charCodeAt(5)) && isDigit(s.charCodeAt(6));

// A digit, or the first letter of a month or of "from".
const spanCanStart = (c: number) => (c >= 48 && c <= 57) || SPAN_LETTERS.has(c | 32);
const SPAN_LETTERS = new Set([..."jfmasond"].map((l) => l.charCodeAt(0)));
/** @internal Exported for tests. */
export const SPAN_AT = new RegExp(`\\b${M} (\\d{1,2})(?:st|nd|rd|th)?(?: ?[-–] ?| to | until | through )(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ${Y}\\b)?|\\b(\\d{1,2})(?:st|nd|rd|th)? ?[-–] ?(\\d{1,2})(?:st|nd|rd|th)? ${M}(?:,? ${Y}\\b)?|\\bfrom ${M} (\\d{1,2})(?:st|nd|rd|th)? (?:to|until|through) ${M} (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? ${Y}\\b)?`, "iy");

/** A span of days ("April 9-11", "from May 28 to June 1"), yearless ones placed by their first day as "from 13 to 15 March" is. */
function resolveSpan(m: RegExpExecArray, pub: Date | null, ahead: boolean): { edtf: string | null; relative: boolean } | undefined {
  // ("from May 28 to June 1": two months, the second after the first.)
  const [month, a, b, year, endMonth] = m[1] ? [monthIndex(m[1]), +m[2]!, +m[3]!, m[4], 0] : m[7] ? [monthIndex(m[7]), +m[5]!, +m[6]!, m[8], 0] : [monthIndex(m[9]!), +m[10]!, +m[12]!, m[13], monthIndex(m[11]!)];
  const y = year ? +year : yearOf(pub, month, a, ahead);
  const [first, last] = y === null ? [null, null] : [dayText(y, month, a), dayText(endMonth && endMonth < month ? y + 1 : y, endMonth || month, b)];
  if (y !== null && !(first && last && first < last)) return undefined;
  return { edtf: first && last ? `${first}/${last}` : null, relative: !year };
}

/** The year of a month and day written without one: the latest on or before publication, or in future wording the next. */
function yearOf(pub: Date | null, month: number, day: number, ahead: boolean): number | null {
  if (!pub) return null;
  const pubYear = pub.getUTCFullYear();
  const pubMonth = pub.getUTCMonth() + 1;
  const later = month > pubMonth || (month === pubMonth && day > pub.getUTCDate());
  if (ahead) return later || (month === pubMonth && day === pub.getUTCDate()) ? pubYear : pubYear + 1;
  return later ? pubYear - 1 : pubYear;
}

const FUTURE_VERB_LEAD = /\b(?:will|would|shall)\s+(?:\w+\s+){1,2}(?:on\s+)?$/i;
const FUTURE_CLAUSE_LEAD = /\b(?:will|shall)\s+(?!have\b)((?:[^\s,;.]+\s+){3,8}?)(?:on\s+)?$/i;
const PAST_WORD = /\b(?:\w+ed|met|held|said|says|told|was|were|had|did|took|made|came|went|gave|left|sent|is|are)\b/i;
/** Whether `lead` ends a clause a future verb opened a few words before, with no verb of another tense between. */
function futureClauseLead(lead: string): boolean {
  const m = FUTURE_CLAUSE_LEAD.exec(lead);
  return m !== null && !PAST_WORD.test(m[1]!);
}
// ("until 11:59 p.m. on Saturday": past an hour's "p.m.")
const DEADLINE_LEAD = /\b(?:until|by|before)\b(?:[^.;,]|(?<=\b[ap])\.|(?<=\b[ap]\.m)\.){0,20}$/i;
function resolve(m: RegExpExecArray, pub: Date | null, ahead = false): { edtf: string | null; relative: boolean } | undefined {
  const g = (i: number) => m[i];
  const pubYear = pub?.getUTCFullYear() ?? null;
  const pubMonth = pub ? pub.getUTCMonth() + 1 : null;
  const yearFor = (month: number, day = 1) => yearOf(pub, month, day, ahead);
  if (g(1) && g(2) && g(3)) return abs(dayText(+g(3)!, monthIndex(g(2)!), +g(1)!));
  if (g(4) && g(5) && g(6)) return abs(dayText(+g(6)!, monthIndex(g(4)!), +g(5)!));
  if (g(7) && g(8)) {
    const month = monthIndex(g(7)!);
    if (month === 5 && g(7) === "may") return undefined; // the verb "may 10 …" is not a date
    const y = yearFor(month, +g(8)!);
    return { edtf: y === null ? null : dayText(y, month, +g(8)!), relative: true };
  }
  if (g(9) && g(10)) {
    const month = monthIndex(g(10)!);
    const y = yearFor(month, +g(9)!);
    return { edtf: y === null ? null : dayText(y, month, +g(9)!), relative: true };
  }
  if (g(12) && g(13)) return abs(monthText(+g(13)!, monthIndex(g(12)!)));
  if (g(14) && g(15)) {
    const month = monthIndex(g(15)!);
    if (pubYear === null || pubMonth === null) return { edtf: null, relative: true };
    const which = g(14)!.toLowerCase();
    if (which === "last") return { edtf: monthText(month < pubMonth ? pubYear : pubYear - 1, month), relative: true };
    if (which === "next") return { edtf: monthText(month > pubMonth ? pubYear : pubYear + 1, month), relative: true };
    if (which === "this") return { edtf: monthText(pubYear, month), relative: true };
    const y = yearFor(month);
    return { edtf: y === null ? null : monthText(y, month), relative: true };
  }
  if (g(16)) return abs(g(16)!);
  if (g(18)) {
    const dow = WEEKDAYS.indexOf(g(18)!.toLowerCase());
    if (!pub) return { edtf: null, relative: true };
    const which = (g(17) ?? "").toLowerCase();
    let back = (pub.getUTCDay() - dow + 7) % 7;
    if (which === "next") back = back === 0 ? -7 : back - 7;
    else if (which === "last" && back === 0) back = 7;
    // ("on Monday last week", "last week … presented her credentials on Monday": that weekday of the week before.)
    else if ((!which || which === "on") && (LAST_WEEK_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 24)) || LAST_WEEK_BEFORE.test(m.input.slice(Math.max(0, m.index - 110), m.index)))) back = pub.getUTCDay() + 7 - dow;
    // ("gave them until midnight on Saturday to leave": a deadline's weekday is the coming one; so is one a future verb
    // takes right before it, "the evacuation would begin Friday".)
    // ("will stay on in Delhi for a state visit on Monday": so too one a future verb's clause ends with, past no verb of
    // its own in the past.)
    else if (ahead && which !== "last" && which !== "this" && back > 0 && (DEADLINE_LEAD.test(m.input.slice(Math.max(0, m.index - 24), m.index)) || FUTURE_VERB_LEAD.test(m.input.slice(Math.max(0, m.index - 30), m.index)) || futureClauseLead(m.input.slice(Math.max(0, m.index - 70), m.index)))) back -= 7;
    return { edtf: toIsoDay(addDays(pub, -back)), relative: true };
  }
  if (g(19)) {
    if (!pub) return { edtf: null, relative: true };
    const w = g(19)!.toLowerCase();
    const back = w === "yesterday" || w === "last night" || w === "the day before" ? 1 : 0;
    return { edtf: toIsoDay(addDays(pub, -back)), relative: true };
  }
  if (g(20) && g(21)) return { edtf: pub ? period(pub, g(20)!.toLowerCase(), g(21)!.toLowerCase()) : null, relative: true };
  if (g(22) && g(23)) {
    if (!pub || pubYear === null) return { edtf: null, relative: true };
    const n = /^\d+$/.test(g(22)!) ? +g(22)! : (NUMBER_WORDS[g(22)!.toLowerCase()] ?? 1);
    const unit = g(23)!.toLowerCase();
    if (unit === "year") return { edtf: String(pubYear - n), relative: true };
    if (unit === "month") {
      const d = new Date(Date.UTC(pubYear, pub.getUTCMonth() - n, 1));
      return { edtf: monthText(d.getUTCFullYear(), d.getUTCMonth() + 1), relative: true };
    }
    const days = unit === "week" ? 7 * n : unit === "fortnight" ? 14 * n : n;
    const day = addDays(pub, -days);
    return { edtf: unit === "day" ? toIsoDay(day) : `${toIsoDay(addDays(day, -3))}/${toIsoDay(addDays(day, 3))}`, relative: true };
  }
  if (g(24)) {
    const month = monthIndex(g(24)!);
    if (g(24) === "may") return undefined;
    // ("has had no envoy since December": a span up to now starts in the latest such month, even in future wording.)
    const y = /^since\b/i.test(m[0]) ? yearOf(pub, month, 1, false) : yearFor(month);
    return { edtf: y === null ? null : monthText(y, month), relative: true };
  }
  if (g(26)) {
    const decade = Number(g(26)) * 10;
    const part = (g(25) ?? "").replace(/^the /, "").trim();
    const [from, to] = part === "early" ? [0, 3] : part === "mid-" ? [4, 6] : part === "late" ? [7, 9] : [0, 9];
    return abs(`${decade + from}/${decade + to}`);
  }
  if (g(27)) return abs(g(27)!);
  if (g(30) && g(31) && g(32)) {
    // A yearless span is placed by its first day: "is on a visit from 13 to 15 March", published on the 14th, is this March.
    const month = monthIndex(g(32)!);
    const year = g(33) ? +g(33)! : yearFor(month, +g(30)!);
    const [first, last] = year === null ? [null, null] : [dayText(year, month, +g(30)!), dayText(year, month, +g(31)!)];
    return { edtf: first && last && first <= last ? `${first}/${last}` : null, relative: !g(33) };
  }
  if (g(34) && g(35) && g(36)) return abs(dayText(+g(34)!, +g(35)!, +g(36)!));
  if (g(37) && pub && pubYear !== null && pubMonth !== null) {
    // The latest such day of a month on or before publication: this month's, else the last month's.
    const day = +g(37)!;
    const [y, month] = day <= pub.getUTCDate() ? [pubYear, pubMonth] : pubMonth === 1 ? [pubYear - 1, 12] : [pubYear, pubMonth - 1];
    return { edtf: dayText(y, month, day), relative: true };
  }
  if (g(38)) {
    const month = monthIndex(g(38)!);
    const y = yearFor(month, 15);
    return { edtf: y === null ? null : monthText(y, month), relative: true };
  }
  if (g(39) && g(40)) {
    // The first week is the 1st to the 7th, the fourth the 22nd to the 28th, the last the month's last seven days.
    const month = monthIndex(g(40)!);
    const y = g(41) ? +g(41)! : yearFor(month, 1);
    if (y === null) return { edtf: null, relative: true };
    const length = new Date(Date.UTC(y, month, 0)).getUTCDate();
    const nth = ["first", "second", "third", "fourth"].indexOf(g(39)!.toLowerCase());
    const first = nth >= 0 ? 1 + 7 * nth : length - 6;
    return { edtf: `${dayText(y, month, first)}/${dayText(y, month, Math.min(first + 6, length))}`, relative: !g(41) };
  }
  if (g(43)) {
    // The Saturday and Sunday up to publication ("last weekend" told on one of them: the one before); in future wording
    // ("will meet over the weekend") the next.
    if (!pub) return { edtf: null, relative: true };
    const dow = pub.getUTCDay();
    const last = g(42) !== undefined;
    const saturday = ahead && !last ? addDays(pub, dow === 6 ? 0 : 6 - dow) : addDays(pub, (dow === 6 ? 0 : -dow - 1) - (last && (dow === 0 || dow === 6) ? 7 : 0));
    const sunday = addDays(saturday, 1);
    return { edtf: sunday > pub && saturday <= pub ? toIsoDay(saturday) : `${toIsoDay(saturday)}/${toIsoDay(sunday)}`, relative: true };
  }
  if (g(45) || g(48)) return season((g(44) ?? g(47)!).toLowerCase(), (g(45) ?? g(48)!).toLowerCase(), g(46) ? +g(46)! : null, pub, ahead);
  if (g(28) && g(29) && pubYear !== null) {
    const which = g(29)!.toLowerCase();
    return { edtf: monthText(pubYear + (which === "last" ? -1 : which === "next" ? 1 : 0), monthIndex(g(28)!)), relative: true };
  }
  return undefined;
}

const abs = (edtf: string | null) => (edtf === null ? undefined : { edtf, relative: false });

// A season's first month and its months (winter runs from December into the next year).
const SEASON_START: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** "last spring", "in the autumn of 2019", "this winter": the three months of that season, as a span of months. */
function season(which: string, name: string, year: number | null, pub: Date | null, ahead: boolean): { edtf: string | null; relative: boolean } {
  const start = SEASON_START[name]!;
  const span = (y: number) => {
    const end = new Date(Date.UTC(y, start + 1, 1));
    return `${monthText(y, start)}/${monthText(end.getUTCFullYear(), end.getUTCMonth() + 1)}`;
  };
  if (year !== null) return { edtf: span(year), relative: false };
  if (!pub) return { edtf: null, relative: true };
  const y = pub.getUTCFullYear();
  const month = pub.getUTCMonth() + 1;
  // The season in course or most recently begun at publication, by the year it began in.
  const current = month >= start ? y : y - 1;
  // Its last month, by a month count from the start of the year it began in.
  const over = (from: number) => (y - from) * 12 + month > start + 2;
  if (which === "last") return { edtf: span(over(current) ? current : current - 1), relative: true };
  // ("this summer" in January is the summer to come; "this winter" in January the one in course.)
  if (which === "this") return { edtf: span(name === "winter" && month <= 2 ? y - 1 : y), relative: true };
  if (which === "next" || (ahead && which !== "since")) return { edtf: span(which === "next" || over(current) ? current + 1 : current), relative: true };
  return { edtf: span(current), relative: true };
}

function period(pub: Date, which: string, unit: string): string {
  // ("later that year", "earlier that month": the one told before, which only the narrative knows; the report's until then.)
  if (which.endsWith(" that")) return period(pub, "the same", unit);
  const y = pub.getUTCFullYear();
  const mo = pub.getUTCMonth() + 1;
  const today = toIsoDay(pub);
  const weekStart = addDays(pub, -pub.getUTCDay()); // Sunday of the publication week
  const previous = which === "last" || which === "previous" || which === "the previous" || which === "past" || which === "the past";
  if (unit === "week") {
    if (previous) return `${toIsoDay(addDays(weekStart, -7))}/${toIsoDay(addDays(weekStart, -1))}`;
    if (which === "next") return `${toIsoDay(addDays(weekStart, 7))}/${toIsoDay(addDays(weekStart, 13))}`;
    // (A Sunday's "this week", "earlier in the week": the week that day ends, not the one it opens.)
    return `${toIsoDay(pub.getUTCDay() === 0 ? addDays(pub, -6) : weekStart)}/${today}`;
  }
  if (unit === "month") {
    if (previous) {
      const d = new Date(Date.UTC(y, mo - 2, 1));
      return monthText(d.getUTCFullYear(), d.getUTCMonth() + 1);
    }
    if (which === "next") {
      const d = new Date(Date.UTC(y, mo, 1));
      return monthText(d.getUTCFullYear(), d.getUTCMonth() + 1);
    }
    if (which.startsWith("earlier")) return `${monthText(y, mo)}-01/${today}`;
    return monthText(y, mo);
  }
  if (previous) return String(y - 1);
  if (which === "next") return String(y + 1);
  if (which.startsWith("earlier")) return `${y}-01-01/${today}`;
  return String(y);
}
