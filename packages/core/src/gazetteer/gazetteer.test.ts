import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import actorsData from "../../data/actors.json" with { type: "json" };
import citiesData from "../../data/cities.json" with { type: "json" };
import namesakesData from "../../data/city-namesakes.json" with { type: "json" };
import metonymData from "../../data/metonyms.json" with { type: "json" };
import holdersData from "../../data/office-holders.json" with { type: "json" };
import titlesData from "../../data/titles.json" with { type: "json" };
import { ACTORS_FILE, isIslandState, listActors, lookupActorName, METONYMS_FILE, regionOf } from "./actors.js";
import { CITIES_FILE, CITY_NAMESAKES_FILE, cityIndex, lookupCity, mayOpenCityName, namesakeIn, searchRows } from "./cities.js";
import { cityTiers } from "./city-tiers.js";
import { loadBundledDictionary, loadDictionary } from "./dictionary.js";
import { mayHaveKey, readKeyFilter } from "./key-filter.js";
import { heldOn, linesWithKey, nameWords, OFFICE_HOLDERS_FILE, officeOf, surnameHeldOn, TENURE_LINE } from "./office-holders.js";
import { TITLES_FILE } from "./titles.js";

// The data files are validated here in full, not at every start: they ship inside the package.
describe("data files", () => {
  it.each([
    ["actors.json", actorsData, ACTORS_FILE],
    ["metonyms.json", metonymData, METONYMS_FILE],
    ["titles.json", titlesData, TITLES_FILE],
    ["cities.json", citiesData, CITIES_FILE],
    ["city-namesakes.json", namesakesData, CITY_NAMESAKES_FILE],
    ["office-holders.json", holdersData, OFFICE_HOLDERS_FILE],
  ] as const)("%s matches its schema", (name, data, schema) => {
    expect(() => loadDictionary(name, data, schema)).not.toThrow();
  });

  // (JSON.parse keeps the last of two equal keys without a word: a title written twice could differ silently.)
  it.each(["titles.json", "actor-overrides.json"])("%s names no key twice in one object", (name) => {
    const text = readFileSync(new URL(`../../data/${name}`, import.meta.url), "utf8");
    const repeated: string[] = [];
    const seen: Array<Set<string>> = [];
    // Objects open and close with the braces; a key is a string followed by a colon.
    for (const m of text.matchAll(/[{}]|"((?:[^"\\]|\\.)*)"\s*:/g)) {
      if (m[0] === "{") seen.push(new Set());
      else if (m[0] === "}") seen.pop();
      else if (seen.at(-1)!.has(m[1]!)) repeated.push(m[1]!);
      else seen.at(-1)!.add(m[1]!);
    }
    expect(repeated).toEqual([]);
  });

  it("cities.json has seven columns a row, strictly sorted by key (lookups binary-search it)", () => {
    const lines = (citiesData as { cities: string }).cities.split("\n");
    const bad = lines.filter((line) => !/^[^\t\n]+\t[^\t\n]+\t[A-Z]{2}\t(?:-?[\d.]+)?\t(?:-?[\d.]+)?\t\d+\t[01]$/.test(line));
    expect(bad).toEqual([]);
    const keys = lines.map((line) => line.slice(0, line.indexOf("\t")));
    expect(keys.findIndex((key, i) => i > 0 && !(keys[i - 1]! < key))).toBe(-1);
  });

  it("the CLI's city tiers are rows of cities.json in its order, and its filter holds every key", () => {
    const table = (citiesData as { cities: string }).cities;
    const { filter, largerCities } = cityTiers(table, 100_000);
    const larger = largerCities.split("\n");
    expect(larger.length).toBeGreaterThan(4_000);
    expect(larger.filter((row) => searchRows(table, row.slice(0, row.indexOf("\t"))) !== row)).toEqual([]);
    expect(larger.findIndex((row, i) => i > 0 && !(larger[i - 1]!.split("\t")[0]! < row.split("\t")[0]!))).toBe(-1);
    const read = readKeyFilter(filter)!;
    expect(table.split("\n").filter((row) => !mayHaveKey(read, row.slice(0, row.indexOf("\t"))))).toEqual([]);
  });

  it("a broken file is reported with its name", () => {
    expect(() => loadDictionary("actors.json", { meta: {}, actors: [] }, ACTORS_FILE)).toThrow(/actors\.json is invalid/);
  });

  it("the start-up check reads the header and the fields, and names what is missing", () => {
    expect(loadBundledDictionary<{ actors: unknown[] }>("actors.json", actorsData, ["actors"]).actors.length).toBeGreaterThan(200);
    expect(() => loadBundledDictionary("actors.json", { meta: { name: "actors", version: "1", source: "x" } }, ["actors"])).toThrowErrorMatchingInlineSnapshot(
      `[Error: @proj/core data file actors.json is invalid: missing meta.licence, actors]`,
    );
    expect(() => loadBundledDictionary("cities.json", null, ["cities"])).toThrow(/missing meta\.name, meta\.version, meta\.source, meta\.licence, cities/);
  });
});

