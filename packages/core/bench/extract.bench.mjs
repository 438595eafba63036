// Extraction benchmark: `extract` over ≥ 5 MB of generated news articles, beside two baselines on the same text in the
// same run — chrono-node finding dates alone, compromise finding people and places — then the cold start of the
// built CLI on one article. Each engine runs in a child process of its own (one thread), so its peak RSS is its own.
// The targets are judged on the first pass over the corpus, JIT warm-up included; a second pass over the same
// articles is reported beside it, as the steady state of a long-running process.
// Run: npm run bench -w @proj/core  (after `npm run build`; the cold start needs the CLI built too)
// Options: MB=5 (corpus size, 10^6 bytes), COLD_RUNS=10, ENGINES=extract,chrono,compromise (compromise takes a minute)
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCorpus } from "./corpus.mjs";

const MB = 1e6;
const TARGET_BYTES = Number(process.env.MB ?? 5) * MB;
const COLD_RUNS = Number(process.env.COLD_RUNS ?? 10);
const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const TARGETS = { mbPerSecond: 10, coldStartMs: 300 };
// Real news beside the generated corpus: the development set's articles (read-only shared data, beside the repo).
const REAL_DIR = join(ROOT, "../shared/eval/dev");
const REAL_PASSES = 10;
const ENGINES = (process.env.ENGINES ?? "extract,chrono,compromise").split(",");
// The host is shared: figures mean little without the load they were measured under.
const load = () => loadavg().map((n) => n.toFixed(2)).join(", ");

// ---- one engine in this process: the child's side ----

async function runEngine(name) {
  const core = await import("../dist/index.js");
  const { articles, bytes } = createCorpus(core.listActors, { bytes: TARGET_BYTES });
  let work;
  if (name === "extract") {
    work = (a) => {
      const x = core.extract(a);
      return x.events.length + x.officials.length + x.missions.length;
    };
  } else if (name === "chrono") {
    const chrono = await import("chrono-node");
    work = (a) => chrono.parse(a.text, new Date(`${a.published}T12:00:00Z`)).length;
  } else {
    const nlp = (await import("compromise")).default;
    work = (a) => {
      const doc = nlp(a.text);
      return doc.people().out("array").length + doc.places().out("array").length;
    };
  }
  for (const a of articles.slice(0, 20)) work(a); // warm-up, not counted
  const rssBefore = process.memoryUsage().rss;
  let found = 0;
  const start = performance.now();
  for (const a of articles) found += work(a);
  const seconds = (performance.now() - start) / 1000;
  // The same articles again, every function now compiled: what a long-running process (an ingest, the API) sees.
  const again = performance.now();
  for (const a of articles) work(a);
  const warmSeconds = (performance.now() - again) / 1000;
  // Real articles, read REAL_PASSES times after the corpus: longer, more tangled sentences than the templates', with
  // paths the templates never take (still warming up: V8 compiles what they need as it meets it).
  const real = realArticles();
  let realSeconds = null;
  if (real.articles.length) {
    const at = performance.now();
    for (let k = 0; k < REAL_PASSES; k++) for (const a of real.articles) work(a);
    realSeconds = (performance.now() - at) / 1000;
  }
  const result = { articles: articles.length, bytes, seconds, warmSeconds, found, rssBefore, maxRss: process.resourceUsage().maxRSS * 1024, real: { articles: real.articles.length, bytes: real.bytes * REAL_PASSES, seconds: realSeconds } };
  process.stdout.write(JSON.stringify(result));
}

function realArticles() {
  if (!existsSync(REAL_DIR)) return { articles: [], bytes: 0 };
  const articles = readdirSync(REAL_DIR).filter((f) => f.endsWith(".json")).sort().map((f) => {
    const { text, published, url, title, id } = JSON.parse(readFileSync(join(REAL_DIR, f), "utf8"));
    return { text, published: published ?? "2024-01-01", url, title, id };
  });
  return { articles, bytes: articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0) };
}

// ---- the parent: run each engine, then the cold start, and print the table ----

function engine(name) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), "--engine", name], { encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(out);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

function timeSpawns(args, cwd, env = process.env) {
  const times = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const start = performance.now();
    const run = spawnSync(process.execPath, args, { cwd, encoding: "utf8", env });
    times.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  }
  return times;
}

