import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "./extract.js";
import { CUE_PATTERNS, cuesIn, DECIDED_WHEN_ANNOUNCED, modalityOf } from "./modality.js";

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
    // A plan named as a thing is no intention.
    "The action plan was ",
    // A motion passed is the act it carries; a plan told of in a call frames nothing of the call.
    "Gondor's deputies carried a motion ",
    "Arnor's premier, who had briefed his counterpart of the cabinet's proposal in a ",
    "the king informed the regent about plans by ",
  ])("asserted: %j", (before) => {
    expect(modalityOf(before)).toBe("asserted");
  });

  it.each([
    "Arnor will ",
    "Arnor shall ",
    "Arnor plans to ",
    "Arnor plans a ",
    "The plan to ",
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
    // A hope told in the past still looks ahead.
    "The envoy said she looked forward to ",
    // A deal's provision is not the act it provides for.
    "Arnor and Gondor signed protocols providing for the ",
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
    // An anniversary's act is no act of its day.
    "Arnor and Gondor marked the 40th anniversary of the ",
    "the tenth anniversary of the opening of the ",
    // A possibility dismissed, quoted or not.
    "Arnor's leader said there was \"no question\" of Arnor ",
    "There is no chance of Gondor ",
    "Arnor ruled out ",
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
    // A resolution urging an act, a letter calling on a state to act: the act is asked for, not done.
    "The assembly passed a motion urging the government to ",
    "a letter calling on Gondor to ",
    // "that it would" after a threat stays a threat.
    "Arnor warned Gondor that it would ",
    // An attempt is not the act.
    "a diplomat who spent his life trying to ",
    "Arnor tried to ",
    "the latest attempt to ",
    "Gondor's efforts to ",
    // A motion or proposal not yet passed, or passed to ask for an act to come.
    "Deputies tabled a motion ",
    "The senate approved a motion to ",
    "Under the proposal, Arnor ",
  ])("hypothetical: %j", (before) => {
    expect(modalityOf(before)).toBe("hypothetical");
  });

  // Contractions negate.
  it.each(["Arnor didn't ", "Arnor hasn't ", "Arnor won't "])("negated: %j", (before) => {
    expect(modalityOf(before)).toBe("negated");
  });

  // A "not" inside a relative clause does not negate the main verb.
  it("reads a future reported past an aside before its subject as planned, unless the aside is a condition", () => {
    expect(modalityOf('The minister announced that "in solidarity with our friends", Arnor would ')).toBe("planned");
    expect(modalityOf("The minister said that, if the talks failed, Arnor would ")).toBe("hypothetical");
  });

  it("ignores a negation inside a relative clause", () => {
    expect(modalityOf("The envoy, who was not named, ")).toBe("asserted");
  });
});

describe("DECIDED_WHEN_ANNOUNCED", () => {
  it.each(["mission-announced", "mission-closed", "relations-severed", "ambassador-recalled", "diplomat-expelled", "mission-downgraded"])("%s counts when announced", (type) => {
    expect(DECIDED_WHEN_ANNOUNCED.has(type)).toBe(true);
  });

  it.each(["visit", "meeting", "agreement", "recognition"])("%s does not", (type) => {
    expect(DECIDED_WHEN_ANNOUNCED.has(type)).toBe(false);
  });
});

