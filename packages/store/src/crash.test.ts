import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import BetterSqlite3 from "better-sqlite3";
import * as esbuild from "esbuild";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "chancery-crash-"));
// Beside the package, so the child resolves better-sqlite3 and pg from the workspace's node_modules.
const child = join(here, "..", "node_modules", ".cache", "chancery-store", `crash-child-${process.pid}.mjs`);
const PER_DOCUMENT = 12;
const KILL_AFTER = 25;

beforeAll(async () => {
  mkdirSync(dirname(child), { recursive: true });
  // The child runs the TypeScript sources: bundle them (and @proj/core's) with the @proj/source condition.
  await esbuild.build({
    entryPoints: [join(here, "crash-child.ts")],
    outfile: child,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    conditions: ["@proj/source"],
    logLevel: "silent",
    plugins: [{
      name: "workspace-only",
      setup(build) {
        build.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@proj/") ? undefined : { path: args.path, external: true }));
      },
    }],
  });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(child, { force: true });
});

/** Runs the child until it has acknowledged `killAfter` documents, SIGKILLs it, and returns the acknowledged ids. */
function ingestUntilKilled(target: string, killAfter: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, target, "0", "1000", String(PER_DOCUMENT)], { stdio: ["ignore", "pipe", "pipe"] });
    const acknowledged: string[] = [];
    let buffer = "";
    let stderr = "";
    proc.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    proc.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop()!;
      for (const line of lines) if (line !== "ready") acknowledged.push(line);
      if (acknowledged.length >= killAfter) proc.kill("SIGKILL");
    });
    proc.on("error", reject);
    proc.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(acknowledged);
      else reject(new Error(`child exited with ${code} before it was killed: ${stderr}`));
    });
  });
}

/** Events per stored document, counted from the provenance each event keeps. */
const countsPerDocument = (rows: Array<{ record: string }>) => {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const { sources } = JSON.parse(row.record) as { sources: Array<{ documentId: string }> };
    for (const id of new Set(sources.map((s) => s.documentId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
};

function expectWhole(documents: string[], counts: Map<string, number>, acknowledged: string[]) {
  expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
  for (const id of acknowledged) expect(documents).toContain(id);
  // Every stored document (acknowledged or committed just before the kill) has all its events: none is half-written.
  for (const id of documents) expect(counts.get(id)).toBe(PER_DOCUMENT);
  expect([...counts.keys()].every((id) => documents.includes(id))).toBe(true);
}

describe("nothing is lost when the writer is killed", () => {
  it("SQLite: the file passes integrity_check and holds every acknowledged document whole", async () => {
    const path = join(dir, "crash.db");
    const acknowledged = await ingestUntilKilled(path, KILL_AFTER);
    const db = new BetterSqlite3(path);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const documents = (db.prepare("SELECT id FROM documents").all() as Array<{ id: string }>).map((r) => r.id);
    const counts = countsPerDocument(db.prepare("SELECT record FROM events").all() as Array<{ record: string }>);
    db.close();
    expectWhole(documents, counts, acknowledged);
  });
});

const url = process.env.CHANCERY_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const pgClient = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
const pgReachable = await pgClient.connect().then(() => true, () => false);
if (!pgReachable && process.env.CHANCERY_REQUIRE_PG === "1") throw new Error(`CHANCERY_REQUIRE_PG=1 but PostgreSQL is unreachable at ${url}`);
if (!pgReachable) console.warn(`PostgreSQL suite skipped: crash test cannot reach ${url}`);
const schema = `chancery_crash_${process.pid}_${Date.now().toString(36)}`;
afterAll(async () => {
  if (!pgReachable) return;
  await pgClient.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await pgClient.end();
});

describe.skipIf(!pgReachable)("nothing is lost when the writer is killed: PostgreSQL", () => {
  it("holds every acknowledged document whole", async () => {
    const acknowledged = await ingestUntilKilled(`${url}?schema=${schema}`, KILL_AFTER);
    const documents = (await pgClient.query<{ id: string }>(`SELECT id FROM ${schema}.documents`)).rows.map((r) => r.id);
    const counts = countsPerDocument((await pgClient.query<{ record: string }>(`SELECT record FROM ${schema}.events`)).rows);
    expectWhole(documents, counts, acknowledged);
  });
});
