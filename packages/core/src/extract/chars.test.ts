import { describe, expect, it } from "vitest";
import { codeAt, isAsciiLetter, isAsciiUpper, isDigit, isWhiteSpace, isWordChar } from "./chars.js";

// Every code unit, held to the regex each test stands in for.
describe.each([
  ["isAsciiLetter", isAsciiLetter, /[A-Za-z]/],
  ["isAsciiUpper", isAsciiUpper, /[A-Z]/],
  ["isDigit", isDigit, /\d/],
  ["isWordChar", isWordChar, /\w/],
  ["isWhiteSpace", isWhiteSpace, /\s/],
])("%s", (_, test, pattern) => {
  it("says what the pattern says of every code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (test(c) !== pattern.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  it("says no past the end of a text (NaN)", () => {
    expect(test("a".charCodeAt(1))).toBe(false);
  });
});

describe("codeAt", () => {
  it("reads a code unit within the text", () => {
    expect(codeAt("a’b", 1)).toBe(0x2019);
  });

  it("reads 0 past the end, which no class holds", () => {
    expect(codeAt("ab", 2)).toBe(0);
    expect([isAsciiLetter, isDigit, isWordChar, isWhiteSpace].map((test) => test(codeAt("", 0)))).toEqual([false, false, false, false]);
  });
});
