// The people the dated office-holders dictionary has in office whom the text names with no title ("Venezuela's
// Hugo Chávez"), read once the titled ones are resolved: the dictionary's look-ups, kept apart from the text's readers.
import { heldOn, type OfficeHolding, officeOf, surnameHeldOn } from "../gazetteer/office-holders.js";
import { remembered } from "../remembered.js";
import type { Role } from "../model/official.js";
import type { DateMention } from "./dates.js";
import { isWord, lowerOf } from "./item-words.js";
import { cleanName, type Item, type PersonItem } from "./mentions.js";
import { untitledMention } from "./official-mention.js";
import type { OfficialMention, PersonRecord } from "./officials.js";
import { listOf } from "./people-index.js";
import { betweenParticles, lastKey, namedAmong, patronymKey, tokensOf } from "./person-names.js";
import type { Sentence } from "./sentences.js";
import { placeFirstName } from "./title-names.js";
import { hasWhiteSpace } from "./word-shape.js";

// Verbs of the acts a former office holder may take part in; without one, a former office holder is background.
// ("X, then the foreign minister, gave the diplomats 48 hours to leave": an expulsion told by its deadline.)
export const ACTING = /\b(?:visit(?:ed|s|ing)?|met|meets|meeting|talks|greeted|arrived|appointed|nominated|named|signed|hosted|received|inaugurated|opened|accepted|presented|welcomed|expelled|recalled|held|spoke|phoned|telephoned|(?:by|on the) (?:tele)?phone|travell?ed|toured|flew|closed|ordered|severed|cut|gave|broke|restored|recogni[sz]ed|downgraded|upgraded)\b/i;

/** The people of `holders`, each with the mentions of their name. */
export function holderPeople(holders: readonly Holder[], analysed: readonly { sentence: Sentence; items: Item[] }[], rule: string): PersonRecord[] {
  holderMentions(holders, analysed, rule);
  // (A person is made once their mentions are read, the list with its first: one made with an empty list would give
  // every person's list of mentions, at its first holder, a second shape.)
  const found: PersonRecord[] = [];
  for (const { name, held, mentions } of holders) if (mentions) found.push({ name, country: held.country, mentions, stateFromDocument: false });
  return found;
}

/** A name the dictionary has in office on the day, and the mentions read as theirs. */
export interface Holder {
  name: string;
  held: OfficeHolding;
  mentions: OfficialMention[] | undefined;
  /** Known by a surname alone, which the dictionary's one holder of it in office answers. */
  surname: boolean;
}

/** A sentence with the dates it tells, as extract.ts reads them. */
export interface DatedSentence {
  sentence: Sentence;
  items: Item[];
  dates?: readonly DateMention[];
}

/**
 * The month a sentence telling an act dates it to, written with its month ("visited Lima in April 2000"); else null.
 * (Not a bare year, nor a relative or future date: the weakest evidence of whose term it was.)
 */
function toldMonth({ sentence, dates }: DatedSentence): string | null {
  if (!dates?.length || !ACTING.test(sentence.text)) return null;
  for (const d of dates) if (d.edtf && d.edtf.length >= 7 && !d.future && !d.relative && !d.bareYear) return d.edtf.slice(0, 7);
  return null;
}

/**
 * The names written in full that the dictionary has in office on `day`, or in the month a sentence naming them tells
 * an act of ("In April 2000 X paid a state visit …, holding talks with Y", years before the story), and no titled
 * person's name fits.
 */
