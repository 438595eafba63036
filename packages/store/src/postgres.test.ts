import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { testStoreContract } from "./contract.js";
import { STORY } from "./fixtures.js";
import { openStore } from "./open.js";
import { postgresUnreachable } from "./pg-check.js";
import { createPostgresStore } from "./postgres.js";

const url = process.env.CHANCERY_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const required = process.env.CHANCERY_REQUIRE_PG === "1";

const unreachable = await postgresUnreachable(url);
if (unreachable && required) throw new Error(`CHANCERY_REQUIRE_PG=1 but PostgreSQL is unreachable: ${unreachable}`);
if (unreachable) console.warn(`PostgreSQL suite skipped: ${unreachable}`);

// Each run works in schemas of its own, dropped afterwards, so parallel runs never collide.
const prefix = `chancery_test_${process.pid}_${Date.now().toString(36)}`;
const schemas: string[] = [];
const nextSchema = () => {
  const schema = `${prefix}_${schemas.length + 1}`;
  schemas.push(schema);
  return schema;
};

afterAll(async () => {
  if (unreachable || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe.skipIf(unreachable !== null)("PostgreSQL", () => {
  testStoreContract("PostgreSQL", () => createPostgresStore({ url, schema: nextSchema() }));

  it("openStore picks PostgreSQL for postgres:// URLs", async () => {
    const store = await openStore(`${url}?schema=${nextSchema()}`);
    expect(store.engine).toBe("postgres");
    await store.close();
  });

  it("concurrent openers apply each migration once", async () => {
    const schema = nextSchema();
    const stores = await Promise.all(Array.from({ length: 4 }, () => createPostgresStore({ url, schema })));
    await stores[0]!.ingestExtraction(STORY[0]!);
    expect(await stores[3]!.stats()).toMatchObject({ documents: 1 });
    await Promise.all(stores.map((s) => s.close()));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT version FROM ${schema}.schema_migrations ORDER BY version`);
    await client.end();
    expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
  });

  it("changes its data version when another instance writes, and not on a duplicate", async () => {
    const schema = nextSchema();
    const [one, two] = [await createPostgresStore({ url, schema }), await createPostgresStore({ url, schema })];
    const before = await two.dataVersion();
    await one.ingestExtraction(STORY[0]!);
    const after = await two.dataVersion();
    expect(after).not.toBe(before);
    await one.ingestExtraction(STORY[0]!);
    expect(await two.dataVersion()).toBe(after);
    await Promise.all([one.close(), two.close()]);
  });

  it("rejects a schema name that is not a plain identifier", async () => {
    await expect(createPostgresStore({ url, schema: "x; DROP TABLE y" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });
});
