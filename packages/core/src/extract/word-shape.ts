// Hand-written stand-ins for the small anchored regexes the people and party readers ask of every word: a regex call
// costs more than the few character reads it makes. word-shape.test.ts holds each to its regex.
import { isWordChar } from "./chars.js";

const isLower = (c: number) => c >= 0x61 && c <= 0x7a;

/** `/^[a-z][a-z-]+$/`: a lower-case word of two characters or more, hyphens allowed after the first. */
export function isLowerWord(w: string): boolean {
  if (w.length < 2 || !isLower(w.charCodeAt(0))) return false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!isLower(c) && c !== 0x2d) return false;
  }
  return true;
}

/** `/^[a-z]+$/`. */
export function isLowerLetters(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) if (!isLower(w.charCodeAt(i))) return false;
  return true;
}

/** `/^\w+(?:ed|ing)$/`: a word in -ed or -ing, with at least one word character before the ending. */
export function isEdOrIng(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isWordChar(w.charCodeAt(i))) return false;
  return (w.length >= 3 && w.endsWith("ed")) || (w.length >= 4 && w.endsWith("ing"));
}

/** `w.replace(/\.$/, "")`: the word without one final full stop. */
export function withoutFinalDot(w: string): string {
  return w.charCodeAt(w.length - 1) === 0x2e ? w.slice(0, -1) : w;
}

/** `/\s/.test(s)`: whether `s` holds white space, as JavaScript's \s reads it (ECMAScript WhiteSpace and LineTerminator). */
export function hasWhiteSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isWhiteSpace(s.charCodeAt(i))) return true;
  return false;
}
function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many spaces `s` holds: one less than the parts `s.split(" ")` gives, without building them. */
export function countSpaces(s: string): number {
  let n = 0;
  for (let at = s.indexOf(" "); at >= 0; at = s.indexOf(" ", at + 1)) n++;
  return n;
}

/** A family name of two letters, as a title names it: "President Xi", "Premier Li", "Foreign Minister Wu". */
export const TWO_LETTER_NAME = /^[A-Z][a-z]$/;
