import { describe, expect, it } from "vitest";
import { DB_OPTION, redact, resolveDatabase, withStore } from "./db.js";

describe("resolveDatabase", () => {
  it.each([
    ["--db wins", "kb/other.db", { CHANCERY_DB: "/env.db" }, "/work/kb/other.db"],
    ["then CHANCERY_DB", undefined, { CHANCERY_DB: "/data/env.db" }, "/data/env.db"],
    ["then ./chancery.db", undefined, {}, "/work/chancery.db"],
    ["an empty CHANCERY_DB counts as unset", undefined, { CHANCERY_DB: "" }, "/work/chancery.db"],
    ["a postgres:// URL stays a URL", "postgres://me@db.local:5432/kb", {}, "postgres://me@db.local:5432/kb"],
    ["so does a postgresql:// one from the environment", undefined, { CHANCERY_DB: "postgresql://db/kb?schema=team" }, "postgresql://db/kb?schema=team"],
  ])("%s", (_, option, env, expected) => {
    expect(resolveDatabase(option, env, "/work")).toBe(expected);
  });

  it("is explained in --help, default included", () => {
    expect(DB_OPTION.db.description).toContain("$CHANCERY_DB, else ./chancery.db in the current directory");
    expect(DB_OPTION.db.description).toContain("postgres:// URL");
  });
});

describe("redact", () => {
  it("hides a password, and leaves URLs without one alone", () => {
    expect(redact("postgres://me:s3cret@db:5432/kb")).toBe("postgres://me:***@db:5432/kb");
    expect(redact("postgres://me@db/kb")).toBe("postgres://me@db/kb");
    expect(redact("/tmp/a:b@c.db")).toBe("/tmp/a:b@c.db");
  });
});

describe("withStore", () => {
  it("refuses to query a SQLite file that is not there", async () => {
    await expect(withStore("/nonexistent/kb.db", async () => 1, { mustExist: true })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: expect.stringContaining("no knowledge base at /nonexistent/kb.db"),
    });
  });

  it("turns a database that cannot be opened into a clear failure, without its password", async () => {
    await expect(withStore("/nonexistent/dir/kb.db", async () => 1)).rejects.toMatchObject({ message: expect.stringMatching(/^cannot open /) });
    const error = await withStore("postgres://me:s3cret@127.0.0.1:1/kb", async () => 1).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: expect.stringMatching(/^cannot /) });
    expect(String((error as Error).message)).not.toContain("s3cret");
  });
});
