import { isAsciiLetter, isWordChar, spellsAt } from "./chars.js";
import { EVENT_RULES, type EventRule } from "./rules/events.js";
import type { Token } from "./tokens.js";

// A rule runs on a sentence only when one of its keywords is in the sentence's lower-case text. Testing every keyword
// of every rule against every sentence cost as much as the patterns themselves, so the test is read from the tokens:
// each distinct word is matched against the one-word keywords once (then kept on its lexeme as a bit set of rules), and the few
// keywords of several words are looked for only where a token could be part of one.

interface Phrase {
  phrase: string;
  rule: number;
  /** A token that every occurrence of the phrase touches. */
  anchor: (lower: string) => boolean;
}

// One bit set per word: bits 0–15 for the rules it triggers, 16–31 for the phrases it may be part of. (A second, kept as
// the lexeme's `gates`: bits 0–15 for the rules whose word gate it passes, 16–30 for the rules it may open a match of.)
const RULE_BITS = EVENT_RULES.map((_, i) => 1 << i);
const WORD_KEYWORDS = EVENT_RULES.flatMap((rule, i) => rule.keywords.filter((k) => /^[a-z]+$/.test(k)).map((keyword) => ({ keyword, bit: RULE_BITS[i]! })));
const PHRASES: Phrase[] = EVENT_RULES.flatMap((rule, i) => rule.keywords.filter((k) => !/^[a-z]+$/.test(k)).map((phrase) => ({ phrase, rule: i, anchor: anchorOf(phrase) })));
if (EVENT_RULES.length > 16 || PHRASES.length > 15) throw new Error("triggers.ts: more event rules or phrases than its bit sets hold");
const PHRASE_BIT = (j: number) => 1 << (16 + j);

/**
 * The token an occurrence of a phrase must contain: the first word ends a token when a space follows it (a leading
 * space makes it a whole token), else the last word starts one.
 */
function anchorOf(phrase: string): (lower: string) => boolean {
  if (!/^ ?[a-z]+(?: [a-z]+)+$/.test(phrase)) throw new Error(`event rule keyword ${JSON.stringify(phrase)}: expected lower-case words`);
  const words = phrase.trim().split(" ");
  if (phrase.startsWith(" ")) return (lower) => lower === words[0];
  // "to leave": "to" ends too many tokens; "leave" starts few.
  return words[0]!.length >= 3 ? (lower) => lower.endsWith(words[0]!) : (lower) => lower.startsWith(words.at(-1)!);
}

// The rules whose word gate (events.ts) a spelling passes, and those a gate of that kind cannot rule out.
const WORD_GATES = EVENT_RULES.flatMap((rule, i) => (rule.wordGate ? [{ gate: rule.wordGate, bit: RULE_BITS[i]! }] : []));
const NO_WORD_GATE = EVENT_RULES.reduce((bits, rule, i) => (rule.wordGate ? bits : bits | RULE_BITS[i]!), 0);

// The rules with words that open every match (events.ts `opens`): bits 16–29 of a lexeme's `gates`, one per rule, where
// the spelling opens with one of them, and a sticky twin of the rule's pattern, tried only where one of the words starts.
// (Bit 30: one of them starts inside the spelling, "co-chaired", "U.N.-hosted": rare, read again at each token.)
const OPENING = new Map<EventRule, { words: readonly string[]; bit: number; sticky: RegExp }>();
for (const rule of EVENT_RULES) {
  if (!rule.opens) continue;
  if (rule.opens.some((w) => !/^[a-z]+$/.test(w))) throw new Error(`${rule.id}: expected lower-case letters in opens`);
  OPENING.set(rule, { words: rule.opens, bit: 1 << (16 + OPENING.size), sticky: new RegExp(rule.pattern.source, `${rule.pattern.flags.replace("g", "")}y`) });
}
if (OPENING.size > 14) throw new Error("triggers.ts: more rules with opening words than its bit sets hold");
const OPENS_INSIDE = 1 << 30;
const OPENS_AT_START = (1 << 30) - (1 << 16);

/** The opening bits of the words starting at `at` of a token's text, where a word boundary may be (see candidateRules). */
function opensAt(text: string, at: number): number {
  if (!isAsciiLetter(text.charCodeAt(at)) || (at > 0 && isWordChar(text.charCodeAt(at - 1)))) return 0;
  let bits = 0;
  for (const { words, bit } of OPENING.values()) if (words.some((w) => spellsAt(text, at, w))) bits |= bit;
  return bits;
}

function gatesOfWord(text: string): number {
  let bits = 0;
  for (const { gate, bit } of WORD_GATES) if (gate.test(text)) bits |= bit;
  bits |= opensAt(text, 0);
  for (let at = 1; at < text.length; at++) if (opensAt(text, at)) bits |= OPENS_INSIDE;
  return bits;
}

