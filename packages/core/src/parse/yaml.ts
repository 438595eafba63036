import { LineCounter, parseAllDocuments, type Document } from "yaml";
import type { Issue } from "../errors.js";
import type { Path, Position, ReadResult, SourceValue } from "./records.js";

/** Reads YAML: a list of records, `{ missions, officials, events }`, or one record a document (`---`). */
export function readYaml(text: string): ReadResult {
  const lineCounter = new LineCounter();
  const values: SourceValue[] = [];
  const issues: Issue[] = [];
  const positionOf = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  for (const doc of parseAllDocuments(text, { lineCounter })) {
    const start = positionOf(doc.range[0]);
    if (doc.errors.length > 0) {
      // A document with a syntax error has an unreliable shape: report it and keep the other documents.
      for (const error of doc.errors) {
        const [at] = error.linePos ?? [];
        issues.push({ ...(at ? { line: at.line, column: at.col } : start), message: `invalid YAML: ${error.message.split(" at line ")[0]}` });
      }
      continue;
    }
    if (doc.contents === null) continue;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // An undefined alias, or more alias expansions than a record needs (a "billion laughs" document).
      issues.push({ ...start, message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    values.push({ value, locate: (path) => positionOf(nodeOffset(doc, path) ?? doc.range[0]) });
  }
  return { values, issues };
}

/** Offset of the deepest node on `path` that the document has. */
function nodeOffset(doc: Document, path: Path): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node: unknown = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    const range = (node as { range?: unknown } | undefined)?.range;
    if (Array.isArray(range) && typeof range[0] === "number") return range[0];
  }
  return undefined;
}
