import { readdir, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { CoreError, detectFormat, formatIssue, type Issue, parseRecords, sniffFormat } from "@proj/core";
import type { IngestReport, Store } from "@proj/store";
import { type Command, parseOptions } from "../command.js";
import { DB_OPTION, redact, resolveDatabase, storeModule, withStore } from "../db.js";
import { type Defaults, DOCUMENT_OPTIONS, documentFromText, KIND_BY_EXTENSION, readDefaults, readText, STDIN } from "../documents.js";
import { type Io, paint, type Writer } from "../io.js";
import { plural } from "../output.js";

/** What a folder is searched for: articles and record files. */
const FOLDER_EXTENSIONS = new Set([".json", ".txt", ".html", ".htm", ".md", ".csv", ".tsv", ".ndjson", ".jsonl", ".yaml", ".yml"]);
/** From this many inputs, a terminal gets a progress bar. */
const PROGRESS_FROM = 4;

/** One input's outcome: the report of what it changed, or why it was not read. */
type Outcome = { file: string; kind: "document" | "records"; report: IngestReport } | { file: string; issues: Issue[] };

export const ingestCommand: Command = {
  name: "ingest",
  description: "store articles and record files in the knowledge base, merged with what it knows",
  usage: "[options] PATH...   (files or folders: .json/.txt/.html/.md articles, .csv/.ndjson/.yaml/.json records; - reads stdin)",
  options: {
    ...DOCUMENT_OPTIONS,
    json: { type: "boolean", description: "Print each input's IngestReport as one JSON line, with its file" },
    ...DB_OPTION,
  },
  examples: [
    ["Read every article and record file under a folder", "chancery ingest examples/articles"],
    ["Store a plain-text article, telling the day it was published", "chancery ingest --published 2023-03-31 article.txt"],
    ["Import structured records into a PostgreSQL knowledge base", "chancery ingest --db postgres://localhost/chancery missions.csv"],
    ["Store an article piped in, and see what merged", "pbpaste | chancery ingest --published 2023-03-31 --json -"],
  ],
  async run(args, io) {
    const { values, positionals } = parseOptions(ingestCommand, args);
    if (positionals.length === 0) throw new CoreError("INVALID_INPUT", "nothing to ingest; pass files or folders, or - to read stdin");
    const defaults = readDefaults(values);
    const inputs = await expand(positionals);
    let stdin: Promise<string> | undefined;
    const readStdin = () => (stdin ??= io.readStdin());
    const outcomes = await withStore(values.db, async (store) => {
      const progress = inputs.length >= PROGRESS_FROM ? progressBar(io.stderr, inputs.length) : undefined;
      const done: Outcome[] = [];
      for (const input of inputs) {
        progress?.(done.length, input.file);
        done.push(input.issues ? { file: input.file, issues: input.issues } : await ingestOne(store, input.name, input.file, readStdin, defaults));
      }
      progress?.(done.length, null);
      return done;
    });
    for (const outcome of outcomes) {
      if ("issues" in outcome) io.stderr.write(outcome.issues.map((issue) => `${formatIssue(issue)}\n`).join(""));
      else if (values.json) io.stdout.write(`${JSON.stringify({ file: outcome.file, ...outcome.report })}\n`);
    }
    io.stderr.write(summary(io, outcomes, resolveDatabase(values.db)));
    return outcomes.some((o) => "issues" in o) ? 1 : 0;
  },
};

interface Input {
  /** As given: a path, or `-`. */
  name: string;
  /** As shown in messages. */
  file: string;
  issues?: Issue[];
}

/** Paths to inputs: folders are walked (sorted, hidden entries skipped) for the extensions Chancery reads. */
async function expand(paths: readonly string[]): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const path of paths) {
    if (path === "-") {
      inputs.push({ name: "-", file: STDIN });
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) {
      // A missing file is reported when it is read, like any other unreadable one.
      inputs.push({ name: path, file: path });
      continue;
    }
    const found = await walk(path);
    if (found.length === 0) inputs.push({ name: path, file: path, issues: [{ file: path, message: `no articles or record files (${[...FOLDER_EXTENSIONS].join(" ")}) in this folder` }] });
    inputs.push(...found.map((file) => ({ name: file, file })));
  }
  return inputs;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith(".")).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && FOLDER_EXTENSIONS.has(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}

const RECORD_FORMATS_BY_EXTENSION = new Set([".csv", ".tsv", ".ndjson", ".jsonl", ".yaml", ".yml"]);

/**
 * Reads one input and stores it: record files (CSV, NDJSON, YAML, or JSON without a `text` field) as a batch of
 * records, everything else as an article run through the extractor. Errors in the input are its outcome, not a throw.
 */
