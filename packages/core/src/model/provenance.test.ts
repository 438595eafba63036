import { describe, expect, it } from "vitest";
import { Provenance, Span } from "./provenance.js";

describe("Span", () => {
  it("accepts an empty or forward range", () => {
    expect(Span.parse({ start: 4, end: 4 })).toEqual({ start: 4, end: 4 });
    expect(Span.parse({ start: 0, end: 12 })).toEqual({ start: 0, end: 12 });
  });

  it.each([
    ["a backward range", { start: 5, end: 2 }, "end must not be before start"],
    ["a negative start", { start: -1, end: 2 }, "Too small: expected number to be >=0"],
    ["a fractional end", { start: 0, end: 1.5 }, "Invalid input: expected int, received number"],
  ])("rejects %s", (_, span, message) => {
    expect(Span.safeParse(span).error?.issues[0]?.message).toBe(message);
  });
});

describe("Provenance", () => {
  it("needs only a rule", () => {
    expect(Provenance.parse({ rule: "visit.arrived" })).toEqual({ rule: "visit.arrived", spans: [], confidence: 1 });
  });

  it.each([
    ["a confidence above 1", { confidence: 1.2 }],
    ["an empty rule", { rule: "" }],
    ["a javascript: URL", { url: "javascript:alert(1)" }],
    ["an ftp URL", { url: "ftp://example.org/a" }],
    ["a bad span", { spans: [{ start: 3, end: 1 }] }],
    ["a negative reach", { reach: { mentions: -1, sources: 1, articles: 1 } }],
    ["an empty external id", { externalId: "" }],
  ])("rejects %s", (_, change) => {
    expect(Provenance.safeParse({ rule: "visit.arrived", ...change }).success).toBe(false);
  });

  it("keeps an imported row's id and reach", () => {
    const gdelt = { rule: "gdelt", input: "x.CSV:3", externalId: "881990833", reach: { mentions: 10, sources: 1, articles: 10 } };
    expect(Provenance.parse(gdelt)).toEqual({ ...gdelt, spans: [], confidence: 1 });
  });

  it("accepts an http(s) URL", () => {
    expect(Provenance.parse({ rule: "csv", url: "https://example.org/news/1" }).url).toBe("https://example.org/news/1");
  });
});