describe("cuesIn: which cue patterns modalityOf tries", () => {
  // A pattern is skipped when its words are missing: the table must let through every text the pattern matches, or a
  // modality is lost without a word. Every form of every cue, with words that only look like them.
  const words = [
    "not", "never", "neither", "nor", "no", "longer", "denied", "denies", "deny", "refused", "refuses", "rejected", "rejects", "without", "yet",
    "to", "failed", "instead", "of", "held", "holding", "back", "from", "refrained", "refrain", "stopped", "short", "declined", "balked", "at",
    "reversed", "reverses", "reversing", "its", "their", "the", "a", "decision", "revoked", "revokes", "revoking", "rescind", "rescinded",
    "rescinds", "rescinding", "call", "called", "calls", "calling", "off", "cancel", "canceled", "cancelled", "cancels", "cancelling",
    "canceling", "scrapped", "scrapping", "postponed", "postpones", "postponing", "intention", "plan", "plans", "don", "isn", "n't", "n’t",
    "'t", "t", "said", "says", "announced", "announces", "reported", "stated", "confirmed", "decided", "declared", "added", "informed", "told",
    "Gondor", "that", "it", "they", "he", "she", "his", "her", "would", "could", "might", "if", "unless", "threaten", "threatened",
    "threatens", "threatening", "warn", "warned", "warns", "reportedly", "considering", "consider", "weighing", "weighs", "mulling", "mulls",
    "rumour", "rumor", "rumoured", "rumored", "rumours", "rumors", "possible", "possibility", "proposal", "proposed", "motion", "bill", "demand", "demanded",
    "demands", "phone", "telephone", "video", "on", "for", "urge", "urged", "urging", "asked", "request", "requested", "should", "may", "May", "will",
    "shall", "intended", "designed", "meant", "aimed", "in", "order", "help", "leading", "paving", "way", "toward", "towards", "'ll", "ll",
    "planning", "planned", "intends", "intend", "expected", "is", "are", "set", "be", "going", "hope", "hopes", "hoped", "hoping", "want",
    "wants", "wishes", "aim", "aims", "seek", "seeks", "ready", "look", "looks", "looking", "forward", "invited", "invitation", "next",
    "week", "month", "year", "upcoming", "soon", "scheduled", "due", "preparing", "prepares", "prepared", "preparation", "preparations",
    "open", "establish", "visit", "sign", "hold", "meet", "like", "who", "which", "whose", "whom", "Arnor", "x", "_", "2022", "é", "´", "country", "president", "state", "stated", "with", "north", "signed", "anniversary", "try", "trying", "tried", "tries", "attempt", "attempts", "attempted", "attempting", "effort", "efforts", "sought", "provide", "provides", "provided", "providing", "mandated", "mandates", "mandating", "instructed", "instructs", "instructing", "tasked", "instructions",
  ];
  // Each cue whole, too: a single word of its own is rarely next to the one it needs.
  const phrases = [
    "no longer", "yet to", "failed to", "instead of", "held back from", "holding back from", "refrained from", "refrain from",
    "stopped short of", "declined to", "balked at", "reversed its decision", "reverses the decision", "reversing decision",
    "called off", "call off", "no intention of", "no plans to", "no plan to", "didn't", "won’t", "said it would", "told Gondor that they would",
    "announced that the ministry would", "said that its government would", "saidxwould", "said it_would", "said the x1would", "that he would", "that the move would",
    "threatened to", "warned that", "warned it would", "bill to", "called on", "calls for", "calling on", "calling for", "a call on", "the call for", "intended to",
    "designed to", "meant to", "aimed at", "in order to", "to help", "leading to", "paving the way for", "paving the way to", "we'll",
    "plans to", "expected to", "is set to", "are set to", "set to", "to be", "going to", "aims to", "ready to", "looks forward",
    "look forward", "next week", "next year", "due to", "preparing to", "prepared for", "preparations for", "to open", "to establish",
    "to visit", "to sign", "to hold", "to meet", "would like", ", who was not named,", ", which would,",
    "anniversary of the", "anniversary of", "expects", "expecting", "in the coming weeks", "in the next few days", "trying to", "tried to", "attempts to", "efforts to", "sought to", "providing for", "provides for",
  ];
  const word = fc.tuple(fc.constantFrom(...words, ...phrases, ...phrases), fc.constantFrom("lower", "upper", "title")).map(([w, c]) => (c === "upper" ? w.toUpperCase() : c === "title" ? w[0]!.toUpperCase() + w.slice(1) : w));
  const glue = fc.constantFrom(" ", " ", " ", ", ", "  ", "-", "'", "’", "", "\n", "; ", ". ");
  const text = fc.array(fc.tuple(word, glue), { maxLength: 6 }).map((parts) => parts.map(([w, g]) => w + g).join(""));
  const letThrough = (t: string) => {
    const cues = cuesIn(t);
    for (const [pattern, bits] of CUE_PATTERNS) if (pattern.test(t)) expect(cues & bits, `${pattern} in ${JSON.stringify(t)}`).toBe(bits);
  };

  it("lets each pattern through for each cue alone", () => {
    for (const w of [...words, ...phrases]) for (const t of [w, `Arnor ${w} `, `Arnor,${w.toUpperCase()}.`]) letThrough(t);
  });

  it("lets each pattern through wherever it matches", () => {
    fc.assert(fc.property(text, letThrough), { numRuns: 30_000 });
  }, 60_000); // 30,000 runs: ~2 s on a quiet slow host, more beside other work
});

describe("modalityOf: a future told after the day it was said ('said on Wednesday it would')", () => {
  it.each(["Chile said on Wednesday it would", "Peru announced late on Monday it would", "Chile said last week it would", "The ministry said on March 3 it would"])("reads '%s' as an announced decision", (clause) => {
    expect(modalityOf(clause)).toBe("planned");
  });
  it("negative: a threat or a plain condition stays hypothetical", () => {
    expect(modalityOf("Peru warned on Monday it would")).toBe("hypothetical");
    expect(modalityOf("Peru said it could")).toBe("hypothetical");
  });
});

