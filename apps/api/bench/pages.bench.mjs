// Page render benchmark: the built app (dist/app.js) on a SQLite knowledge base holding the example articles, each
// HTML page requested one after another over loopback HTTP (keep-alive), after a warm-up; p50/p99/max per page,
// request to last byte. The target (issue #7): page render p99 ≤ 50 ms on the example database.
// Run: npm run bench:pages -w @proj/api  (after `npm run build`)   Options: RUNS=500 WARMUP=30
import { once } from "node:events";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { DocumentInput } from "@proj/core";
import { ingestDocument, openStore } from "@proj/store";
import { createApp } from "../dist/app.js";

const RUNS = Number(process.env.RUNS ?? 500);
const WARMUP = Number(process.env.WARMUP ?? 30);
const EXAMPLES = fileURLToPath(new URL("../../../examples/articles/", import.meta.url));

const dir = mkdtempSync(join(tmpdir(), "chancery-pages-bench-"));
const store = await openStore(join(dir, "kb.db"));
for (const name of readdirSync(EXAMPLES).sort()) {
  const text = readFileSync(join(EXAMPLES, name), "utf8");
  if (extname(name) === ".json") await ingestDocument(store, DocumentInput.parse(JSON.parse(text)));
  else if (extname(name) === ".txt") await ingestDocument(store, { text });
}
const server = createApp({ store }).listen(0, "127.0.0.1");
await once(server, "listening");
const base = `http://127.0.0.1:${server.address().port}`;

const relations = await store.relations("AZ", "IL");
const event = relations.timeline.find((e) => e.type === "mission-opened") ?? relations.timeline[0];
const official = (await store.officials({ limit: 1 })).items[0];
const article = event.sources.find((s) => s.documentId)?.documentId;
const PAGES = [
  ["home", "/"],
  ["search", "/search?q=azer"],
  ["country", "/countries/AZ"],
  ["relations", "/relations/AZ/IL"],
  ["event", `/events/${encodeURIComponent(event.id)}`],
  ["mission", `/missions/${encodeURIComponent(relations.missions.aInB[0].id)}`],
  ["official", `/officials/${encodeURIComponent(official.id)}`],
  ["article (stored, re-read)", `/articles/${article}`],
];

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
async function measure(path, fresh) {
  let bytes = 0;
  const times = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const url = fresh ? `${base}${path}${path.includes("?") ? "&" : "?"}n=${i}` : base + path;
    const start = performance.now();
    const res = await fetch(url, { headers: { accept: "text/html" } });
    const body = await res.arrayBuffer();
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    if (i >= WARMUP) times.push(ms);
    bytes = body.byteLength;
  }
  times.sort((a, b) => a - b);
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), max: times.at(-1), kb: bytes / 1024 };
}

const rows = [];
for (const [name, path] of PAGES) rows.push({ name, path, served: await measure(path, false), rendered: await measure(path, true) });

console.log(`page render, ${RUNS} requests each after ${WARMUP} warm-up, node ${process.version}, load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log("| page | KB | served p50 / p99 / max (ms) | rendered every time p50 / p99 / max (ms) |");
console.log("| --- | ---: | ---: | ---: |");
const ms = (m) => `${m.p50.toFixed(2)} / ${m.p99.toFixed(2)} / ${m.max.toFixed(1)}`;
for (const r of rows) console.log(`| ${r.name} \`${r.path.length > 40 ? `${r.path.slice(0, 37)}…` : r.path}\` | ${r.served.kb.toFixed(1)} | ${ms(r.served)} | ${ms(r.rendered)} |`);
const worst = Math.max(...rows.map((r) => r.rendered.p99));
console.log(`worst p99 rendering every time ${worst.toFixed(2)} ms: target p99 ≤ 50 ms ${worst <= 50 ? "met" : "NOT met"}`);
server.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
