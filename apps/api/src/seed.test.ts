import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "@proj/store";
import { describe, expect, it } from "vitest";
import { EXAMPLE_ARTICLES, seedIfEmpty } from "./seed.js";

describe("seedIfEmpty", () => {
  it("stores the example articles into an empty knowledge base, and nothing once it holds documents", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-seed-"));
    const store = await openStore(join(dir, "kb.db"));
    try {
      expect(EXAMPLE_ARTICLES).toMatch(/examples\/articles\/$/);
      expect(await seedIfEmpty(store)).toBe(10);
      expect((await store.relations("AZ", "IL")).missions.aInB).toContainEqual(expect.objectContaining({ kind: "embassy", status: "open" }));
      const stats = await store.stats();
      expect(await seedIfEmpty(store)).toBe(0);
      expect(await store.stats()).toEqual(stats);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails on an article that is not a document, naming the field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-seed-"));
    writeFileSync(join(dir, "bad.json"), JSON.stringify({ text: "Peru and Chile.", published: "yesterday" }));
    const store = await openStore(join(dir, "kb.db"));
    try {
      await expect(seedIfEmpty(store, dir)).rejects.toThrow(/published/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
