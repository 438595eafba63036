import { describe, expect, it } from "vitest";
import { actorNameIndex, actorNameSpan, buildActorNames } from "../gazetteer/actors.js";
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

// The name table and its spans are generated, not built at every start. This test is their generator:
// `npm run actor-names -w @proj/core` rewrites the file after a change to the dictionaries or the tokenizer.
describe("data/actor-names.json", () => {
  const { names, spans } = buildActorNames();
  const lines = <T>(map: ReadonlyMap<string, T>, row: (key: string, value: T) => string) => [...map].map(([key, value]) => row(key, value)).join("\n");

  it("holds what actors.json, metonyms.json and cities.json give", async () => {
    const file = {
      meta: {
        name: "actor-names",
        version: "1",
        generated: "src/extract/actor-trie.test.ts (npm run actor-names -w @proj/core)",
        source: "actors.json, metonyms.json and cities.json",
        licence: "see data/NOTICE.md",
        description: "Every name, demonym, capital and body that names an actor (key, code, kind), and the most tokens a name opening with a word spans.",
      },
      names: lines(names, (key, hit) => `${key}\t${hit.code}\t${hit.kind}`),
      spans: lines(spans, (first, n) => `${first}\t${n}`),
    };
    await expect(`${JSON.stringify(file, null, 1)}\n`).toMatchFileSnapshot("../../data/actor-names.json");
  });

  it("is what the gazetteer reads", () => {
    expect([...actorNameIndex()]).toEqual([...names]);
    for (const [first, n] of spans) expect(actorNameSpan(first)).toBe(n);
  });
});
