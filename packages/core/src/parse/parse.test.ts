import fc from "fast-check";
import { stringify as toYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { DiplomaticEvent } from "../model/event.js";
import { DiplomaticMission } from "../model/mission.js";
import { Official } from "../model/official.js";
import {
  detectFormat, parseEvents, parseMissions, parseOfficials, parseRecords, ParseRequest, sniffFormat, summarizeValidation, validateText,
} from "./parse.js";
import { RECORD_FORMATS, RECORD_KINDS, type ParsedRecords, type RecordFormat } from "./records.js";

const mission = { sender: "GD", host: "RH", kind: "embassy", city: "Edoras", status: "open" };
const official = { name: "Faramir", country: "GD", role: "envoy", aliases: ["Captain of Ithilien"] };
const event = { type: "visit", source: "GD", target: "RH", date: "3019-03-15", officials: ["Faramir"] };

const SAMPLES: Record<RecordFormat, string> = {
  json: JSON.stringify({ missions: [mission], officials: [official], events: [event] }, null, 2),
  ndjson: [mission, official, event].map((r) => JSON.stringify(r)).join("\n"),
  csv: 'sender,host,kind,city,status,lat,lon\nGD,RH,embassy,Edoras,open,47.5,-3\nRH,GD,consulate,"Minas\nTirith",planned,,\n',
  yaml: toYaml([mission, official, event]),
};

describe("parseRecords", () => {
  it.each(RECORD_FORMATS)("reads the %s sample without issues", (format) => {
    const result = parseRecords(SAMPLES[format], { format });
    expect(result.issues).toEqual([]);
    expect(result.missions.length + result.officials.length + result.events.length).toBeGreaterThanOrEqual(2);
  });

  it("takes the format from the file name, then from the text, and skips a byte-order mark", () => {
    expect(parseRecords(`\uFEFF${SAMPLES.csv}`, { file: "missions.csv" }).missions).toHaveLength(2);
    expect(parseRecords(SAMPLES.ndjson).events).toHaveLength(1);
    expect(parseRecords(`\uFEFF${SAMPLES.json}`).officials).toHaveLength(1);
  });

  it("throws only for a format outside the list, which TypeScript callers cannot pass", () => {
    expect(() => parseRecords("<x/>", { format: "xml" as RecordFormat })).toThrow("format must be one of json, ndjson, csv, yaml");
  });

  it("reads a record of another kind as the kind it was told, and says what is wrong", () => {
    const { missions, issues } = parseRecords(JSON.stringify([official]), { kind: "mission", file: "x.json" });
    expect(missions).toEqual([]);
    expect(issues.map((i) => i.field)).toEqual(["sender", "host", "kind", "status", "name", "country", "role", "aliases"]);
  });
});

describe("parseMissions, parseOfficials, parseEvents", () => {
  it("return the records of their kind", () => {
    expect(parseMissions(SAMPLES.json, { format: "json" }).records).toEqual([DiplomaticMission.parse(mission)]);
    const officials = parseOfficials(SAMPLES.yaml, { format: "yaml" });
    expect(officials.records).toEqual([Official.parse(official)]);
    expect(new Set(officials.issues.map((i) => i.record))).toEqual(new Set([0, 2]));
    expect(parseEvents(JSON.stringify(event), { format: "ndjson" }).records).toEqual([DiplomaticEvent.parse(event)]);
  });

  it("report records that are not of their kind", () => {
    expect(parseEvents(JSON.stringify(mission), { format: "json" }).issues[0]).toMatchObject({ line: 1, record: 0, field: "type" });
    expect(parseOfficials("sender,host\nGD,RH\n", { format: "csv" }).issues.map((i) => i.message)).toEqual([
      "unknown column, ignored",
      "unknown column, ignored",
      "required; expected string",
      "required; expected string",
      "required; expected one of head-of-state, head-of-government, foreign-minister, deputy-foreign-minister, minister, ambassador, charge-d-affaires, consul, envoy, diplomat, legislator, official",
    ]);
  });
});

describe("detectFormat", () => {
  it.each([
    ["missions.csv", "csv"],
    ["data/EVENTS.JSONL", "ndjson"],
    ["x.ndjson", "ndjson"],
    ["officials.yml", "yaml"],
    ["gold/001.json", "json"],
    ["table.tsv", "csv"],
  ])("%s → %s", (name, format) => {
    expect(detectFormat(name)).toBe(format);
  });

  it.each(["README", "notes.txt", "x.json.gz", "a.constructor", "-"])("gives null for %j", (name) => {
    expect(detectFormat(name)).toBeNull();
  });
});

describe("sniffFormat", () => {
  it.each([
    [SAMPLES.json, "json"],
    [SAMPLES.ndjson, "ndjson"],
    [SAMPLES.csv, "csv"],
    [SAMPLES.yaml, "yaml"],
    ["name: Faramir\n", "yaml"],
    ["---\n", "yaml"],
    ['{"type": "visit"}', "json"],
    ["type;source\nvisit;GD\n", "csv"],
  ])("guesses %j as %s", (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it("falls back to YAML for text that names no format, which then reports it", () => {
    expect(sniffFormat("hello")).toBe("yaml");
    expect(parseRecords("hello").issues[0]?.message).toBe("expected a record, a list of records or { missions, officials, events }");
  });
});

describe("validateText and summarizeValidation", () => {
  it("count the valid records and the issues of each file", () => {
    const good = validateText(SAMPLES.csv, { file: "missions.csv" });
    const bad = validateText('[{"type": "visit"}]', { file: "events.json" });
    expect(good).toEqual({ file: "missions.csv", format: "csv", missions: 2, officials: 0, events: 0, issues: [] });
    expect(bad).toMatchObject({ format: "json", events: 0, issues: [{ file: "events.json" }, {}, {}] });
    expect(summarizeValidation([good, bad])).toMatchObject({ valid: false, records: 2, errors: 3 });
  });

  it("call no files valid", () => {
    expect(summarizeValidation([])).toEqual({ valid: true, records: 0, errors: 0, files: [] });
  });
});

// No input may crash a parser or pass invalid data.
describe("parsers on hostile input", () => {
  const check = (result: ParsedRecords) => {
    for (const m of result.missions) expect(DiplomaticMission.safeParse(m).success).toBe(true);
    for (const o of result.officials) expect(Official.safeParse(o).success).toBe(true);
    for (const e of result.events) expect(DiplomaticEvent.safeParse(e).success).toBe(true);
    for (const issue of result.issues) {
      expect(issue.line !== undefined || issue.record !== undefined).toBe(true);
      if (issue.line !== undefined) expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.received === undefined || issue.received.length <= 40).toBe(true);
    }
  };
  const format = fc.constantFrom(...RECORD_FORMATS);
  const kind = fc.constantFrom(...RECORD_KINDS);
  const syntax = fc.string({ unit: fc.constantFrom(..."{}[],:;|\"'\\\n\r\t -#&*!>%@`?~0123456789aeflnrstuGDRH", "null", "true", "sender", "type", "name") });

  it("never throw on random text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), syntax), format, kind, (text, f, k) => {
        check(parseRecords(text, { format: f, kind: k, file: "random" }));
      }),
      { numRuns: 1500 },
    );
  });

  it("never throw on a truncated valid file", () => {
    fc.assert(
      fc.property(format, fc.nat(), kind, (f, cut, k) => {
        const text = SAMPLES[f];
        check(parseRecords(text.slice(0, cut % (text.length + 1)), { format: f, kind: k }));
      }),
      { numRuns: 600 },
    );
  });

  const confused = fc.oneof(
    fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.string(), fc.array(fc.string()), fc.object(), fc.array(fc.anything()),
    fc.constant("x".repeat(20_000)), fc.constant(["GD", 3, null]), fc.constant({ lat: "north" }),
  );
  const record = fc
    .tuple(fc.constantFrom<Record<string, unknown>>(mission, official, event), fc.dictionary(fc.constantFrom("sender", "host", "kind", "status", "city", "name", "role", "country", "aliases", "type", "source", "date", "officials", "coordinates", "extra"), confused))
    .map(([base, changes]) => ({ ...base, ...changes }));

  it("account for every type-confused record: valid, or named by an issue", () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.constantFrom("json", "ndjson", "yaml"), kind, (records, f, k) => {
        const text = f === "json" ? JSON.stringify(records) : f === "ndjson" ? records.map((r) => JSON.stringify(r)).join("\n") : toYaml(records);
        const result = parseRecords(text, { format: f, kind: k });
        check(result);
        const named = new Set(result.issues.map((i) => i.record));
        expect(result.missions.length + result.officials.length + result.events.length + named.size).toBe(records.length);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("never throw on type-confused CSV cells", () => {
    const cell = (value: unknown) => `"${(typeof value === "string" ? value : JSON.stringify(value) ?? "").replaceAll('"', '""')}"`;
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), kind, (records, k) => {
        const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
        const text = [columns.join(","), ...records.map((r) => columns.map((c) => cell(r[c] ?? "")).join(","))].join("\n");
        check(parseRecords(text, { format: "csv", kind: k }));
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("survive values nested deeper than JSON.stringify can print", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const text = `[{"sender": ${deep}, "host": "GD", "kind": "embassy", "status": "open"}]`;
    for (const f of ["json", "ndjson"] as const) {
      const result = parseRecords(text, { format: f, kind: "auto" });
      check(result);
      expect(result.issues[0]).toMatchObject({ line: 1, field: "sender", received: "[…]" });
    }
    check(parseRecords(`sender: ${"[".repeat(5000)}${"]".repeat(5000)}\n`, { format: "yaml" }));
  });
});

describe("ParseRequest", () => {
  it("accepts a text with optional format, kind and file", () => {
    expect(ParseRequest.parse({ text: "a,b\n", format: "csv" })).toEqual({ text: "a,b\n", format: "csv" });
  });

  it("rejects an unknown format, a missing text and unknown fields", () => {
    const issues = ParseRequest.safeParse({ format: "xml", body: "…" }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join(".") || i.code)).toEqual(["text", "format", "unrecognized_keys"]);
  });
});
