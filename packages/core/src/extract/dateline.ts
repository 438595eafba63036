import { lookupActorName } from "../gazetteer/actors.js";
import { lookupCity } from "../gazetteer/cities.js";
import { type Party, party } from "./context.js";
import { findDates } from "./dates.js";
import { titleCased } from "./tokens.js";

// (Not a subheading that lists places: "MOSCOW, VIENNA, ANTALYA".)
const DATELINE = /^\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}\s*)?\(?([A-Z][A-Z'’. -]{2,30}[A-Z])\)?\s*(?:\(|,(?!\s*[A-Z]{3,}\b)|[:—–-])/;

// "KUWAIT, Oct 17 (KUNA) --", "BEIJING, June 29 (Xinhua) --", "ABU DHABI, 1st August, 2023 (WAM) --", "New Delhi,
// October 20:": a place, then a day. ("WASHINGTON/KHARTOUM, Oct 24 (Reuters) -": or two.)
const DATELINE_DAY = /^\s*(?:[-•*–]\s+)?([A-Z][\p{L}'’. /-]{1,40}),\s+((?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?(?:\s+\d{4})?)|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?))\s*(?:\(|—|–|--|-|\/|:)/u;

const LIST_ITEM = /^[-•*–]\s/;

const STATE_AFTER_TOWN = /^\)?\s*,\s+([A-Z][A-Za-z'’. -]{2,30}?)\s*(?:,|—|–|--|-|\()/;

const DATELINE_AGENCY = /^\s*([A-Z][A-Za-z'’. -]{1,30}?)\s+\([A-Za-z]{2,10}\)\s*(?:—|–|--|-|:)/;

/**
 * The day a dateline gives, when it is the published day or up to three days before it (a wire story carried a day
 * later); with no published day, a dateline day that names its year.
 */
export function datelineDay(text: string, published: string | null): string | null {
  const m = DATELINE_DAY.exec(text.slice(0, 80));
  if (!m) return null;
  const day = findDates(m[2]!, published).find((d) => d.edtf?.length === 10)?.edtf;
  if (!day) return null;
  if (!published) return /\d{4}/.test(m[2]!) ? day : null;
  const days = (Date.parse(published) - Date.parse(day)) / 86_400_000;
  return days >= 0 && days <= 3 ? day : null;
}

/**
 * Where a dateline with a day ends ("NAIROBI, May 7 (Reuters) -"), or 0: its day is the report's, and dates no event
 * of the lead ("Somalia has restored relations" is dated by the text after it, or is the day's news).
 */
export function datelineDayEnd(text: string): number {
  const m = DATELINE_DAY.exec(text.slice(0, 80));
  return m ? m.index + m[0].length : 0;
}

/**
 * The place a dateline names ("RIYADH —", "Dec 9, 2006 (KHARTOUM) —"), as a party for "here": at the start of the
 * text, or of a paragraph of a digest ("WELLINGTON — …") when `offset` says where that paragraph starts.
 */
export function datelinePlace(text: string, offset = 0): Party | undefined {
  // (Or a place in title case before its day: "New Delhi, Sep 10 (PTI)", "Mexico City, Apr 8 (EFE)".)
  // (Or one in title case before an agency in brackets: "Beirut (AFP) -".)
  // (So too a list item's place and day: "- Colombo, October 27-28: The Secretary arrived …", a paragraph set there.)
  const bullet = offset > 0 ? LIST_ITEM.exec(text) : null;
  const m = DATELINE.exec(text) ?? (offset === 0 ? (DATELINE_DAY.exec(text.slice(0, 80)) ?? DATELINE_AGENCY.exec(text.slice(0, 60))) : bullet ? DATELINE_DAY.exec(text.slice(0, 80)) : null);
  if (!m) return undefined;
  let code: string | undefined;
  for (const name of titleCased(m[1]!)) code ??= lookupCity(name)?.country ?? lookupActorName(name)?.code;
  const start = offset + m.index + m[0].indexOf(m[1]!);
  // ("SALISBURY, Zimbabwe, April 19 -": the state a dateline names after its town, whatever namesake the town has.)
  const named = STATE_AFTER_TOWN.exec(text.slice(start - offset + m[1]!.length, start - offset + m[1]!.length + 40));
  const state = named ? lookupActorName(named[1]!) : undefined;
  if (state?.kind === "name") code = state.code;
  return code ? party(code, start, start + m[1]!.length, "city", "in") : undefined;
}
