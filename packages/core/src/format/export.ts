// Records out, one chunk of text at a time: JSON, NDJSON, flat CSV, PLOVER JSON Lines, CAMEO (GDELT) TSV, GraphML.
import * as z from "zod";
import { CoreError } from "../errors.js";
import { type DiplomaticEvent, EVENT_CROSSWALK } from "../model/event.js";
import type { DiplomaticMission } from "../model/mission.js";
import type { Official } from "../model/official.js";
import { cameoHeader, cameoRow } from "./cameo.js";
import { createGraphBuilder } from "./graphml.js";
import { toPlover } from "./plover.js";

export const EXPORT_FORMATS = ["json", "ndjson", "csv", "plover", "cameo", "graphml"] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const EXPORT_KINDS = ["missions", "officials", "events"] as const;
export const ExportKind = z.enum(EXPORT_KINDS);
export type ExportKind = z.infer<typeof ExportKind>;

/** Media types and file extensions, for HTTP responses and file names. */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, { type: string; extension: string }>> = {
  json: { type: "application/json", extension: "json" },
  ndjson: { type: "application/x-ndjson", extension: "ndjson" },
  csv: { type: "text/csv", extension: "csv" },
  plover: { type: "application/x-ndjson", extension: "plover.jsonl" },
  cameo: { type: "text/tab-separated-values", extension: "tsv" },
  graphml: { type: "application/graphml+xml", extension: "graphml" },
};

/** A record as stored: its id, and for events the number of reports (dropped on export: it is derived). */
type Stored<T> = T & { id?: string; reportCount?: number };
export type ExportRecord = { kind: "missions"; record: Stored<DiplomaticMission> } | { kind: "officials"; record: Stored<Official> } | { kind: "events"; record: Stored<DiplomaticEvent> };

/**
 * The record kinds a format carries, given the kinds asked for (all when none): PLOVER and CAMEO hold events,
 * GraphML missions and events, CSV exactly one kind (events unless asked).
 */
export function exportKinds(format: ExportFormat, requested: readonly ExportKind[] = []): ExportKind[] {
  const asked = requested.length > 0 ? EXPORT_KINDS.filter((k) => requested.includes(k)) : [];
  const only = (allowed: readonly ExportKind[]) => {
    const wrong = asked.filter((k) => !allowed.includes(k));
    if (wrong.length > 0) throw new CoreError("INVALID_INPUT", `${format} export holds ${allowed.join(" and ")}, not ${wrong.join(", ")}`);
    return asked.length > 0 ? asked : [...allowed];
  };
  switch (format) {
    case "plover":
    case "cameo":
      return only(["events"]);
    case "graphml":
      return only(["missions", "events"]);
    case "csv":
      if (asked.length > 1) throw new CoreError("INVALID_INPUT", `a CSV export holds one kind of record; choose one of ${EXPORT_KINDS.join(", ")}`);
      return asked.length === 1 ? asked : ["events"];
    default:
      return asked.length > 0 ? asked : [...EXPORT_KINDS];
  }
}

/** Writes records as text; `write` takes them kind by kind in EXPORT_KINDS order. */
export interface ExportWriter {
  begin(): string;
  write(item: ExportRecord): string;
  end(): string;
}

const withoutCount = <T extends { reportCount?: number }>({ reportCount: _, ...record }: T) => record;
const plain = (item: ExportRecord) => (item.kind === "events" ? withoutCount(item.record) : item.record);

type CsvValue = string | number | null | undefined;
const csvField = (value: CsvValue) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const csvLine = (cells: readonly CsvValue[]) => `${cells.map(csvField).join(",")}\r\n`;
const list = (items: readonly string[]) => items.join("; ");

