import { describe, expect, it } from "vitest";
import { Actor, ActorCode, OrganisationCode } from "./actor.js";

describe("ActorCode", () => {
  it.each(["AZ", "PS", "XK", "UN", "AFRICAN-UNION", "ARAB-LEAGUE"])("accepts %s", (code) => {
    expect(ActorCode.parse(code)).toBe(code);
  });

  it.each(["az", "A", "A1", "AZE-", "-EU", "Azerbaijan", ""])("rejects %j", (code) => {
    expect(ActorCode.safeParse(code).success).toBe(false);
  });

  it("explains the expected codes", () => {
    expect(ActorCode.safeParse("gondor").error?.issues[0]?.message).toMatchInlineSnapshot(
      `"expected an ISO 3166-1 alpha-2 code (AZ, PS, XK) or an organisation code (UN, EU, AFRICAN-UNION…)"`,
    );
  });
});

describe("OrganisationCode", () => {
  it("keeps AU for Australia, not the African Union", () => {
    expect(OrganisationCode.safeParse("AFRICAN-UNION").success).toBe(true);
    expect(OrganisationCode.safeParse("AU").success).toBe(false);
  });
});

describe("Actor", () => {
  const gondor = {
    code: "GD",
    kind: "state",
    name: "Gondor",
    officialName: "Kingdom of Gondor",
    aliases: ["South-kingdom"],
    demonyms: ["Gondorian"],
    capital: "Minas Tirith",
    iso3: "GDR",
    cameo: "GDR",
  } as const;

  it("accepts a complete actor, wikidata optional", () => {
    expect(Actor.parse(gondor)).toEqual(gondor);
    expect(Actor.parse({ ...gondor, wikidata: "Q1234" }).wikidata).toBe("Q1234");
  });

  it.each([
    ["an unknown kind", { kind: "empire" }],
    ["an empty name", { name: "" }],
    ["a two-letter iso3", { iso3: "GD" }],
    ["a wikidata id without Q", { wikidata: "1234" }],
    ["an unknown field", { ruler: "Aragorn" }],
  ])("rejects %s", (_, change) => {
    expect(Actor.safeParse({ ...gondor, ...change }).success).toBe(false);
  });
});
