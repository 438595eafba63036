// The events between each source and target a match reads, the pairs of a list of three or more sides, and the
// officials of each side of talks told by two verbs.
import type { EventCandidate, MatchReading, ProvenanceOf } from "./candidates.js";
import { coordinatedBefore, distinctParties, joinedOfficials, type Party, type SentenceContext, UN_SEAT } from "./context.js";
import type { DateMention } from "./dates.js";
import { lastSwitch } from "./event-roles.js";
import { isPlace, ORGANISATIONS } from "./party-kinds.js";
import { readTalkVisits, TOPIC_IN } from "./venues.js";

/** Every pair of a list, in order: the sides of a multilateral act, each with each. */
export function pairsOf<T>(list: readonly T[]): Array<[T, T]> {
  return list.flatMap((a, i) => list.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** Every pair of a symmetric act's three or more states named together before the trigger, but the pair the rule read. */
export function readListPairs(reading: MatchReading, source: Party, target: Party, ctx: SentenceContext, stateCtx: SentenceContext, date: string | null, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { rule, start, end, inClause, modality, isDated } = reading;
  const { sentence } = ctx;
  const last = source.start > target.start ? source : target;
  const named = distinctParties([...(last.via === "official" ? joinedOfficials(stateCtx, last) : coordinatedBefore(stateCtx, last).filter((p) => p.via === "actor")).reverse(), last]);
  // (A list has its "and" before its last state only: "mediated by Iraq and Oman, Saudi Arabia and Iran agreed" is the last two.)
  const states = named.slice(named.findLastIndex((p, k) => k > 0 && k < named.length - 1 && p.cue === "and") + 1);
  const list = states.length < 3 ? listedOfficials(stateCtx, start) : states;
  if (list.length < 3 || !list.some((p) => p.code === source.code) || ORGANISATIONS.has(list[0]!.code)) return;
  for (const [a, b] of pairsOf(list)) {
    if ([a.code, b.code].sort().join() === [source.code, target.code].sort().join()) continue;
    const officials = new Set(inClause.filter((p) => p.official && (p.code === a.code || p.code === b.code)).map((p) => p.official!));
    events.push({ type: rule.type, source: a.code, target: b.code, date, modality, officials, mission: null, sources: [provenance(sentence, a.start, end, `${rule.id}.multilateral`, 0.6)], order: start, dated: isDated, passive: false, sentence: sentence.index });
    // ("Peru, Chile and Norway held talks in Abuja": each one's journey there, the first's too; one visit per state
    // once merged.)
    readTalkVisits(reading, ctx, stateCtx, a, b, 0, date, officials, provenance, events);
  }
  // ("a session in Luanda, when A's, B's and Angola's ministers met": the others travelled to the host's town.)
  const host = rule.type === "meeting" && list !== states ? stateCtx.parties.find((p) => (p.cue === "in" || p.cue === "at") && isPlace(p) && list.some((l) => l.code === p.code) && !TOPIC_IN.test(ctx.text.slice(Math.max(sentence.start, p.start - 30), p.start))) : undefined;
  if (!host || UN_SEAT.test(sentence.text)) return;
  for (const guest of list) {
    if (guest.code !== host.code) events.push({ type: "visit", source: guest.code, target: host.code, date, modality, officials: new Set(guest.official ? [guest.official] : []), mission: null, sources: [provenance(sentence, guest.start, end, `${rule.id}-abroad`, 0.5)], order: start, dated: isDated, passive: false, sentence: sentence.index });
  }
}

// What may stand between the words of one person in a list ("Rwanda's Foreign Minister X", "his Congolese counterpart Y").
const ITEM_GLUE = /^(?:['’]s)?(?:\s+(?:\p{Lu}[\p{L}.'’-]*|counterpart|minister|president|prime|foreign|deputy|vice|of|the))*\s+$/u;
const ITEM_BREAK = /^\s*(?:,|,?\s+and|&)\s+$/;

/**
 * "Rwandan Foreign Minister X, his Congolese counterpart Y and Angola's Foreign Minister Z met": the state of each
 * person of a list of three or more before the trigger (each the state of its item's last name).
 */
function listedOfficials(ctx: SentenceContext, start: number): Party[] {
  const before = ctx.parties.filter((p) => p.end <= start);
  const out: Party[] = [];
  let item = before.at(-1);
  if (!item || item.via !== "official" || !/^\s*$/.test(ctx.text.slice(item.end, start))) return out;
  out.push(item);
  let from = item.start;
  for (let k = before.length - 2; k >= 0; k--) {
    const p = before[k]!;
    const between = ctx.text.slice(p.end, from);
    if (ITEM_BREAK.test(between)) {
      // (Each item ends on its person.)
      if (p.via !== "official") break;
      out.push(p);
    } else if (!ITEM_GLUE.test(between)) break;
    from = p.start;
  }
  return distinctParties(out.reverse());
}

// Governments whose recognition excludes the other's (SCHEMA.md: a switch between them is a rupture and new ties).
const RIVAL_GOVERNMENT: Readonly<Record<string, string>> = { CN: "TW", TW: "CN" };

/** The event of each pair of a source and a target, and what each implies. */
export function readPairs(reading: MatchReading, ctx: SentenceContext, stateCtx: SentenceContext, sources: Party[], targets: Party[], paired: DateMention[], date: string | null, provenance: ProvenanceOf, events: EventCandidate[]): void {
  const { rule, start, end, inClause, modality, isDated, passive } = reading;
  const { sentence } = ctx;
  // (The switch told before this one, not this one's own ties read as the new partner's switch.)
  const switchedBefore = rule.id === "event.recognition-switched-to-only" ? lastSwitch(events) : undefined;
  // (The part of the sentence a meeting's verb tells: one reading for every pair of the match.)
  const segment = rule.type === "meeting" ? talkSegment(ctx, start) : null;
  for (const [s, source] of sources.entries()) {
    for (const [t, target] of targets.entries()) {
      if (source.code === target.code) continue;
      const officials = rule.type === "meeting" ? talkOfficials(inClause, [source.code, target.code], segment) : new Set(inClause.filter((p) => p.official && (p.code === source.code || p.code === target.code)).map((p) => p.official!));
      // ("Peru and Chile broke off ties in 2004 and 2005 respectively": subjects pair with dates in the order written,
      // not the order read, the one before the verb first.)
      const pairedDate = paired.length === targets.length && targets.length > 1 ? paired[t]!.edtf : paired.length === sources.length && sources.length > 1 ? paired[sources.filter((o) => o.start < source.start).length]!.edtf : null;
      const eventDate = pairedDate ?? date;
      // Candidates are written with every field, in one order: one shape, cheap to copy when they are merged.
      events.push({ type: rule.type, source: source.code, target: target.code, date: eventDate, modality, officials, mission: null, sources: [provenance(sentence, start, end, rule.id, 0.7)], order: start, dated: isDated, passive, sentence: sentence.index });
      // "established ties with Taipei in 1984, switched to Beijing in 1997": away from the partner it had.
      if (rule.id === "event.recognition-switched-to-only") {
        const had = events.findLast((e) => e.type === "relations-established" && (e.source === source.code) !== (e.target === source.code) && e.source !== target.code && e.target !== target.code);
        // ("made the switch": away from the state the switch told before left.)
        const left = had ? null : switchedBefore?.from;
        // (Recognition switched between the two Chinese governments leaves the other: "switched to Beijing" is away from Taipei.)
        // ("dropped Taipei for Beijing": the state named in the match is the one left.)
        const dropped = ctx.parties.find((p) => p.start > start && p.end < end && (p.via === "actor" || p.via === "city") && p.code !== target.code && p.code !== source.code);
        const partner = dropped?.code ?? RIVAL_GOVERNMENT[target.code] ?? (had ? (had.source === source.code ? had.target : had.source) : left && left !== source.code && left !== target.code ? left : null);
        if (partner) events.push({ type: "relations-severed", source: source.code, target: partner, date: eventDate, modality, officials: new Set(), mission: null, sources: [provenance(sentence, start, end, "event.recognition-switched-from", 0.6)], order: start, dated: isDated, passive, sentence: sentence.index });
      }
      readTalkVisits(reading, ctx, stateCtx, source, target, t, eventDate, officials, provenance, events);
    }
  }
}

// Verbs of talks: two joined by "and" are two predicates ("was received by King X and held talks with Minister Y").
// (So too ", then" and "before": "was received by King X …, then held talks with Y …, before meeting Z".)
const TALK_VERB = /\b(?:received|receives|hosted|hosts|met|meets|(?:held|holds|had) (?:[\w-]+ )?talks|talked|conferred|called on|sat down with|(?<=\b(?:before|after) )meeting(?= (?:with )?(?:his |her |the )?[A-Z]))\b/g;
const PREDICATES_JOINED = /(?: and|, then|,? before|,? after) (?!.*(?: and|, then|,? before|,? after) )/;

/** The part of the sentence the verb of talks at `start` tells, up to the "and" of the next verb of talks or after the one before. */
function talkSegment(ctx: SentenceContext, start: number): [number, number] | null {
  const { text } = ctx.sentence;
  const at = start - ctx.sentence.start;
  let [from, to, verbEnd] = [0, text.length, -1];
  TALK_VERB.lastIndex = 0;
  for (let m = TALK_VERB.exec(text); m; m = TALK_VERB.exec(text)) {
    const joined = verbEnd < 0 ? null : PREDICATES_JOINED.exec(text.slice(verbEnd, m.index));
    const and = joined ? verbEnd + joined.index : -1;
    if (and >= 0) {
      if (and < at) from = and;
      else if (and < to) to = and;
    }
    verbEnd = m.index + m[0].length;
  }
  return from > 0 || to < text.length ? [ctx.sentence.start + from, ctx.sentence.start + to] : null;
}

/**
 * The officials of a meeting's sides, each host to their own predicate: where the sentence tells talks with two people of
 * one side by two verbs, each meeting has the one its part names ("King X received him … and Prime Minister Y held
 * talks with him" are two meetings; the guest, named once or by a pronoun, is in both).
 */
function talkOfficials(inClause: Party[], codes: string[], segment: [number, number] | null): Set<string> {
  const sides = inClause.filter((p) => p.official && codes.includes(p.code));
  if (!segment) return new Set(sides.map((p) => p.official!));
  const inside = (p: Party) => p.start >= segment[0] && p.end <= segment[1];
  const out = new Set<string>();
  for (const code of codes) {
    const own = sides.filter((p) => p.code === code);
    const named = new Set(own.filter(inside).map((p) => p.official!));
    // (A side with people named in this part and others only elsewhere is the host side.)
    const host = named.size > 0 && own.some((p) => !inside(p) && !named.has(p.official!));
    for (const p of own) if (!host || named.has(p.official!)) out.add(p.official!);
  }
  return out;
}
