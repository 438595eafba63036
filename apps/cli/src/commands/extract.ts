import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import {
  CoreError, DocumentInput, type Extraction, extract, formatIssue, type Issue, issuesFromZod, jsonSyntaxIssue, preview,
  type Provenance, SYMMETRIC_EVENT_TYPES,
} from "@proj/core";
import { type Command, parseOptions } from "../command.js";
import { type Io, paint } from "../io.js";

const STDIN = "<stdin>";
const DOCUMENT_KEYS = Object.keys(DocumentInput.shape) as (keyof DocumentInput)[];
const DOCUMENT_SHAPE = "a document object { text, published?, url?, title?, id? }";

/** What the command line says about every document; a document's own metadata wins over it. */
type Defaults = Pick<DocumentInput, "published" | "url" | "title">;
type InputKind = "json" | "text" | "html";
const KIND_BY_EXTENSION: Readonly<Record<string, InputKind>> = { ".json": "json", ".txt": "text", ".text": "text", ".html": "html", ".htm": "html" };

export const extractCommand: Command = {
  name: "extract",
  description: "read news articles into missions, officials and events, each with its source sentence",
  usage: "[options] FILE...   (.json documents, .txt or .html articles; FILE - reads stdin)",
  options: {
    published: { type: "string", value: "YYYY-MM-DD", description: "Publication day, for relative dates (\"on Monday\") when the document has none" },
    url: { type: "string", value: "URL", description: "The article's address, when the document has none" },
    title: { type: "string", value: "TEXT", description: "The article's title, when the document has none" },
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
      const read = await readInput(name, file, io, () => (stdin ??= io.readStdin()), defaults);
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

function readDefaults(values: Record<string, string | boolean | undefined>): Defaults {
  const given = Object.fromEntries((["published", "url", "title"] as const).flatMap((key) => (typeof values[key] === "string" ? [[key, values[key]]] : [])));
  const parsed = DocumentInput.pick({ published: true, url: true, title: true }).safeParse(given);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error, {}, given).map((issue) => ({ ...issue, field: `--${issue.field}` }));
  throw new CoreError("INVALID_INPUT", issues.map(formatIssue).join("; "), { issues });
}

type ReadResult = { success: true; document: DocumentInput } | { success: false; issues: Issue[] };

async function readInput(name: string, file: string, io: Io, readStdin: () => Promise<string>, defaults: Defaults): Promise<ReadResult> {
  let text: string;
  try {
    text = name === "-" ? await readStdin() : await readFile(name, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { success: false, issues: [{ file, message: `cannot read the file: ${reason}` }] };
  }
  const kind = name === "-" ? undefined : KIND_BY_EXTENSION[extname(name).toLowerCase()];
  if (kind === "json") {
    try {
      return documentFromJson(JSON.parse(text), file, defaults);
    } catch (error) {
      return { success: false, issues: [{ file, ...jsonSyntaxIssue(text, error, 0) }] };
    }
  }
  if (kind === "html" || (kind === undefined && /^\s*<(?:!doctype html|html|head|body)\b/i.test(text))) {
    return checked(await documentFromHtml(text, defaults), file);
  }
  // stdin, or a file of no known kind: a JSON document if it is one, else plain text.
  if (kind === undefined && /^\s*\{/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    if (isObject(value)) return documentFromJson(value, file, defaults);
  }
  return checked({ ...defaults, text }, file);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A JSON document's known keys (a gold file's `gold` or `published_note` are not the extractor's business). */
function documentFromJson(value: unknown, file: string, defaults: Defaults): ReadResult {
  if (!isObject(value)) return { success: false, issues: [{ file, message: `expected ${DOCUMENT_SHAPE}`, received: preview(value) }] };
  const known = Object.fromEntries(DOCUMENT_KEYS.filter((key) => value[key] !== undefined).map((key) => [key, value[key]]));
  return checked({ ...withoutNulls(defaults), ...known }, file);
}

const withoutNulls = (defaults: Defaults) => Object.fromEntries(Object.entries(defaults).filter(([, v]) => v != null));

function checked(input: unknown, file: string): ReadResult {
  const parsed = DocumentInput.safeParse(input);
  return parsed.success ? { success: true, document: parsed.data } : { success: false, issues: issuesFromZod(parsed.error, { file }, input) };
}

/** Elements that end a paragraph of the article's text. */
const BLOCKS = new Set([
  "P", "DIV", "SECTION", "ARTICLE", "MAIN", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "UL", "OL", "DL", "DT", "DD", "BLOCKQUOTE",
  "PRE", "TABLE", "TR", "FIGURE", "FIGCAPTION", "HEADER", "BR", "HR",
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * The main text of a web page (Readability drops menus, footers and asides), one paragraph per block, with the
 * page's title, canonical address and `article:published_time`. Readability and linkedom load only here: they
 * would double the start-up time of every other run.
 */
async function documentFromHtml(html: string, defaults: Defaults): Promise<Record<string, unknown>> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import("linkedom"), import("@mozilla/readability")]);
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute("content")?.trim() || undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(meta('meta[property="article:published_time"]') ?? "")?.[0];
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? meta('meta[property="og:url"]');
  const pageTitle = document.title;
  // Readability rewrites the document, so the metadata above is read first.
  const article = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const text = article?.content ? blockText(article.content) : blockText(document.body as unknown as DomNode);
  const title = article?.title?.trim() || pageTitle.trim() || undefined;
  return {
    ...withoutNulls(defaults),
    text,
    ...(day ? { published: day } : {}),
    ...(url && DocumentInput.shape.url.safeParse(url).success ? { url } : {}),
    ...(title ? { title } : {}),
  };
}

/** Text with a blank line between blocks and spaces collapsed within them, as the extractor reads paragraphs. */
function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let current = "";
  const flush = () => {
    const block = current.replace(/\s+/g, " ").trim();
    if (block) blocks.push(block);
    current = "";
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) current += node.nodeValue ?? "";
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = BLOCKS.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join("\n\n");
}

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