describe("lookupCity", () => {
  it.each([
    ["Ramallah", "PS"],
    ["Tel Aviv", "IL"],
    ["Bogota", "CO"],
    ["Port-of-Spain", "TT"],
    // (A capital yields to a namesake ten times its size: Penang's George Town, not the Cayman Islands'; Kingston stays Jamaica's.)
    ["George Town", "MY"],
    ["Kingston", "JM"],
    ["Penang", "MY"],
    // ("St", "St." and "Saint" spell one prefix: the largest city of the three spellings.)
    ["St Petersburg", "RU"],
    ["Saint Petersburg", "RU"],
  ])("%s is in %s", (name, country) => {
    expect(lookupCity(name)?.country).toBe(country);
  });

  it("finds the first and last rows and misses names between rows", () => {
    const keys = [...cityIndex().keys()];
    expect(lookupCity(keys[0]!)?.name).toBeTruthy();
    expect(lookupCity(keys.at(-1)!)?.name).toBeTruthy();
    expect(lookupCity("Osgiliath")).toBeUndefined();
    expect(lookupCity("")).toBeUndefined();
    expect(lookupCity("\uffff")).toBeUndefined();
  });

  it("rules out first words that open no city's name, once the table is indexed", () => {
    cityIndex();
    // Whole, without accents, and up to a hyphen, as lookupCity reads a name.
    expect(["Tel", "Bogotá", "Port-of-Spain", "Port-Louis", "Osgiliath", "Ahmed", "Te", "St"].map(mayOpenCityName)).toEqual([true, true, true, true, false, false, false, true]);
    // Every key's own first word.
    expect([...cityIndex().keys()].every((key) => mayOpenCityName(key.split(" ")[0]!))).toBe(true);
  });

  it("reads every column", () => {
    expect(lookupCity("Abu Dhabi")).toEqual({ name: "Abu Dhabi", country: "AE", lat: 24.4512, lon: 54.397, population: 603492, capital: true });
    expect(lookupCity("Panama City")).toMatchObject({ lat: null, lon: null });
  });
});

describe("lookupActorName", () => {
  it("reads names, demonyms and capitals", () => {
    expect(lookupActorName("Azeri")).toEqual({ code: "AZ", kind: "demonym" });
    expect(lookupActorName("Arnor")).toBeUndefined();
  });

  it("reads a government's body by its own name: the Federal Foreign Office is Germany's, the Foreign Office Britain's", () => {
    expect(lookupActorName("Federal Foreign Office")?.code).toBe("DE");
    expect(lookupActorName("Foreign Office")?.code).toBe("GB");
  });

  it("reads no capital whose name needs its article ('The Valley') from the bare word", () => {
    expect(lookupActorName("Valley")).toBeUndefined();
    expect(lookupActorName("Anguilla")?.code).toBe("AI");
  });

  // History paragraphs name states as they were then: the successor that kept the seat and the relations is meant.
  it.each([["Soviet Union", "RU"], ["USSR", "RU"], ["Upper Volta", "BF"], ["Zaire", "CD"], ["Dahomey", "BJ"], ["Ceylon", "LK"], ["Siam", "TH"], ["Persia", "IR"], ["West Germany", "DE"], ["Formosa", "TW"], ["Nationalist China", "TW"], ["Chinese Nationalist", "TW"], ["Communist China", "CN"], ["Red China", "CN"], ["Union of Soviet Socialist Republics", "RU"], ["Hungarian People's Republic", "HU"], ["Polish People's Republic", "PL"], ["People's Republic of Bulgaria", "BG"], ["Socialist Republic of Romania", "RO"]])("reads the former name %s as %s", (name, code) => {
    expect(lookupActorName(name)?.code).toBe(code);
  });
  // (Not where no state continued the old one, or the two lived side by side: Yugoslavia, Czechoslovakia and East
  // Germany are states of their own, with their own relations and posts, under their former ISO 3166 codes.)
  it.each([["East Germany", "DD"], ["German Democratic Republic", "DD"], ["GDR", "DD"], ["East German", "DD"], ["Yugoslavia", "YU"], ["Yugoslav", "YU"], ["Czechoslovakia", "CS"], ["Czechoslovak", "CS"]])("reads %s as %s, a former state of its own", (name, code) => {
    expect(lookupActorName(name)?.code).toBe(code);
  });
});

