// The years a narrative carries: a yearless day or month told after a year the paragraph gives belongs to that year.
// One pass over every sentence's dates, between pass 1 and pass 2.
import { isWordChar } from "./chars.js";
import { asidesOf } from "./clauses.js";
import type { DateMention } from "./dates.js";
import { inSinceClause } from "./event-dates.js";
import type { Sentence } from "./sentences.js";

// A day or month named without a year: "on 9 July", "in March", "the end of April".
const YEARLESS = /^(?:(?:on|in|at the end of|the end of|end of|the beginning of|the start of|early|late)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?$/i;

const THAT_YEAR = /^,?\s+(?:of\s+)?that\s+year\b/i;
const SAME_YEAR = /^(?:the same|later that|earlier that) year$/i;
const SAME_MONTH = /^(?:the same|later that|earlier that) month$/i;
const THIS_YEAR = /\bthis year$/i;
const LAST_YEAR = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+last year$/i;
// "has been shut ever since", "since then": the narrative is back in the report's time.
const EVER_SINCE = /\b(?:ever since|since then)\b/i;
// "since 2015", "since Buhari took office in 2015": a span up to now, no frame for what follows.
const SINCE_BEFORE = /\bsince\s+$/i;
// "in 2005 and 2007": one of a list of years, no frame either.
const YEAR_LIST = /^\s*(?:,|and|or|,\s*and)\s*$/i;
// /^\d{4}/ by hand (past its end charCodeAt is NaN, no digit).
const digitAt = (text: string, k: number) => text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
const opensWithYear = (edtf: string) => digitAt(edtf, 0) && digitAt(edtf, 1) && digitAt(edtf, 2) && digitAt(edtf, 3);
/** The last year written in `text` between `from` and `at` ("the 1990 election"), as a number; 0 if none. */
function yearWrittenBefore(text: string, from: number, at: number): number {
  for (let k = at - 4; k >= from; k--) {
    if (!(digitAt(text, k) && digitAt(text, k + 1) && digitAt(text, k + 2) && digitAt(text, k + 3)) || isWordChar(text.charCodeAt(k - 1)) || isWordChar(text.charCodeAt(k + 4))) continue;
    const year = +text.slice(k, k + 4);
    if (year >= 1800 && year < 2100) return year;
  }
  return 0;
}
const PREVIOUS_YEAR = /^the previous year$/i;
// "Less than a month later, on July 8, …", "Weeks later", "The following month": a paragraph that opens by counting on from
// the one before goes on in its year.
const COUNTED_ON = /^(?:(?:less than|more than|about|nearly|almost|barely|just|only)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|several|a few|a couple of|\d{1,2})\s+(?:days?|weeks?|months?)|days|weeks|months)\s+later\b|^(?:the\s+)?(?:following|next)\s+(?:day|week|month)\b/i;

/**
 * "Then came July 2018. On July 8 Abiy flew to Asmara. … On July 14 …": a yearless day or month told after a year the
 * paragraph gives outright belongs to that year, when it comes later in it.
 */
