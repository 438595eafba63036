import { describe, expect, it } from "vitest";
import citiesData from "../../data/cities.json" with { type: "json" };
import { createKeyFilter, mayHaveKey, readKeyFilter } from "./key-filter.js";

const keys = (citiesData as { cities: string }).cities.split("\n").map((row) => row.slice(0, row.indexOf("\t")));

describe("key filter", () => {
  const filter = readKeyFilter(createKeyFilter(keys))!;

  it("holds every key it was made of, accented and astral ones too", () => {
    expect(keys.filter((key) => !mayHaveKey(filter, key))).toEqual([]);
    const small = readKeyFilter(createKeyFilter(["Bogotá", "Łódź", "𝒳 City", ""]))!;
    expect(["Bogotá", "Łódź", "𝒳 City", ""].every((key) => mayHaveKey(small, key))).toBe(true);
  });

  it("rules out nearly every other word: under 1 in 500 of 20,000 made-up names gets through", () => {
    const others = Array.from({ length: 20_000 }, (_, i) => `Zq${i.toString(36)}x`);
    const through = others.filter((word) => mayHaveKey(filter, word)).length;
    expect(through).toBeLessThan(40);
    // Near misses too: a key with one letter more or less.
    const known = new Set(keys);
    const near = keys.slice(0, 5_000).flatMap((key) => [`${key}s`, key.slice(0, -1)]).filter((word) => !known.has(word));
    expect(near.filter((word) => mayHaveKey(filter, word)).length / near.length).toBeLessThan(0.002);
  });

  it("is printable ASCII, 16 bits a key", () => {
    const text = createKeyFilter(keys);
    expect(text).toMatch(/^bloom1:\d+:11:[A-Za-z0-9+/]+$/);
    expect(text.length).toBeLessThan((keys.length * 16) / 6 + 20);
  });

  it("reads only its own format", () => {
    expect(readKeyFilter("")).toBeUndefined();
    expect(readKeyFilter("bloom1:64:11:AAAA")).toBeUndefined(); // four digits are 24 bits, not 64
    expect(readKeyFilter("bloom1:12:3:A!")).toBeUndefined();
    expect(readKeyFilter("bloom1:12:3:AB")).toEqual({ digits: "AB", bits: 12, hashes: 3 });
  });
});
