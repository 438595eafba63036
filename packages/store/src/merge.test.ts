import { DiplomaticEvent, DiplomaticMission, Official, type MissionStatus, type Provenance } from "@proj/core";
import { describe, expect, it } from "vitest";
import {
  addStatusChange, applyMissionReport, compareNames, deriveLevel, deriveStatus, dyadLevel, levenshtein, matchEvent,
  matchMission, matchOfficial, mayMatchOfficial, mergeEvent, mergeOfficial, mergePositions, mergeSources, nameTokens, officialSearchText, officialWithPosition,
  reportCount, type StatusReport,
} from "./merge.js";

const source = (documentId: string, rule = "test"): Provenance => ({ documentId, rule, spans: [], confidence: 1 });
const official = (name: string, extra: Partial<Official> = {}) => Official.parse({ name, country: "PS", role: "foreign-minister", ...extra });
const event = (fields: Record<string, unknown>) => DiplomaticEvent.parse({ type: "visit", source: "AZ", target: "PS", date: null, ...fields });
const mission = (fields: Record<string, unknown> = {}) => DiplomaticMission.parse({ sender: "AZ", host: "IL", kind: "embassy", status: "planned", ...fields });

describe("nameTokens", () => {
  it.each([
    ["Riyad Al-Maliki", ["riyad", "maliki"]],
    ["H.E. Sheikh Abdullah bin Zayed", ["abdullah", "bin", "zayed"]],
    ["Abdel Fattah el-Sisi", ["abdel", "fattah", "sisi"]],
    ["Faramir Húrin", ["faramir", "hurin"]],
    ["Al", ["al"]],
  ])("%s → %j", (name, tokens) => {
    expect(nameTokens(name)).toEqual(tokens);
  });
});

describe("compareNames", () => {
  it.each([
    ["Riyad Al-Maliki", "riyad al maliki", "same"],
    ["Riyad Al-Maliki", "Riyad al-Malki", "variant"],
    ["Al-Maliki", "Riyad Al-Maliki", "partial"],
    ["Malki", "Riyad Al-Maliki", "partial"],
    ["Muammar Gaddafi", "Muammar Qaddafi", "variant"],
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "variant"],
    ["Mohammed Shtayyeh", "Muhammad Shtayyeh", "variant"],
    ["Mukhtar Mammadov", "Mukhtar Mamedov", "variant"],
    ["Hassan Abbas", "Hasan Abas", "variant"],
    // The article written joined to the surname.
    ["Badr Albusaidi", "Badr al-Busaidi", "variant"],
    ["Riyad Nimr Al-Maliki", "Riyad Al-Maliki", "partial"],
    // Given name and first surname, the second dropped (Spanish and Portuguese names).
    ["Ruben Ramirez", "Rubén Ramírez Lezcano", "partial"],
    ["Rubén Ramírez Lezcano", "Ruben Ramirez", "partial"],
    ["Park Ji-won", "Park Jiwon", "variant"],
    ["Yoon Sukyeol", "Yoon Suk-yeol", "variant"],
    // A family name written first, as East Asian usage does, or last.
    ["Kishida Fumio", "Fumio Kishida", "variant"],
    // A given name written as its initial.
    ["S. Jaishankar", "Subrahmanyam Jaishankar", "partial"],
    ["Antony J. Blinken", "Antony John Blinken", "partial"],
    // A ruler's given name alone, before a patronymic.
    ["Salman", "Salman bin Abdulaziz Al Saud", "partial"],
  ])("%s ~ %s: %s", (a, b, expected) => {
    expect(compareNames(a, b)).toBe(expected);
  });

  it.each([
    ["Riyad Al-Maliki", "Riyad Mansour"],
    ["Riyad", "Riyad Al-Maliki"],
    ["Ruben Lezcano", "Rubén Ramírez Lezcano Ortiz"],
    ["Ramirez Lezcano", "Rubén Ramírez Lezcano Ortiz"],
    ["Wang Yi", "Wong Yi"],
    ["Maliki Riyad", "Riyad Al-Maliki"],
    ["Signatory 5-11", "Signatory 5-1"], // doubled letters are one, doubled digits are not
    ["S. Jaishankar", "Vikram Jaishankar"], // an initial that is not the given name's
    ["S. Jaishankar", "Subrahmanyam Misri"], // an initial alone joins no one
    ["Salman", "Salman Khan Durrani"], // nor the first of a name with no patronymic
    ["", "Riyad"],
    ["Ali Alsaud", "Ali Saudi"], // a joined article before another surname
  ])("%s and %s are different people", (a, b) => {
    expect(compareNames(a, b)).toBeNull();
  });
});

