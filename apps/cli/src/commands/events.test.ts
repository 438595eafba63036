import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAgainst, seededKnowledgeBase, type TempKnowledgeBase } from "../testing.js";
import { eventsCommand } from "./events.js";

let kb: TempKnowledgeBase;
beforeAll(async () => {
  kb = await seededKnowledgeBase();
});
afterAll(() => kb.remove());

const events = (args: string[], isTTY = false) => runAgainst(eventsCommand, kb.db, args, { isTTY });
const types = async (args: string[]) => (JSON.parse((await events(args)).out).items as { type: string }[]).map((e) => e.type);

describe("chancery events", () => {
  it("lists events by date, one per happening with its number of reports", async () => {
    const { code, out } = await events([], true);
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^date {8}type {17}source {2}target {2}officials {20}reports {2}id$/);
    expect(lines[1]).toMatch(/^2024-05-03 {2}ambassador-recalled {2}KE {6}GH {6}\s+1 {8}ev-/);
    expect(lines.slice(2).map((line) => line.split(/\s{2,}/).slice(1, 4))).toEqual(
      expect.arrayContaining([["visit", "PT", "VN"], ["mission-opened", "PT", "VN"], ["meeting", "PT", "VN"]]),
    );
    expect(lines.slice(2).every((line) => / 2 {8}ev-/.test(line))).toBe(true);
  });

  it("filters by actor, dyad (either order), type and dates", async () => {
    expect(await types(["--actor", "gh"])).toEqual(["ambassador-recalled"]);
    expect((await types(["--dyad", "VN,PT"])).sort()).toEqual(["meeting", "mission-opened", "visit"]);
    expect(await types(["--type", "visit"])).toEqual(["visit"]);
    expect(await types(["--from", "2024-06", "--to", "2024-06"])).toHaveLength(3);
    expect(await types(["--to", "2024-05"])).toEqual(["ambassador-recalled"]);
  });

  it("writes CSV with the officials of an event in one quoted-when-needed field", async () => {
    const { out } = await events(["--format", "csv", "--type", "meeting"]);
    const [header, row] = out.split("\r\n");
    expect(header).toBe("date,type,source,target,officials,reports,id");
    expect(row).toMatch(/^2024-06-03,meeting,PT,VN,Paulo Rangel; Bui Thanh Son,2,ev-\w+$/);
  });

  it.each([
    [["--dyad", "PT"], "--dyad: expected two codes separated by a comma, such as AZ,IL"],
    [["--dyad", "PT,ZZ"], '--dyad: unknown country code "ZZ"'],
    [["--from", "last week"], "--from: "],
    [["--type", "war"], "--type: "],
  ])("rejects %j naming the option", async (args, message) => {
    await expect(events(args)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining(message) });
  });
});
