import { CountryProfile, Relations } from "@proj/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem, type SeededApi, startSeededApi } from "../store-testing.js";

let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(() => api.close());

describe("GET /v1/relations/:a/:b", () => {
  it("tells the Azerbaijan–Israel story: both directions' missions, levels, and the timeline with its sources", async () => {
    const res = await api.get("/v1/relations/AZ/IL");
    expect(res.status).toBe(200);
    const relations = Relations.parse(await res.json());
    expect(relations.representation).toEqual({ aInB: 3, bInA: 9 });
    expect(relations.missions.aInB.map((m) => [m.kind, m.status])).toEqual([["embassy", "open"], ["trade-office", "open"]]);
    expect(relations.missions.bInA.map((m) => m.city)).toEqual(["Baku"]);
    expect(relations.timeline.map((e) => [e.date, e.type])).toEqual(expect.arrayContaining([["2021", "mission-opened"], ["2022-11-18", "mission-approved"], ["2023-03-29", "credentials-presented"]]));
    expect(relations.timeline.every((e) => e.sources.every((s) => s.sentence && s.url))).toBe(true);
  });

  it("reads codes in any case, and the other way round", async () => {
    expect(Relations.parse(await (await api.get("/v1/relations/il/az")).json())).toMatchObject({ a: "IL", b: "AZ", representation: { aInB: 9, bInA: 3 } });
  });

  it("answers an unknown code with a 404 problem naming it", async () => {
    const res = await api.get("/v1/relations/AZ/XX");
    expect(res.status).toBe(404);
    expect(await problem(res)).toMatchObject({ code: "NOT_FOUND", detail: expect.stringContaining('no country or organisation with code "XX"') });
  });
});

describe("GET /v1/countries/:code", () => {
  it("answers a country's network", async () => {
    const profile = CountryProfile.parse(await (await api.get("/v1/countries/az")).json());
    expect(profile.code).toBe("AZ");
    expect(profile.counts.abroad.byKind).toEqual({ embassy: 1, "trade-office": 1 });
    expect(profile.missionsHosted.map((m) => m.sender)).toEqual(["IL"]);
    expect(profile.openByYear.find((y) => y.year === 2023)).toEqual({ year: 2023, abroad: 2, hosted: 1 });
    expect(profile.officials.map((o) => o.name)).toEqual(expect.arrayContaining(["Jeyhun Bayramov", "Mukhtar Mammadov"]));
  });

  it("answers an unknown code with a 404 problem", async () => {
    expect(await problem(await api.get("/v1/countries/Atlantis"))).toMatchObject({ status: 404, code: "NOT_FOUND" });
  });
});

describe("GET /v1/stats", () => {
  it("counts what the knowledge base holds", async () => {
    expect(await (await api.get("/v1/stats")).json()).toEqual({ documents: 11, missions: 10, officials: 8, events: 19 });
  });
});
