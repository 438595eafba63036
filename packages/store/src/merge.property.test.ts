import { MISSION_STATUSES } from "@proj/core";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addStatusChange, compareNames, deriveStatus, mayMatchOfficial, officialSearchText, type StatusReport } from "./merge.js";

const day = fc.date({ min: new Date("2000-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const change = fc.record({ status: fc.constantFrom(...MISSION_STATUSES), date: day }).map((c): StatusReport => ({ ...c, sources: [] }));

describe("mission history (property)", () => {
  it("gives the same history and status whatever order the reports arrive in", () => {
    fc.assert(
      fc.property(fc.array(change, { maxLength: 8 }).chain((changes) => fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }))), ([changes, shuffled]) => {
        const fold = (list: StatusReport[]) => list.reduce(addStatusChange, [] as ReturnType<typeof addStatusChange>);
        expect(fold(shuffled)).toEqual(fold(changes));
        expect(deriveStatus(fold(shuffled))).toBe(deriveStatus(fold(changes)));
        return true;
      }),
    );
  });
});

describe("compareNames (property)", () => {
  const part = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,12}$/);
  const name = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));
  it("is symmetric and never throws on arbitrary names", () => {
    fc.assert(fc.property(name, name, (a, b) => compareNames(a, b) === compareNames(b, a)));
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => ["same", "variant", "partial", null].includes(compareNames(a, b))));
  });
});

describe("mayMatchOfficial (property)", () => {
  const part = fc.stringMatching(/^[A-Za-zÀ-ÿ'-]{1,12}$/);
  const name = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));
  // A related name, as reports write one person: some parts left out (or the last ones: "Ruben Ramirez" for "Ruben
  // Ramirez Lezcano"), two parts written as one, a letter changed, a particle or honorific added.
  const related = fc
    .tuple(name, fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }), fc.nat(40), fc.constantFrom("", "a", "e", "y"), fc.constantFrom("", "Al-", "H.E. "), fc.nat(2), fc.constantFrom(" ", "", "-"))
    .map(([a, keep, at, letter, prefix, cut, glue]) => {
      const parts = a.split(" ");
      const kept = cut > 0 && parts.length - cut >= 2 ? parts.slice(0, parts.length - cut) : parts.filter((_, i) => i === parts.length - 1 || keep[i]);
      // The last two parts joined, hyphenated or spaced ("Ji-won", "Jiwon").
      const joined = kept.length >= 2 ? `${kept.slice(0, -1).join(" ")}${glue}${kept.at(-1)}` : kept.join(" ");
      const i = at % Math.max(1, joined.length);
      return [a, prefix + joined.slice(0, i) + letter + joined.slice(i + (letter ? 1 : 0))] as const;
    });
  it("never rules out a stored official whose names compareNames would match", () => {
    fc.assert(
      fc.property(related, fc.array(name, { maxLength: 2 }), fc.array(name, { maxLength: 2 }), ([a, b], aliasesA, aliasesB) => {
        const incoming = { name: a, aliases: aliasesA };
        const stored = { name: b, aliases: aliasesB };
        const anyMatch = [a, ...aliasesA].some((x) => [b, ...aliasesB].some((y) => compareNames(x, y) !== null));
        if (anyMatch) expect(mayMatchOfficial(incoming, officialSearchText(stored))).toBe(true);
        return true;
      }),
      { numRuns: 3000 },
    );
  });

  it("rules out officials whose last names differ", () => {
    expect(mayMatchOfficial({ name: "Riyad al-Malki", aliases: [] }, officialSearchText({ name: "Riyad Al-Maliki", aliases: ["Al-Maliki"] }))).toBe(true);
    expect(mayMatchOfficial({ name: "Maliki", aliases: [] }, officialSearchText({ name: "Riyad Al-Maliki", aliases: [] }))).toBe(true);
    expect(mayMatchOfficial({ name: "Riyad Mansour", aliases: [] }, officialSearchText({ name: "Riyad Al-Maliki", aliases: [] }))).toBe(false);
    expect(mayMatchOfficial({ name: "Ruben Ramirez", aliases: [] }, officialSearchText({ name: "Rubén Ramírez Lezcano", aliases: [] }))).toBe(true);
    expect(mayMatchOfficial({ name: "Rubén Ramírez Lezcano", aliases: [] }, officialSearchText({ name: "Ruben Ramirez", aliases: [] }))).toBe(true);
    expect(mayMatchOfficial({ name: "Park Jiwon", aliases: [] }, officialSearchText({ name: "Park Ji-won", aliases: [] }))).toBe(true);
  });
});
