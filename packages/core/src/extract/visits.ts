// Where a document's people travel: destinations ("visited Chad", "arrived in Lima") and whose trip each is. A
// destination is abroad: it excludes a state for the traveller and marks the host for the document's home.
import { isWord, lowerOf, skip } from "./item-words.js";
import { ORGANISATIONS } from "./party-kinds.js";
import { cleanName, type Item, type PersonItem } from "./mentions.js";
import type { OfficialMention, PersonRecord } from "./officials.js";
import { sameName } from "./person-names.js";
import type { Sentence } from "./sentences.js";

/** Whether the person is the one named last before a destination ("Kerry and Rodriguez, on a visit to Washington": Rodriguez). */
export function travellerOf(v: Visit, a: { sentence: Sentence; items: Item[] }, bySentence: ReadonlyMap<Sentence, OfficialMention[]>, p: PersonRecord): boolean {
  // (Not a transcript's speaker label: "MR. REDMAN: He arrived in Miami last night" tells another's journey.)
  const label = (end: number) => a.sentence.text.charCodeAt(end - a.sentence.start) === 58;
  const names: { start: number; name: string }[] = [
    ...(bySentence.get(a.sentence) ?? []).filter((m) => !label(m.end)).map((m) => ({ start: m.start, name: m.name })),
    ...a.items.filter((it): it is PersonItem => it.kind === "person" && !label(it.end)).map((it) => ({ start: it.start, name: cleanName(it.name) })),
  ];
  // ("During his stay in Krasnoyarsk, X held talks": a sentence opening on a trip of "his" is the trip of its subject.)
  const opensOnTrip = POSSESSIVE_TRIP.test(a.sentence.text.slice(0, v.after - a.sentence.start));
  // ("a visit to Kazakhstan by Sultan X": the one named after "by".)
  const next = names.filter((n) => n.start >= v.after).sort((x, y) => x.start - y.start)[0];
  // (Not the host a passive names: "arrived in Baghdad … and was received the same evening by Prime Minister Y".)
  const between = next === undefined ? "" : a.sentence.text.slice(v.after - a.sentence.start, next.start - a.sentence.start);
  // ("the official visit to Costa Rica of Minister X": so too the one named after "of".)
  const visitOf = next !== undefined && VISIT_OF.test(between) && VISIT_NOUN_BEFORE.test(a.sentence.text.slice(Math.max(0, v.after - a.sentence.start - 10), v.after - a.sentence.start));
  const visitBy = next !== undefined && ((/^[^,;]*\bby\s+(?:\S+\s+){0,3}$/.test(between) && !RECEIVED_BY.test(between)) || visitOf);
  // (Also past a speaker named before: "X said a visit to Chile by Y had been called off" is Y's.)
  // ("Premier X, with whom Mr. Y held talks on Monday, accepted an invitation to visit India": not one named in a
  // relative aside closed before the cue.)
  const last = (visitBy ? next : undefined) ?? names.filter((n) => n.start < v.after && !inClosedAside(a.sentence, n.start, v.after)).sort((x, y) => y.start - x.start)[0] ?? (opensOnTrip ? next : undefined);
  // ("Minh hoped the Mongolian President's state visit to Vietnam …": another state's official named between travels.)
  const anotherBetween = last && a.items.some((it, k) => it.start > last.start && it.end <= v.after && it.kind === "actor" && (isWord(a.items[k + 1], "'s") || (a.items[k + 1]?.kind === "title" && isWord(a.items[k + 2], "'s"))));
  return Boolean(last && !anotherBetween && sameName(last.name, p.name));
}

