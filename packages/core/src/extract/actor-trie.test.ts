import { describe, expect, it } from "vitest";
import { actorNamesAt, edgeText } from "./actor-trie.js";
import { tokenize } from "./tokens.js";

const namesAt = (text: string, from = 0, limit = 8) => {
  const hits = actorNamesAt(tokenize(text), from, limit, text, 0);
  return hits.flatMap((hit, n) => (hit ? [[n, hit.code]] : []));
};

describe("actorNamesAt", () => {
  it.each([
    ["Saudi Arabia signed", [[1, "SA"], [2, "SA"]]],
    ["Saudi\nArabia signed", [[1, "SA"], [2, "SA"]]],
    ["People’s Republic of China said", [[5, "CN"]]],
    ["Bolivia, Plurinational State of", [[1, "BO"], [5, "BO"]]],
    ["Côte d’Ivoire voted", [[2, "CI"]]],
  ])("%j → names of n tokens", (text, expected) => {
    expect(namesAt(text)).toEqual(expect.arrayContaining(expected));
  });

  it("stops at punctuation a name does not have, and at the limit", () => {
    expect(namesAt("Saudi (Arabia)")).toEqual(namesAt("Saudi"));
    expect(namesAt("Bolivia; Plurinational State of")).toEqual([[1, "BO"]]);
    expect(namesAt("Saudi Arabia", 0, 1)).toEqual(namesAt("Saudi"));
    expect(namesAt("Arnor and Gondor")).toEqual([]);
  });
});

describe("edgeText", () => {
  it("reads curly apostrophes as straight ones", () => {
    expect(tokenize("d’Ivoire People’s").map(edgeText)).toEqual(["d'Ivoire", "People", "'s"]);
    expect(edgeText(tokenize("Gondor")[0]!)).toBe("Gondor");
  });
});
