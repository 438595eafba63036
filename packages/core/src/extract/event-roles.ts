// The sides a rule's match leaves open, each a step readRuleMatch asks: states listed after "as did" or "the same day
// as", followers and gapped partners, the other side of a row, a rupture, a restoration or a group of envoys.
import { lookupActorName } from "../gazetteer/actors.js";
import { isEnvoyRole } from "../model/official.js";
import { type EventCandidate, RUPTURE } from "./candidates.js";
import { CAUSING, clauseEnd, distinctParties, listJoint, ownClause, partiesAfter, type Party, party, type SentenceContext, subjectBefore } from "./context.js";
import type { DateMention } from "./dates.js";
import type { PersonRecord } from "./officials.js";
import type { EventRoles, EventRule } from "./rules/events.js";
import type { Sentence } from "./sentences.js";

const AS_DID = /,\s+as\s+(?:did|have|has|had|do|does)\s+/;

// ", the same day as A, B and C": states that did the same on that day.
const SAME_DAY_AS = /^[^.;]{0,40}?,\s+(?:on\s+)?the same (?:day|date) as\s+(?:the\s+)?/i;

/** The states listed from `from` (the first within a few characters), joined where `joins` allows; `at` ends the last. */
function statesListedFrom(ctx: SentenceContext, from: number, joins: (between: string) => boolean): { states: Party[]; at: number } {
  const states: Party[] = [];
  let at = from;
  for (const p of ctx.parties) {
    if (p.start < from || p.via !== "actor") continue;
    if (!(states.length === 0 ? p.start - from <= 4 : joins(ctx.text.slice(at, p.start)))) break;
    states.push(p);
    at = p.end;
  }
  return { states, at };
}

/** The states listed after ", the same day as" (each then acts alike on the same date), none when a clause follows them. */
export function sameDayAs(ctx: SentenceContext, roles: EventRoles, end: number): Party[] {
  if (!ctx.sentence.text.includes("same da")) return [];
  const as = SAME_DAY_AS.exec(ctx.text.slice(end, ctx.sentence.end));
  if (!as) return [];
  // (A state's name may hold the article: "the United States".)
  const from = end + as.index + as[0].length - (as[0].endsWith("the ") ? 4 : 0);
  const { states, at } = statesListedFrom(ctx, from, (between) => listJoint(between) !== null);
  // ("the same day as Chile recognised it": a clause of its own, not a list.)
  if (/^\s+[a-z]/.test(ctx.text.slice(at, at + 2)) && !/^\s+and\b/.test(ctx.text.slice(at, at + 5))) return [];
  const sides = [roles.source?.code, roles.target?.code];
  return states.filter((p) => !sides.includes(p.code));
}

const FOLLOWED_BY = /^[^.;]{0,60}?,\s+followed\s+(?:[\w-]+\s+){0,3}?by\s+/;
// Between two states of the list: the first one's date, then a comma or "and".
const FOLLOWER_GAP = /^[^;]{0,30}?(?:,|\band)\s+(?:the\s+)?$/;

/**
 * The states that did the same after the subject, each with the date told after it ("…, followed a decade later by
 * Panama in June 2017, the Dominican Republic in May 2018 and El Salvador in August 2018"); undefined unless each has one.
 */
export function followersOf(ctx: SentenceContext, roles: EventRoles, end: number): { states: Party[]; dates: DateMention[] } | undefined {
  if (!ctx.sentence.text.includes("followed")) return undefined;
  const by = FOLLOWED_BY.exec(ctx.text.slice(end, ctx.sentence.end));
  if (!by) return undefined;
  const from = end + by.index + by[0].length;
  const { states } = statesListedFrom(ctx, from, (between) => FOLLOWER_GAP.test(between));
  const dates: DateMention[] = [];
  for (const [k, p] of states.entries()) {
    // ("…, followed on Tuesday by Mauritania": one follower's date may stand before "by".)
    const d = ctx.dates.find((x) => x.start >= p.end && x.start < (states[k + 1]?.start ?? ctx.sentence.end) && x.edtf && !x.future)
      ?? (states.length === 1 ? ctx.dates.find((x) => x.start >= end + by.index && x.end <= from && x.edtf && !x.future) : undefined);
    if (!d) return undefined;
    dates.push(d);
  }
  const sides = [roles.source?.code, roles.target?.code];
  return states.length && states.every((p) => !sides.includes(p.code)) ? { states, dates } : undefined;
}