/** Flat CSV columns per kind; their names are the fields core's CSV reader takes (dotted for nested ones). */
const CSV_COLUMNS = {
  missions: [
    ["id", (m) => m.id], ["sender", (m) => m.sender], ["host", (m) => m.host], ["kind", (m) => m.kind], ["city", (m) => m.city],
    ["status", (m) => m.status], ["representationLevel", (m) => m.representationLevel], ["coordinates.lat", (m) => m.coordinates?.lat],
    ["coordinates.lon", (m) => m.coordinates?.lon], ["headOfMission", (m) => m.headOfMission],
    ["opened", (m) => m.history.find((h) => h.status === "open")?.date], ["wikidata", (m) => m.externalIds?.wikidata],
    ["sources", (m) => m.sources.length], ["url", (m) => m.sources.find((s) => s.url)?.url],
  ],
  officials: [
    ["id", (o) => o.id], ["name", (o) => o.name], ["country", (o) => o.country], ["role", (o) => o.role], ["title", (o) => o.title],
    ["aliases", (o) => list(o.aliases)], ["sources", (o) => o.sources.length],
  ],
  events: [
    ["id", (e) => e.id], ["type", (e) => e.type], ["source", (e) => e.source], ["target", (e) => e.target], ["date", (e) => e.date],
    ["reported", (e) => e.reported], ["participants", (e) => list(e.participants)], ["officials", (e) => list(e.officials)],
    ["location.city", (e) => e.location?.city], ["location.country", (e) => e.location?.country], ["modality", (e) => e.modality],
    ["cameo", (e) => e.cameo ?? EVENT_CROSSWALK[e.type].cameo], ["plover.category", (e) => e.plover?.category ?? EVENT_CROSSWALK[e.type].plover],
    ["sources", (e) => e.sources.length], ["url", (e) => e.sources.find((s) => s.url)?.url],
  ],
} satisfies {
  missions: ReadonlyArray<readonly [string, (m: Stored<DiplomaticMission>) => CsvValue]>;
  officials: ReadonlyArray<readonly [string, (o: Stored<Official>) => CsvValue]>;
  events: ReadonlyArray<readonly [string, (e: Stored<DiplomaticEvent>) => CsvValue]>;
};

function csvRow(item: ExportRecord): string {
  switch (item.kind) {
    case "missions":
      return csvLine(CSV_COLUMNS.missions.map(([, value]) => value(item.record)));
    case "officials":
      return csvLine(CSV_COLUMNS.officials.map(([, value]) => value(item.record)));
    case "events":
      return csvLine(CSV_COLUMNS.events.map(([, value]) => value(item.record)));
  }
}

/**
 * A writer for one export. JSON is one array for one kind of record, else `{ missions, officials, events }` (both
 * read back by `parseRecords`); NDJSON one record a line; CSV a header and one row per record; PLOVER one JSON
 * record per event; CAMEO a GDELT-column header and one row per event; GraphML the network, written at the end.
 * @example
 * const writer = createExportWriter("ndjson", ["events"]);
 * let text = writer.begin();
 * for (const record of events) text += writer.write({ kind: "events", record });
 * text += writer.end();
 */
export function createExportWriter(format: ExportFormat, kinds: readonly ExportKind[]): ExportWriter {
  switch (format) {
    case "json":
      return jsonWriter(kinds);
    case "ndjson":
      return { begin: () => "", write: (item) => `${JSON.stringify(plain(item))}\n`, end: () => "" };
    case "csv": {
      const kind = kinds[0] ?? "events";
      return { begin: () => csvLine(CSV_COLUMNS[kind].map(([name]) => name)), write: csvRow, end: () => "" };
    }
    case "plover":
      return { begin: () => "", write: (item) => (item.kind === "events" ? `${JSON.stringify(toPlover(item.record))}\n` : ""), end: () => "" };
    case "cameo":
      return { begin: cameoHeader, write: (item) => (item.kind === "events" ? cameoRow(item.record) : ""), end: () => "" };
    case "graphml": {
      const graph = createGraphBuilder();
      return {
        begin: () => "",
        write(item) {
          if (item.kind === "missions") graph.addMission(item.record);
          else if (item.kind === "events") graph.addEvent(item.record);
          return "";
        },
        end: () => [...graph.toGraphML()].join(""),
      };
    }
  }
}

function jsonWriter(kinds: readonly ExportKind[]): ExportWriter {
  const grouped = kinds.length > 1;
  let open: ExportKind | null = null;
  let first = true;
  const section = (kind: ExportKind) => {
    let text = "";
    if (grouped && open !== kind) {
      // Sections in EXPORT_KINDS order, empty ones included, so the document always has every kind asked for.
      for (const k of kinds.slice(open === null ? 0 : kinds.indexOf(open) + 1, kinds.indexOf(kind) + 1)) {
        text += `${open === null ? "" : "\n],\n"}${JSON.stringify(k)}: [`;
        open = k;
      }
      first = true;
    }
    return text;
  };
  return {
    begin: () => (grouped ? "{\n" : "["),
    write(item) {
      const text = section(item.kind) + (first ? "\n" : ",\n") + JSON.stringify(plain(item));
      first = false;
      return text;
    },
    end() {
      if (!grouped) return "\n]\n";
      const rest = section(kinds.at(-1)!);
      return `${rest}\n]\n}\n`;
    },
  };
}
