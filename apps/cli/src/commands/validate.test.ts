import { fileURLToPath } from "node:url";
import { CoreError } from "@proj/core";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { validate } from "./validate.js";

const example = (name: string) => fileURLToPath(new URL(`../../../../examples/${name}`, import.meta.url));
const relative = (text: string) => text.replaceAll(fileURLToPath(new URL("../../../../", import.meta.url)), "");

describe("chancery validate", () => {
  it.each(["missions.csv", "records.json", "officials.yaml", "events.ndjson"])("finds the example %s valid", async (name) => {
    const io = memoryIo();
    expect(await validate.run([example(name)], io)).toBe(0);
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/^\d+ records valid, 0 errors in 1 file\n$/);
  });

  it("prints each issue as file:line: field: reason on stdout and a summary on stderr, exit 1", async () => {
    const io = memoryIo();
    expect(await validate.run([example("missions-bad.csv"), example("missions.csv")], io)).toBe(1);
    expect(relative(io.out())).toMatchInlineSnapshot(`
      "examples/missions-bad.csv:2: status: expected one of planned, approved, open, suspended, closed (did you mean "open"?) (received "opened")
      "
    `);
    expect(io.err()).toBe("9 records valid, 1 error in 2 files\n");
  });

  it("prints one JSON object with --json", async () => {
    const io = memoryIo();
    expect(await validate.run(["--json", example("missions-bad.csv")], io)).toBe(1);
    const report = JSON.parse(io.out());
    expect(report).toMatchObject({ valid: false, records: 1, errors: 1, files: [{ format: "csv", missions: 1, issues: [{ line: 2, record: 0, field: "status" }] }] });
  });

  it("reads stdin for -, once however often it is named", async () => {
    const io = memoryIo({ stdin: '{"type":"visit","source":"EE","target":"KR","date":"2024"}\n' });
    expect(await validate.run(["--format", "ndjson", "--kind", "event", "-", "-"], io)).toBe(0);
    expect(io.err()).toBe("2 records valid, 0 errors in 2 files\n");
  });

  it("reports a file it cannot read and still checks the others", async () => {
    const io = memoryIo();
    expect(await validate.run(["does-not-exist.csv", example("missions.csv")], io)).toBe(1);
    expect(io.out()).toBe("does-not-exist.csv: cannot read the file: no such file\n");
  });

  it("colours only when the Io allows it", async () => {
    const io = memoryIo({ isTTY: true, color: true });
    await validate.run([example("missions-bad.csv")], io);
    expect(io.out()).toContain("\u001b[36m");
    expect(io.err()).toContain("\u001b[31m");
  });

  it.each([
    [[], "INVALID_INPUT", "no files given; pass one or more FILEs, or - to read stdin"],
    [["--bogus", "a.csv"], "INVALID_INPUT", "Unknown option '--bogus'"],
    [["--format"], "INVALID_INPUT", "Option '--format <value>' argument missing"],
    [["--format", "xml", "a.xml"], "UNSUPPORTED_FORMAT", '--format must be one of json, ndjson, csv, yaml (received "xml")'],
    [["--kind", "treaty", "a.csv"], "INVALID_INPUT", '--kind must be one of mission, official, event, auto (received "treaty")'],
  ])("rejects the usage %j", async (args, code, message) => {
    const error = await validate.run(args, memoryIo()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect(error).toMatchObject({ code, message });
  });
});
