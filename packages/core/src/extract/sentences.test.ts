import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ABBREVIATIONS, isAbbreviation, isClosing, opensSentence, splitSentences } from "./sentences.js";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    ["Mr. Smith met Mrs. Jones. They talked.", ["Mr. Smith met Mrs. Jones.", "They talked."]],
    ["The U.S. embassy opened. It was new.", ["The U.S. embassy opened.", "It was new."]],
    ["H.E. Ana Rojas spoke. She left.", ["H.E. Ana Rojas spoke.", "She left."]],
    ["George W. Bush visited Peru. He left.", ["George W. Bush visited Peru.", "He left."]],
    ["Ambassador J. K. Rowe spoke. He left.", ["Ambassador J. K. Rowe spoke.", "He left."]],
    ["Minister Sari L.P. Wulan spoke. She left.", ["Minister Sari L.P. Wulan spoke.", "She left."]],
    ["He read A.B.C. Lane's memoir. It was long.", ["He read A.B.C. Lane's memoir.", "It was long."]],
    ["Dr. Paz arrived. Gen. Lee left.", ["Dr. Paz arrived.", "Gen. Lee left."]],
    ["The U.N. Secretary-General spoke.", ["The U.N. Secretary-General spoke."]],
    ["The talks ended on Jan. 5 in Lima.", ["The talks ended on Jan. 5 in Lima."]],
    ["Prices rose 3.5 percent. Then fell.", ["Prices rose 3.5 percent.", "Then fell."]],
    ["Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]],
    ['"We agree." He said so.', ['"We agree."', "He said so."]],
    ["It ended. 2023 was a good year.", ["It ended.", "2023 was a good year."]],
    // A stop before a lower-case word ends nothing.
    ["first. second. Third.", ["first. second.", "Third."]],
  ])("%s", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("starts a paragraph at a blank line, and keeps a single line break inside a sentence", () => {
    const text = "It closed.\n\nA new paragraph\nstarts here. Second sentence.\n \n\nThird paragraph";
    expect(splitSentences(text).map((s) => [s.index, s.paragraph, s.text])).toEqual([
      [0, 0, "It closed."],
      [1, 1, "A new paragraph\nstarts here."],
      [2, 1, "Second sentence."],
      [3, 2, "Third paragraph"],
    ]);
  });

  it("ends a heading in capitals and a list's item at their line break, in the same paragraph", () => {
    const text = "PALACE OF THE REPUBLIC – ARNOR\nKing Elessar received the envoy.\n\nToday's calls:\n- Arnor, Monday: talks\n- Gondor, Tuesday: a signing";
    expect(splitSentences(text).map((s) => [s.paragraph, s.text])).toEqual([
      [0, "PALACE OF THE REPUBLIC – ARNOR"],
      [0, "King Elessar received the envoy."],
      [1, "Today's calls:"],
      [1, "- Arnor, Monday: talks"],
      [1, "- Gondor, Tuesday: a signing"],
    ]);
  });
  it("negative: a line of a sentence in capitals and lower case runs on", () => {
    expect(texts("The Foreign Minister of Arnor\nmet the King.")).toEqual(["The Foreign Minister of Arnor\nmet the King."]);
  });
  it("gives offsets into the text, trimmed of white space", () => {
    const text = "  Peru met Chile.   Then Bolivia. ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => [s.start, s.end])).toEqual([
      [2, 17],
      [20, 33],
    ]);
  });

  it.each(["", "   ", "\n\n\n"])("yields nothing for blank text %j", (text) => {
    expect(splitSentences(text)).toEqual([]);
  });

  it("stays linear on long runs of stops and abbreviations", () => {
    const text = "Mr. ".repeat(20_000) + ". ".repeat(20_000);
    expect(splitSentences(text).length).toBeGreaterThan(0);
  });
});

// The scanner reads characters by code where it once asked regexes: each test must say what its regex said.
describe("the scanner's character tests", () => {
  it.each([
    ["isClosing", isClosing, /["”’')\]]/],
    ["opensSentence", opensSentence, /[A-Z"“‘(0-9\u00C0-\u024F]/],
  ])("%s says what its regex says of every code unit", (_, test, pattern) => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (test(c) !== pattern.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  // isAbbreviation as it was written with regexes, slicing every word before a stop.
  const byRegex = (text: string, dot: number) => {
    let s = dot;
    while (s > 0 && /[A-Za-z.]/.test(text[s - 1]!)) s--;
    const word = text.slice(s, dot).toLowerCase();
    if (ABBREVIATIONS.has(word)) return true;
    if (dot - s <= 6 && /^(?:[A-Z]\.)+[A-Z]$/.test(text.slice(s, dot))) return true;
    return /^[a-z]$/.test(word) && /[A-Z]/.test(text[dot - 1]!);
  };

  it("isAbbreviation reads as the regexes did, at every stop", () => {
    const piece = fc.constantFrom(...ABBREVIATIONS, "Mr", "U.S", "H.E", "APPROX", "Sept", "x", "F", "é", " ", ".", "-", "\n", "word", "Approximately", "F.", "1", "L.P", "A.B.C");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        for (let dot = text.indexOf("."); dot >= 0; dot = text.indexOf(".", dot + 1)) if (isAbbreviation(text, dot) !== byRegex(text, dot)) return false;
        return true;
      }),
      { numRuns: 5_000 },
    );
  });
});
