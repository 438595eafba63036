import { ORGANISATION_CODES } from "../model/actor.js";
import { ROLES, type Role } from "../model/official.js";
import { roleForTitle, titleCountries } from "../gazetteer/titles.js";
import { cleanName, isHonorific, type Item, type PersonItem, type TitleItem } from "./mentions.js";
import type { Sentence } from "./sentences.js";

/** A person as the document knows them: the fullest name, the state they serve, every mention. */
export interface PersonRecord {
  name: string;
  country: string | null;
  mentions: OfficialMention[];
}

/** One mention of a titled person in one sentence. */
export interface OfficialMention {
  name: string;
  role: Role;
  title: string;
  country: string | null;
  accreditedTo: string | null;
  sentence: Sentence;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  /** A past office: "former President", "then-president". */
  former?: boolean;
  /** States this person does not serve: their counterpart's, the one they are accredited to. */
  notCountries?: string[];
  /** Names of the others in the same list ("Foreign Ministers A and B"): each serves another state. */
  peers?: string[];
  /** "his counterpart X" with no official beside to copy the office from: settled across the document. */
  counterpart?: boolean;
}

// Words that may stand between a title and the name or actor it belongs to ("Azerbaijan's new Foreign Minister").
const MODIFIERS = new Set([
  "the", "new", "newly", "appointed", "newly-appointed", "then", "former", "first", "acting", "visiting", "outgoing", "incoming", "current",
  "late", "resident", "non-resident", "designated", "elected", "-", "then-", "his", "her", "its", "their", "a", "an", "serving", "interim",
  "top", "senior", "veteran", "ex", "ex-", "next", "sitting", "long-serving", "longtime", "erstwhile", "previous",
]);
const PAST = new Set(["former", "then", "late", "ex", "ex-", "then-", "erstwhile", "previous"]);
const PLURAL_TITLE = /(?:ambassadors|envoys|high commissioners|diplomats|ministers|heads of (?:mission|state|government)|leaders|presidents|counterparts|-designate)$/i;
const COUNTERPART = /^counterparts?$/i;
// Titles that companies, chambers and clubs also use: "ACI President X" is not a head of state.
const SHARED_TITLE = /^(?:president|vice[- ]president|chairman|chairperson|chairwoman|director|director[- ]general|secretary[- ]general|head|chief executive|ceo|leader|spokesman|spokeswoman|spokesperson)$/i;
const ENVOY_ROLES = /ambassador|consul|envoy|charg|diplomat/;
// Words after which a name is not the person a title describes: "took over from X as ambassador".
const NOT_SUBJECT_CUE = new Set(["from", "by", "with", "of", "to", "replacing", "replaces", "replaced", "succeeding", "succeeds", "succeeded", "for", "and", "than"]);
const ORGANISATIONS: ReadonlySet<string> = new Set(ORGANISATION_CODES);
// Verbs of the acts a former office holder may take part in; without one, a former office holder is background.
const ACTING = /\b(?:visit(?:ed|s|ing)?|met|meets|meeting|talks|appointed|nominated|named|signed|hosted|received|inaugurated|opened|accepted|presented|welcomed|expelled|recalled|held)\b/i;
const ROLE_RANK = new Map<Role, number>(ROLES.map((r, i) => [r, i]));

const isWord = (it: Item | undefined, ...words: string[]) => it?.kind === "word" && words.includes(it.lower);
const lowerOf = (it: Item | undefined) => (it?.kind === "word" ? it.lower : "");

interface Inherited {
  country: string | null;
  accreditedTo: string | null;
  role: Role;
  former: boolean;
}