describe("levenshtein", () => {
  it("counts edits and gives up past the bound", () => {
    expect(levenshtein("maliki", "malki")).toBe(1);
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(levenshtein("kitten", "sitting", 1)).toBe(2);
  });
});

describe("matchOfficial", () => {
  const maliki = { ...official("Riyad Al-Maliki"), id: "PS-riyad-al-maliki" };
  it("matches a transliteration and a surname within the country, and says why", () => {
    expect(matchOfficial(official("Riyad al-Malki"), [maliki])?.reason).toBe('name variant "Riyad al-Malki" ~ "Riyad Al-Maliki", same country PS');
    expect(matchOfficial(official("Al-Maliki"), [maliki])?.reason).toBe('"Al-Maliki" is a shorter form of "Riyad Al-Maliki", same country PS');
  });

  it("does not match across countries, between two full names, or when a surname is ambiguous", () => {
    expect(matchOfficial(official("Riyad Al-Maliki", { country: "IQ" }), [maliki])).toBeNull();
    expect(matchOfficial(official("Nouri Al-Maliki"), [maliki])).toBeNull();
    const other = { ...official("Nouri Al-Maliki", { role: "head-of-government" }), id: "PS-nouri-al-maliki" };
    expect(matchOfficial(official("Al-Maliki", { role: "ambassador" }), [maliki, other])).toBeNull();
    expect(matchOfficial(official("Al-Maliki", { role: "head-of-government" }), [maliki, other])?.official.id).toBe("PS-nouri-al-maliki");
  });
});

describe("mayMatchOfficial", () => {
  it("lets a ruler's given name alone reach the full name it may match, and no one else's", () => {
    const salman = { name: "Salman bin Abdulaziz Al Saud", aliases: [] };
    expect(mayMatchOfficial({ name: "Salman", aliases: [] }, officialSearchText(salman))).toBe(true);
    expect(mayMatchOfficial({ name: "Faisal", aliases: [] }, officialSearchText(salman))).toBe(false);
  });
});

describe("mergeOfficial", () => {
  it("lets a specific office reported the same day replace a generic one ('Secretary' and 'Secretary of State')", () => {
    const generic = officialWithPosition(official("Antony Blinken", { role: "minister", title: "Secretary", sources: [source("a")] }), "2024-01-27");
    const specific = officialWithPosition(official("Antony Blinken", { role: "foreign-minister", title: "Secretary of State", sources: [source("b")] }), "2024-01-27");
    for (const merged of [mergeOfficial(generic, specific), mergeOfficial(specific, generic)]) {
      expect(merged).toMatchObject({ role: "foreign-minister", title: "Secretary of State" });
      expect(merged.positions.map((p) => p.role)).toEqual(["foreign-minister"]);
    }
    // Another day, another office: a minister who became foreign minister keeps both.
    const later = officialWithPosition(official("Antony Blinken", { role: "foreign-minister", title: "Secretary of State", sources: [source("b")] }), "2024-02-01");
    expect(mergeOfficial(generic, later).positions.map((p) => p.role)).toEqual(["minister", "foreign-minister"]);
  });

  it("keeps the fullest name, every other form as an alias, positions over time and all sources", () => {
    const first = officialWithPosition(official("Al-Maliki", { sources: [source("a")] }), "2020-05-01");
    const second = officialWithPosition(official("Riyad al-Malki", { role: "ambassador", sources: [source("b")] }), "2023-01-10");
    const merged = mergeOfficial(first, second);
    expect(merged).toMatchObject({ name: "Riyad al-Malki", aliases: ["Al-Maliki"], role: "ambassador" });
    expect(merged.positions.map((p) => [p.role, p.from])).toEqual([["foreign-minister", "2020-05-01"], ["ambassador", "2023-01-10"]]);
    expect(merged.sources).toHaveLength(2);
  });

  it("keeps the name written out over the one with an initial, whichever came first", () => {
    const initial = official("S. Jaishankar", { sources: [source("a")] });
    const written = official("Subrahmanyam Jaishankar", { sources: [source("b")] });
    for (const merged of [mergeOfficial(initial, written), mergeOfficial(written, initial)]) {
      expect(merged).toMatchObject({ name: "Subrahmanyam Jaishankar", aliases: ["S. Jaishankar"] });
    }
  });

  it("keeps a position's earliest start and latest end", () => {
    const base = { title: null, country: null, accreditedTo: null, to: null };
    expect(mergePositions([
      { ...base, role: "ambassador", from: "2021" },
      { ...base, role: "ambassador", from: "2019-03", to: "2022" },
    ])).toEqual([{ ...base, role: "ambassador", from: "2019-03", to: "2022" }]);
  });
});

