import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AS_CLAUSE, asClauseAt } from "./nearest-date.js";

describe("asClauseAt: the ', as …' clause nearestDate reads", () => {
  // Tried only at the last comma: it must find the clause exactly where the pattern, tried everywhere, does.
  const words = ["as", "AS", "As", "well", "part", "a", "an", "of", "for", "to", "such", "soon", "do", "did", "does", "the", "two", "countries", "held", "talks", "Arnor", "aside", "was", "1971"];
  const glue = fc.constantFrom(" ", " ", ", ", ",", ",  ", "; ", ";", "\n", ". ", "");
  const text = fc.array(fc.tuple(fc.constantFrom(...words), glue), { maxLength: 8 }).map((parts) => parts.map(([w, g]) => w + g).join(""));

  it("agrees with the pattern", () => {
    fc.assert(fc.property(text, (t) => {
      expect(asClauseAt(t), JSON.stringify(t)).toBe(AS_CLAUSE.exec(t)?.index ?? -1);
    }), { numRuns: 20_000 });
  });

  it.each(["Arnor asked Gondor to apologise, as the two countries held ", "Arnor, as well as Gondor, ", "Arnor, as the talks began; Gondor ", ", as "])("%j", (t) => {
    expect(asClauseAt(t)).toBe(AS_CLAUSE.exec(t)?.index ?? -1);
  });
});
