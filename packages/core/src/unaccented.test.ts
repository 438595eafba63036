import { describe, expect, it } from "vitest";
import { unaccented } from "./unaccented.js";

describe("unaccented", () => {
  it.each([
    ["Bogotá", "Bogota"],
    ["Việt Nam", "Viet Nam"],
    ["Ramallah", "Ramallah"],
  ])("%s → %s", (text, expected) => {
    expect(unaccented(text)).toBe(expected);
  });
});