/** Reads the officials a sentence names, with the rule that found each. */
export function findOfficials(sentence: Sentence, items: Item[]): OfficialMention[] {
  const out: OfficialMention[] = [];
  const used = new Set<Item>();
  // A title followed by another ("Nigerian High Commissioner to Ghana, Ambassador X") hands its state down.
  const inherited = new Map<number, Inherited>();

  const add = (person: PersonItem, title: TitleItem, role: Role, country: string | null, accreditedTo: string | null, rule: string, confidence: number, former: boolean): OfficialMention | null => {
    if (used.has(person)) return null;
    const name = cleanName(person.name);
    if (!/\s/.test(name) && name.length < 3) return null;
    let counterpart = false;
    const notCountries: string[] = [];
    // "his Costa Rican counterpart X" holds the same office as the official already named, and serves another state.
    if (COUNTERPART.test(title.title)) {
      const other = [...out].reverse().find((o) => o.country !== country || !country);
      if (other) {
        role = other.role;
        if (country) (other.notCountries ??= []).push(country);
        if (other.country) notCountries.push(other.country);
      } else counterpart = true;
    }
    if (accreditedTo) notCountries.push(accreditedTo);
    used.add(person);
    const mention: OfficialMention = {
      name,
      role: stateRole(title.title, country, role),
      title: title.title,
      country,
      accreditedTo,
      sentence,
      start: Math.min(person.start, title.start),
      end: Math.max(person.end, title.end),
      rule,
      confidence,
      ...(former ? { former } : {}),
      ...(notCountries.length ? { notCountries } : {}),
      ...(counterpart ? { counterpart } : {}),
    };
    out.push(mention);
    return mention;
  };

  for (let t = 0; t < items.length; t++) {
    const title = items[t]!;
    if (title.kind !== "title") continue;
    const before = items[t - 1];
    // "ACI President X", "Bank Director Y": an organisation's officer, not the state's.
    const organisation = before?.kind === "person" || before?.kind === "city" || (before?.kind === "word" && /^[A-Z][A-Z&.]+$/.test(before.text));
    if (SHARED_TITLE.test(title.title) && organisation && title.start - before!.end <= 1) continue;
    const inh = inherited.get(t);
    let country = actorBefore(items, t) ?? inh?.country ?? null;
    let accreditedTo: string | null = inh?.accreditedTo ?? null;
    let role: Role = inh && rank(inh.role) < rank(title.role) ? inh.role : title.role;
    const former = Boolean(title.former) || pastBefore(items, t) || Boolean(inh?.former);
    const envoy = ENVOY_ROLES.test(role);
    const listCountries: string[] = [];
    // After the title: "of [the Republic of] A [and B]", "to B", "in B", "for Consular Affairs".
    let k = t + 1;
    for (let guard = 0; guard < 4 && k < items.length; guard++) {
      const w = items[k]!;
      let next = skip(items, k + 1, "the");
      // "of the regional Duma": a few lower-case words before the body.
      if (isWord(w, "of") && items[next]?.kind !== "actor") {
        let q = next;
        while (q < next + 2 && items[q]?.kind === "word" && /^[a-z]+$/.test(lowerOf(items[q]))) q++;
        if (items[q]?.kind === "actor") next = q;
      }
      const target = items[next];
      if ((isWord(w, "of") || (isWord(w, "from") && COUNTERPART.test(title.title))) && target?.kind === "actor") {
        if (!country) country = target.code;
        else accreditedTo ??= target.code;
        listCountries.push(target.code);
        k = next + 1;
        // "Foreign ministers of Azerbaijan and Turkey X and Y".
        while (isWord(items[k], "and", ",") && items[skip(items, k + 1, "the")]?.kind === "actor") {
          const more = skip(items, k + 1, "the");
          listCountries.push((items[more] as { code: string }).code);
          k = more + 1;
        }
      } else if (isWord(w, "to", "in") && target?.kind === "actor" && role !== "head-of-state" && role !== "head-of-government") {
        if (envoy || isWord(w, "to")) accreditedTo = target.code;
        else country ??= target.code;
        k = next + 1;
      } else if (isWord(w, "to", "in") && target?.kind === "city" && envoy) {
        accreditedTo = target.city.country;
        k = next + 1;
      } else if (isWord(w, "for") && next < items.length) {
        // "Deputy Minister of Foreign Affairs for Consular Affairs X": a portfolio phrase of capitalised words.
        let q = k + 1;
        let demonym: string | null = null;
        while (q < k + 6 && q < items.length && (items[q]!.kind === "actor" || items[q]!.kind === "person" || (items[q]!.kind === "word" && (items[q] as { cap: boolean }).cap && /^[a-z]/i.test(items[q]!.text)) || isWord(items[q], "and"))) {
          const it = items[q]!;
          if (it.kind === "actor" && it.via === "demonym") demonym ??= it.code;
          q++;
        }
        if (q === k + 1) break;
        // The person's name is the last capitalised run; the phrase stops before it.
        if (items[q - 1]!.kind === "person" && q - 1 > k + 1) q--;
        if (demonym) {
          if (envoy) accreditedTo ??= demonym;
          else country ??= demonym;
        }
        k = q;
      } else break;
    }
    // The name follows the title: "Foreign Minister Jeyhun Bayramov", "Foreign Minister of Azerbaijan, Jeyhun Bayramov".
    const n = skipHonorifics(items, k);
    const gapOk = (i: number) => items[i]!.start - items[k - 1]!.end < 60;
    // Another title follows: "Chad's Permanent Representative to the UN, Ambassador X"; "Governor General and Commander-in-Chief of Canada X".
    const chained = items[n]?.kind === "title" ? n : isWord(items[n], "and") && items[n + 1]?.kind === "title" && !PLURAL_TITLE.test(title.text) ? n + 1 : -1;
    if (chained >= 0 && gapOk(chained) && !(items[chained] as TitleItem).title.match(COUNTERPART)) {
      inherited.set(chained, { country, accreditedTo, role: COUNTERPART.test(title.title) ? (items[chained] as TitleItem).role : role, former });
      continue;
    }
    const named = asPerson(items, n);
    if (named && gapOk(n)) {
      const plural = PLURAL_TITLE.test(title.text);
      const first = add(named, title, role, plural && listCountries.length > 1 ? listCountries[0]! : country, accreditedTo, "official.title-name", 0.9, former);
      // "Heads of state A and B", "Ambassadors A, B and C".
      if (plural && first) {
        const members = [first];
        let q = n + 1;
        for (let guard = 0; guard < 12; guard++) {
          const r = skipHonorifics(items, skip(items, q, ",", "and"));
          const person = asPerson(items, r);
          if (!person || r === q) break;
          const m = add(person, title, role, listCountries.length > members.length ? listCountries[members.length]! : listCountries.length > 1 ? null : country, accreditedTo, "official.title-name", 0.85, former);
          if (m) members.push(m);
          q = r + 1;
        }
        if (members.length > 1) for (const m of members) m.peers = members.filter((o) => o !== m).map((o) => o.name);
      }
      continue;
    }
    // Or precedes it in apposition: "Jeyhun Bayramov, the foreign minister of Azerbaijan".
    let p = t - 1;
    while (p >= 0 && ((items[p]!.kind === "word" && MODIFIERS.has(lowerOf(items[p]))) || items[p]!.kind === "actor" || isWord(items[p], "'s"))) p--;
    const appositive = asPerson(items, p - 1, true);
    if (isWord(items[p], ",", "(", "–", "—") && appositive && !(p - 2 >= 0 && isWord(items[p - 2], "in", "at", "to", "from"))) {
      add(appositive, title, role, country, accreditedTo, "official.name-apposition", 0.85, former);
      continue;
    }
    // Or is the subject's office: "X took over from Y as the island's top diplomat", "nominated X to be Ambassador to B".
    if (isWord(items[p], "as", "be", "become", "becomes", "became")) {
      for (let q = p - 1; q >= 0; q--) {
        const person = asPerson(items, q);
        if (!person) continue;
        if (NOT_SUBJECT_CUE.has(lowerOf(items[q - 1])) && !isWord(items[p], "be")) continue;
        add(person, title, role, country, accreditedTo, "official.as-title", 0.7, former);
        break;
      }
      continue;
    }
    // Lists after a plural title: "The ambassadors are A, representing Benin; B of Zimbabwe; C, Egypt".
    if (PLURAL_TITLE.test(title.text)) {
      for (let q = t + 1; q < items.length; q++) {
        const person = items[q];
        if (person?.kind !== "person") continue;
        const r = skip(items, q + 1, ",", "representing", "of", "from", "the");
        const actor = items[r];
        if (actor?.kind === "actor") add(person, title, role, actor.code, accreditedTo, "official.title-list", 0.75, former);
      }
    }
  }
  return out;
}

