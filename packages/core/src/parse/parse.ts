import * as z from "zod";
import { CoreError, type Issue } from "../errors.js";
import type { DiplomaticEvent } from "../model/event.js";
import type { DiplomaticMission } from "../model/mission.js";
import type { Official } from "../model/official.js";
import { readCsv } from "./csv.js";
import { readJson } from "./json.js";
import { readNdjson } from "./ndjson.js";
import { collectRecords, type ParsedRecords, RECORD_FORMATS, type ReadResult, RecordFormat, RecordKind } from "./records.js";
import { readYaml } from "./yaml.js";

export interface ParseOptions {
  /** Defaults to the file name's extension, then to a look at the text. */
  format?: RecordFormat;
  /** Defaults to `auto`. A specific kind reads only that group of a `{ missions, officials, events }` file. */
  kind?: RecordKind;
  /** Named in every issue. */
  file?: string;
}

/** A text and how to read it, as a request to the API gives them. */
export const ParseRequest = z
  .strictObject({
    text: z.string(),
    format: RecordFormat.optional(),
    kind: RecordKind.optional(),
    file: z.string().min(1).max(200).optional().describe("Named in every issue."),
  })
  .meta({ id: "ParseRequest", description: "Records as text (JSON, NDJSON, CSV or YAML) and how to read them." });
export type ParseRequest = z.infer<typeof ParseRequest>;

/** Records of one kind and the issues of the file they came from. */
export interface ParsedKind<T> {
  records: T[];
  issues: Issue[];
}

const READERS: Record<RecordFormat, (text: string, kind: RecordKind) => ReadResult> = {
  json: readJson,
  ndjson: readNdjson,
  csv: readCsv,
  yaml: readYaml,
};

/**
 * Reads untrusted text into valid missions, officials and events, with a located issue for everything else.
 * Never throws on any text: a bad record is an issue and the good ones still come through.
 * @example
 * const { missions, issues } = parseRecords(text, { file: "missions.csv" });
 * for (const issue of issues) console.error(formatIssue(issue)); // missions.csv:3: status: expected one of …
 */
export function parseRecords(text: string, options: ParseOptions = {}): ParsedRecords {
  const kind = options.kind ?? "auto";
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const format = formatOf(body, options);
  // Types guard TypeScript callers; this guards JavaScript ones.
  if (!Object.hasOwn(READERS, format)) throw new CoreError("UNSUPPORTED_FORMAT", `format must be one of ${RECORD_FORMATS.join(", ")}`);
  return collectRecords(READERS[format](body, kind), kind, options.file);
}

const formatOf = (text: string, options: ParseOptions): RecordFormat =>
  options.format ?? (options.file === undefined ? null : detectFormat(options.file)) ?? sniffFormat(text);

/** @example const { records, issues } = parseMissions(readFileSync("missions.csv", "utf8"), { file: "missions.csv" }); */
export function parseMissions(text: string, options: Omit<ParseOptions, "kind"> = {}): ParsedKind<DiplomaticMission> {
  const { missions, issues } = parseRecords(text, { ...options, kind: "mission" });
  return { records: missions, issues };
}

/** @example const { records, issues } = parseOfficials(yamlText, { format: "yaml" }); */
export function parseOfficials(text: string, options: Omit<ParseOptions, "kind"> = {}): ParsedKind<Official> {
  const { officials, issues } = parseRecords(text, { ...options, kind: "official" });
  return { records: officials, issues };
}

/** @example const { records, issues } = parseEvents(ndjsonText, { format: "ndjson" }); */
export function parseEvents(text: string, options: Omit<ParseOptions, "kind"> = {}): ParsedKind<DiplomaticEvent> {
  const { events, issues } = parseRecords(text, { ...options, kind: "event" });
  return { records: events, issues };
}

const EXTENSIONS = new Map<string, RecordFormat>([
  ["json", "json"],
  ["ndjson", "ndjson"],
  ["jsonl", "ndjson"],
  ["csv", "csv"],
  ["tsv", "csv"],
  ["yaml", "yaml"],
  ["yml", "yaml"],
]);

/**
 * The format a file name's extension names, or null.
 * @example detectFormat("events.jsonl"); // "ndjson"
 */
export function detectFormat(fileName: string): RecordFormat | null {
  const extension = /\.([A-Za-z]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (extension && EXTENSIONS.get(extension)) || null;
}

/**
 * A best guess at the format of a text without a file name (stdin, a request body).
 * @example sniffFormat('{"type":"visit"}\n{"type":"meeting"}\n'); // "ndjson"
 */
export function sniffFormat(text: string): RecordFormat {
  const start = text.trimStart();
  const firstLine = start.slice(0, start.search(/\r?\n|$/)).trim();
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) {
    // NDJSON when the first line is a whole JSON value and more follows.
    if (firstLine.length === start.trimEnd().length) return "json";
    try {
      JSON.parse(firstLine);
      return "ndjson";
    } catch {
      return "json";
    }
  }
  if (/^(?:---|- |#|[\w"'-]+:(?:\s|$))/.test(firstLine)) return "yaml";
  return /[,;\t]/.test(firstLine) ? "csv" : "yaml";
}

/** One file's outcome: how many records of each kind are valid, and the issues. */
export interface FileValidation {
  file: string;
  format: RecordFormat | null;
  missions: number;
  officials: number;
  events: number;
  issues: Issue[];
}

/** The result `chancery validate --json` prints and `POST /v1/validate` returns. */
export interface ValidationReport {
  valid: boolean;
  /** Valid records over all files. */
  records: number;
  /** Issues over all files. */
  errors: number;
  files: FileValidation[];
}

/**
 * Parses a text and counts what it holds.
 * @example validateText(text, { file: "missions.csv" }); // { file, format: "csv", missions: 3, officials: 0, events: 0, issues: [] }
 */
export function validateText(text: string, options: ParseOptions & { file: string }): FileValidation {
  const format = formatOf(text, options);
  const { missions, officials, events, issues } = parseRecords(text, { ...options, format });
  return { file: options.file, format, missions: missions.length, officials: officials.length, events: events.length, issues };
}

/** @example summarizeValidation([validateText(a, { file: "a.csv" })]).valid */
export function summarizeValidation(files: FileValidation[]): ValidationReport {
  const records = files.reduce((sum, f) => sum + f.missions + f.officials + f.events, 0);
  const errors = files.reduce((sum, f) => sum + f.issues.length, 0);
  return { valid: errors === 0, records, errors, files };
}
