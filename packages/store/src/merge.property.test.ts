import { MISSION_STATUSES } from "@proj/core";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addStatusChange, compareNames, deriveStatus, type StatusReport } from "./merge.js";

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