async function coldStart() {
  if (!existsSync(join(ROOT, "apps/cli/dist/main.cjs"))) return null;
  const { listActors } = await import("../dist/index.js");
  const dir = mkdtempSync(join(tmpdir(), "chancery-bench-"));
  try {
    const file = join(dir, "article.json");
    writeFileSync(file, JSON.stringify(createCorpus(listActors, { count: 1 }).articles[0]));
    const args = ["apps/cli/bin/chancery.cjs", "extract", file, "--json"];
    const cli = timeSpawns(args, ROOT);
    const node = timeSpawns(["-e", "0"], ROOT);
    // NODE_EXTRA_CA_CERTS makes Node parse a CA bundle before any script runs (80 ms for Debian's, in node alone and so
    // in every start); some hosts set it, a user's machine seldom does. Both are shown, the target judged as it is.
    const { NODE_EXTRA_CA_CERTS: bundle, ...plain } = process.env;
    const without = bundle ? { cli: median(timeSpawns(args, ROOT, plain)), node: median(timeSpawns(["-e", "0"], ROOT, plain)) } : null;
    return { cli: median(cli), min: Math.min(...cli), node: median(node), without };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const fmt = (n, digits = 1) => n.toLocaleString("en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const loadBefore = load();
  const names = { extract: "extract (@proj/core)", chrono: "chrono-node: dates only", compromise: "compromise: people + places" };
  const results = Object.fromEntries(["extract", "chrono", "compromise"].filter((name) => ENGINES.includes(name)).map((name) => [name, engine(name)]));
  const { articles, bytes } = Object.values(results)[0];
  const rows = [
    ["", ...Object.keys(results).map((name) => names[name])],
    ["MB/s", ...Object.values(results).map((r) => fmt(r.bytes / MB / r.seconds, 2))],
    ["articles/s", ...Object.values(results).map((r) => fmt(r.articles / r.seconds, 0))],
    ["seconds", ...Object.values(results).map((r) => fmt(r.seconds, 2))],
    ["MB/s, second pass (compiled)", ...Object.values(results).map((r) => fmt(r.bytes / MB / r.warmSeconds, 2))],
    ["MB/s, real articles (10 readings)", ...Object.values(results).map((r) => (r.real.seconds ? fmt(r.real.bytes / MB / r.real.seconds, 2) : "–"))],
    ["found", ...Object.values(results).map((r) => fmt(r.found, 0))],
    ["peak RSS (MB)", ...Object.values(results).map((r) => fmt(r.maxRss / MB, 0))],
    ["RSS before the run (MB)", ...Object.values(results).map((r) => fmt(r.rssBefore / MB, 0))],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => `| ${r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ")} |`;
  console.log(`corpus: ${articles} articles, ${fmt(bytes / MB, 2)} MB (10^6 bytes), seeded; node ${process.version}, one thread per engine; load average ${loadBefore}\n`);
  console.log(line(rows[0]));
  console.log(`| ${widths.map((w, c) => (c === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`);
  for (const r of rows.slice(1)) console.log(line(r));
  console.log("\n(found: extract = missions + officials + events; chrono = date mentions; compromise = people + places)");
  const real = Object.values(results)[0].real;
  console.log(real.articles
    ? `(real articles: the ${real.articles} of ../shared/eval/dev, ${fmt(real.bytes / REAL_PASSES / 1e3, 0)} kB, read ${REAL_PASSES} times after the corpus)`
    : "(real articles: skipped, ../shared/eval/dev is not beside the repository)");

  const cold = await coldStart();
  console.log(cold
    ? `\ncold start, \`chancery extract one.json --json\`: median ${fmt(cold.cli, 0)} ms, min ${fmt(cold.min, 0)} ms over ${COLD_RUNS} runs (bare \`node -e 0\`: median ${fmt(cold.node, 0)} ms)`
    : "\ncold start: skipped, the CLI is not built (npm run build)");
  if (cold?.without) console.log(`  without NODE_EXTRA_CA_CERTS (set here): median ${fmt(cold.without.cli, 0)} ms (bare \`node -e 0\`: median ${fmt(cold.without.node, 0)} ms)`);
  console.log(`load average at the end: ${load()}`);
  console.log("\ntargets:");
  if (results.extract) {
    const rate = bytes / MB / results.extract.seconds;
    console.log(`  ≥ ${TARGETS.mbPerSecond} MB/s: ${fmt(rate, 2)} MB/s — ${rate >= TARGETS.mbPerSecond ? "met" : "not met"}`);
    if (results.chrono) {
      const chronoRate = bytes / MB / results.chrono.seconds;
      console.log(`  faster than chrono-node's date pass: ${fmt(rate, 2)} vs ${fmt(chronoRate, 2)} MB/s — ${rate > chronoRate ? "met" : "not met"}`);
    }
  }
  if (cold) console.log(`  cold start ≤ ${TARGETS.coldStartMs} ms: ${fmt(cold.cli, 0)} ms — ${cold.cli <= TARGETS.coldStartMs ? "met" : "not met"}`);
}

const at = process.argv.indexOf("--engine");
if (at >= 0) await runEngine(process.argv[at + 1]);
else await main();
