import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens.js";
import { sentencesAtHand } from "../testing.js";
import { candidateRules, nextMatch } from "../triggers.js";
import { EVENT_RULES, type EventRule } from "./events.js";

// A rule's gate is a cheap test every match of its pattern passes: a sentence failing it is not searched with the
// pattern. A pattern given a new alternative the gate does not cover would lose its matches without a word, so the
// gates are checked against every sentence at hand that some pattern matches.
describe("event rule gates", () => {
  // (A word gate is read by token: candidateRules must keep the rule for every sentence its pattern matches.)
  it("leave every sentence a word-gated pattern matches to its rule", async () => {
    const sentences = await sentencesAtHand();
    const gated = EVENT_RULES.filter((rule) => rule.wordGate);
    expect(gated.length).toBeGreaterThan(0);
    const missed: string[] = [];
    let matched = 0;
    for (const text of sentences) {
      const candidates = candidateRules(tokenize(text), text).rules;
      for (const rule of gated) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(text)) continue;
        matched++;
        if (!rule.wordGate!.test(text) || !candidates.includes(rule)) missed.push(`${rule.id}: ${text}`);
      }
    }
    for (const rule of gated) rule.pattern.lastIndex = 0;
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(500);
  });

  it("pass every sentence their rule's pattern matches", async () => {
    const sentences = await sentencesAtHand();
    const gated = EVENT_RULES.filter((rule) => rule.gate);
    expect(gated.length).toBeGreaterThan(0);
    const missed: string[] = [];
    let matched = 0;
    for (const rule of gated) {
      for (const text of sentences) {
        rule.pattern.lastIndex = 0;
        if (!rule.pattern.test(text)) continue;
        matched++;
        if (!rule.gate!.test(text)) missed.push(`${rule.id}: ${text}`);
      }
    }
    for (const rule of gated) rule.pattern.lastIndex = 0;
    expect(missed).toEqual([]);
    // (Enough matches that the check means something.)
    expect(matched).toBeGreaterThan(500);
  });
});

/** Each match's offset and text, as a global exec loop finds them. */
function scanned(rule: EventRule, text: string): string[] {
  const found: string[] = [];
  rule.pattern.lastIndex = 0;
  for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) found.push(`${m.index}:${m[0]}`);
  return found;
}

/** The same, as readRuleEvents finds them: tried only where a token gave an opening word. */
function opened(rule: EventRule, text: string): string[] {
  const candidates = candidateRules(tokenize(text), text);
  const found: string[] = [];
  rule.pattern.lastIndex = 0;
  for (let m = nextMatch(rule, text, 0, candidates); m; m = nextMatch(rule, text, 0, candidates)) found.push(`${m.index}:${m[0]}`);
  return found;
}

describe("event rule opening words", () => {
  // A pattern given an alternative that opens with a word outside its `opens` would lose its matches without a word.
  it("find every match of their rule's pattern", async () => {
    const sentences = await sentencesAtHand();
    const opening = EVENT_RULES.filter((rule) => rule.opens);
    expect(opening.length).toBeGreaterThan(0);
    const missed: string[] = [];
    let matched = 0;
    for (const text of sentences) {
      const rules = candidateRules(tokenize(text), text).rules;
      for (const rule of opening) {
        if (!rules.includes(rule)) continue;
        const expected = scanned(rule, text);
        matched += expected.length;
        const found = opened(rule, text);
        if (found.join("|") !== expected.join("|")) missed.push(`${rule.id}: ${text}: ${found.join("|")} != ${expected.join("|")}`);
      }
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(1000);
  });

  it("find every match on any mix of opening words, keywords and punctuation", () => {
    const opening = EVENT_RULES.filter((rule) => rule.opens);
    const words = [...new Set(opening.flatMap((rule) => [...rule.opens!, ...rule.keywords]))];
    const glue = [" ", " ", ".", ",", "-", "_", "'s", "’", "é", "1", "21st", "co-", "Gondor", "the", "its ambassador", "with Arnor", "to leave", "in Minas Tirith", "ed", "S", "MET", "Talks"];
    const piece = fc.oneof(fc.constantFrom(...words, ...glue), fc.string({ maxLength: 3 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
      const text = pieces.join("");
      const rules = candidateRules(tokenize(text), text).rules;
      for (const rule of opening) if (rules.includes(rule)) expect(opened(rule, text)).toEqual(scanned(rule, text));
    }), { numRuns: 3000 });
  });
});
