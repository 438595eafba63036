// Cues that place a person through an envoy's business: credentials presented, an appointment, a recall or a
// summons, the post an envoy heads. Tried in the order place-people.ts lists them.
import { isEnvoyRole } from "../model/official.js";
import { isWord } from "./item-words.js";
import { ORGANISATIONS } from "./party-kinds.js";
import type { Item } from "./mentions.js";
import type { OfficialMention, PersonRecord } from "./officials.js";
import type { Sentence } from "./sentences.js";

/** A head of state receiving credentials is the host of the envoy presenting them (named, or "Chile's ambassador to X"). */
export function hostOfCredentials(p: PersonRecord, people: PersonRecord[], analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    // (The foreign minister receives the copies: "handed copies of her credentials to Foreign Secretary X".)
    const receives = m.role === "head-of-state" || (m.role === "foreign-minister" && /\bcop(?:y|ies) of\b/i.test(m.sentence.text));
    if (!receives || !/credentials|credence/i.test(m.sentence.text)) continue;
    for (const o of people) {
      const envoy = o.mentions.find((om) => om.sentence === m.sentence && om.accreditedTo && om !== m);
      if (envoy) return envoy.accreditedTo;
    }
    const items = analysed[m.sentence.index]?.items ?? [];
    for (let i = 2; i < items.length; i++) {
      const it = items[i]!;
      const title = items[i - 2]!;
      if (it.kind === "actor" && isWord(items[i - 1], "to") && title.kind === "title" && isEnvoyRole(title.role)) return it.code;
    }
    // "presented her credentials to Emperor X in Tokyo": where they were received.
    const at = items.findIndex((it) => it.start >= m.end);
    const place = at >= 0 && isWord(items[at], "in") ? items[at + 1] : undefined;
    if (place?.kind === "city") return place.city.country;
    if (place?.kind === "actor" && !ORGANISATIONS.has(place.code)) return place.code;
    // The envoy presenting them ("she handed copies of her credentials to …"), where the article accredits its envoys,
    // when that is one state ("sworn in as ambassador to Mexico").
    // (Not a former envoy's: "X, a former ambassador to Germany, said …".)
    const posts = new Set(people.filter((o) => o !== p).flatMap((o) => o.mentions.filter((om) => isEnvoyRole(om.role) && om.accreditedTo && !om.former).map((om) => om.accreditedTo!)));
    if (posts.size === 1) return [...posts][0]!;
  }
  return null;
}

/**
 * "President X announced his intent to nominate Y to be Ambassador to Z", or "Y was appointed ambassador to Z by
 * President X", where the text gives Y's own state ("Y, a Norwegian diplomat", "he was U.S. Ambassador to …"): an envoy
 * is appointed by their own state, so that is X's.
 */
export function appointerOf(p: PersonRecord, people: PersonRecord[], stated: ReadonlySet<PersonRecord>): string | null {
  for (const m of p.mentions) {
    const after = /\b(?:nominat|appoint)\w*/i.test(m.sentence.text.slice(m.end - m.sentence.start));
    // "X was appointed ambassador to Kenya by President Y": the appointee before, the appointer after "by".
    const by = APPOINTED_BY.test(m.sentence.text.slice(Math.max(0, m.start - m.sentence.start - 120), m.start - m.sentence.start));
    if (!after && !by) continue;
    for (const o of people) {
      if (o === p || !stated.has(o) || !o.mentions.some((om) => om.sentence === m.sentence && (after ? om.start > m.end : om.end < m.start) && isEnvoyRole(om.role))) continue;
      if (o.country) return o.country;
    }
  }
  return null;
}
/**
 * "the appointment last month by Sultan X of Y as ambassador to Vietnam", "Y was named ambassador by President X": an
 * envoy a leader appoints serves the leader's state.
 */
