import type { Issue } from "../errors.js";
import { createJsonLocator, jsonSyntaxIssue } from "./json.js";
import type { ReadResult, SourceValue } from "./records.js";

/** Reads newline-delimited JSON: one record (or list, or container) a line; blank lines are skipped, a bad line is reported and passed. */
export function readNdjson(text: string): ReadResult {
  const values: SourceValue[] = [];
  const issues: Issue[] = [];
  const lines = text.split("\n");
  for (const [i, raw] of lines.entries()) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") continue;
    try {
      const value: unknown = JSON.parse(line);
      let locate: ReturnType<typeof createJsonLocator> | undefined;
      values.push({ value, locate: (path) => ({ line: i + 1, column: (locate ??= createJsonLocator(line))(path) + 1 }) });
    } catch (error) {
      issues.push(jsonSyntaxIssue(line, error, i));
    }
  }
  return { values, issues };
}
