import * as z from "zod";
import actorNamesData from "../../data/actor-names.json" with { type: "json" };
import actorsData from "../../data/actors.json" with { type: "json" };
import metonymData from "../../data/metonyms.json" with { type: "json" };
import { Actor, ActorCode } from "../model/actor.js";
import { unaccented } from "../unaccented.js";
import { lookupCity } from "./cities.js";
import { loadBundledDictionary } from "./dictionary.js";

const namesake = (capital: string, code: string) => {
  const city = lookupCity(capital);
  return city !== undefined && city.country !== code;
};

let cache: {
  actors: readonly Actor[];
  byCode: ReadonlyMap<string, Actor>;
  regions: Readonly<Record<string, readonly [string, string]>>;
  islands: ReadonlySet<string>;
  names: ReadonlyMap<string, ActorNameHit>;
  spans: ReadonlyMap<string, number>;
} | null = null;

/** How a piece of text names an actor: by name ("Azerbaijan"), demonym ("Azeri"), capital ("Baku") or body ("the Kremlin"). */
export type ActorNameKind = "name" | "demonym" | "capital" | "body";
export interface ActorNameHit {
  code: string;
  kind: ActorNameKind;
}

// Earlier kinds win when two actors claim the same string: a country's own name beats another's capital.
const KIND_RANK: Record<ActorNameKind, number> = { name: 0, demonym: 1, body: 2, capital: 3 };

/** The data files' bodies, checked in full by gazetteer.test.ts rather than at every start. */
export const ACTORS_FILE = z.object({ actors: z.array(Actor), regions: z.record(ActorCode, z.tuple([z.string().min(1), z.string()])), islands: z.array(ActorCode) });
export const METONYMS_FILE = z.object({ entries: z.record(z.string(), ActorCode.nullable()) });

/** actor-names.json's body: the name table and its spans, a line an entry. */
export const ACTOR_NAMES_FILE = z.object({ names: z.string(), spans: z.string() });
type ActorNamesFile = z.infer<typeof ACTOR_NAMES_FILE>;

