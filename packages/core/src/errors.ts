import type * as z from "zod";

/** Every failure Chancery reports has one of these codes; the apps map them to HTTP statuses and exit codes. */
export const CORE_ERROR_CODES = [
  "INVALID_INPUT",
  "INVALID_RECORD",
  "UNSUPPORTED_FORMAT",
  "NOT_FOUND",
  "CONFLICT",
  "INTERNAL",
] as const;
export type CoreErrorCode = (typeof CORE_ERROR_CODES)[number];

/** Where in an input a problem sits. `line` is 1-based; `record` is the 0-based index of a record in its file. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  record?: number;
  field?: string;
}

export interface Issue extends Location {
  message: string;
  /** What the input held there, truncated for display. */
  received?: string;
}

export class CoreError extends Error {
  readonly code: CoreErrorCode;
  readonly issues: Issue[];

  constructor(code: CoreErrorCode, message: string, options: { issues?: Issue[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "CoreError";
    this.code = code;
    this.issues = options.issues ?? [];
  }
}

export type Result<T, E = CoreError> = { success: true; data: T } | { success: false; error: E };

export const ok = <T>(data: T): Result<T, never> => ({ success: true, data });
export const fail = <E>(error: E): Result<never, E> => ({ success: false, error });

/** `file:line: field: reason`, the one-line form the CLI prints. */
export function formatIssue(issue: Issue): string {
  const where = [issue.file, issue.line ?? (issue.record === undefined ? undefined : `record ${issue.record + 1}`)]
    .filter((part) => part !== undefined)
    .join(":");
  const field = issue.field ? `${issue.field}: ` : "";
  const received = issue.received === undefined ? "" : ` (received ${issue.received})`;
  return `${where ? `${where}: ` : ""}${field}${issue.message}${received}`;
}

/** Shortens untrusted values before they are echoed back in an error message. */
export function preview(value: unknown, max = 40): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    // Cycles, BigInts and values nested too deep for JSON.stringify (or String) to walk.
    try {
      text = String(value);
    } catch {
      text = Array.isArray(value) ? "[…]" : typeof value === "object" && value !== null ? "{…}" : typeof value;
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Turns zod issues into located issues, resolving each issue's path to a dotted field name. */
export function issuesFromZod(error: z.ZodError, at: Location = {}, input?: unknown): Issue[] {
  return error.issues.map((issue) => {
    const field = issue.path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".").replace(/\.\[/g, "[");
    const found = valueAt(input, issue.path);
    return {
      ...at,
      ...(field ? { field: at.field ? `${at.field}.${field}` : field } : {}),
      message: issue.message,
      ...(found.present ? { received: preview(found.value) } : {}),
    };
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): { present: boolean; value?: unknown } {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return { present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current === undefined ? { present: false } : { present: true, value: current };
}