// Between a "with" object and a second one the verb is left out before: ", and in July with", "and, in 2019, with".
const GAPPED_WITH = /^(?:\s+(?:in|on)\s+[^.;,]{1,25}?)?,?\s+and,?\s+(?:in|on)\s+[^.;,]{1,25}?,?\s+with\s+(?:the\s+)?$/i;

// ("established relations with A in 2019 and with B in March last year": the second's date after it.)
const WITH_AFTER_DATE = /^\s+(?:in|on)\s+[^.;,]{1,25}?,?\s+and\s+with\s+(?:the\s+)?$/i;

/**
 * The state after a gapped "and <date> with" ("cut ties with A in June, and in July with B", "with A in 2019 and with
 * B in March last year"), and the date told for it.
 */
export function gappedWith(ctx: SentenceContext, target: Party): { state: Party; date: DateMention } | undefined {
  if (target.cue !== "with") return undefined;
  const next = ctx.parties.find((p) => p.start >= target.end && p.via === "actor" && p.code !== target.code);
  if (!next || next.cue !== "with" || next.start - target.end > 70) return undefined;
  const between = ctx.text.slice(target.end, next.start);
  const gap = GAPPED_WITH.exec(between);
  const and = gap ? target.end + gap[0].search(/\band\b/i) : -1;
  const date = gap ? ctx.dates.find((d) => d.start > and && d.end <= next.start && d.edtf && !d.future) : WITH_AFTER_DATE.test(between) ? ctx.dates.find((d) => d.start >= next.end && d.start - next.end <= 6 && d.edtf && !d.future) : undefined;
  return date ? { state: next, date } : undefined;
}

/** The switch of recognition the article told last: the state a side broke with and the one it then established ties with. */
export function lastSwitch(events: EventCandidate[]): { from: string; to: string } | undefined {
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k]!;
    if (e.type !== "relations-established" || e.modality !== "asserted") continue;
    for (const side of [e.source, e.target]) {
      const to = side === e.source ? e.target : e.source;
      const broke = events.find((f) => f.type === "relations-severed" && f.source === side && f.target !== to && f.modality === "asserted");
      if (broke) return { from: broke.target, to };
    }
  }
  return undefined;
}

// An encounter named by a noun ("the meeting between A and B", "X's visit to Y", "the phone call") …
const ENCOUNTER_NOUN = /(?:^|\s)(?:meetings?|talks|visits?|trip|tour|(?:phone |telephone )?calls?|conversations?|summit|signing)(?: (?:of|by|to|in|with|between))?$/i;
// … whose own predicate undoes it: "…, scheduled for Monday, was cancelled", "has been postponed". (Not past a relative
// clause or a later turn: "talks, which had been postponed twice, took place on Monday". A month's abbreviation is no
// sentence's end: "…, planned for Feb. 3, was called off".)
const UNDONE_AFTER = /^(?:[^;.]|(?<=\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec))\.){0,120}?\b(?:was|were|has been|had been|have been)\s+(?:(?:now|also|again|abruptly|indefinitely|[a-z]+ly)\s+)?(?:cancell?ed|postponed|called off|scrapped|put off|shelved|put on hold)\b/i;
const WENT_AHEAD = /\b(?:but|went ahead|took place|was held|were held|finally|eventually)\b/i;
const CLOSED_RELATIVE = /, (?:which|that) (?:had|has|was|were|is) [^,]{1,60},/g;
const TURN_BEFORE_UNDONE = /\b(?:which|that|who|after|before|when|while|but|finally|eventually|twice|once)\b/i;

/** Whether an encounter told by a noun is undone by the clause it is the subject of ("the visit … was postponed"). */
export function undoneAfter(text: string, trigger: string, end: number, sentenceEnd: number): boolean {
  if (!ENCOUNTER_NOUN.test(trigger)) return false;
  const undone = UNDONE_AFTER.exec(text.slice(end, sentenceEnd));
  // (A relative clause closed before the predicate is an aside, not a turn: "the visit, which had been planned for
  // May, was cancelled".)
  const turns = undone?.[0].replace(CLOSED_RELATIVE, ",");
  // ("was postponed by a day but went ahead on Monday": it took place after all.)
  return undone !== null && !TURN_BEFORE_UNDONE.test(turns!) && !WENT_AHEAD.test(text.slice(end + undone[0].length, sentenceEnd));
}

