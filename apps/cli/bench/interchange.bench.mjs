// Interchange benchmark, run after `npm run build`:
// 1. GDELT import (best of three runs each): a GDELT 2.0 export of ≥ 200,000 rows, built at run time from the shared real file (rows repeated
//    with fresh GLOBALEVENTIDs, each copy's SQLDATE shifted a day so its events are new), imported by the built CLI
//    (`chancery import gdelt`: parse + map + store); beside it, in the same run, papaparse's bare parse of the same
//    file (the baseline) and Chancery's parse + map alone. Target: import ≤ 2 × papaparse.
// 2. Export: 1,000,000 events bulk-loaded into a SQLite knowledge base, exported by the built CLI as NDJSON, PLOVER
//    and GraphML to /dev/null; the child's peak RSS shows whether memory stays flat.
// Run: npm run build && npm run bench -w @proj/cli   (ROWS=200000 EVENTS=1000000 to change the sizes)
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createGdeltReader } from "@proj/core";
import { createSqliteStore } from "@proj/store";
import Papa from "papaparse";

const here = dirname(fileURLToPath(import.meta.url));
const CLI = join(here, "../bin/chancery.cjs");
const PEAK = join(here, "peak-rss.mjs");
const SOURCE = join(here, "../../../../shared/data/gdelt/20191024143000.export.CSV");
const ROWS = Number(process.env.ROWS ?? 200_000);
const EVENTS = Number(process.env.EVENTS ?? 1_000_000);
const dir = mkdtempSync(join(tmpdir(), "chancery-interchange-bench-"));
const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs the built CLI (with node flags, if any); returns wall seconds and the child's peak RSS in MiB. */
function cli(args, stdout = "ignore", nodeFlags = []) {
  const rssFile = join(dir, "rss");
  const start = performance.now();
  execFileSync(process.execPath, [...nodeFlags, "--import", PEAK, CLI, ...args], { stdio: ["ignore", stdout, "pipe"], env: { ...process.env, PEAK_RSS_FILE: rssFile }, maxBuffer: 1 << 26 });
  const [rss, heap] = readFileSync(rssFile, "utf8").split(" ").map(Number);
  return { seconds: (performance.now() - start) / 1000, rssMiB: rss / 1024, heapMiB: heap / 2 ** 20 };
}

