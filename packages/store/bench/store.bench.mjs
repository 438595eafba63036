// Store benchmark: bulk import of 1,000,000 events and 20,000 missions, then p50/p99 of relations() and filtered
// mission queries, on SQLite and PostgreSQL side by side, with two raw better-sqlite3 insert loops as baselines: into
// a bare table (the machine's ceiling) and into the store's own schema (the floor of this design).
// Run: npm run bench -w @proj/store  (after `npm run build`; PostgreSQL from CHANCERY_TEST_PG, skipped if unreachable)
// Options: EVENTS=1000000 MISSIONS=20000 QUERIES=2000 (after 100 untimed) DOCUMENTS=1000
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { edtfRange, toDocument } from "@proj/core";
import { createPostgresStore, createSqliteStore, MIGRATIONS } from "../dist/index.js";
import { createGenerator } from "./generate.mjs";

const EVENTS = Number(process.env.EVENTS ?? 1_000_000);
const MISSIONS = Number(process.env.MISSIONS ?? 20_000);
const QUERIES = Number(process.env.QUERIES ?? 2000);
const DOCUMENTS = Number(process.env.DOCUMENTS ?? 1000);
const WARM_UP = 100;
const PG_URL = process.env.CHANCERY_TEST_PG ?? "postgres://postgres@127.0.0.1:5432/test";

// A deterministic generator, so every engine gets the same data (shared with the API load benchmark).
const COUNTRIES = [];
for (let a = 0; a < 26 && COUNTRIES.length < 200; a++) for (let b = 0; b < 26 && COUNTRIES.length < 200; b++) {
  COUNTRIES.push(String.fromCharCode(65 + a) + String.fromCharCode(65 + b));
}
const { KINDS } = createGenerator({ countries: COUNTRIES });
// A fresh generator per engine: the same seed, so the same records, and none kept alive while queries are timed.
const generate = () => createGenerator({ countries: COUNTRIES }).generate(MISSIONS, EVENTS);

/** CPU time of this process (all its threads: SQLite's sorter helpers too), in seconds. */
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
/**
 * Wall time per call, and the mean CPU time per call: on a shared host, p99 is mostly waiting for a core. (The CPU is
 * the whole process's, V8's background threads included, hence a mean rather than per-call percentiles.)
 */
