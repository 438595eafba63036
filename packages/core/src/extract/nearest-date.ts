// The date mention that dates a trigger: the closest in its clause, else in its sentence, with the readings of the
// sentence only that choice asks (its opening frame, its quotations, a trailing "as" clause).
import { edtfSpanDays } from "../model/date.js";
import { isApostrophe } from "./chars.js";
import { asidesOf, endOfPart, RELATIVE_BETWEEN } from "./clauses.js";
import { clauseEnd, type SentenceContext } from "./context.js";
import type { DateMention } from "./dates.js";
import type { Sentence } from "./sentences.js";

const WHEN_AFTER = /^,\s+when\s+[^,;.]*$/;
const AND_STATE = /,\s+and\s+(?:then\s+)?$/;
// (Or a person a title names: ", and Secretary of State John Kerry travelled to Havana on Aug. 14".)
const AND_TITLED = /,\s+and\s+(?:then\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for)\s+){1,6}$/u;

/** Where a clause of its own, opened by ", and" and a state, starts between `end` and `to`; else `to`. */
function stateClauseAt(ctx: SentenceContext, end: number, to: number): number {
  for (const p of ctx.parties) {
    if (p.start <= end || p.end > to) continue;
    if ((p.via === "actor" || p.via === "official") && ctx.text.charCodeAt(p.start - 1) === 32 && (AND_STATE.test(ctx.text.slice(Math.max(end, p.start - 14), p.start)) || (p.via === "official" && AND_TITLED.test(ctx.text.slice(Math.max(end, p.start - 60), p.start))))) return p.start;
  }
  return to;
}

/** "until 1993, when it was shut": the date a "when" clause holding `at` hangs on, else null. */
export function whenHungOn(ctx: SentenceContext, dates: readonly DateMention[], at: number, reach = 50): string | null {
  for (let k = dates.length - 1; k >= 0; k--) {
    const d = dates[k]!;
    if (d.end < at && at - d.end <= reach && d.start >= ctx.sentence.start && d.edtf && !d.future && WHEN_AFTER.test(ctx.text.slice(d.end, at))) return d.edtf;
  }
  return null;
}

// ("discussed the case on the sidelines of Monday's summit", "met at Tuesday's ceremony": the occasion the trigger took
// place at, its day the trigger's.)
const OCCASION_OF = /\b(?:sidelines\s+of|at|during)\s+$/i;
const SAME_DAY = /\b(?:on the same day|that (?:same |very )?day|the (?:next|following) day|a day later)\b/i;
// (Not an adverb before a verb: "Albanese and Xi first met a year ago" dates the meeting.)
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?!(?:met|went|came|flew|spoke|held|took|sat|[a-z]+ed)\s)(?:[\w-]+\s+){1,2}$/i;
// ("the third country to break with Taiwan since 2016": where the count starts, not when the act was.)
const RANK_TO = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}to\s+$/i;
const SINCE_BEFORE = /\bsince\s+$/i;
const SINCE_AT = /^since\s/i;
// ("the third country to break with Taiwan, after Nauru in December 2016 and Panama": the date of a state the act follows.)
export const AFTER_STATE = /,\s+(?:after|following|like|joining)\s+(?:the\s+)?\p{Lu}/u;
// (", his first visit having come in April": an absolute clause after the act tells of another.)
const ABSOLUTE_HAVING = /,\s+(?:his|her|their|its|the|an?)\s+(?:[\w-]+\s+){0,4}having\s+[^,;]{0,40}$/i;
const BUT_VERB = /,\s+but\s+(?:also\s+|later\s+|then\s+)?(?:[a-z]{3,}ed|sent|kept|made|left|took|went|came|began|put|set)\b/;

