import { describe, expect, it } from "vitest";
import { toDocument } from "./document.js";
import { Extraction } from "./extraction.js";

const document = toDocument({ text: "Rohan will open an embassy in Minas Tirith.", published: "2023-05-02" });

describe("Extraction", () => {
  it("accepts a document with its records", () => {
    const extraction = Extraction.parse({
      document,
      missions: [{ sender: "RH", host: "GD", kind: "embassy", city: "Minas Tirith", status: "planned" }],
      officials: [],
      events: [{ type: "mission-announced", source: "RH", target: "GD", date: "2023-05-02" }],
    });
    expect(extraction.missions[0]?.city).toBe("Minas Tirith");
    expect(extraction.events[0]?.modality).toBe("asserted");
  });

  it("rejects a missing list and reports the path of a bad record", () => {
    expect(Extraction.safeParse({ document, missions: [], officials: [] }).success).toBe(false);
    const issues = Extraction.safeParse({ document, missions: [{ sender: "RH" }], officials: [], events: [] }).error?.issues ?? [];
    expect(issues[0]?.path).toEqual(["missions", 0, "host"]);
  });
});
