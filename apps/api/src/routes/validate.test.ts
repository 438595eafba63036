import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { listen } from "../testing.js";

let api: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  api = await listen(createApp());
});
afterAll(() => api.close());

const example = (name: string) => readFile(new URL(`../../../../examples/${name}`, import.meta.url), "utf8");
const post = (body: string, type: string, query = "") =>
  fetch(`${api.url}/v1/validate${query}`, { method: "POST", headers: { "content-type": type }, body });

describe("POST /v1/validate", () => {
  it("validates { text, format, kind, file } and returns the CLI's --json report", async () => {
    const text = await example("missions-bad.csv");
    const res = await post(JSON.stringify({ text, format: "csv", kind: "mission", file: "missions-bad.csv" }), "application/json");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      valid: false,
      records: 1,
      errors: 1,
      files: [
        {
          file: "missions-bad.csv", format: "csv", missions: 1, officials: 0, events: 0,
          issues: [{
            file: "missions-bad.csv", line: 2, record: 0, field: "status",
            message: 'expected one of planned, approved, open, suspended, closed (did you mean "open"?)', received: '"opened"',
          }],
        },
      ],
    });
  });

  it.each([
    ["missions.csv", "text/csv", ""],
    ["events.ndjson", "application/x-ndjson", ""],
    ["officials.yaml", "application/yaml", ""],
    ["records.json", "text/plain", "?format=json&file=records.json"],
    ["events.ndjson", "text/plain", ""],
  ])("reads %s sent as %s%s", async (name, type, query) => {
    const res = await post(await example(name), type, query);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ valid: true, errors: 0 });
  });

  it("names the field of a bad request", async () => {
    const res = await post(JSON.stringify({ text: "", format: "xml" }), "application/json");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: "INVALID_INPUT", issues: [{ field: "format", received: '"xml"' }] });
    const raw = await post("a,b\n", "text/csv", "?kind=treaty");
    expect(await raw.json()).toMatchObject({ status: 400, detail: "invalid query parameters", issues: [{ field: "kind" }] });
  });

  it("tells a client that sends a records list as JSON how to send it", async () => {
    const res = await post(await example("records.json"), "application/json");
    expect(await res.json()).toMatchObject({ status: 400, detail: expect.stringContaining("Content-Type text/plain and ?format=") });
  });

  it("answers an unknown media type with 415", async () => {
    const res = await post("<missions/>", "application/xml");
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ code: "UNSUPPORTED_FORMAT" });
  });
});
