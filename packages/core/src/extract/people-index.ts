// The document's people grouped from their mentions, and the look-ups (by name, sentence, office) that every step of
// resolvePeople asks: built once per document, read by the cues, the exclusions and the placing.
import { homeActors } from "./document-home.js";
import { cleanName, type Item } from "./mentions.js";
import type { OfficialMention, PersonRecord } from "./officials.js";
import { beforeParticle, betweenParticles, lastKey, paternalName, patronymKey, sameName, tokensOf } from "./person-names.js";
import type { Sentence } from "./sentences.js";
import { type Visit, visitedPlaces } from "./visits.js";
import { countSpaces } from "./word-shape.js";

/** What resolvePeople's steps share: the document's people and the look-ups over them, all fields set at once. */
export interface PeopleIndex {
  people: PersonRecord[];
  mentions: OfficialMention[];
  analysed: { sentence: Sentence; items: Item[] }[];
  actorCounts: Map<string, number>;
  publisher: string | null;
  governmentSite: boolean;
  published: string | null;
  byLast: Map<string, PersonRecord[]>;
  byFirst: Map<string, PersonRecord[]>;
  byName: Map<string, PersonRecord>;
  mentionsBySentence: Map<Sentence, OfficialMention[]>;
  inSentence: Map<Sentence, PersonRecord[]>;
  offices: Map<PersonRecord, Set<string>>;
  /** Counterparts named across sentences: the states each person does not serve. */
  notCountries: Map<PersonRecord, Set<string>>;
  sentencesByPerson: Map<PersonRecord, Set<number>>;
  /** The people whose state a mention or a pronoun gave. */
  stated: Set<PersonRecord>;
  delegations: Map<PersonRecord, string>;
  // (Read only once someone's state is still open after their mentions, and the document's home only for the few that
  // no cue places.)
  visits: Visit[] | undefined;
  home: string[] | undefined;
}

/** The mentions grouped into people, in document order, and the look-ups the later steps ask. */
export function indexMentions(
  mentions: OfficialMention[],
  analysed: { sentence: Sentence; items: Item[] }[],
  actorCounts: Map<string, number>,
  publisher: string | null,
  governmentSite: boolean,
  published: string | null,
): PeopleIndex {
  const people: PersonRecord[] = [];
  // Same person ⇒ same last name token (sameName), so candidates are looked up by it: linear, not quadratic.
  const byLast = new Map<string, PersonRecord[]>();
  // Family names written first ("Park Jiwon", later "Park"; "Wang Yi", later "Wang"): a one-word mention no last name
  // fits joins the one person whose first word it is.
  const byFirst = new Map<string, PersonRecord[]>();
  // "Luiz Inácio Lula da Silva", later "Lula"; "Esteban Quirós Salazar", later "Quirós" (the first of two family
  // names, as Spanish usage calls a person).
  const byParticle = new Map<string, PersonRecord[]>();
  // "Sheikh Abdullah bin Rashid Al Falasi", later "Sheikh Abdullah bin Rashid": a Gulf name's given name and patronym,
  // the family name left off.
  const byPatronym = new Map<string, PersonRecord[]>();
  // (The words of each name counted once, not at every comparison of the sort.)
  // (Counted, not split: split builds an array of the words.)
  const sorted: { m: OfficialMention; words: number }[] = [];
  for (const m of mentions) sorted.push({ m, words: countSpaces(m.name) + 1 });
  sorted.sort(longestNameFirst);
  for (const { m } of sorted) {
    const same = (byLast.get(lastKey(m.name)) ?? []).filter((p) => sameName(m.name, p.name));
    // A surname shared by two people ("Idriss Deby", "Mahamat Idriss Deby") joins the one whose office matches.
    // ("Isabel de Saint Malo de Alvarado", later "Saint Malo": the family name between particles, of two or three words.)
    const calledBy = tokensOf(m.name).length <= 3 && !same.length ? byParticle.get(tokensOf(m.name).join(" ")) : undefined;
    // (same[0] only when there is one: a read past the end costs the optimised code.)
    const patronymOf = !same.length && !calledBy && m.name.includes(" bin") ? byPatronym.get(tokensOf(m.name).join(" ")) : undefined;
    const target = same.length ? (same.find((p) => p.mentions.some((o) => o.role === m.role)) ?? same[0]) : (familyFirst(byLast, byFirst, m.name) ?? (calledBy?.length === 1 ? calledBy[0] : patronymOf?.length === 1 ? patronymOf[0] : undefined));
    if (target) target.mentions.push(m);
    else {
      const person: PersonRecord = { name: m.name, country: null, mentions: [m], stateFromDocument: false };
      people.push(person);
      listOf(byLast, lastKey(m.name)).push(person);
      const words = tokensOf(m.name);
      if (words.length === 2 || words.length === 3) listOf(byFirst, words[0]!).push(person);
      for (const short of beforeParticle(m.name)) listOf(byParticle, short).push(person);
      const between = betweenParticles(m.name);
      if (between) listOf(byParticle, between).push(person);
      const paternal = paternalName(words);
      if (paternal) listOf(byParticle, paternal).push(person);
      const patronym = patronymKey(words);
      if (patronym) listOf(byPatronym, patronym).push(person);
      // "Sheikh Tamim bin Hamad Al Thani", elsewhere "Emir Tamim": a Gulf name's given name alone, as its usage calls
      // a ruler or a minister (shorter ones, "Salman bin Abdulaziz", are found by their first word already).
      if (patronym && words.length > 3 && !byParticle.get(words[0]!)?.includes(person)) listOf(byParticle, words[0]!).push(person);
    }
  }
  for (const p of people) p.mentions.sort(byStart);
  people.sort(byFirstMention);

  const byName = new Map<string, PersonRecord>();
  for (const p of people) byName.set(p.name, p);
  const mentionsBySentence = new Map<Sentence, OfficialMention[]>();
  for (const m of mentions) listOf(mentionsBySentence, m.sentence).push(m);
  const inSentence = new Map<Sentence, PersonRecord[]>();
  for (const p of people) {
    for (const m of p.mentions) {
      const here = listOf(inSentence, m.sentence);
      if (!here.includes(p)) here.push(p);
    }
  }
  return {
    people, mentions, analysed, actorCounts, publisher, governmentSite, published, byLast, byFirst, byName, mentionsBySentence, inSentence,
    offices: new Map(), notCountries: new Map(), sentencesByPerson: new Map(), stated: new Set(), delegations: new Map(), visits: undefined, home: undefined,
  };
}

