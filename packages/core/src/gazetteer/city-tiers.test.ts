import { describe, expect, it, vi } from "vitest";
import { cityTiers } from "./city-tiers.js";

// A table of six cities with the tiers a bundle adds, and a count of the reads of the full table.
const ROWS = [
  "Akron\tAkron\tUS\t41.08\t-81.52\t197597\t0",
  "Bogotá\tBogotá\tCO\t4.61\t-74.08\t7674366\t1",
  "Gjirokastër\tGjirokastër\tAL\t40.08\t20.14\t23437\t0",
  "Ramallah\tRamallah\tPS\t31.9\t35.2\t24599\t0",
  "Tel Aviv\tTel Aviv\tIL\t32.08\t34.78\t432892\t0",
  "Vaduz\tVaduz\tLI\t47.14\t9.52\t5197\t1",
].join("\n");
const reads = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../data/cities.json", async () => {
  const { cityTiers } = await import("./city-tiers.js");
  return {
    default: {
      meta: { name: "cities", version: "1", source: "test", licence: "test" },
      get cities() {
        reads.count++;
        return ROWS;
      },
      ...cityTiers(ROWS, 100_000),
    },
  };
});
const { lookupCity } = await import("./cities.js");

describe("city tiers", () => {
  it("keep the capitals and the larger cities, in the table's order", () => {
    expect(cityTiers(ROWS, 100_000).largerCities.split("\n").map((row) => row.split("\t")[0])).toEqual(["Akron", "Bogotá", "Tel Aviv", "Vaduz"]);
  });

  it("answer from the filter and the larger cities without reading the table, and the rest from the table", () => {
    expect(lookupCity("Osgiliath")).toBeUndefined();
    expect(lookupCity("Tel Aviv")).toMatchObject({ country: "IL", population: 432892 });
    expect(lookupCity("Bogotá")).toMatchObject({ name: "Bogotá", capital: true });
    expect(lookupCity("Vaduz")?.country).toBe("LI");
    expect(reads.count).toBe(0);
    expect(lookupCity("Ramallah")).toEqual({ name: "Ramallah", country: "PS", lat: 31.9, lon: 35.2, population: 24599, capital: false });
    expect(lookupCity("Gjirokastër")?.country).toBe("AL");
    expect(reads.count).toBeGreaterThan(0);
  });
});