// Read once per spelling: kept on the token's lexeme.
function rulesOfWord(lower: string): number {
  let bits = 0;
  for (const { keyword, bit } of WORD_KEYWORDS) if (lower.includes(keyword)) bits |= bit;
  for (const [j, { anchor }] of PHRASES.entries()) if (anchor(lower)) bits |= PHRASE_BIT(j);
  return bits;
}

/** What a sentence's tokens say of the event rules. */
export interface Candidates {
  /** The rules with a keyword in the sentence (and a word of their word gate), in rule order. */
  rules: EventRule[];
  /**
   * Where a word of a rule's `opens` starts, as pairs of a document offset and the opening bits there, in order; null
   * where two tokens touch (a word may then start where no token does): the patterns are tried everywhere.
   */
  opens: number[] | null;
}

const NO_OPENS: number[] = [];
const NONE: Candidates = { rules: [], opens: NO_OPENS };

/**
 * The event rules with a keyword in the sentence, in rule order: the same as testing `text.toLowerCase().includes(k)`
 * for each keyword, read from the sentence's tokens; less those with a word gate no token passes.
 */
export function candidateRules(tokens: readonly Token[], text: string): Candidates {
  let bits = 0;
  let gates = NO_WORD_GATE;
  let spliced = false;
  let opens = NO_OPENS;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const lex = token.lex;
    bits |= lex.rules >= 0 ? lex.rules : (lex.rules = rulesOfWord(lex.lower));
    const gated = lex.gates >= 0 ? lex.gates : (lex.gates = gatesOfWord(lex.text));
    gates |= gated;
    // A pattern's "\b" before a letter is at a token's start or after a character no word holds inside it ("co-chaired"):
    // tokens never split a run of letters but where two touch.
    if (gated >>> 16) {
      if (opens === NO_OPENS) opens = [];
      if (gated & OPENS_AT_START) opens.push(token.start, gated & OPENS_AT_START);
      if (gated & OPENS_INSIDE) {
        for (let at = 1; at < token.text.length; at++) {
          const open = opensAt(token.text, at);
          if (open) opens.push(token.start + at, open);
        }
      }
    }
    // "21st" + "century": letters of two tokens that touch can form a keyword neither holds; read the text instead.
    const next = tokens[k + 1];
    if (next && next.start === token.end && isLetterOrDigit(token.text.charCodeAt(token.text.length - 1)) && isLetterOrDigit(next.text.charCodeAt(0))) spliced = true;
  }
  let lower: string | undefined;
  const has = (phrase: string) => (lower ??= text.toLowerCase()).includes(phrase);
  if (spliced) {
    // (A word cut in two may pass a gate neither half does: the patterns decide alone.)
    gates = -1;
    bits = 0;
    EVENT_RULES.forEach((rule, i) => {
      if (rule.keywords.some(has)) bits |= RULE_BITS[i]!;
    });
  } else {
    // (Most sentences hold no word of a phrase; an indexed loop, as an entries() iterator costs an object a step.)
    for (let j = 0; bits >>> 16 && j < PHRASES.length; j++) {
      const { phrase, rule } = PHRASES[j]!;
      if (!(bits & RULE_BITS[rule]!) && bits & PHRASE_BIT(j) && has(phrase)) bits |= RULE_BITS[rule]!;
    }
  }
  bits &= gates | ~0xffff;
  return bits & 0xffff ? { rules: EVENT_RULES.filter((_, i) => bits & RULE_BITS[i]!), opens: spliced ? null : opens } : NONE;
}

/**
 * The next match of a rule's pattern in a sentence's `text` (at document offset `offset`), from the pattern's lastIndex:
 * what its exec finds. A rule with opening words is tried only where one starts: the leftmost of those where its sticky
 * twin matches is where the scan would have matched first, with the same match.
 */
export function nextMatch(rule: EventRule, text: string, offset: number, candidates: Candidates): RegExpExecArray | null {
  const opening = candidates.opens ? OPENING.get(rule) : undefined;
  if (!opening) return rule.pattern.exec(text);
  const opens = candidates.opens!;
  const from = rule.pattern.lastIndex;
  for (let k = 0; k < opens.length; k += 2) {
    const at = opens[k]! - offset;
    if (at < from || !(opens[k + 1]! & opening.bit)) continue;
    opening.sticky.lastIndex = at;
    const m = opening.sticky.exec(text);
    if (m) {
      rule.pattern.lastIndex = at + m[0].length;
      return m;
    }
  }
  rule.pattern.lastIndex = 0;
  return null;
}

// (Beyond ASCII, only letters and digits: a curly apostrophe, quote or dash that touches a word is no splice, and
// news text is full of them.)
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(c)));
