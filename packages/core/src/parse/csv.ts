import { parse, type CsvError, type Info } from "csv-parse/sync";
import type { Issue } from "../errors.js";
import {
  classifyRecord, closest, isPlainObject, RECORD_SCHEMAS, type ReadResult, type RecordKind, requiredNullable, type SourceValue,
} from "./records.js";

/** Cells that hold lists, split on `;` or `|`. */
const LIST_COLUMNS = new Set(["aliases", "officials", "participants"]);
const NUMBER_COLUMNS = new Set(["representationLevel", "coordinates.lat", "coordinates.lon"]);
/** Short headers for nested fields. */
const COLUMN_ALIASES = new Map([
  ["lat", "coordinates.lat"],
  ["lon", "coordinates.lon"],
]);
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Reads CSV with a header row; `,`, `;` or tab, whichever the header uses most. Columns name fields
 * (`coordinates.lat`, or `lat`/`lon`, for nested ones); an empty cell is an absent field.
 */
export function readCsv(text: string, kind: RecordKind): ReadResult {
  const skipped: CsvError[] = [];
  let rows: { record: string[]; info: Info; raw: string }[];
  try {
    rows = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      trim: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      skip_records_with_error: true,
      on_skip: (error?: CsvError) => {
        if (error) skipped.push(error);
      },
    }) as unknown as { record: string[]; info: Info; raw: string }[];
  } catch (error) {
    return { values: [], issues: [{ line: 1, message: `invalid CSV: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const [header, ...body] = rows;
  // After a quoting error csv-parse may report the same line again; one issue a line is enough.
  const firstPerLine = new Map<number, CsvError>();
  for (const error of skipped) if (!firstPerLine.has(Number(error.lines) || 1)) firstPerLine.set(Number(error.lines) || 1, error);
  const issues = [...firstPerLine].map(([line, error]): Issue => ({ line, message: csvMessage(error, header?.record.length) }));
  if (!header) return { values: [], issues };
  const columns = readHeader(header.record, kind, firstLine(header), issues);
  const values: SourceValue[] = [];
  for (const row of body) {
    if (row.record.every((cell) => cell === "")) continue;
    const value: Record<string, unknown> = {};
    const empty = new Set<string>();
    row.record.forEach((cell, i) => {
      const column = columns[i];
      if (column === undefined) return;
      if (cell === "") empty.add(column[0]!);
      else setPath(value, column, cellValue(column.join("."), cell));
    });
    const recordKind = kind === "auto" ? classifyRecord(value) : kind;
    // Required fields that may be null (an event's date, source, target): an empty cell says null.
    if (recordKind) for (const field of empty) if (!Object.hasOwn(value, field) && requiredNullable(recordKind).has(field)) value[field] = null;
    const line = firstLine(row);
    values.push({ value, locate: () => ({ line }), record: { kind: recordKind } });
  }
  return { values, issues };
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = new Map([[",", 0], [";", 0], ["\t", 0]]);
  let quoted = false;
  for (const c of firstLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** A record's first line: csv-parse counts lines up to its end, and its raw text spans any quoted line breaks. */
function firstLine(row: { info: Info; raw: string }): number {
  const body = row.raw.replace(/^(?:\r?\n)+/, "").replace(/\r?\n$/, "");
  return row.info.lines - (body.match(/\n/g)?.length ?? 0);
}

/** Each column's field path, or undefined for a column that is reported and ignored. */
function readHeader(names: string[], kind: RecordKind, line: number, issues: Issue[]): (string[] | undefined)[] {
  const known = new Set(kind === "auto" ? Object.values(RECORD_SCHEMAS).flatMap((s) => Object.keys(s.shape)) : Object.keys(RECORD_SCHEMAS[kind].shape));
  const seen = new Set<string>();
  return names.map((name, i) => {
    const path = COLUMN_ALIASES.get(name) ?? name;
    const at = { line, field: name || `column ${i + 1}` };
    if (name === "") issues.push({ ...at, message: "the header has an empty column name" });
    else if (seen.has(path)) issues.push({ ...at, message: "the header repeats this column; only its first is read" });
    else if (!known.has(path.split(".")[0]!)) {
      const guess = closest(name, [...known]);
      issues.push({ ...at, message: `unknown column, ignored${guess ? ` (did you mean "${guess}"?)` : ""}` });
    }
    else {
      seen.add(path);
      return path.split(".");
    }
    return undefined;
  });
}

function cellValue(path: string, cell: string): unknown {
  if (LIST_COLUMNS.has(path)) return cell.split(/[;|]/).map((item) => item.trim()).filter((item) => item !== "");
  if (NUMBER_COLUMNS.has(path) && NUMERIC.test(cell)) return Number(cell);
  return cell;
}

/** Sets a nested field as an own property, so a `__proto__` column cannot reach a prototype. */
function setPath(target: Record<string, unknown>, keys: string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) {
      const child: Record<string, unknown> = {};
      define(node, key, child);
      node = child;
    } else if (isPlainObject(next)) {
      node = next;
    } else {
      return; // `coordinates` and `coordinates.lat` both given: the first stays, and the schema reports it.
    }
  }
  define(node, keys.at(-1)!, value);
}

const define = (target: object, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

function csvMessage(error: CsvError, columns: number | undefined): string {
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const cells = Array.isArray(error.record) ? error.record.length : "another number of";
      return `this row has ${cells} cells but the header has ${columns ?? "another number"}; quote cells that contain the delimiter`;
    }
    case "CSV_QUOTE_NOT_CLOSED":
      return "a quoted cell is never closed";
    case "CSV_INVALID_CLOSING_QUOTE":
      return 'text after a closing quote; quote the whole cell and double quotes inside it ("")';
    default:
      return `invalid CSV: ${error.message}`;
  }
}