export function dictionaryHolders(people: readonly PersonRecord[], analysed: readonly DatedSentence[], day: string): Holder[] | undefined {
  // (One name is another's only with the same last word: people are looked up by it.)
  const byLast = new Map<string, PersonRecord[]>();
  for (const p of people) listOf(byLast, lastKey(p.name)).push(p);
  const patronyms = new Set<string>();
  for (const p of people) {
    const key = patronymKey(tokensOf(p.name));
    if (key) patronyms.add(key);
    // ("Saint Malo", after "Isabel de Saint Malo de Alvarado": the family name between particles.)
    const between = betweenParticles(p.name);
    if (between) patronyms.add(between);
  }
  // (A name written again gets the same answer: the dictionary is asked once per name, in the order first written,
  // with the month of the first act told of them.)
  const names = new Map<string, string | null>();
  const alone = new Set<string>();
  for (const a of analysed) {
    const { items } = a;
    // (Whether the sentence tells an act, asked at most once a sentence.)
    let acting: boolean | undefined;
    for (let i = 0; i < items.length; i++) {
      const it = items[i]!;
      if (it.kind !== "person") continue;
      // ("X, Donald Trump's son-in-law": a leader named only as someone's relation acts in nothing told.)
      if (isWord(items[i + 1], "'s") && KIN.has(lowerOf(items[i + 2]))) continue;
      // ("his host Santiago Peña": a town's name read as the first name of a leader the dictionary has in office.)
      const joined = i > 0 && items[i - 1]!.kind !== "word" && items[i - 1]!.kind !== "person" && heldFirstName(items, i - 1, day);
      const name = cleanName(joined ? joined.name : it.name);
      if (!names.get(name)) names.set(name, toldMonth(a));
      // ("The Ahmadinejad administration": a surname naming a government is no person acting; "Sofia Castillo": nor one
      // a capitalised word read as something else, a town, stands right before; "Erdoğan is expected to travel": nor
      // one in no sentence telling an act.)
      if (!joined && !ATTRIBUTIVE.has(lowerOf(items[i + 1])) && !(i > 0 && it.start - items[i - 1]!.end === 1 && isCapitalised(items[i - 1]!.text)) && (acting ??= ACTING.test(a.sentence.text))) alone.add(name);
      // (The two items are one now: the next one stands at i.)
      if (joined) i--;
    }
  }
  let holders: Holder[] | undefined;
  for (const [name, month] of names) {
    if (tokensOf(name).length < 2 || namedAmong(name, byLast.get(lastKey(name))) || namedAmong(name, holders)) continue;
    // ("Sheikh Abdullah bin Rashid", after "Sheikh Abdullah bin Rashid Al Falasi, Minister of …": the person named before;
    // so too a family name between particles.)
    if (patronyms.has(tokensOf(name).join(" "))) continue;
    const held = heldOnDay(name, day) ?? (month ? heldOnDay(name, month) : null);
    if (!held) continue;
    const holder: Holder = { name, held, mentions: undefined, surname: false };
    // (The list is made with its first holder: an empty one would change shape at its first push.)
    if (holders) holders.push(holder);
    else holders = [holder];
  }
  // ("… was greeted by Mirziyoyev", never titled in the story: a surname alone that no other name of the text ends in,
  // when the dictionary has one person of that surname in office on the day and the text names their state.)
  let states: Set<string> | undefined;
  for (const name of names.keys()) {
    if (tokensOf(name).length !== 1 || !alone.has(name) || byLast.has(lastKey(name)) || namedAmong(name, holders) || inFullName(names, name)) continue;
    const held = surnameHeldOn(name, day);
    // ("President Mohamed Abdullahi Mohamed, widely known as Farmajo": an office someone the text titles holds is theirs.)
    if (!held || people.some((p) => p.country === held.country && p.mentions.some((m) => m.role === held.role))) continue;
    states ??= statesNamed(analysed);
    if (!states.has(held.country)) continue;
    const holder: Holder = { name, held, mentions: undefined, surname: true };
    if (holders) holders.push(holder);
    else holders = [holder];
  }
  return holders;
}

/** Whether a name of two words or more among `names` ends or opens with the one word `name` ("Lee" of "Lee Sung Ho"). */
function inFullName(names: ReadonlyMap<string, unknown>, name: string): boolean {
  const key = lastKey(name);
  for (const other of names.keys()) {
    const words = tokensOf(other);
    if (words.length > 1 && (words[0] === key || words.at(-1) === key)) return true;
  }
  return false;
}
const isCapitalised = (text: string) => text.length > 0 && text[0] !== text[0]!.toLowerCase();
// Nouns a surname may qualify: "the Ahmadinejad administration", "the Sogavare government".
const ATTRIBUTIVE: ReadonlySet<string> = new Set(["administration", "government", "era", "regime", "cabinet", "camp", "years", "doctrine", "presidency", "family", "dynasty", "clan", "faction"]);

