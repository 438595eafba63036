import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Extraction } from "@proj/core";
import { Relations } from "@proj/store";
import { describe, expect, it } from "vitest";

// Runs the built binary (the root `npm test` builds first), as a user would.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const chancery = (...args: string[]) =>
  spawnSync(process.execPath, ["apps/cli/bin/chancery.cjs", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

describe("bin/chancery.cjs", () => {
  it("validates the examples: issues on stdout, the summary on stderr, exit 1", () => {
    const result = chancery("validate", "examples/missions-bad.csv", "examples/records.json");
    expect(result.stdout).toMatch(/^examples\/missions-bad\.csv:2: status: /);
    expect(result.stderr).toBe("7 records valid, 1 error in 2 files\n");
    expect(result.status).toBe(1);
  });

  // Da Nang is no capital: only the city table, which the bundle reads from a file beside it, places it in Vietnam.
  it("extracts a JSON document with --json: exactly one Extraction on stdout, as the scorer reads it", () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-main-"));
    try {
      const file = join(dir, "article.json");
      const text = "Uruguay opened an embassy in Hanoi on Monday. Vietnamese Foreign Minister Bui Thanh Son attended the ceremony. Uruguay also opened a consulate in Da Nang.";
      writeFileSync(file, JSON.stringify({ id: "uy-vn", text, published: "2024-06-05", url: null, title: "Uruguay in Hanoi", gold: {} }));
      const result = chancery("extract", file, "--json");
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const extraction = Extraction.parse(JSON.parse(result.stdout));
      expect(extraction.missions).toContainEqual(expect.objectContaining({ sender: "UY", host: "VN", kind: "embassy", status: "open" }));
      expect(extraction.missions).toContainEqual(expect.objectContaining({ sender: "UY", host: "VN", kind: "consulate", city: "Da Nang" }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("ingests the example articles into a new database, then tells the Azerbaijan–Israel story from it", () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-main-"));
    try {
      const db = join(dir, "kb.db");
      const ingest = chancery("ingest", "--db", db, "examples/articles");
      expect(ingest.status).toBe(0);
      expect(ingest.stdout).toBe("");
      expect(ingest.stderr).toMatch(/^\d+ documents: \d+ added, 0 already known\nmissions: /);
      const relations = chancery("relations", "AZ", "IL", "--db", db);
      expect(relations.stderr).toBe("");
      expect(relations.status).toBe(0);
      const { missions, timeline } = Relations.parse(JSON.parse(relations.stdout));
      expect(missions.aInB).toContainEqual(expect.objectContaining({ kind: "embassy", city: "Tel Aviv", status: "open", representationLevel: 3 }));
      expect(timeline).toContainEqual(expect.objectContaining({ type: "credentials-presented", officials: expect.arrayContaining(["Mukhtar Mammadov"]) }));
      expect(chancery("relations", "AZ", "Israel", "--db", db)).toMatchObject({ status: 2, stderr: expect.stringContaining('B: unknown country code "Israel"') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // The bin starts from V8's code cache: the build writes one, a run that finds none writes it, and the output is the
  // same with it, without it, and with a cache V8 does not take.
  it("writes a code cache when it finds none, and prints the same with or without one", () => {
    const dir = mkdtempSync(join(tmpdir(), "chancery-cache-"));
    try {
      const built = join(root, "apps/cli");
      expect(readdirSync(join(built, "dist")).filter((f) => f.endsWith(".cache"))).toContain(`main.cjs.v8-${process.versions.v8}.cache`);
      // The bin reads the bundle as latin1, which is only right for ASCII (the build escapes everything else).
      expect(readFileSync(join(built, "dist/main.cjs")).every((byte) => byte < 0x80)).toBe(true);
      cpSync(join(built, "bin"), join(dir, "bin"), { recursive: true });
      cpSync(join(built, "dist"), join(dir, "dist"), { recursive: true, filter: (f) => !f.endsWith(".cache") && !f.endsWith(".map") });
      const run = (env: Record<string, string> = {}) =>
        spawnSync(process.execPath, [join(dir, "bin/chancery.cjs"), "extract", join(root, "examples/articles/2023-03-29-caspian-wire-embassy-opens.json"), "--json"], { encoding: "utf8", env: { ...process.env, ...env } });
      const cache = join(dir, "dist", `main.cjs.v8-${process.versions.v8}.cache`);
      const off = run({ CHANCERY_CODE_CACHE: "off" });
      expect(off.status).toBe(0);
      expect(existsSync(cache)).toBe(false);
      const first = run();
      expect(existsSync(cache)).toBe(true);
      expect(first.stdout).toBe(off.stdout);
      expect(run().stdout).toBe(off.stdout);
      writeFileSync(cache, "not a code cache");
      expect(run()).toMatchObject({ status: 0, stdout: off.stdout, stderr: "" });
      expect(JSON.parse(off.stdout).missions).toContainEqual(expect.objectContaining({ sender: "AZ", host: "IL", kind: "embassy" }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
