import { DiplomaticEvent } from "@proj/core";
import { describe, expect, it } from "vitest";
import { StoredEvent } from "./queries.js";
import { compactEvent, STORED_EVENT_KEYS } from "./rows.js";

describe("compactEvent", () => {
  it("knows every field of DiplomaticEvent, so none is dropped when stored", () => {
    expect([...STORED_EVENT_KEYS].sort()).toEqual(Object.keys(DiplomaticEvent.shape).sort());
  });

  it("round-trips through JSON and the schema, with defaults left out", () => {
    const full = StoredEvent.parse({
      id: "e1", type: "visit", source: "AZ", target: "PS", participants: ["TR"], date: "2023-03-30", reported: "2023-03-31",
      location: { city: "Ramallah", country: "PS" }, officials: ["Jeyhun Bayramov"], mission: null, modality: "planned",
      cameo: "042", plover: { category: "CONSULT", mode: "visit" }, reportCount: 1,
      sources: [{ documentId: "abc", rule: "r", spans: [{ start: 0, end: 3 }], confidence: 0.5 }],
    });
    const bare = StoredEvent.parse({ id: "e2", type: "meeting", source: "AZ", target: "PS", date: null, reportCount: 1, sources: [{ rule: "csv" }] });
    for (const event of [full, bare]) {
      const json = JSON.stringify(compactEvent(event));
      expect(StoredEvent.parse({ ...JSON.parse(json), id: event.id, reportCount: 1 })).toEqual(event);
    }
    expect(JSON.stringify(compactEvent(bare))).toBe('{"type":"meeting","source":"AZ","target":"PS","date":null,"sources":[{"rule":"csv"}]}');
  });
});
