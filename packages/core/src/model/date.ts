import * as z from "zod";

/**
 * EDTF (ISO 8601-2) subset used across Chancery: a day, month or year, optionally qualified
 * uncertain `?`, approximate `~` or both `%`, and intervals `a/b` whose ends may be open `..` or unknown (empty).
 * Parsed by hand rather than with the `edtf` package: that grammar costs ~0.25 ms a parse, too slow
 * for merging a million events; a test checks this parser against `edtf` on the shared subset.
 * Years are 0000–9999: the functions below compare days as strings, which negative years would break.
 */
const SINGLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

export interface DayRange {
  /** First day, `YYYY-MM-DD`, or null when the interval is open at the start. */
  start: string | null;
  /** Last day, `YYYY-MM-DD`, or null when the interval is open at the end. */
  end: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
// Arithmetic rather than Date.UTC, which reads years 0–99 as 1900–1999 (and so 0000 as no leap year).
const isLeapYear = (year: number) => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
const daysInMonth = (year: number, month: number) =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

function singleRange(text: string): DayRange | null {
  const m = SINGLE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const yearText = m[1]!;
  if (m[2] === undefined) return { start: `${yearText}-01-01`, end: `${yearText}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) return { start: `${yearText}-${m[2]}-01`, end: `${yearText}-${m[2]}-${pad(last)}` };
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { start: text.slice(0, 10), end: text.slice(0, 10) };
}

/** The days an EDTF string covers, or null when it is not EDTF this library understands. */
export function edtfRange(value: string): DayRange | null {
  const slash = value.indexOf("/");
  if (slash < 0) return singleRange(value);
  const left = value.slice(0, slash);
  const right = value.slice(slash + 1);
  if (right.includes("/")) return null;
  const open = (part: string) => part === ".." || part === "";
  if (open(left) && open(right)) return null;
  const a = open(left) ? { start: null, end: null } : singleRange(left);
  const b = open(right) ? { start: null, end: null } : singleRange(right);
  if (!a || !b) return null;
  if (a.start && b.end && a.start > b.end) return null;
  return { start: a.start, end: b.end };
}

export function isEdtf(value: string): boolean {
  return edtfRange(value) !== null;
}

export const EdtfDate = z
  .string()
  .refine(isEdtf, { message: "expected an EDTF date such as 2023-03-30, 2023-03, 2023, 2023-03-26/2023-03-31 or 2023~" })
  .meta({ id: "EdtfDate", description: "An EDTF date or interval (day, month, year; qualifiers ? ~ %; open ends ..).", examples: ["2023-03-30", "2023-03", "2023-03-26/2023-03-31"] });
export type EdtfDate = z.infer<typeof EdtfDate>;

/** A calendar day, `YYYY-MM-DD`, checked for existence (no 2023-02-30). */
export const IsoDay = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && singleRange(s) !== null, { message: "expected a calendar day YYYY-MM-DD" })
  .meta({ id: "IsoDay", description: "A calendar day, YYYY-MM-DD." });
export type IsoDay = z.infer<typeof IsoDay>;

const rangeOf = (value: string): DayRange => {
  const range = edtfRange(value);
  if (!range) throw new TypeError(`not an EDTF date: ${JSON.stringify(value)}`);
  return range;
};

/** True when the two dates share at least one day. Open ends reach to infinity. */
export function edtfOverlaps(a: string, b: string): boolean {
  const x = rangeOf(a);
  const y = rangeOf(b);
  return (x.start === null || y.end === null || x.start <= y.end) && (y.start === null || x.end === null || y.start <= x.end);
}

/** True when every day of `inner` lies within `outer`. */
export function edtfContains(outer: string, inner: string): boolean {
  const o = rangeOf(outer);
  const i = rangeOf(inner);
  const startOk = o.start === null || (i.start !== null && o.start <= i.start);
  const endOk = o.end === null || (i.end !== null && i.end <= o.end);
  return startOk && endOk;
}

/** Orders dates by first day, then by last day, so the more precise of two dates with the same start comes first. Null sorts last. */
export function compareEdtf(a: string | null | undefined, b: string | null | undefined): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  const x = rangeOf(a);
  const y = rangeOf(b);
  const s = (x.start ?? "") < (y.start ?? "") ? -1 : (x.start ?? "") > (y.start ?? "") ? 1 : 0;
  if (s !== 0) return s;
  const ex = x.end ?? "9999-12-31";
  const ey = y.end ?? "9999-12-31";
  return ex < ey ? -1 : ex > ey ? 1 : 0;
}

/** Number of days an EDTF date covers; Infinity for open intervals. Smaller is more precise. */
export function edtfSpanDays(value: string): number {
  const { start, end } = rangeOf(value);
  if (start === null || end === null) return Number.POSITIVE_INFINITY;
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
}

/** `YYYY-MM-DD` of a UTC date. */
export function toIsoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
