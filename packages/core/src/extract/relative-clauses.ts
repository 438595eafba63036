// Clauses told relative to the main one ("weeks after X visited", "days before", "since"): where one is, whose
// parties it holds and the days its event lies in. Read by the event and mission readers and by matchDate.
import { edtfRange, shiftIsoDay, toIsoDay } from "../model/date.js";
import { asidesOf } from "./clauses.js";
import type { Party, SentenceContext } from "./context.js";

const RELATIVE_CLAUSE = /\b(more than |less than |nearly |almost )?(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|a few|several|\d+) )?(hours?|days?|weeks?|months?|years?|decades?)(?:\s+to\s+the\s+day)?\s+(after|before)\b(?=(?:(?! - )[^,;—–])*$)|\b(?:shortly|soon|just|not long)\s+(after|before)\b(?=(?:(?! - )[^,;—–])*$)|(?<!\b(?:day|week|fortnight|month|year)s? )\b(since)\b(?=(?:(?! - )[^,;—–])*$)/i;
// (A dash closes an aside as a comma does: "On 15 January - two days after the election - A cut ties".)
// "hours after" is the same day as the main clause's event: no days of distance.
// Every alternative of RELATIVE_CLAUSE holds one of these words: a plain scan for them rules most clauses out.
const SPAN_BEGAN_AND = /^since\s+(?:[\w'’-]+\s+){1,5}?(?:began|started|erupted|broke out|ended|took office|came to power)\s+and\s+(?:then\s+|later\s+|also\s+)?$/i;
export const RELATIVE_WORD = /after|before|since/i;
const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, week: 7, month: 31 };
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, "a hundred": 100, "a few": 3, several: 5 };
// Counts a writer gives exactly: "eight months after" names a month, "a few weeks after" no particular one.
const EXACT_COUNT = /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|\d+)$/i;
/** How far a clause of vague distance ("days after", "weeks before") can lie from the main date. */
const VAGUE_DAYS: Record<string, number> = { hour: 0, day: 14, week: 56, month: 365 };

const COUNTED_TO_THE_DAY = /\bto\s+the\s+day\b/i;

export interface RelativeClause {
  /** Where the clause's own words start, after "days after". */
  start: number;
  /** Days the clause's event can lie from the main date; null when the text gives no usable distance. */
  window: number | null;
  direction: "after" | "before";
  /** An exact count of months or years ("eight months after", "seven years after"): dated by the month or the year. */
  months?: number;
  /** An exact count of days ("two days after"): dated to the day. */
  days?: number;
  /** "fifty years to the day after": the months counted keep the day of the month. */
  toTheDay: boolean;
}

/**
 * The text from `from` to `pos` with the relative asides that end before `pos` blanked, their closing comma too, so
 * "two days after Chad, which opened an embassy in February, recalled" reads as one clause (offsets kept).
 */
function withoutAsides(ctx: SentenceContext, from: number, pos: number): string {
  const text = ctx.text.slice(from, pos);
  const asides = text.includes(", ") ? asidesOf(ctx.sentence).filter(([a, b]) => a >= from && b < pos) : [];
  if (!asides.length) return text;
  let out = "";
  let at = from;
  for (const [a, b] of asides.sort((x, y) => x[0] - y[0])) {
    if (a < at) continue;
    const to = ctx.text.charCodeAt(b) === 44 ? b + 1 : b;
    out += ctx.text.slice(at, a) + " ".repeat(to - a);
    at = to;
  }
  return out + ctx.text.slice(at, pos);
}