async function latency(name, run) {
  const times = [];
  for (let i = 0; i < WARM_UP; i++) await run(QUERIES + i); // compiled and cached first, as in a running server
  const cpu = cpuSeconds();
  for (let i = 0; i < QUERIES; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const cpuMs = ((cpuSeconds() - cpu) * 1000) / QUERIES;
  times.sort((a, b) => a - b);
  return { name, p50: percentile(times, 50), p99: percentile(times, 99), cpuMs };
}

/** News-like extractions for merge-mode ingest: a visit reported by several outlets, officials named variously. */
function extractions() {
  const out = [];
  for (let i = 0; i < DOCUMENTS; i++) {
    const story = Math.floor(i / 4); // four reports per happening
    const [source, target] = [COUNTRIES[story % 200], COUNTRIES[(story * 7 + 1) % 200] === COUNTRIES[story % 200] ? COUNTRIES[(story + 1) % 200] : COUNTRIES[(story * 7 + 1) % 200]];
    const minister = `Minister Number${story}${i % 2 ? "a" : ""}`;
    const document = toDocument({ text: `Report ${i}: ${minister} of ${source} visited ${target}.`, published: "2024-05-03" });
    const sources = [{ documentId: document.id, rule: "bench", spans: [], confidence: 1 }];
    out.push({
      document,
      missions: [{ sender: source, host: target, kind: "embassy", city: null, status: "open", history: [], sources }],
      officials: [{ name: minister, aliases: [], country: source, role: "foreign-minister", title: null, positions: [], sources }],
      events: [{ type: "visit", source, target, participants: [], date: `2024-05-0${1 + (i % 3)}`, reported: "2024-05-03", location: null, officials: [minister], mission: null, modality: "asserted", sources }],
    });
  }
  return out;
}

async function measure(label, store) {
  process.stderr.write(`generating ${fmt(EVENTS)} events and ${fmt(MISSIONS)} missions…\n`);
  let data = generate();
  const t0 = performance.now();
  await store.ingestRecords({ missions: data.missions }, { input: "bench-missions" }, { mode: "bulk" });
  globalThis.gc?.();
  const t1 = performance.now();
  const cpu = cpuSeconds();
  const report = await store.ingestRecords({ events: data.events }, { input: "bench-events" }, { mode: "bulk" });
  const t2 = performance.now();
  const cpuUsed = cpuSeconds() - cpu;
  if (report.events.created !== EVENTS) throw new Error(`${label}: imported ${report.events.created} of ${EVENTS} events`);
  // A server holds no import data: let the million records go before timing queries (npm run bench passes --expose-gc).
  data = null;
  globalThis.gc?.();
  const queries = [
    await latency("relations(A,B)", (i) => store.relations(COUNTRIES[i % 200], COUNTRIES[(i * 7 + 3) % 200] === COUNTRIES[i % 200] ? COUNTRIES[(i + 1) % 200] : COUNTRIES[(i * 7 + 3) % 200])),
    await latency("missions({sender,status:open})", (i) => store.missions({ sender: COUNTRIES[i % 200], status: "open" })),
    await latency("missions({host,kind:embassy})", (i) => store.missions({ host: COUNTRIES[(i * 3) % 200], kind: "embassy" })),
    await latency("missions({kind,status}) page 100", (i) => store.missions({ kind: KINDS[i % KINDS.length], status: "closed", limit: 100 })),
    await latency("events({dyad,from,to})", (i) => store.events({ dyad: [COUNTRIES[i % 200], COUNTRIES[(i + 11) % 200]], from: "2000", to: "2015" })),
  ];
  const docs = extractions();
  const t3 = performance.now();
  for (const extraction of docs) await store.ingestExtraction(extraction);
  const t4 = performance.now();
  return {
    label,
    documentsPerSecond: DOCUMENTS / ((t4 - t3) / 1000),
    missionsPerSecond: MISSIONS / ((t1 - t0) / 1000),
    eventsSeconds: (t2 - t1) / 1000,
    eventsPerSecond: EVENTS / ((t2 - t1) / 1000),
    // PostgreSQL's own processes are not counted: only this process's share.
    eventsPerCpuSecond: EVENTS / cpuUsed,
    queries,
  };
}

/** The ceiling: the same number of rows into one bare table with a raw prepared statement, no validation or indexes. */
function baseline(dir) {
  const db = new BetterSqlite3(join(dir, "baseline.db"));
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE t (id TEXT PRIMARY KEY, type TEXT, source TEXT, target TEXT, date TEXT, record TEXT)");
  const insert = db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)");
  const start = performance.now();
  const cpu = cpuSeconds();
  db.transaction(() => {
    for (let i = 0; i < EVENTS; i++) insert.run(`e${i}`, "visit", "AA", "AB", "2020-01-01", '{"type":"visit"}');
  })();
  const seconds = (performance.now() - start) / 1000;
  const cpuUsed = cpuSeconds() - cpu;
  db.close();
  return { rate: EVENTS / seconds, perCpu: EVENTS / cpuUsed };
}

/**
 * The floor of this schema: the rows the store writes for the very events it imports (the same generator, so random
 * parties and dates: sorting them into the indexes costs a third more than a periodic pattern), shaped like its bulk
 * rows (the batch named, not repeated), into its own tables (its migrations, indexes dropped and rebuilt around the
 * load), 16 rows per prepared statement as the store inserts them. The rows' values are built before the clock
 * starts: what is timed is SQLite alone (and binding the values).
 */
