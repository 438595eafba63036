// API load benchmark: a SQLite knowledge base of 20,000 missions and 1,000,000 events (the store's bulk path), the
// built server (dist/main.js, production settings: rate limiter on with a high ceiling, JSON request logs) in a child
// process, and autocannon against GET /v1/relations/:a/:b and a filtered GET /v1/missions, side by side with a bare
// Express app answering constant JSON (the ceiling) measured in the same run. Then a soak at a moderate fixed rate:
// zero errors, and the server's RSS sampled throughout must not grow.
// Run: npm run bench -w @proj/api  (after `npm run build`)
// Options: EVENTS=1000000 MISSIONS=20000 DURATION=10 (s per target) CONNECTIONS=10 SOAK=60 (s) SOAK_RATE=100 (req/s) WORKING_SET=1000 (pairs)
//          DB=path/to/load.db keeps the database there, and reuses it on the next run instead of importing again
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir, cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { listActors } from "@proj/core";
import { createSqliteStore } from "@proj/store";
import { createGenerator } from "../../../packages/store/bench/generate.mjs";

const EVENTS = Number(process.env.EVENTS ?? 1_000_000);
const MISSIONS = Number(process.env.MISSIONS ?? 20_000);
const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 10);
const SOAK = Number(process.env.SOAK ?? 60);
const SOAK_RATE = Number(process.env.SOAK_RATE ?? 100);
const API_DIR = fileURLToPath(new URL("..", import.meta.url));
const MAIN = join(API_DIR, "dist/main.js");

// The store benchmark's generator (packages/store/bench/store.bench.mjs), over real ISO codes so the API's gazetteer
// check accepts them: up to 200 states (195 have two-letter codes), 8 kinds, 8 event types, 90 % dated to the day.
const COUNTRIES = listActors().filter((a) => a.kind === "state" && /^[A-Z]{2}$/.test(a.code)).slice(0, 200).map((a) => a.code);
// The store benchmark's generator, over real states so the API's country checks accept them.
const { pick, pair, generate: generateData } = createGenerator({ countries: COUNTRIES });
const generate = () => generateData(MISSIONS, EVENTS);

