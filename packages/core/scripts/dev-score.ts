// Scores the extractor on the shared development set in one process (seconds, not minutes), for rule work:
//   npx tsx packages/core/scripts/dev-score.ts [--verbose] [--by-type] [--gold DIR]
// --by-type adds a Markdown table of event results per type (the one in docs/extraction.md).
// CI scores the built CLI instead, exactly as the held-out evaluation does (see .ci/run).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extract } from "../src/extract/extract.js";

const args = process.argv.slice(2);
const goldIndex = args.indexOf("--gold");
const gold = resolve(goldIndex >= 0 ? args[goldIndex + 1]! : join(import.meta.dirname, "../../../../shared/eval/dev"));
const out = mkdtempSync(join(tmpdir(), "chancery-score-"));
const byType = new Map<string, { tp: number; gold: number; predicted: number }>();
const SYMMETRIC = new Set(["meeting", "phone-call", "agreement", "relations-established"]);
type Ev = { type: string; source: string | null; target: string | null };
const sameEvent = (g: Ev, p: Ev) =>
  g.type === p.type && (SYMMETRIC.has(g.type) ? [g.source, g.target].sort().join() === [p.source, p.target].sort().join() : g.source === p.source && g.target === p.target);
for (const file of readdirSync(gold).filter((f) => f.endsWith(".json"))) {
  const doc = JSON.parse(readFileSync(join(gold, file), "utf8"));
  const result = extract({ text: doc.text, published: doc.published ?? null, url: doc.url ?? null, title: doc.title ?? null });
  writeFileSync(join(out, file), JSON.stringify(result));
  const used = new Set<number>();
  const row = (type: string) => byType.get(type) ?? byType.set(type, { tp: 0, gold: 0, predicted: 0 }).get(type)!;
  for (const p of result.events) row(p.type).predicted++;
  for (const g of doc.gold.events as Ev[]) {
    row(g.type).gold++;
    const i = result.events.findIndex((p, k) => !used.has(k) && sameEvent(g, p));
    if (i >= 0) [used.add(i), row(g.type).tp++];
  }
}
const scorer = join(gold, "../score.mjs");
const cmd = `sh -c 'cat "${out}/$(basename "$1")"' _ {file}`;
if (args.includes("--by-type")) {
  const f = (n: number, d: number) => (d ? (n / d).toFixed(2) : "–");
  console.log("| event type | gold | predicted | matched | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|");
  for (const [type, r] of [...byType].sort((a, b) => b[1].gold - a[1].gold)) {
    const p = r.predicted ? r.tp / r.predicted : 0;
    const rec = r.gold ? r.tp / r.gold : 0;
    console.log(`| ${type} | ${r.gold} | ${r.predicted} | ${r.tp} | ${f(r.tp, r.predicted)} | ${f(r.tp, r.gold)} | ${p + rec ? ((2 * p * rec) / (p + rec)).toFixed(2) : "–"} |`);
  }
}
try {
  process.stdout.write(execFileSync("node", [scorer, "--gold", gold, "--cmd", cmd, ...(args.includes("--verbose") ? ["--verbose"] : [])], { encoding: "utf8" }));
} catch (error) {
  process.stdout.write(String((error as { stdout?: string }).stdout ?? error));
}
