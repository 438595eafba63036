import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EVENT_RULES } from "./rules/events.js";
import { tokenize } from "./tokens.js";
import { candidateRules } from "./triggers.js";

// What candidateRules stands for: a rule runs when one of its keywords is in the sentence's lower-case text, and its
// word gate, if it has one, passes on the text. (Word gates read by token may pass where the text's "\b" does not,
// "_severed", or where two touching tokens are read as the text, never the other way round.)
const byKeywords = (text: string) => EVENT_RULES.filter((rule) => rule.keywords.some((k) => text.toLowerCase().includes(k)));
const byTokens = (text: string) => candidateRules(tokenize(text), text).rules;

function expectReading(text: string): void {
  const keyed = byKeywords(text);
  const read = byTokens(text);
  expect(read.filter((r) => !r.wordGate)).toEqual(keyed.filter((r) => !r.wordGate));
  expect(read.filter((r) => r.wordGate).every((r) => keyed.includes(r))).toBe(true);
  expect(keyed.filter((r) => r.wordGate?.test(text)).every((r) => read.includes(r))).toBe(true);
}

describe("candidateRules", () => {
  it.each([
    "Arnor's envoy visited Osgiliath and met the King.",
    "The two states signed a memorandum of understanding.",
    "The ambassador was in Minas Tirith; she WAS INVITED.",
    "Gondor declared him persona non grata and ordered him to leave.",
    "Gondor declared him PERSONA   NON GRATA.",
    "The 21stvisit, the 5sat down and 3tour",
    "They sat down with the exchange of notes on ties.",
    "Arnor and Gondor restored ties; Rohan cut them, then ordered Gondor's envoy home.",
    "Arnor and Gondor discussed their ties.",
    "The 21stsevered ties",
    "Nothing happened here.",
    "",
  ])("%j: the rules whose keywords (and word gates) the text holds", (text) => {
    expectReading(text);
  });

  it.each([
    // ("spoke" lets the call rule in, for "X spoke with A, B and C" after calls just told; its pattern then finds no "spoke with".)
    ["Arnor and Gondor spoke of their ties.", ["event.phone-call"]],
    ["Arnor and Gondor restored ties.", ["event.relations-established"]],
    // ("recalled" holds the meeting rule's "called", of "called on President X", and the call rule's, of "called President
    // X": their patterns are tried only where a word opens with it.)
    ["Arnor cut ties and recalled its envoy.", ["event.meeting", "event.phone-call", "event.relations-severed", "event.ambassador-recalled"]],
    ["The envoy of Arnor will depart on Monday.", []],
  ])("%j: a word gate rules out a rule its keywords let through", (text, ids) => {
    expect(byTokens(text).map((r) => r.id)).toEqual(ids);
  });

  it("agrees with the text test on any mix of keywords, words and punctuation", () => {
    const keywords = EVENT_RULES.flatMap((r) => r.keywords);
    const piece = fc.oneof(fc.constantFrom(...keywords, " ", "  ", ".", "'s", "1", "21st", "-", "’", "was", "to", "Persona", "down"), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectReading(pieces.join(""))), { numRuns: 2000 });
  });

  it("reads word gates as the text does, on any mix of their stems, keywords and punctuation", () => {
    const stems = ["sever", "cut", "broke", "end", "restor", "establish", "re-establish", "withdr", "summon", "call", "order", "expel", "gave", "upgrad", "rais", "RAISED"];
    const keywords = EVENT_RULES.flatMap((r) => r.keywords);
    const piece = fc.oneof(fc.constantFrom(...keywords, ...stems, " ", ".", "'s", "’", "-", "_", "1", "21st", "é", "ed"), fc.string({ maxLength: 4 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => expectReading(pieces.join(""))), { numRuns: 3000 });
  });
});
