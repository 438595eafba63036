// Test support (no test imports it from the package's entry, so it is never bundled): the sentences a shortcut is
// checked against, since a gate or a fast path must give way wherever the pattern it stands in for matches.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { listActors } from "../gazetteer/actors.js";
import { splitSentences } from "./sentences.js";

const HERE = new URL("./", import.meta.url);
const DEV_SET = new URL("../../../../../shared/eval/dev/", import.meta.url);

/** The quoted strings of the extractor's own tests: the sentences the rules were written against. */
function testSentences(): string[] {
  const files = readdirSync(HERE).filter((f) => f.endsWith(".test.ts")).map((f) => readFileSync(new URL(f, HERE), "utf8"));
  return files.flatMap((source) => [...source.matchAll(/"((?:[^"\\\n]|\\.){12,})"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string));
}

/** The shared development set's sentences; none where the shared material is absent. */
function devSentences(): string[] {
  const dir = fileURLToPath(DEV_SET);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).flatMap((f) => splitSentences(JSON.parse(readFileSync(`${dir}/${f}`, "utf8")).text as string).map((s) => s.text));
}

async function corpusSentences(): Promise<string[]> {
  // @ts-expect-error: the benchmarks' corpus is plain JavaScript
  const { createCorpus } = (await import("../../bench/corpus.mjs")) as { createCorpus: (list: typeof listActors, options: { count: number }) => { articles: { text: string }[] } };
  return createCorpus(listActors, { count: 300 }).articles.flatMap((a) => splitSentences(a.text).map((s) => s.text));
}

let atHand: Promise<string[]> | undefined;

/** The tests' sentences, the dev set's and 300 articles of the benchmarks' corpus; read once per test file. */
export function sentencesAtHand(): Promise<string[]> {
  return (atHand ??= corpusSentences().then((corpus) => [...testSentences(), ...devSentences(), ...corpus]));
}
