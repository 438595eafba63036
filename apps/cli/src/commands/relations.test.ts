import { Relations } from "@proj/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { memoryIo } from "../io.js";
import { runAgainst, seededKnowledgeBase, type TempKnowledgeBase } from "../testing.js";
import { relationsCommand } from "./relations.js";

let kb: TempKnowledgeBase;
beforeAll(async () => {
  kb = await seededKnowledgeBase();
});
afterAll(() => kb.remove());

const relations = (args: string[], options: Parameters<typeof memoryIo>[0] = {}) => runAgainst(relationsCommand, kb.db, args, options);

describe("chancery relations", () => {
  it("shows a timeline on a terminal: each direction's posts with history and level, then events with their sentences and URLs", async () => {
    const { code, out } = await relations(["PT", "VN"], { isTTY: true });
    expect(code).toBe(0);
    expect(out).toMatch(/^Portugal \(PT\) ↔ Vietnam \(VN\)\n\nPortugal in Vietnam — representation: other or unknown \(9\)\n/);
    expect(out).toContain("  embassy  Hanoi  open  level 9  PT-VN-embassy-hanoi\n    2024-06-03  open      2 sources\n");
    expect(out).toContain("Vietnam in Portugal — representation: none (0)\n  no missions known\n");
    expect(out).toContain("Events (3)\n");
    expect(out).toMatch(/ {2}2024-06-03 {2}mission-opened {2}PT → VN {2}2 reports\n/);
    expect(out).toContain("      “Portugal inaugurated its embassy in Hanoi on Monday.”\n        https://mekong-daily.example.com/portugal-embassy\n");
    expect(out).toContain("      “Portugal opened an embassy in Hanoi on Monday, the foreign ministry in Lisbon said.”\n        https://tagus-times.example.com/portugal-hanoi\n");
    expect(out).toMatch(/meeting {9}PT ↔ VN {2}Paulo Rangel, Bui Thanh Son {2}2 reports/);
    expect(out).not.toContain("\u001b[");
  });

  it("colours the view only when the Io allows it", async () => {
    expect((await relations(["PT", "VN"], { isTTY: true, color: true })).out).toContain("\u001b[1mPortugal (PT) ↔ Vietnam (VN)\u001b[22m");
  });

  it("prints the Relations as JSON when piped or asked, codes in any case", async () => {
    const piped = Relations.parse(JSON.parse((await relations(["vn", "pt"])).out));
    expect(piped).toMatchObject({ a: "VN", b: "PT", representation: { aInB: 0, bInA: 9 } });
    expect(piped.missions.bInA.map((m) => m.id)).toEqual(["PT-VN-consulate-general-ho-chi-minh-city", "PT-VN-embassy-hanoi"]);
    const asked = JSON.parse((await relations(["--format", "json", "PT", "VN"], { isTTY: true })).out);
    expect(asked.timeline.map((e: { type: string }) => e.type).sort()).toEqual(["meeting", "mission-opened", "visit"]);
  });

  it("says so when two states share nothing yet", async () => {
    const { out } = await relations(["KE", "VN"], { isTTY: true });
    expect(out).toContain("Events (0)\n  none known\n");
  });

  it.each([
    [["PT"], 'expected A B: 2 country codes such as AZ IL (received "PT")'],
    [["PT", "Vietnam"], 'B: unknown country code "Vietnam"'],
    [["XX", "VN"], 'A: unknown country code "XX"'],
    [["--format", "csv", "PT", "VN"], "--format must be one of table, json"],
  ])("rejects %j with a usage error naming the argument", async (args, message) => {
    await expect(relations(args)).rejects.toMatchObject({ message: expect.stringContaining(message) });
  });
});
