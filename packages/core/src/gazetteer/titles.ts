import * as z from "zod";
import titlesData from "../../data/titles.json" with { type: "json" };
import { Role } from "../model/official.js";
import { loadBundledDictionary } from "./dictionary.js";

// ("Vice-Minister of Transport": the rank may be joined to "minister" by a hyphen.)
// ("Minister of the Presidency": the Iberian and Latin American minister who runs the president's office.)
const PORTFOLIO = /^(?:(deputy|vice|assistant|state|junior)[ -])?minister (?:of|for|in charge of) (?:state for )?(?:[a-z]+,? (?:and )?){0,4}(?:affairs|trade|cooperation|defen[cs]e|finance|economy|economics|justice|interior|health|education|relations|development|industry|energy|agriculture|commerce|culture|tourism|security|expatriates|diaspora|investment|planning|integration|information|communications?|transport(?:ation)?|environment|labou?r|youth|sports?|water|mines|mining|petroleum|oil|fisheries|housing|infrastructure|science|technology|works|lands|women|gender|genders|equity|equality|diversity|resources|broadcasting|presidency|digitali[sz]ation|innovation|media|telecommunications|enterprise|employment|climate|heritage|arts|immigration|migration|marine|food|children|protection|research)$/;

// "Defence Minister", "Sports Minister": a portfolio before the word minister.
const PORTFOLIO_BEFORE = /^(?:(deputy|vice|assistant|state|junior) )?(?:defen[cs]e|finance|interior|home|trade|economy|economic|economics|justice|health|education|sports?|culture|tourism|energy|agriculture|commerce|industry|labou?r|transport|environment|information|planning|investment|security|youth|oil|petroleum|mining|fisheries|agriculture|communications?|infrastructure|housing|water|science|technology|development|integration|european affairs|internal affairs|economy and finance|trade and industry)(?: affairs)? minister$/;

// ("International Relations and Cooperation Minister", South Africa's; "Foreign and Expatriates Minister", Syria's.)
const FOREIGN_BEFORE = /^(?:(deputy|vice|assistant|state|junior) )?(?:foreign (?:and [a-z]+ )?affairs|foreign and (?:expatriates|emigrants|diaspora|trade|european affairs)|international relations|external relations) (?:and [a-z]+ )?minister$/;

/** titles.json's body, checked in full by gazetteer.test.ts rather than at every start. */
export const TITLES_FILE = z.object({
  titles: z.record(z.string(), Role),
  southAsiaForeignSecretary: z.array(z.string()),
  /** Where "Chancellor" (Canciller, Chanceler) is the foreign minister: Spanish- and Portuguese-speaking Latin America. */
  chancellorForeignMinister: z.array(z.string()),
  notTitles: z.array(z.string()),
  /** Not-titles that name an office when written capitalised: "Opposition Leader X" (a parliament's), not "opposition leader X". */
  capitalisedTitles: z.record(z.string(), Role),
  titleCountries: z.record(z.string(), z.array(z.string())),
});
let cache: {
  titles: ReadonlyMap<string, Role>;
  southAsia: ReadonlySet<string>;
  chancellorIsForeignMinister: ReadonlySet<string>;
  notTitles: ReadonlySet<string>;
  capitalisedTitles: ReadonlyMap<string, Role>;
  titleCountries: ReadonlyMap<string, readonly string[]>;
  maxWords: number;
  /** First word of a title (lower case) → the most words a title starting with it has. */
  spans: ReadonlyMap<string, number>;
  /** Every listed title and not-title, word by word. */
  words: TitleWords;
} | null = null;

/** A word trie of the listed titles and not-titles: `key` marks where one ends. */
export interface TitleWords {
  key: boolean;
  next: Map<string, TitleWords>;
}

// Titles read by shape rather than listed: "Minister of X Affairs", "Defence Minister".
const PORTFOLIO_HEADS = ["minister", "deputy", "vice", "assistant", "state", "junior", "deputy-minister", "vice-minister", "assistant-minister"];
const PORTFOLIO_WORDS = ("defence defense finance interior home trade economy economic economics justice health education sport sports culture tourism " +
  "energy agriculture commerce industry labour labor transport transportation environment information planning investment security youth oil petroleum " +
  "mining fisheries communication communications infrastructure housing water science technology development integration european internal").split(" ");

function load() {
  if (cache) return cache;
  const data = loadBundledDictionary<z.infer<typeof TITLES_FILE>>("titles.json", titlesData, ["titles", "southAsiaForeignSecretary", "chancellorForeignMinister", "notTitles", "capitalisedTitles", "titleCountries"]);
  const titles = new Map(Object.entries(data.titles).map(([k, v]) => [k.replace(/’/g, "'"), v]));
  const maxWords = Math.max(...[...titles.keys(), ...data.notTitles].map((k) => k.split(" ").length));
  cache = {
    titles,
    southAsia: new Set(data.southAsiaForeignSecretary),
    chancellorIsForeignMinister: new Set(data.chancellorForeignMinister),
    notTitles: new Set(data.notTitles),
    capitalisedTitles: new Map(Object.entries(data.capitalisedTitles)),
    titleCountries: new Map(Object.entries(data.titleCountries)),
    maxWords,
    spans: spansOf([...titles.keys(), ...data.notTitles], maxWords),
    words: wordTrie([...titles.keys(), ...data.notTitles]),
  };
  return cache;
}

