import { describe, expect, it } from "vitest";
import { remembered } from "./remembered.js";

describe("remembered", () => {
  it("computes a key once, keeps falsy answers, and forgets everything past its bound", () => {
    const calls: string[] = [];
    const memo = remembered<string | null>(2);
    const compute = (key: string) => (calls.push(key), key === "none" ? null : key.toUpperCase());
    expect([memo("a", compute), memo("a", compute), memo("none", compute), memo("none", compute)]).toEqual(["A", "A", null, null]);
    expect(calls).toEqual(["a", "none"]);
    memo("b", compute);
    memo("a", compute);
    expect(calls).toEqual(["a", "none", "b", "a"]);
  });
});