// Titles whose office depends on state practice ("Foreign Secretary" in India) take the state's reading.
function stateRole(title: string, country: string | null, role: Role): Role {
  const general = roleForTitle(title);
  const specific = roleForTitle(title, country);
  return specific && specific !== general ? specific : role;
}

const rank = (role: Role) => ROLE_RANK.get(role) ?? ROLES.length;

/** A person item, or a one-word city standing where a name is expected ("Rodriguez, the Cuban foreign minister"). */
function asPerson(items: Item[], i: number, allowCity = false): PersonItem | null {
  const it = items[i];
  if (it?.kind === "person") return it;
  if (allowCity && it?.kind === "city" && !/\s/.test(it.text) && !isWord(items[i - 1], "in", "at", "to", "from", "of", "near")) {
    return { kind: "person", name: it.text, from: it.from, to: it.to, start: it.start, end: it.end, text: it.text };
  }
  return null;
}

/** An actor standing before a title: "Israeli President", "Azerbaijan's new Foreign Minister", "Washington's envoy". */
function actorBefore(items: Item[], t: number): string | null {
  let p = t - 1;
  for (let guard = 0; p >= 0 && guard < 4 && items[p]!.kind === "word" && (MODIFIERS.has(lowerOf(items[p])) || /^[a-z][a-z-]+$/.test(lowerOf(items[p]))) && !NOT_SUBJECT_CUE.has(lowerOf(items[p])) && !STOP_BEFORE.has(lowerOf(items[p])); guard++) p--;
  if (isWord(items[p], "'s")) p--;
  const it = items[p];
  if (it?.kind === "actor") return it.code;
  // "Washington DC ambassador to Nairobi": a capital before an envoy's title stands for its state.
  if (it?.kind === "city" && it.city.capital && items[p + 1] !== undefined && (p === t - 1 || isWord(items[p + 1], "'s"))) return it.city.country;
  return null;
}
// Words across which an actor no longer qualifies the title ("Chinese Embassy officials met with Foreign Minister X").
const STOP_BEFORE = new Set(["met", "said", "says", "told", "with", "and", "or", "but", "by", "at", "on", "in", "that", "who", "which", "as", "is", "was", "were", "are", "be", "been", "has", "had", "have", "will", "would", "between", "among", "while", "when", "after", "before", "during", "welcomed", "received", "hosted", "called", "urged", "thanked"]);

