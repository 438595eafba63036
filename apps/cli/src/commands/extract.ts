import {
  CoreError, type Extraction, extract, formatIssue, type Provenance, SYMMETRIC_EVENT_TYPES,
} from "@proj/core";
import { type Command, parseOptions } from "../command.js";
import { DOCUMENT_OPTIONS, readDefaults, readInput, STDIN } from "../documents.js";
import { type Io, paint } from "../io.js";

export const extractCommand: Command = {
  name: "extract",
  description: "read news articles into missions, officials and events, each with its source sentence",
  usage: "[options] FILE...   (.json documents, .txt or .html articles; FILE - reads stdin)",
  options: {
    ...DOCUMENT_OPTIONS,
    "keep-unasserted": { type: "boolean", description: "Keep planned, negated and hypothetical events (with their modality)" },
    json: { type: "boolean", description: "Print one JSON Extraction per document (NDJSON for several); the default when piped" },
  },
  examples: [
    ["Read a JSON document { text, published, url, title }", "chancery extract article.json"],
    ["Read a plain-text article, telling the day it was published", "chancery extract --published 2023-03-31 article.txt"],
    ["Read a saved web page; one JSON line per file", "chancery extract --json page.html other.json"],
    ["Read an article piped in", "pbpaste | chancery extract --published 2023-03-31 -"],
  ],
  async run(args, io) {
    const { values, positionals } = parseOptions(extractCommand, args);
    if (positionals.length === 0) throw new CoreError("INVALID_INPUT", "no files given; pass one or more FILEs, or - to read stdin");
    const defaults = readDefaults(values);
    const options = values["keep-unasserted"] ? { keepUnasserted: true } : {};
    const asJson = values.json === true || !io.isTTY;
    let stdin: Promise<string> | undefined;
    let failed = false;
    for (const name of positionals) {
      const file = name === "-" ? STDIN : name;
      const read = await readInput(name, file, () => (stdin ??= io.readStdin()), defaults);
      if (!read.success) {
        failed = true;
        io.stderr.write(read.issues.map((issue) => `${formatIssue(issue)}\n`).join(""));
        continue;
      }
      const extraction = extract(read.document, options);
      io.stdout.write(asJson ? `${JSON.stringify(extraction)}\n` : report(io, file, extraction));
    }
    return failed ? 1 : 0;
  },
};

/** The terminal view: each record's key fields, and under it the sentences it was read from. */
function report(io: Io, file: string, { document, missions, officials, events }: Extraction): string {
  const about = [document.title ? `“${document.title}”` : null, document.published ? `published ${document.published}` : "no published day"];
  const lines = [paint(io, "bold", `${file}  ${about.filter(Boolean).join("  ")}`)];
  const section = <T extends { sources: Provenance[] }>(name: string, records: readonly T[], fields: (record: T) => (string | null | undefined)[]) => {
    if (records.length === 0) return;
    lines.push(`  ${name} (${records.length})`);
    for (const record of records) {
      lines.push(`    ${paint(io, "cyan", fields(record).filter(Boolean).join("  "))}`);
      lines.push(...evidence(io, record.sources));
    }
  };
  section("missions", missions, (m) => [m.kind, `${m.sender} → ${m.host}`, m.city, m.status]);
  section("officials", officials, (o) => [o.name, o.country, o.role, o.title]);
  section("events", events, (e) => [
    e.type,
    `${e.source ?? "?"} ${SYMMETRIC_EVENT_TYPES.has(e.type) ? "↔" : "→"} ${e.target ?? "?"}`,
    e.date ?? "undated",
    e.officials.join(", "),
    e.modality === "asserted" ? null : `(${e.modality})`,
  ]);
  if (lines.length === 1) lines.push("  no missions, officials or events found");
  return `${lines.join("\n")}\n\n`;
}

/** One line per distinct sentence, with the rule and confidence dimmed. */
function evidence(io: Io, sources: readonly Provenance[]): string[] {
  const seen = new Set<string>();
  return sources.flatMap((source) => {
    if (!source.sentence || seen.has(source.sentence)) return [];
    seen.add(source.sentence);
    return [`      “${source.sentence}”  ${paint(io, "dim", `${source.rule} ${source.confidence.toFixed(2)}`)}`];
  });
}
