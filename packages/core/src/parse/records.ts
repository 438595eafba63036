import * as z from "zod";
import { type Issue, issuesFromZod, preview } from "../errors.js";
import { DiplomaticEvent } from "../model/event.js";
import { DiplomaticMission } from "../model/mission.js";
import { Official } from "../model/official.js";

export const RECORD_FORMATS = ["json", "ndjson", "csv", "yaml"] as const;
export const RecordFormat = z.enum(RECORD_FORMATS);
export type RecordFormat = z.infer<typeof RecordFormat>;

/** What the records of a file are; `auto` decides per record by its fields. */
export const RECORD_KINDS = ["mission", "official", "event", "auto"] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;
export type KnownKind = Exclude<RecordKind, "auto">;

/** The valid records of a file and the issues of the rest: a bad record never hides the good ones. */
export interface ParsedRecords {
  missions: DiplomaticMission[];
  officials: Official[];
  events: DiplomaticEvent[];
  issues: Issue[];
}

export interface Position {
  line: number;
  column?: number;
}
export type Path = readonly PropertyKey[];

/** One value read from a file (a JSON text, an NDJSON line, a YAML document, a CSV row) and a way to find its parts. */
export interface SourceValue {
  value: unknown;
  /** Where the node at `path` (from `value`) starts; the nearest existing ancestor when the node is missing. */
  locate(path: Path): Position;
  /** For formats whose values are always one flat record (CSV rows): its kind, when known. */
  record?: { kind: KnownKind | null };
}

/** What a format reader gives: the values it could read and the issues (without `file`) of what it could not. */
export interface ReadResult {
  values: SourceValue[];
  issues: Issue[];
}

export const RECORD_SCHEMAS = { mission: DiplomaticMission, official: Official, event: DiplomaticEvent } as const;
const GROUPS = [
  ["missions", "mission"],
  ["officials", "official"],
  ["events", "event"],
] as const;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Tells a record's kind by the fields only that kind has: `type` → event, `sender`/`host` → mission, `name`/`role` → official. */
export function classifyRecord(value: Record<string, unknown>): KnownKind | null {
  const has = (key: string) => Object.hasOwn(value, key);
  if (has("type")) return "event";
  if (has("sender") || has("host")) return "mission";
  if (has("name") || has("role")) return "official";
  return null;
}

/** `{ missions, officials, events }` (an Extraction) or a gold file's `{ gold: { … } }`, as opposed to one record. */
function groupsOf(value: Record<string, unknown>): { path: Path; groups: Record<string, unknown> } | null {
  if (classifyRecord(value) !== null) return null;
  if (GROUPS.some(([key]) => Object.hasOwn(value, key))) return { path: [], groups: value };
  const gold = value.gold;
  if (isPlainObject(gold) && GROUPS.some(([key]) => Object.hasOwn(gold, key))) return { path: ["gold"], groups: gold };
  return null;
}

interface Candidate {
  value: unknown;
  path: Path;
  kind: KnownKind | null;
}

/** The records a value holds: itself, the items of a list, or the groups of a container. */
function candidatesOf(source: SourceValue, kind: RecordKind, issues: Issue[]): Candidate[] {
  const known = (value: unknown) => (kind !== "auto" ? kind : isPlainObject(value) ? classifyRecord(value) : null);
  const { value } = source;
  if (source.record) return [{ value, path: [], kind: kind === "auto" ? source.record.kind : kind }];
  if (Array.isArray(value)) return value.map((item, i) => ({ value: item, path: [i], kind: known(item) }));
  const container = isPlainObject(value) ? groupsOf(value) : null;
  if (!container) {
    if (isPlainObject(value)) return [{ value, path: [], kind: known(value) }];
    issues.push({
      ...source.locate([]),
      message: "expected a record, a list of records or { missions, officials, events }",
      received: safePreview(value),
    });
    return [];
  }
  const candidates: Candidate[] = [];
  for (const [key, groupKind] of GROUPS) {
    if (kind !== "auto" && kind !== groupKind) continue;
    const group = container.groups[key];
    const path = [...container.path, key];
    if (group === undefined) continue;
    if (!Array.isArray(group)) {
      issues.push({ ...source.locate(path), field: key, message: `expected a list of ${key}`, received: safePreview(group) });
      continue;
    }
    group.forEach((item, i) => candidates.push({ value: item, path: [...path, i], kind: groupKind }));
  }
  return candidates;
}

