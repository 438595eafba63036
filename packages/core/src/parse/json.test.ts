import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "../errors.js";
import { createJsonLocator, jsonSyntaxError, readJson } from "./json.js";
import { parseRecords } from "./parse.js";

const messages = (text: string) => parseRecords(text, { format: "json", file: "records.json" }).issues.map(formatIssue);

describe("JSON records", () => {
  it("reads a list, one record, or { missions, officials, events }", () => {
    const mission = { sender: "GD", host: "RH", kind: "embassy", status: "open", city: "Edoras" };
    const official = { name: "Éomer Éadig", country: "RH", role: "head-of-state" };
    const event = { type: "visit", source: "GD", target: "RH", date: "3019-03" };
    expect(parseRecords(JSON.stringify([mission, official, event]), { format: "json" })).toMatchObject({
      missions: [mission], officials: [official], events: [event], issues: [],
    });
    expect(parseRecords(JSON.stringify(official), { format: "json" }).officials).toHaveLength(1);
    const extraction = { document: { id: "x" }, missions: [mission], officials: [official], events: [event, event] };
    expect(parseRecords(JSON.stringify(extraction), { format: "json" })).toMatchObject({ missions: [mission], officials: [official], issues: [] });
  });

  it("reads the gold annotations of an eval file", () => {
    const gold = { id: "gd-1", text: "…", gold: { missions: [], officials: [{ name: "Imrahil", country: "GD", role: "official" }], events: [] } };
    expect(parseRecords(JSON.stringify(gold, null, 2), { format: "json" }).officials[0]?.name).toBe("Imrahil");
  });

  it("names the line and field of each bad record and keeps the good ones", () => {
    const text = `{
  "missions": [
    { "sender": "GD", "host": "RH", "kind": "embassy", "status": "open" },
    { "sender": "GD", "host": "RH", "kind": "embassy",
      "status": "opend" }
  ],
  "events": [{ "type": "visit", "source": "GD", "target": "RH", "date": "next week" }],
  "officials": {}
}`;
    const result = parseRecords(text, { format: "json", file: "records.json" });
    expect(result.missions).toHaveLength(1);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "records.json:5: status: expected one of planned, approved, open, suspended, closed (did you mean "open"?) (received "opend")",
        "records.json:7: date: expected an EDTF date such as 2023-03-30, 2023-03, 2023, 2023-03-26/2023-03-31 or 2023~ (received "next week")",
        "records.json:8: officials: expected a list of officials (received {})",
      ]
    `);
    expect(result.issues[0]).toMatchObject({ line: 5, column: 17, record: 1, field: "status" });
  });

  it("with a kind, reads only that group of a container", () => {
    const text = JSON.stringify({ missions: [{ sender: "GD", host: "RH", kind: "embassy", status: "open" }], officials: "not read" });
    expect(parseRecords(text, { format: "json", kind: "mission" })).toMatchObject({ issues: [], missions: [{ sender: "GD" }] });
  });

  it.each([
    ["", "records.json:1: invalid JSON: unexpected end of input; expected a value"],
    ['[{"sender": "GD",}]', `records.json:1: invalid JSON: trailing comma before '}' (received "}]")`],
    ['[\n  {"sender": "GD"}\n  {"sender": "RH"}\n]', `records.json:3: invalid JSON: expected ',' or ']' (received "{\\"sender\\": \\"RH\\"}\\n]")`],
    ["{'sender': 'GD'}", `records.json:1: invalid JSON: expected a property name in double quotes (received "'sender': 'GD'}")`],
    ['["Minas\nTirith"]', `records.json:1: invalid JSON: unterminated string (line break inside quotes) (received "\\nTirith\\"]")`],
    ["[1, 2] 3", `records.json:1: invalid JSON: unexpected text after the JSON value (received "3")`],
    ["[01]", `records.json:1: invalid JSON: expected ',' or ']' (received "1]")`],
    ['{"date": 2023-03-30}', `records.json:1: invalid JSON: expected ',' or '}' (received "-03-30}")`],
  ])("reports one located issue for the malformed file %j", (text, message) => {
    expect(messages(text)).toEqual([message]);
  });

  it("gives the column of a syntax error", () => {
    expect(readJson('{\n  "a": tru\n}').issues[0]).toMatchObject({ line: 2, column: 8 });
  });
});

describe("jsonSyntaxError", () => {
  it("finds an error exactly when JSON.parse throws", () => {
    const nearlyJson = fc.oneof(
      fc.json(),
      fc.json().chain((json) => fc.tuple(fc.nat({ max: json.length }), fc.constantFrom(",", "]", "}", '"', "\\", "\n", "-", "0", "e", " ", "")).map(([at, c]) => json.slice(0, at) + c + json.slice(at + 1))),
      fc.string({ unit: fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\\", "u", "0", "1", "-", ".", "e", "E", "+", "t", "r", "n", " ", "\t", "\u00a0") }),
    );
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const error = jsonSyntaxError(text);
        expect(error === null).toBe(parses);
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  }, 20_000);

  it("survives nesting deeper than the stack", () => {
    expect(jsonSyntaxError("[".repeat(200_000))).toEqual({ offset: 200_000, message: "unexpected end of input; expected a value" });
  });
});

describe("createJsonLocator", () => {
  it("finds where each value starts, whatever the layout", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const locate = createJsonLocator(text);
        const visit = (node: unknown, path: (string | number)[]): void => {
          const at = locate(path);
          if (node !== null && typeof node === "object") {
            expect(text[at]).toBe(Array.isArray(node) ? "[" : "{");
            for (const [key, child] of Object.entries(node)) visit(child, [...path, Array.isArray(node) ? Number(key) : key]);
          } else {
            expect(text.startsWith(JSON.stringify(node), at)).toBe(true);
          }
        };
        visit(value, []);
      }),
      { numRuns: 300 },
    );
  }, 20_000);

  it("stops at the nearest ancestor of a missing path, and takes the last of repeated keys", () => {
    const text = '{"a": {"b": 1, "b": [true]}}';
    const locate = createJsonLocator(text);
    expect(text.slice(locate(["a", "missing", 3]))).toBe('{"b": 1, "b": [true]}}');
    expect(text.slice(locate(["a", "b", 0]))).toBe("true]}}");
  });
});
