import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Party, party } from "./context.js";
import { rememberRecent } from "./parties.js";

describe("rememberRecent", () => {
  // It stands in for unshifting each kept party in turn and cutting the list to 12.
  const kept = (p: Party) => (p.via === "actor" || p.via === "official") && p.code !== "UN";
  const aParty = fc.record({ code: fc.constantFrom("AR", "BR", "CL", "UN"), via: fc.constantFrom("actor", "official", "city", "pronoun", "group") as fc.Arbitrary<Party["via"]>, start: fc.nat(99) });
  const toParty = (p: { code: string; via: Party["via"]; start: number }) => party(p.code, p.start, p.start + 1, p.via, "");

  it("keeps what unshift-then-cut kept, in the same order", () => {
    fc.assert(fc.property(fc.array(aParty, { maxLength: 12 }), fc.array(fc.array(aParty, { maxLength: 16 }), { maxLength: 6 }), (start, sentences) => {
      const slow = start.map(toParty).filter(kept);
      const fast = [...slow];
      for (const s of sentences) {
        const parties = s.map(toParty);
        for (const p of parties) if (kept(p)) slow.unshift(p);
        if (slow.length > 12) slow.length = 12;
        const count = parties.filter(kept).length;
        if (count) rememberRecent(fast, parties, count);
        // (The very objects, not copies.)
        expect(fast.length === slow.length && fast.every((p, k) => p === slow[k])).toBe(true);
      }
    }), { numRuns: 1000 });
  });
});
