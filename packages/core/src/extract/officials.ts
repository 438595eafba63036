import type { Role } from "../model/official.js";
import { roleForTitle } from "../gazetteer/titles.js";
import { cleanName, type Item, type PersonItem, type TitleItem } from "./mentions.js";
import type { Sentence } from "./sentences.js";

/** One mention of a titled person in one sentence. */
export interface OfficialMention {
  name: string;
  role: Role;
  title: string;
  country: string | null;
  accreditedTo: string | null;
  sentence: Sentence;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

// Words that may stand between a title and the name or actor it belongs to ("Azerbaijan's new Foreign Minister").
const MODIFIERS = new Set([
  "the", "new", "newly", "appointed", "newly-appointed", "then", "former", "first", "acting", "visiting", "outgoing", "incoming", "current",
  "late", "resident", "non-resident", "designated", "elected", "-", "then-", "his", "her", "its", "their", "a", "an", "serving", "interim",
  "top", "senior", "veteran",
]);
const PLURAL_TITLE = /(?:ambassadors|envoys|high commissioners|diplomats|ministers|heads of mission)/i;

const isWord = (it: Item | undefined, ...words: string[]) => it?.kind === "word" && words.includes(it.lower);

/** Reads the officials a sentence names, with the rule that found each. */
export function findOfficials(sentence: Sentence, items: Item[]): OfficialMention[] {
  const out: OfficialMention[] = [];
  const used = new Set<PersonItem>();
  const add = (person: PersonItem, title: TitleItem, country: string | null, accreditedTo: string | null, rule: string, confidence: number) => {
    if (used.has(person)) return;
    const name = cleanName(person.name);
    if (!/\s/.test(name) && name.length < 3) return;
    let role = roleForTitle(title.title, country) ?? title.role;
    // "his Costa Rican counterpart X" holds the same office as the official already named.
    if (/^counterparts?$/i.test(title.title)) {
      const other = out.find((o) => o.country !== country);
      if (!other) return;
      role = other.role;
    }
    used.add(person);
    out.push({
      name,
      role,
      title: title.title,
      country,
      accreditedTo,
      sentence,
      start: Math.min(person.start, title.start),
      end: Math.max(person.end, title.end),
      rule,
      confidence,
    });
  };

  for (let t = 0; t < items.length; t++) {
    const title = items[t]!;
    if (title.kind !== "title") continue;
    let country = actorBefore(items, t);
    let accreditedTo: string | null = null;
    // After the title: "of [the Republic of] A", "to B", "in B".
    let k = t + 1;
    for (let guard = 0; guard < 3 && k < items.length; guard++) {
      const w = items[k]!;
      const next = skip(items, k + 1, "the");
      const target = items[next];
      if ((isWord(w, "of") || (isWord(w, "from") && /^counterpart/i.test(title.title))) && target?.kind === "actor") {
        if (!country) country = target.code;
        else accreditedTo ??= target.code;
        k = next + 1;
      } else if (isWord(w, "to", "in") && target?.kind === "actor" && title.role !== "head-of-state" && title.role !== "head-of-government") {
        accreditedTo = target.code;
        k = next + 1;
      } else if (isWord(w, "to", "in") && target?.kind === "city" && /ambassador|consul|envoy|charg/.test(title.role)) {
        accreditedTo = target.city.country;
        k = next + 1;
      } else break;
    }
    // The name follows the title: "Foreign Minister Jeyhun Bayramov", "Foreign Minister of Azerbaijan, Jeyhun Bayramov".
    let n = skip(items, k, ",", "the", "mr", "mrs", "ms", "dr", "sir", "h.e", "prince", "sheikh");
    if (items[n]?.kind === "person" && items[n]!.start - items[k - 1]!.end < 40) {
      add(items[n] as PersonItem, title, country, accreditedTo, "official.title-name", 0.9);
      continue;
    }
    // Or precedes it in apposition: "Jeyhun Bayramov, the foreign minister of Azerbaijan".
    let p = t - 1;
    while (p >= 0 && (items[p]!.kind === "word" && MODIFIERS.has((items[p] as { lower: string }).lower) || items[p]!.kind === "actor" || isWord(items[p], "'s"))) p--;
    if (isWord(items[p], ",", "(") && items[p - 1]?.kind === "person") {
      add(items[p - 1] as PersonItem, title, country, accreditedTo, "official.name-apposition", 0.85);
      continue;
    }
    // Lists after a plural title: "The ambassadors are A, representing Benin; B of Zimbabwe; C, Egypt".
    if (PLURAL_TITLE.test(title.text)) {
      for (let q = t + 1; q < items.length; q++) {
        const person = items[q];
        if (person?.kind !== "person") continue;
        const r = skip(items, q + 1, ",", "representing", "of", "from", "the");
        const actor = items[r];
        if (actor?.kind === "actor") add(person, title, actor.code, accreditedTo, "official.title-list", 0.75);
      }
    }
  }
  return out;
}

/** An actor standing before a title: "Israeli President", "Azerbaijan's new Foreign Minister". */
function actorBefore(items: Item[], t: number): string | null {
  let p = t - 1;
  while (p >= 0 && items[p]!.kind === "word" && MODIFIERS.has((items[p] as { lower: string }).lower)) p--;
  if (isWord(items[p], "'s")) p--;
  const it = items[p];
  return it?.kind === "actor" ? it.code : null;
}

function skip(items: Item[], from: number, ...words: string[]): number {
  let i = from;
  while (i < items.length && items[i]!.kind === "word" && words.includes((items[i] as { lower: string }).lower.replace(/\.$/, ""))) i++;
  return i;
}
