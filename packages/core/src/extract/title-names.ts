// Readers of where a title's holder is named: after it past honorifics and occupations, before it in apposition,
// after a "whom". Asked by findOfficials, and by the resolving steps that name people the text gives no title.
import { isWord, lowerOf } from "./item-words.js";
import { isHonorific, type Item, newItem, type PersonItem } from "./mentions.js";
import { hasWhiteSpace, TWO_LETTER_NAME, withoutFinalDot } from "./word-shape.js";

/** The person a "whom" within a few words before `at` hangs on ("X, the politician whom", "X, whom"), if any. */
export function whomBefore(items: Item[], at: number): PersonItem | undefined {
  let w = at - 1;
  while (w > 0 && at - w <= 12 && !isWord(items[w], "whom", ";", ".")) w--;
  if (!isWord(items[w], "whom")) return undefined;
  let c = w - 1;
  // (Past the apposition's words, a demonym or a party's adjective among them: "X, the Peronist politician whom"; a
  // capitalised word after an article is no name.)
  const inApposition = (it: Item) => it.kind !== "title" && !isWord(it, ",", ";") && (it.kind !== "person" || isWord(items[c - 1], "the", "a", "an"));
  while (c > 0 && w - c <= 6 && inApposition(items[c]!)) c--;
  return isWord(items[c], ",") ? (asPerson(items, c - 1) ?? undefined) : undefined;
}

/** A "whom", or a "who" after a comma, between `from` and `to`, in one clause (no semicolon). */
export function relativeAfterAside(items: Item[], from: number, to: number): boolean {
  let found = false;
  for (let k = from; k < to; k++) {
    if (isWord(items[k], ";")) return false;
    if (isWord(items[k], "whom") || (isWord(items[k], "who") && isWord(items[k - 1], ","))) found = true;
  }
  return found;
}

/** The person named last before item `t` in the sentence: whose counterpart a later official is. */
export function personBefore(items: Item[], t: number): PersonItem | null {
  for (let q = t - 1; q >= 0; q--) if (items[q]!.kind === "person") return items[q] as PersonItem;
  return null;
}

/** A person item, or a one-word city standing where a name is expected ("Rodriguez, the Cuban foreign minister"). */
/** The index of the last "," before `end` within a few items (an aside's opening), else -1. */
export function lastCommaBefore(items: Item[], end: number): number {
  for (let k = end - 1; k >= Math.max(0, end - 16); k--) if (isWord(items[k], ",")) return k;
  return -1;
}

export function asPerson(items: Item[], i: number, allowCity = false): PersonItem | null {
  const it = items[i];
  if (it?.kind === "person") return hasWhiteSpace(it.name) || it.name.length >= 3 || TWO_LETTER_NAME.test(it.name) ? it : null;
  if (allowCity && it?.kind === "city" && !hasWhiteSpace(it.text) && !isWord(items[i - 1], "in", "at", "to", "from", "of", "near")) {
    return { kind: "person", name: it.text, from: it.from, to: it.to, start: it.start, end: it.end, text: it.text };
  }
  return null;
}

/** Whether the one-word place at `i` touches a person's name after it, as a first name does ("Santiago Peña"). */
export function opensNameWithPlace(items: Item[], i: number): boolean {
  const first = items[i];
  const rest = items[i + 1];
  const placeName = first?.kind === "city" || (first?.kind === "actor" && (first.via === "name" || first.via === "capital"));
  return placeName && !hasWhiteSpace(first.text) && rest?.kind === "person" && rest.start - first.end === 1;
}

/**
 * "Foreign Minister Israel Katz", "President Santiago Peña": right after a title, the one-word name of a state or a
 * city joined to a name is a person's first name, not the place (a state would follow "of", or come before the title).
 */
export function placeFirstName(items: Item[], i: number): PersonItem | null {
  if (!opensNameWithPlace(items, i)) return null;
  const first = items[i]!;
  const rest = items[i + 1] as PersonItem;
  const person = newItem("person", first.from, rest.to, first.start, rest.end, `${first.text} ${rest.text}`) as PersonItem;
  person.name = `${first.text} ${rest.name}`;
  // The sentence's items now hold the person in place of the place, so that no later pass counts or reads the place.
  items.splice(i, 2, person);
  return person;
}

// "the new honorary consul, Lima businesswoman X", "…, local lawyer X": a private occupation (after a town or "local")
// between a title's comma and the name is the holder's description, not another person's title.
const OCCUPATION = /^(?:business(?:wo)?man|businessperson|entrepreneur|lawyer|attorney|banker|physician|doctor|surgeon|professor|academic|industrialist|engineer|architect|accountant|hotelier|investor|merchant|trader|philanthropist|publisher|restaurateur)$/;

/** Past such an occupation, from `from` (where the name would stand), when the title's comma at `comma` opens it. */
export function pastOccupation(items: Item[], comma: number, from: number): number {
  if (!isWord(items[comma], ",")) return from;
  let i = from;
  if (items[i]?.kind === "city" || items[i]?.kind === "actor" || isWord(items[i], "local", "prominent", "retired")) i++;
  return items[i]?.kind === "word" && OCCUPATION.test(lowerOf(items[i])) && items[i + 1]?.kind === "person" ? i + 1 : from;
}

// Commas, articles and honorifics between a title and a name: "Governor-General, His Excellency, the Most Hon. Sir X".
// (A birthplace too: "the papal nuncio, Gondor-born Archbishop X" names X.)
const RETIRED = /^(?:rtd|retd|ret|retired)\.?$/i;
export function skipHonorifics(items: Item[], from: number): number {
  let i = from;
  while (i < items.length && items[i]!.kind === "word") {
    const w = lowerOf(items[i]);
    if (w === "," || (w.endsWith("-born") && /^[a-z]+-born$/.test(w)) || w === "the" || w === "." || w === ":" || w === "[" || w === "-" || w === "–" || w === "—" || isHonorific(w) || /^(?:honou?rable|excellency|highness|majesty|royal|eminence|holiness|h\.e|he|hon|rt|mr|mrs|ms|dr|prof|professor)$/.test(withoutFinalDot(w))) i++;
    // ("Lt Gen (Rtd) X": a retired officer's mark between the rank and the name.)
    else if (w === "(" && RETIRED.test(items[i + 1]?.text ?? "") && isWord(items[i + 2], ")")) i += 3;
    // ("YB Dato' Sri X": a Malay title's closing apostrophe.)
    else if ((w === "'" || w === "’") && i > from && isHonorific(lowerOf(items[i - 1]))) i++;
    else break;
  }
  return i;
}
