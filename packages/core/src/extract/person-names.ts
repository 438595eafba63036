// Personal names as words, and when two names are one person ("Wang" of "Wang Yi", "Lula" of "Luiz Inácio Lula
// da Silva"): asked when mentions are grouped into people and when people are looked up.
import { remembered } from "../remembered.js";
import { isWordChar } from "./chars.js";

// (Module constants, not inline: see unaccented.ts.)
const NAME_WORD_BREAK = /\s+|(?<=^\p{L})\.(?=\p{L})/u;

// (An initial joined to the surname, as Mongolian and Central Asian usage writes it, is two words: "B.Ganzorig".)
// (Kept per name: a document's few names are compared with every person word it holds, and splitting was 3 % of a run.)
const NAME_WORDS = remembered<readonly string[]>(20_000);
export const tokensOf = (name: string): readonly string[] => NAME_WORDS(name, splitName);
function splitName(name: string): string[] {
  // ("Mustafa al-Kadhimi", later "Kadhimi's government": the article joined to a surname is no word of its own.)
  const words = name.toLowerCase().split(NAME_WORD_BREAK).filter(Boolean).map((w) => (w.length > 4 && (w.startsWith("al-") || w.startsWith("el-")) ? w.slice(3) : w));
  // ("Surangel Whipps Jr", later "Whipps": a generation's suffix is no last name.)
  while (words.length > 1 && /^(?:jr|sr|ii|iii|iv)\.?$/.test(words.at(-1)!)) words.pop();
  return words;
}

/** A name's last word, the key people are looked up by ("" for a name of no words). */
export const lastKey = (name: string) => tokensOf(name).at(-1) ?? "";

/** A name's last word as written ("Ramdial" of "Keron Ramdial"), to find it in a sentence. */
export const lastWord = (name: string) => name.slice(name.lastIndexOf(" ") + 1);

/** Where `word` stands in `text` as a whole word, from `from`; -1 when nowhere ("Li" is not in "Libya"). */
export function wordIndex(text: string, word: string, from = 0): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text.charCodeAt(at - 1)) && (!isWordChar(word.charCodeAt(word.length - 1)) || !isWordChar(text.charCodeAt(at + word.length)))) return at;
  }
  return -1;
}

/** The last whole-word place of `word` in `text`; -1 when nowhere. */
export function lastWordIndex(text: string, word: string): number {
  let last = -1;
  for (let at = wordIndex(text, word); at >= 0; at = wordIndex(text, word, at + 1)) last = at;
  return last;
}

// One name is the other's shorter form: same last word and every word found in the longer one, or a family name written first ("Wang" of "Wang Yi").
// An initial stands for a word it opens: "B.Ganzorig" is "Bat-Erdene Ganzorig".
export function sameName(short: string, long: string): boolean {
  const s = tokensOf(short);
  const l = tokensOf(long);
  // (Word by word rather than joined: no word holds a space, and joining built two strings at every comparison.)
  if (s.length === l.length && s.every((w, k) => w === l[k])) return true;
  const initial = (w: string) => w.length === 1 || (w.length === 2 && w.endsWith("."));
  if (s.length > l.length || (s.length === l.length && !s.some(initial))) return false;
  return s.at(-1) === l.at(-1) && s.every((w) => l.includes(w) || (initial(w) && l.some((x) => x.startsWith(w[0]!))));
}

/** The first of `among` whose name is `name`'s shorter or fuller form. */
export function namedAmong<T extends { name: string }>(name: string, among: readonly T[] | undefined): T | undefined {
  if (among) for (const p of among) if (sameName(name, p.name) || sameName(p.name, name)) return p;
  return undefined;
}

/** A longer Gulf name's given name and patronym ("abdullah bin rashid" of "Abdullah bin Rashid Al Falasi"), else undefined. */
export function patronymKey(words: readonly string[]): string | undefined {
  const bin = words.indexOf("bin");
  return bin > 0 && words.length > bin + 2 ? words.slice(0, bin + 2).join(" ") : undefined;
}

const ROMANCE_PARTICLES: ReadonlySet<string> = new Set(["da", "de", "do", "dos", "das", "del", "della", "di"]);
/** The words of a long name that stand right before a Romance particle: "Lula" in "Luiz Inácio Lula da Silva". */
export function beforeParticle(name: string): string[] {
  const words = tokensOf(name);
  return words.length >= 3 ? words.filter((w, k) => k > 0 && ROMANCE_PARTICLES.has(words[k + 1] ?? "")) : [];
}

/** The words between two Romance particles, two or three of them: "saint malo" in "Isabel de Saint Malo de Alvarado". */
export function betweenParticles(name: string): string | undefined {
  const words = tokensOf(name);
  const first = words.findIndex((w) => ROMANCE_PARTICLES.has(w));
  const next = first < 0 ? -1 : words.findIndex((w, k) => k > first && ROMANCE_PARTICLES.has(w));
  return next - first === 3 || next - first === 4 ? words.slice(first + 1, next).join(" ") : undefined;
}

/** The word before the last of a name's words (three or more, lower case), when it is a name: not a particle or an initial. */
export function paternalName(words: readonly string[]): string | undefined {
  const word = words.length >= 3 ? words.at(-2)! : undefined;
  return word && /^\p{L}{3,}$/u.test(word) && !ROMANCE_PARTICLES.has(word) ? word : undefined;
}
