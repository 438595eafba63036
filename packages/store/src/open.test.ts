import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@proj/core";
import { afterAll, describe, expect, it } from "vitest";
import { ingestDocument, openStore } from "./open.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore", () => {
  it("opens a SQLite file for anything that is not a postgres:// URL", async () => {
    const store = await openStore(join(dir, "kb.db"));
    expect(store.engine).toBe("sqlite");
    expect(await store.stats()).toEqual({ documents: 0, missions: 0, officials: 0, events: 0 });
    await store.close();
  });

  it("names the server, not the password, when PostgreSQL cannot be reached", async () => {
    const error = await openStore("postgres://me:secret@127.0.0.1:1/nowhere").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INTERNAL", message: expect.stringMatching(/^cannot use PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nowhere: /) });
    expect((error as Error).message).not.toContain("secret");
  });
});

const TEXT =
  "Azerbaijan's Foreign Minister Jeyhun Bayramov visited Ramallah on Thursday and met Palestinian Foreign Minister Riyad al-Maliki. " +
  "Azerbaijan will open a representative office in Ramallah, Bayramov said.";

describe.skipIf(!("extract" in core))("ingestDocument with @proj/core's extract()", () => {
  it("extracts and stores a document once", async () => {
    const store = await openStore(join(dir, "extract.db"));
    const first = await ingestDocument(store, { text: TEXT, published: "2023-03-31", url: "https://news.example/bayramov" });
    expect(first.duplicate).toBe(false);
    expect(first.events.created + first.missions.created + first.officials.created).toBeGreaterThan(0);
    expect((await ingestDocument(store, { text: TEXT, published: "2023-03-31" })).duplicate).toBe(true);
    await store.close();
  });

  it("rejects an input that is not a document", async () => {
    const store = await openStore(join(dir, "extract-bad.db"));
    await expect(ingestDocument(store, { text: "" })).rejects.toThrow();
    await store.close();
  });
});
