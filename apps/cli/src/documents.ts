// Reading articles from the command line: JSON documents, plain text and web pages, from files or stdin.
// Shared by `chancery extract` and `chancery ingest`.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { CoreError, DocumentInput, formatIssue, type Issue, issuesFromZod, jsonSyntaxIssue, preview } from "@proj/core";

export const STDIN = "<stdin>";
const DOCUMENT_KEYS = Object.keys(DocumentInput.shape) as (keyof DocumentInput)[];
const DOCUMENT_SHAPE = "a document object { text, published?, url?, title?, id? }";

/** What the command line says about every document; a document's own metadata wins over it. */
export type Defaults = Pick<DocumentInput, "published" | "url" | "title">;
export type InputKind = "json" | "text" | "html";
export const KIND_BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  ".json": "json", ".txt": "text", ".text": "text", ".md": "text", ".html": "html", ".htm": "html",
};

/** The document options every reading command offers. */
export const DOCUMENT_OPTIONS = {
  published: { type: "string", value: "YYYY-MM-DD", description: "Publication day, for relative dates (\"on Monday\") when the document has none" },
  url: { type: "string", value: "URL", description: "The article's address, when the document has none" },
  title: { type: "string", value: "TEXT", description: "The article's title, when the document has none" },
} as const;

/** `--published`, `--url` and `--title`, validated; a bad one is a usage error naming the option. */
export function readDefaults(values: Record<string, string | boolean | undefined>): Defaults {
  const given = Object.fromEntries((["published", "url", "title"] as const).flatMap((key) => (typeof values[key] === "string" ? [[key, values[key]]] : [])));
  const parsed = DocumentInput.pick({ published: true, url: true, title: true }).safeParse(given);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error, {}, given).map((issue) => ({ ...issue, field: `--${issue.field}` }));
  throw new CoreError("INVALID_INPUT", issues.map(formatIssue).join("; "), { issues });
}

export type ReadResult = { success: true; document: DocumentInput } | { success: false; issues: Issue[] };
export type TextResult = { success: true; text: string } | { success: false; issues: Issue[] };

/** A file's text, or stdin's for `-`; a file that cannot be read is an issue, not a throw. */
export async function readText(name: string, file: string, readStdin: () => Promise<string>): Promise<TextResult> {
  try {
    return { success: true, text: name === "-" ? await readStdin() : await readFile(name, "utf8") };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    return { success: false, issues: [{ file, message: `cannot read the file: ${reason}` }] };
  }
}

/** Reads a file (or stdin for `-`) as one document. */
export async function readInput(name: string, file: string, readStdin: () => Promise<string>, defaults: Defaults): Promise<ReadResult> {
  const read = await readText(name, file, readStdin);
  if (!read.success) return read;
  return documentFromText(read.text, name === "-" ? undefined : KIND_BY_EXTENSION[extname(name).toLowerCase()], file, defaults);
}

/** A document from text of a known kind, or of none (stdin, an unknown extension): then JSON, HTML or plain text by its look. */
export async function documentFromText(text: string, kind: InputKind | undefined, file: string, defaults: Defaults): Promise<ReadResult> {
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

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A JSON document's known keys (a gold file's `gold` or `published_note` are not the extractor's business). */
export function documentFromJson(value: unknown, file: string, defaults: Defaults): ReadResult {
  if (!isObject(value)) return { success: false, issues: [{ file, message: `expected ${DOCUMENT_SHAPE}`, received: preview(value) }] };
  const known = Object.fromEntries(DOCUMENT_KEYS.filter((key) => value[key] !== undefined).map((key) => [key, value[key]]));
  return checked({ ...withoutNulls(defaults), ...known }, file);
}

const withoutNulls = (defaults: Defaults) => Object.fromEntries(Object.entries(defaults).filter(([, v]) => v != null));

function checked(input: unknown, file: string): ReadResult {
  const parsed = DocumentInput.safeParse(input);
  return parsed.success ? { success: true, document: parsed.data } : { success: false, issues: issuesFromZod(parsed.error, { file }, input) };
}

/**
 * A document from a web page: its main text, title, canonical address and published day (@proj/core/html). Loaded
 * only here: linkedom and Readability would double the start-up time of every other run.
 */
async function documentFromHtml(html: string, defaults: Defaults): Promise<Record<string, unknown>> {
  const { readHtmlArticle } = await import("@proj/core/html");
  return { ...withoutNulls(defaults), ...readHtmlArticle(html) };
}
