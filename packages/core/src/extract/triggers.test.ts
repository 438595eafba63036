import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_RULES } from "./rules/events.js";
import { tokenize } from "./tokens.js";
import { candidateRules } from "./triggers.js";

// What candidateRules stands for: a rule runs when one of its keywords is in the sentence's lower-case text.
const byText = (text: string) => EVENT_RULES.filter((rule) => rule.keywords.some((k) => text.toLowerCase().includes(k))).map((r) => r.id);
const byTokens = (text: string) => candidateRules(tokenize(text), text).map((r) => r.id);

describe("candidateRules", () => {
  it.each([
    "Arnor's envoy visited Osgiliath and met the King.",
    "The two states signed a memorandum of understanding.",
    "The ambassador was in Minas Tirith; she WAS INVITED.",
    "Gondor declared him persona non grata and ordered him to leave.",
    "Gondor declared him PERSONA   NON GRATA.",
    "The 21stvisit, the 5sat down and 3tour",
    "They sat down with the exchange of notes on ties.",
    "Nothing happened here.",
    "",
  ])("%j: the rules whose keywords the text holds", (text) => {
    expect(byTokens(text)).toEqual(byText(text));
  });

  it("agrees with the text test on any mix of keywords, words and punctuation", () => {
    const keywords = EVENT_RULES.flatMap((r) => r.keywords);
    const piece = fc.oneof(fc.constantFrom(...keywords, " ", "  ", ".", "'s", "1", "21st", "-", "’", "was", "to", "Persona", "down"), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join("");
      expect(byTokens(text)).toEqual(byText(text));
    }), { numRuns: 2000 });
  });
});