async function buildGdeltFile() {
  const lines = readFileSync(SOURCE, "utf8").split("\n").filter(Boolean);
  const path = join(dir, "big.export.CSV");
  const out = createWriteStream(path);
  let written = 0;
  for (let copy = 0; written < ROWS; copy++) {
    let chunk = "";
    for (const line of lines) {
      const cells = line.split("\t");
      cells[0] = String(9_000_000_000 + written);
      const day = new Date(Date.UTC(+cells[1].slice(0, 4), +cells[1].slice(4, 6) - 1, +cells[1].slice(6, 8) + copy));
      cells[1] = day.toISOString().slice(0, 10).replaceAll("-", "");
      chunk += `${cells.join("\t")}\n`;
      if (++written >= ROWS) break;
    }
    if (!out.write(chunk)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return path;
}

function papaparse(path) {
  const text = readFileSync(path, "utf8");
  const start = performance.now();
  const { data } = Papa.parse(text, { delimiter: "\t", newline: "\n", quoteChar: "\u0000" });
  return { seconds: (performance.now() - start) / 1000, rows: data.length };
}

function parseAndMap(path) {
  const text = readFileSync(path, "utf8");
  const start = performance.now();
  const reader = createGdeltReader({ file: "big.export.CSV" });
  let events = reader.write(text).length;
  events += reader.end().length;
  return { seconds: (performance.now() - start) / 1000, events, report: reader.report };
}

async function loadEvents(db) {
  const store = await createSqliteStore({ path: db });
  const pairs = ["AZ", "IL", "PS", "TR", "US", "CN", "RU", "FR", "DE", "GB", "JP", "IN", "BR", "ZA", "EG", "SA", "IR", "VA", "IT", "TW"];
  const types = ["visit", "meeting", "phone-call", "agreement", "ambassador-appointed", "credentials-presented", "mission-opened", "diplomat-expelled"];
  const batch = 200_000;
  for (let from = 0; from < EVENTS; from += batch) {
    const events = [];
    for (let i = from; i < Math.min(EVENTS, from + batch); i++) {
      const source = pairs[i % pairs.length];
      const target = pairs[(i * 7 + 3) % pairs.length] === source ? pairs[(i + 1) % pairs.length] : pairs[(i * 7 + 3) % pairs.length];
      const day = `${1990 + (i % 35)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
      events.push({ id: `b${String(i).padStart(7, "0")}`, type: types[i % types.length], source, target, date: day, sources: [{ rule: "bench", url: `https://news.example.org/${i}`, sentence: `Report number ${i} of a diplomatic event.` }] });
    }
    await store.ingestRecords({ events }, { input: `bench#${from}` }, { mode: "bulk", rebuildIndexes: false });
  }
  await store.close();
}

console.log(`node ${process.version}; ${ROWS.toLocaleString("en-US")} GDELT rows; ${EVENTS.toLocaleString("en-US")} events to export; temp ${dir}\n`);
try {
  const file = await buildGdeltFile();
  const megabytes = statSync(file).size / 1e6;
  // Best of three runs each: the host is shared, and the fastest run is the least disturbed one.
  const best = (runs) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const baseline = best([1, 2, 3].map(() => papaparse(file)));
  const mapped = best([1, 2, 3].map(() => parseAndMap(file)));
  const imported = best([1, 2, 3].map((n) => cli(["import", "gdelt", "--json", "--db", join(dir, n === 3 ? "gdelt.db" : `gdelt-${n}.db`), file])));
  const rows = mapped.report.rows;
  console.log(`## GDELT import (${fmt(rows)} rows, ${fmt(megabytes, 1)} MB)\n`);
  console.log("| | seconds | rows/s | MB/s | × papaparse |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  const row = (name, s) => console.log(`| ${name} | ${fmt(s, 2)} | ${fmt(rows / s)} | ${fmt(megabytes / s, 1)} | ${fmt(s / baseline.seconds, 2)} |`);
  row("papaparse 5 bare parse (baseline)", baseline.seconds);
  row("Chancery parse + map (createGdeltReader)", mapped.seconds);
  row("Chancery parse + map + store (`chancery import gdelt`, process start included)", imported.seconds);
  console.log(`\nkept ${fmt(mapped.events)} events from ${fmt(rows)} rows; import peak RSS ${fmt(imported.rssMiB)} MiB, JS heap ${fmt(imported.heapMiB)} MiB; target ≤ 2 × papaparse: ${imported.seconds <= 2 * baseline.seconds ? "met" : "NOT met"}\n`);

  const db = join(dir, "events.db");
  const loadStart = performance.now();
  await loadEvents(db);
  console.log(`## Export (${fmt(EVENTS)} events; bulk load took ${fmt((performance.now() - loadStart) / 1000, 1)} s)\n`);
  console.log("| export | events | seconds | events/s | output MB | peak RSS MiB | peak JS heap MiB |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  // The same format over a tenth of the data (events up to 1993), and over all of it with V8's old space capped at
  // 64 MiB: if the export held its output or its records, the first would use far less and the second would fail.
  const runs = [
    ["ndjson", ["--to", "1993"], [], "ndjson, events ≤ 1993"],
    ["ndjson", [], [], "ndjson"],
    ["ndjson", [], ["--max-old-space-size=64"], "ndjson, heap capped at 64 MiB"],
    ["plover", [], [], "plover"],
    ["cameo", [], [], "cameo"],
    ["graphml", [], [], "graphml"],
  ];
  for (const [format, filter, flags, name] of runs) {
    const path = join(dir, `out.${format}`);
    const out = createWriteStream(path);
    await new Promise((resolve) => out.on("open", resolve));
    const run = cli(["export", "--format", format, ...filter, "--db", db], out, flags);
    out.close();
    const text = format === "ndjson" ? readFileSync(path, "latin1") : "";
    const count = format === "ndjson" ? text.split("\n").length - 1 : EVENTS;
    console.log(`| ${name} | ${fmt(count)} | ${fmt(run.seconds, 1)} | ${fmt(count / run.seconds)} | ${fmt(statSync(path).size / 1e6, 0)} | ${fmt(run.rssMiB)} | ${fmt(run.heapMiB)} |`);
    rmSync(path);
  }
  const small = cli(["export", "--format", "ndjson", "--db", join(dir, "gdelt.db")], "ignore");
  console.log(`\nfor scale: the same CLI exporting the ${fmt(mapped.events)}-event GDELT knowledge base above peaks at ${fmt(small.rssMiB)} MiB RSS, ${fmt(small.heapMiB)} MiB JS heap (SQLite's page cache is up to 256 MiB per connection, the store's setting)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
