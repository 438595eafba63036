import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { testStoreContract } from "./contract.js";
import { STORY } from "./fixtures.js";
import { MIGRATIONS } from "./migrations/index.js";
import { openStore } from "./open.js";
import { createSqliteStore } from "./sqlite.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-store-"));
let n = 0;
const nextPath = () => join(dir, `store-${++n}.db`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

testStoreContract("SQLite", () => createSqliteStore({ path: nextPath() }));
testStoreContract("SQLite in memory", () => createSqliteStore({ path: ":memory:" }));

describe("createSqliteStore", () => {
  it("uses WAL, records its migrations once, and reopens what it wrote", async () => {
    const path = nextPath();
    const first = await openStore(path);
    expect(first.engine).toBe("sqlite");
    await first.ingestExtraction(STORY[0]!);
    const second = await openStore(path); // a second opener migrates nothing and shares the data
    expect(await second.stats()).toMatchObject({ documents: 1 });
    await Promise.all([first.close(), second.close()]);
    const raw = new BetterSqlite3(path, { readonly: true });
    expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(raw.prepare("SELECT version, name FROM schema_migrations").all()).toEqual([{ version: 1, name: "initial" }, { version: 2, name: "bulk-batch" }, { version: 3, name: "guessed-officials" }]);
    raw.close();
  });

  it("upgrades a database of schema version 1, whose events keep reading back as they were", async () => {
    const path = nextPath();
    const raw = new BetterSqlite3(path);
    raw.exec("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    for (const statement of MIGRATIONS[0]!.statements("sqlite")) raw.exec(statement);
    raw.prepare("INSERT INTO schema_migrations VALUES (1, 'initial', '2026-01-01')").run();
    // A bulk row as version 1 wrote it: provenance and reason in full.
    raw.prepare("INSERT INTO events VALUES ('ev-1', 'visit', 'AZ', 'IL', 'AZ', 'IL', '2020-01-01', '2020-01-01', '2020-01-01', 1, ?, ?)").run(
      '{"type":"visit","source":"AZ","target":"IL","date":"2020-01-01","sources":[{"documentId":"d1","rule":"bulk","input":"d1#events"}]}',
      '["bulk import: not merged"]',
    );
    raw.close();
    const store = await openStore(path);
    expect(await store.getEvent("ev-1")).toMatchObject({
      type: "visit", source: "AZ", target: "IL", date: "2020-01-01", reportCount: 1,
      support: [{ documentId: "d1", provenance: { documentId: "d1", rule: "bulk", input: "d1#events", spans: [], confidence: 1 }, reason: "bulk import: not merged" }],
    });
    await store.ingestExtraction(STORY[0]!);
    expect(await store.stats()).toMatchObject({ documents: 1, events: 1 + STORY[0]!.events.length });
    await store.close();
  });

  it("changes its data version on every write that stores something, whichever connection made it", async () => {
    const path = nextPath();
    const [writer, reader] = [await openStore(path), await openStore(path)];
    const before = await reader.dataVersion();
    expect(await reader.dataVersion()).toBe(before);
    await writer.ingestExtraction(STORY[0]!);
    const after = await reader.dataVersion();
    expect(after).not.toBe(before);
    const mine = await writer.dataVersion(); // tokens of one store compare with each other only
    await writer.ingestExtraction(STORY[1]!);
    const own = await writer.dataVersion();
    expect(own).not.toBe(mine);
    await writer.ingestExtraction(STORY[1]!); // a duplicate stores nothing
    expect(await writer.dataVersion()).toBe(own);
    await Promise.all([writer.close(), reader.close()]);
    const memory = await openStore(":memory:");
    const first = await memory.dataVersion();
    await memory.ingestExtraction(STORY[0]!);
    expect(await memory.dataVersion()).not.toBe(first);
    await memory.close();
  });

  it("refuses a database from a newer version", async () => {
    const path = nextPath();
    await (await openStore(path)).close();
    const raw = new BetterSqlite3(path);
    raw.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', '2030-01-01')").run();
    raw.close();
    await expect(openStore(path)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/schema version 99/) });
  });

  it("fails with the file system's reason when the path cannot be opened", async () => {
    await expect(createSqliteStore({ path: join(dir, "missing", "dir", "x.db") })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      message: expect.stringMatching(/^cannot open the SQLite database ".*x\.db": .*; check that its directory exists and is writable$/),
    });
  });
});