describe("modalityOf: a guest awaited ('expects the minister in Lima in the coming weeks for')", () => {
  it.each(["The ambassador expects Foreign Minister Ana Rojas in Lima in the coming weeks for", "Chile is expecting the Peruvian president for", "Rojas will be in Lima in the next few days for"])("reads '%s' as planned", (clause) => {
    expect(modalityOf(clause)).toBe("planned");
  });
  it("negative: talks held in the past weeks, or a guest coming from elsewhere, are asserted", () => {
    expect(modalityOf("Rojas came to Lima in the past weeks for")).toBe("asserted");
    expect(modalityOf("Rojas, coming from Quito, arrived in Lima for")).toBe("asserted");
  });
});

describe("modalityOf: a pledge ('had promised during her campaign to', 'vowed to') is of an act to come", () => {
  it.each(["Chile had promised during its 2021 election campaign to", "Peru vowed to", "Bolivia pledged on Monday to"])("reads '%s' as planned", (clause) => {
    expect(modalityOf(clause)).toBe("planned");
  });
  it("negative: a promise made, then an act joined by 'and', is the act", () => {
    expect(modalityOf("Chile promised aid and")).toBe("asserted");
    expect(modalityOf("Peru promised support to Chile, then")).toBe("asserted");
  });
});

describe("modalityOf: 'appeared to be', 'seemed to be' tell a state, not a plan", () => {
  it.each(["Ties had appeared to be on a steady footing after Rojas", "Relations seemed to be improving when Rojas", "The thaw proved to be short-lived after Rojas"])("reads '%s' as asserted", (clause) => {
    expect(modalityOf(clause)).toBe("asserted");
  });
  it("negative: 'to be' of an act to come stays planned", () => {
    expect(modalityOf("The accord is to be")).toBe("planned");
    expect(modalityOf("Talks appeared to be planned after Rojas")).toBe("planned");
  });
});

describe("modalityOf: an act ordered ('mandated the government to', 'instructed the ministry to') is still to come", () => {
  it.each(["The resolution, adopted by 40 votes, mandated the government to", "The president instructed the foreign ministry to", "Parliament tasked the cabinet with a plan to"])("reads '%s' as planned", (clause) => {
    expect(modalityOf(clause)).toBe("planned");
  });
  it("negative: an act done on someone's instructions, or an order with no 'to' after it, is asserted", () => {
    expect(modalityOf("On the instructions of the president, Arnor")).toBe("asserted");
    expect(modalityOf("The president instructed his staff, and Arnor")).toBe("asserted");
  });
});

describe("modalityOf: 'became the first head of state to visit' tells a visit made", () => {
  it.each(["Last Thursday, the Emir became the first head of state to visit Arnor since the war, holding", "Gondor was the second country to open"])("reads '%s' as asserted", (clause) => {
    expect(modalityOf(clause)).toBe("asserted");
  });
  it("negative: a visit still to come, or one wished for, stays planned", () => {
    expect(modalityOf("The Emir is expected to visit Arnor next week, holding")).toBe("planned");
    expect(modalityOf("The Emir hopes to be the first leader to visit")).toBe("planned");
  });
});

describe("modalityOf: a trigger inside a relative clause still open is framed by that clause alone", () => {
  it("reads 'did not say when the envoy, X, who has headed the embassy since its' as asserted", () => {
    expect(modalityOf("The text did not say when the ambassador, Ana Rojas, who has headed Arnor's embassy in Gondor since its")).toBe("asserted");
  });
  it("negative: the relative clause's own cues still frame it, and a closed aside frames nothing", () => {
    expect(modalityOf("Arnor did not recall the envoy, who would")).toBe("hypothetical");
    expect(modalityOf("The minister, who was not named, did not")).toBe("negated");
  });
});

describe("modalityOf: 'tomorrow' tells of what is still to come", () => {
  it("reads a clause with 'tomorrow' as planned", () => {
    expect(modalityOf("President Tsai, who leaves tomorrow on a 10-day")).toBe("planned");
  });
  it("negative: 'yesterday' tells of what was", () => {
    expect(modalityOf("President Tsai, who came back yesterday from a 10-day")).toBe("asserted");
  });
});

describe("modality: an act 'floated' or 'mooted' is an idea, not a deed", () => {
  it.each([
    "Some Chilean commentators have floated downgrading relations with Peru to the level of chargé d'affaires.",
    "Peru has mooted recalling its ambassador from Chile.",
  ])("%s", (text) => {
    expect(extract({ text, published: "2024-06-05" }).events).toEqual([]);
  });
});