export function appointeeOf(p: PersonRecord, people: PersonRecord[]): string | null {
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role) || !APPOINTMENT_BY.test(m.sentence.text)) continue;
    for (const o of people) {
      const leader = o !== p && o.country ? o.mentions.find((om) => om.sentence === m.sentence && LEADER_ROLES.has(om.role)) : undefined;
      if (leader && /\bby\s+(?:the\s+)?(?:[\w.]+\s+){0,3}$/i.test(m.sentence.text.slice(Math.max(0, leader.start - m.sentence.start - 40), leader.start - m.sentence.start))) return o.country;
    }
  }
  // ("President X appointed Y as Ambassador to Z", "X on Monday nominated Y ambassador to Z": the leader who is the
  // verb's subject.)
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role) || !APPOINTING.test(m.sentence.text)) continue;
    for (const o of people) {
      const leader = o !== p && o.country ? o.mentions.find((om) => om.sentence === m.sentence && om.end < m.start && LEADER_ROLES.has(om.role)) : undefined;
      if (leader && LEADER_APPOINTED.test(m.sentence.text.slice(leader.end - m.sentence.start, m.start - m.sentence.start))) return o.country;
    }
  }
  return null;
}
const APPOINTMENT_BY = /\b(?:appointment|nomination|appointed|nominated|named)\b[^.;]*\bby\b/i;
const APPOINTING = /\b(?:appointed|appoints|nominated|nominates|named|names|designated)\b/i;
const LEADER_APPOINTED = /^\s+(?:(?:has|have|had|also|on\s+\w+|\w+ly)\s+){0,2}(?:appointed|appoints|nominated|nominates|named|names|designated)\s+(?:[\w'’.-]+,?\s+){0,3}$/i;
const LEADER_ROLES: ReadonlySet<string> = new Set(["head-of-state", "head-of-government"]);
const APPOINTED_BY = /\b(?:appointed|nominated|named|designated|accredited)\b[^.;]*\bby\s+(?:the\s+)?(?:[\w.]+\s+){0,3}$/i;

/**
 * "The Chargé d'Affaires of the Embassy of Japan in Ghana paid a courtesy call on the Deputy Minister of Foreign
 * Affairs, X": an official named beside a foreign envoy, with no state of their own, serves the state the envoy is
 * posted to.
 */
export function hostOfEnvoyMet(p: PersonRecord, inSentence: ReadonlyMap<Sentence, PersonRecord[]>): string | null {
  for (const m of p.mentions) {
    if (!CALLED_ON.test(m.sentence.text)) continue;
    for (const o of inSentence.get(m.sentence) ?? []) {
      if (o === p) continue;
      const posted = o.mentions.find((om) => om.sentence === m.sentence && isEnvoyRole(om.role) && om.accreditedTo && om.accreditedTo !== o.country);
      if (posted?.accreditedTo) return posted.accreditedTo;
    }
  }
  return null;
}

const CALLED_ON = /\b(?:met|meets|met with|courtesy call|called on|calls on|paid (?:an? )?(?:courtesy |farewell )?(?:call|visit) (?:on|to)|received|receives|hosted|held talks)\b/i;

const HEAD_OF = /^,\s+(?:the\s+)?(?:new\s+|newly[- ]appointed\s+|outgoing\s+|current\s+)?head of (?:the\s+)?/i;
// ("X, the chargé d'affaires who has run the Russian embassy since 2023": so too the post a relative clause says they run.)
const WHO_RUNS = /^(?:,\s+(?:the\s+)?[\w'’ -]{1,40}?)?,?\s+who\s+(?:has\s+|had\s+)?(?:run|runs|ran|heads|headed|leads|led|manages|managed)\s+(?:the\s+)?/i;
const POST_AFTER = /^(?:['’]s)?\s*(?:delegation|embassy|mission|permanent mission|office|representative office|consulate|consulate general|high commission)\b/i;

/** "Ambassador X, the new head of the European Union Delegation to Uruguay": the state or body whose post they head. */
export function postHeaded(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const { sentence } = m;
    const after = sentence.text.slice(m.end - sentence.start, m.end - sentence.start + 80);
    const head = HEAD_OF.exec(after) ?? WHO_RUNS.exec(after);
    if (!head) continue;
    const at = m.end + head[0].length;
    const actor = analysed.find((a) => a.sentence === sentence)?.items.find((it) => it.kind === "actor" && it.start >= at - 4 && it.start <= at);
    if (actor?.kind === "actor" && POST_AFTER.test(sentence.text.slice(actor.end - sentence.start))) return actor.code;
  }
  return null;
}

/**
 * "Peru inaugurated a consulate-general in Shanghai, headed by Consul General X": the head of the post the sentence
 * opened serves the state that opened it (its first state, past a dateline); so does the envoy it names.
 */
export function headOfPost(m: OfficialMention, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const before = m.sentence.text.slice(0, m.start - m.sentence.start);
  // "The Taiwanese office … began operating. It is headed by X": the post the sentence before opened on.
  if (IT_HEADED_BY.test(before)) return postOpening(analysed[m.sentence.index - 1]);
  // ("Bahrain raised its representation in Iraq, naming X as ambassador in Baghdad": so too the one it names.)
  if (!(HEADED_BY.test(before) && POST_NAMED.test(before)) && !NAMING_BEFORE.test(before)) return null;
  // ("the Apostolic Nunciature in Managua has been run by a chargé d'affaires, X": a nunciature is the Holy See's.)
  if (NUNCIATURE.test(before)) return "VA";
  const items = analysed[m.sentence.index]!.items;
  const lead = items.findIndex((it) => it.kind !== "word");
  const dateline = lead >= 0 && items[lead]!.text === items[lead]!.text.toUpperCase() && isWord(items[lead + 1], "—", "–", "-", ":", ",");
  // ("The Embassy of the Republic of Poland in Kyiv, headed by …": the state after "of" that names the post too.)
  const subject = items.find((it, k) => it.kind === "actor" && (!dateline || k > lead) && it.end <= m.start && (!isWord(items[k - 1], "in", "to", "at", "from", "of", "with") || POST_OF_BEFORE.test(m.sentence.text.slice(Math.max(0, it.start - m.sentence.start - 60), it.start - m.sentence.start))));
  return subject?.kind === "actor" && !ORGANISATIONS.has(subject.code) ? subject.code : null;
}
// ("X announced the recall of ambassador Y", "recalled its envoy Y": so too the envoy the subject calls home.)
const NAMING_BEFORE = /(?:,\s+(?:naming|appointing|nominating|designating)|\b(?:recalled|withdrew|(?:recall|withdrawal) of)(?:\s+(?:its|their|his|her|the))?)\s+$/i;
const NUNCIATURE = /\bnunciature\b/i;
const POST_OF_BEFORE = /\b(?:embassy|consulate(?:[- ]general)?|high commission|(?:permanent )?mission|(?:representative |trade |liaison )?office)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){1,2}of\s+)?$/i;
const IT_HEADED_BY = /^\s*It\s+(?:is|was|will be|has been)\s+(?:headed|led|run)\s+by\s+(?:the\s+)?$/;
const POST_NOUN_AFTER = /^\s+(?:embassy|consulate(?:[- ]general)?|high commission|mission|(?:representative |trade |liaison )?office)\b/i;

/** The state whose post opens a sentence ("The Taiwanese office, …"): its first item, or the first after "The". */
function postOpening(a: { sentence: Sentence; items: Item[] } | undefined): string | null {
  if (!a) return null;
  const at = isWord(a.items[0], "the") ? 1 : 0;
  const state = a.items[at];
  if (state?.kind !== "actor" || ORGANISATIONS.has(state.code)) return null;
  return POST_NOUN_AFTER.test(a.sentence.text.slice(state.end - a.sentence.start, state.end - a.sentence.start + 40)) ? state.code : null;
}
const HEADED_BY = /\b(?:headed|led|run)\s+by\s+(?:(?:the|a|an)\s+)?$/i;
// (With the title between: "headed by High Commissioner X".)
export const HEADED_BY_BEFORE = /\b(?:headed|led|run)\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
const POST_NAMED = /\b(?:embass(?:y|ies)|consulate(?:-general| general)?|high commission|mission|office|nunciature)\b/i;

const HEADS_BEFORE = /\b(?:heads|headed|head of|heading|leads|led|runs|ran|chief of)\s+(?:the\s+)?$/i;
const EMBASSY_AFTER = /^(?:['’]s)?\s+(?:new\s+)?(?:embassy|high commission)\b/i;

/**
 * "Hung visited the staff of the Vietnamese Embassy in Santiago. Ambassador X briefed him": an envoy whose state no
 * title gives heads the one embassy named in their sentence, before them, or in the sentence before.
 */
export function embassyJustNamed(m: OfficialMention, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const states = new Set<string>();
  for (const a of analysed.slice(Math.max(0, m.sentence.index - 1), m.sentence.index + 1)) {
    for (const it of a.items) {
      if (it.kind !== "actor" || ORGANISATIONS.has(it.code) || (a.sentence === m.sentence && it.start > m.start)) continue;
      // (Not an embassy said to have its head already: "Mrs. X, who heads the German Embassy in Muscat".)
      const headed = HEADS_BEFORE.test(a.sentence.text.slice(Math.max(0, it.start - a.sentence.start - 24), it.start - a.sentence.start));
      if (!headed && EMBASSY_AFTER.test(a.sentence.text.slice(it.end - a.sentence.start, it.end - a.sentence.start + 24))) states.add(it.code);
    }
  }
  return states.size === 1 ? [...states][0]! : null;
}

const RUNS_THE_POST = /^,\s+who\s+(?:will\s+|is\s+to\s+|now\s+)?(?:run|runs|head|heads|lead|leads|manage|manages)\s+(?:the|its)\s+(?:new\s+)?(?:embassy|mission|high commission)\b/i;
const OPENED_ITS_POST = /^\s+(?:[^.;]{0,100}?\s+and\s+)?(?:has\s+|had\s+)?(?:(?:opened|reopened|inaugurated|established|set up|opens)\s+(?:its|a|an|the)\s+(?:new\s+|first\s+)?|resumed\s+(?:operations|work)\s+at\s+its\s+)(?:embassy|mission|high commission)\b/i;
const POST_HEADED_BY = /^\W*(?:It|The\s+(?:new\s+)?(?:embassy|mission|high commission|post|return|reopening))\s+(?:will\s+be|is\s+being|is|was|has\s+been)\s+(?:headed|led|run)\s+(?:for\s+now\s+)?by\s+(?:(?:an?|the)\s+)?(?:(?:charg[ée] d.affaires|ambassador|envoy)\s*,\s*)?$/i;

/**
 * "Türkiye opened its embassy in Yerevan on Friday. … Chargé d'Affaires X, who will run the embassy for now": an envoy
 * running the post just opened serves the state that opened it (in this sentence or the two before).
 */
export function runsPostOpened(m: OfficialMention, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  // ("It will be headed for now by a chargé d'affaires, X", "The return is being led by X, the chargé d'affaires": so
  // too one the post, or its opening, is headed by.)
  if (!RUNS_THE_POST.test(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 60)) && !POST_HEADED_BY.test(m.sentence.text.slice(0, m.start - m.sentence.start))) return null;
  for (let k = m.sentence.index; k >= 0 && k >= m.sentence.index - 2; k--) {
    const { sentence, items } = analysed[k]!;
    const opener = items.findLast((it) => it.kind === "actor" && !ORGANISATIONS.has(it.code) && (k < m.sentence.index || it.start < m.start) && OPENED_ITS_POST.test(sentence.text.slice(it.end - sentence.start, it.end - sentence.start + 170)));
    if (opener?.kind === "actor") return opener.code;
  }
  return null;
}

/** "Ambassador X was ordered back to Baku": an envoy called home serves the state of that capital. */
export function calledHome(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role)) continue;
    for (const it of analysed[m.sentence.index]!.items) {
      if (it.kind !== "actor" || it.via !== "capital" || it.start < m.end) continue;
      if (BACK_TO.test(m.sentence.text.slice(Math.max(0, it.start - m.sentence.start - 30), it.start - m.sentence.start))) return it.code;
    }
  }
  return null;
}
// ("… ordered the calling for consultations of the ambassador in Tel Aviv, Y": the Spanish "llamado a consultas".)
const RECALL_OF_ENVOY = /\b(?:recall(?:ed|ing|s)?|calling (?:for|to) consultations)(?: of)? (?:the|its|their)\b(?: (?:ambassador|envoy)\b[^.;]{0,40})?\s*$/i;
const BACK_TO = /\b(?:ordered|called|recalled|summoned|brought|sent)\s+(?:back|home)\s+to\s+$|\breturn(?:ed|s)?\s+(?:home\s+)?to\s+$/i;

/**
 * "A's foreign ministry summoned B's ambassador. Deputy Foreign Minister X handed the envoy a protest note": the one who
 * hands a summoned envoy the note serves the summoning state (the first named before "summoned", in that sentence or
 * the one before).
 */
export function summoningState(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const m = p.mentions[0]!;
  if (!HANDED_ENVOY.test(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 40))) return null;
  for (let s = m.sentence.index; s >= 0 && s >= m.sentence.index - 1; s--) {
    const items = analysed[s]!.items;
    const verb = items.findIndex((it) => it.kind === "word" && SUMMONED.has(it.lower));
    const state = verb < 0 ? undefined : items.slice(0, verb).find((it) => it.kind === "actor" && !ORGANISATIONS.has(it.code));
    if (state?.kind === "actor") return state.code;
  }
  return null;
}
/**
 * "Deputy Foreign Minister X summoned Georgia's ambassador in Moscow": one who summons an envoy at their post is of the
 * state the post is in.
 */
