import { DiplomaticEvent, EVENT_TYPES } from "@proj/core";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createPlainEventReader } from "./bulk-event.js";

const plain = { type: "visit", source: "AZ", target: "IL", date: "2024-05-03", officials: ["Jeyhun Bayramov"] };

/** Values near the edges of each field: valid, invalid and odd. */
const value = fc.oneof(
  fc.constantFrom(undefined, null, "", "AZ", "az", "UN", "AFRICAN-UNION", "A", "2024-05-03", "2024-02-30", "2024", "2023-03-26/2023-03-31", "2024~", "..", "x"),
  fc.constantFrom(...EVENT_TYPES, "planned", "asserted", "negated", "042", "1"),
  fc.constantFrom([], ["AZ"], ["AZ", "x"], [""], ["Someone"], [null], {}, { city: null, country: "AZ" }, { sender: "AZ", host: "IL", kind: "embassy" }),
  fc.constantFrom([{ rule: "r" }], [{}], 0, Number.NaN, true, new Date(0)),
);
const key = fc.constantFrom(
  "id", "type", "source", "target", "participants", "date", "reported", "location", "officials", "mission", "modality", "cameo", "plover",
  "sources", "extra", "__proto__",
);
/** A valid plain event with some fields replaced, added or removed. */
const event = fc
  .tuple(fc.dictionary(key, value, { maxKeys: 4 }), fc.subarray(Object.keys(plain), { maxLength: 2 }))
  .map(([changes, removed]) => {
    const e: Record<string, unknown> = { ...plain, ...changes };
    for (const k of removed) delete e[k];
    return e;
  });

describe("createPlainEventReader", () => {
  it("reads the plain shape as the schema outputs it", () => {
    const read = createPlainEventReader();
    const parsed = read(plain);
    expect(parsed).toStrictEqual(DiplomaticEvent.parse(plain));
    expect(Object.keys(parsed!)).toEqual(Object.keys(DiplomaticEvent.parse(plain)));
    expect(read({ ...plain, id: "e1", participants: ["UN"], reported: null, location: null, mission: null, modality: "planned", cameo: null, sources: [] }))
      .toStrictEqual(DiplomaticEvent.parse({ ...plain, id: "e1", participants: ["UN"], reported: null, location: null, mission: null, modality: "planned", cameo: null, sources: [] }));
  });

  it.each([
    ["a bad party", { ...plain, source: "az" }],
    ["a missing date", { type: "visit", source: "AZ", target: "IL" }],
    ["a day that does not exist", { ...plain, date: "2024-02-30" }],
    ["an unknown key", { ...plain, colour: "red" }],
    ["an inherited key", Object.assign(Object.create({ colour: "red" }) as object, plain)],
    ["a class instance", new (class { type = "visit"; source = "AZ"; target = "IL"; date = "2024" })()],
    ["sources of its own", { ...plain, sources: [{ rule: "r" }] }],
    ["a location", { ...plain, location: { city: "Baku", country: "AZ" } }],
    ["not an object", "visit"],
  ])("leaves %s to the schema", (_, raw) => {
    expect(createPlainEventReader()(raw)).toBeUndefined();
  });

  it("never accepts what the schema rejects, and reads what it accepts exactly as the schema does (property)", () => {
    const read = createPlainEventReader();
    let accepted = 0;
    fc.assert(
      fc.property(event, (raw) => {
        const fast = read(raw);
        if (fast === undefined) return true;
        accepted++;
        const parsed = DiplomaticEvent.safeParse(raw);
        expect(parsed.success).toBe(true);
        expect(fast).toStrictEqual(parsed.data);
        expect(Object.keys(fast)).toEqual(Object.keys(parsed.data!));
        return true;
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(100); // the fast path was exercised, not only its refusals
  });
});