/** The roles the rule reads, with the states after "as did" acting as the subject did ("… recognised Croatia, as did Austria, Hungary and Switzerland"). */
export function matchRoles(rule: EventRule, m: RegExpExecArray, ruleCtx: SentenceContext, start: number, end: number): EventRoles | null {
  const { sentence } = ruleCtx;
  const asDid = sentence.text.includes(" as ") ? AS_DID.exec(sentence.text.slice(end - sentence.start)) : null;
  if (!asDid) return rule.roles(ruleCtx, start, end, m);
  const asDidAt = end + asDid.index;
  const firstAlike = ruleCtx.parties.find((p) => p.start >= asDidAt + asDid[0].length && p.via === "actor");
  const alike = firstAlike && firstAlike.start - (asDidAt + asDid[0].length) <= 4 ? [firstAlike, ...coordinated(ruleCtx, firstAlike)] : [];
  if (!alike.length) return rule.roles(ruleCtx, start, end, m);
  const before = { ...ruleCtx, parties: ruleCtx.parties.filter((p) => p.start < asDidAt) };
  const roles = rule.roles(before, start, end, m);
  // (The object is theirs too, whatever the reading made of the subject: "the Community and its members recognised Croatia, as did …".)
  if (roles && !roles.target) roles.target = before.parties.find((p) => p.start >= end && p.via === "actor");
  if (roles?.target) {
    const more = alike.filter((p) => p.code !== roles.target!.code);
    if (!roles.source || roles.source.code === roles.target.code) roles.source = more.shift();
    roles.moreSources = [...(roles.moreSources ?? []), ...more];
  }
  return roles;
}

/** The other side of relations the source's sentence (or the one before) restores. */
export function restoredWith(source: string, sentence: number, events: EventCandidate[]): string | undefined {
  const restored = events.findLast((e) => e.type === "relations-established" && e.sentence >= sentence - 1 && (e.source === source) !== (e.target === source));
  return restored ? (restored.source === source ? restored.target : restored.source) ?? undefined : undefined;
}

/** The other side of the last rupture (or closure of a post) the article told `source` acting in. */
export function ruptureWith(source: string, events: EventCandidate[]): string | undefined {
  return events.findLast((e) => (RUPTURE.has(e.type) || e.type === "mission-closed") && e.modality === "asserted" && e.source === source && e.target !== null && e.target !== source)?.target ?? undefined;
}

/** The states whose envoys the article has presenting credentials to `host` so far. */
export function presentedTo(host: string, events: EventCandidate[]): Set<string> {
  const states = new Set<string>();
  for (const e of events) if (e.type === "credentials-presented" && e.target === host && e.modality === "asserted" && e.source) states.add(e.source);
  return states;
}

/** The group's members are the envoys the article names: one event for each one's state. */
export function namedEnvoysAsGroup(roles: EventRoles, target: Party, people: PersonRecord[], text: string, start: number, end: number, presented?: ReadonlySet<string>): void {
  // Named in the trigger's paragraph or the next ("… presented their credentials. The others were A, B and C"), or in a
  // list of short lines after them, not in a digest's other items ("ESTONIA: … a counsellor at the Russian embassy …").
  const from = text.lastIndexOf("\n", start) + 1;
  let to = paragraphAfter(text, end);
  for (let line = 0; to < text.length; line++) {
    const next = paragraphAfter(text, skipBlank(text, to));
    if (line > 0 && next - skipBlank(text, to) > LIST_LINE) break;
    to = next;
  }
  let sides = groupSides(target, people, text, start, end, from, to, presented);
  // ("… accepted the letters of five new ambassadors. ¶ Escorted by a guard, the envoys presented …. ¶ The five were A of
  // B, …": or one paragraph further, where none is named nearer.)
  if (!sides.length && to < text.length) sides = groupSides(target, people, text, start, end, from, paragraphAfter(text, skipBlank(text, to)), presented);
  roles.moreSources = sides.slice(1);
  roles.source = sides[0];
}