export function narrateYears(analysed: { sentence: Sentence; dates: DateMention[] }[]): void {
  let told: { year: number; month: number; monthTold: boolean; paragraph: number; at: number } | null = null;
  // The last month the text told, however ("On April 4 last year", "Last August"), for "later that month".
  let lastMonth: string | null = null;
  // The last year written outright, even one no frame follows from ("since early 2023"), for an explicit "that year".
  let lastYear = 0;
  let lastYearAt = -1;
  const monthOf = (d: DateMention | undefined) => (d?.edtf && !d.future && d.edtf.length >= 7 && !d.edtf.includes("/") && opensWithYear(d.edtf) ? d.edtf.slice(0, 7) : null);
  for (const { sentence, dates } of analysed) {
    if (told && told.paragraph !== sentence.paragraph && COUNTED_ON.test(sentence.text)) told.paragraph = sentence.paragraph;
    // (Not a year told in passing, in a relative aside: "Pyongyang, which set up ties in 1973. … on Feb. 20" is this year.)
    const aside = dates.length ? asidesOf(sentence) : [];
    let listed: DateMention | undefined;
    for (let k = 0; k < dates.length; k++) {
      const d = dates[k]!;
      lastMonth = monthOf(dates[k - 1]) ?? lastMonth;
      if (!d.edtf || d.future) continue;
      // ("On April 4 last year, A expelled …. B retaliated later that month": the month told last, the report's or not.)
      // (So too past a year told before that month: "… Karimov's death in 2016. Flights resumed in April last year.
      // Earlier that month …".)
      if (lastMonth && SAME_MONTH.test(d.text) && (!told || +lastMonth.slice(0, 4) > told.year)) {
        [d.edtf, d.relative] = [lastMonth, false];
        continue;
      }
      // ("served between 2010 and 2015. He returned this year and presented his credentials in January": back in the
      // report's year, which the months after it are in.)
      if (d.relative && THIS_YEAR.test(d.text)) {
        told = null;
        continue;
      }
      // ("visits to A in March last year. That September he travelled to B": a month of last year frames what follows,
      // as the year written out would.)
      if (d.relative && LAST_YEAR.test(d.text) && d.edtf.length >= 7 && opensWithYear(d.edtf) && !d.edtf.includes("/")) {
        told = { year: +d.edtf.slice(0, 4), month: +d.edtf.slice(5, 7), monthTold: true, paragraph: sentence.paragraph, at: d.end };
        [lastYear, lastYearAt] = [told.year, d.end];
        continue;
      }
      if (!d.relative && opensWithYear(d.edtf) && !d.edtf.includes("/")) {
        // (Though it is still the year an explicit "that year" after it points back to: "X, whom A expelled in April
        // 2024. A had recalled its own envoy in January of that year".)
        if (aside.some(([a, b]) => d.start >= a && d.end <= b)) {
          [lastYear, lastYearAt] = [+d.edtf.slice(0, 4), d.end];
          continue;
        }
        const at = d.start - sentence.start;
        const nextYear = dates[k + 1];
        const inList = d === listed || (nextYear !== undefined && !nextYear.relative && nextYear.edtf !== null && YEAR_LIST.test(sentence.text.slice(d.end - sentence.start, nextYear.start - sentence.start)));
        if (inList) listed = nextYear;
        [lastYear, lastYearAt] = [inList ? 0 : +d.edtf.slice(0, 4), d.end];
        // ("Clinton skipped the forum in 2005 and 2007, and visited Tokyo in February": no one year frames it.)
        // ("have drawn closer since Buhari took office in 2015. X visited Abuja in March": nor a span up to now.)
        if (inList || /^since\b/i.test(d.text) || SINCE_BEFORE.test(sentence.text.slice(Math.max(0, at - 7), at)) || inSinceClause(sentence.text, 0, at)) {
          told = null;
          continue;
        }
        told = { year: +d.edtf.slice(0, 4), month: d.edtf.length >= 7 ? +d.edtf.slice(5, 7) : 1, monthTold: d.edtf.length >= 7, paragraph: sentence.paragraph, at: d.end };
        continue;
      }
      // ("Chile recognised Ghana in 1972. The same year, …": the year told last, not the report's; "later that year" too.)
      // (Told outright now, as the year it repeats: no coarse "this year" far from what it dates.)
      // ("After he lost the 1990 election, … that November": a year used as an adjective dates no act, but it is the
      // year "that" points back to when the sentence wrote it after the year told last.)
      const thatYear = THAT_YEAR.test(sentence.text.slice(d.end - sentence.start, d.end - sentence.start + 16)) || /^that\s/i.test(d.text);
      const written = thatYear || SAME_YEAR.test(d.text) ? yearWrittenBefore(sentence.text, told && told.at > sentence.start ? told.at - sentence.start : 0, d.start - sentence.start) : 0;
      if (written && written <= +d.edtf.slice(0, 4)) {
        [d.edtf, d.relative] = [SAME_YEAR.test(d.text) ? String(written) : `${written}${d.edtf.slice(4)}`, false];
        continue;
      }
      // ("… at chargé level since early 2023. In January that year, …": the year "that" points back to, a span's start.)
      if ((!told || lastYearAt > told.at) && thatYear && lastYear && d.relative && YEARLESS.test(d.text) && lastYear < +d.edtf.slice(0, 4)) {
        d.edtf = `${lastYear}${d.edtf.slice(4)}`;
        continue;
      }
      if (told && SAME_YEAR.test(d.text)) {
        [d.edtf, d.relative] = [String(told.year), false];
        continue;
      }
      // ("cut ties in 1981, after Tehran recognised it the previous year": the year before the one told, in its paragraph.)
      if (told && told.paragraph === sentence.paragraph && PREVIOUS_YEAR.test(d.text)) {
        [d.edtf, d.relative] = [String(told.year - 1), false];
        continue;
      }
      if (told && SAME_MONTH.test(d.text)) {
        if (told.monthTold) [d.edtf, d.relative] = [`${told.year}-${String(told.month).padStart(2, "0")}`, false];
        continue;
      }
      // ("After a round on May 3, …, on July 1, 2022": a yearless day before a date the sentence gives in full, in its
      // year when not after it.)
      const fuller = d.relative && d.edtf.length === 10 && YEARLESS.test(d.text) ? dates.find((e, j) => j > k && e.edtf && !e.relative && !e.future && e.edtf.length === 10 && opensWithYear(e.edtf)) : undefined;
      if (fuller && `${fuller.edtf!.slice(0, 4)}${d.edtf.slice(4)}` <= fuller.edtf!) {
        d.edtf = `${fuller.edtf!.slice(0, 4)}${d.edtf.slice(4)}`;
        continue;
      }
      // ("In August that year": the year told last, whatever the paragraph.)
      // ("That April": likewise.)
      if (!told || (told.paragraph !== sentence.paragraph && !thatYear) || !d.relative || !(YEARLESS.test(d.text) || thatYear)) continue;
      const month = +d.edtf.slice(5, 7);
      if (+d.edtf.slice(0, 4) > told.year && (month >= told.month || thatYear)) d.edtf = `${told.year}${d.edtf.slice(4)}`;
    }
    lastMonth = monthOf(dates.at(-1)) ?? lastMonth;
    // ("Riyadh broke off relations in January 2016, and the mission has been shut ever since. … talks in April": this April.)
    const since = told && sentence.text.includes("since") ? EVER_SINCE.exec(sentence.text) : null;
    if (since && sentence.start + since.index > told!.at) told = null;
  }
}
