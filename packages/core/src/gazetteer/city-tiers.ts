import { createKeyFilter } from "./key-filter.js";

/**
 * What a bundle may carry beside a city table that costs to read (the CLI's is a 1.3 MB file, read on first use: 20 ms
 * of a one-article run): a filter of every key (key-filter.ts) and the rows of the larger cities, a subset of the
 * table's rows in the same order. A lookup the filter rules out, or the larger cities answer, leaves the table unread,
 * and the answer is the same either way (cities.ts; city-tiers.test.ts).
 */
export interface CityTiers {
  filter?: string;
  largerCities?: string;
}

/** The tiers of a table (cities.json's rows): its keys' filter, and the capitals' rows and those of `people` or more. */
export function cityTiers(table: string, people: number): Required<CityTiers> {
  const rows = table.split("\n");
  const larger = rows.filter((row) => {
    const [, , , , , population, capital] = row.split("\t");
    return capital === "1" || Number(population) >= people;
  });
  return { filter: createKeyFilter(rows.map((row) => row.slice(0, row.indexOf("\t")))), largerCities: larger.join("\n") };
}
