// The rules that find envoys by what they do, not by a title: heading a post, presenting credentials, being recalled,
// named in a roster; and a foreign ministry's head ("the ministry headed by X"). findOfficials runs them after its title
// rules, each gated by a cheap look at the sentence.
import type { Role } from "../model/official.js";
import { isWord, lowerOf, skip } from "./item-words.js";
import { ORGANISATIONS } from "./party-kinds.js";
import { type Item, newItem, type TitleItem } from "./mentions.js";
import { addOfficial, type OfficialsRead, spaceAt } from "./official-mention.js";

export const HEADS_WORD = /\b(?:heads|leads|head)\b/;
const HEADED_POST: Readonly<Record<string, Role>> = { embassy: "ambassador", mission: "ambassador", delegation: "ambassador", "high commission": "ambassador", consulate: "consul", "consulate-general": "consul",
  // ("X, who heads the U.S. Office in Pristina": the head of an office not titled ambassador is a diplomat, DOMAIN.md.)
  office: "diplomat", liaison: "diplomat", representative: "diplomat", "interests": "diplomat" };

/**
 * "X, who heads the Ghanaian embassy in Vienna", "X, the head of the Ghanaian mission": a person with no title who heads
 * a state's post abroad is its envoy.
 */
export function postHeads(read: OfficialsRead): void {
  const { items, used } = read;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== "person" || used.has(it) || !isWord(items[i + 1], ",")) continue;
    let j = isWord(items[i + 2], "who") && isWord(items[i + 3], "heads", "leads") ? i + 4 : isWord(items[i + 2], "the") && isWord(items[i + 3], "head") && isWord(items[i + 4], "of") ? i + 5 : -1;
    if (j < 0) continue;
    j = skip(items, j, "the");
    const state = items[j];
    if (state?.kind !== "actor" || ORGANISATIONS.has(state.code)) continue;
    const post = isWord(items[j + 1], "high") && isWord(items[j + 2], "commission") ? "high commission" : lowerOf(items[j + 1]);
    const role = HEADED_POST[post];
    if (!role) continue;
    const untitled = untitledEnvoy(i, it.end);
    untitled.role = role;
    addOfficial(read, it, untitled, role, state.code, null, "official.heads-post", 0.65, false);
  }
}

