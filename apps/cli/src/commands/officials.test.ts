import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAgainst, seededKnowledgeBase, type TempKnowledgeBase } from "../testing.js";
import { officialsCommand } from "./officials.js";

let kb: TempKnowledgeBase;
beforeAll(async () => {
  kb = await seededKnowledgeBase();
});
afterAll(() => kb.remove());

const officials = (args: string[], isTTY = false) => runAgainst(officialsCommand, kb.db, args, { isTTY });
const names = async (args: string[]) => (JSON.parse((await officials(args)).out).items as { name: string }[]).map((o) => o.name);

describe("chancery officials", () => {
  it("lists one row per person, each merged from both outlets", async () => {
    const { code, out } = await officials([], true);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe("id                name           country  role              title             aliases  sources");
    expect(out).toContain("PT-paulo-rangel   Paulo Rangel   PT       foreign-minister  Foreign Minister           2\n");
  });

  it("filters by country, role and part of a name", async () => {
    expect(await names(["--country", "vn"])).toEqual(["Bui Thanh Son"]);
    expect(await names(["--role", "foreign-minister"])).toEqual(["Paulo Rangel", "Bui Thanh Son"]);
    expect(await names(["--q", "rangel"])).toEqual(["Paulo Rangel"]);
    expect(await names(["--role", "ambassador"])).toEqual([]);
  });

  it("says so on stderr when nothing matches on a terminal", async () => {
    const { out, err } = await officials(["--q", "nobody"], true);
    expect(out).toBe("");
    expect(err).toBe("no officials found\n");
  });

  it.each([
    [["--country", "Portugal"], '--country: unknown country code "Portugal"'],
    [["--role", "king"], "--role: "],
  ])("rejects %j naming the option", async (args, message) => {
    await expect(officials(args)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining(message) });
  });
});
