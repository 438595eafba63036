// Document-ingest benchmark: 10,000 generated news articles (the extraction benchmark's corpus: our own sentence
// templates over real states, seeded) stored one by one through extraction — `ingestDocument(store, article)`: read
// by @proj/core's extract, then merged, one transaction each — into a fresh SQLite file and a fresh PostgreSQL
// schema. The same articles are first extracted alone, so the table can say how much of a document's cost is
// reading and how much is merging. A second pass ingests the same articles again: all duplicates, nothing changes.
// Run: npm run bench:documents -w @proj/store  (after `npm run build`; PostgreSQL from CHANCERY_TEST_PG, skipped if unreachable)
// Options: DOCUMENTS=10000
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { extract, listActors } from "@proj/core";
import { createCorpus } from "../../core/bench/corpus.mjs";
import { createPostgresStore, createSqliteStore, ingestDocument, postgresUnreachable } from "../dist/index.js";

const DOCUMENTS = Number(process.env.DOCUMENTS ?? 10_000);
const PG_URL = process.env.CHANCERY_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";
const load = () => loadavg().map((n) => n.toFixed(2)).join(", ");

const { articles, bytes } = createCorpus(listActors, { count: DOCUMENTS });
console.log(`document ingest: ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, node ${process.version}, load average ${load()}`);

const seconds = (start) => (performance.now() - start) / 1000;

// Extraction alone, warmed up on the first 200 articles (the same warm-up the stores get below).
for (const a of articles.slice(0, 200)) extract(a);
let t = performance.now();
let records = 0;
for (const a of articles) {
  const x = extract(a);
  records += x.missions.length + x.officials.length + x.events.length;
}
const extractSeconds = seconds(t);

async function run(name, store) {
  try {
    let start = performance.now();
    const created = { missions: 0, officials: 0, events: 0 };
    const merged = { missions: 0, officials: 0, events: 0 };
    for (const a of articles) {
      const report = await ingestDocument(store, a);
      for (const kind of ["missions", "officials", "events"]) {
        created[kind] += report[kind].created;
        merged[kind] += report[kind].merged;
      }
    }
    const first = seconds(start);
    start = performance.now();
    let duplicates = 0;
    for (const a of articles) if ((await ingestDocument(store, a)).duplicate) duplicates++;
    const again = seconds(start);
    const stats = await store.stats();
    return { name, first, again, duplicates, created, merged, stats };
  } finally {
    await store.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), "chancery-documents-bench-"));
const results = [];
try {
  results.push(await run("SQLite", await createSqliteStore({ path: join(dir, "kb.db") })));
  const why = await postgresUnreachable(PG_URL);
  if (why) console.log(`PostgreSQL: skipped (${why})`);
  else {
    const schema = `bench_documents_${process.pid}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      results.push(await run("PostgreSQL", await createPostgresStore({ url: PG_URL, schema })));
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const n = articles.length;
const fmt = (x, digits = 0) => x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`\n|  | ${results.map((r) => r.name).join(" | ")} | extract() alone |`);
console.log(`| --- | ${results.map(() => "---:").join(" | ")} | ---: |`);
console.log(`| ${fmt(n)} articles ingested (s) | ${results.map((r) => fmt(r.first, 1)).join(" | ")} | ${fmt(extractSeconds, 1)} |`);
console.log(`| documents/s | ${results.map((r) => fmt(n / r.first)).join(" | ")} | ${fmt(n / extractSeconds)} |`);
console.log(`| MB/s of article text | ${results.map((r) => fmt(bytes / 1e6 / r.first, 2)).join(" | ")} | ${fmt(bytes / 1e6 / extractSeconds, 2)} |`);
console.log(`| of which merging and storing, ms per document | ${results.map((r) => fmt(((r.first - extractSeconds) * 1000) / n, 2)).join(" | ")} |  |`);
console.log(`| records read (missions + officials + events) |  ${results.map(() => "").join(" | ")} | ${fmt(records)} |`);
for (const kind of ["missions", "officials", "events"]) {
  console.log(`| ${kind}: created / merged into an existing one | ${results.map((r) => `${fmt(r.created[kind])} / ${fmt(r.merged[kind])}`).join(" | ")} |  |`);
}
console.log(`| the same ${fmt(n)} again: seconds, duplicates found | ${results.map((r) => `${fmt(r.again, 1)}, ${fmt(r.duplicates)}`).join(" | ")} |  |`);
console.log(`| knowledge base after: documents, missions, officials, events | ${results.map((r) => `${fmt(r.stats.documents)}, ${fmt(r.stats.missions)}, ${fmt(r.stats.officials)}, ${fmt(r.stats.events)}`).join(" | ")} |  |`);
console.log(`\nload average at the end: ${load()}`);
