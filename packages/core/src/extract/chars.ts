// Character classes by code unit, for the scanners that read text a character at a time instead of by regex.

/**
 * The code of text[i], 0 past the end. (charCodeAt there gives NaN, a double: each reading past the end that warm-up
 * had not seen yet threw the optimised reader away. 0, like NaN, is no letter, digit, space or mark the readers test for.)
 */
export const codeAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : 0);

export const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isAsciiUpper = (c: number) => c >= 0x41 && c <= 0x5a;
/** A straight or curly apostrophe. */
export const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** What `\w` and `\b` read as a word's characters in a pattern without the u flag: ASCII letters, digits and "_". */
export const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 0x5f;
/** What `\s` matches: ASCII white space, then the Unicode spaces and separators, and the byte-order mark. */
export const isWhiteSpace = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** Whether `word` (lower-case letters) is at `at` of `text`, in any case, as a pattern with the i flag reads it. */
export function spellsAt(text: string, at: number, word: string): boolean {
  // (Not read past the end: charCodeAt's NaN there threw the optimised code away.)
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if (!isAsciiLetter(c) || (c | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}
