import { unaccented } from "../unaccented.js";

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
  readonly cap: boolean;
  readonly lower: string;
  readonly edge: string;
  /** The most words of a title opening with `lower` (titleSpan); -1 until asked. */
  titleSpan: number;
  /** The most words of an actor name opening with `edge` (actorNameSpan); -1 until asked. */
  actorSpan: number;
  /** The bit set of event rules and phrases the word may trigger (triggers.ts); -1 until asked. */
  rules: number;
}

// Bounded as remembered.ts's memos are: a long batch meets new words forever.
const LEXEMES = new Map<string, Lexeme>();
const LEXEME_LIMIT = 100_000;

function lexemeOf(t: string): Lexeme {
  let lex = LEXEMES.get(t);
  if (lex) return lex;
  lex = { cap: isCapitalised(t), lower: t.toLowerCase(), edge: NOT_ASCII.test(t) ? unaccented(t.replace(/[’´]/g, "'")) : t, titleSpan: -1, actorSpan: -1, rules: -1 };
  if (LEXEMES.size >= LEXEME_LIMIT) LEXEMES.clear();
  LEXEMES.set(t, lex);
  return lex;
}

// Words (with inner apostrophes, hyphens and abbreviation dots: "d'affaires", "Al-Maliki", "U.S."), numbers
// (1,000 / 3.5 / 1990s), the possessive 's as its own token, and single punctuation marks.
// Alternatives start with disjoint classes, so matching is linear.
const TOKEN = /(?:[A-Za-z]\.){2,}|['’´]s\b|[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?![sS]\b)[\p{L}]|[-.](?=[\p{L}]))*|\d+(?:[.,:]\d+)*(?:s|st|nd|rd|th)?|[^\s\p{L}\p{N}]/gu;

// Arabic and European particles joined to a surname ("al-Assad", "bin-Salman") make the word part of a name.
const NAME_PREFIX = /^(?:al|el|ad|as|an|ash|at|az|ud|ul|bin|ibn|abu|bint|da|de|di|du|la|le|van|von|der|d)['’-]\p{Lu}/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const lex = lexemeOf(t);
    tokens.push({ text: t, start: offset + m.index, end: offset + m.index + t.length, cap: lex.cap, lower: lex.lower, edge: lex.edge, lex });
  }
  return tokens;
}

const NOT_ASCII = /[^\x00-\x7f]/;

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
