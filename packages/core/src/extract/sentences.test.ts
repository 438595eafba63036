import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it.each([
    ["Mr. Smith met Mrs. Jones. They talked.", ["Mr. Smith met Mrs. Jones.", "They talked."]],
    ["The U.S. embassy opened. It was new.", ["The U.S. embassy opened.", "It was new."]],
    ["H.E. Ana Rojas spoke. She left.", ["H.E. Ana Rojas spoke.", "She left."]],
    ["George W. Bush visited Peru. He left.", ["George W. Bush visited Peru.", "He left."]],
    ["Ambassador J. K. Rowe spoke. He left.", ["Ambassador J. K. Rowe spoke.", "He left."]],
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
