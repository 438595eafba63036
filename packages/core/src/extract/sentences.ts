import { isAsciiLetter, isAsciiUpper, isDigit, isWhiteSpace } from "./chars.js";

/** A sentence of a document, with its offsets and the paragraph it sits in. */
export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** @internal Exported for tests. Words after which a full stop does not end a sentence. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep", "hon", "rev",
  "jr", "sr", "no", "nos", "vol", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "h.e", "u.s", "u.k", "u.n", "e.u", "a.i", "d.c", "inc", "ltd", "co", "corp", "vs", "etc", "approx", "est", "pres", "amb",
  // Honorifics of Gulf and Asian agency copy: "Eng. Majed …", "Adm. …", "Amb. …".
  "eng", "adm", "brig", "cdr", "gen", "dato",
  // And of South Asian copy: "Smt. Priya …", "Shri …".
  "smt", "shri",
]);

/**
 * Splits text into sentences at . ! ? (followed by space and a capital, quote or digit) and at blank lines.
 * Linear: one pass, no regex backtracking.
 */
const MAX_SENTENCE = 1_500;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const add = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
    while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ index: out.length, paragraph, start: s, end: e, text: text.slice(s, e) });
  };
  // Real sentences stay far below MAX_SENTENCE; longer runs (lists, tables, text without full stops) are cut at the
  // last clause break before the limit, so per-sentence work stays bounded and extraction stays linear in the text.
  const push = (end: number) => {
    let from = start;
    while (end - from > MAX_SENTENCE) {
      const window = text.slice(from, from + MAX_SENTENCE);
      const cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "), window.lastIndexOf(" "));
      const at = cut > MAX_SENTENCE / 2 ? from + cut + 1 : from + MAX_SENTENCE;
      add(from, at);
      from = at;
    }
    add(from, end);
  };
  // (The engine's scan skips from break to break; most characters are none.)
  for (let i = nextBreak(text, 0); i < text.length; i = nextBreak(text, i + 1)) {
    const c = text[i]!;
    if (c === "\n") {
      let j = i + 1;
      while (j < text.length && (text[j] === " " || text[j] === "\t" || text[j] === "\r")) j++;
      if (text[j] === "\n" || j >= text.length) {
        push(i);
        paragraph++;
        while (j < text.length && isWhiteSpace(text.charCodeAt(j))) j++;
        start = j;
        i = j - 1;
      } else if (isHeading(text, start, i) || isBullet(text, j) || isLeadLine(text, start, i, j)) {
        // A heading on a line of its own ("APOSTOLIC PALACE – REPUBLIC OF KOREA"), or a list's next item: a sentence
        // of its own in the same paragraph, never the subject of the line after.
        push(i);
        start = j;
        i = j - 1;
      }
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    // Swallow closing quotes and brackets after the stop.
    let j = i + 1;
    while (j < text.length && isClosing(text.charCodeAt(j))) j++;
    if (j < text.length && text[j] !== " " && text[j] !== "\n") continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    if (k < text.length && text[k] !== "\n" && !opensSentence(text.charCodeAt(k))) continue;
    if (c === "." && isAbbreviation(text, i)) continue;
    push(j);
    start = j;
    i = j - 1;
  }
  push(text.length);
  return out;
}

/** Whether the line ending at `end` (from the sentence's start or the last line break) is capitals only, as a heading. */
function isHeading(text: string, start: number, end: number): boolean {
  return isCapitalsLine(text, Math.max(start, text.lastIndexOf("\n", end - 1) + 1), end);
}

// A short first line of a paragraph, with no stop, comma or joining word at its end, before a line opening with a capital:
// a timeline's "October 28 - A / B" or a byline, never the start of the sentence below ("B Foreign Minister X").
// (Hard-wrapped text runs its lines to the width of the page; 50 characters is well short of any.)
const LEAD_LINE_MAX = 50;
const JOINING_END = /(?:[,;:(\-–—&]|\b(?:and|or|of|the|a|an|to|in|on|at|for|by|with|from|as|its|their|his|her)) *$/i;
function isLeadLine(text: string, start: number, end: number, next: number): boolean {
  if (end - start > LEAD_LINE_MAX || text.lastIndexOf("\n", end - 1) >= start || !isAsciiUpper(text.charCodeAt(next))) return false;
  return (start === 0 || text[start - 1] === "\n" || /\n\s*$/.test(text.slice(Math.max(0, start - 4), start))) && !JOINING_END.test(text.slice(start, end));
}

/** Whether text[from, to) has no lower-case ASCII letter and four capitals or more: "APOSTOLIC PALACE – PERU". */
export function isCapitalsLine(text: string, from: number, to: number): boolean {
  let letters = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (isAsciiUpper(c)) letters++;
  }
  return letters >= 4;
}

/** Whether a list item opens at `at`: "- ", "• ", "* ", "– ". */
const isBullet = (text: string, at: number): boolean => (text[at] === "-" || text[at] === "•" || text[at] === "*" || text[at] === "–") && text[at + 1] === " ";

const BREAK = /[\n.!?]/g;
/** Where the next line break, full stop, ! or ? is from `from`; the text's length when none is. */
function nextBreak(text: string, from: number): number {
  BREAK.lastIndex = from;
  return BREAK.test(text) ? BREAK.lastIndex - 1 : text.length;
}

/** @internal Exported for tests. The quotes and brackets a stop may close: " ” ’ ' ) ]. */
export const isClosing = (c: number) => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
/** @internal Exported for tests. What may open the next sentence: A-Z " “ ‘ ( 0-9, or a Latin letter beyond ASCII (U+00C0 to U+024F). */
export const opensSentence = (c: number) => isAsciiUpper(c) || isDigit(c) || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x28 || (c >= 0xc0 && c <= 0x24f);

// (No longer word is one: a longer word before a stop, as most are, is read no further and never sliced.)
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** @internal Exported for tests. Whether the full stop at `dot` follows an abbreviation or an initial. */
export function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && dot - s <= LONGEST_ABBREVIATION && isAbbreviationChar(text.charCodeAt(s - 1))) s--;
  if (dot - s > LONGEST_ABBREVIATION) return false;
  // A single capital initial ("John F. Kennedy") does not end a sentence.
  if (dot - s === 1 && isAsciiUpper(text.charCodeAt(s))) return true;
  // Nor do run-together initials ("Retno L.P. Marsudi", "J.R.R. Tolkien").
  if (isInitials(text, s, dot)) return true;
  return ABBREVIATIONS.has(text.slice(s, dot).toLowerCase());
}
const isAbbreviationChar = (c: number) => isAsciiLetter(c) || c === 0x2e;

/** Whether text[from, to) is capitals each followed by a full stop but the last: "L.P", "J.R.R". */
function isInitials(text: string, from: number, to: number): boolean {
  if (to - from < 3) return false;
  for (let k = from; k < to; k += 2) {
    if (!isAsciiUpper(text.charCodeAt(k)) || (k + 1 < to && text.charCodeAt(k + 1) !== 0x2e)) return false;
  }
  return (to - from) % 2 === 1;
}
