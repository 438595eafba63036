import { CountryProfile } from "@proj/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAgainst, seededKnowledgeBase, type TempKnowledgeBase } from "../testing.js";
import { countryCommand } from "./country.js";

let kb: TempKnowledgeBase;
beforeAll(async () => {
  kb = await seededKnowledgeBase();
});
afterAll(() => kb.remove());

const country = (args: string[], isTTY = false) => runAgainst(countryCommand, kb.db, args, { isTTY });

describe("chancery country", () => {
  it("shows missions abroad and hosted with counts by kind, the years the network changed, and officials", async () => {
    const { code, out } = await country(["PT"], true);
    expect(code).toBe(0);
    expect(out).toMatchInlineSnapshot(`
      "Portugal (PT)

      Missions abroad (3 missions, 2 open: consulate-general 1, embassy 1)
        in            kind               city              status   since       level
        Brazil (BR)   consulate-general  Rio de Janeiro    open                 9
        Vietnam (VN)  consulate-general  Ho Chi Minh City  planned              0
        Vietnam (VN)  embassy            Hanoi             open     2024-06-03  9

      Missions hosted (0 missions, 0 open)
        none known

      Open posts at the end of the year, in the years they changed
        year  abroad  hosted
        2024  1       0

      Officials (1)
        name          role              title             also written
        Paulo Rangel  foreign-minister  Foreign Minister
      "
    `);
  });

  it("shows a host's side too", async () => {
    const { out } = await country(["VN"], true);
    expect(out).toContain("Missions hosted (2 missions, 1 open: embassy 1)\n");
    expect(out).toContain("  Portugal (PT)  embassy            Hanoi             open     2024-06-03  9\n");
    expect(out).toContain("Officials (1)\n");
  });

  it("prints the CountryProfile as JSON when piped", async () => {
    const profile = CountryProfile.parse(JSON.parse((await country(["pt"])).out));
    expect(profile.counts.abroad).toMatchObject({ open: 2, byKind: { embassy: 1, "consulate-general": 1 }, byStatus: { open: 2, planned: 1 } });
    expect(profile.officials.map((o) => o.name)).toEqual(["Paulo Rangel"]);
  });

  it.each([
    [[], "expected CODE: a country code such as AZ (received nothing)"],
    [["Portugal"], 'CODE: unknown country code "Portugal"'],
    [["PT", "VN"], 'expected CODE: a country code such as AZ (received "PT" "VN")'],
  ])("rejects %j with a usage error naming the argument", async (args, message) => {
    await expect(country(args)).rejects.toMatchObject({ code: "INVALID_INPUT", message: expect.stringContaining(message) });
  });
});
