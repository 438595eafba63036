import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOKEN, tokenize } from "./tokens.js";

const words = (text: string) => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it.each([
    ["The U.S. embassy", ["The", "U.S.", "embassy"]],
    ["chargé d'affaires", ["chargé", "d'affaires"]],
    ["Riyad Al-Maliki met al-Assad", ["Riyad", "Al-Maliki", "met", "al-Assad"]],
    ["Peru's envoy", ["Peru", "'s", "envoy"]],
    ["Peru’s envoy", ["Peru", "’s", "envoy"]],
    // A name's possessive apostrophe after its final s reads as "'s"; a lower-case plural's and a closing quote do not.
    ["the Netherlands' envoy", ["the", "Netherlands", "'s", "envoy"]],
    ["the Bahamas’ Foreign Minister", ["the", "Bahamas", "'s", "Foreign", "Minister"]],
    ["the two countries' envoys", ["the", "two", "countries", "'", "envoys"]],
    ["'Three Kings'.", ["'", "Three", "Kings", "'", "."]],
    ["in the 1990s, 1,000 troops and 3.5 percent", ["in", "the", "1990s", ",", "1,000", "troops", "and", "3.5", "percent"]],
    ["on 14th July", ["on", "14th", "July"]],
    ['He said: "No."', ["He", "said", ":", '"', "No", ".", '"']],
    ["Ana-María López", ["Ana-María", "López"]],
    ["Kyiv—Ukraine", ["Kyiv", "—", "Ukraine"]],
    // Read by hand for ASCII, by the regex beyond it: both must cut alike.
    ["U.S.A.-based a.b e.g. 1st 3:30 x_y", ["U.S.A.", "-", "based", "a.b", "e.g.", "1st", "3:30", "x", "_", "y"]],
    ["People'S 's 'st O'Neil Bogotá-based al-Ḥakim", ["People", "'", "S", "'s", "'", "st", "O'Neil", "Bogotá-based", "al-Ḥakim"]],
  ])("%s", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ["Peru", true],
    ["embassy", false],
    ["al-Assad", true],
    ["d'Estaing", true],
    ["ad-hoc", false],
    ["Ångström", true],
    ["1990s", false],
  ])("%s is capitalised: %s", (text, cap) => {
    expect(tokenize(text)[0]?.cap).toBe(cap);
  });

  it("shifts offsets and lower-cases", () => {
    expect(tokenize("Peru met.", 100).map(({ lex: _, ...token }) => token)).toEqual([
      { text: "Peru", start: 100, end: 104, cap: true, lower: "peru", edge: "Peru" },
      { text: "met", start: 105, end: 108, cap: false, lower: "met", edge: "met" },
      { text: ".", start: 108, end: 109, cap: false, lower: ".", edge: "." },
    ]);
  });

  it("shares one lexeme between tokens of one spelling", () => {
    const [a, b, c] = tokenize("Peru, Peru, peru");
    expect(a!.lex).toBe(tokenize("Peru")[0]!.lex);
    expect([a!.lex === tokenize("Peru, Peru")[2]!.lex, b!.text, c!.lex.lower]).toEqual([true, ",", "peru"]);
  });

  it("gives every spelling its own lexeme, short and long, however many share a table slot", () => {
    // (Short spellings are found by their characters packed into numbers: "a", "aa" … and "ab", "ba" must stay apart.)
    const words = ["a", "aa", "aaa", "ab", "ba", "abcd", "abcde", "dcbae", "abcdefgh", "abcdefghi", "U.S.", "'s", "1990s", "3rd"];
    for (let k = 0; k < 5_000; k++) words.push(k.toString(36), `w${k.toString(36)}x`);
    const text = words.join(" ");
    for (let pass = 0; pass < 2; pass++) for (const t of tokenize(text)) expect(t.lex.text).toBe(t.text);
  });

  it.each(["", "   \n\t "])("yields nothing for blank text %j", (text) => {
    expect(tokenize(text)).toEqual([]);
  });

  it("stays linear on hostile runs", () => {
    const text = "a.".repeat(50_000) + "-".repeat(50_000) + "a'".repeat(50_000);
    expect(tokenize(text).length).toBeGreaterThan(0);
  });
});

describe("tokenize: read by hand as TOKEN reads", () => {
  // Plain ASCII tokens are cut by hand, the rest by TOKEN: on any text the two must give the same tokens.
  const piece = fc.oneof(
    fc.constantFrom("U.S.", "a.b", "e.g", "1st", "22nd", "3rd", "4th", "1990s", "1,000", "3:30", "4.5", "'s", "’s", "´s", "'S", "O'Neil", "d’affaires", "al-", "-", ".", ",", "'", "’", "_", " ", "  ", "\n", "\t", "é", "Ḥ", "ü", "\u0301", "—", "x", "Z", "s", "t", "9"),
    fc.string({ maxLength: 3 }),
    fc.string({ unit: "grapheme", maxLength: 2 }),
  );
  it("cuts any mix of letters, marks, digits, apostrophes and dots alike", () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join("");
      TOKEN.lastIndex = 0;
      const expected = [...text.matchAll(TOKEN)].map((m) => [m[0], m.index]);
      // (The cut, not the reading: a name's possessive apostrophe reads as "'s".)
      expect(tokenize(text).map((t) => [text.slice(t.start, t.end), t.start])).toEqual(expected);
    }), { numRuns: 20_000 });
  });
});