function load() {
  if (cache) return cache;
  const { actors, regions, islands } = loadBundledDictionary<z.infer<typeof ACTORS_FILE>>("actors.json", actorsData, ["actors", "regions", "islands"]);
  const byCode = new Map(actors.map((a) => [a.code, a]));
  // Read from the generated table, not built from the dictionaries at every start: building it (accents, plurals,
  // the capitals' namesakes in the city table) was a tenth of a one-article CLI run.
  const file = loadBundledDictionary<ActorNamesFile>("actor-names.json", actorNamesData, ["names", "spans"]);
  const names = new Map<string, ActorNameHit>();
  for (const line of file.names.split("\n")) {
    const [key, code, kind] = line.split("\t") as [string, string, ActorNameKind];
    names.set(key, { code, kind });
  }
  const spans = new Map<string, number>();
  for (const line of file.spans.split("\n")) {
    const tab = line.indexOf("\t");
    spans.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  cache = { actors, byCode, regions, islands: new Set(islands), names, spans };
  return cache;
}

/**
 * The name table and spans as the dictionaries give them: what data/actor-names.json must hold (actor-trie.test.ts
 * writes and checks it). @internal
 */
export function buildActorNames(): { names: Map<string, ActorNameHit>; spans: Map<string, number> } {
  const { actors } = loadBundledDictionary<z.infer<typeof ACTORS_FILE>>("actors.json", actorsData, ["actors", "regions"]);
  const { entries } = loadBundledDictionary<z.infer<typeof METONYMS_FILE>>("metonyms.json", metonymData, ["entries"]);
  const names = new Map<string, ActorNameHit>();
  const add = (text: string, hit: ActorNameHit) => {
    const key = text.replace(/^the /i, "").replace(/’/g, "'");
    // English text often drops accents ("Bogota", "Brasilia", "Cote d'Ivoire"): index both spellings. Names joined by
    // "and" are written with "&" as often ("Trinidad & Tobago", "Antigua & Barbuda").
    const keys = [key, unaccented(key)];
    for (const k of keys.slice()) if (k.includes(" and ")) keys.push(k.replaceAll(" and ", " & "));
    for (const k of new Set(keys)) {
      const prev = names.get(k);
      if (!prev || KIND_RANK[hit.kind] < KIND_RANK[prev.kind]) names.set(k, hit);
    }
  };
  for (const a of actors) {
    add(a.name, { code: a.code, kind: "name" });
    for (const alias of a.aliases) add(alias, { code: a.code, kind: "name" });
    for (const d of a.demonyms) {
      add(d, { code: a.code, kind: "demonym" });
      // Plural nouns ("Germans", "Israelis"); demonyms in -ese, -ch, -sh do not take an s.
      if (!/(?:ese|ch|sh|s|\.)$/.test(d)) add(`${d}s`, { code: a.code, kind: "demonym" });
    }
    // Organisations' seats are not metonyms for the organisation ("Brussels" is Belgium's capital first).
    // (Nor a territory's seat that a larger town elsewhere is named after: "George Town" is Penang's before Cayman's.)
    // (Nor a capital whose name needs its article: "The Valley" is Anguilla's, "Loire Valley" no one's.)
    if (a.capital && a.kind !== "organisation" && !(a.kind === "territory" && namesake(a.capital, a.code)) && !/^the /i.test(a.capital)) add(a.capital, { code: a.code, kind: "capital" });
  }
  for (const [text, code] of Object.entries(entries)) if (code) add(text, { code, kind: "body" });
  const spans = new Map<string, number>();
  for (const key of names.keys()) {
    const words = key.split(" ");
    // Punctuation becomes tokens of its own ("Washington, D.C."): count it in; so too an "&" between letters, and
    // the letters after it ("T&T" is "T", "&", "T").
    const length = words.length + (key.match(/[,()]|'s\b/g)?.length ?? 0) + 2 * (key.match(/\S&\S/g)?.length ?? 0);
    // The tokenizer splits "People's" into "People" + "'s", "St." into "St" + ".", and "T&T" into "T" + "&" + "T".
    for (const first of new Set([words[0]!, words[0]!.replace(/[.,]+$/, ""), words[0]!.replace(/'s$/, ""), words[0]!.split("&")[0]!])) spans.set(first, Math.max(spans.get(first) ?? 0, length));
  }
  return { names, spans };
}

/** Every state, territory and organisation Chancery knows, sorted by code. */
export function listActors(): readonly Actor[] {
  return load().actors;
}

/** The actor with this code (AZ, PS, AFRICAN-UNION), or undefined. */
export function getActor(code: string): Actor | undefined {
  return load().byCode.get(code.toUpperCase());
}

/**
 * A country's region and subregion in the UN geoscheme, as world-countries spells them.
 * @example regionOf("CR") // ["Americas", "Central America"]
 */
export function regionOf(code: string): readonly [region: string, subregion: string] | undefined {
  return load().regions[code];
}

/**
 * Whether a state lies on islands (no land border, or an island shared with a neighbour): "the island nation".
 * @example isIslandState("FJ") // true
 */
export function isIslandState(code: string): boolean {
  return load().islands.has(code);
}

export function isKnownActor(code: string): boolean {
  return load().byCode.has(code);
}

/**
 * Resolves a name, alias, demonym, capital or government body to an actor code.
 * @example lookupActorName("Azeri") // { code: "AZ", kind: "demonym" }
 */
export function lookupActorName(text: string): ActorNameHit | undefined {
  const names = load().names;
  const key = text.replace(/’/g, "'");
  return names.get(key) ?? names.get(key.replace(/^the /i, ""));
}

/** The longest number of words in any actor name, so scanners know how far to look ahead. */
export function actorNameIndex(): ReadonlyMap<string, ActorNameHit> {
  return load().names;
}

/** The most tokens an actor name starting with `firstToken` can span; 0 when no name starts with it. */
export function actorNameSpan(firstToken: string): number {
  return load().spans.get(firstToken.includes("’") ? firstToken.replace(/’/g, "'") : firstToken) ?? 0;
}

// Territories whose foreign affairs another state conducts (not Taiwan, whose offices are its own).
const GOVERNED_BY: Readonly<Record<string, string>> = {
  HK: "CN", MO: "CN", PR: "US", GU: "US", VI: "US", AS: "US", MP: "US", GL: "DK", FO: "DK", CW: "NL", AW: "NL", SX: "NL", BQ: "NL",
  NC: "FR", PF: "FR", RE: "FR", GP: "FR", MQ: "FR", GF: "FR", YT: "FR", PM: "FR", WF: "FR", BL: "FR", MF: "FR",
  BM: "GB", KY: "GB", VG: "GB", TC: "GB", GI: "GB", FK: "GB", MS: "GB", AI: "GB", SH: "GB", IM: "GB", JE: "GB", GG: "GB",
  TK: "NZ", NF: "AU", CX: "AU", CC: "AU", EH: "MA", AX: "FI", SJ: "NO",
};

/**
 * The state that conducts a dependent territory's foreign affairs, else the code itself: posts in Hong Kong are posts
 * in China, a visit to Macau is one to China. (Not Taiwan, nor the Cook Islands and Niue, which conduct their own relations.)
 * @example governingState("HK") // "CN"
 */
export function governingState(code: string): string {
  return GOVERNED_BY[code] ?? code;
}
