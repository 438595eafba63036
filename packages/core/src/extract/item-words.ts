// The word tests every reader of officials asks of a sentence's items (isWord, skip, …): a module below all the others,
// so that none of them imports another for these.
import type { Item } from "./mentions.js";
import { withoutFinalDot } from "./word-shape.js";

// (Up to nine words as parameters, not a rest array, which would be built at every call: this is asked of most items.)
export const isWord = (it: Item | undefined, a: string, b?: string, c?: string, d?: string, e?: string, f?: string, g?: string, h?: string, i?: string) => {
  if (it?.kind !== "word") return false;
  const w = it.lower;
  return w === a || w === b || w === c || w === d || w === e || w === f || w === g || w === h || w === i;
};

// A capitalised word or a name: one portfolio of a list ("Justice, Freedom and Security").
export const isCapWord = (it: Item | undefined) => it?.kind === "person" || (it?.kind === "word" && it.cap);
export const lowerOf = (it: Item | undefined) => (it?.kind === "word" ? it.lower : "");

// (Words as parameters, not a rest array: see isWord.)
export function skip(items: Item[], from: number, a: string, b?: string, c?: string, d?: string, e?: string): number {
  let i = from;
  for (; i < items.length && items[i]!.kind === "word"; i++) {
    const w = withoutFinalDot(lowerOf(items[i]));
    if (w !== a && w !== b && w !== c && w !== d && w !== e) break;
  }
  return i;
}

/** Whether an item is a word in -ing of more than five letters: a participle or gerund ("presenting", "Talking"). */
export const isGerund = (it: Item | undefined): boolean => it?.kind === "word" && it.lower.length > 5 && it.lower.endsWith("ing");

/** The item after a "Kingston-based" at `i` ("the Kingston-based Delegation of the EU": past where a body is based), else `i`. */
export const pastBased = (items: Item[], i: number): number => (items[i]?.kind === "word" && (items[i] as { lower: string }).lower.endsWith("-based") ? i + 1 : i);
