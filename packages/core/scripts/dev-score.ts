// Scores the extractor on the shared development set in one process (seconds, not minutes), for rule work:
//   npx tsx packages/core/scripts/dev-score.ts [--verbose] [--gold DIR]
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
for (const file of readdirSync(gold).filter((f) => f.endsWith(".json"))) {
  const doc = JSON.parse(readFileSync(join(gold, file), "utf8"));
  const result = extract({ text: doc.text, published: doc.published ?? null, url: doc.url ?? null, title: doc.title ?? null });
  writeFileSync(join(out, file), JSON.stringify(result));
}
const scorer = join(gold, "../score.mjs");
const cmd = `sh -c 'cat "${out}/$(basename "$1")"' _ {file}`;
try {
  process.stdout.write(execFileSync("node", [scorer, "--gold", gold, "--cmd", cmd, ...(args.includes("--verbose") ? ["--verbose"] : [])], { encoding: "utf8" }));
} catch (error) {
  process.stdout.write(String((error as { stdout?: string }).stdout ?? error));
}
