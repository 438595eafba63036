import { openStore, postgresUnreachable, Relations } from "@proj/store";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { type SeededApi, serve, TOKEN } from "./store-testing.js";

// Two API processes sharing one PostgreSQL database, as a team would run them: a write through one is read through the other.
const url = process.env.CHANCERY_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const required = process.env.CHANCERY_REQUIRE_PG === "1";

const unreachable = await postgresUnreachable(url);
if (unreachable && required) throw new Error(`CHANCERY_REQUIRE_PG=1 but PostgreSQL is unreachable: ${unreachable}`);
if (unreachable) console.warn(`PostgreSQL API tests skipped: ${unreachable}`);

// A schema of this run's own, dropped afterwards, so parallel runs never collide.
const schema = `chancery_api_test_${process.pid}_${Date.now().toString(36)}`;
const withSchema = () => {
  const target = new URL(url);
  target.searchParams.set("schema", schema);
  return target.toString();
};

const apis: SeededApi[] = [];
afterAll(async () => {
  await Promise.all(apis.map((api) => api.close()));
  if (unreachable) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe.skipIf(unreachable !== null)("two API instances on one PostgreSQL database", () => {
  it("writes a document through one and reads it through the other", async () => {
    const [writer, reader] = await Promise.all([
      openStore(withSchema()).then((store) => serve(store, { token: TOKEN }, () => store.close())),
      openStore(withSchema()).then((store) => serve(store, {}, () => store.close())),
    ]);
    apis.push(writer, reader);
    expect(writer.store.engine).toBe("postgres");
    expect(await (await reader.get("/v1/stats")).json()).toEqual({ documents: 0, missions: 0, officials: 0, events: 0 });
    // Cached by the reader now: the writer's commit must make it stale there (the shared data version).
    expect(await (await reader.get("/v1/relations/KE/GH")).json()).toMatchObject({ timeline: [] });

    const article = { text: "Kenya opened an embassy in Accra on Monday. Kenyan Foreign Minister Musalia Mudavadi attended the ceremony.", published: "2024-05-08", url: "https://news.example.com/ke-gh-embassy" };
    const res = await writer.post("/v1/documents", JSON.stringify(article), { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(201);

    const relations = Relations.parse(await (await reader.get("/v1/relations/KE/GH")).json());
    expect(relations.missions.aInB).toEqual([expect.objectContaining({ kind: "embassy", city: "Accra", status: "open" })]);
    // The minister who attended the opening ceremony was there: the opening and the visit.
    expect(relations.timeline.map((e) => [e.type, e.date]).sort()).toEqual([["mission-opened", "2024-05-06"], ["visit", "2024-05-06"]]);
    expect((await reader.post("/v1/documents", JSON.stringify(article), { authorization: `Bearer ${TOKEN}` })).status).toBe(403);
    expect(await (await reader.get("/v1/stats")).json()).toMatchObject({ documents: 1, missions: 1 });
  });
});
