import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import {
  CoreError, createGdeltReader, type DiplomaticEvent, GDELT_SKIP_REASONS, type GdeltReport, type MissionImportReport, MISSION_SKIP_REASONS, parseEmbassies,
} from "@proj/core";
import type { IngestMode, Store } from "@proj/store";
import { choice, type Command, parseOptions } from "../command.js";
import { DB_OPTION, resolveDatabase, withStore } from "../db.js";
import { STDIN } from "../documents.js";
import type { Io } from "../io.js";

const SOURCES = ["gdelt", "missions"] as const;
type Source = (typeof SOURCES)[number];
const MODES: readonly IngestMode[] = ["bulk", "merge"];
/** Events stored per transaction: large enough to amortise each commit, small enough to keep memory flat. */
export const GDELT_BATCH = 20_000;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export const importCommand: Command = {
  name: "import",
  description: "import the field's data: GDELT event exports, Wikidata's list of embassies and consulates",
  usage: "gdelt FILE... | missions FILE   (gdelt: .CSV/.tsv exports or their .zip, - reads stdin)",
  options: {
    mode: { type: "string", value: "bulk|merge", description: "bulk: store as read (default for gdelt); merge: match each record with what is known (default for missions)" },
    window: { type: "string", value: "N", description: "gdelt: events held back to merge later reports of the same event into (default 20000)" },
    json: { type: "boolean", description: "Print the import report as JSON on stdout" },
    ...DB_OPTION,
  },
  examples: [
    ["Import a day of GDELT 2.0 exports, zipped as GDELT publishes them", "chancery import gdelt 20191024*.export.CSV.zip"],
    ["Import a GDELT 1.0 daily file piped in", "unzip -p 20160728.export.CSV.zip | chancery import gdelt -"],
    ["Import Wikidata's embassies and consulates", "chancery import missions database_of_embassies.csv"],
  ],
  async run(args, io) {
    const { values, positionals } = parseOptions(importCommand, args);
    const [source, ...files] = positionals;
    const what = choice("the source", source, SOURCES) as Source | undefined;
    if (!what) throw new CoreError("INVALID_INPUT", `say what to import: chancery import gdelt FILE... or chancery import missions FILE`);
    if (files.length === 0) throw new CoreError("INVALID_INPUT", `no files given; pass ${what === "gdelt" ? "one or more GDELT exports (.CSV, .tsv, .zip), or - for stdin" : "the database_of_embassies.csv file"}`);
    const mode = choice("--mode", values.mode, MODES) ?? (what === "gdelt" ? "bulk" : "merge");
    const window = values.window === undefined ? undefined : Number(values.window);
    if (window !== undefined && !(Number.isInteger(window) && window >= 0)) throw new CoreError("INVALID_INPUT", `--window must be a whole number (received ${JSON.stringify(values.window)})`);
    const target = resolveDatabase(values.db);
    if (what === "gdelt") {
      const result = await withStore(values.db, (store) => importGdelt(store, files, io, { mode, window }));
      io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : "");
      io.stderr.write(gdeltSummary(result, target, mode));
      return 0;
    }
    if (files.length > 1) throw new CoreError("INVALID_INPUT", "import missions reads one file");
    const file = files[0]!;
    const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new CoreError(error.code === "ENOENT" ? "NOT_FOUND" : "INVALID_INPUT", `cannot read ${file}: ${error.code === "ENOENT" ? "no such file" : error.message}`, { cause: error });
    });
    const { missions, report } = parseEmbassies(text, { file: basename(file) });
    const stored = await withStore(values.db, (store) => store.ingestRecords({ missions }, { input: basename(file), rule: "wikidata-embassies" }, { mode }));
    const result = { report, stored: { created: stored.missions.created, merged: stored.missions.merged, duplicate: stored.duplicate } };
    io.stdout.write(values.json ? `${JSON.stringify(result)}\n` : "");
    io.stderr.write(missionSummary(result, target, mode));
    return report.missions === 0 && report.rows > 0 ? 1 : 0;
  },
};

