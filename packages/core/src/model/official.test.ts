import { describe, expect, it } from "vitest";
import { Official, Position, ROLES } from "./official.js";

describe("Official", () => {
  it("fills defaults for a name, a country and a role", () => {
    expect(Official.parse({ name: "Faramir Húrinion", country: "GD", role: "envoy" })).toEqual({
      name: "Faramir Húrinion", country: "GD", role: "envoy", aliases: [], title: null, positions: [], sources: [],
    });
  });

  it("keeps positions with their dates", () => {
    const official = Official.parse({
      name: "Elrond Peredhel",
      country: "RV",
      role: "foreign-minister",
      title: "Minister of Foreign Affairs",
      positions: [{ role: "ambassador", accreditedTo: "GD", from: "2019-04", to: "2021" }],
    });
    expect(official.positions[0]).toEqual({ role: "ambassador", title: null, country: null, accreditedTo: "GD", from: "2019-04", to: "2021" });
  });

  it.each([
    ["an empty name", { name: "" }],
    ["a role outside the list", { role: "king" }],
    ["an empty alias", { aliases: [""] }],
    ["a country name instead of a code", { country: "Gondor" }],
    ["a position with a free-text date", { positions: [{ role: "envoy", from: "last year" }] }],
  ])("rejects %s", (_, change) => {
    expect(Official.safeParse({ name: "Faramir Húrinion", country: "GD", role: "envoy", ...change }).success).toBe(false);
  });
});

describe("Position", () => {
  it("needs only a role", () => {
    expect(Position.parse({ role: "consul" })).toEqual({ role: "consul", title: null, country: null, accreditedTo: null, from: null, to: null });
  });

  it("rejects a missing role", () => {
    expect(Position.safeParse({ title: "Consul" }).success).toBe(false);
  });

  it("has the roles of SCHEMA.md", () => {
    expect(ROLES).toContain("charge-d-affaires");
    expect(ROLES).toHaveLength(12);
  });
});
