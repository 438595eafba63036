import { describe, expect, it } from "vitest";
import * as z from "zod";
import { CoreError, fail, formatIssue, issuesFromZod, ok, preview } from "./errors.js";

describe("formatIssue", () => {
  it("prints file:line: field: reason", () => {
    expect(formatIssue({ file: "m.csv", line: 3, field: "host", message: "expected an ISO code", received: '"Gondor"' })).toBe(
      'm.csv:3: host: expected an ISO code (received "Gondor")',
    );
  });
  it("falls back to the record number when there is no line", () => {
    expect(formatIssue({ file: "m.json", record: 0, message: "bad" })).toBe("m.json:record 1: bad");
  });
});

describe("preview", () => {
  it("truncates long values", () => {
    expect(preview("x".repeat(100), 10)).toHaveLength(10);
  });
  it("survives values nested too deep to stringify", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(preview(deep)).toBe("[…]");
  });
});

describe("issuesFromZod", () => {
  it("names the field and the received value", () => {
    const input = { sender: "AZ", host: 42 };
    const result = z.object({ sender: z.string(), host: z.string() }).safeParse(input);
    expect(result.success).toBe(false);
    const issues = issuesFromZod(result.error!, { file: "a.json", line: 2 }, input);
    expect(issues).toEqual([{ file: "a.json", line: 2, field: "host", message: expect.any(String), received: "42" }]);
  });
});

describe("Result helpers", () => {
  it("wrap success and failure", () => {
    expect(ok(1)).toEqual({ success: true, data: 1 });
    const error = new CoreError("NOT_FOUND", "no such mission");
    expect(fail(error)).toEqual({ success: false, error });
    expect(error.code).toBe("NOT_FOUND");
  });
});
