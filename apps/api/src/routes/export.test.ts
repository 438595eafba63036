import { readFileSync } from "node:fs";
import { parseEmbassies, parseGdelt } from "@proj/core";
import { createSqliteStore, type Store } from "@proj/store";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notFound, problemHandler } from "../problem.js";
import { startSeededApi } from "../store-testing.js";
import { listen } from "../testing.js";
import { exportRoutes } from "./export.js";

const DATA = new URL("../../../../../shared/data/", import.meta.url);
let store: Store;
let server: Awaited<ReturnType<typeof listen>>;
let eventCount = 0;
let missionCount = 0;

beforeAll(async () => {
  store = await createSqliteStore({ path: ":memory:" });
  const { events } = parseGdelt(readFileSync(new URL("gdelt/20191024143000.export.CSV", DATA), "utf8"));
  const { missions } = parseEmbassies(readFileSync(new URL("embassies/database_of_embassies.csv", DATA), "utf8"));
  await store.ingestRecords({ events, missions }, { input: "test", rule: "test" }, { mode: "bulk" });
  eventCount = events.length;
  missionCount = missions.length;
  const app = express();
  app.use(exportRoutes(store));
  app.use(notFound);
  app.use(problemHandler(() => undefined));
  server = await listen(app);
}, 60_000);
afterAll(async () => {
  await server.close();
  await store.close();
});

const get = (query: string) => fetch(`${server.url}/v1/export${query}`);

describe("GET /v1/export", () => {
  it("streams JSON by default: every kind the knowledge base holds", async () => {
    const res = await get("");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("transfer-encoding")).toBe("chunked");
    const body = (await res.json()) as { events: unknown[]; missions: unknown[]; officials: unknown[] };
    expect(body.events).toHaveLength(eventCount);
    expect(body.missions).toHaveLength(missionCount);
    expect(body.officials).toEqual([]);
  });

  it.each([
    ["ndjson", "application/x-ndjson"],
    ["csv", "text/csv"],
    ["plover", "application/x-ndjson"],
    ["cameo", "text/tab-separated-values"],
    ["graphml", "application/graphml+xml"],
  ])("writes %s as %s", async (format, type) => {
    const res = await get(`?format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain(type);
    expect(res.headers.get("content-disposition")).toMatch(/^inline; filename="chancery\./);
    expect((await res.text()).length).toBeGreaterThan(100);
  });

  it("filters like the CLI: PLOVER lines for one party's visits", async () => {
    const lines = (await (await get("?format=plover&actor=GB&type=visit")).text()).trimEnd().split("\n").map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.chancery.type).toBe("visit");
      expect([...line.actors.source, ...line.actors.target].map((a: { actor: string }) => a.actor)).toContain("GB");
    }
    const csv = (await (await get("?format=csv&records=missions&actor=VA")).text()).split("\r\n");
    expect(csv[0]).toMatch(/^id,sender,host,kind,/);
    expect(csv.length).toBeGreaterThan(150);
  });

  it.each([
    ["?format=xml", "format"],
    ["?records=treaties", "records"],
    ["?from=yesterday", "from"],
    ["?actor=vatican", "actor"],
    ["?colour=red", undefined],
  ])("answers %s with a 400 problem before writing anything", async (query, field) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { issues?: unknown[] };
    expect(problem).toMatchObject({ status: 400, code: "INVALID_INPUT" });
    if (field) expect(problem.issues).toContainEqual(expect.objectContaining({ field }));
  });

  it("answers a format that cannot hold the records asked for with a 400", async () => {
    const res = await get("?format=plover&records=missions");
    expect(res.status).toBe(400);
    expect(((await res.json()) as { detail: string }).detail).toBe("plover export holds events, not missions");
  });

  it("allows only GET", async () => {
    const res = await fetch(`${server.url}/v1/export`, { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });
});

describe("createApp", () => {
  it("serves GET /v1/export over its knowledge base", async () => {
    const api = await startSeededApi();
    try {
      const res = await api.get("/v1/export?format=graphml");
      expect(res.status).toBe(200);
      const xml = await res.text();
      expect(xml).toContain('<node id="KE"><data key="label">Kenya</data>');
      expect(xml).toContain('source="KE" target="GH"><data key="relation">missions</data><data key="weight">1</data>');
    } finally {
      await api.close();
    }
  });
});