describe("matchMission", () => {
  const telAviv = { ...mission({ city: "Tel Aviv" }), id: "AZ-IL-embassy-tel-aviv" };
  it.each([
    [{ city: "Tel Aviv" }, [telAviv], "same sender, host, kind and city"],
    [{ city: null }, [telAviv], "no city given; the only known embassy of AZ in IL is in Tel Aviv"],
    [{ city: "Tel Aviv" }, [{ ...mission(), id: "AZ-IL-embassy" }], "city Tel Aviv completes the embassy known without a city"],
  ])("%j merges: %s", (ref, candidates, reason) => {
    expect(matchMission({ sender: "AZ", host: "IL", kind: "embassy", ...ref }, candidates)?.reason).toBe(reason);
  });

  it("keeps two cities apart, and an undated city-less mention apart when several cities are known", () => {
    const jerusalem = { ...mission({ city: "Jerusalem" }), id: "AZ-IL-embassy-jerusalem" };
    expect(matchMission({ sender: "AZ", host: "IL", kind: "embassy", city: "Jerusalem" }, [telAviv])).toBeNull();
    expect(matchMission({ sender: "AZ", host: "IL", kind: "embassy", city: null }, [telAviv, jerusalem])).toBeNull();
    expect(matchMission({ sender: "AZ", host: "IL", kind: "consulate", city: "Tel Aviv" }, [telAviv])).toBeNull();
  });

  it("reads 'a consulate in Haifa' as the consulate-general known there, and 'the embassy' as the high commission", () => {
    const haifa = { ...mission({ kind: "consulate-general", city: "Haifa" }), id: "AZ-IL-consulate-general-haifa" };
    expect(matchMission({ sender: "AZ", host: "IL", kind: "consulate", city: "Haifa" }, [haifa])?.reason).toBe("a consulate in Haifa is the known consulate-general in Haifa: one post, named two ways");
    const commission = { ...mission({ sender: "GB", host: "KE", kind: "high-commission", city: "Nairobi" }), id: "GB-KE-high-commission-nairobi" };
    expect(matchMission({ sender: "GB", host: "KE", kind: "embassy", city: null }, [commission])?.mission.id).toBe("GB-KE-high-commission-nairobi");
  });

  it("negative: a consular post of the other kind elsewhere, or with no city told, is another post", () => {
    const haifa = { ...mission({ kind: "consulate-general", city: "Haifa" }), id: "AZ-IL-consulate-general-haifa" };
    expect(matchMission({ sender: "AZ", host: "IL", kind: "consulate", city: "Eilat" }, [haifa])).toBeNull();
    expect(matchMission({ sender: "AZ", host: "IL", kind: "consulate", city: null }, [haifa])).toBeNull();
    expect(matchMission({ sender: "AZ", host: "IL", kind: "honorary-consulate", city: "Haifa" }, [haifa])).toBeNull();
    // A known embassy of the same kind elsewhere: the high commission is not this embassy's other name.
    const commission = { ...mission({ kind: "high-commission", city: null }), id: "AZ-IL-high-commission" };
    expect(matchMission({ sender: "AZ", host: "IL", kind: "embassy", city: "Jerusalem" }, [telAviv, commission])).toBeNull();
  });
});