function wordTrie(keys: string[]): TitleWords {
  const root: TitleWords = { key: false, next: new Map() };
  for (const key of keys) {
    let at = root;
    for (const word of key.split(" ")) {
      let child = at.next.get(word);
      if (!child) at.next.set(word, (child = { key: false, next: new Map() }));
      at = child;
    }
    at.key = true;
  }
  return root;
}

function spansOf(keys: string[], maxWords: number): Map<string, number> {
  const spans = new Map<string, number>();
  for (const key of keys) {
    const words = key.split(" ");
    spans.set(words[0]!, Math.max(spans.get(words[0]!) ?? 0, words.length));
  }
  for (const head of PORTFOLIO_HEADS) spans.set(head, maxWords + 1);
  for (const word of [...PORTFOLIO_WORDS, "foreign", "external", "international"]) spans.set(word, Math.max(spans.get(word) ?? 0, 6));
  return spans;
}

/**
 * The most words a title starting with `firstWord` (lower case) can have; 0 when no title starts with it.
 * Lets a scanner skip the n-gram lookups at words that open no title.
 */
export function titleSpan(firstWord: string): number {
  return load().spans.get(firstWord.includes("’") || firstWord.includes("´") ? firstWord.replace(/[’´]/g, "'") : firstWord) ?? 0;
}

// Scanners look up every n-gram: most are already keys (lower case, single spaces), so test before replacing.
const NEEDS_KEYING = /’|\s\s|[^\S ]|^\s|\s$/;
const keyOf = (title: string) => {
  const lower = title.toLowerCase();
  return NEEDS_KEYING.test(lower) ? lower.replace(/’/g, "'").replace(/\s+/g, " ").trim() : lower;
};

/** Words shaped like a title that hold no state office: "opposition leader", "party president". */
export function isNotTitle(title: string): boolean {
  return load().notTitles.has(keyOf(title));
}

/** The office a not-title names when written capitalised ("Opposition Leader" → legislator); undefined for others. */
export function capitalisedTitleRole(title: string): Role | undefined {
  return load().capitalisedTitles.get(keyOf(title));
}

/**
 * The states whose practice a title implies when the text names none, most likely first
 * ("Taoiseach" → IE; "Foreign Secretary" → GB, then the South Asian states).
 * @example titleCountries("Taoiseach") // ["IE"]
 */
export function titleCountries(title: string): readonly string[] {
  return load().titleCountries.get(keyOf(title)) ?? [];
}

/**
 * Maps a title as written to a role; `country` settles titles whose meaning depends on state practice
 * ("Foreign Secretary" is the minister in the UK but a civil servant in South Asia; "Chancellor" heads Germany's government
 * but Chile's foreign ministry).
 * @example roleForTitle("Minister of Foreign Affairs") // "foreign-minister"
 */
export function roleForTitle(title: string, country?: string | null): Role | undefined {
  const { titles, southAsia, chancellorIsForeignMinister } = load();
  const key = keyOf(title);
  const role = titles.get(key);
  if (key === "foreign secretary" && country && southAsia.has(country)) return "official";
  if (key === "chancellor" && country && chancellorIsForeignMinister.has(country)) return "foreign-minister";
  if ((key === "vice chancellor" || key === "vice-chancellor") && country && chancellorIsForeignMinister.has(country)) return "deputy-foreign-minister";
  if (role) return role;
  if (!key.includes("minister")) return undefined;
  // "Minister of X Affairs", "Minister for Trade": portfolios are open-ended, so read the shape, not a list.
  // "Foreign and European Affairs Minister", "Foreign Affairs and Trade Minister".
  const foreignBefore = FOREIGN_BEFORE.exec(key);
  if (foreignBefore) return foreignBefore[1] ? "deputy-foreign-minister" : "foreign-minister";
  const before = PORTFOLIO_BEFORE.exec(key);
  if (before) return "minister";
  const portfolio = PORTFOLIO.exec(key);
  if (!portfolio) return undefined;
  // ("Minister of State for Foreign Trade" is a trade minister; a "Minister for European Affairs" serves beside the
  // foreign minister, as "European Affairs Minister" does, unless the title says "foreign and European affairs".)
  const foreign = /foreign(?! trade)|external(?! trade)|asean|international (?:affairs|relations)/.test(key);
  if (portfolio[1]) return foreign ? "deputy-foreign-minister" : "minister";
  return foreign ? "foreign-minister" : "minister";
}

export function titleIndex(): ReadonlyMap<string, Role> {
  return load().titles;
}

/**
 * The listed titles and not-titles as a word trie (lower case, ' for ’). A phrase that is not a path to a `key` in it
 * is no listed title, so `roleForTitle` reads it only by shape, and only when it says "minister".
 */
export function titleWords(): TitleWords {
  return load().words;
}

export function maxTitleWords(): number {
  return load().maxWords;
}
