import { readFile } from "node:fs/promises";
import {
  CoreError, type FileValidation, formatIssue, RECORD_FORMATS, RECORD_KINDS, summarizeValidation, validateText, type ValidationReport,
} from "@proj/core";
import { type Command, choice, parseOptions } from "../command.js";
import { STDIN } from "../documents.js";
import { type Io, paint } from "../io.js";

export const validate: Command = {
  name: "validate",
  description: "check records files (missions, officials, events) against the models",
  usage: "[options] FILE...   (FILE - reads stdin)",
  options: {
    format: { type: "string", value: RECORD_FORMATS.join("|"), description: "Format of every FILE (default: by extension, else by content)" },
    kind: { type: "string", value: RECORD_KINDS.join("|"), description: "What the records are (default: auto, decided per record)" },
    json: { type: "boolean", description: "Print the result as one JSON object" },
  },
  examples: [
    ["Check a CSV of missions", "chancery validate examples/missions.csv"],
    ["Check several files; exit code 1 if any record is invalid", "chancery validate examples/*.csv examples/records.json"],
    ["Check records piped in as NDJSON, and get the result as JSON", "cat examples/events.ndjson | chancery validate --format ndjson --json -"],
  ],
  async run(args, io) {
    const { values, positionals } = parseOptions(validate, args);
    const format = choice("--format", values.format, RECORD_FORMATS);
    const kind = choice("--kind", values.kind, RECORD_KINDS);
    if (positionals.length === 0) throw new CoreError("INVALID_INPUT", "no files given; pass one or more FILEs, or - to read stdin");
    let stdin: Promise<string> | undefined;
    const files: FileValidation[] = [];
    for (const name of positionals) {
      const file = name === "-" ? STDIN : name;
      let text: string;
      try {
        text = name === "-" ? await (stdin ??= io.readStdin()) : await readFile(name, "utf8");
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
        files.push({ file, format: null, missions: 0, officials: 0, events: 0, issues: [{ file, message: `cannot read the file: ${reason}` }] });
        continue;
      }
      files.push(validateText(text, { file, ...(format ? { format } : {}), ...(kind ? { kind } : {}) }));
    }
    const report = summarizeValidation(files);
    if (values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
    else if (!report.valid) io.stdout.write(report.files.flatMap((f) => f.issues).map((issue) => `${colourIssue(io, formatIssue(issue))}\n`).join(""));
    io.stderr.write(`${summary(io, report)}\n`);
    return report.valid ? 0 : 1;
  },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** `3 records valid, 1 error in 2 files`. */
function summary(io: Io, report: ValidationReport): string {
  const line = `${plural(report.records, "record")} valid, ${plural(report.errors, "error")} in ${plural(report.files.length, "file")}`;
  return paint(io, report.valid ? "green" : "red", line);
}

function colourIssue(io: Io, line: string): string {
  const at = /^[^:]*(?::\d+)?: /.exec(line)?.[0];
  return at ? paint(io, "cyan", at) + line.slice(at.length) : line;
}