describe("mission lifecycle", () => {
  const change = (status: MissionStatus, date: string | null, doc = "d", asOf = false): StatusReport => ({ status, date, sources: [source(doc)], asOf });
  const replay = (...changes: StatusReport[]) => deriveStatus(changes.reduce(addStatusChange, [] as ReturnType<typeof addStatusChange>));

  it.each<[string, StatusReport[], MissionStatus]>([
    ["announced, approved, opened", [change("planned", "2023-01"), change("approved", "2023-03-30"), change("open", "2023-09-14")], "open"],
    ["reported backwards", [change("open", "2023-09-14"), change("approved", "2023-03-30"), change("planned", "2023-01")], "open"],
    ["an announcement after approval", [change("approved", "2023-03-30"), change("planned", "2023-06-02")], "approved"],
    ["suspended after opening", [change("open", "2023-09"), change("suspended", "2024-02-08")], "suspended"],
    ["closed, then reopened", [change("open", "2019"), change("closed", "2020-05-01"), change("open", "2022-01-01")], "open"],
    ["an old approval after opening", [change("open", "2020"), change("approved", "2021")], "open"],
    ["undated open, dated closure", [change("open", null), change("closed", "2021-01-01")], "closed"],
  ])("%s → %s", (_, changes, status) => {
    expect(replay(...changes)).toBe(status);
  });

  it("merges a repeated report of the same change, keeping the more precise date and both sources", () => {
    const history = [change("open", "2023-09", "a"), change("open", "2023-09-14", "b")].reduce(addStatusChange, [] as ReturnType<typeof addStatusChange>);
    expect(history).toEqual([{ status: "open", date: "2023-09-14", sources: [source("a"), source("b")] }]);
  });

  it("lets an as-of report confirm the last change to that status, or add one dated on its day", () => {
    const opened = addStatusChange([], change("open", "2023-09-14", "a"));
    expect(addStatusChange(opened, change("open", "2024-01-01", "b", true))).toEqual([{ status: "open", date: "2023-09-14", sources: [source("a"), source("b")] }]);
    expect(addStatusChange(opened, change("closed", "2024-01-01", "b", true)).map((h) => h.date)).toEqual(["2023-09-14", "2024-01-01"]);
  });

  it("answers the status at a given day, ignoring undated changes", () => {
    const history = [change("open", "2020-05"), change("closed", "2022-11-30"), change("planned", null)].reduce(addStatusChange, [] as ReturnType<typeof addStatusChange>);
    expect(deriveStatus(history, "2019-12-31")).toBeNull();
    expect(deriveStatus(history, "2021-12-31")).toBe("open");
    expect(deriveStatus(history, "2022-12-31")).toBe("closed");
  });

  it("applyMissionReport starts a mission and fills details in later", () => {
    const started = applyMissionReport(null, { mission: mission({ sources: [source("a")] }), changes: [change("planned", "2023-01", "a")] });
    const later = applyMissionReport(started, { mission: mission({ city: "Tel Aviv", headOfMission: "Mukhtar Mammadov", sources: [source("b")] }), changes: [change("open", "2023-03-29", "b")] });
    expect(later).toMatchObject({ city: "Tel Aviv", status: "open", headOfMission: "Mukhtar Mammadov" });
    expect(later.sources).toHaveLength(2);
  });
});