function pastBefore(items: Item[], t: number): boolean {
  for (let p = t - 1; p >= 0 && p >= t - 4; p--) {
    const w = lowerOf(items[p]);
    if (PAST.has(w)) return true;
    if (!(MODIFIERS.has(w) || items[p]!.kind === "actor" || w === "'s" || /^[a-z][a-z-]+$/.test(w))) return false;
  }
  return false;
}

function skip(items: Item[], from: number, ...words: string[]): number {
  let i = from;
  while (i < items.length && items[i]!.kind === "word" && words.includes(lowerOf(items[i]).replace(/\.$/, ""))) i++;
  return i;
}

// Commas, articles and honorifics between a title and a name: "Governor-General, His Excellency, the Most Hon. Sir X".
function skipHonorifics(items: Item[], from: number): number {
  let i = from;
  while (i < items.length && items[i]!.kind === "word") {
    const w = lowerOf(items[i]);
    if (w === "," || w === "the" || w === "." || w === ":" || isHonorific(w) || /^(?:honou?rable|excellency|h\.e|he|hon|rt|mr|mrs|ms|dr|prof|professor)$/.test(w.replace(/\.$/, ""))) i++;
    else break;
  }
  return i;
}

const tokensOf = (name: string) => name.toLowerCase().split(/\s+/).filter(Boolean);
const lastToken = (name: string) => tokensOf(name).at(-1)!;
// One name is the other's shorter form: same last word and every word found in the longer one, or a family name written first ("Wang" of "Wang Yi").
function sameName(short: string, long: string): boolean {
  const s = tokensOf(short);
  const l = tokensOf(long);
  if (s.join(" ") === l.join(" ")) return true;
  if (s.length >= l.length) return false;
  return s.at(-1) === l.at(-1) && s.every((w) => l.includes(w));
}