/** Whether a date after the trigger is another occasion's: a relative clause's, a possessive's, a participle's, … */
function anotherOccasion(ctx: SentenceContext, start: number, end: number, d: DateMention): boolean {
  const { text } = ctx;
  if (inRelativeAfter(text, end, d.start) || PARTICIPLE_BEFORE.test(text.slice(Math.max(end, d.start - 40), d.start))) return true;
  if (isApostrophe(text.charCodeAt(d.end)) && !OCCASION_OF.test(text.slice(Math.max(end, d.start - 20), d.start))) return true;
  if (PLEDGE_MADE.test(text.slice(end, d.start)) || AFTER_STATE.test(text.slice(end, d.start)) || ABSOLUTE_HAVING.test(text.slice(end, d.start))) return true;
  const since = SINCE_BEFORE.test(text.slice(d.start - 8, d.start)) || SINCE_AT.test(text.slice(d.start, d.start + 6));
  return since && RANK_TO.test(text.slice(Math.max(ctx.sentence.start, start - 60), start));
}

/**
 * The date of a trigger: the closest date mention in its clause, else in its sentence. Bare years yield to
 * fuller dates, and dates that point past publication ("later this month", "by 2024") never date what happened.
 */
export function nearestDate(ctx: SentenceContext, dates: DateMention[], start: number, end: number, published: string | null): string | null {
  // ("recognised South Sudan "within the borders existing on January 1, 1956"": words quoted, when the trigger is not
  // among them, date only what they say.)
  const quoted = dates.length ? quotesOf(ctx.sentence) : [];
  const outside = (d: DateMention) => !quoted.some(([s, e]) => d.start >= s && d.end <= e && !(start >= s && end <= e));
  // ("had arrived in Managua as part of a tour that also took him to Brasília on Wednesday": so do a relative clause's.)
  // ("ordered the diplomats out for questioning the results of Sunday's election": a day in the possessive after the
  // trigger is its noun's, another occasion.)
  // (", first launched in 2006", after the trigger: a participle's date, its noun's.)
  // ("El Salvador cut ties with Taiwan, the third country this year to switch": a count over a span, not the act's time.)
  const usable = dates.filter((d) => d.edtf && !d.future && !(d.relative && edtfSpanDays(d.edtf) > 31 && ORDINAL_BEFORE.test(ctx.text.slice(Math.max(ctx.sentence.start, d.start - 40), d.start))) && !(published && d.edtf.slice(0, 10) > published && !d.edtf.includes("/")) && (!quoted.length || outside(d)) && !(d.start > end && anotherOccasion(ctx, start, end, d)));
  // (With no date to pick, nothing below picks one.)
  if (!usable.length) return null;
  const hung = whenHungOn(ctx, usable, start);
  // ("last month, when it revoked … on 23 September": a day of the clause's own inside the time it hangs on.)
  // ("earlier in the week, when the two held talks … on Wednesday": a day inside the span it hangs on.)
  if (hung) return usable.find((d) => d.start >= end && d.start - end <= 80 && (hung.includes("/") ? d.edtf!.length === 10 && d.edtf! >= hung.slice(0, 10) && d.edtf! <= hung.slice(-10) : d.edtf!.length > hung.length && d.edtf!.startsWith(hung)))?.edtf ?? hung;
  const head = ctx.text.slice(ctx.sentence.start, start);
  const clauseFrom = ctx.sentence.start + Math.max(0, head.lastIndexOf(";"));
  // (", and Israel named X … that November": a clause a state opens after ", and" has dates of its own.)
  const clauseTo = stateClauseAt(ctx, end, clauseEnd(ctx, end));
  // ("X, who was recalled in March, was received by …": an aside's date is its own, unless the trigger is in it.)
  const aside = asidesOf(ctx.sentence);
  const own = (d: DateMention) => !aside.some(([s, e]) => d.start >= s && d.end <= e && !(end > s && start < e));
  const inClause = usable.filter((d) => d.start >= clauseFrom && d.end <= clauseTo && own(d));
  // "established ties in 1984, switched to Beijing in 1997 and restored …": the date in the trigger's own part of a list.
  // (Where the part ends is read only when some date follows the trigger.)
  const after = inClause.filter((d) => d.start >= end);
  if (after.length) {
    const partEnd = endOfPart(ctx, end, clauseTo);
    const inPart = after.filter((d) => d.start < partEnd);
    if (inPart.length) return inPart[0]!.edtf;
  }
  // ("The following year Riyadh broke off relations; they were restored in 1991": no date across a semicolon.)
  const semicolons = ctx.sentence.text.includes(";");
  const pick = (pool: DateMention[]) => {
    // A coarse "this year" far from the trigger describes something else in a long sentence.
    const near = pool.filter((d) => !(d.relative && d.edtf && edtfSpanDays(d.edtf) > 31 && Math.min(Math.abs(d.start - end), Math.abs(start - d.end)) > 60));
    const strong = near.filter((d) => !d.bareYear);
    const candidates = strong.length ? strong : near;
    let best: DateMention | undefined;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (const d of candidates) {
      const distance = Math.abs(d.start >= end ? d.start - end : start - d.end);
      if (distance < bestDistance) [best, bestDistance] = [d, distance];
    }
    return best?.edtf ?? null;
  };
  // ("An accord signed in June 2016, under which …, restored ties, and X named Y ambassador that November": dates after
  // the trigger, all in later parts of the list, are those parts'; one before it is the trigger's.)
  // (Or within it: "spent Thursday evening on the telephone with".)
  const before = after.length ? pick(inClause.filter((d) => d.start < end)) : null;
  if (before) return before;
  // ("Bangladesh yesterday asked Pakistan to apologise for atrocities committed in 1971, as the two countries held their
  // first talks": an "as" clause with no date of its own happens when the main clause does, its first date.)
  const asAt = asClauseAt(head);
  if (asAt >= 0 && !semicolons) {
    const from = ctx.sentence.start + asAt;
    if (!inClause.some((d) => d.start >= from)) {
      const frame = usable.find((d) => own(d) && d.end <= from);
      if (frame) return frame.edtf;
    }
  }
  const inClausePick = pick(inClause);
  if (inClausePick || semicolons) return inClausePick ?? sentenceFrame(ctx, usable, clauseFrom, start);
  // (Not past ", but" and a second verb of the subject, which has dates of its own: "evacuated its embassy that same
  // month, but sent a team back in June 2022".)
  const but = BUT_VERB.exec(ctx.text.slice(end, Math.min(ctx.sentence.end, end + 200)));
  // (Nor past a clause of another subject when the trigger's own tells its time as the day told before: "became an
  // embassy on the same day, and Secretary of State X travelled to Havana on Aug. 14".)
  if (clauseTo < ctx.sentence.end && SAME_DAY.test(ctx.text.slice(clauseFrom, clauseTo))) return null;
  return pick(usable.filter((d) => own(d) && !(but && d.start >= end + but.index)));
}

