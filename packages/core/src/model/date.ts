import * as z from "zod";

/*
 * EDTF (ISO 8601-2) subset used across Chancery: a day, month or year, optionally qualified
 * uncertain `?`, approximate `~` or both `%`, and intervals `a/b` whose ends may be open `..` or unknown (empty).
 * Parsed by hand rather than with the `edtf` package: that grammar costs ~0.25 ms a parse, too slow
 * for merging a million events; a test checks this parser against `edtf` on the shared subset.
 * Years are 0000–9999: the functions below compare days as strings, which negative years would break.
 */
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

// The two ASCII digits at `at` as a number, or -1 (as `\d\d` reads them).
const twoDigits = (text: string, at: number) => {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
};

/**
 * One date, `^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$`, read by hand: the extractor asks for the range of the same
 * few dates dozens of times an article, and a regex call with its match array costs more than the whole reading.
 * @internal Exported for tests.
 */
export function singleRange(text: string): DayRange | null {
  let length = text.length;
  const q = text.charCodeAt(length - 1);
  if (q === 63 || q === 126 || q === 37) length--; // ? ~ %
  if ((length !== 4 && length !== 7 && length !== 10) || (length > 4 && text.charCodeAt(4) !== 45)) return null;
  const century = twoDigits(text, 0);
  const decade = twoDigits(text, 2);
  if (century < 0 || decade < 0) return null;
  const yearText = text.slice(0, 4);
  if (length === 4) return { start: `${yearText}-01-01`, end: `${yearText}-12-31` };
  const month = twoDigits(text, 5);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(century * 100 + decade, month);
  if (length === 7) return { start: `${text.slice(0, 7)}-01`, end: `${text.slice(0, 7)}-${pad(last)}` };
  const day = twoDigits(text, 8);
  if (text.charCodeAt(7) !== 45 || day < 1 || day > last) return null;
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
  return dayNumber(end) - dayNumber(start) + 1;
}

/**
 * Days from 1970-01-01 to a valid `YYYY-MM-DD`, as `Date.parse(day) / 86_400_000` gives them, counted without parsing
 * (Howard Hinnant's days_from_civil).
 * @internal Exported for tests.
 */
export function dayNumber(day: string): number {
  const month = (day.charCodeAt(5) - 48) * 10 + day.charCodeAt(6) - 48;
  // Years counted from March, so that a leap day ends its year.
  const year = +day.slice(0, 4) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + (day.charCodeAt(8) - 48) * 10 + day.charCodeAt(9) - 49;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/**
 * A year, month or day to count from ("2025", "2025-03", "2025-03-11"): no interval, no qualifier, and the month and day
 * not checked; `/^\d{4}(?:-\d{2}){0,2}$/` read by hand, as the extractor asks it of two dates for every trigger.
 * @internal Exported for the extractor and tests.
 */
export function isCalendarDate(date: string | null): date is string {
  if (date === null || (date.length !== 4 && date.length !== 7 && date.length !== 10)) return false;
  for (let k = 0; k < date.length; k++) {
    const c = date.charCodeAt(k);
    if (k === 4 || k === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** `YYYY-MM-DD` of a UTC date. */
export function toIsoDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The ISO day `n` days after `day` (before it when `n` is negative). */
export function shiftIsoDay(day: string, n: number): string {
  return toIsoDay(new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000));
}