/** Groups official mentions into people (surname-only mentions join the full name) and settles each one's country. */
export function resolvePeople(
  mentions: OfficialMention[],
  analysed: { sentence: Sentence; items: Item[] }[],
  actorCounts: Map<string, number>,
): PersonRecord[] {
  const people: PersonRecord[] = [];
  const sorted = [...mentions].sort((a, b) => b.name.split(" ").length - a.name.split(" ").length || a.start - b.start);
  for (const m of sorted) {
    const same = people.filter((p) => sameName(m.name, p.name));
    // A surname shared by two people ("Idriss Deby", "Mahamat Idriss Deby") joins the one whose office matches.
    const target = same.find((p) => p.mentions.some((o) => o.role === m.role)) ?? same[0];
    if (target) target.mentions.push(m);
    else people.push({ name: m.name, country: null, mentions: [m] });
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  people.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);

  const byName = new Map(people.map((p) => [p.name, p]));
  const home = homeActors(analysed, actorCounts);
  const explicit = (p: PersonRecord) => p.mentions.find((m) => m.country)?.country ?? null;
  for (const p of people) p.country = explicit(p);
  // Second pass, in document order: people whose state no mention gives.
  for (const p of people) {
    if (p.country) continue;
    const excluded = new Set<string>();
    for (const m of p.mentions) {
      for (const c of m.notCountries ?? []) excluded.add(c);
      if (m.accreditedTo) excluded.add(m.accreditedTo);
      for (const peer of m.peers ?? []) {
        const other = byName.get(peer) ?? people.find((o) => sameName(peer, o.name));
        if (other?.country) excluded.add(other.country);
      }
    }
    // Officials of another state named beside this one with the same office: counterparts ("Foreign Ministers A and B").
    for (const m of p.mentions) {
      for (const o of people) {
        if (o === p || !o.country) continue;
        if (o.mentions.some((om) => om.sentence === m.sentence && om.role === m.role && om.country)) excluded.add(o.country);
      }
    }
    const first = p.mentions[0]!;
    const hinted = p.mentions.map((m) => titleCountries(m.title)).find((list) => list.length);
    const fromTitle = hinted?.length === 1 ? hinted[0] : hinted?.find((c) => actorCounts.has(c) && !excluded.has(c));
    const recent = first.counterpart ? recentActor(analysed, first, excluded) : null;
    p.country = (fromTitle && !excluded.has(fromTitle) ? fromTitle : null) ?? recent ?? home.find((c) => !excluded.has(c)) ?? null;
  }
  for (const p of people) {
    for (const m of p.mentions) {
      // Titles whose office depends on the state ("Foreign Secretary") are read again once the state is known.
      m.role = stateRole(m.title, p.country, m.role);
      // "my counterpart from Laos, X": the office of the document's first official of another state.
      if (m.counterpart) {
        const other = people.find((o) => o !== p && o.country !== p.country && o.mentions.some((om) => !om.counterpart && om.start < m.start));
        if (other) m.role = other.mentions[0]!.role;
      }
    }
    // A former office holder counts only when they act in an event the article reports.
    if (p.mentions.every((m) => m.former) && !p.mentions.some((m) => ACTING.test(m.sentence.text))) p.country = null;
  }
  return people;
}

