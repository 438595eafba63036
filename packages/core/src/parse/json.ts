import { type Issue, preview } from "../errors.js";
import { lineIndex, type Path, type ReadResult } from "./records.js";

/**
 * Reads a JSON text: one record, a list of records, or `{ missions, officials, events }`.
 * JSON.parse reads the values; the scanners below only find where things are, and only once an issue needs a line.
 */
export function readJson(text: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { values: [], issues: [jsonSyntaxIssue(text, error, 0)] };
  }
  const locate = createJsonLocator(text);
  let position: ((offset: number) => { line: number; column?: number }) | undefined;
  return { values: [{ value, locate: (path) => (position ??= lineIndex(text))(locate(path)) }], issues: [] };
}

/** The located issue for a text JSON.parse rejected; `line` is the text's first line in its file. */
export function jsonSyntaxIssue(text: string, error: unknown, firstLine: number): Issue {
  const found = jsonSyntaxError(text) ?? { offset: 0, message: error instanceof Error ? error.message : String(error) };
  const { line, column } = lineIndex(text)(found.offset);
  const rest = text.slice(found.offset, found.offset + 20);
  return { line: line + firstLine, column, message: `invalid JSON: ${found.message}`, ...(rest ? { received: preview(rest) } : {}) };
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Where and why a text is not JSON, or null when it is. JSON.parse's messages carry no position on Node 20,
 * so this scanner walks the grammar itself; iterative, so deep nesting cannot overflow the stack.
 */
export function jsonSyntaxError(text: string): { offset: number; message: string } | null {
  const stack: string[] = [];
  let state: "value" | "first-value" | "key" | "first-key" | "after" = "value";
  let i = 0;
  const fail = (message: string, offset = i) => ({ offset, message });
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const c = text[i];
    const close = stack.at(-1) === "{" ? "}" : "]";
    if (state === "after") {
      if (stack.length === 0) return c === undefined ? null : fail("unexpected text after the JSON value");
      if (c === ",") {
        state = close === "}" ? "key" : "value";
        i++;
      } else if (c === close) {
        stack.pop();
        i++;
      } else {
        return fail(c === undefined ? `unexpected end of input; expected ',' or '${close}'` : `expected ',' or '${close}'`);
      }
      continue;
    }
    if (c === undefined) return fail(state === "key" || state === "first-key" ? "unexpected end of input; expected a property name" : "unexpected end of input; expected a value");
    if (state === "key" || state === "first-key") {
      if (state === "first-key" && c === "}") {
        stack.pop();
        i++;
        state = "after";
        continue;
      }
      if (c !== '"') return fail(c === "}" ? "trailing comma before '}'" : "expected a property name in double quotes");
      const end = scanString(text, i);
      if (typeof end !== "number") return end;
      i = end;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] !== ":") return fail("expected ':' after the property name");
      i++;
      state = "value";
      continue;
    }
    if (state === "first-value" && c === "]") {
      stack.pop();
      i++;
      state = "after";
      continue;
    }
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      state = c === "{" ? "first-key" : "first-value";
      continue;
    }
    state = "after";
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== "number") return end;
      i = end;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail("invalid number");
      i = NUMBER.lastIndex;
    } else {
      const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
      if (!literal) return fail(c === "]" && stack.at(-1) === "[" ? "trailing comma before ']'" : "expected a value");
      i += literal.length;
    }
  }
}

function scanString(text: string, start: number): number | { offset: number; message: string } {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return { offset: j, message: c === 0x0a ? "unterminated string (line break inside quotes)" : "control character inside a string" };
    if (c === 0x5c) {
      const next = text[j + 1];
      if (next === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { offset: j, message: "invalid \\u escape" };
        j += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        j++;
      } else {
        return { offset: j, message: "invalid escape in string" };
      }
    }
  }
  return { offset: start, message: "unterminated string" };
}

/**
 * For a valid JSON text: the offset where the value at `path` starts (the nearest existing ancestor's when missing).
 * Element and member offsets are cached per container, so locating many records of one list costs one pass.
 */
export function createJsonLocator(text: string): (path: Path) => number {
  const elements = new Map<number, number[]>();
  const members = new Map<number, Map<string, number>>();
  const skipSpace = (i: number) => {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  };
  const elementsAt = (start: number) => {
    let found = elements.get(start);
    if (found) return found;
    found = [];
    let i = skipSpace(start + 1);
    while (i < text.length && text[i] !== "]") {
      found.push(i);
      i = skipSpace(skipValue(text, i));
      if (text[i] === ",") i = skipSpace(i + 1);
    }
    elements.set(start, found);
    return found;
  };
  const membersAt = (start: number) => {
    let found = members.get(start);
    if (found) return found;
    found = new Map();
    let i = skipSpace(start + 1);
    while (i < text.length && text[i] === '"') {
      const keyEnd = skipString(text, i);
      const key = JSON.parse(text.slice(i, keyEnd)) as string;
      i = skipSpace(skipSpace(keyEnd) + 1);
      found.set(key, i); // a repeated key overwrites, as in JSON.parse
      i = skipSpace(skipValue(text, i));
      if (text[i] === ",") i = skipSpace(i + 1);
    }
    members.set(start, found);
    return found;
  };
  return (path) => {
    let at = skipSpace(0);
    for (const key of path) {
      const next = text[at] === "[" && typeof key === "number" ? elementsAt(at)[key] : text[at] === "{" ? membersAt(at).get(String(key)) : undefined;
      if (next === undefined) break;
      at = next;
    }
    return at;
  };
}

function skipString(text: string, start: number): number {
  for (let j = start + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x5c) j++;
    else if (c === 0x22) return j + 1;
  }
  return text.length;
}

function skipValue(text: string, start: number): number {
  const c = text[start];
  if (c === '"') return skipString(text, start);
  if (c === "[" || c === "{") {
    let depth = 0;
    for (let j = start; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipString(text, j) - 1;
      else if (d === "[" || d === "{") depth++;
      else if ((d === "]" || d === "}") && --depth === 0) return j + 1;
    }
    return text.length;
  }
  let j = start;
  while (j < text.length && !",]}".includes(text[j]!) && !isSpace(text.charCodeAt(j))) j++;
  return j;
}
