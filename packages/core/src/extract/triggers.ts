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

// One bit set per word: bits 0–15 for the rules it triggers, 16–31 for the phrases it may be part of.
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
function gatesOfWord(text: string): number {
  let bits = 0;
  for (const { gate, bit } of WORD_GATES) if (gate.test(text)) bits |= bit;
  return bits;
}

// Read once per spelling: kept on the token's lexeme.
function rulesOfWord(lower: string): number {
  let bits = 0;
  for (const { keyword, bit } of WORD_KEYWORDS) if (lower.includes(keyword)) bits |= bit;
  for (const [j, { anchor }] of PHRASES.entries()) if (anchor(lower)) bits |= PHRASE_BIT(j);
  return bits;
}

/**
 * The event rules with a keyword in the sentence, in rule order: the same as testing `text.toLowerCase().includes(k)`
 * for each keyword, read from the sentence's tokens; less those with a word gate no token passes.
 */
export function candidateRules(tokens: readonly Token[], text: string): EventRule[] {
  let bits = 0;
  let gates = NO_WORD_GATE;
  let spliced = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const lex = token.lex;
    bits |= lex.rules >= 0 ? lex.rules : (lex.rules = rulesOfWord(lex.lower));
    gates |= lex.gates >= 0 ? lex.gates : (lex.gates = gatesOfWord(lex.text));
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
    for (const [j, { phrase, rule }] of PHRASES.entries()) {
      if (!(bits & RULE_BITS[rule]!) && bits & PHRASE_BIT(j) && has(phrase)) bits |= RULE_BITS[rule]!;
    }
  }
  bits &= gates | ~0xffff;
  return bits & 0xffff ? EVENT_RULES.filter((_, i) => bits & RULE_BITS[i]!) : [];
}

// (Beyond ASCII, only letters and digits: a curly apostrophe, quote or dash that touches a word is no splice, and
// news text is full of them.)
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && LETTER_OR_DIGIT.test(String.fromCharCode(c)));
