import { describe, expect, it } from "vitest";
import { annotate } from "./annotate.js";

describe("annotate", () => {
  it("marks the states, cities, titles, people and dates a text names, in order", () => {
    const text = "Norway's Foreign Minister Kari Nordmann arrived in Nairobi on Tuesday for talks with Kenyan officials.";
    const spans = annotate({ text, published: "2024-05-09" });
    expect(spans.map((s) => [s.kind, s.text, s.value])).toEqual([
      ["actor", "Norway", "NO"],
      ["title", "Foreign Minister", "foreign-minister"],
      ["person", "Kari Nordmann", "Kari Nordmann"],
      ["city", "Nairobi", "KE"],
      ["date", "on Tuesday", "2024-05-07"],
      ["actor", "Kenyan", "KE"],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("never returns overlapping spans", () => {
    const text = "The Azerbaijani Embassy in Tel Aviv opened on 29 March 2023, and the Israeli ambassador in Baku welcomed it.";
    const spans = annotate({ text, published: "2023-03-30" });
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    expect(spans.find((s) => s.kind === "date")).toMatchObject({ value: "2023-03-29" });
  });
});
