import { DiplomaticEvent } from "@proj/core";
import { describe, expect, it } from "vitest";
import { StoredEvent, StoredMission, StoredOfficial } from "./queries.js";
import {
  batchProvenance, bulkEventRow, compactEvent, EVENT_COLUMNS, type EventRow, eventFromRow, eventRow, missionFromRow, officialFromRow, reasonsFromRow,
  STORED_EVENT_KEYS,
} from "./rows.js";
import type { SqlValue } from "./sql.js";

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

describe("reading rows back", () => {
  const FULL = StoredEvent.parse({
    id: "e1", type: "visit", source: "AZ", target: "PS", participants: ["TR"], date: "2023-03-30", reported: "2023-03-31",
    location: { city: "Ramallah", country: "PS" }, officials: ["Jeyhun Bayramov"], mission: { sender: "AZ", host: "PS", kind: "embassy" },
    modality: "planned", cameo: "042", plover: { category: "CONSULT", mode: "visit" }, reportCount: 1,
    sources: [{ documentId: "abc", url: "https://example.org/a", sentence: "S.", rule: "r", spans: [{ start: 0, end: 3 }], confidence: 0.5, input: "f#1", externalId: "x", reach: { mentions: 1, sources: 1, articles: 1 } }],
  });
  const BARE = StoredEvent.parse({ id: "e2", type: "meeting", source: "AZ", target: null, date: null, reportCount: 2, sources: [{ rule: "csv" }, { rule: "csv", documentId: "d" }] });
  const asRow = (values: SqlValue[]): EventRow => {
    const row = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, values[i]]));
    return row as unknown as EventRow;
  };
  // Byte for byte what the schema would output: same values, same key order.
  const schemaJson = (row: EventRow) => JSON.stringify(StoredEvent.parse({ ...JSON.parse(row.record), type: row.type, source: row.source, target: row.target, id: row.id, reportCount: Number(row.report_count), sources: JSON.parse(row.record).sources ?? [batchProvenance(row.batch!)] }));

  it.each([["full", FULL], ["bare", BARE]])("gives a merged %s event back as the schema would", (_, event) => {
    const row = asRow(eventRow(event, [event.source!, event.target ?? "ZZ"], null, ["first report"]));
    expect(JSON.stringify(eventFromRow(row))).toBe(JSON.stringify(event));
    expect(JSON.stringify(eventFromRow(row))).toBe(schemaJson(row));
  });

  it("gives a bulk event back with its batch's provenance, from a row without it", () => {
    const event = { ...BARE, sources: [], reportCount: 1 };
    const row = asRow(bulkEventRow(event, ["AZ", "ZZ"], null, "batch1"));
    expect(row.record).toBe('{"date":null}');
    expect(eventFromRow(row)).toEqual({ ...event, sources: [{ documentId: "batch1", spans: [], rule: "bulk", confidence: 1, input: "batch1#events" }] });
    expect(JSON.stringify(eventFromRow(row))).toBe(schemaJson(row));
    expect(reasonsFromRow(row)).toEqual(["bulk import: not merged"]);
    const own = asRow(bulkEventRow(FULL, ["AZ", "PS"], null, null));
    expect(JSON.stringify(eventFromRow(own))).toBe(JSON.stringify(FULL));
  });

  it("gives missions and officials back in the schema's key order", () => {
    const mission = StoredMission.parse({ id: "AZ-PS-embassy", sender: "AZ", host: "PS", kind: "embassy", status: "open", history: [{ status: "open", date: "2020" }] });
    const { id: _, sender, ...rest } = mission;
    const shuffled = JSON.stringify({ ...rest, sender }); // written without its id, sender last
    expect(JSON.stringify(missionFromRow({ id: mission.id, record: shuffled }))).toBe(JSON.stringify(mission));
    const official = StoredOfficial.parse({ id: "AZ-x", name: "X", country: "AZ", role: "ambassador" });
    expect(JSON.stringify(officialFromRow({ id: official.id, record: JSON.stringify({ ...official, id: undefined }) }))).toBe(JSON.stringify(official));
  });

  it.each([
    ["not JSON", "{", /events row e9 holds invalid JSON/],
    ["a field the schema lacks", '{"date":null,"colour":"red","sources":[]}', /events row e9 does not match its schema/],
    ["no date", '{"sources":[]}', /events row e9 does not match its schema/],
    ["sources that are not a list", '{"date":null,"sources":"AZ"}', /events row e9 does not match its schema/],
  ])("refuses a row holding %s as INTERNAL", (_, record, message) => {
    const row = { id: "e9", type: "visit", source: "AZ", target: "PS", record, report_count: 1, reasons: "", batch: null };
    expect(() => eventFromRow(row)).toThrow(expect.objectContaining({ code: "INTERNAL", message: expect.stringMatching(message) }));
  });
});