export const HEADED_BY_WORD = /\b(?:headed|led) by\b/;
// "the ministry headed by X", "the Foreign Ministry, led by X", "the chancellery headed by X": a foreign ministry's head.
const MINISTRY_HEADED = /\b(?:(?:the|its|(?:[A-Z][\w'’-]*\s+)?Foreign)\s+(?:ministry|Ministry)|[Cc]hancellery|Ministry of Foreign Affairs|Foreign Office),?\s+(?:headed|led) by\s+$/;

/**
 * "According to a statement from the ministry headed by X": the head of the foreign ministry a story of diplomacy names
 * is its foreign minister (the state from the qualifier before the ministry, else from the story).
 */
export function ministryHeads(read: OfficialsRead): void {
  const { items, used, sentence } = read;
  for (let i = 2; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== "person" || used.has(it) || !isWord(items[i - 1], "by")) continue;
    const before = sentence.text.slice(Math.max(0, it.start - sentence.start - 60), it.start - sentence.start);
    if (!MINISTRY_HEADED.test(before)) continue;
    // (The state of "the Serbian Foreign Ministry, headed by X"; none for "the ministry".)
    const at = items.findLastIndex((q, k) => k < i && q.kind === "actor" && q.end >= it.start - 40);
    const state = at >= 0 && isWord(items[at + 1], "foreign", "ministry") ? (items[at] as { code: string }).code : null;
    const untitled = untitledEnvoy(i, it.end);
    untitled.role = "foreign-minister";
    addOfficial(read, it, untitled, "foreign-minister", state, null, "official.heads-ministry", 0.6, false);
  }
}

// An appointment of several envoys at once, or the new envoys named as a group: "swore in eight ambassadors", "Others
// appointed included", "the new envoys".
export const ROSTER_CUE = /\b(?:install(?:ed|s)|appoint(?:ed|s)|nominat(?:ed|es)|sworn in|swore in|assigned|designated|named|new (?:envoys|ambassadors|heads of (?:(?:foreign|diplomatic) )*missions?))\b/i;

/**
 * The envoys of a roster told after an appointment, each with the first post it names and no title: "Others sworn in
 * included A, who will serve in Peru with concurrent accreditation to Bolivia; B, for Chile and the OAS", "A was
 * assigned to Ghana, and B to Togo", "the new envoys will serve as permanent representatives: A to the UN; B to ASEAN".
 */
export function rosterEnvoys(read: OfficialsRead): void {
  const { items, out, used } = read;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== "person") continue;
    // (A current office read already is the one held; a past one gives way: "former spokesperson A, who will serve in …".)
    if (used.has(it) && !out.some((o) => o.start <= it.start && o.end >= it.end && o.former)) continue;
    const post = rosterPost(items, i);
    if (post < 0) continue;
    addOfficial(read, it, untitledEnvoy(i, it.end), "ambassador", null, (items[post] as { code: string }).code, "official.roster", 0.65, false);
  }
}

/** The item of the state a roster member at `i` is posted to ("A, for Chile", "A to Chile", "A, who will serve in Chile"), or -1. */
function rosterPost(items: Item[], i: number): number {
  let j = i + 1;
  if (isWord(items[j], ",") && isWord(items[j + 1], "for")) j += 2;
  else if (isWord(items[j], ",") && isWord(items[j + 1], "who")) {
    // ", who will serve in", ", who will be posted to", ", who is to serve as ambassador in".
    j = skip(items, j + 2, "will", "is", "to", "be", "also");
    if (!isWord(items[j], "serve", "posted", "based", "accredited", "sent")) return -1;
    j = skip(items, j + 1, "as", "ambassador", "envoy");
    if (!isWord(items[j], "in", "to")) return -1;
    j++;
  } else if (isWord(items[j], "was", "is", "has", "will")) {
    // "A was assigned to Ghana", "A has been posted to Togo".
    j = skip(items, j + 1, "been", "be", "also");
    if (!isWord(items[j], "assigned", "posted", "sent") || !isWord(items[j + 1], "to")) return -1;
    j += 2;
  } else if (isWord(items[j], "to") && isWord(items[i - 1], ":", ";", "and", ",")) j++;
  else return -1;
  j = skip(items, j, "the");
  return items[j]?.kind === "actor" ? j : -1;
}

/**
 * "Israel recalled X for consultations": a person a state recalls, with no title, is its ambassador.
 * (Not "recalled that", nor "X recalled": the state right before the verb, the person right after it.)
 */
export function recalledEnvoys(read: OfficialsRead): void {
  const { items, used } = read;
  for (let i = 2; i < items.length; i++) {
    const it = items[i]!;
    const state = items[i - 2]!;
    if (it.kind !== "person" || used.has(it) || !isWord(items[i - 1], "recalled") || state.kind !== "actor" || ORGANISATIONS.has(state.code)) continue;
    const untitled = untitledEnvoy(i, it.end);
    addOfficial(read, it, untitled, "ambassador", state.code, null, "official.recalled", 0.7, false);
  }
}
/**
 * Envoys a sentence names by their credentials, with no title ("Presenting their credentials were A, of Vietnam", "X
 * presented her letters of credence"). (A function of its own: V8 compiles findOfficials whole and runs it unoptimised
 * meanwhile.)
 */
export function presentedCredentials(read: OfficialsRead): void {
  const { sentence, items, used } = read;
  // "Presenting their credentials were A, of Vietnam; B, of Namibia": each one listed is that state's envoy.
  if (mayPresentList(sentence.text) && PRESENTING_WERE.test(sentence.text)) {
    for (const [i, it] of items.entries()) {
      if (it.kind !== "person" || used.has(it)) continue;
      const at = skip(items, i + 1, ",");
      // ("of the Eastern Republic of Uruguay": the state within a few words.)
      const of = isWord(items[at], "of") ? at : isWord(items[at], "who") && isWord(items[at + 1], "represents", "represented") ? at + 1 : -1;
      const state = of >= 0 ? items.slice(of + 1, of + 6).find((x) => x.kind === "actor") : undefined;
      if (state?.kind !== "actor") continue;
      const untitled = untitledEnvoy(i, it.end);
      addOfficial(read, it, untitled, "ambassador", state.code, null, "official.presented-credentials", 0.7, false);
    }
  }
  // "Carolina Méndez presented her letters of credence to President X": whoever presents credentials is an envoy, whose
  // title the sentence does not give.
  // (An index, not entries(): this loop runs over every item of every sentence.)
  // ("X, a former chief of staff to the minister, handed over his letter of credence": past an aside between commas,
  // whose past office gives way to the one the act tells.)
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== "person" || (used.has(it) && !read.out.some((o) => o.start <= it.start && o.end >= it.end && o.former))) continue;
    // ("X of Kazakhstan presented his credentials": the state after "of" is the one the envoy serves.)
    const stateAt = isWord(items[i + 1], "of") ? skip(items, i + 2, "the") : -1;
    const state = stateAt > 0 ? items[stateAt] : undefined;
    const of = state?.kind === "actor" && !ORGANISATIONS.has(state.code) ? state : undefined;
    const after = (of ? of.end : it.end) - sentence.start;
    const aside = sentence.text.charCodeAt(after) === 44 ? ASIDE_AFTER.exec(sentence.text.slice(after, after + 120)) : null;
    const from = aside ? after + aside[0].length : after;
    if (!spaceAt(sentence.text, from) || !PRESENTS_CREDENTIALS.test(sentence.text.slice(from, from + 60))) continue;
    const untitled = untitledEnvoy(i, it.end);
    addOfficial(read, it, untitled, "ambassador", of?.kind === "actor" ? of.code : null, null, "official.presented-credentials", 0.7, false);
  }
}
// ", a former chief of staff to the foreign minister, ": an aside of no verb of its own, up to its closing comma.
const ASIDE_AFTER = /^,\s+(?:an?|the)\s+[^,;]{3,100}?,(?=\s)/;
/** The empty title of an envoy the text names by what they do, not by their office, at item `i`. */
// A post's staff named after the post: "two staffers of the visa section of the Pakistani mission, A and B", "an
// employee of the Russian embassy, X". (A word list first: most sentences name no staff.)
export const STAFF_WORD = /\b(?:staffers?|employees?|staff members?|members? of (?:its |the )?staff|diplomats?|attach[eé]s?)\s+of\b/i;
const STAFF_OF_POST_BEFORE = /\b(?:staffers?|employees?|staff members?|members? of (?:its |the )?staff|diplomats?|attach[eé]s?)\s+of\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,6}?(embass(?:y|ies)|mission|high commission|consulate(?:[- ]general)?)\s*,\s*(?:(?:Mr\.?|Ms\.?|Mrs\.?)\s+)?(?:[\p{Lu}][\p{L}'’.-]*\s+){0,4}?(?:(?:[\p{Lu}][\p{L}'’.-]*\s*)+(?:,\s*|\s+and\s+))?$/u;

