import { describe, expect, it } from "vitest";
import { formatIssue } from "../errors.js";
import { parseRecords } from "./parse.js";

describe("NDJSON records", () => {
  it("reads one record a line, skipping blank lines and CRLF endings", () => {
    const text = '{"type":"meeting","source":"GD","target":"RH","date":"3019-03-15"}\r\n\r\n{"name":"Denethor","country":"GD","role":"official"}\r\n';
    const result = parseRecords(text, { format: "ndjson" });
    expect(result.events).toHaveLength(1);
    expect(result.officials).toHaveLength(1);
    expect(result.issues).toEqual([]);
  });

  it("reports a bad line at its line and column and reads on", () => {
    const text = [
      '{"type":"visit","source":"GD","target":"RH","date":"3019-03-15"}',
      '{"type":"visit","source":"GD","target":"RH","date":"3019-03-15",}',
      '{"type":"visit","source":"GD","target":"RH","date":"3019-03-15","officials":["Faramir", 7]}',
      "",
      '{"type":"visit","source":"GD","target":"RH"}',
      "[]",
      '"a string"',
    ].join("\n");
    const result = parseRecords(text, { format: "ndjson", file: "events.ndjson" });
    expect(result.events).toHaveLength(1);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "events.ndjson:2: invalid JSON: trailing comma before '}' (received "}")",
        "events.ndjson:3: officials[1]: Invalid input: expected string, received number (received 7)",
        "events.ndjson:5: date: required (null when unknown); expected string",
        "events.ndjson:7: expected a record, a list of records or { missions, officials, events } (received "a string")",
      ]
    `);
    expect(result.issues[1]).toMatchObject({ line: 3, column: 89, record: 1, field: "officials[1]" });
  });

  it("gives an empty file no records and no issues", () => {
    expect(parseRecords("\n\n", { format: "ndjson" })).toEqual({ missions: [], officials: [], events: [], issues: [] });
  });
});