describe("representation level", () => {
  it.each([
    ["embassy", "open", [{ level: 3, date: "2020", reason: "" }], 3],
    ["embassy", "open", [{ level: 3, date: "2020", reason: "" }, { level: 1, date: "2023-05", reason: "" }], 1],
    ["nunciature", "open", [], 9],
    ["consulate", "open", [{ level: 3, date: "2020", reason: "" }], 9],
    ["embassy", "closed", [{ level: 3, date: "2020", reason: "" }], 0],
    ["embassy", "planned", [], 0],
  ] as const)("%s, %s, %j → %i", (kind, status, evidence, level) => {
    expect(deriveLevel(kind, status, evidence)).toBe(level);
  });

  it("a dyad is represented at its highest diplomatic level, 9 with other posts only, 0 with none", () => {
    expect(dyadLevel([mission({ representationLevel: 9 }), mission({ representationLevel: 3 })])).toBe(3);
    expect(dyadLevel([mission({ representationLevel: 9 })])).toBe(9);
    expect(dyadLevel([])).toBe(0);
  });
});

describe("matchEvent", () => {
  const known = { ...event({ date: "2023-03-26/2023-03-31", officials: ["Jeyhun Bayramov"], reported: "2023-03-31" }), id: "e1" };

  it("merges the same visit told twice and explains why", () => {
    const match = matchEvent(event({ date: "2023-03-30", officials: ["Jeyhun Bayramov"] }), [known]);
    expect(match?.reason).toBe("same type+dyad (visit AZ→PS), dates 2023-03-30 ⊂ 2023-03-26/2023-03-31, shared official Jeyhun Bayramov");
  });

  it("joins reports of one state's act on one day whichever officials each names, but not visits", () => {
    const expelled = { ...event({ type: "diplomat-expelled", source: "PE", target: "MX", date: "2023-10-09", officials: ["Pablo Monroy", "Ana Gervasi"] }), id: "x" };
    expect(matchEvent(event({ type: "diplomat-expelled", source: "PE", target: "MX", date: "2023-10-09", officials: ["Andres Lopez"] }), [expelled])?.reason).toBe(
      "same type+dyad (diplomat-expelled PE→MX), same date 2023-10-09",
    );
    expect(matchEvent(event({ type: "diplomat-expelled", source: "PE", target: "MX", date: "2023-10-02", officials: ["Andres Lopez"] }), [expelled])).toBeNull();
    expect(matchEvent(event({ date: "2023-03-30", officials: ["Ilham Aliyev"] }), [known])).toBeNull();
  });

  it("treats symmetric types as unordered and others as ordered", () => {
    const meeting = { ...event({ type: "meeting", source: "PS", target: "AZ", date: "2023-03-30" }), id: "m" };
    expect(matchEvent(event({ type: "meeting", date: "2023-03-30" }), [meeting])?.reason).toBe("same type+dyad (meeting PS–AZ), same date 2023-03-30");
    expect(matchEvent(event({ source: "PS", target: "AZ", date: "2023-03-30" }), [known])).toBeNull();
  });

  it.each([
    ["dates that do not overlap", { date: "2023-04-05", officials: ["Jeyhun Bayramov"] }],
    ["different officials", { date: "2023-03-30", officials: ["Ilham Aliyev"] }],
    ["another modality", { date: "2023-03-30", modality: "planned" }],
    ["no date and nothing else in common", { date: null }],
    ["no date, reported before the known event", { date: null, officials: ["Jeyhun Bayramov"], reported: "2023-03-20" }],
  ])("keeps apart: %s", (_, fields) => {
    expect(matchEvent(event(fields), [known])).toBeNull();
  });

  it("keeps apart two visits to different cities", () => {
    const inRamallah = { ...known, location: { city: "Ramallah", country: "PS" } };
    expect(matchEvent(event({ date: "2023-03-30", location: { city: "Gaza", country: "PS" } }), [inRamallah])).toBeNull();
    expect(matchEvent(event({ date: "2023-03-30", location: { city: "Ramallah", country: "PS" } }), [inRamallah])).not.toBeNull();
  });

  it("accepts an undated report when a shared official agrees", () => {
    expect(matchEvent(event({ date: null, officials: ["Bayramov"], reported: "2023-04-02" }), [known])?.reason).toBe(
      "same type+dyad (visit AZ→PS), this report is undated, the known event is 2023-03-26/2023-03-31, shared official Jeyhun Bayramov",
    );
  });

  it("reads a report's approximate day (news the article never dated) as the week up to it", () => {
    // (An agreement: a visit's reports also meet within a few days of each other, below.)
    const signed = (fields: Parameters<typeof event>[0]) => event({ type: "agreement", ...fields });
    const undated = { ...signed({ date: "2023-04-02~", officials: ["Jeyhun Bayramov"], reported: "2023-04-02" }), id: "a" };
    expect(matchEvent(signed({ date: "2023-03-30", officials: ["Bayramov"] }), [undated])?.reason).toBe(
      "same type+dyad (agreement AZ–PS), dates 2023-03-30 ⊂ 2023-04-02~, 2023-04-02~ read as 2023-03-26/2023-04-02, shared official Jeyhun Bayramov",
    );
    // The week before, and no later: the news cannot have happened after it was reported.
    expect(matchEvent(signed({ date: "2023-03-25", officials: ["Bayramov"] }), [undated])).toBeNull();
    expect(matchEvent(signed({ date: "2023-04-03", officials: ["Bayramov"] }), [undated])).toBeNull();
    // A day the text gives stays that day.
    expect(matchEvent(signed({ date: "2023-03-30", officials: ["Bayramov"] }), [{ ...undated, date: "2023-04-02" }])).toBeNull();
  });

  it("joins reports of one visit dated days apart (arrival, talks), and keeps other types to their days", () => {
    const arrival = { ...event({ date: "2024-05-19", officials: ["Andrzej Duda"] }), id: "v" };
    expect(matchEvent(event({ date: "2024-05-20", officials: ["Duda"] }), [arrival])?.reason).toBe(
      "same type+dyad (visit AZ→PS), dates 2024-05-20 and 2024-05-19 within days of each other, shared official Andrzej Duda",
    );
    expect(matchEvent(event({ date: "2024-05-24", officials: ["Duda"] }), [arrival])).toBeNull();
    const meeting = { ...arrival, type: "meeting" as const };
    expect(matchEvent(event({ type: "meeting", date: "2024-05-20" }), [meeting])).toBeNull();
  });

  it("prefers the candidate sharing the most officials", () => {
    const other = { ...event({ date: "2023-03", officials: ["Ilham Aliyev", "Jeyhun Bayramov"] }), id: "e2" };
    expect(matchEvent(event({ date: "2023-03-30", officials: ["Ilham Aliyev", "Jeyhun Bayramov"] }), [known, other])?.event.id).toBe("e2");
  });
});

