import { describe, expect, it } from "vitest";
import { tokenMatches } from "./auth.js";

describe("tokenMatches", () => {
  it.each([
    ["the same token", "s3cret-token", "s3cret-token", true],
    ["another token of the same length", "s3cret-tokem", "s3cret-token", false],
    ["a prefix", "s3cret", "s3cret-token", false],
    ["a longer token", "s3cret-token-and-more", "s3cret-token", false],
    ["an empty token", "", "s3cret-token", false],
    ["non-ASCII text", "sécret", "secret", false],
  ])("compares %s", (_, presented, expected, result) => {
    expect(tokenMatches(presented, expected)).toBe(result);
  });
});