/** Resolves with the first match of `pattern` in a file a child writes (its log). */
async function waitForLine(file, pattern, child) {
  for (let i = 0; i < 600; i++) {
    const found = pattern.exec(readFileSync(file, "utf8"));
    if (found) return found[1];
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no ${pattern} in ${file}:\n${readFileSync(file, "utf8").slice(-2000)}`);
}

/** A child process serving HTTP on a free loopback port; its log goes to a file. */
async function startServer(name, args, env, pattern) {
  const log = join(dir, `${name}.log`);
  const child = spawn(process.execPath, args, { cwd: API_DIR, env: { ...process.env, ...env }, stdio: ["ignore", openSync(log, "w"), openSync(log, "a")] });
  const url = await waitForLine(log, pattern, child);
  return { child, url, log };
}

const BARE = `import express from "express";
const app = express();
app.get("/", (_req, res) => { res.json({ status: "ok", version: "0.0.0" }); });
const server = app.listen(0, "127.0.0.1", () => console.log("bare listening on http://127.0.0.1:" + server.address().port + " "));
process.on("SIGTERM", () => server.close(() => process.exit(0)));`;

/** RSS of a process in MB, from /proc (Linux). */
const rssOf = (pid) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? Number.NaN) / 1024;
/** CPU seconds a process has used (user + system), from /proc (Linux; clock ticks of 10 ms). */
const cpuOf = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
};

const relationsPath = () => {
  const [a, b] = pair();
  return `/v1/relations/${a}/${b}`;
};
// The relations a dashboard's readers come back to: a fixed set of 1,000 ordered pairs (~23 MB of answers, within the
// response cache's 32 MiB), beside the worst case above, a fresh pair out of all 37,830 per request (mostly misses).
const WORKING_SET = Number(process.env.WORKING_SET ?? 1000);
const workingSet = Array.from({ length: WORKING_SET }, () => relationsPath());
const workingSetPath = () => pick(workingSet);
const missionsPath = () => `/v1/missions?sender=${pick(COUNTRIES)}&status=open`;

function cannon(url, options) {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION, ...options });
}
const summary = (name, r) => ({
  name,
  rps: r.requests.average,
  p50: r.latency.p50,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts + r.non2xx,
  kbPerRequest: r.throughput.average / Math.max(1, r.requests.average) / 1024,
});
/** autocannon with a fresh path for every request. */
const varied = (makePath) => ({ requests: [{ setupRequest: (req) => ({ ...req, path: makePath() }) }] });

/**
 * An open-loop load: a request every 1000/rate ms whatever the answers (autocannon's overallRate sends each second's
 * quota in a burst, which measures its own queue), each timed from its own start.
 */
async function paced(url, makePath, rate, seconds) {
  const latencies = [];
  let errors = 0;
  const pending = [];
  const start = performance.now();
  for (let i = 0; i < rate * seconds; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const sent = performance.now();
    pending.push(
      fetch(`${url}${makePath()}`).then(
        async (res) => {
          await res.arrayBuffer();
          if (!res.ok) errors++;
          latencies.push(performance.now() - sent);
        },
        () => errors++,
      ),
    );
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { total: pending.length, errors, p50: at(50), p99: at(99) };
}

const fmt = (n, digits = 0) => n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const dir = mkdtempSync(join(tmpdir(), "chancery-load-"));
const children = [];
try {
  const db = process.env.DB ?? join(dir, "load.db");
  let importSeconds = Number.NaN;
  if (!existsSync(db)) {
    process.stderr.write(`generating ${fmt(MISSIONS)} missions and ${fmt(EVENTS)} events over ${COUNTRIES.length} parties…\n`);
    const data = generate();
    const t0 = performance.now();
    const store = await createSqliteStore({ path: db });
    await store.ingestRecords({ missions: data.missions }, { input: "load-missions" }, { mode: "bulk" });
    await store.ingestRecords({ events: data.events }, { input: "load-events" }, { mode: "bulk" });
    await store.close();
    importSeconds = (performance.now() - t0) / 1000;
    process.stderr.write(`bulk import: ${fmt(importSeconds, 1)} s\n`);
  }
  // The generated data is garbage now: collect it before this process times anything (npm run bench passes --expose-gc).
  globalThis.gc?.();

  // The same queries in this process, without HTTP: how much of each route's cost is the store's.
  const reader = await createSqliteStore({ path: db });
  const stats = await reader.stats();
  const inProcess = async (run) => {
    for (let i = 0; i < 200; i++) await run();
    const start = performance.now();
    let calls = 0;
    while (performance.now() - start < 2000) (await run(), calls++);
    return calls / ((performance.now() - start) / 1000);
  };
  const storeRelations = await inProcess(() => {
    const [a, b] = pair();
    return reader.relations(a, b).then((r) => JSON.stringify(r));
  });
  const storeMissions = await inProcess(() => reader.missions({ sender: pick(COUNTRIES), status: "open" }).then((r) => JSON.stringify(r)));
  await reader.close();

  const api = await startServer(
    "api", [MAIN],
    { PORT: "0", HOST: "127.0.0.1", CHANCERY_DB: db, CHANCERY_API_TOKEN: "", CHANCERY_RATE_LIMIT: "1000000000", LOG_LEVEL: "info", NODE_ENV: "production" },
    /listening on (http:\/\/[^\s"]+)/,
  );
  children.push(api.child);
  const bare = await startServer("bare", ["--input-type=module", "-e", BARE], { NODE_ENV: "production" }, /listening on (http:\/\/\S+)/);
  children.push(bare.child);

  const targets = [
    ["bare Express, constant JSON (ceiling)", bare.url, {}],
    ["GET /health (the API's middleware, no store)", `${api.url}/health`, {}],
    [`GET /v1/relations/:a/:b, a working set of ${fmt(WORKING_SET)} pairs`, api.url, varied(workingSetPath)],
    [`GET /v1/relations/:a/:b, any of ${fmt(COUNTRIES.length * (COUNTRIES.length - 1))} pairs (mostly cache misses)`, api.url, varied(relationsPath)],
    ["GET /v1/missions?sender=..&status=open", api.url, varied(missionsPath)],
  ];
  const results = [];
  for (const [name, url, options] of targets) {
    process.stderr.write(`${name}: warm-up, then ${DURATION} s × ${CONNECTIONS} connections…\n`);
    await cannon(url, { ...options, duration: 2 });
    const server = name.startsWith("bare") ? bare.child.pid : api.child.pid;
    const cpu = cpuOf(server);
    const result = summary(name, await cannon(url, options));
    // The server's CPU per answer: what the shared host's scheduling does not distort.
    result.cpuMs = ((cpuOf(server) - cpu) * 1000) / Math.max(1, result.rps * DURATION);
    results.push(result);
  }

  process.stderr.write(`soak: ${SOAK} s at ${SOAK_RATE} req/s, relations and missions alternating…\n`);
  const rss = [];
  const sampler = setInterval(() => rss.push(rssOf(api.child.pid)), 2000);
  rss.push(rssOf(api.child.pid));
  let turn = 0;
  const soak = await paced(api.url, () => (turn++ % 2 ? relationsPath() : missionsPath()), SOAK_RATE, SOAK);
  clearInterval(sampler);
  rss.push(rssOf(api.child.pid));
  const quarter = Math.max(1, Math.floor(rss.length / 4));
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  const early = mean(rss.slice(0, quarter));
  const late = mean(rss.slice(-quarter));
  const soakErrors = soak.errors;
  // The server's own view of the soak, from its request log (whole milliseconds): latency without the client's pauses.
  const served = readFileSync(api.log, "utf8").trimEnd().split("\n").slice(-soak.total).map((l) => JSON.parse(l).responseTime).filter((t) => t !== undefined).sort((a, b) => a - b);
  const servedAt = (p) => served[Math.min(served.length - 1, Math.floor((p / 100) * served.length))];

  const ceiling = results[0].rps;
  const line = (cells) => `| ${cells.join(" | ")} |`;
  console.log(`\n${fmt(stats.missions)} missions, ${fmt(stats.events)} events (bulk import ${Number.isNaN(importSeconds) ? "reused" : `${fmt(importSeconds, 1)} s`}); ${CONNECTIONS} connections, ${DURATION} s per target; node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}\n`);
  const alone = { 2: storeRelations, 3: storeRelations, 4: storeMissions };
  console.log(line(["target", "req/s", "of bare Express", "the store alone, calls/s (one core, no HTTP)", "server CPU per request (ms)", "p50 (ms)", "p99 (ms)", "KB/response", "errors"]));
  console.log(line(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]));
  results.forEach((r, i) =>
    console.log(line([r.name, fmt(r.rps), `${fmt((100 * r.rps) / ceiling)} %`, alone[i] ? fmt(alone[i]) : "", fmt(r.cpuMs, 2), fmt(r.p50, 1), fmt(r.p99, 1), fmt(r.kbPerRequest, 1), fmt(r.errors)])),
  );
  console.log(`\nsoak: ${fmt(soak.total)} requests in ${SOAK} s, one every ${fmt(1000 / SOAK_RATE, 1)} ms (${SOAK_RATE} req/s, open loop); p50 ${fmt(soak.p50, 1)} ms, p99 ${fmt(soak.p99, 1)} ms (server-side, from its log: p50 ${servedAt(50)} ms, p99 ${servedAt(99)} ms); errors ${soakErrors}`);
  console.log(`server RSS (MB): start ${fmt(rss[0], 0)}, first quarter ${fmt(early, 0)}, last quarter ${fmt(late, 0)}, end ${fmt(rss.at(-1), 0)}, max ${fmt(Math.max(...rss), 0)} (${rss.length} samples)`);
  // The throughput target is judged on the routes as they are read (a working set the response cache holds); the
  // all-pairs row is the cost of a cache miss, reported beside it.
  const judged = results.filter((r) => !r.name.includes("cache misses"));
  const verdicts = [
    ...judged.slice(2).map((r) => [`${r.name}: ≥ 50 % of bare Express`, r.rps >= ceiling / 2]),
    ...results.slice(2).map((r) => [`${r.name}: p99 ≤ 20 ms at ${CONNECTIONS} connections`, r.p99 <= 20]),
    [`soak: p99 ≤ 20 ms at ${SOAK_RATE} req/s`, soak.p99 <= 20],
    ["soak: zero errors", soakErrors === 0],
    ["soak: RSS not growing (last quarter within 10 % of the first)", late <= early * 1.1],
  ];
  console.log("");
  for (const [what, ok] of verdicts) console.log(`${ok ? "met" : "NOT met"}: ${what}`);
} finally {
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await once(child, "exit");
    }
  }
  rmSync(dir, { recursive: true, force: true });
}