describe("mergeEvent", () => {
  it("keeps the most precise date, the earliest report and every official and source", () => {
    const merged = mergeEvent(
      event({ date: "2023-03-26/2023-03-31", reported: "2023-03-31", officials: ["Jeyhun Bayramov"], sources: [source("a")] }),
      event({ date: "2023-03-30", reported: "2023-04-01", officials: ["Bayramov", "Riyad Al-Maliki"], sources: [source("b")] }),
    );
    expect(merged).toMatchObject({ date: "2023-03-30", reported: "2023-03-31", officials: ["Jeyhun Bayramov", "Riyad Al-Maliki"] });
    expect(reportCount(merged.sources)).toBe(2);
  });

  it("keeps a day the text gives over an approximate one, whichever came first", () => {
    expect(mergeEvent(event({ date: "2023-04-02~" }), event({ date: "2023-03-30" })).date).toBe("2023-03-30");
    expect(mergeEvent(event({ date: "2023-03-30" }), event({ date: "2023-04-02~" })).date).toBe("2023-03-30");
  });
});

describe("sources", () => {
  it("joins without repeats and counts documents, not sentences", () => {
    const sources = mergeSources([source("a"), source("a", "other-rule")], [source("a"), { rule: "csv", spans: [], confidence: 1 }]);
    expect(sources).toHaveLength(3);
    expect(reportCount(sources)).toBe(2);
    expect(reportCount([])).toBe(1);
  });
});
