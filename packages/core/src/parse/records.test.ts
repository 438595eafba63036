import { describe, expect, it } from "vitest";
import { classifyRecord, closest, collectRecords, lineIndex, requiredNullable, safePreview, type SourceValue } from "./records.js";

const at = (value: unknown): SourceValue => ({ value, locate: (path) => ({ line: path.length + 1 }) });

describe("classifyRecord", () => {
  it.each([
    [{ type: "visit", sender: "GD" }, "event"],
    [{ host: "RH" }, "mission"],
    [{ sender: "GD", name: "x" }, "mission"],
    [{ name: "Faramir" }, "official"],
    [{ role: "envoy" }, "official"],
  ])("%j is an %s", (record, kind) => {
    expect(classifyRecord(record)).toBe(kind);
  });

  it("does not guess from other fields or inherited ones", () => {
    expect(classifyRecord({ city: "Edoras", status: "open" })).toBeNull();
    expect(classifyRecord(Object.create({ type: "visit" }) as Record<string, unknown>)).toBeNull();
  });
});

describe("collectRecords", () => {
  it("stamps the file and a running record index on issues, in line order", () => {
    const result = collectRecords({ values: [at([{ name: "A", country: "GD", role: "envoy" }, { role: "king" }]), at({ city: "x" })], issues: [{ line: 1, message: "read problem" }] }, "auto", "f.json");
    expect(result.officials).toHaveLength(1);
    expect(result.issues.map(({ file, line, record, field }) => ({ file, line, record, field }))).toEqual([
      { file: "f.json", line: 1, record: undefined, field: undefined },
      { file: "f.json", line: 1, record: 2, field: undefined },
      { file: "f.json", line: 3, record: 1, field: "name" },
      { file: "f.json", line: 3, record: 1, field: "country" },
      { file: "f.json", line: 3, record: 1, field: "role" },
    ]);
  });

  it("reports a container group that is not a list, and a value that is no record", () => {
    const result = collectRecords({ values: [at({ events: { type: "visit" } }), at(42)], issues: [] }, "auto");
    expect(result.issues.map((i) => i.message)).toEqual([
      "expected a record, a list of records or { missions, officials, events }",
      "expected a list of events",
    ]);
  });
});

describe("helpers", () => {
  it("lineIndex maps offsets to lines and columns", () => {
    const position = lineIndex("ab\ncd\r\n\nef");
    expect([0, 2, 3, 7, 8, 9].map(position)).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 3 }, { line: 2, column: 1 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 2 },
    ]);
    expect(lineIndex("")(0)).toEqual({ line: 1, column: 1 });
  });

  it("closest suggests a near field and nothing for a far one", () => {
    expect(closest("Adress", ["address", "city"])).toBe("address");
    expect(closest("rank", ["name", "role"])).toBeUndefined();
    expect(closest("zz", ["a"])).toBeUndefined();
  });

  it("safePreview truncates and survives deep nesting", () => {
    expect(safePreview("x".repeat(100))).toHaveLength(40);
    expect(safePreview(JSON.parse(`${"[".repeat(50_000)}${"]".repeat(50_000)}`))).toBe("[…]");
  });

  it("requiredNullable lists the fields an event must have even when unknown", () => {
    expect(requiredNullable("event")).toEqual(new Set(["source", "target", "date"]));
    expect(requiredNullable("mission")).toEqual(new Set());
  });
});