const longestNameFirst = (a: { m: OfficialMention; words: number }, b: { m: OfficialMention; words: number }) => b.words - a.words || a.m.start - b.m.start;
const byStart = (a: OfficialMention, b: OfficialMention) => a.start - b.start;
export const byFirstMention = (a: PersonRecord, b: PersonRecord) => a.mentions[0]!.start - b.mentions[0]!.start;

function familyFirst(byLast: ReadonlyMap<string, PersonRecord[]>, byFirst: ReadonlyMap<string, PersonRecord[]>, name: string): PersonRecord | undefined {
  const words = tokensOf(name);
  const named = words.length === 1 && !byLast.has(words[0]!) ? byFirst.get(words[0]!) : undefined;
  return named?.length === 1 ? named[0] : undefined;
}

export function findPerson(doc: PeopleIndex, name: string): PersonRecord | undefined {
  return doc.byName.get(name) ?? (doc.byLast.get(lastKey(name)) ?? []).find((o) => sameName(name, o.name)) ?? familyFirst(doc.byLast, doc.byFirst, name);
}

export function officeIn(doc: PeopleIndex, o: PersonRecord): Set<string> {
  return doc.offices.get(o) ?? doc.offices.set(o, new Set(o.mentions.map((om) => `${om.sentence.index}|${om.role}`))).get(o)!;
}

export function sentencesFor(doc: PeopleIndex, p: PersonRecord): Set<number> {
  return doc.sentencesByPerson.get(p) ?? doc.sentencesByPerson.set(p, sentencesOf(p, doc.analysed)).get(p)!;
}

export const visitsOf = (doc: PeopleIndex): Visit[] => (doc.visits ??= visitedPlaces(doc.analysed));
export const homeOf = (doc: PeopleIndex): string[] => (doc.home ??= homeActors(doc.analysed, doc.actorCounts, visitsOf(doc), doc.publisher));

/** The list kept under `key`, made empty the first time: lists grow in place rather than copied at each entry. */
export function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** The person other than `self` whose mention comes last before `m`. */
export function namedBefore(people: PersonRecord[], m: OfficialMention, self: PersonRecord): PersonRecord | undefined {
  let best: PersonRecord | undefined;
  let at = -1;
  for (const o of people) {
    if (o === self) continue;
    for (const om of o.mentions) if (om.start < m.start && om.start > at) [best, at] = [o, om.start];
  }
  return best;
}

/** Indexes of the sentences that name the person, with or without a title. */
function sentencesOf(p: PersonRecord, analysed: { sentence: Sentence; items: Item[] }[]): Set<number> {
  const out = new Set<number>();
  const mentioned = new Set(p.mentions.map((m) => m.sentence));
  analysed.forEach((a, i) => {
    if (mentioned.has(a.sentence) || a.items.some((it) => it.kind === "person" && sameName(cleanName(it.name), p.name))) out.add(i);
  });
  return out;
}