export interface GdeltImport {
  report: GdeltReport;
  stored: { created: number; batches: number };
  files: string[];
}

/**
 * Streams GDELT exports (plain or zipped, or stdin) through the reader into the store, a batch at a time, so files
 * of any size import in bounded memory.
 */
export async function importGdelt(store: Store, files: readonly string[], io: Io, options: { mode?: IngestMode; window?: number } = {}): Promise<GdeltImport> {
  const reader = createGdeltReader({ ...(options.window === undefined ? {} : { window: options.window }) });
  const result: GdeltImport = { report: reader.report, stored: { created: 0, batches: 0 }, files: [] };
  let pending: DiplomaticEvent[] = [];
  const flush = async (force: boolean) => {
    while (pending.length >= GDELT_BATCH || (force && pending.length > 0)) {
      const batch = pending.slice(0, GDELT_BATCH);
      pending = pending.slice(GDELT_BATCH);
      const input = `gdelt:${result.files.join(",")}#${++result.stored.batches}`;
      const report = await store.ingestRecords({ events: batch }, { input, rule: "gdelt" }, { mode: options.mode ?? "bulk" });
      result.stored.created += report.events.created;
    }
  };
  const take = async (events: DiplomaticEvent[]) => {
    for (const event of events) pending.push(event);
    await flush(false);
  };
  for (const name of files) {
    for await (const [file, chunks] of entries(name, io)) {
      result.files.push(file);
      await take(reader.startFile(file));
      const decoder = new TextDecoder();
      for await (const chunk of chunks) await take(reader.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true })));
      await take(reader.write(decoder.decode()));
    }
  }
  await take(reader.end());
  await flush(true);
  return result;
}

type Chunks = AsyncIterable<Uint8Array | string>;

/** The texts a name stands for: a file, each file of a zip archive, or stdin (zipped or not). */
async function* entries(name: string, io: Io): AsyncGenerator<[string, Chunks]> {
  const file = name === "-" ? STDIN : basename(name);
  const stream: Chunks = name === "-" ? (io.stdinStream?.() ?? (async function* () { yield await io.readStdin(); })()) : readable(name);
  const [first, rest] = await peek(stream);
  const zipped = first instanceof Uint8Array && ZIP_MAGIC.every((byte, i) => first[i] === byte);
  if (!zipped) {
    if (extname(name).toLowerCase() === ".zip") throw new CoreError("INVALID_INPUT", `${file} is not a zip archive`);
    yield [file, rest];
    return;
  }
  yield* unzipped(file, rest);
}

function readable(path: string): Chunks {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  return (async function* () {
    try {
      for await (const chunk of stream) yield chunk as Uint8Array;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CoreError(code === "ENOENT" ? "NOT_FOUND" : "INVALID_INPUT", `cannot read ${path}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`, { cause: error });
    }
  })();
}

