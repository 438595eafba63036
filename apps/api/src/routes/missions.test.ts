import { pageOf, StoredMission } from "@proj/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem, type SeededApi, startSeededApi } from "../store-testing.js";

let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(() => api.close());

const MissionPage = pageOf(StoredMission).extend({ next: StoredMission.shape.id.nullable() });
const page = async (path: string) => {
  const res = await api.get(path);
  expect(res.status).toBe(200);
  return { body: MissionPage.parse(await res.json()), link: res.headers.get("link") };
};

describe("GET /v1/missions", () => {
  it("lists missions by id, merged across the example articles", async () => {
    const { body, link } = await page("/v1/missions");
    expect(body.items.map((m) => m.id)).toEqual([
      "AZ-IL-embassy-tel-aviv", "AZ-IL-trade-office-tel-aviv", "AZ-PS-representative-office-ramallah", "IL-AZ-embassy-baku",
      // "Both countries plan to reopen their embassies": each in the other.
      "IR-SA-embassy", "KE-GH-embassy-accra", "PT-BR-consulate-general-rio-de-janeiro", "PT-VN-embassy-hanoi", "RU-DE-embassy-berlin",
      "SA-IR-embassy",
    ]);
    expect(body).toMatchObject({ nextCursor: null, next: null });
    expect(link).toBeNull();
    const embassy = body.items[0]!;
    expect(embassy).toMatchObject({ status: "open", representationLevel: 3 });
    expect(embassy.history.map((h) => [h.status, h.date])).toEqual([["approved", "2022-11-18"], ["open", "2023-03-29"]]);
  });

  it("pages with a next link that keeps the filters, until the last page", async () => {
    const seen: string[] = [];
    let path: string | null = "/v1/missions?sender=AZ&limit=2";
    const links: (string | null)[] = [];
    while (path) {
      const { body, link } = await page(path);
      seen.push(...body.items.map((m) => m.id));
      links.push(link);
      if (body.next) expect(body.next).toMatch(/^\/v1\/missions\?sender=AZ&limit=2&cursor=[\w-]+$/);
      path = body.next;
    }
    expect(seen).toEqual(["AZ-IL-embassy-tel-aviv", "AZ-IL-trade-office-tel-aviv", "AZ-PS-representative-office-ramallah"]);
    expect(links[0]).toMatch(/^<\/v1\/missions\?sender=AZ&limit=2&cursor=[\w-]+>; rel="next"$/);
    expect(links.at(-1)).toBeNull();
  });

  it("filters by sender, host, kind, status and city", async () => {
    const ids = async (query: string) => (await page(`/v1/missions?${query}`)).body.items.map((m) => m.id);
    expect(await ids("host=IL&kind=trade-office")).toEqual(["AZ-IL-trade-office-tel-aviv"]);
    expect(await ids("status=planned")).toEqual(["AZ-PS-representative-office-ramallah", "IR-SA-embassy", "SA-IR-embassy"]);
    expect(await ids("city=tel%20aviv&kind=embassy")).toEqual(["AZ-IL-embassy-tel-aviv"]);
  });

  it.each([
    ["limit=501", "limit", '"501"'],
    ["limit=0", "limit", '"0"'],
    ["kind=palace", "kind", '"palace"'],
    ["sender=azerbaijan", "sender", '"azerbaijan"'],
  ])("answers ?%s with a 400 problem naming the parameter", async (query, field, received) => {
    const res = await api.get(`/v1/missions?${query}`);
    expect(res.status).toBe(400);
    expect(await problem(res)).toMatchObject({ status: 400, code: "INVALID_INPUT", detail: "invalid query parameters", issues: [{ field, received }] });
  });

  it("rejects an unknown parameter and a cursor it did not issue", async () => {
    expect(await problem(await api.get("/v1/missions?country=AZ"))).toMatchObject({ status: 400, issues: [{ message: expect.stringContaining('"country"') }] });
    expect(await problem(await api.get("/v1/missions?cursor=bogus"))).toMatchObject({ status: 400, issues: [{ field: "cursor" }] });
  });
});

describe("GET /v1/missions/:id", () => {
  it("answers a mission with its history", async () => {
    const res = await api.get("/v1/missions/AZ-PS-representative-office-ramallah");
    expect(StoredMission.parse(await res.json())).toMatchObject({ sender: "AZ", host: "PS", status: "planned", city: "Ramallah" });
  });

  it("answers an unknown id with a 404 problem, and other methods with 405", async () => {
    const res = await api.get("/v1/missions/AZ-XX-embassy");
    expect(res.status).toBe(404);
    expect(await problem(res)).toEqual({ type: "about:blank", title: "Not Found", status: 404, code: "NOT_FOUND", detail: 'no mission with id "AZ-XX-embassy"' });
    expect((await api.post("/v1/missions", "{}")).status).toBe(405);
  });
});