/** A clause told relative to the main one ("weeks after X visited", "days before", "since"), when the trigger at `pos` is in it (no comma between). */
export function relativeClause(ctx: SentenceContext, pos: number): RelativeClause | null {
  const from = Math.max(ctx.sentence.start, pos - 120);
  if (!RELATIVE_WORD.test(ctx.text.slice(from, pos))) return null;
  const before = withoutAsides(ctx, from, pos);
  const m = RELATIVE_CLAUSE.exec(before);
  if (!m) return null;
  // ("to halt strikes for 30 days after a phone call": a duration, not a distance in time.)
  if (m[3] && /\bfor\s+(?:the\s+(?:next|first)\s+)?$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, from + m.index - 16), from + m.index))) return null;
  // ("restored later that year after X and Y met": a date, then a plain "after".)
  if (m[3] && !m[2] && /\b(?:that|this|same|last|next)\s+$/i.test(ctx.text.slice(Math.max(ctx.sentence.start, from + m.index - 6), from + m.index))) return null;
  const start = from + m.index + m[0].length;
  // "shortly after", "just before": within a couple of days.
  if (m[5]) return { start, window: 2, direction: m[5].toLowerCase() as "after" | "before", months: undefined, days: undefined, toTheDay: false };
  // ("flew to B on his first trip since the war began and held talks": a span's start, then a second verb of the
  // main clause.)
  if (m[6] && SPAN_BEGAN_AND.test(before.slice(m.index))) return null;
  // "the first visit since the two countries established relations": background, dated by its own words or not at all.
  if (m[6]) return { start, window: null, direction: "before", months: undefined, days: undefined, toTheDay: false };
  const unit = m[3]!.toLowerCase().replace(/s$/, "");
  const count = m[2] ? (COUNTS[m[2].toLowerCase()] ?? Number(m[2])) : null;
  const unitDays = UNIT_DAYS[unit];
  // Years are too coarse to place an event by; a counted distance gets a little slack, "more than" twice the distance.
  let window = unitDays === undefined ? null : count === null ? VAGUE_DAYS[unit]! : unitDays === 0 ? 0 : Math.max(2, Math.ceil(count * unitDays * 1.3));
  if (window !== null && m[1] && /more/i.test(m[1])) window *= 2;
  // ("nearly five months after", "almost a year after": a writer rounding up, still that month or year.)
  const exact = count !== null && (!m[1] || (unit !== "day" && unit !== "week" && unit !== "hour" && /^(?:nearly|almost)/i.test(m[1]))) && EXACT_COUNT.test(m[2]!);
  // ("a decade after": ten years.)
  const months = exact && unit === "month" ? count : exact && unit === "year" ? count * 12 : exact && unit === "decade" ? count * 120 : undefined;
  // ("less than a day after": the day before, as a writer counting from a day's news tells it.)
  const underADay = count === 1 && unit === "day" && m[1] !== undefined && /less/i.test(m[1]);
  return { start, window, direction: m[4]!.toLowerCase() as "after" | "before", months, days: (exact || underADay) && unit === "day" ? count : undefined, toTheDay: months !== undefined && COUNTED_TO_THE_DAY.test(m[0]) };
}

// ", weeks after …", "days before …" opening a clause told relative to the one before it.
export const RELATIVE_OPENER = /,\s*(?:[\w-]+\s+){0,3}?(?:hours?|days?|weeks?|months?|years?|decades?|shortly|soon|just|not long)\s+(?:after|before)\b/i;

/**
 * The parties of the clause a trigger sits in, when a sentence joins a main clause and one told relative to it
 * ("Chile opened its consulate on Friday, weeks after Foreign Minister X visited Lima"): the opening is not X's.
 */
export function clauseParties(ctx: SentenceContext, parties: Party[], pos: number, inner: RelativeClause | null): Party[] {
  if (inner) return parties.filter((p) => p.start >= inner.start);
  const later = RELATIVE_OPENER.exec(ctx.text.slice(pos, ctx.sentence.end));
  return later ? parties.filter((p) => p.start < pos + later.index) : parties;
}

/** The days a relative clause's event lies in: before the main date for "after", after it for "before", up to the report. */
export function relativeSpan(clause: RelativeClause, main: string | null, published: string | null): string | null {
  const range = main ? edtfRange(main) : null;
  if (!range?.start || !range.end || (clause.window === null && clause.months === undefined)) return null;
  if (clause.window === 0) return main;
  // "two days after" a day: that day.
  if (clause.days !== undefined && range.start === range.end) {
    const day = shiftIsoDay(range.start, (clause.direction === "after" ? -1 : 1) * clause.days);
    return !published || day <= published ? day : null;
  }
  // "eight months after" a day: the month that many months away (a writer rounds to months, not days); "seven years
  // after" a day or a month of 2023: 2016.
  if (clause.months !== undefined) {
    const sign = clause.direction === "after" ? -1 : 1;
    // ("Fifty years to the day after X opened relations" with China, on a day: that day, fifty years before.)
    if (clause.toTheDay && range.start === range.end) {
      const day = new Date(`${range.start}T00:00:00Z`);
      day.setUTCMonth(day.getUTCMonth() + sign * clause.months);
      return toIsoDay(day);
    }
    const years = clause.months % 12 === 0 && range.start.slice(0, 4) === range.end.slice(0, 4);
    if (!years && range.start.slice(0, 7) !== range.end.slice(0, 7)) return null;
    const day = new Date(`${range.start}T00:00:00Z`);
    day.setUTCDate(1);
    day.setUTCMonth(day.getUTCMonth() + sign * clause.months);
    const when = toIsoDay(day).slice(0, years ? 4 : 7);
    return !published || when <= published.slice(0, when.length) ? when : null;
  }
  if (clause.window === null) return null;
  if (clause.direction === "after") return `${shiftIsoDay(range.start, -clause.window)}/${range.end}`;
  const end = shiftIsoDay(range.end, clause.window);
  return `${range.start}/${published && end > published ? published : end}`;
}
