import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countSpaces, hasWhiteSpace, isEdOrIng, isLowerLetters, isLowerWord, withoutFinalDot } from "./word-shape.js";

// Each stand-in must answer as its regex on any string: words of the alphabets the patterns read, their edges
// (hyphens, dots, "_", digits, capitals) and anything else.
const piece = fc.oneof(
  fc.constantFrom("a", "z", "-", ".", "_", "0", "9", "A", "Z", "ed", "ing", "é", "ſ", "K", " ", "\u00a0", "\u2028", "\ufeff", "\t", "'", "’"),
  fc.string({ maxLength: 3 }),
  fc.string({ unit: "binary", maxLength: 3 }),
);
const word = fc.array(piece, { maxLength: 6 }).map((p) => p.join(""));

describe("word shapes", () => {
  it.each([
    ["isLowerWord", isLowerWord, /^[a-z][a-z-]+$/],
    ["isLowerLetters", isLowerLetters, /^[a-z]+$/],
    ["isEdOrIng", isEdOrIng, /^\w+(?:ed|ing)$/],
    ["hasWhiteSpace", hasWhiteSpace, /\s/],
  ] as const)("%s answers as its regex", (_, shape, re) => {
    fc.assert(fc.property(word, (w) => {
      expect(shape(w)).toBe(re.test(w));
    }), { numRuns: 5000 });
    for (const w of ["", "a", "ab", "a-", "-a", "an-b", "Ab", "aB", "ed", "red", "ing", "king", "_ed", "1ing", "signed", "signing", "éd", "x y", "x\u3000y"]) expect(shape(w)).toBe(re.test(w));
  });

  it("hasWhiteSpace knows every character \\s matches, and no other", () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (hasWhiteSpace(String.fromCharCode(c)) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it("withoutFinalDot drops one final full stop, as replace(/\\.$/, \"\")", () => {
    fc.assert(fc.property(word, (w) => {
      expect(withoutFinalDot(w)).toBe(w.replace(/\.$/, ""));
    }), { numRuns: 5000 });
    expect(withoutFinalDot("h.e.")).toBe("h.e");
    expect(withoutFinalDot("")).toBe("");
    expect(withoutFinalDot("..")).toBe(".");
  });

  it("countSpaces is one less than the parts split(\" \") gives", () => {
    fc.assert(fc.property(word, (w) => {
      expect(countSpaces(w) + 1).toBe(w.split(" ").length);
    }), { numRuns: 5000 });
    for (const w of ["", " ", "  ", "a b", " a  b "]) expect(countSpaces(w) + 1).toBe(w.split(" ").length);
  });
});