function groupSides(target: Party, people: PersonRecord[], text: string, start: number, end: number, from: number, to: number, presented?: ReadonlySet<string>): Party[] {
  // (Or, for talks with "each of the envoys", named before with their credentials, paragraphs earlier.)
  const envoys = people.filter((p) => p.country && p.country !== target.code && (p.mentions.some((x) => isEnvoyRole(x.role) && x.start >= from && x.start < to) || (presented?.has(p.country) && p.mentions.some((x) => isEnvoyRole(x.role)))));
  const sides = envoys.map((p) => party(p.country!, start, end, "official", "", p.name));
  // ("… received the credentials of five heads of mission. They included the ambassadors of A, B and C": states listed
  // after the group, with or without their envoys' names.)
  if (presented === undefined) for (const code of envoyStatesListed(text, end, to)) if (code !== target.code && !sides.some((s) => s.code === code)) sides.push(party(code, start, end, "actor", ""));
  return sides;
}

const ENVOY_GROUP_NOUNS = "(?:ambassadors|envoys|high commissioners|heads of (?:(?:foreign|diplomatic) )*missions?)";
const ENVOY_GROUP = new RegExp(`\\b${ENVOY_GROUP_NOUNS}\\b`, "i");
const COUNTED_WERE = /\bThe (?:two|three|four|five|six|seven|eight|nine|ten|\d+|others) (?:were|are)\s/;
const ENVOYS_LISTED = new RegExp(`\\b${ENVOY_GROUP_NOUNS}(?:\\s+(?:were|are))?\\s+(?:of|from)\\s+([^.]{3,400})|${COUNTED_WERE.source}(?=[^.]{3,400}? of )([^.]{3,400})`, "gi");
// ("…, as well as the High Commissioners of D and E": a second group of the list, its own head dropped.)
const ENVOYS_OF = /^(?:the\s+)?(?:[\w-]+\s+)?(?:ambassadors?|envoys?|high commissioners?|heads? of mission)\s+(?:of|from)\s+|^(?:of|from)\s+/i;
const LIST_SEPARATOR = /\s*(?:;|,|\band\b|\bas well as\b)\s*/;

/** The states named in lists such as "the ambassadors of A, Mr X; of B, Ms Y; and of C" in text[from, to). */
function envoyStatesListed(text: string, from: number, to: number): string[] {
  const out: string[] = [];
  const slice = text.slice(from, to);
  if (!ENVOY_GROUP.test(slice) && !COUNTED_WERE.test(slice)) return out;
  ENVOYS_LISTED.lastIndex = 0;
  for (let m = ENVOYS_LISTED.exec(slice); m; m = ENVOYS_LISTED.exec(slice)) {
    for (const piece of (m[1] ?? m[2])!.split(LIST_SEPARATOR)) {
      // ("The five were A of B, C of D": each envoy's state after their name.)
      const name = (m[2] === undefined ? piece.replace(ENVOYS_OF, "") : piece.slice(piece.lastIndexOf(" of ") + 4)).trim();
      const hit = name ? lookupActorName(name) : undefined;
      if (hit && hit.kind !== "capital" && !out.includes(hit.code)) out.push(hit.code);
    }
  }
  return out;
}

// The longest paragraph read as a line of a list ("Lena Berg, Ambassador of the Kingdom of Sweden;").
const LIST_LINE = 120;

/** Where the paragraph holding `at` ends: its newline, or the text's end. */
function paragraphAfter(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}

/** Past the blank lines at `at`: where the next paragraph opens. */
function skipBlank(text: string, at: number): number {
  let k = at;
  while (k < text.length && (text[k] === "\n" || text[k] === "\r" || text[k] === " ")) k++;
  return k;
}

const SHUT_POST_IN = /\b(?:shut|closed|shutting|closing)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:embassy|mission|high commission)\s+in\s+$/i;
const RESTORED_TIES = /\b(?:restor|re-?establish|resum)\w*\s+(?:diplomatic\s+)?(?:relations|ties)\b/i;
const LIKE_RUPTURE = /\b(?:broke|cut|severed|suspended|froze|ended)\b[^.;]{0,24}\b(?:relations|ties)\b/i;