describe("regionOf", () => {
  it("places every state in a UN geoscheme region, and no organisation", () => {
    expect(regionOf("CR")).toEqual(["Americas", "Central America"]);
    expect(regionOf("KE")).toEqual(["Africa", "Eastern Africa"]);
    expect(regionOf("UN")).toBeUndefined();
    expect(listActors().filter((a) => a.kind === "state" && !regionOf(a.code)).map((a) => a.code)).toEqual([]);
  });
});

describe("isIslandState", () => {
  it("knows states with no land border, and those sharing an island with a neighbour", () => {
    expect(["FJ", "NR", "TW", "JP", "HT", "IE", "TL"].filter(isIslandState)).toEqual(["FJ", "NR", "TW", "JP", "HT", "IE", "TL"]);
  });
  it("knows no landlocked or continental state as one, nor an organisation", () => {
    expect(["BO", "CN", "PE", "KE", "UN"].filter(isIslandState)).toEqual([]);
  });
});

describe("officeOf: the dated office-holders dictionary", () => {
  it("finds a surname's lines by searching the table as the index would (the first lookups of a run search)", () => {
    const rows = (holdersData as { tenures: string }).tenures;
    const expected = new Map<string, number[]>();
    let at = 0;
    for (const line of rows.split("\n")) {
      for (const key of new Set(line.slice(line.lastIndexOf("\t") + 1).split("|"))) expected.set(key, [...(expected.get(key) ?? []), at]);
      at += line.length + 1;
    }
    expect(expected.size).toBeGreaterThan(2_000);
    expect([...expected].filter(([key, lines]) => linesWithKey(rows, key).join() !== lines.join()).map(([key]) => key)).toEqual([]);
    // Words of the other columns, parts of keys, and nothing.
    expect(["Lavrov", "AD", "foreign-minister", "2017", "lavro", "avrov", ""].map((word) => linesWithKey(rows, word))).toEqual([[], [], [], [], [], [], []]);
  });

  it("answers for a full name within a tenure, whatever the spelling's accents and honorifics", () => {
    expect(officeOf("Xi Jinping", "2023-08-24")).toEqual({ country: "CN", role: "head-of-state" });
    expect(officeOf("Mr Narendra Modi", "2020-01-10")).toEqual({ country: "IN", role: "head-of-government" });
  });

  it("reads a family name written first alone ('President Xi', 'President Yoon') for the office the text gives it", () => {
    expect(officeOf("Xi", "2024-10-24", "head-of-state")?.country).toBe("CN");
    expect(officeOf("Yoon", "2023-03-28", "head-of-state")?.country).toBe("KR");
    expect(officeOf("Xi", "2024-10-24", "foreign-minister")).toBeNull();
    // (A Western given name first is no family name: "Joseph Wu" is "Wu", never "Joseph".)
    expect(officeOf("Joseph", "2020-01-10", "foreign-minister")).toBeNull();
  });

  it("reads a surname alone only for the office the text gives it", () => {
    expect(officeOf("Modi", "2020-01-10", "head-of-government")?.country).toBe("IN");
    expect(officeOf("Modi", "2020-01-10", "foreign-minister")).toBeNull();
    expect(officeOf("Modi", "2020-01-10")).toBeNull();
  });

  it("answers a full name outside its tenures only when all of them are one state's", () => {
    expect(officeOf("Shinzo Abe", "2021-05-01")?.country).toBe("JP");
    expect(officeOf("Shinzo Abe", null)?.country).toBe("JP");
    expect(officeOf("Nobody Atall", "2021-05-01")).toBeNull();
    // (A shorter name out of office is someone else's: "Shinzo" + a namesake's surname.)
    expect(officeOf("Abe", null, "head-of-government")).toBeNull();
  });

  it("does not take a longer name for a spelling of one word", () => {
    // (The dictionary spells Malaysia's king "Sultan Ibrahim", which is "Ibrahim" once the honorific is dropped.)
    expect(officeOf("Hussain Niyaz Ibrahim", "2024-08-21", "ambassador")).toBeNull();
    expect(officeOf("Sultan Ibrahim", "2024-08-21", "head-of-state")?.country).toBe("MY");
  });

  it("heldOn: a full name in office on the day, and nothing else", () => {
    expect(heldOn("Rafael Correa", "2008-03-08")).toEqual({ country: "EC", role: "head-of-state" });
    expect(heldOn("Rafael Correa", "2019-03-08")).toBeNull();
    expect(heldOn("Correa", "2008-03-08")).toBeNull();
    // (A given name spelled with a letter more or less inside it is the same person's; another ending or a surname
    // spelled otherwise is not.)
    expect(heldOn("Hoshiyar Zebari", "2008-06-05")).toEqual({ country: "IQ", role: "foreign-minister" });
    expect(heldOn("Rafaela Correa", "2008-03-08")).toBeNull();
    expect(heldOn("Rafael Corea", "2008-03-08")).toBeNull();
  });

  it("heldOn: the offices of 48 states since 1965 too, in the old spellings news used", () => {
    expect(heldOn("Li Peng", "1990-08-06")).toEqual({ country: "CN", role: "head-of-government" });
    expect(heldOn("Chou En-lai", "1972-02-21")).toEqual({ country: "CN", role: "head-of-government" });
    expect(heldOn("Anwar Sadat", "1977-11-19")).toEqual({ country: "EG", role: "head-of-state" });
    expect(heldOn("Li Peng", "2005-01-01")).toBeNull();
  });

  it("surnameHeldOn: the one holder of a surname in office on the day, and nothing else", () => {
    expect(surnameHeldOn("Correa", "2008-03-08")).toEqual({ country: "EC", role: "head-of-state" });
    expect(surnameHeldOn("Correa", "2019-03-08")).toBeNull();
    expect(surnameHeldOn("Rafael Correa", "2008-03-08")).toBeNull();
    expect(surnameHeldOn("Nosuchname", "2008-03-08")).toBeNull();
  });

  it("keys every spelling by its last word as nameWords reads it, one well-formed tenure a line", () => {
    const lines = (holdersData as { tenures: string }).tenures.split("\n");
    expect(lines.filter((line) => !TENURE_LINE.test(line))).toEqual([]);
    const rows = lines.map((line) => line.split("\t"));
    // (A state that writes family names first keys a holder by the family name too, ahead of the rest: "xi" for "Xi
    // Jinping", so that "President Xi" is found.)
    const familyFirst = new Set(["CN", "TW", "KR", "KP", "KH"]);
    const wrong = rows.filter(([name, variants, code, , , , keys]) => {
      const last = [name!, ...(variants ? variants.split("|") : [])].map((n) => nameWords(n).at(-1)).join("|");
      return keys !== last && !(familyFirst.has(code!) && keys === `${nameWords(name!)[0]}|${last}`);
    });
    expect(wrong.map((r) => r[0])).toEqual([]);
    expect(rows.filter(([, , , , from, to]) => to && to.slice(0, 7) < from!.slice(0, 7)).map((r) => r[0])).toEqual([]);
    expect(rows.filter(([, , code]) => !/^(?:EU|UN)$/.test(code!) && !listActors().some((a) => a.code === code)).map((r) => r[0])).toEqual([]);
  });
});

describe("London's embassy districts", () => {
  // (Embassies in London are written by their district: "Iran's embassy in Kensington", not the American towns.)
  it.each(["Kensington", "Westminster", "Knightsbridge", "Mayfair", "Belgravia"])("reads %s as a place in Britain", (name) => {
    expect(lookupCity(name)?.country).toBe("GB");
  });
});

describe("namesakeIn", () => {
  it("finds another state's town of the name, by the name without accents or hyphens", () => {
    expect(namesakeIn("Cordoba", "ES")?.name).toBe("Córdoba");
    expect(namesakeIn("San Pedro", "CI")?.country).toBe("CI");
  });
  it("finds none in a state without one, or for a name no two states share", () => {
    expect(namesakeIn("Córdoba", "PE")).toBeUndefined();
    expect(namesakeIn("Ramallah", "IL")).toBeUndefined();
  });
});
