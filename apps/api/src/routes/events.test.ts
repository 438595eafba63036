import { EventDetail, pageOf, StoredEvent } from "@proj/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problem, type SeededApi, startSeededApi } from "../store-testing.js";

let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi();
});
afterAll(() => api.close());

const events = async (query: string) => pageOf(StoredEvent).extend({ next: StoredEvent.shape.id.nullable() }).parse(await (await api.get(`/v1/events?${query}`)).json()).items;

describe("GET /v1/events", () => {
  it("lists events by date, one per happening however many outlets reported it", async () => {
    const all = await events("limit=500");
    const dates = all.map((e) => e.date ?? "9999");
    expect(dates).toEqual([...dates].sort());
    const opening = all.filter((e) => e.type === "mission-opened" && e.source === "AZ" && e.target === "IL" && e.date === "2023-03-29");
    expect(opening).toHaveLength(1);
    expect(opening[0]!.reportCount).toBe(4);
  });

  it("filters by dyad in either order, type, actor and dates", async () => {
    const types = async (query: string) => (await events(query)).map((e) => e.type);
    expect(await types("dyad=IL,AZ&type=credentials-presented")).toEqual(["credentials-presented"]);
    expect(await types("actor=BO")).toEqual(["relations-severed"]);
    expect(await types("dyad=AZ,IL&from=2023&to=2023")).not.toContain("mission-approved");
    expect(await types("dyad=AZ,IL&to=2022")).toEqual(["mission-opened", "mission-opened", "mission-approved"]);
  });

  it.each([
    ["dyad=AZ", "dyad"],
    ["dyad=AZ,il", "dyad[1]"],
    ["from=yesterday", "from"],
    ["type=war", "type"],
  ])("answers ?%s with a 400 problem naming %s", async (query, field) => {
    const res = await api.get(`/v1/events?${query}`);
    expect(res.status).toBe(400);
    expect(await problem(res)).toMatchObject({ issues: [expect.objectContaining({ field })] });
  });
});

describe("GET /v1/events/:id", () => {
  it("answers an event with each supporting source and why it was merged", async () => {
    const [credentials] = await events("type=credentials-presented");
    const detail = EventDetail.parse(await (await api.get(`/v1/events/${credentials!.id}`)).json());
    expect(detail.officials).toEqual(expect.arrayContaining(["Mukhtar Mammadov", "Isaac Herzog"]));
    expect(detail.support.map((s) => s.reason)).toEqual(["first report", expect.stringContaining("same type+dyad")]);
    expect(new Set(detail.support.map((s) => s.provenance.url)).size).toBe(2);
  });

  it("answers an unknown id with a 404 problem", async () => {
    expect(await problem(await api.get("/v1/events/ev-none"))).toMatchObject({ status: 404, detail: 'no event with id "ev-none"' });
  });
});