/**
 * The other side of an act that names none. "Colombia recalled its ambassador to Israel. Chile also recalled its
 * envoy": the same act towards the same state. Acts of a rupture with no other side named take the one of the rupture
 * just told: "Bahrain cut ties with Iran, while the UAE downgraded its ties and recalled its ambassador"; "…, while
 * Canada expelled four".
 */
export function rowTarget(rule: EventRule, subject: Party, sentence: Sentence, stateCtx: SentenceContext, events: EventCandidate[]): string | undefined {
  const also = ALSO.test(sentence.text);
  const source = subject.code;
  const aimedAt = (e: EventCandidate) => e.target !== source && e.source !== source && ((also && e.type === rule.type) || (RUPTURE.has(rule.type) && RUPTURE.has(e.type) && e.sentence >= sentence.index - 2));
  // ("Jordan recalled its ambassador and told Israel not to send back its own envoy": of the acts just told, one aimed
  // at a state this sentence names, before the last act of all.)
  const before = events.findLast((e) => aimedAt(e) && stateCtx.parties.some((p) => p.code === e.target && p.via === "actor")) ?? events.findLast(aimedAt);
  // "Moldova expelled three Russian diplomats. … Chisinau called its ambassador home": the same row's other side.
  // (Told anywhere in the paragraph: "A downgraded its ties with B, citing … . Its embassy has since … . A had already
  // recalled its ambassador in August".)
  const paragraphStart = before || !RUPTURE.has(rule.type) ? 0 : stateCtx.text.lastIndexOf("\n", sentence.start) + 1;
  const row = before || !RUPTURE.has(rule.type) ? undefined : events.findLast((e) => RUPTURE.has(e.type) && (e.sentence >= sentence.index - 2 || e.order >= paragraphStart) && (e.source === source) !== (e.target === source));
  // ("Morocco cut ties with Iran on Tuesday. … Morocco severed relations in March 2009, citing …": an earlier rupture
  // of the same kind, told with no other side, is with the state the article's rupture is with.)
  const same = before || row || !RUPTURE.has(rule.type) ? undefined : events.find((e) => e.type === rule.type && e.source === source);
  if (same) return same.target;
  // "Saint Lucia restored relations with Taipei, prompting China to suspend relations": towards the one that prompted it.
  const prompter = !before && !row && CAUSING.has(subject.cue) ? subjectBefore(stateCtx, subject.start - subject.cue.length - 1) : undefined;
  // "In 1996 it switched recognition to Taipei, and Beijing suspended relations": a rupture told after ", and" with no
  // other side is with the subject of the clause before it.
  // ("Bolivia broke off relations in October and Belize suspended ties in November": not a clause telling a rupture of
  // its own, a like act beside it.)
  const answered = !before && !row && !prompter && rule.type === "relations-severed" && subject.cue === "and" ? stateCtx.parties.find((p) => p.end <= subject.start && (p.via === "actor" || p.via === "pronoun") && (p.cue === "" || p.cue === ",") && p.code !== source && !LIKE_RUPTURE.test(stateCtx.text.slice(p.end, subject.start))) : undefined;
  // ("Dec. 8, 1972 — A, B and C establish relations with Cuba. … Aug. 21, 1974 — Panama restores relations.": ties restored
  // with no other side, after ties of others with one state, are with that state.)
  const restoring = !before && !row && !prompter && !answered && rule.type === "relations-established" && RESTORED_TIES.test(sentence.text);
  // ("… withdrew its diplomats and shut its embassy in Caracas in 2020; Lula restored relations in 2023": first, the
  // ties of the source's own post shut or rupture just told.)
  const ownBreak = restoring ? events.findLast((e) => (e.type === "mission-closed" || e.type === "relations-severed") && e.modality === "asserted" && e.source === source && e.target !== null && e.target !== source && e.sentence >= sentence.index - 2) : undefined;
  if (ownBreak) return ownBreak.target!;
  // (Or told earlier in this sentence, its post not yet read: "… shut the Brazilian embassy in Caracas; Lula restored …".)
  const shutHere = restoring ? stateCtx.parties.find((p) => p.end <= subject.start && (p.via === "city" || p.via === "actor") && p.code !== source && SHUT_POST_IN.test(stateCtx.text.slice(Math.max(sentence.start, p.start - 60), p.start))) : undefined;
  if (shutHere) return shutHere.code;
  const restored = restoring ? events.findLast((e) => (e.type === "relations-established" || e.type === "relations-severed") && e.source !== source && e.target !== null && e.target !== source) : undefined;
  return before?.target ?? (row ? (row.source === source ? row.target : row.source) : prompter && prompter.code !== source ? prompter.code : answered?.code ?? restored?.target ?? undefined);
}

