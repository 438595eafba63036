import { describe, expect, it } from "vitest";
import { listJoint } from "./context.js";

describe("listJoint: what joins two members of a list", () => {
  it("reads a comma, an 'and' and an ampersand, with or without a comma before it", () => {
    expect([", ", ",", " and ", ", and ", " & ", " And "].map(listJoint)).toEqual([",", ",", "and", "and", "and", "and"]);
  });
  it("lets a 'the' open the next member", () => {
    expect([" and the ", ", the "].map(listJoint)).toEqual(["and", ","]);
  });
  it("joins nothing with other words, a bare space or a word that only ends in 'and'", () => {
    expect([" ", "", " with ", ", while ", "and ", " band ", " or ", " as well as "].map(listJoint)).toEqual([null, null, null, null, null, null, null, null]);
  });
});
