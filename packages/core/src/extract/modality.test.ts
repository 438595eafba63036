import { describe, expect, it } from "vitest";
import { DECIDED_WHEN_ANNOUNCED, modalityOf } from "./modality.js";

// modalityOf reads the clause before a trigger: each text is what precedes "visit", "open", "expel"…
describe("modalityOf", () => {
  it.each([
    "Arnor ",
    "Arnor yesterday ",
    "Arnor and Gondor on Monday ",
    "Arnor officially ",
    "Arnor, which has long sought ties, ",
    "Troops opened fire and then ",
    "Another country ",
    "The notice said Arnor ",
    // A call on a day is a noun, not "calling on" someone to act.
    "Arnor told Gondor in a phone call on Monday that Arnor ",
  ])("asserted: %j", (before) => {
    expect(modalityOf(before)).toBe("asserted");
  });

  it.each([
    "Arnor will ",
    "Arnor shall ",
    "Arnor plans to ",
    "Arnor is planning to ",
    "Arnor is expected to ",
    "Arnor is set to ",
    "Arnor hopes to ",
    "Arnor invited Gondor to ",
    // A future in reported speech is an announced decision, not a condition.
    "Arnor reported that it would ",
    "The ministry said it would ",
    "Gondor announced that they would ",
    "The foreign minister said his government would ",
    // The verb of saying further back than the clause read.
    "in a phone call on Monday that Arnor would ",
    "The move is intended to help ",
  ])("planned: %j", (before) => {
    expect(modalityOf(before)).toBe("planned");
  });

  it.each([
    "Arnor denied ",
    "Arnor did not ",
    "Arnor has never ",
    "Arnor had not yet ",
    "Arnor rejected reports that it ",
    "Arnor refused to ",
    // Negation outranks a future: "will not" is no plan.
    "Arnor will not ",
    "Arnor reversed its decision to ",
    "Most states have held back from ",
    "Arnor stopped short of ",
    "Arnor and Gondor have no ",
    "There was no formal ",
    "Arnor revoked ",
    "There has been no talk of ",
  ])("negated: %j", (before) => {
    expect(modalityOf(before)).toBe("negated");
  });

  it.each([
    "Arnor threatened to ",
    "Arnor warned it would ",
    "Arnor could ",
    "Arnor might ",
    "Arnor may ",
    "Arnor would ",
    "If Gondor agrees, Arnor ",
    "Unless talks resume, Arnor ",
    "Arnor is reportedly considering ",
    "Arnor called for Gondor to ",
    // "that it would" after a threat stays a threat.
    "Arnor warned Gondor that it would ",
  ])("hypothetical: %j", (before) => {
    expect(modalityOf(before)).toBe("hypothetical");
  });

  // Contractions negate.
  it.each(["Arnor didn't ", "Arnor hasn't ", "Arnor won't "])("negated: %j", (before) => {
    expect(modalityOf(before)).toBe("negated");
  });

  // A "not" inside a relative clause does not negate the main verb.
  it("ignores a negation inside a relative clause", () => {
    expect(modalityOf("The envoy, who was not named, ")).toBe("asserted");
  });
});

describe("DECIDED_WHEN_ANNOUNCED", () => {
  it.each(["mission-announced", "mission-closed", "relations-severed", "ambassador-recalled", "diplomat-expelled"])("%s counts when announced", (type) => {
    expect(DECIDED_WHEN_ANNOUNCED.has(type)).toBe(true);
  });

  it.each(["visit", "meeting", "agreement", "recognition"])("%s does not", (type) => {
    expect(DECIDED_WHEN_ANNOUNCED.has(type)).toBe(false);
  });
});