/** Validates every record the values hold against its model; stamps `file` and the record index on every issue. */
export function collectRecords(read: ReadResult, kind: RecordKind, file?: string): ParsedRecords {
  const result: ParsedRecords = { missions: [], officials: [], events: [], issues: [...read.issues] };
  let index = 0;
  for (const source of read.values) {
    for (const candidate of candidatesOf(source, kind, result.issues)) {
      const record = index++;
      const at = (path: Path) => source.locate([...candidate.path, ...path]);
      if (candidate.kind === null) {
        result.issues.push({
          ...at([]),
          record,
          message: isPlainObject(candidate.value)
            ? "cannot tell the kind of record: give an event a `type`, a mission a `sender` and `host`, an official a `name` and `role`, or pass a kind"
            : "expected a record (an object)",
          received: safePreview(candidate.value),
        });
        continue;
      }
      const { value } = candidate;
      const error =
        candidate.kind === "mission" ? check(DiplomaticMission, value, result.missions)
        : candidate.kind === "official" ? check(Official, value, result.officials)
        : check(DiplomaticEvent, value, result.events);
      if (error) result.issues.push(...recordIssues(candidate.kind, error, value, record, at));
    }
  }
  // In file order; the sort is stable, so issues on one line keep the schema's field order.
  result.issues.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
  if (file !== undefined) result.issues = result.issues.map((issue) => ({ file, ...issue }));
  return result;
}

/** Adds a valid record to its list, or gives the reasons it is not valid. */
function check<T>(schema: z.ZodType<T>, value: unknown, into: T[]): z.ZodError | null {
  const result = schema.safeParse(value, { error: explain });
  if (!result.success) return result.error;
  into.push(result.data);
  return null;
}

/** Messages that say what was expected; schema-level messages (ActorCode, EdtfDate…) still win. */
const explain: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_value" && issue.values.every((v) => typeof v === "string")) {
    const values = issue.values as string[];
    if (issue.input === undefined) return `required; expected one of ${values.join(", ")}`;
    const guess = typeof issue.input === "string" ? closest(issue.input, values) : undefined;
    return `expected one of ${values.join(", ")}${guess ? ` (did you mean "${guess}"?)` : ""}`;
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return `required; expected ${issue.expected}`;
  if (issue.code === "invalid_union") {
    // A union of literals (RepresentationLevel) says which values it takes rather than "Invalid input".
    const values = issue.errors.map((branch) => (branch.length === 1 && branch[0]?.code === "invalid_value" ? branch[0].values : null));
    if (values.every((v) => v !== null)) return `expected one of ${values.flat().map(String).join(", ")}`;
  }
  return undefined;
};

function recordIssues(kind: KnownKind, error: z.ZodError, value: unknown, record: number, at: (path: Path) => Position): Issue[] {
  const fields = Object.keys(RECORD_SCHEMAS[kind].shape);
  // No input here: `received` is computed below with a preview that survives deeply nested values.
  return issuesFromZod(error, { record }).flatMap((issue, i) => {
    const zodIssue = error.issues[i]!;
    if (zodIssue.code !== "unrecognized_keys") return [located(kind, issue, zodIssue.path, value, at)];
    // One issue per unknown key, located at the key, with a suggestion when it looks like a misspelt field.
    return zodIssue.keys.map((key) => {
      const guess = zodIssue.path.length === 0 ? closest(key, fields) : undefined;
      const field = issue.field ? `${issue.field}.${key}` : key;
      return located(kind, { ...issue, field, message: `unknown field${guess ? ` (did you mean "${guess}"?)` : ""}` }, [...zodIssue.path, key], value, at);
    });
  });
}

function located(kind: KnownKind, issue: Issue, path: Path, value: unknown, at: (path: Path) => Position): Issue {
  const found = valueAt(value, path);
  const nullable = path.length === 1 && found === undefined && requiredNullable(kind).has(String(path[0]));
  return {
    ...at(path),
    ...issue,
    ...(nullable ? { message: issue.message.replace(/^required/, "required (null when unknown)") } : {}),
    ...(found === undefined ? {} : { received: safePreview(found) }),
  };
}

const nullableFields = new Map<KnownKind, Set<string>>();
/** Fields of a kind that must be present but may be null (an event's date, source, target), read off the schema. */
export function requiredNullable(kind: KnownKind): Set<string> {
  let fields = nullableFields.get(kind);
  if (!fields) {
    const shape: Record<string, z.ZodType> = RECORD_SCHEMAS[kind].shape;
    fields = new Set(Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success && shape[key]!.safeParse(null).success));
    nullableFields.set(kind, fields);
  }
  return fields;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** `preview`, but a value too deeply nested for JSON.stringify gives a placeholder instead of a RangeError. */
export function safePreview(value: unknown): string {
  try {
    return preview(value);
  } catch {
    return Array.isArray(value) ? "[…]" : "{…}";
  }
}

/** The candidate within two edits of `word` (ignoring case), if one is. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > 40) return undefined;
  const lower = word.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= 2 && distance < word.length && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Maps offsets in a text to 1-based lines and columns. */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}
