import { unaccented } from "../unaccented.js";
import { codeAt, isAsciiLetter, isDigit, isWordChar } from "./chars.js";

// (Module constants, not inline: see unaccented.ts.)
const WORD_INITIAL = /(^|[\s-])\p{L}/gu;
const APOSTROPHE_LETTER = /['’]\p{L}/u;
const APOSTROPHE_LETTERS = /(['’])(\p{L})/gu;

/** A word, number or punctuation mark with its offsets in the document. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  lower: string;
  /** As a name key reads it: ’ and ´ as ', accents dropped ("Việt" is "Viet"); the text itself when plain ASCII. */
  edge: string;
  /** What the dictionaries say of this spelling, shared by every token of it. */
  lex: Lexeme;
}

/**
 * One spelling's readings, made once and shared by its tokens: the scanners ask the same few questions of every token
 * ("does a title start here?", "which event rules does this word trigger?"), and most words recur. The dictionary
 * answers are filled in by the scanners that own them, on first use (-1 until then).
 */
export interface Lexeme {
  /** The spelling itself. */
  readonly text: string;
  readonly cap: boolean;
  readonly lower: string;
  readonly edge: string;
  /** Has ’ or ´, which name and title keys read as '. */
  readonly curly: boolean;
  /** Whether a title can hold the word (mentions.ts's isPlainWord): 1 or 0; -1 until asked. */
  plain: number;
  /** Never part of a person's name (mentions.ts's NOT_NAME): 1 or 0; -1 until asked. */
  notName: number;
  /** The length of a "then-", "ex-" or "former-" opening the word (mentions.ts), 0 for none; -1 until asked. */
  formerPrefix: number;
  /** Whether a city's name can open with the word (mentions.ts): 1 or 0; -1 until known. */
  cityOpener: number;
  /** The most words of a title opening with `lower` (titleSpan); -1 until asked. */
  titleSpan: number;
  /** The most words of an actor name opening with `edge` (actorNameSpan); -1 until asked. */
  actorSpan: number;
  /** The bit set of event rules and phrases the word may trigger (triggers.ts); -1 until asked. */
  rules: number;
  /** The bit set of event rules whose word gate the spelling passes (triggers.ts); -1 until asked. */
  gates: number;
}

// Bounded as remembered.ts's memos are: a long batch meets new words forever.
const LEXEMES = new Map<string, Lexeme>();
const LEXEME_LIMIT = 100_000;

function lexemeOf(t: string): Lexeme {
  let lex = LEXEMES.get(t);
  if (lex) return lex;
  const ascii = !NOT_ASCII.test(t);
  const curly = !ascii && CURLY.test(t);
  lex = { text: t, cap: isCapitalised(t), lower: t.toLowerCase(), edge: ascii ? t : unaccented(curly ? t.replace(CURLY_ALL, "'") : t), curly, plain: -1, notName: -1, formerPrefix: -1, cityOpener: -1, titleSpan: -1, actorSpan: -1, rules: -1, gates: -1 };
  if (LEXEMES.size >= LEXEME_LIMIT) LEXEMES.clear();
  LEXEMES.set(t, lex);
  return lex;
}

// The lexemes of spellings met lately, by a hash of their characters: most tokens are found here by reading the text,
// with no string sliced and hashed for LEXEMES. Their tokens share the lexeme's string, whose hash the sets and maps
// they are looked up in keep.
const RECENT_SLOTS = 16_384;
const RECENT: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(RECENT_SLOTS).fill(undefined);

function lexemeAt(text: string, start: number, end: number): Lexeme {
  let hash = end - start;
  for (let k = start; k < end; k++) hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
  const slot = hash & (RECENT_SLOTS - 1);
  const seen = RECENT[slot];
  if (seen !== undefined && seen.text.length === end - start && spells(text, start, seen.text)) return seen;
  return (RECENT[slot] = lexemeOf(text.slice(start, end)));
}

// Short ASCII spellings (eight characters or fewer: most tokens) by their characters packed with their length into two
// integers, seven bits a character: one spelling, one pair. A hit compares two numbers, reading neither the lexeme's
// string nor the text's characters again.
const SHORT_SLOTS = 4_096;
const SHORT_LOW = new Int32Array(SHORT_SLOTS);
const SHORT_HIGH = new Int32Array(SHORT_SLOTS);
const SHORT: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(SHORT_SLOTS).fill(undefined);

/** lexemeAt for `end - start` ≤ 8 ASCII characters. */
function shortLexemeAt(text: string, start: number, end: number): Lexeme {
  // (The length in the top bits: never 0, so an empty slot's pair matches nothing.)
  let low = end - start;
  let high = 0;
  const split = Math.min(end, start + 4);
  for (let k = start; k < split; k++) low = (low << 7) | text.charCodeAt(k);
  for (let k = split; k < end; k++) high = (high << 7) | text.charCodeAt(k);
  const slot = (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca77)) >>> 20;
  if (SHORT_LOW[slot] === low && SHORT_HIGH[slot] === high) return SHORT[slot]!;
  SHORT_LOW[slot] = low;
  SHORT_HIGH[slot] = high;
  return (SHORT[slot] = lexemeOf(text.slice(start, end)));
}

/** `text` has `word` at `start`. */
function spells(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

// Words (with inner apostrophes, hyphens and abbreviation dots: "d'affaires", "Al-Maliki", "U.S."), numbers
// (1,000 / 3.5 / 1990s), the possessive 's as its own token, and single punctuation marks.
// Alternatives start with disjoint classes, so matching is linear.
/** @internal Exported for tests: what tokenize must cut alike. */
export const TOKEN = /(?:[A-Za-z]\.){2,}|['’´]s\b|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?![sS]\b)[\p{L}]|[-.](?=[\p{L}]))*|\d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?|[^\s\p{L}\p{N}]/gu;

// Arabic and European particles joined to a surname ("al-Assad", "bin-Salman") make the word part of a name.
const NAME_PREFIX = /^(?:al|el|ad|as|an|ash|at|az|ud|ul|bin|ibn|abu|bint|da|de|di|du|la|le|van|von|der|d)['’-]\p{Lu}/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  let p = 0;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13)) {
      p++;
      continue;
    }
    // Each exec of TOKEN costs more than reading a plain ASCII token by hand: the regex reads only what the hand
    // reading cannot settle without \p{…} (a character beyond ASCII in or just after the token).
    let end = c < 0x80 ? asciiTokenEnd(text, p) : -1;
    let start = p;
    // (asciiTokenEnd's tokens are ASCII throughout.)
    const ascii = end >= 0;
    if (end < 0) {
      TOKEN.lastIndex = p;
      const m = TOKEN.exec(text);
      if (!m) break;
      start = m.index;
      end = start + m[0].length;
    }
    let lex = ascii && end - start <= 8 ? shortLexemeAt(text, start, end) : lexemeAt(text, start, end);
    // "the United States' ambassador", "the Philippines’ foreign secretary": a name's possessive apostrophe after its
    // final s reads as "'s" does. (Only after a capitalised word: a lower-case plural's is seldom a holder, and a single
    // quote closing a phrase ends in one.)
    if (end === start + 1 && (c === 0x27 || c === 0x2019) && isPossessiveApostrophe(text, start, tokens.at(-1), offset)) lex = lexemeOf("'s");
    tokens.push({ text: lex.text, start: offset + start, end: offset + end, cap: lex.cap, lower: lex.lower, edge: lex.edge, lex });
    p = end;
  }
  return tokens;
}

function isPossessiveApostrophe(text: string, p: number, before: Token | undefined, offset: number): boolean {
  const s = codeAt(text, p - 1);
  const next = codeAt(text, p + 1);
  return (s === 0x73 || s === 0x53) && before !== undefined && before.end === offset + p && before.cap && (next === 32 || next === 10) && isAsciiLetter(codeAt(text, p + 2));
}

/** Whether TOKEN's `[sS]\b` matches at `p` (past the end, no word character). */
const sBoundary = (text: string, p: number, upper: boolean) => {
  const c = codeAt(text, p);
  return (c === 0x73 || (upper && c === 0x53)) && !isWordChar(codeAt(text, p + 1));
};

/**
 * Where TOKEN's match at `p` (an ASCII character, not white space) ends, read alternative by alternative as the regex
 * does; -1 when a character beyond ASCII could change it (a letter, a mark), for the regex to decide.
 */
function asciiTokenEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  if (isAsciiLetter(c)) {
    // (?:[A-Za-z]\.){2,}
    let q = p;
    while (isAsciiLetter(codeAt(text, q)) && codeAt(text, q + 1) === 0x2e) q += 2;
    if (q - p >= 4) return q;
    // [\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?![sS]\b)[\p{L}]|[-.](?=[\p{L}]))*
    q = p + 1;
    for (;;) {
      const d = codeAt(text, q);
      if (isAsciiLetter(d)) q++;
      else if (d >= 0x80) return -1;
      else if (d === 0x27) {
        if (sBoundary(text, q + 1, true)) return q;
        const e = codeAt(text, q + 1);
        if (isAsciiLetter(e)) q += 2;
        else if (e >= 0x80) return -1;
        else return q;
      } else if (d === 0x2d || d === 0x2e) {
        const e = codeAt(text, q + 1);
        if (isAsciiLetter(e)) q++;
        else if (e >= 0x80) return -1;
        else return q;
      } else return q;
    }
  }
  if (isDigit(c)) {
    // \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?: "1st", "2nd", "1990s".
    let q = p + 1;
    for (;;) {
      const d = codeAt(text, q);
      if (isDigit(d)) q++;
      else if ((d === 0x2e || d === 0x2c || d === 0x3a) && isDigit(codeAt(text, q + 1))) q += 2;
      else break;
    }
    const d = codeAt(text, q);
    const e = codeAt(text, q + 1);
    if ((d === 0x73 && e === 0x74) || (d === 0x6e && e === 0x64) || (d === 0x72 && e === 0x64) || (d === 0x74 && e === 0x68)) return q + 2;
    return d === 0x73 ? q + 1 : q;
  }
  // ['’´]s\b, else [^\s\p{L}\p{N}]: one mark.
  return c === 0x27 && sBoundary(text, p + 1, false) ? p + 2 : p + 1;
}