// "In June 2020, A expelled two of B's diplomats; B answered by expelling two of A's": a date opening the sentence
// frames every clause of it, across a semicolon too, where the later clause names no time of its own.
const FRAME_BEFORE = /^\W*(?:(?:In|On|During|By|Back in)\s+)?$/;
const FIRST_SINCE = /\bfirst\b[^,;]{0,60}?\bsince\b/gi;
const OWN_TIME = /\b(?:later|since|now|afterwards?|subsequently|then|next|today|currently|still|yet|soon|until|ago|recently|earlier)\b/i;

function sentenceFrame(ctx: SentenceContext, usable: DateMention[], clauseFrom: number, start: number): string | null {
  const frame = usable[0];
  if (!frame || !FRAME_BEFORE.test(ctx.text.slice(ctx.sentence.start, frame.start)) || ctx.text.charCodeAt(frame.end) !== 44) return null;
  const next = ctx.text.indexOf(";", start);
  // ("on his first trip to B since the war began and held talks": a first since then measures a span, it tells no time.)
  return OWN_TIME.test(ctx.text.slice(clauseFrom, next >= 0 && next < ctx.sentence.end ? next : ctx.sentence.end).replace(FIRST_SINCE, "")) ? null : frame.edtf;
}
// What opens a relative clause after a noun ("a tour that", "the deal which"), not a saying's "that" nor "so that".
const PREPOSITION_WHICH = /,\s+(?:with|in|from|to|for|by|under|through) (?:which|whom)\s[^,;]*$/;
const RELATIVE_PRONOUN = /\b([a-z]+)\s+(?:that|which)\s/;
const LEADING_RELATIVE = /^\s+(?:that|which)\s/;
const THAT_NO_RELATIVE: ReadonlySet<string> = new Set(["said", "says", "say", "announced", "agreed", "decided", "confirmed", "stated", "added", "noted", "declared", "warned", "insisted", "told", "so", "such", "now", "and", "but", "after", "before"]);
/** Whether the text from a trigger's end to `at` opens a relative clause that `at` is in (no comma or semicolon between). */
// ("the opening fulfils the announcement made by X during his visit in May 2023": the pledge's date, not the act's.)
const PLEDGE_MADE = /\b(?:announcement|promise|pledge|decision|commitment|undertaking)\s+(?:made|given|taken)\b/i;
const PARTICIPLE_BEFORE = /,\s+(?:first|originally|initially)\s+[a-z]{3,}(?:ed|en)(?:\s+(?:in|on|since))?\s+$/i;

