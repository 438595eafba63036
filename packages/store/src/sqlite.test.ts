import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { testStoreContract } from "./contract.js";
import { STORY } from "./fixtures.js";
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
    expect(raw.prepare("SELECT version, name FROM schema_migrations").all()).toEqual([{ version: 1, name: "initial" }]);
    raw.close();
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