const NOT_ASCII = /[^\x00-\x7f]/;
const CURLY = /[’´]/;
const CURLY_ALL = /[’´]/g;

/** Starts with an upper-case letter, or a name particle joined to one ("al-Assad"). Cheap checks first: every token. */
function isCapitalised(t: string): boolean {
  const first = t.charCodeAt(0);
  if (first >= 0x41 && first <= 0x5a) return true;
  // Beyond ASCII, the letter's own case; the particles are ASCII, so they cannot follow.
  if (first >= 0x80) return t[0] !== t[0]!.toLowerCase();
  // The particles end in an apostrophe or a hyphen within a token's first six characters.
  return t.length >= 3 && /['’-]/.test(t.slice(1, 6)) && NAME_PREFIX.test(t);
}

/**
 * A name set in capitals (a dateline: "BRASILIA —", "N'DJAMENA —") in title case, then, when it has an apostrophe,
 * with the letter after it raised too: "Sana'a" but "N'Djamena". Look the spellings up in order.
 */
export function titleCased(upper: string): string[] {
  const title = upper.toLowerCase().replace(WORD_INITIAL, (c) => c.toUpperCase());
  return APOSTROPHE_LETTER.test(title) ? [title, title.replace(APOSTROPHE_LETTERS, (_, q: string, c: string) => q + c.toUpperCase())] : [title];
}