// "recalled their respective ambassadors", "each other's envoys": a recall each way, whatever the row around it.
const MUTUAL = /\b(?:each other|one another|respective|mutual(?:ly)?|reciprocal(?:ly)?)\b/i;

/**
 * "Bahrain and Sudan cut relations with Iran, …; Kuwait and Qatar recalled their ambassadors": two states recalling
 * "their" envoys in a row already aimed at a third (this sentence or the one before) each recall from that third, not
 * from each other.
 */
export function thirdInRow(roles: EventRoles, sentence: Sentence, start: number, end: number, events: EventCandidate[]): EventRoles {
  const [a, b] = [roles.source?.code, roles.target?.code];
  if (!a || !b || MUTUAL.test(sentence.text)) return roles;
  const row = events.findLast((e) => RUPTURE.has(e.type) && e.sentence >= sentence.index - 1 && e.order < start && e.target !== null && e.target !== a && e.target !== b && e.source !== a && e.source !== b);
  return row ? { source: roles.source, target: party(row.target!, start, end, "actor", ""), moreSources: [roles.target!] } : roles;
}

// ("announced their own recognition", "recalled its own ambassador": the act just told, done by another.)
const ALSO = /\b(?:also|likewise|similarly|as well|(?:its|their) own)\b/i;

const POSSESSIVE_AFTER = /^['’]s\b/;
// ("Iraqi Deputy Prime Minister and Foreign Minister X": two offices of one person, joined by "and".)
const QUALIFIED_TITLE = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+|and\s+(?=\p{Lu})){1,7}$/u;
// "'s Emir Sheikh ": a possessive, then only a capitalised title (and honorific) before the official's name.
const POSSESSED_TITLE = /^['’]s\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}$/u;

// "'s X", "'s foreign minister, X": a possessive right before the name, or before an office in lower case and a comma.
const POSSESSED_NAME = /^['’]s\s+(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,\s+)?$/u;

const LISTED_TITLE = /^(?:,? and |, )(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}$/u;

const TITLE_OF_AFTER_NAME = /^,\s+(?:the\s+)?\p{Lu}[\p{L}\s-]{0,60}?\s+of\s+(?:the\s+)?$/u;
const SEMICOLON_LIST = /^;\s+(?:and\s+)?(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Hon\.?|His|Her|Excellency|the)\s+)*$/;

/** Parties listed right after `first` ("Afghanistan and Iran", "Benin, Zimbabwe and Bulgaria"). */
export function coordinated(ctx: SentenceContext, first: Party): Party[] {
  const out: Party[] = [];
  let last = first;
  for (const p of ctx.parties) {
    if (p.start < last.end) continue;
    // ("Chilean Ambassador A and Norwegian Ambassador B": the person the state qualifies, then the next state.)
    // ("Saudi Foreign Minister Prince X": the title read as a party of its own, right after its state, then the name.)
    if (p.via === "official" && p.code === last.code && p.start - last.end <= 60 && (QUALIFIED_TITLE.test(ctx.text.slice(last.end, p.start)) || POSSESSED_TITLE.test(ctx.text.slice(last.end, p.start)) || POSSESSED_NAME.test(ctx.text.slice(last.end, p.start)) || /^\s+$/.test(ctx.text.slice(last.end, p.start)))) {
      last = p;
      continue;
    }
    // ("President A of Kyrgyzstan and President B of Tajikistan": an official's state named after them with "of".)
    if (p.code === last.code && last.via === "official" && p.cue === "of" && /^\s+of\s+(?:the\s+)?$/.test(ctx.text.slice(last.end, p.start))) {
      last = p;
      continue;
    }
    // ("received, in turn, A, Prime Minister of B; C, President of D; and E, …": a list of people set off by semicolons,
    // each with the office after the name.)
    if (p.code === last.code && last.via === "official" && p.start - last.end <= 80 && TITLE_OF_AFTER_NAME.test(ctx.text.slice(last.end, p.start))) {
      last = p;
      continue;
    }
    if (p.via === "official" && p.start - last.end <= 40 && SEMICOLON_LIST.test(ctx.text.slice(last.end, p.start))) {
      out.push(p);
      last = p;
      continue;
    }
    // ("as Apostolic Nuncio to Papua New Guinea and to Solomon Islands": the preposition said again.)
    if (p.start - last.end > 40 || !(p.cue === "and" || p.cue === "," || p.cue === "or" || (p.cue === "to" && last.cue === "to"))) break;
    const between = ctx.text.slice(last.end, p.start);
    // (A title may stand before the next official: "A of Kyrgyzstan and President B".)
    if (!/^(?:,? and |, | or |,? as well as )(?:to (?:the )?|the )?$/i.test(between) && !(p.via === "official" && LISTED_TITLE.test(between))) break;
    // ("recognised Kosovo, Serbia's former province": a possessive after a comma describes the one before; not one
    // that opens the next official of a list: "with A, Qatar's Emir Sheikh X and B".)
    if (between === ", " && POSSESSIVE_AFTER.test(ctx.text.slice(p.end, p.end + 3)) && !ctx.parties.some((q) => q.via === "official" && q.code === p.code && q.start > p.end && q.start - p.end <= 40 && POSSESSED_TITLE.test(ctx.text.slice(p.end, q.start)))) break;
    // ("switched recognition to Taipei, and Beijing suspended relations": a state with a verb after ", and" opens a
    // clause of its own; not the last of a list with commas, "Peru, Chile, and Norway closed".)
    if (last === first && ownClause(ctx, first, p)) break;
    // ("met President X, and Germany's Kyiv embassy resumed work": a possessed subject after ", and" opens a clause too.)
    if (/^, and $/.test(between) && POSSESSED_SUBJECT.test(ctx.text.slice(p.end, p.end + 60))) break;
    out.push(p);
    last = p;
  }
  return out;
}
const POSSESSED_SUBJECT = /^['’]s\s+(?:[\w-]+\s+){1,3}?(?:[a-z]+ed|was|were|had|has|is|are|remains|remained|sent|shut|broke|cut|made)\b/;

/**
 * "held talks with A, who …, and with B", "phone calls with A and with B": the further partners of a "with", each after
 * its own "and with"; so too of a "to" ("spoke by telephone to A's president, and to B's chancellor").
 */
export function alsoWith(ctx: SentenceContext, first: Party, to: number): Party[] {
  const out: Party[] = [];
  for (const m of ctx.text.slice(first.end, to).matchAll(first.cue === "to" ? AND_TO : AND_WITH)) {
    const at = first.end + m.index! + m[0].length;
    // (Only a party the "to" itself heads: not "and to reporters in Berlin".)
    // (Nor a place where the ones after "with" are: "and then with reporters in A".)
    const p = ctx.parties.find((q) => q.start >= at && q.start - at <= 40 && q.via !== "city" && q.cue !== "in" && q.cue !== "at" && q.code !== first.code && (first.cue !== "to" || q.cue === "to"));
    if (p && !out.some((o) => o.code === p.code)) out.push(p);
  }
  return out;
}
/**
 * "held separate telephone conversations with the Foreign Minister of A, X, and the Foreign Minister of B, Y": talks
 * or calls told as separate are one with each state named after the trigger in its clause.
 */
export function separately(rule: EventRule, ctx: SentenceContext, first: Party, start: number, end: number): Party[] {
  if ((rule.type !== "meeting" && rule.type !== "phone-call") || !SEPARATE.test(ctx.text.slice(Math.max(ctx.sentence.start, start - 12), end))) return [];
  return distinctParties(partiesAfter(ctx, first.end, clauseEnd(ctx, end)).filter((p) => (p.via === "official" || p.via === "actor") && p.code !== first.code && p.cue !== "in" && p.cue !== "at"));
}
export const SEPARATE = /\bseparate(?:ly)?\b/i;
// ("spoke by telephone with A and then with B": one after the other.)
const AND_WITH = /,?\s+and (?:also |separately |then |later )?with\s/g;
const AND_TO = /,?\s+and (?:also |separately |then |later )?to\s/g;
