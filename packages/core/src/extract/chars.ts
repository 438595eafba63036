// Character classes by code unit, for the scanners that read text a character at a time instead of by regex.

export const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** What `\w` and `\b` read as a word's characters in a pattern without the u flag: ASCII letters, digits and "_". */
export const isWordChar = (c: number) => isAsciiLetter(c) || isDigit(c) || c === 0x5f;