/** Whether the name at `at` sits in a relative aside (", with whom …,", ", who …,") that closes before `to`. */
function inClosedAside(sentence: Sentence, at: number, to: number): boolean {
  const head = sentence.text.slice(0, at - sentence.start);
  const comma = head.lastIndexOf(",");
  if (comma < 0 || !ASIDE_OPENING.test(head.slice(comma))) return false;
  const close = sentence.text.indexOf(",", at - sentence.start);
  return close >= 0 && close < to - sentence.start;
}
const ASIDE_OPENING = /^,\s+(?:with\s+whom|to\s+whom|whom|who|whose)\b[^,;]*$/i;
const VISIT_OF = /^to\s+(?:the\s+)?[^,;]{1,40}?\s+of\s+(?:\S+\s+){0,3}$/;
const VISIT_NOUN_BEFORE = /\b(?:visit|trip|tour|journey)\s+$/i;
const RECEIVED_BY = /\b(?:received|welcomed|greeted|hosted|met|escorted|seen off|invited|attended|chaired)\b/i;
// ("While in New York, Lamola also held …" likewise.)
const POSSESSIVE_TRIP = /^\s*(?:(?:During|On|Throughout|While on|In the course of)\s+(?:his|her|their)\b[^,;]*|While\s+)$/i;

// Words before a place that make it a destination: "visited Chad", "arrived in Lima", "is in Beijing", "trip to Oslo".
const SUPERLATIVE_TO = /\b(?:first|most senior|highest[- ]ranking|senior-most|only|last)\b[^,;]{0,40}$/i;
const VISIT_PAID_BY = /\bvisits? paid by\b[^.;,]{0,80}$/i;
const VISIT_VERB = new Set(["visited", "visit", "visiting", "visits", "toured", "touring", "tour"]);
// ("stopped in Lusaka for talks with X": a stop on a journey, as the visit rule reads it.)
const VISIT_BEFORE_IN = new Set(["is", "was", "arrived", "arrives", "arriving", "landed", "while", "stay", "stayed", "stopped"]);
// ("had been due to fly to Moscow": a trip planned still goes abroad.)
const VISIT_BEFORE_TO = new Set(["trip", "visit", "travelled", "traveled", "travels", "travel", "travelling", "traveling", "flew", "fly", "flies", "flying", "arrived", "headed", "heading", "went", "journey"]);

export interface Visit {
  sentence: number;
  code: string;
  /** Offset of the cue: only a person named before it travels. */
  after: number;
}

export function visitedPlaces(analysed: { sentence: Sentence; items: Item[] }[]): Visit[] {
  const out: Visit[] = [];
  analysed.forEach(({ sentence, items }, s) => {
    for (let i = 1; i < items.length; i++) {
      const it = items[i]!;
      const code = it.kind === "actor" ? it.code : it.kind === "city" ? it.city.country : null;
      if (!code || ORGANISATIONS.has(code)) continue;
      const j = isWord(items[i - 1], "the") ? i - 2 : i - 1;
      const cue = lowerOf(items[j]);
      // ("the state visit paid by King X to China": the visitor between.)
      const paidBy = cue === "to" && sentence.text.includes("paid by") && VISIT_PAID_BY.test(sentence.text.slice(0, items[j]!.start - sentence.start));
      const visited = paidBy || VISIT_VERB.has(cue) || (cue === "in" && VISIT_BEFORE_IN.has(lowerOf(items[j - 1]))) || (cue === "to" && VISIT_BEFORE_TO.has(lowerOf(items[j - 1])));
      // ("received by President X, the most senior Saudi official to visit the Syrian capital": the aside is the guest's.)
      const superlative = cue === "visit" && isWord(items[j - 1], "to") && SUPERLATIVE_TO.test(sentence.text.slice(Math.max(0, items[j - 1]!.start - sentence.start - 60), items[j - 1]!.start - sentence.start));
      if (visited && !superlative) out.push({ sentence: s, code, after: items[j]!.start });
    }
  });
  return out;
}

/** Whether a destination is followed by "by" and another state's titled official: "a visit to Accra by Chilean Foreign Minister X". */
export function visitedByForeigner(items: Item[], v: Visit): boolean {
  const at = items.findIndex((it) => it.start > v.after && (it.kind === "actor" || it.kind === "city"));
  if (at < 0 || !isWord(items[at + 1], "by")) return false;
  const k = skip(items, at + 2, "the");
  const state = items[k];
  return state?.kind === "actor" && state.code !== v.code && !ORGANISATIONS.has(state.code) && items[k + 1]?.kind === "title";
}
