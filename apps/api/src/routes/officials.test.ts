import { pageOf, StoredOfficial } from "@proj/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem, type SeededApi, startSeededApi } from "../store-testing.js";

let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(() => api.close());

const names = async (query: string) => pageOf(StoredOfficial).extend({ next: StoredOfficial.shape.name.nullable() }).parse(await (await api.get(`/v1/officials?${query}`)).json()).items.map((o) => o.name);

describe("GET /v1/officials", () => {
  it("lists one official per person, however the outlets spelt the name", async () => {
    const all = await names("");
    expect(all).toContain("Jeyhun Bayramov");
    expect(all.filter((name) => /maliki/i.test(name))).toHaveLength(1);
  });

  it("filters by country, role and part of a name, and pages", async () => {
    expect(await names("country=IL")).toEqual(["Eli Cohen", "Isaac Herzog"]);
    expect(await names("role=ambassador")).toEqual(["Mukhtar Mammadov"]);
    expect(await names("q=MALIKI")).toEqual([expect.stringMatching(/^Riyad al-Maliki$/i)]);
    const first = (await (await api.get("/v1/officials?limit=1")).json()) as { next: string };
    expect(first.next).toMatch(/^\/v1\/officials\?limit=1&cursor=/);
  });

  it("answers a bad role with a 400 problem naming it", async () => {
    expect(await problem(await api.get("/v1/officials?role=king"))).toMatchObject({ status: 400, issues: [{ field: "role", received: '"king"' }] });
  });
});

describe("GET /v1/officials/:id", () => {
  it("answers an official with every name form and source", async () => {
    const official = StoredOfficial.parse(await (await api.get("/v1/officials/PS-riyad-al-maliki")).json());
    expect(official).toMatchObject({ country: "PS", role: "foreign-minister" });
    expect(official.sources.length).toBeGreaterThanOrEqual(2);
  });

  it("answers an unknown id with a 404 problem", async () => {
    const res = await api.get("/v1/officials/nobody");
    expect(res.status).toBe(404);
    expect(await problem(res)).toMatchObject({ code: "NOT_FOUND", detail: 'no official with id "nobody"' });
  });
});