/** The states and organisations a text names. */
function statesNamed(analysed: readonly DatedSentence[]): Set<string> {
  const states = new Set<string>();
  for (const { items } of analysed) for (const it of items) if (it.kind === "actor") states.add(it.code);
  return states;
}

const KIN: ReadonlySet<string> = new Set(["son", "son-in-law", "daughter", "daughter-in-law", "wife", "husband", "widow", "brother", "sister", "nephew", "niece"]);

/**
 * The person a one-word place and the name after it make ("Santiago Peña"), put in their place among the items, when
 * the dictionary has that whole name in office on `day`; else null.
 */
function heldFirstName(items: Item[], i: number, day: string): PersonItem | null {
  const first = items[i]!;
  const rest = items[i + 1]!;
  if (rest.kind !== "person" || rest.start - first.end !== 1 || hasWhiteSpace(first.text) || hasWhiteSpace(rest.name)) return null;
  if (!heldOnDay(`${first.text} ${cleanName(rest.name)}`, day)) return null;
  return placeFirstName(items, i);
}

/** Every mention of the dictionary's holders, titled as the dictionary has them. */
function holderMentions(holders: readonly Holder[], analysed: readonly { sentence: Sentence; items: Item[] }[], rule: string): void {
  for (const { sentence, items } of analysed) {
    for (const it of items) {
      if (it.kind !== "person") continue;
      const name = cleanName(it.name);
      const holder = namedAmong(name, holders);
      if (!holder) continue;
      const { held } = holder;
      const mention = untitledMention(name, held.role, held.country, sentence, it, holder.surname ? `${rule}-surname` : rule, undefined);
      if (holder.mentions) holder.mentions.push(mention);
      else holder.mentions = [mention];
    }
  }
}

// (Asked of every name written in full, document after document: the answer for a name and day is kept. Its fields
// are copied out, the answer itself never handed on.)
const HELD_ON = remembered<OfficeHolding | null>(20_000);
// (Keyed by the day's length, the day, then the name: no two pairs share a key.)
/** @internal Exported for tests. */
export const heldOnDay = (name: string, day: string) => HELD_ON(`${day.length}:${day}${name}`, readHeldOn);
function readHeldOn(key: string): OfficeHolding | null {
  const colon = key.indexOf(":");
  const from = colon + 1 + Number(key.slice(0, colon));
  return heldOn(key.slice(from), key.slice(colon + 1, from));
}

// Offices the dictionary records, and the titles of the text that hold them.
const DICTIONARY_ROLES: ReadonlySet<string> = new Set(["head-of-state", "head-of-government", "foreign-minister"]);
/** The state the dated office-holders dictionary gives a person whose titles in the text are of its kind. */
export function knownOffice(p: PersonRecord, published: string | null): string | null {
  const mention = p.mentions.find((m) => DICTIONARY_ROLES.has(m.role));
  // ("Maduro's government": a leader's government is a president's as much as a prime minister's.)
  if (mention?.role === "head-of-government" && OWN_GOVERNMENT.test(mention.title)) return officeOf(p.name, published, "head-of-government")?.country ?? officeOf(p.name, published, "head-of-state")?.country ?? null;
  return officeOf(p.name, published, mention?.role)?.country ?? null;
}
const OWN_GOVERNMENT = /^(?:government|administration)$/i;

/** The office the dictionary gives a leader named only through their government ("Maduro's government"), if any. */
export function governmentHeadRole(p: PersonRecord, title: string, published: string | null): Role | null {
  if (!OWN_GOVERNMENT.test(title)) return null;
  const held = officeOf(p.name, published, "head-of-government") ?? officeOf(p.name, published, "head-of-state");
  return held && held.country === p.country && (held.role === "head-of-state" || held.role === "head-of-government") ? held.role : null;
}