async function ingestOne(store: Store, name: string, file: string, readStdin: () => Promise<string>, defaults: Defaults): Promise<Outcome> {
  const read = await readText(name, file, readStdin);
  if (!read.success) return { file, issues: read.issues };
  const extension = name === "-" ? "" : extname(name).toLowerCase();
  try {
    if (RECORD_FORMATS_BY_EXTENSION.has(extension) || (isJsonish(extension, read.text) && !isDocumentJson(read.text))) {
      return await ingestRecords(store, read.text, file, name === "-" ? null : name);
    }
    const document = await documentFromText(read.text, KIND_BY_EXTENSION[extension], file, defaults);
    if (!document.success) return { file, issues: document.issues };
    const { ingestDocument } = await storeModule();
    return { file, kind: "document", report: await ingestDocument(store, document.document) };
  } catch (error) {
    // The store rejects invalid records with located issues; anything else is a bug and stops the run.
    if (error instanceof CoreError && error.code !== "INTERNAL") {
      return { file, issues: error.issues.length > 0 ? error.issues.map((issue) => ({ file, ...issue })) : [{ file, message: error.message }] };
    }
    throw error;
  }
}

/** A .json file, or stdin or an unknown extension whose text is JSON (or NDJSON). */
const isJsonish = (extension: string, text: string) =>
  extension === ".json" || (!(extension in KIND_BY_EXTENSION) && /^\s*[[{]/.test(text) && ["json", "ndjson"].includes(sniffFormat(text)));

/** A JSON object with a `text` field is an article; anything else JSON holds records. */
function isDocumentJson(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) && "text" in value;
  } catch {
    // Not JSON at all (NDJSON, or broken): the records parser reports where.
    return false;
  }
}

async function ingestRecords(store: Store, text: string, file: string, path: string | null): Promise<Outcome> {
  const format = (path ? detectFormat(path) : null) ?? sniffFormat(text);
  const { missions, officials, events, issues } = parseRecords(text, { format, file });
  // All or nothing per file: a half-imported file is harder to fix than a rejected one.
  if (issues.length > 0) return { file, issues: [...issues, { file, message: `nothing from this file was stored; "chancery validate ${path ?? "-"}" lists every issue` }] };
  if (missions.length + officials.length + events.length === 0) return { file, issues: [{ file, message: "no missions, officials or events in this file" }] };
  return { file, kind: "records", report: await store.ingestRecords({ missions, officials, events }, { input: file, rule: format }) };
}

/** `[#######.......] 3/10 name` on one rewritten line of a terminal's stderr; nothing elsewhere. */
function progressBar(stderr: Writer, total: number): ((done: number, current: string | null) => void) | undefined {
  const terminal = stderr as Writer & { isTTY?: boolean; columns?: number };
  if (terminal.isTTY !== true) return undefined;
  const width = 24;
  return (done, current) => {
    if (current === null) {
      stderr.write("\r\u001b[2K");
      return;
    }
    const filled = Math.round((done / total) * width);
    const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${basename(current)}`;
    stderr.write(`\r\u001b[2K${line.slice(0, (terminal.columns ?? 80) - 1)}`);
  };
}

/**
 * What changed, on stderr:
 * `10 documents: 9 added, 1 already known` / `missions: 2 created, 5 merged · officials: … · events: …` / `in ./chancery.db`.
 */
function summary(io: Io, outcomes: readonly Outcome[], target: string): string {
  const stored = outcomes.flatMap((o) => ("report" in o ? [o] : []));
  const tally = (kind: "document" | "records", noun: string) => {
    const list = stored.filter((o) => o.kind === kind);
    const known = list.filter((o) => o.report.duplicate).length;
    return `${plural(list.length, noun)}: ${list.length - known} added, ${known} already known`;
  };
  const total = (kind: "missions" | "officials" | "events", field: "created" | "merged") => stored.reduce((sum, o) => sum + o.report[kind][field], 0);
  const failed = outcomes.length - stored.length;
  const inputs = [tally("document", "document"), ...(stored.some((o) => o.kind === "records") ? [tally("records", "records file")] : [])];
  const lines = [
    inputs.join("; "),
    (["missions", "officials", "events"] as const).map((kind) => `${kind}: ${total(kind, "created")} created, ${total(kind, "merged")} merged`).join(" · "),
    paint(io, "dim", `in ${redact(target)}`),
    ...(failed > 0 ? [paint(io, "red", `${plural(failed, "input")} not stored (see above)`)] : []),
  ];
  return `${lines.join("\n")}\n`;
}
