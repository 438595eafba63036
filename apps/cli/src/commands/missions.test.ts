import { CoreError } from "@proj/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { runAgainst, seededKnowledgeBase, type TempKnowledgeBase } from "../testing.js";
import { missionsCommand } from "./missions.js";

let kb: TempKnowledgeBase;
beforeAll(async () => {
  kb = await seededKnowledgeBase();
});
afterAll(() => kb.remove());

const missions = (args: string[], isTTY = false) => runAgainst(missionsCommand, kb.db, args, { isTTY });

describe("chancery missions", () => {
  it("prints a readable table on a terminal", async () => {
    const { code, out } = await missions([], true);
    expect(code).toBe(0);
    expect(out).toMatchInlineSnapshot(`
      "id                                        kind               sender  host  city              status   since       level  sources
      PT-BR-consulate-general-rio-de-janeiro    consulate-general  PT      BR    Rio de Janeiro    open                 9      1
      PT-VN-consulate-general-ho-chi-minh-city  consulate-general  PT      VN    Ho Chi Minh City  planned              0      1
      PT-VN-embassy-hanoi                       embassy            PT      VN    Hanoi             open     2024-06-03  9      2
      "
    `);
  });

  it("prints the page as JSON when piped, with the cursor of the next page", async () => {
    const first = JSON.parse((await missions(["--limit", "2"])).out) as { items: { id: string }[]; nextCursor: string };
    expect(first.items.map((m) => m.id)).toEqual(["PT-BR-consulate-general-rio-de-janeiro", "PT-VN-consulate-general-ho-chi-minh-city"]);
    const second = JSON.parse((await missions(["--limit", "2", "--cursor", first.nextCursor])).out);
    expect(second).toMatchObject({ items: [{ id: "PT-VN-embassy-hanoi", history: [{ status: "open", date: "2024-06-03" }] }], nextCursor: null });
  });

  it("filters by sender, host, kind, status and city; codes in any case", async () => {
    const ids = async (args: string[]) => (JSON.parse((await missions(args)).out).items as { id: string }[]).map((m) => m.id);
    expect(await ids(["--host", "vn", "--kind", "embassy"])).toEqual(["PT-VN-embassy-hanoi"]);
    expect(await ids(["--sender", "PT", "--status", "planned"])).toEqual(["PT-VN-consulate-general-ho-chi-minh-city"]);
    expect(await ids(["--city", "rio de janeiro"])).toEqual(["PT-BR-consulate-general-rio-de-janeiro"]);
    expect(await ids(["--sender", "KE"])).toEqual([]);
  });

  it("writes real CSV, quoting what needs it, and NDJSON; a table says where the next page starts", async () => {
    const csv = await missions(["--format", "csv", "--limit", "1"]);
    expect(csv.out).toBe("id,kind,sender,host,city,status,since,level,sources\r\nPT-BR-consulate-general-rio-de-janeiro,consulate-general,PT,BR,Rio de Janeiro,open,,9,1\r\n");
    expect(csv.err).toMatch(/^more missions: add --cursor \S+\n$/);
    const ndjson = await missions(["--format", "ndjson"]);
    expect(ndjson.out.trimEnd().split("\n").map((line) => JSON.parse(line).id)).toHaveLength(3);
  });

  it.each([
    [["--sender", "XX"], 'INVALID_INPUT', '--sender: unknown country code "XX"'],
    [["--kind", "palace"], 'INVALID_INPUT', "--kind: "],
    [["--limit", "501"], 'INVALID_INPUT', "--limit: "],
    [["--cursor", "nonsense"], 'INVALID_INPUT', "the cursor is not one this store issued"],
    [["--format", "xml"], 'UNSUPPORTED_FORMAT', "--format must be one of table, json, ndjson, csv"],
    [["AZ"], 'INVALID_INPUT', 'unexpected argument "AZ"; filters are options, such as --sender VALUE'],
  ])("rejects %j", async (args, code, message) => {
    const error = await missions(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect(error).toMatchObject({ code, message: expect.stringContaining(message) });
  });

  it("says where it looked when there is no knowledge base", async () => {
    const error = await missionsCommand.run(["--db", kb.at("none.db")], memoryIo()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "NOT_FOUND", message: expect.stringContaining(`no knowledge base at ${kb.at("none.db")}`) });
  });
});
