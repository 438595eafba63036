// The states the document itself is about: its dateline, a paragraph's dateline, and its home ranked by mentions,
// possessives and visits, the last guess for an official no cue places.
import { datelinePlace } from "./dateline.js";
import { isWord } from "./item-words.js";
import { ORGANISATIONS } from "./party-kinds.js";
import type { Item } from "./mentions.js";
import type { Sentence } from "./sentences.js";
import { MODIFIERS, STOP_BEFORE } from "./title-states.js";
import { type Visit, visitedByForeigner } from "./visits.js";
import { isLowerWord } from "./word-shape.js";

/** Actors that qualify a title ("Afghan President", "Iran's envoy"): they belong to that office, not to the sentence's subject. */
export function titleQualifiers(items: Item[]): Set<Item> {
  const out = new Set<Item>();
  items.forEach((it, t) => {
    if (it.kind !== "title") return;
    for (let p = t - 1; p >= 0 && p >= t - 5; p--) {
      const q = items[p]!;
      if (q.kind === "actor") {
        out.add(q);
        break;
      }
      if (!(q.kind === "word" && (MODIFIERS.has(q.lower) || q.lower === "'s" || isLowerWord(q.lower)) && !STOP_BEFORE.has(q.lower))) break;
    }
  });
  return out;
}

/** The states the document is about, most likely home of an unqualified official first: the dateline's, then by mentions. */
export function homeActors(analysed: { sentence: Sentence; items: Item[] }[], actorCounts: Map<string, number>, visits: Visit[], publisher: string | null): string[] {
  const score = new Map<string, number>();
  for (const [code, n] of actorCounts) if (!ORGANISATIONS.has(code)) score.set(code, n);
  // Destinations are abroad.
  // (Not one a foreign official is said to visit: "during a visit to Accra by Chilean Foreign Minister X" is the host's,
  // home to the writer who qualifies the guest and not the host's ministers; so at every visit to it: "X arrived in Accra".)
  const hosting = new Set(visits.filter((v) => visitedByForeigner(analysed[v.sentence]!.items, v)).map((v) => v.code));
  for (const v of visits) if (score.has(v.code) && !hosting.has(v.code)) score.set(v.code, score.get(v.code)! - 2);
  for (const code of hosting) if (score.has(code)) score.set(code, score.get(code)! + 3);
  // Possessives mark the state whose doings the article follows ("Pakistan's desire"); writers qualify foreign officials, not their own.
  const qualified = new Map<string, number>();
  for (const { items } of analysed) {
    for (const q of titleQualifiers(items)) {
      if (q.kind !== "actor") continue;
      qualified.set(q.code, (qualified.get(q.code) ?? 0) + 1);
      if (score.has(q.code)) score.set(q.code, score.get(q.code)! - 1);
    }
    for (let i = 0; i + 1 < items.length; i++) {
      const it = items[i]!;
      if (it.kind === "actor" && score.has(it.code) && isWord(items[i + 1], "'s")) score.set(it.code, score.get(it.code)! + 1);
    }
  }
  // The publisher's state (from its web address) outweighs a few mentions more of another: sites report their own
  // officials without naming the state, and name it less than the state their story is about.
  if (publisher && score.has(publisher)) score.set(publisher, score.get(publisher)! + 3);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  // (Nor the UN's seat in a story of the UN: "NEW YORK — A's and B's leaders met on the sidelines of the General Assembly".)
  const filed = datelineActor(analysed[0]);
  const dateline = filed && !unSeatLead(analysed[0], actorCounts) ? filed : null;
  // (A dateline abroad is the reporter's stop, not home: "Addis Ababa, GNA – President X …" from a Ghanaian agency
  // following its president to a summit, "Busan (VNA) – … Deputy Minister of Foreign Affairs X said": an outlet of one
  // state writing from another names its own officials without their state, and qualifies the hosts'.)
  // (Not an outlet that names its own state only to qualify a title, "the Cuban Chancellor, X, congratulated A": its
  // writer qualifies its own officials, so the unqualified ones are the dateline's.)
  const ownQualified = publisher !== null && (qualified.get(publisher) ?? 0) >= (actorCounts.get(publisher) ?? 0);
  if (dateline && publisher && publisher !== dateline && score.has(publisher) && !ownQualified) return [publisher, ...ranked.filter((c) => c !== publisher)];
  return dateline ? [dateline, ...ranked.filter((c) => c !== dateline)] : ranked;
}

const UN_SEAT_LEAD = /^(?:new york|geneva|united nations)$/i;
/** Whether the story, which names the UN, opens with a seat of the UN (read where it opens with a dateline). */
function unSeatLead(first: { sentence: Sentence; items: Item[] } | undefined, actorCounts: Map<string, number>): boolean {
  const lead = first?.items.find((it) => it.kind !== "word");
  return lead !== undefined && actorCounts.has("UN") && UN_SEAT_LEAD.test(lead.text);
}

// "BRASILIA —", "Lima, December 20 (RHC) --", "KUALA LUMPUR (May 10):" open the first sentence.
export function datelineActor(first: { sentence: Sentence; items: Item[] } | undefined): string | null {
  if (!first) return null;
  const lead = first.items.find((it) => it.kind !== "word");
  if (!lead || lead.start - first.sentence.start > 30) return null;
  const after = first.sentence.text.slice(lead.end - first.sentence.start, lead.end - first.sentence.start + 3);
  // ("VIENNA" on a line of its own above the story: a dateline too.)
  const ownLine = lead.start === first.sentence.start && after.trim() === "" && /^\s*\n/.test(first.sentence.text.slice(lead.end - first.sentence.start) + "\n");
  if (!/^\s*[—–\-(,:]/.test(after) && !ownLine) return null;
  if (lead.kind === "actor" && !ORGANISATIONS.has(lead.code)) return lead.code;
  if (lead.kind === "city") return lead.city.country;
  return null;
}

/** The state of the dateline opening a later paragraph ("WELLINGTON — …"), for the people named in that paragraph. */
export function paragraphHome(analysed: { sentence: Sentence; items: Item[] }[], sentence: Sentence): string | null {
  const opening = analysed.find((a) => a.sentence.paragraph === sentence.paragraph);
  if (!opening || opening.sentence.index === 0) return null;
  const dateline = datelinePlace(opening.sentence.text)?.code;
  if (dateline) return dateline;
  // ("In New Delhi, the Ministry of External Affairs said …. Spokesman X said": a paragraph set in a capital opening it.)
  const [first, at, comma] = opening.items;
  return isWord(first, "in") && at?.kind === "actor" && at.via === "capital" && isWord(comma, ",") ? at.code : null;
}