/** The first chunk, and the whole stream again. */
async function peek(stream: Chunks): Promise<[Uint8Array | string | undefined, Chunks]> {
  const iterator = stream[Symbol.asyncIterator]();
  const head = await iterator.next();
  const rest = (async function* () {
    if (head.done) return;
    yield head.value;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();
  return [head.done ? undefined : head.value, rest];
}

/** Each file of a zip archive as a stream of inflated chunks, read as the archive streams in (fflate's Unzip). */
async function* unzipped(archive: string, stream: Chunks): AsyncGenerator<[string, Chunks]> {
  // Inflated data arrives synchronously inside push(): it is queued per entry and handed out after each push.
  const queue: Array<{ name: string; data: Uint8Array[]; done: boolean }> = [];
  let failure: Error | undefined;
  // Loaded here, on the first archive: every other command starts faster without it.
  const { Unzip, UnzipInflate } = await import("fflate");
  const unzip = new Unzip((entry) => {
    if (entry.name.endsWith("/")) return;
    const item = { name: `${archive}:${entry.name}`, data: [] as Uint8Array[], done: false };
    queue.push(item);
    entry.ondata = (error, data, final) => {
      if (error) failure = error;
      else {
        item.data.push(data);
        item.done = final;
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  const pushes = (async function* () {
    for await (const chunk of stream) yield typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
  })();
  let ended = false;
  const pull = async (): Promise<boolean> => {
    if (ended) return false;
    const next = await pushes.next();
    unzip.push(next.done ? new Uint8Array(0) : next.value, next.done === true);
    if (failure) throw new CoreError("INVALID_INPUT", `cannot unzip ${archive}: ${failure.message}`, { cause: failure });
    if (next.done) ended = true;
    return true;
  };
  for (;;) {
    while (queue.length === 0) if (!(await pull())) return;
    const item = queue.shift()!;
    yield [
      item.name,
      (async function* () {
        for (;;) {
          while (item.data.length > 0) yield item.data.shift()!;
          if (item.done) return;
          if (!(await pull())) return;
        }
      })(),
    ];
    // The consumer has read the entry to its end; entries that began meanwhile wait in the queue.
  }
}

const number = (n: number) => n.toLocaleString("en-US");
const counts = (record: Record<string, number>, limit = Infinity) =>
  Object.entries(record)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([key, n]) => `${key} ${number(n)}`)
    .join(", ");

function gdeltSummary({ report, stored, files }: GdeltImport, target: string, mode: IngestMode): string {
  const kept = Object.values(report.byCode).reduce((a, b) => a + b, 0);
  const skipped = GDELT_SKIP_REASONS.reduce((n, r) => n + report.skipped[r], 0);
  const lines = [
    `gdelt: ${number(report.rows)} rows from ${files.length} file${files.length === 1 ? "" : "s"} (GDELT 2.0: ${number(report.versions["2.0"])}, 1.0: ${number(report.versions["1.0"])})`,
    `  kept ${number(kept)} rows → ${number(report.events)} events (${number(report.merged)} rows merged into an event already read)`,
    ...(kept > 0 ? [`  mapped: ${counts(report.byCode)} → ${counts(report.byType)}`] : []),
    `  skipped ${number(skipped)}: ${counts(report.skipped) || "none"}`,
    ...(Object.keys(report.actors).length > 0 ? [`  actors not understood: ${counts(report.actors, 12)}`] : []),
    ...report.malformed.slice(0, 10).map((m) => `  ${m.file}:${m.line}: ${m.message}`),
    `stored in ${target}: ${number(stored.created)} events created (${mode}, ${stored.batches} batch${stored.batches === 1 ? "" : "es"})`,
  ];
  return `${lines.join("\n")}\n`;
}

function missionSummary({ report, stored }: { report: MissionImportReport; stored: { created: number; merged: number; duplicate: boolean } }, target: string, mode: IngestMode): string {
  const skipped = MISSION_SKIP_REASONS.reduce((n, r) => n + report.skipped[r], 0);
  const unmapped = Object.entries(report.unmapped)
    .filter(([, values]) => Object.keys(values).length > 0)
    .map(([reason, values]) => `    ${reason}: ${counts(values, 8)}`);
  const lines = [
    `missions: ${number(report.rows)} rows → ${number(report.missions)} missions (${counts(report.kinds)})`,
    `  hosts from accreditation: ${number(report.adjusted.toJurisdiction)}, from the city: ${number(report.adjusted.fromCity)}`,
    `  skipped ${number(skipped)}: ${counts(report.skipped) || "none"}`,
    ...(unmapped.length > 0 ? ["  unmapped values:", ...unmapped] : []),
    ...report.malformed.slice(0, 10).map((m) => `  ${m.file}:${m.line}: ${m.message}`),
    stored.duplicate
      ? `stored in ${target}: nothing new (this list was imported before)`
      : `stored in ${target}: ${number(stored.created)} missions created, ${number(stored.merged)} merged with known ones (${mode})`,
  ];
  return `${lines.join("\n")}\n`;
}