function schemaFloor(dir) {
  const db = new BetterSqlite3(join(dir, "floor.db"));
  db.pragma("journal_mode = WAL");
  db.pragma("cache_size = -262144");
  db.pragma("threads = 2");
  for (const migration of MIGRATIONS) for (const statement of migration.statements("sqlite")) db.exec(statement);
  const indexes = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL").all();
  const columns = db.prepare("SELECT COUNT(*) FROM pragma_table_info('events')").pluck().get();
  const ROWS = 16;
  const tuple = `(${Array(columns).fill("?").join(", ")})`;
  const insert = db.prepare(`INSERT INTO events VALUES ${Array(ROWS).fill(tuple).join(", ")} ON CONFLICT DO NOTHING`);
  const batch = "0123456789abcdef0123456789abcdef";
  const rows = generate().events.map((e, i) => {
    const range = edtfRange(e.date);
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const record = JSON.stringify({ date: e.date, officials: e.officials.length > 0 ? e.officials : undefined });
    return [`ev-0123456789abcdef-${String(i).padStart(7, "0")}`, e.type, e.source, e.target, a, b, range.start, range.end, range.start, 1, record, "", batch];
  });
  const values = [];
  const start = performance.now();
  const cpu = cpuSeconds();
  db.transaction(() => {
    for (const index of indexes) db.exec(`DROP INDEX ${index.name}`);
    for (const row of rows) {
      for (let c = 0; c < columns; c++) values.push(row[c]);
      if (values.length === ROWS * columns) {
        insert.run(values);
        values.length = 0;
      }
    }
    for (const index of indexes) db.exec(index.sql);
  })();
  const seconds = (performance.now() - start) / 1000;
  const cpuUsed = cpuSeconds() - cpu;
  db.close();
  return { rate: EVENTS / seconds, perCpu: EVENTS / cpuUsed };
}

async function postgresReachable() {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return error.message;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const dir = mkdtempSync(join(tmpdir(), "chancery-bench-"));
const results = [];
try {
  process.stderr.write("baseline…\n");
  const raw = baseline(dir);
  const floor = schemaFloor(dir);
  process.stderr.write("SQLite…\n");
  const sqlite = await createSqliteStore({ path: join(dir, "bench.db") });
  results.push(await measure("SQLite", sqlite));
  await sqlite.close();
  const unreachable = await postgresReachable();
  const schema = `chancery_bench_${process.pid}`;
  if (unreachable) process.stderr.write(`PostgreSQL skipped: ${unreachable}\n`);
  else {
    process.stderr.write("PostgreSQL…\n");
    const store = await createPostgresStore({ url: PG_URL, schema });
    try {
      results.push(await measure("PostgreSQL", store));
    } finally {
      await store.close();
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    }
  }

  const cols = results.map((r) => r.label);
  const line = (name, values) => `| ${name} | ${values.join(" | ")} |`;
  console.log(`${fmt(EVENTS)} events, ${fmt(MISSIONS)} missions, ${fmt(QUERIES)} queries each; node ${process.version}, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
  console.log(line("", [...cols, "baseline: raw insert, bare table", "baseline: raw insert, store's schema"]));
  console.log(line("---", [...cols.map(() => "---:"), "---:", "---:"]));
  console.log(line("bulk import, events/s", [...results.map((r) => fmt(r.eventsPerSecond)), fmt(raw.rate), fmt(floor.rate)]));
  console.log(line("bulk import of the events (s)", [...results.map((r) => fmt(r.eventsSeconds, 1)), fmt(EVENTS / raw.rate, 1), fmt(EVENTS / floor.rate, 1)]));
  console.log(line("bulk import, events per CPU-second of this process", [...results.map((r) => fmt(r.eventsPerCpuSecond)), fmt(raw.perCpu), fmt(floor.perCpu)]));
  console.log(line("bulk import, missions/s", [...results.map((r) => fmt(r.missionsPerSecond)), "", ""]));
  console.log(line(`merge-mode ingest into that DB, documents/s (${fmt(DOCUMENTS)} extractions)`, [...results.map((r) => fmt(r.documentsPerSecond)), "", ""]));
  for (let q = 0; q < results[0].queries.length; q++) {
    const name = results[0].queries[q].name;
    console.log(line(`${name} p50 / p99 (ms)`, [...results.map((r) => `${fmt(r.queries[q].p50, 2)} / ${fmt(r.queries[q].p99, 2)}`), "", ""]));
  }
  for (let q = 0; q < results[0].queries.length; q++) {
    const name = results[0].queries[q].name;
    console.log(line(`${name} mean CPU per call (ms, this process)`, [...results.map((r) => fmt(r.queries[q].cpuMs, 2)), "", ""]));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
