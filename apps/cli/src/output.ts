// Lists of records on stdout: an aligned table on a terminal, JSON when piped, NDJSON or CSV on request.
import { getActor, type RepresentationLevel } from "@proj/core";
import type { Page } from "@proj/store";
import { choice, type OptionSpec } from "./command.js";
import { type Io, paint } from "./io.js";

export const LIST_FORMATS = ["table", "json", "ndjson", "csv"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

export const FORMAT_OPTION: Record<"format", OptionSpec> = {
  format: { type: "string", value: LIST_FORMATS.join("|"), description: "Output format (default: table on a terminal, json when piped)" },
};

/** For commands that print one view of one thing: the terminal view, or JSON. */
export const VIEW_FORMATS = ["table", "json"] as const;
export const VIEW_FORMAT_OPTION: Record<"format", OptionSpec> = {
  format: { type: "string", value: VIEW_FORMATS.join("|"), description: "Output format (default: table on a terminal, json when piped)" },
};

/** `--format` among `allowed`, else a table on a terminal and JSON when piped. */
export function listFormat<T extends "table" | "json" | string = ListFormat>(io: Io, value: string | boolean | undefined, allowed: readonly T[] = LIST_FORMATS as readonly string[] as readonly T[]): T {
  return choice("--format", value, allowed) ?? ((io.isTTY ? "table" : "json") as T);
}

/** A column: its header and how to show a record's value in it. */
export type Column<T> = readonly [header: string, value: (record: T) => string | number | null | undefined];

const cell = (value: string | number | null | undefined): string => (value === null || value === undefined ? "" : String(value));

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled; lines end in CRLF. */
export function toCsv<T>(columns: readonly Column<T>[], records: readonly T[]): string {
  const field = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
  const row = (cells: readonly string[]) => `${cells.map(field).join(",")}\r\n`;
  return row(columns.map(([header]) => header)) + records.map((r) => row(columns.map(([, value]) => cell(value(r))))).join("");
}

/** Columns padded to their widest cell, the header in bold; long cells are cut with an ellipsis. */
export function toTable<T>(io: Io, columns: readonly Column<T>[], records: readonly T[], maxWidth = 48): string {
  const cut = (text: string) => (text.length > maxWidth ? `${text.slice(0, maxWidth - 1)}…` : text);
  const rows = records.map((r) => columns.map(([, value]) => cut(cell(value(r)))));
  const widths = columns.map(([header], i) => Math.max(header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [paint(io, "bold", line(columns.map(([header]) => header))), ...rows.map(line)].join("\n") + "\n";
}

/** Prints one page in the chosen format; the cursor of the next page goes in the JSON, else to stderr. */
export function printPage<T>(io: Io, format: ListFormat, page: Page<T>, columns: readonly Column<T>[], what: string): void {
  if (format === "json") io.stdout.write(`${JSON.stringify(page)}\n`);
  else if (format === "ndjson") io.stdout.write(page.items.map((item) => `${JSON.stringify(item)}\n`).join(""));
  else if (format === "csv") io.stdout.write(toCsv(columns, page.items));
  else if (page.items.length === 0) io.stderr.write(`no ${what} found\n`);
  else io.stdout.write(toTable(io, columns, page.items));
  if (page.nextCursor !== null && format !== "json") io.stderr.write(`more ${what}: add --cursor ${page.nextCursor}\n`);
}

export const LEVEL_NAMES: Record<RepresentationLevel, string> = {
  0: "none",
  1: "chargé d'affaires",
  2: "minister",
  3: "ambassador",
  9: "other or unknown",
};

/** `Azerbaijan (AZ)`. */
export const actorName = (code: string): string => `${getActor(code)?.name ?? code} (${code})`;

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