// ("met at the estate where Bolivar died in 1830": a place's relative clause, its own time, however far after the trigger.)
const WHERE_CLAUSE = /\s(?:the|an?|this|that)\s+(?:[\w-]+\s+){0,2}[a-z]+\s+where\s[^,;]*$/;

const WHO_THEN_PLACE = /, who [^,]*,\s+(?:in|on|at|during|last|this|early|late|from|since)\b/i;
const WHO_CLOSED = /,\s*(?:on|in|at|last|this|from|since|early|late)?\s*$/i;

function inRelativeAfter(text: string, end: number, at: number): boolean {
  const between = text.slice(end, at);
  if (between.includes(" where ") && WHERE_CLAUSE.test(between)) return true;
  // ("…, with which it established diplomatic relations on 10 May 1992": a relative clause on a state named before.)
  if (between.includes(" which ") && PREPOSITION_WHICH.test(between)) return true;
  // ("received the credentials of X, who will head the mission in Lima, raised to embassy rank last July": a person's
  // "who" clause tells their own times, unless the date stands right after a comma, the aside closed.)
  // ("met X, who now styles himself acting president, in Bangkok on April 17": an aside closed by a comma and the
  // trigger's own place or time.)
  if (between.includes(", who ") && !WHO_CLOSED.test(between) && !WHO_THEN_PLACE.test(between)) return true;
  if (between.includes(",") || between.includes(";")) return false;
  if (!RELATIVE_BETWEEN.test(between)) return false;
  // ("restore the relations that Riyadh had cut in 2016": the trigger's own last word the noun the clause hangs on.)
  const m = RELATIVE_PRONOUN.exec(LEADING_RELATIVE.test(between) ? text.slice(Math.max(0, end - 24), at) : between);
  return m !== null && !THAT_NO_RELATIVE.has(m[1]!);
}

/** The document offsets of a sentence's quotations ("…" or “…”); a mark left unpaired (a quote across sentences) opens none. */
function quotesOf(sentence: Sentence): Array<[number, number]> {
  const text = sentence.text;
  const spans: Array<[number, number]> = [];
  if (!text.includes('"') && !text.includes("\u201c")) return spans;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open < 0 && (c === 34 || c === 0x201c)) open = i;
    else if (open >= 0 && (c === 34 || c === 0x201d)) {
      spans.push([sentence.start + open, sentence.start + i + 1]);
      open = -1;
    }
  }
  return spans;
}
export const AS_CLAUSE = /,\s+as\s+(?!well\b|part\b|a\b|an\b|of\b|for\b|to\b|such\b|much\b|many\b|soon\b|long\b|did\b|does\b|do\b)[^,;]*$/i;
// The same, tried at one offset.
const AS_CLAUSE_AT = new RegExp(AS_CLAUSE.source, "iy");

/** Where the ", as …" clause that runs to the end of `head` starts, or -1: only at its last comma, which no comma follows. */
export function asClauseAt(head: string): number {
  const comma = head.lastIndexOf(",");
  if (comma < 0) return -1;
  AS_CLAUSE_AT.lastIndex = comma;
  return AS_CLAUSE_AT.test(head) ? comma : -1;
}