export function summonerOf(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const m = p.mentions[0]!;
  const after = SUMMONED_ENVOY_IN.exec(m.sentence.text.slice(m.end - m.sentence.start, m.end - m.sentence.start + 90));
  if (!after) return null;
  const at = m.end + after[0].length;
  const post = analysed[m.sentence.index]!.items.find((it) => it.start === at && (it.kind === "actor" || it.kind === "city"));
  return post?.kind === "actor" ? post.code : post?.kind === "city" ? post.city.country : null;
}
const SUMMONED_ENVOY_IN = /^,?\s+(?:(?:on|last)\s+\w+\s+)?(?:summoned|summons)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:['’]s)?\s+){1,2}(?:ambassador|envoy|charg[ée] d['’]affaires)\s+(?:in|to)\s+/u;

// ("handed the envoy a protest note", "handed him a note", "delivered to the ambassador".)
const HANDED_ENVOY = /^\s+(?:(?:also|then|later|personally)\s+)?(?:handed|hands|delivered|gave|conveyed|presented)\s+(?:to\s+)?(?:the\s+(?:envoy|ambassador|diplomat|charg[ée] d['’]affaires)|him|her)\b/i;
const SUMMONED: ReadonlySet<string> = new Set(["summoned", "summons", "summoning"]);

/**
 * An envoy a state recalls is that state's own: "President X of A ordered the recall of the ambassador in B, Y" (the
 * state named last before the verb), "Foreign Minister A of B said he was recalling the ambassador to C, X" (the state
 * named first before the envoy, not the post, which `excludedStates` drops).
 */
export function recallingState(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    if (!isEnvoyRole(m.role)) continue;
    const before = m.sentence.text.slice(0, m.start - m.sentence.start);
    const items = analysed[m.sentence.index]!.items;
    const verb = RECALL_OF_ENVOY.exec(before);
    if (verb) {
      const at = m.sentence.start + verb.index;
      // (The state named last before the verb: "X of A said B had recalled …" is B's recall.)
      const k = items.findLastIndex((it, i) => it.kind === "actor" && it.start < at && !ORGANISATIONS.has(it.code) && !isWord(items[i - 1], "in", "to", "with", "from", "against", "at"));
      const state = items[k];
      if (state?.kind === "actor") return state.code;
    } else if (RECALLING_ENVOY.test(before)) {
      const state = items.find((it) => it.kind === "actor" && it.end <= m.start && !ORGANISATIONS.has(it.code) && it.code !== m.accreditedTo);
      if (state?.kind === "actor") return state.code;
    }
  }
  return null;
}
// ("was recalling the ambassador", "recalled its envoy,": the verb right before the envoy's title.)
// ("was closing its embassy and recalling Ambassador X": so too a title with the name.)
const RECALLING_ENVOY = /\b(?:recall(?:ed|s|ing)?|withdr(?:ew|aws|awing))\s+(?:(?:the|its|their|his|her|our)\s+(?:(?:top|current|own)\s+)?)?$/i;

/**
 * The one who expels another state's diplomats from a town serves the town's state: "Foreign Minister X had expelled
 * three Russian embassy employees in Oslo" is Norway's.
 */
export function expellingState(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  for (const m of p.mentions) {
    const after = m.end - m.sentence.start;
    const verb = EXPELLED_AFTER.exec(m.sentence.text.slice(after, after + 120));
    if (!verb) continue;
    const from = m.end + verb[0].length;
    const items = analysed[m.sentence.index]!.items;
    // (A capital is read as its state's name: "in Oslo".)
    const town = items.find((it) => (it.kind === "city" || (it.kind === "actor" && it.via === "capital")) && it.start >= from && it.start - from <= 4);
    const host = town?.kind === "city" ? town.city.country : town?.kind === "actor" ? town.code : null;
    // (Not the town of the expelled state's own: "expelled the Norwegian diplomats in Murmansk" is Russia's act.)
    const theirs = items.find((it) => it.kind === "actor" && it.start >= m.end && it.end <= from);
    if (host && theirs?.kind === "actor" && theirs.code !== host) return host;
  }
  return null;
}
/**
 * "Germany gave Ambassador X 72 hours to leave", in a story of Syria's envoys sent out one capital after another: an envoy
 * a verb sends out, whom no state is named for, is of the state whose envoys the story names most.
 */
export function sentOutOfStory(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): string | null {
  const first = p.mentions[0]!;
  if (!isEnvoyRole(first.role) || !SENT_OUT_BEFORE.test(first.sentence.text.slice(Math.max(0, first.start - first.sentence.start - 30), first.start - first.sentence.start))) return null;
  const counts = new Map<string, number>();
  for (const { items } of analysed) {
    for (let k = 0; k < items.length; k++) {
      const it = items[k]!;
      if (it.kind !== "actor" || ORGANISATIONS.has(it.code)) continue;
      const next = isWord(items[k + 1], "'s", "’s") ? items[k + 2] : items[k + 1];
      if ((next?.kind === "title" && isEnvoyRole(next.role)) || isWord(next, "diplomats", "envoys", "ambassadors", "embassy")) counts.set(it.code, (counts.get(it.code) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let most = 2;
  for (const [code, n] of counts) if (n > most) [best, most] = [code, n];
  return best;
}
const SENT_OUT_BEFORE = /\b(?:gave|gives|giving|expelled|expels|expelling|ordered|orders|ordering|summoned|declared|told)\s+(?:the\s+)?$/i;

// ("had expelled three Russian embassy employees in", "expelled two diplomats of A's embassy in".)
const EXPELLED_AFTER = /^\s+(?:(?:had|has|have|on \w+|also|then)\s+)*(?:expelled|ordered out|declared)\s+(?:[\w'’-]+\s+){0,5}?(?:diplomats|employees|officials|staff|envoys|attach[eé]s)\s+(?:(?:of|at|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:embassy|mission|consulate)\s+)?in\s+/i;