/** The states the document is about, most likely home of an unqualified official first: the dateline's, then by mentions. */
function homeActors(analysed: { sentence: Sentence; items: Item[] }[], actorCounts: Map<string, number>): string[] {
  const score = new Map<string, number>();
  for (const [code, n] of actorCounts) if (!ORGANISATIONS.has(code)) score.set(code, n);
  // Possessives mark the state whose doings the article follows ("Pakistan's desire").
  for (const { items } of analysed) {
    for (let i = 0; i + 1 < items.length; i++) {
      const it = items[i]!;
      if (it.kind === "actor" && score.has(it.code) && isWord(items[i + 1], "'s")) score.set(it.code, score.get(it.code)! + 1);
    }
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  const dateline = datelineActor(analysed[0]);
  return dateline ? [dateline, ...ranked.filter((c) => c !== dateline)] : ranked;
}

// "BRASILIA —", "Lima, December 20 (RHC) --", "KUALA LUMPUR (May 10):" open the first sentence.
function datelineActor(first: { sentence: Sentence; items: Item[] } | undefined): string | null {
  if (!first) return null;
  const lead = first.items.find((it) => it.kind !== "word");
  if (!lead || lead.start - first.sentence.start > 30) return null;
  const after = first.sentence.text.slice(lead.end - first.sentence.start, lead.end - first.sentence.start + 3);
  if (!/^\s*[—–\-(,:]/.test(after)) return null;
  if (lead.kind === "actor" && !ORGANISATIONS.has(lead.code)) return lead.code;
  if (lead.kind === "city") return lead.city.country;
  return null;
}

/** The state named last before a mention (in its sentence or the ones before), skipping excluded ones. */
function recentActor(analysed: { sentence: Sentence; items: Item[] }[], m: OfficialMention, excluded: Set<string>): string | null {
  const at = analysed.findIndex((a) => a.sentence === m.sentence);
  for (let s = at; s >= 0 && s >= at - 3; s--) {
    const items = analysed[s]!.items;
    for (let i = items.length - 1; i >= 0; i--) {
      const it = items[i]!;
      if (s === at && it.start > m.end) continue;
      const code = it.kind === "actor" ? it.code : it.kind === "city" ? it.city.country : null;
      if (code && !excluded.has(code) && !ORGANISATIONS.has(code)) return code;
    }
  }
  return null;
}

export function indexPeople(people: PersonRecord[]): (name: string) => PersonRecord | undefined {
  const byName = new Map<string, PersonRecord>();
  const byLast = new Map<string, PersonRecord | null>();
  const byFirst = new Map<string, PersonRecord | null>();
  for (const p of people) {
    byName.set(p.name, p);
    const key = lastToken(p.name);
    byLast.set(key, byLast.has(key) && byLast.get(key) !== p ? null : p);
    // Family names written first ("Wang Yi", later "Wang").
    const head = tokensOf(p.name)[0]!;
    if (tokensOf(p.name).length === 2) byFirst.set(head, byFirst.has(head) && byFirst.get(head) !== p ? null : p);
  }
  return (name) => {
    const key = lastToken(name);
    return byName.get(name) ?? byLast.get(key) ?? (tokensOf(name).length === 1 && !byLast.has(key) ? byFirst.get(key) : undefined) ?? undefined;
  };
}
