// Test fixtures for the knowledge-base commands: made-up articles about real states (the gazetteer knows them),
// written for these tests, and a temporary SQLite knowledge base holding them.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "./command.js";
import { ingestCommand } from "./commands/ingest.js";
import { memoryIo } from "./io.js";

/** Two outlets report Portugal's new embassy in Hanoi and its minister's visit; a note reports a recall. */
export const FIXTURES: Readonly<Record<string, string>> = {
  "tagus.json": JSON.stringify({
    title: "Portugal opens embassy in Hanoi",
    published: "2024-06-05",
    url: "https://tagus-times.example.com/portugal-hanoi",
    text: "Portugal opened an embassy in Hanoi on Monday, the foreign ministry in Lisbon said.\n\nPortuguese Foreign Minister Paulo Rangel visited Hanoi on Monday and met Vietnamese Foreign Minister Bui Thanh Son.",
  }),
  "more/mekong.json": JSON.stringify({
    title: "A Portuguese embassy for Vietnam",
    published: "2024-06-06",
    url: "https://mekong-daily.example.com/portugal-embassy",
    text: "Portugal inaugurated its embassy in Hanoi on Monday.\n\nForeign Minister Paulo Rangel of Portugal held talks with his Vietnamese counterpart Bui Thanh Son in Hanoi on Monday.",
  }),
  "more/recall.txt": "Kenya recalled its ambassador from Ghana on 3 May 2024, the ministry in Nairobi said.\n",
  "posts.csv": 'sender,host,kind,city,status\nPT,BR,consulate-general,"Rio de Janeiro",open\nPT,VN,consulate-general,"Ho Chi Minh City",planned\n',
  "notes.log": "not an article: a folder walk skips this extension",
};

export interface TempKnowledgeBase {
  dir: string;
  db: string;
  at(name: string): string;
  remove(): void;
}

/** A temporary folder with the fixtures written into it, and the path of a knowledge base there (not created). */
export function tempFixtures(): TempKnowledgeBase {
  const dir = mkdtempSync(join(tmpdir(), "chancery-cli-"));
  for (const [name, text] of Object.entries(FIXTURES)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return { dir, db: join(dir, "kb.db"), at: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The fixtures, ingested into their knowledge base. */
export async function seededKnowledgeBase(): Promise<TempKnowledgeBase> {
  const kb = tempFixtures();
  const io = memoryIo();
  const code = await ingestCommand.run(["--db", kb.db, kb.dir], io);
  if (code !== 0) throw new Error(`seeding failed: ${io.err()}`);
  return kb;
}

/** Runs a command against a knowledge base with a fake Io: its exit code and what it wrote. */
export async function runAgainst(command: Command, db: string, args: string[], options: Parameters<typeof memoryIo>[0] = {}) {
  const io = memoryIo(options);
  const code = await command.run(["--db", db, ...args], io);
  return { code, out: io.out(), err: io.err() };
}
