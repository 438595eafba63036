import type { DateMention } from "./dates.js";
import type { Item } from "./mentions.js";
import type { Sentence } from "./sentences.js";

/** A state taking part in a sentence, however the text names it: directly, through an official, a city or a pronoun. */
export interface Party {
  code: string;
  start: number;
  end: number;
  via: "actor" | "official" | "city" | "pronoun" | "group";
  /** The official's name, when the party is a person. */
  official?: string;
  /** The word before the mention ("to", "in", "with"…), lower case. */
  cue: string;
}

export interface SentenceContext {
  sentence: Sentence;
  items: Item[];
  parties: Party[];
  dates: DateMention[];
  /** The text of the document, for reading around a match. */
  text: string;
}

/** Parties ending before `pos` in the sentence, nearest first. */
export function partiesBefore(ctx: SentenceContext, pos: number, from = ctx.sentence.start): Party[] {
  return ctx.parties.filter((p) => p.end <= pos && p.start >= from).reverse();
}

/** Parties starting at or after `pos`, nearest first. */
export function partiesAfter(ctx: SentenceContext, pos: number, to = ctx.sentence.end): Party[] {
  return ctx.parties.filter((p) => p.start >= pos && p.end <= to);
}

/** The acting state before a trigger: a person or a state rather than a place where both are at hand. */
export function subjectBefore(ctx: SentenceContext, pos: number): Party | undefined {
  const before = partiesBefore(ctx, pos).filter((p) => !["to", "in", "at", "from", "with", "of", "into"].includes(p.cue) || p.via === "official");
  return before.find((p) => p.via !== "city") ?? before[0];
}

/** The first party after a trigger, optionally only those introduced by one of `cues`. */
export function objectAfter(ctx: SentenceContext, pos: number, cues?: string[], exclude?: string | null): Party | undefined {
  return partiesAfter(ctx, pos).find((p) => p.code !== exclude && (!cues || cues.includes(p.cue)));
}

/** The text from the start of the trigger's clause to the trigger. */
export function clauseBefore(ctx: SentenceContext, pos: number): string {
  const head = ctx.text.slice(ctx.sentence.start, pos);
  const cut = Math.max(head.lastIndexOf(";"), head.lastIndexOf(" but "), head.lastIndexOf(" while "), head.lastIndexOf(" whereas "));
  return cut >= 0 ? head.slice(cut + 1) : head;
}