/**
 * Staff of a post named after it, with no title of their own: "two staffers of the visa section of the Pakistani
 * mission, A and B" are the post's sender's diplomats (the sender named in the post's own words).
 */
export function postStaff(read: OfficialsRead): void {
  const { items, used, sentence } = read;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.kind !== "person" || used.has(it)) continue;
    const from = Math.max(0, it.start - sentence.start - 160);
    const before = sentence.text.slice(from, it.start - sentence.start);
    const m = STAFF_OF_POST_BEFORE.exec(before);
    if (!m) continue;
    const postEnd = sentence.start + from + m.index + m[0].indexOf(m[1]!);
    const phraseStart = sentence.start + from + m.index;
    const state = items.findLast((x) => x.kind === "actor" && x.start >= phraseStart && x.end <= postEnd && !ORGANISATIONS.has((x as { code: string }).code));
    if (!state) continue;
    const untitled = untitledEnvoy(i, it.end);
    untitled.role = "diplomat";
    addOfficial(read, it, untitled, "diplomat", (state as { code: string }).code, null, "official.post-staff", 0.6, false);
  }
}

function untitledEnvoy(i: number, at: number): TitleItem {
  const untitled = newItem("title", i, i, at, at, "") as TitleItem;
  untitled.role = "ambassador";
  untitled.title = "";
  return untitled;
}

// ("The diplomats are A's High Commissioner, X; …; Y of Burkina Faso and Z, who represents the Republic of Guinea": the
// same list after a sentence about credentials.)
/** @internal Exported for tests: mayPresentList gates it. */
export const PRESENTING_WERE = /^\W*(?:Presenting\s+(?:their|his|her)\s+(?:letters\s+of\s+credence|credentials)(?:\s+to\s+[^,;]{1,40}?)?|The\s+(?:new\s+|newly\s+accredited\s+)?(?:diplomats|envoys|ambassadors|heads\s+of\s+mission))\s+(?:were|was|are)\b/i;
/**
 * Whether the sentence's first word character is a P or a T, as PRESENTING_WERE's first word ("Presenting", "The")
 * needs: a look at the opening characters spares the regex for nearly every sentence.
 * @internal Exported for tests.
 */
export function mayPresentList(text: string): boolean {
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    // (\W is all but ASCII letters, digits and "_".)
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) return c === 80 || c === 84 || c === 112 || c === 116;
  }
  return false;
}
/** @internal Exported for tests: spaceAt gates it. */
export const PRESENTS_CREDENTIALS = /^\s+(?:(?:has|had|formally|officially|on \w+|yesterday|today)\s+)*(?:presented|presents|handed(?: over)?|submitted|delivered)\s+(?:(?:his|her|their)\s+)?(?:letters? of (?:credence|commission)|credentials|(?:a\s+)?cop(?:y|ies) of)/i;
