import { describe, expect, it } from "vitest";
import type { DiplomaticMission } from "../model/mission.js";
import { extract } from "./extract.js";
import { wordGate } from "./missions.js";
import { MISSION_CUES, MISSION_KIND_PATTERNS } from "./rules/missions.js";

// 2023-03-31 is a Friday.
const FRIDAY = "2023-03-31";

type Expected = Partial<Pick<DiplomaticMission, "sender" | "host" | "kind" | "city" | "status">>;

const summary = (missions: DiplomaticMission[]) => JSON.stringify(missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status]));

/** Exactly one mission with the expected sender, host and kind (those given), matching the rest. */
function expectMission(text: string, published: string | null, expected: Expected) {
  const { missions } = extract({ text, published });
  const same = missions.filter((m) => (!expected.sender || m.sender === expected.sender) && (!expected.host || m.host === expected.host) && (!expected.kind || m.kind === expected.kind));
  expect(same, summary(missions)).toHaveLength(1);
  expect(same[0]).toMatchObject(expected);
  return same[0]!;
}

describe("missions: kinds", () => {
  it.each([
    ["Chile opened an embassy in Canberra on Monday.", { sender: "CL", host: "AU", kind: "embassy", city: "Canberra" }],
    ["Kenya inaugurated its consulate general in Guangzhou on Tuesday.", { sender: "KE", host: "CN", kind: "consulate-general", city: "Guangzhou" }],
    ["Kenya opened a consulate general at The Hague on Tuesday.", { sender: "KE", host: "NL", kind: "consulate-general", city: "The Hague" }],
    ["Peru's honorary consulate in Brno closed on Monday.", { sender: "PE", host: "CZ", kind: "honorary-consulate", city: "Brno" }],
    ["Taiwan opened a representative office in Vilnius in 2021.", { sender: "TW", host: "LT", kind: "representative-office", city: "Vilnius" }],
    ["Chile opened a trade office in Mumbai on Monday.", { sender: "CL", host: "IN", kind: "trade-office", city: "Mumbai" }],
    // (Named with no word but "representation".)
    ["Belarus opened a trade representation in Hanoi on Tuesday.", { sender: "BY", host: "VN", kind: "trade-office", city: "Hanoi", status: "open" }],
    ["Ukraine closed its commercial representation in Minsk in 2022.", { sender: "UA", host: "BY", kind: "trade-office", city: "Minsk", status: "closed" }],
    ["Israel opened a liaison office in Rabat in 2020.", { sender: "IL", host: "MA", kind: "liaison-office", city: "Rabat" }],
    ["Azerbaijan inaugurated its permanent mission to the United Nations in New York on Monday.", { sender: "AZ", host: "UN", kind: "permanent-mission", city: "New York" }],
    // (The town after an organisation is its office's, in whatever state: not the seat the organisation has.)
    ["Peru opened its Permanent Mission to the United Nations in Geneva in 2010.", { sender: "PE", host: "UN", kind: "permanent-mission", city: "Geneva" }],
    ["The Swiss embassy hosts the US interests section in Havana.", { sender: "US", host: "CU", kind: "interests-section", city: "Havana" }],
    // ("its" after a verb of saying is the state it introduces; after ", and" a new subject's, unless a list goes on.)
    ["Luis Paz noted that Chile opened its embassy in Lima in 2013 and said Peru was finalising arrangements to open its own embassy in Santiago, which the cabinet approved last year.", { sender: "PE", host: "CL", kind: "embassy", city: "Santiago", status: "approved" }],
    ["Peru opened its embassy in Santiago in 2013, and Chile will open its embassy in Lima.", { sender: "CL", host: "PE", kind: "embassy", city: "Lima", status: "planned" }],
    // ("will this year open": a time between the modal and the verb.)
    ["The minister announced that Peru will this year open a trade office in Accra.", { sender: "PE", host: "GH", kind: "trade-office", city: "Accra", status: "planned" }],
    // (A concessive clause has its own verb: not "would" of the clause before it.)
    ["Ana Rojas said Chile would continue to support Peru, although it closed its embassy in Lima in 2013.", { sender: "CL", host: "PE", kind: "embassy", city: "Lima", status: "closed" }],
    // ("too close to Chile" is no closing of the post the parliament voted for.)
    ["Lima accused Quito of growing too close to Chile, after Ecuador's parliament, the National Assembly, voted in May to open an embassy in Chile.", { sender: "EC", host: "CL", kind: "embassy", status: "approved" }],
    // ("St" for "Saint", with no stop: the city the gazetteer spells out.)
    ["Norway will close Peru's consulate general in St Petersburg, the ministry said on Monday.", { sender: "PE", host: "RU", kind: "consulate-general", city: "St Petersburg", status: "closed" }],
  ] as const)("%s", (text, expected) => {
    expectMission(text, FRIDAY, expected);
  });

  it("lists the kinds in MISSION_KIND_PATTERNS, each with a global pattern", () => {
    for (const { pattern } of MISSION_KIND_PATTERNS) expect(pattern.flags).toContain("g");
    expect(MISSION_KIND_PATTERNS.map((p) => p.kind)).toContain("interests-section");
  });
});

describe("missions: posts reshaped, ranked, delayed or told again through 'it'", () => {
  const posts = (text: string, published = FRIDAY) => {
    const r = extract({ text, published });
    return { missions: JSON.parse(summary(r.missions)), events: r.events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads a post raised to another kind as that kind ('upgraded its consulate in Sydney to a consulate general'), the old one closed", () => {
    expect(posts("Chile upgraded its consulate in Sydney to a consulate general on Monday.")).toEqual({
      missions: [["CL", "AU", "consulate-general", "Sydney", "open"], ["CL", "AU", "consulate", "Sydney", "closed"]],
      events: [["mission-upgraded", "CL", "AU", "2023-03-27"]],
    });
  });
  it("reads the kind posts are raised to as no post of its own ('upgraded their missions in Abuja to embassies')", () => {
    expect(posts("Peru and Chile upgraded their missions in Abuja to embassies on Monday.")).toEqual({
      missions: [["PE", "NG", "embassy", "Abuja", "open"], ["CL", "NG", "embassy", "Abuja", "open"]],
      events: [["mission-upgraded", "PE", "NG", "2023-03-27"], ["mission-upgraded", "CL", "NG", "2023-03-27"]],
    });
    expect(posts("Peru upgraded its mission in Abuja to an embassy.").events).toEqual([["mission-upgraded", "PE", "NG", "2023-03-31~"]]);
  });
  it("reads 'turned its office in Lima into an embassy' as the embassy raised there; not an office turned into something else", () => {
    expect(posts("Chile turned its office in Lima into an embassy on Monday.")).toEqual({
      missions: [["CL", "PE", "embassy", "Lima", "open"]],
      events: [["mission-upgraded", "CL", "PE", "2023-03-27"]],
    });
    expect(posts("Chile turned the office in Lima into a museum on Monday.")).toEqual({ missions: [], events: [] });
  });
  it("reads a state's own 'mission' in a town as its embassy, raised to a full embassy", () => {
    expect(posts("Last year the government upgraded the Chilean mission in Canberra to a full embassy.").missions).toEqual([["CL", "AU", "embassy", "Canberra", "open"]]);
    // (A mission with a word between, or an organisation's, is no post.)
    expect(posts("Chile ended its military mission in Haiti in 2017.").missions).toEqual([]);
    expect(posts("The UN mission in Haiti ended in 2017.").missions).toEqual([]);
  });
  it("reads a move within one host as an open post in its new town, not a closure", () => {
    expect(posts("Paraguay relocated its embassy from Tel Aviv to Jerusalem on Monday.")).toEqual({ missions: [["PY", "IL", "embassy", "Jerusalem", "open"]], events: [["mission-opened", "PY", "IL", "2023-03-27"]] });
  });
  it("reads 'did not open … until 1994' as the opening, then", () => {
    expect(posts("Chile and Norway established relations in 1950, although Chile did not open an embassy in Oslo until 1994.").events).toContainEqual(["mission-opened", "CL", "NO", "1994"]);
    expect(posts("Chile did not open an embassy in Oslo.").missions).toEqual([]);
  });
  it("reads 'became the third country to open an embassy in X' as an opening, and 'will become the first …' as an announcement", () => {
    expect(posts("HONIARA — Fiji on Monday became the third country to open an embassy in Honiara.").events).toEqual([["mission-opened", "FJ", "SB", "2023-03-27"]]);
    expect(posts("Fiji will become the first country to open an embassy in Honiara.").events.map((e) => e[0])).toEqual(["mission-announced"]);
  });
  it("reads a definite post whose closing is only asked about as an open post", () => {
    expect(posts("Asked whether Peru would close its embassy in Quito, the minister declined to comment.")).toEqual({ missions: [["PE", "EC", "embassy", "Quito", "open"]], events: [] });
  });
  it("reads a later change told through 'it' ('opened an embassy in Apia in 1990 but shut it in 1998')", () => {
    expect(posts("Chile opened an embassy in Apia in 1990 but shut it in 1998, citing costs.").events).toEqual([["mission-opened", "CL", "WS", "1990"], ["mission-closed", "CL", "WS", "1998"]]);
    expect(posts("Chile opened an embassy in Apia in 1990 and staffed it with five diplomats.").events).toEqual([["mission-opened", "CL", "WS", "1990"]]);
  });
  it("reads the post's own verb past a relative clause and past a verb vetoed before it", () => {
    expect(posts("Chile, which established relations with Samoa in 1980, opened an embassy in Apia in 1990.").events).toContainEqual(["mission-opened", "CL", "WS", "1990"]);
    expect(posts("Chile downgraded its relations with Peru on Monday, days after a Bolivian consulate opened its doors in Arica.").events).toContainEqual(["mission-opened", "BO", "CL", expect.any(String)]);
  });
  it("reads the nearest verb across a clause's break ('had closed that post — and the opening of a new embassy in X')", () => {
    expect(posts("It follows the return of a Chilean embassy to Apia in 2019 — Chile had closed its first post there in 1998 — and the opening of a new embassy in Suva in May 2019.").events).toContainEqual(["mission-opened", "CL", "FJ", "2019-05"]);
  });
});

describe("missions: word gate", () => {
  // One phrase for each way of naming a post or a change to it: a pattern that matches one is never gated off it.
  const phrases = [
    "the Apostolic Nunciature", "High Commissions", "Honorary Consul-General", "consulates general", "General Consulate", "vice-consulate",
    "economic and trade representation office", "Taipei Economic and Cultural Office", "trade and representative offices", "de facto embassy",
    "economic and cultural representative office", "representative mission", "diplomatic offices", "Liaison Office", "Interests Section",
    "permanent representation", "mission of Chad to the United Nations", "EU Delegation", "delegation of the European Union", "the CHANCERY",
    "diplomatic posts", "upgraded", "elevated it to", "raised to", "became a full-fledged embassy", "was converted into an embassy", "transforms its office in Lima into an embassy",
    "downgrading", "temporarily closed", "closure of", "shutdown", "lowered its flag", "ordered it closed", "pulled out",
    "withdrew its diplomats", "relocation of", "ceased to operate", "suspension of", "halted", "froze", "evacuated",
    "cabinet of Chad decided to open", "approval of", "ratified", "decree", "law on", "bill on", "signed the decree", "enacted a new law",
    "royal decree", "national assembly has voted", "will re-open", "vowed to set up", "plans to widen its diplomatic network",
    "agreed to restore ties and reestablish", "to restore ties and re-establish", "plans a new", "planning to open", "decision to establish",
    "intend to open", "to set up", "announced the opening", "would reopen", "is to open", "set to open", "the flag was hoisted",
    "hoisted the national flag", "opening", "inauguration", "began operating", "starts work", "reopened", "resumed its operations",
    "launched", "re-established", "establishment of", "commissioned", "unveiled", "keeps", "maintaining", "retained",
    "has a resident embassy", "operates its consulate", "runs an office",
  ];
  it.each([
    ["kinds", MISSION_KIND_PATTERNS],
    ["cues", MISSION_CUES],
  ] as const)("%s", (_, rules) => {
    const gate = wordGate(rules);
    for (const phrase of phrases) {
      for (const text of [phrase, `It said ${phrase} on Monday.`]) {
        const open = gate(text);
        rules.forEach(({ pattern }, i) => {
          pattern.lastIndex = 0;
          if (pattern.test(text)) expect(open & (1 << i), `${pattern.source.slice(0, 40)} on ${text}`).not.toBe(0);
          pattern.lastIndex = 0;
        });
      }
    }
    // (And it gates: a sentence about something else opens none.)
    // (Save the trade office's word.)
    expect(gate("The two ministers discussed trade in Rome.")).toBe(rules === MISSION_KIND_PATTERNS ? 1 << MISSION_KIND_PATTERNS.findIndex((k) => k.kind === "trade-office") : 0);
  });
});

describe("missions: sender and host", () => {
  it.each([
    ["adjective", "The Japanese embassy in Hanoi opened on Monday.", { sender: "JP", host: "VN", city: "Hanoi" }],
    ["possessive", "Ghana's embassy in Addis Ababa opened on Monday.", { sender: "GH", host: "ET", city: "Addis Ababa" }],
    ["of-phrase", "The embassy of Ghana in Addis Ababa opened on Monday.", { sender: "GH", host: "ET", city: "Addis Ababa" }],
    ["its", "Mali suspended the operations of its embassy in Abidjan on Monday.", { sender: "ML", host: "CI", city: "Abidjan" }],
    ["a country as host keeps no city", "Chile plans to open an embassy in India.", { sender: "CL", host: "IN", city: null }],
  ] as const)("%s: %s", (_, text, expected) => {
    expectMission(text, FRIDAY, { kind: "embassy", ...expected });
  });

  it("reads embassies in each other's capitals as two posts", () => {
    const { missions } = extract({ text: "Oman and Malta opened embassies in each other's capitals on Monday.", published: FRIDAY });
    const pairs = missions.map((m) => [m.sender, m.host, m.kind, m.status]).sort();
    expect(pairs).toEqual([
      ["MT", "OM", "embassy", "open"],
      ["OM", "MT", "embassy", "open"],
    ]);
  });

  it.each([
    "Peru appointed Luis Paz as its resident ambassador to Bhutan on Monday.",
    "Ambassador Luis Paz, Peru's ambassador to Bhutan, spoke on Monday.",
  ])("a resident ambassador alone creates no mission: %s", (text) => {
    expect(extract({ text, published: FRIDAY }).missions).toEqual([]);
  });
});

describe("missions: states named together", () => {
  it("gives 'their' posts to each state of a coordinated subject", () => {
    const { missions } = extract({ text: "Norway suspended its embassy in Kabul, while Denmark and Finland closed their embassies in Kabul.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["NO", "AF", "embassy", "Kabul", "suspended"], ["DK", "AF", "embassy", "Kabul", "closed"], ["FI", "AF", "embassy", "Kabul", "closed"]]));
  });

  it("reads 'their' posts of two states with no place named as each in the other, and a place named just before as theirs", () => {
    const { missions } = extract({ text: "Iran and Saudi Arabia agreed on Friday to reopen their embassies.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["IR", "SA", "embassy", null, "planned"], ["SA", "IR", "embassy", null, "planned"]]));
    const kabul = extract({ text: "Norway closed its embassy in Kabul on Monday. Denmark and Finland said on Friday their embassies were closed.", published: FRIDAY });
    expect(summary(kabul.missions)).toBe(JSON.stringify([["NO", "AF", "embassy", "Kabul", "closed"], ["DK", "AF", "embassy", "Kabul", "closed"], ["FI", "AF", "embassy", "Kabul", "closed"]]));
  });
});

describe("missions: posts listed after one verb", () => {
  it("gives each post of a list the sender and verb of the first, whatever its kind", () => {
    const { missions, events } = extract({ text: "Norway's foreign minister said the new posts would comprise embassies in Peru and the Republic of Chile, high commissions in Ghana and Kenya, and a consulate-general in Lyon.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["NO", "PE", "embassy", null, "planned"], ["NO", "CL", "embassy", null, "planned"], ["NO", "GH", "high-commission", null, "planned"], ["NO", "KE", "high-commission", null, "planned"], ["NO", "FR", "consulate-general", "Lyon", "planned"]]));
    expect(events.map((e) => [e.type, e.target])).toEqual([["mission-announced", "PE"], ["mission-announced", "CL"], ["mission-announced", "GH"], ["mission-announced", "KE"], ["mission-announced", "FR"]]);
  });

  it.each([
    // (A post with a sender of its own is not the list's.)
    ["Chile opened an embassy in Lima in 2010, and Peru's consulate in Arica closed in 2012.", [["CL", "PE", "embassy", "Lima", "open"], ["PE", "CL", "consulate", "Arica", "closed"]]],
    // (Posts in counted places name no place; the one named after them does.)
    ["Chile runs embassies in 13 of the 18 member states, including the embassy in Lima.", [["CL", "PE", "embassy", "Lima", "open"]]],
  ] as const)("%s", (text, expected) => {
    expect(summary(extract({ text, published: FRIDAY }).missions)).toBe(JSON.stringify(expected));
  });
});

describe("missions: posts at organisations, and posts set beside another's", () => {
  it.each([
    // (An organisation named without "the", and one named again as "the bloc" or "the Union".)
    ["Chile said it would establish a mission to ASEAN at the secretariat in Jakarta.", [["CL", "ASEAN", "permanent-mission", "Jakarta", "planned"]]],
    ["Peru's ambassador to the African Union, Ana Rojas, said Peru's mission to the bloc had operated in Addis Ababa since 2015.", [["PE", "AFRICAN-UNION", "permanent-mission", "Addis Ababa", "open"]]],
    ["Ana Rojas is also Peru's envoy to the African Union. Her office doubles as Peru's permanent mission to the Union.", [["PE", "AFRICAN-UNION", "permanent-mission", "Addis Ababa", "open"]]],
    // (An organisation's own delegation; a state's is a party of visitors.)
    ["The European Union said on Sunday that it had suspended the activities of its delegation in Lima.", [["EU", "PE", "delegation", "Lima", "suspended"]]],
    ["Ghana said its delegation in Geneva would stay.", []],
    // (A post beside the one a decree founds is not founded by it; the town of a post's seat is its city.)
    ["The decree establishes an embassy of Chile in the Republic of Ghana, with its headquarters in Accra. It brings Chile's missions in Africa to three, alongside the embassies in Nairobi and Abuja.", [["CL", "GH", "embassy", "Accra", "approved"], ["CL", "KE", "embassy", "Nairobi", "open"], ["CL", "NG", "embassy", "Abuja", "open"]]],
  ] as const)("%s", (text, expected) => {
    expect(summary(extract({ text, published: FRIDAY }).missions)).toBe(JSON.stringify(expected));
  });

  it("dates no state's closure by another sender's closure of its post told before", () => {
    const { events } = extract({ text: "The European Union suspended its delegation in Lima on Sunday.\n\nCanada said on Thursday that it had closed its embassy in Lima.", published: FRIDAY });
    expect(events.map((e) => [e.source, e.date])).toEqual([["EU", "2023-03-26"], ["CA", "2023-03-30~"]]);
  });
});

describe("missions: a post raised to another kind, and Taiwan's missions", () => {
  it.each([
    // (The post of the old kind is closed: the new one takes over.)
    ["A decree of 3 May 2021 raised the Consulate General of Chile in Lima to the rank of Embassy.", [["CL", "PE", "embassy", "Lima", "open"], ["CL", "PE", "consulate-general", "Lima", "closed"]]],
    ["Peru upgraded its consulate in Dubai to a consulate-general in 2019.", [["PE", "AE", "consulate-general", "Dubai", "open"], ["PE", "AE", "consulate", "Dubai", "closed"]]],
    // (A mission of Taiwan named only so is an office, not an embassy.)
    ["Lin, who served in Taiwan's missions in Hanoi and Lima, spoke on Monday.", [["TW", "VN", "representative-office", "Hanoi", "open"], ["TW", "PE", "representative-office", "Lima", "open"]]],
  ] as const)("%s", (text, expected) => {
    expect(summary(extract({ text, published: FRIDAY }).missions)).toBe(JSON.stringify(expected));
  });

  it("tells the raise as an upgrade on the decree's day", () => {
    const { events } = extract({ text: "A decree of 3 May 2021 raised the Consulate General of Chile in Lima to the rank of Embassy.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-upgraded", "CL", "PE", "2021-05-03"]]);
  });
});

describe("missions: a post in 'the Kenyan capital'", () => {
  it("is in the state's capital", () => {
    expectMission("Chile opened an embassy in the Kenyan capital on Monday.", FRIDAY, { sender: "CL", host: "KE", city: "Nairobi", status: "open" });
  });
  it("reads 'in the southern Peruvian city' as a town in that state, and 'in Peruvian media' as no place", () => {
    expectMission("Chile opened an honorary consulate in the southern Peruvian city on Monday.", FRIDAY, { sender: "CL", host: "PE", kind: "honorary-consulate", status: "open" });
    expect(extract({ text: "Chile plans an honorary consulate, according to reports in the local Peruvian press.", published: FRIDAY }).missions.map((m) => m.host)).not.toContain("PE");
  });
});

describe("missions: lifecycle status", () => {
  it.each([
    ["planned", "Chile plans to open an embassy in New Delhi.", "mission-announced"],
    ["planned", "Chile decided to open an embassy in India.", "mission-announced"],
    ["approved", "The Kenyan parliament approved the establishment of an embassy in Hanoi on Tuesday.", "mission-approved"],
    ["approved", "Mongolia's president signed a decree on opening an embassy in Canberra on Tuesday.", "mission-approved"],
    ["approved", "The Senate of Chile on Tuesday approved a bill establishing a consulate general in Chicago.", "mission-approved"],
    // (A government's resolution on a post's establishment approves it; the establishment is not its opening.)
    ["approved", "The Government of Chile adopted the resolution on the establishment of the Embassy in Hanoi on 11 October 2022.", "mission-approved"],
    ["open", "Chile opened an embassy in Canberra on Monday.", "mission-opened"],
    ["open", "Kenya inaugurated its consulate general in Guangzhou on Tuesday.", "mission-opened"],
    ["suspended", "Mali suspended the operations of its embassy in Abidjan on Monday.", "mission-closed"],
    ["closed", "Norway closed its embassy in Kabul in 2021.", "mission-closed"],
    ["suspended", "Norway temporarily closed its embassy in Kabul in 2021.", "mission-closed"],
    ["suspended", "Norway announced the temporary closure of its embassy in Kabul on Monday.", "mission-closed"],
    ["suspended", "Norway evacuated its embassy in Kabul on Monday.", "mission-closed"],
    ["planned", "Chile plans a consulate in Arequipa.", "mission-announced"],
    ["closed", "Taiwan lowered its flag over its embassy in Castries on Tuesday.", "mission-closed"],
    ["approved", "Chile's consulate in Lyon was established by a presidential decree on Tuesday.", "mission-approved"],
    ["planned", "Chile said it would resume diplomatic contacts with Peru and reopen its embassy in Lima.", "mission-announced"],
  ] as const)("%s: %s", (status, text, eventType) => {
    const mission = expectMission(text, FRIDAY, { status });
    expect(mission.history.at(-1)?.status).toBe(status);
    const events = extract({ text, published: FRIDAY }).events.filter((e) => e.type === eventType);
    expect(events).toHaveLength(1);
    expect(events[0]!.mission).toMatchObject({ sender: mission.sender, host: mission.host, kind: mission.kind });
  });

  it("reads a post that becomes an embassy as upgraded, the embassy opened", () => {
    const { events } = extract({ text: "Uruguay's consulate in Tallinn became a full embassy in January.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-upgraded", "UY", "EE", "2023-01"], ["mission-opened", "UY", "EE", "2023-01"]]);
  });

  it("reads 'the office' and 'the mission' as the post last named, and 'the office of …' as something else", () => {
    const text = "Chile opened a trade office in Lagos in 2009. Nigeria closed the office in 2015.";
    const mission = expectMission(text, FRIDAY, { sender: "CL", host: "NG", kind: "trade-office" });
    expect(mission.history.map((h) => [h.status, h.date])).toEqual([["open", "2009"], ["closed", "2015"]]);
    expect(extract({ text: "Chile opened an embassy in Lagos in 2009. The mission closed in 2015.", published: FRIDAY }).missions.map((m) => m.status)).toEqual(["closed"]);
    // An embassy is no "office", and the president's office is no post.
    expect(extract({ text: "Chile opened an embassy in Lagos in 2009. The office was closed in 2015.", published: FRIDAY }).missions.map((m) => m.status)).toEqual(["open"]);
    expect(extract({ text: "Chile opened a trade office in Lagos in 2009. The office of the president closed in 2015.", published: FRIDAY }).missions.map((m) => m.status)).toEqual(["open"]);
  });

  it("reads 'It was opened …' right after a post is named as that post's opening, and no later 'It'", () => {
    const { events } = extract({ text: "Chile now has an honorary consulate in Perth. It was opened on Monday by Chile's ambassador to Australia, Ana Rojas.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "CL", "AU", "2023-03-27"]]);
    // (Two sentences on, "It" is no longer the post.)
    expect(extract({ text: "Chile has an embassy in Lima. Peru welcomed the move. It was closed on Monday.", published: FRIDAY }).events).toEqual([]);
  });

  it("reads a post's own relative clause ('…, which was shut in 2013') as a change of its own, dated by its words", () => {
    const { missions, events } = extract({ text: "Chile said it would reopen its trade office in Lagos, which was shut in 2013.", published: FRIDAY });
    expect(missions.map((m) => [m.kind, m.status, m.history.map((h) => `${h.status}@${h.date}`).join()])).toEqual([["trade-office", "planned", "closed@2013,planned@2023-03-31~"]]);
    expect(events.map((e) => [e.type, e.date])).toEqual([["mission-announced", "2023-03-31~"], ["mission-closed", "2013"]]);
  });

  it("reads an opening told with ', a move approved … last year' as two changes, and the minister who opened it abroad as a visitor", () => {
    const text = "Chile's envoy arrived on Tuesday. On the same day Chilean Foreign Minister Ana Rojas inaugurated her country's first embassy in Hanoi, a move approved by the government in Santiago last year.";
    expect(extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([
      ["mission-opened", "CL", "VN", "2023-03-28"], ["visit", "CL", "VN", "2023-03-28"], ["mission-approved", "CL", "VN", "2022"],
    ]);
  });

  it("dates an announcement by the day of the verb before it ('said last week that it intends to open')", () => {
    const { events } = extract({ text: "Portugal, which is represented in Armenia from Moscow, said last week that it intends to open an embassy in Yerevan.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.date])).toEqual([["mission-announced", "2023-03-19/2023-03-25"]]);
  });

  it("reads a town the gazetteer lacks by the country after it ('in Cap-Haïtien, Haiti'), and no adjective as a host", () => {
    expectMission("Chile's consulate general in Cap-Haïtien, Haiti, was suspended on Monday.", FRIDAY, { sender: "CL", host: "HT", city: "Cap-Haïtien", status: "suspended" });
    expect(extract({ text: "The EU delegation denied reports in Azerbaijani media that it would open a branch.", published: FRIDAY }).missions).toEqual([]);
  });

  it("reads towns with particles, posts in a ', where' clause, and 'the embassy in Washington' of the story's state", () => {
    const text = "In 1978 Norway opened its embassy in Dar es Salaam. Colleagues at the embassy in Washington remember her. She met her husband in Nairobi, where he was serving at Denmark's embassy.";
    const { missions, events } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.city])).toEqual([["NO", "TZ", "Dar es Salaam"], ["NO", "US", "Washington"], ["DK", "KE", "Nairobi"]]);
    expect(events.map((e) => e.type)).toEqual(["mission-opened"]);
  });

  it("reads no verb cut from a longer word ('closer ties' is no closing)", () => {
    expectMission("She takes over the Chilean embassy in Yerevan at a time when public support for closer ties is high.", FRIDAY, { sender: "CL", host: "AM", status: "open" });
  });

  it("dates each change by its event", () => {
    const mission = expectMission("Norway closed its embassy in Kabul in 2021.", FRIDAY, { status: "closed" });
    expect(mission.history).toMatchObject([{ status: "closed", date: "2021" }]);
  });

  it("takes the latest change by date, not by the order of the text", () => {
    const text = "The embassy of Chile in Canberra opened on Thursday. Chile had announced on March 2 that it would open an embassy in Canberra.";
    const mission = expectMission(text, FRIDAY, { sender: "CL", host: "AU", kind: "embassy", city: "Canberra", status: "open" });
    expect(mission.history.map((h) => [h.status, h.date])).toEqual([
      ["planned", "2023-03-02"],
      ["open", "2023-03-30"],
    ]);
  });

  it("does not move an approved post back to planned", () => {
    const text = "Chile's Senate approved on Tuesday the opening of an embassy in Canberra. Chile announced in January that it would open an embassy in Canberra.";
    expectMission(text, FRIDAY, { sender: "CL", host: "AU", status: "approved" });
  });

  it("reads the reciprocal announcement as planned on both sides", () => {
    const { missions } = extract({ text: "Oman and Malta agreed to open embassies in each other's capitals.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.status]).sort()).toEqual([
      ["MT", "OM", "planned"],
      ["OM", "MT", "planned"],
    ]);
  });

  // Plural posts of "the two countries" or "both countries" are each one's in the other, as "each other's" above.
  it.each([
    ["Oman and Malta restored relations on Monday. The two countries closed their embassies in 2019.", "closed"],
    ["Oman and Malta restored relations on Monday. Both countries will reopen their embassies next month.", "planned"],
    ["Oman and Malta restored relations on Monday. Embassies in both countries were shut down in 2019.", "closed"],
  ] as const)("reads plural posts of a pair of states as both sides: %s", (text, status) => {
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status]).sort()).toEqual([
      ["MT", "OM", "embassy", status],
      ["OM", "MT", "embassy", status],
    ]);
  });

  it("reads a city whose name begins with the article, with the posts coordinated after it", () => {
    const { missions } = extract({ text: "Kenya has opened Consulate Generals at The Hague and Istanbul.", published: FRIDAY });
    expect(missions.map((m) => [m.host, m.kind, m.city])).toEqual([
      ["NL", "consulate-general", "The Hague"],
      ["TR", "consulate-general", "Istanbul"],
    ]);
  });

  it("keeps the consulates of 'embassies and consulates' apart from the embassies, and 'the two embassies' are posts, not states", () => {
    const both = extract({ text: "Oman and Malta cut ties in 2019. Embassies and consulates in both countries were closed.", published: FRIDAY });
    expect(both.missions.map((m) => [m.sender, m.host, m.kind]).sort()).toEqual([
      ["MT", "OM", "consulate"], ["MT", "OM", "embassy"], ["OM", "MT", "consulate"], ["OM", "MT", "embassy"],
    ]);
    const two = extract({ text: "Chile opened embassies in Ghana and Kenya on Monday. The two embassies will promote trade.", published: FRIDAY });
    expect(two.missions.map((m) => [m.sender, m.host]).sort()).toEqual([["CL", "GH"], ["CL", "KE"]]);
  });

  it("reads 'both countries' as the pair the story is about when a third state was named once in between", () => {
    const text = "Chile and Peru cut ties in 2019. Chile said Peru had diverted a border river with help from Brazil. Embassies in both countries were closed.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host]).sort()).toEqual([["CL", "PE"], ["PE", "CL"]]);
  });

  it("dates posts closed with no date of their own by the rupture the article dates, not by the report", () => {
    const text = "Oman and Malta restored ties on Monday. Oman had broken off relations with Malta in 2019, and embassies in both countries were closed.";
    const { missions, events } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.status, m.history.map((h) => h.date)])).toEqual([
      ["OM", "closed", ["2019"]],
      ["MT", "closed", ["2019"]],
    ]);
    expect(events.filter((e) => e.type === "mission-closed").map((e) => e.date)).toEqual(["2019", "2019"]);
    expect(events.find((e) => e.type === "relations-severed")).toMatchObject({ source: "OM", target: "MT", date: "2019" });
  });

  it("checks closing cues before opening ones", () => {
    const ids = MISSION_CUES.map((c) => c.id);
    expect(ids.indexOf("mission.closed")).toBeLessThan(ids.indexOf("mission.opened"));
    expect(MISSION_CUES.find((c) => c.id === "mission.announced")).toMatchObject({ status: "planned", future: true });
  });

  it.each([
    ["Chile will open an embassy in India next year.", { host: "IN", kind: "embassy" }],
    ["Chile will open a trade office in Mumbai next year.", { host: "IN", kind: "trade-office", city: "Mumbai" }],
  ] as const)("planned by 'will open': %s", (text, expected) => {
    expectMission(text, FRIDAY, { sender: "CL", status: "planned", ...expected });
  });

  it("dates an announcement by when it was made, not by when the post will open", () => {
    const mission = expectMission("Chile announced on Monday that it will open an embassy in Canberra in June.", FRIDAY, { sender: "CL", host: "AU", status: "planned" });
    expect(mission.history).toMatchObject([{ status: "planned", date: "2023-03-27" }]);
  });
});

describe("missions: negatives", () => {
  it.each([
    "Peru opened a visa centre in Chile.",
    "Chile would welcome an embassy of any friendly state.",
    "Chile could open an embassy in India if trade grows.",
    "The two ministers discussed trade and investment.",
    "The opposition won fair representation in the Chilean parliament on Sunday.",
  ])("%s", (text) => {
    expect(extract({ text, published: FRIDAY }).missions).toEqual([]);
  });

  // A denied plan creates no post.
  it("a denied plan creates no post", () => {
    expect(extract({ text: "Peru denied plans to open an embassy in Bhutan.", published: FRIDAY }).missions).toEqual([]);
  });

  // "closed for the holiday" (a DOMAIN.md trap) leaves the post open.
  it("closing for a holiday leaves the post open", () => {
    expectMission("The Japanese embassy in Hanoi was closed for the holiday on Monday.", FRIDAY, { sender: "JP", host: "VN", status: "open" });
  });

  it("leaves a post open whose sentence closes another post named just after the verb", () => {
    expectMission("Russia declared two diplomats of the Latvian embassy in Moscow persona non grata and decided to close Latvia's consulate general in Pskov.", FRIDAY, { sender: "LV", host: "RU", kind: "embassy", status: "open" });
  });

  it("reads a capital right before a post as where it is ('Sweden downgrades Tehran embassy', 'its Kabul embassy')", () => {
    expectMission("Sweden downgrades Tehran embassy", FRIDAY, { sender: "SE", host: "IR", city: "Tehran" });
    expectMission("Norway closed its Kabul embassy in 2021.", FRIDAY, { sender: "NO", host: "AF", city: "Kabul", status: "closed" });
  });

  it("leaves a post open that a planned post 'will complement'", () => {
    expectMission("Chile will open an honorary consulate in Arequipa later this year, which will complement the work of the Chilean Embassy in Lima.", FRIDAY, { sender: "CL", host: "PE", kind: "embassy", status: "open" });
  });

  it("leaves open a post named after the closed one in a clause of its own ('and now covers Botswana from its embassy in Pretoria')", () => {
    expectMission("Sweden closed its embassy in Gaborone in 2008 and now covers Botswana from its embassy in Pretoria.", FRIDAY, { sender: "SE", host: "ZA", kind: "embassy", status: "open" });
    expectMission("Sweden closed its embassy in Gaborone in 2008 and now covers Botswana from its embassy in Pretoria.", FRIDAY, { sender: "SE", host: "BW", kind: "embassy", status: "closed" });
  });

  it("places a post 'in the eastern Libyan city of Benghazi'", () => {
    expectMission("Türkiye's Consulate General in the eastern Libyan city of Benghazi resumed its activities on Monday.", FRIDAY, { sender: "TR", host: "LY", city: "Benghazi", status: "open" });
  });

  it("closing a consular section leaves the post open", () => {
    expectMission("The Japanese embassy in Hanoi closed its consular section to walk-in visitors on Monday.", FRIDAY, { sender: "JP", host: "VN", status: "open" });
  });
});

describe("missions: probes of the sixth session", () => {
  it("reads a dateline's country before its day as the dateline's, not the subject of 'its' ('NAIROBI, Kenya, Feb 12 – Ecuador … its consulate')", () => {
    expectMission("NAIROBI, Kenya, Feb 12 – Ecuador on Tuesday opened its consulate in Nairobi.", "2025-02-12", { sender: "EC", host: "KE", kind: "consulate", city: "Nairobi" });
  });

  it("keeps a consulate beside the honorary consulate the article names, whose honorary consul is no sign that the first is one", () => {
    const text = "Peru upgraded its consulate in Nairobi to an embassy on Tuesday. On Monday the vice minister was in Mombasa, where he inaugurated Peru's honorary consulate. Its head, Ali Said, was appointed honorary consul of Peru last year.";
    const { missions } = extract({ text, published: "2025-02-12" });
    // (The consulate raised to an embassy is an embassy now, the consulate closed.)
    expect(missions.map((m) => [m.kind, m.city, m.status]).sort()).toEqual([["consulate", "Nairobi", "closed"], ["embassy", "Nairobi", "open"], ["honorary-consulate", "Mombasa", "open"]]);
  });

  it("reads 'the country's' as the state named, not a capital named as a place", () => {
    expectMission("He visited Ghana's Embassy in Addis Ababa, which is also the country's Permanent Mission to the African Union.", FRIDAY, { sender: "GH", kind: "permanent-mission" });
  });
});

describe("missions: posts said to exist, and posts only counted", () => {
  it.each([
    ["Denmark has an embassy in Dhaka.", { sender: "DK", host: "BD", kind: "embassy", city: "Dhaka", status: "open" }],
    ["Ireland has an honorary consulate in Dhaka and a good deal of goodwill.", { sender: "IE", host: "BD", kind: "honorary-consulate", status: "open" }],
  ] as const)("%s", (text, expected) => {
    expectMission(text, FRIDAY, expected);
  });

  it("reads no post into 'has no embassy', a wish, or posts counted with no place ('several new embassies and consulates')", () => {
    for (const text of [
      "Bangladesh has no embassy in Ireland.",
      "If we had an embassy in Dhaka, it would pay for itself.",
      "Ireland has an embassy in New Delhi. A senator said the Government had opened several new embassies and consulates in recent years.",
    ]) expect(extract({ text, published: FRIDAY }).missions.filter((m) => m.kind !== "embassy" || m.host !== "IN"), text).toEqual([]);
  });
});

describe("missions: a ministry's year of posts", () => {
  it("dates each post of a list by its own part, past a place's state in apposition", () => {
    const text = "The ministry of Georgia opened two other posts this year: a consulate general in Erbil, Iraq, in June, and an honorary consulate in Porto, Portugal, in October.";
    const opened = extract({ text, published: "2023-12-28" }).events.map((e) => [e.type, e.target, e.date]);
    expect(opened).toEqual([["mission-opened", "IQ", "2023-06"], ["mission-opened", "PT", "2023-10"]]);
  });

  it("reads 'will expand its diplomatic network with new embassies in A and B and a consulate general in C' as posts announced the day it was told", () => {
    const text = "Georgia will expand its diplomatic network next year with new embassies in Vietnam and Chile and a consulate general in Munich, Deputy Foreign Minister Nino Kvaratskhelia told a year-end press briefing on Wednesday.";
    const { missions, events } = extract({ text, published: "2023-12-28" });
    expect(missions.map((m) => [m.host, m.kind, m.city, m.status])).toEqual([
      ["VN", "embassy", null, "planned"], ["CL", "embassy", null, "planned"], ["DE", "consulate-general", "Munich", "planned"],
    ]);
    expect(events.map((e) => [e.type, e.target, e.date])).toEqual([
      ["mission-announced", "VN", "2023-12-27"], ["mission-announced", "CL", "2023-12-27"], ["mission-announced", "DE", "2023-12-27"],
    ]);
  });
});

describe("missions: probes of the sixth session, reopenings", () => {
  it("reads the verb whose object the post is before a later verb, past a title-case dateline ('Port-au-Prince, May 22 (EFE).- X reopened its embassy …, after suspending operations')", () => {
    const text = "Port-au-Prince, May 22 (EFE).- Mexico reopened its embassy in Port-au-Prince on Tuesday, more than two months after suspending operations, the Mexican Foreign Ministry reported.";
    expect(extract({ text, published: "2024-05-22" }).events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "MX", "HT", "2024-05-21"]]);
  });

  it("reads 'its' in a relative clause as the state the clause hangs on ('follows the Dominican Republic, which reopened its embassy')", () => {
    const text = "Mexico reopened its embassy in Port-au-Prince on Tuesday. Mexico follows the Dominican Republic, which reopened its embassy in Port-au-Prince last Thursday.";
    expect(extract({ text, published: "2024-05-22" }).events.map((e) => [e.source, e.date])).toEqual([["MX", "2024-05-21"], ["DO", "2024-05-16"]]);
  });
});

describe("missions: a verb in an opening subordinate clause", () => {
  it("reads 'Until it is established, the High Commission of India in Suva will …' as no opening in Suva", () => {
    const text = "India will open an honorary consulate in Koror. Until it is established, the High Commission of India in Suva will continue to provide consular services.";
    const { missions, events } = extract({ text, published: "2024-08-16" });
    expect(events.filter((e) => e.target === "FJ")).toEqual([]);
    expect(missions.find((m) => m.host === "FJ")?.status).toBe("open");
  });
});

describe("missions: probes of the seventh session", () => {
  it("reads 'the delegation in Caracas has not closed' as an open post, and no closure", () => {
    const { missions, events } = extract({ text: "The EU delegation in Caracas has not closed and will be run by a chargé d'affaires.", published: "2021-03-02" });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual([["EU", "VE", "delegation", "Caracas", "open"]]);
    expect(events).toEqual([]);
  });

  it("keeps the city of a post in a seat of government read as its state ('an embassy in La Paz')", () => {
    const { missions } = extract({ text: "Spain has an embassy in La Paz.", published: "2021-03-02" });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual([["ES", "BO", "embassy", "La Paz", "open"]]);
  });

  it("reads a post described at work as existing ('by a consulate general in São Paulo, which serves …'), and the town after its host", () => {
    const { missions } = extract({ text: "Canada is represented in Brazil by its embassy in Brasília and by a consulate general in São Paulo, which serves exporters. Canadians may obtain help from the Embassy of Canada to Colombia in Bogotá.", published: "2024-09-06" });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual([
      ["CA", "BR", "embassy", "Brasília", "open"], ["CA", "BR", "consulate-general", "São Paulo", "open"], ["CA", "CO", "embassy", "Bogotá", "open"],
    ]);
  });

  it("reads no place of another verb as the posts' ('to reopen their embassies … under an agreement signed in Beijing')", () => {
    const { missions } = extract({ text: "Tehran and Riyadh agreed to resume diplomatic relations and to reopen their embassies within two months under an agreement signed in Beijing on March 10.", published: "2023-09-07" });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual([["IR", "SA", "embassy", null, "planned"], ["SA", "IR", "embassy", null, "planned"]]);
  });

  it("reads a closure ruled out after the post ('Shutting the Russian embassy in Tallinn is not on the table') as an open post", () => {
    const { missions, events } = extract({ text: 'TALLINN - Estonia expelled a Russian diplomat on Wednesday. "Shutting the Russian embassy in Tallinn is not on the table," the minister said.', published: "2024-10-17" });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual([["RU", "EE", "embassy", "Tallinn", "open"]]);
    expect(events.map((e) => e.type)).toEqual(["diplomat-expelled"]);
  });

  it("reads a post's opening past a noun phrase about its town ('in Busan, the second largest city of the Republic of Korea (RoK), was inaugurated')", () => {
    const text = "Busan (VNA) – The Consulate General of Vietnam in Busan, the second largest city of the Republic of Korea (RoK), was officially inaugurated on September 23.";
    expect(extract({ text, published: "2022-09-24" }).events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "VN", "KR", "2022-09-23"]]);
  });

  it("reads 'its' in a subordinate clause as that clause's subject ('…, even though Sri Lanka shut its own embassy in Oslo')", () => {
    const text = "The arrival of a new Norwegian ambassador is seen as a sign of Oslo's continued engagement, even though Sri Lanka shut its own embassy in Oslo at the end of April last year.";
    expect(extract({ text, published: "2024-02-09" }).missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual([["LK", "NO", "embassy", "Oslo", "closed"]]);
  });
});

describe("missions: an embassy that 'ceased operations' is closed", () => {
  it("reads the post closed, with its event", () => {
    const r = extract({ text: "Uruguay's embassy in Caracas ceased operations on Thursday as its diplomats left.", published: "2024-08-02" });
    expect(r.missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["UY", "VE", "Caracas", "closed"]]);
    expect(r.events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-closed", "UY", "VE", "2024-08-01"]]);
  });
});

describe("missions: a dateline town that shares a territory's capital's name", () => {
  it("reads 'GEORGE TOWN' as Penang's, so the officials there are Malaysia's", () => {
    const r = extract({ text: "GEORGE TOWN, Dec 22 (Bernama) -- Thailand opened its Consulate-General in Penang on Monday. State Chief Minister Ahmad Rahim attended the ceremony.", published: "2015-12-22" });
    expect(r.missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["TH", "MY", "Penang", "open"]]);
    expect(r.officials.map((o) => o.country)).toEqual(["MY"]);
  });
});

describe("missions: an office that serves without relations stays open after a rupture", () => {
  it("keeps a representative office open where relations were cut years before", () => {
    const text = "The American Institute in Taiwan, Washington's de facto embassy in Taipei, said his presence mattered. The United States switched its diplomatic recognition from Taipei to Beijing in 1979.";
    const r = extract({ text, published: "2021-03-30" });
    expect(r.missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["US", "TW", "representative-office", "open"]]);
  });
});

describe("missions: a post told as it serves now, after the rupture is told, stays open", () => {
  it("keeps consulates general open when the text says they have served since the rupture", () => {
    const text = "Peru broke off diplomatic relations with Chile in 1978. Since then the two countries have been represented by consulates general: Peru's consulate general in Santiago handles visas.";
    const r = extract({ text, published: "2024-05-10" });
    expect(r.missions.map((m) => [m.sender, m.host, m.kind, m.status]).sort()).toEqual([["CL", "PE", "consulate-general", "open"], ["PE", "CL", "consulate-general", "open"]]);
  });
  it("still closes a post the rupture is told after, or one not said to serve now", () => {
    const before = extract({ text: "Peru's consulate general in Santiago has been represented by a new consul. Peru broke off diplomatic relations with Chile in 1978.", published: "2024-05-10" });
    expect(before.missions.map((m) => m.status)).toEqual(["closed"]);
    const after = extract({ text: "Peru broke off diplomatic relations with Chile in 1978. Peru's consulate general in Santiago handled visas.", published: "2024-05-10" });
    expect(after.missions.map((m) => m.status)).toEqual(["closed"]);
  });
});

describe("missions: a post whose town has an aside of its own", () => {
  it("reads 'the Consulate General of X in Osh, Kyrgyzstan's second-largest city, opened on Thursday' as an opening", () => {
    const r = extract({ text: "The Consulate General of the Republic of Uzbekistan in Osh, Kyrgyzstan's second-largest city, officially opened on Thursday, on the eve of Constitution Day.", published: "2023-12-08" });
    expect(r.events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "UZ", "KG", "2023-12-07"]]);
  });
});

describe("missions: a list of one state's posts", () => {
  it.each([
    ["Sri Lanka closed its embassies in Norway and Iraq and its Consulate General in Sydney on Monday."],
    ["The Ministry closed the Sri Lanka Embassy in Oslo, the Sri Lanka Embassy in Baghdad and the Sri Lanka Consulate General in Sydney on Monday."],
  ])("gives every post to the one state: %s", (text) => {
    const r = extract({ text, published: "2022-04-05" });
    expect(r.missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["LK", "NO", "embassy"], ["LK", "IQ", "embassy"], ["LK", "AU", "consulate-general"]]);
  });
});

describe("missions: a list of states as the subject, with no pronoun", () => {
  // 2024-09-12 is a Thursday.
  const posts = (text: string) => {
    const r = extract({ text, published: "2024-09-12" });
    return { missions: r.missions.map((m) => [m.sender, m.host, m.status]), events: r.events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it.each([
    ["Arnor, Gondor and Rohan", "Peru, Chile and Norway have opened embassies in Abuja on Monday.", ["PE", "CL", "NO"], "open", "mission-opened"],
    ["A and B", "Peru and Chile opened embassies in Abuja on Monday.", ["PE", "CL"], "open", "mission-opened"],
    ["A and B, closing", "Ghana and Kenya closed embassies in Lima on Monday.", ["GH", "KE"], "closed", "mission-closed"],
    ["A, B and C, announcing", "Peru, Chile and Norway will open embassies in Abuja, their ministers said on Monday.", ["PE", "CL", "NO"], "planned", "mission-announced"],
  ] as const)("gives each state of the list its post and event: %s", (_shape, text, senders, status, type) => {
    const { missions, events } = posts(text);
    const host = text.includes("Lima") ? "PE" : "NG";
    expect(missions).toEqual(senders.map((s) => [s, host, status]));
    expect(events).toEqual(senders.map((s) => [type, s, host, "2024-09-09"]));
  });
  it("reads two states' posts with no place named as each in the other", () => {
    expect(posts("Chile and Peru will exchange ambassadors and open embassies.")).toEqual({
      missions: [["CL", "PE", "planned"], ["PE", "CL", "planned"]],
      events: [["mission-announced", "CL", "PE", "2024-09-12~"], ["mission-announced", "PE", "CL", "2024-09-12~"]],
    });
  });
  it.each([
    ["a list after a preposition is no subject", "After talks with Peru and Chile, Norway opened an embassy in Abuja on Monday.", [["NO", "NG", "open"]]],
    ["nor a place before a comma, with no 'and' after", "In Lima, Norway opened an embassy on Monday.", [["NO", "PE", "open"]]],
    ["nor a state in a phrase before the subject", "After talks with Peru, Norway opened an embassy in Abuja on Monday.", [["NO", "NG", "open"]]],
  ] as const)("%s", (_shape, text, expected) => {
    expect(posts(text).missions).toEqual(expected);
  });
});

describe("missions: a post that tells the news is its speaker, not the object of the verb before it", () => {
  const posts = (text: string) => JSON.parse(summary(extract({ text, published: FRIDAY }).missions));
  it("keeps the planned post planned and the speaking embassy open, with no town of the other post", () => {
    expect(posts("Lima and Santiago signed a deal. Chile plans to open a consulate general in Arequipa, the Chilean embassy said.")).toEqual([
      ["CL", "PE", "consulate-general", "Arequipa", "planned"],
      ["CL", "PE", "embassy", null, "open"],
    ]);
  });
  it("reads 'the X embassy in T said' and 'according to the X embassy in T' as that post, open", () => {
    expect(posts("Chile will open a consulate in Cusco, the Chilean embassy in Lima said on Friday.")).toEqual([["CL", "PE", "consulate", "Cusco", "planned"], ["CL", "PE", "embassy", "Lima", "open"]]);
    expect(posts("Chile will open a consulate in Cusco, according to the Chilean embassy in Lima.")).toEqual([["CL", "PE", "consulate", "Cusco", "planned"], ["CL", "PE", "embassy", "Lima", "open"]]);
  });
  it("still moves a speaking post by the verb it says of itself", () => {
    expect(posts("The Chilean embassy in Lima said it had suspended operations on Monday.")).toEqual([["CL", "PE", "embassy", "Lima", "suspended"]]);
  });
});

describe("missions: the place 'where' points back at, after 'resident in'", () => {
  it("reads 'will be resident in Suva, where Peru and Chile keep embassies' as posts in Suva, not in each other", () => {
    const { missions } = extract({ text: "Ana Ruiz presented her credentials. Only Mr Ruiz will be resident in Suva, where Peru and Chile keep embassies.", published: FRIDAY });
    expect(JSON.parse(summary(missions))).toEqual([["PE", "FJ", "embassy", "Suva", "open"], ["CL", "FJ", "embassy", "Suva", "open"]]);
  });
});

describe("missions: 'its embassy there' after a place left", () => {
  it("reads 'pulled its ambassador out of Lima, although its embassy there' as the post in Lima, not in the dateline's town", () => {
    const { missions } = extract({ text: "SANTIAGO -- Bolivia pulled its ambassador out of Lima on Monday, although its embassy there remains open.", published: FRIDAY });
    expect(JSON.parse(summary(missions))).toEqual([["BO", "PE", "embassy", "Lima", "open"]]);
  });
});

describe("missions: the post's own verb when a later clause or its relative clause tells another change", () => {
  const told = (text: string) => {
    const { missions, events } = extract({ text, published: FRIDAY });
    return { posts: JSON.parse(summary(missions)), events: events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads 'the X embassy in T reopened … after a brief closure' as opened, not closed", () => {
    expect(told("The Chilean embassy in Lima reopened on Monday after a brief closure.")).toEqual({ posts: [["CL", "PE", "embassy", "Lima", "open"]], events: [["mission-opened", "CL", "PE", "2023-03-27"]] });
    expect(told("Peru's consulate in Arica resumed work on Tuesday, weeks after suspending operations.").posts).toEqual([["PE", "CL", "consulate", "Arica", "open"]]);
  });
  it("reads the main verb after the post's relative clause, which keeps its own change and date", () => {
    expect(told("The Norwegian embassy in Kabul, which had been shut since August 2021, reopened on Wednesday.")).toEqual({
      posts: [["NO", "AF", "embassy", "Kabul", "open"]],
      events: [["mission-opened", "NO", "AF", "2023-03-29"], ["mission-closed", "NO", "AF", "2021-08"]],
    });
    expect(told("Chile's embassy in Caracas, which opened in 1950, was closed on Monday.").posts).toEqual([["CL", "VE", "embassy", "Caracas", "closed"]]);
    // (Past "also" or "then" before the verb.)
    expect(told("Peru eased visa rules on Wednesday. The Peruvian consulate general in Arica, which had stopped serving the public, also resumed operations Wednesday.").events).toEqual([["mission-opened", "PE", "CL", "2023-03-29"]]);
  });
  it("negative: a post that is the object keeps the verb before it; one closed after an opening stays closed", () => {
    expect(told("Chile reopened its embassy in Caracas, which closed in 2019, on Tuesday.").posts).toEqual([["CL", "VE", "embassy", "Caracas", "open"]]);
    expect(told("The Chilean embassy in Lima closed on Monday after it opened in 1950.").posts).toEqual([["CL", "PE", "embassy", "Lima", "closed"]]);
  });
});

describe("missions: a post moved from one host to another, or within its town", () => {
  const told = (text: string) => {
    const { missions, events } = extract({ text, published: FRIDAY });
    return { posts: JSON.parse(summary(missions)), events: events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads 'relocated/moved/transferred its embassy from A to B' as closed in A's host and opened in B's", () => {
    expect(told("Norway relocated its embassy from Kabul to Doha in 2021.")).toEqual({
      posts: [["NO", "AF", "embassy", "Kabul", "closed"], ["NO", "QA", "embassy", "Doha", "open"]],
      events: [["mission-closed", "NO", "AF", "2021"], ["mission-opened", "NO", "QA", "2021"]],
    });
    expect(told("Chile moved its embassy from Tripoli to Tunis on Monday.").events).toEqual([["mission-closed", "CL", "LY", "2023-03-27"], ["mission-opened", "CL", "TN", "2023-03-27"]]);
    expect(told("Peru transferred its embassy in Libya to Tunis in 2014.").posts).toEqual([["PE", "LY", "embassy", null, "closed"], ["PE", "TN", "embassy", "Tunis", "open"]]);
  });
  it("negative: a move to new premises leaves the post open with no event (to another town it opens there)", () => {
    expect(told("Chile moved its embassy from Tel Aviv to Jerusalem in 2018.")).toEqual({ posts: [["CL", "IL", "embassy", "Jerusalem", "open"]], events: [["mission-opened", "CL", "IL", "2018"]] });
    expect(told("Peru relocated its embassy in Caracas to a new building on Monday.")).toEqual({ posts: [["PE", "VE", "embassy", "Caracas", "open"]], events: [] });
    expect(told("Peru moved its embassy in Hanoi to new premises in 2020.")).toEqual({ posts: [["PE", "VN", "embassy", "Hanoi", "open"]], events: [] });
    expect(told("The minister moved to close Peru's embassy in Caracas on Monday.").posts).toEqual([["PE", "VE", "embassy", "Caracas", "closed"]]);
  });
});

describe("missions: a town written without its accents, as wire copy does", () => {
  it.each([
    ["Chile opened an embassy in Bogota on Monday.", { sender: "CL", host: "CO", kind: "embassy", city: "Bogota" }],
    ["Peru opened a consulate in Sao Paulo on Monday.", { sender: "PE", host: "BR", kind: "consulate", city: "Sao Paulo" }],
    ["Kenya opened an embassy in Yaounde on Monday.", { sender: "KE", host: "CM", kind: "embassy", city: "Yaounde" }],
  ] as const)("%s", (text, expected) => {
    expectMission(text, FRIDAY, expected);
  });
  it("negative: a state named where its capital's spelling would be is no town", () => {
    expectMission("Chile opened an embassy in Colombia on Monday.", FRIDAY, { sender: "CL", host: "CO", kind: "embassy", city: null });
  });
});

describe("missions: operations resumed in full, and services suspended while the post stays open", () => {
  const posts = (text: string) => JSON.parse(summary(extract({ text, published: FRIDAY }).missions));
  it("reads 'resumed full/normal operations' as the post open again", () => {
    expect(posts("The Chilean embassy in Lima said on Friday it had resumed full operations.")).toEqual([["CL", "PE", "embassy", "Lima", "open"]]);
    expect(extract({ text: "The Peruvian embassy in Quito resumed normal operations on Monday.", published: FRIDAY }).events.map((e) => [e.type, e.date])).toEqual([["mission-opened", "2023-03-27"]]);
  });
  it("negative: consular or visa services suspended leave the post open, with no event", () => {
    expect(posts("Peru's embassy in Quito suspended consular services on Monday.")).toEqual([["PE", "EC", "embassy", "Quito", "open"]]);
    expect(posts("Chile suspended visa services at its embassy in Lima on Monday.")).toEqual([["CL", "PE", "embassy", "Lima", "open"]]);
    expect(posts("Chile suspended operations at its embassy in Lima on Monday.")).toEqual([["CL", "PE", "embassy", "Lima", "suspended"]]);
  });
});

describe("missions: an executive act that orders a post ('ordered the establishment of', 'will open … under a decree')", () => {
  const told = (text: string) => {
    const { missions, events } = extract({ text, published: FRIDAY });
    return { posts: JSON.parse(summary(missions)), events: events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads 'X ordered/authorised the establishment of an embassy' as approved, not opened", () => {
    expect(told("In a decree published on Monday, President Ana Rojas of Chile ordered the establishment of an embassy in Hanoi.")).toEqual({
      posts: [["CL", "VN", "embassy", "Hanoi", "approved"]],
      events: [["mission-approved", "CL", "VN", "2023-03-27"]],
    });
    expect(told("Peru's government authorised the opening of a consulate in Arica on Tuesday.").posts).toEqual([["PE", "CL", "consulate", "Arica", "approved"]]);
  });
  it("reads 'will open a post under a decree signed on Monday' as approved on that day", () => {
    expect(told("Chile will open an embassy in Kenya under a decree signed by President Ana Rojas on Monday.")).toEqual({ posts: [["CL", "KE", "embassy", null, "approved"]], events: [["mission-approved", "CL", "KE", "2023-03-27"]] });
  });
  it("negative: an opening after an old decree stays an opening; a plan under an agreement stays a plan", () => {
    expect(told("Peru opened an embassy in Nairobi on Monday under a 2019 decree.").events).toEqual([["mission-opened", "PE", "KE", "2023-03-27"]]);
    expect(told("Chile will open an embassy in Lima under the agreement signed in 2020.").posts).toEqual([["CL", "PE", "embassy", "Lima", "planned"]]);
  });
});

describe("missions: the cues' word gate lets through the wordings added for moves and executive acts", () => {
  it.each(["moved its embassy", "transferred the consulate", "moving their high commission", "ordered the establishment of", "decreed the opening of", "authorised the creation of", "endorsed the opening of", "sanctioned the establishment of", "resumed full operations"])("%s", (phrase) => {
    const gate = wordGate(MISSION_CUES);
    const text = `It said Chile ${phrase} an embassy on Monday.`;
    const open = gate(text);
    MISSION_CUES.forEach(({ pattern }, i) => {
      if (pattern.test(text)) expect(open & (1 << i), `${pattern.source.slice(0, 40)} on ${text}`).not.toBe(0);
    });
  });
});

describe("missions: 'X said on Wednesday it would close its consulate' is the closure decided", () => {
  it("closes the post, dated by the saying", () => {
    const { missions, events } = extract({ text: "Chile said on Wednesday it would close its consulate general in Arequipa by the end of the month.", published: FRIDAY });
    expect(JSON.parse(summary(missions))).toEqual([["CL", "PE", "consulate-general", "Arequipa", "closed"]]);
    expect(events.map((e) => [e.type, e.date])).toEqual([["mission-closed", "2023-03-29~"]]);
  });
});

describe("missions: a plan or a closure on a condition told after the post", () => {
  const posts = (text: string) => JSON.parse(summary(extract({ text, published: FRIDAY }).missions));
  it("creates no post for 'will open an embassy in A if …', and keeps a definite post open", () => {
    expect(posts("Peru will open an embassy in Nairobi if funds allow, the minister said.")).toEqual([]);
    expect(posts("Chile will close its embassy in Lima if the attacks continue.")).toEqual([["CL", "PE", "embassy", "Lima", "open"]]);
  });
  it("negative: a condition in a later clause leaves the closure decided", () => {
    expect(posts("Chile will close its embassy in Lima, the ministry said on Monday, adding that it would reopen if conditions improved.")).toEqual([["CL", "PE", "embassy", "Lima", "closed"]]);
  });
});

describe("missions: the town after its state's adjective ('in the Chilean city of Arica')", () => {
  it.each([
    ["Peru on Monday opened a consulate in the Chilean city of Arica.", { sender: "PE", host: "CL", kind: "consulate", city: "Arica" }],
    ["Peru opened a consulate general in the Chilean port city of Arica on Monday.", { sender: "PE", host: "CL", kind: "consulate-general", city: "Arica" }],
  ] as const)("%s", (text, expected) => {
    expectMission(text, FRIDAY, expected);
  });
  it("negative: the state's capital named by its adjective alone stays the capital", () => {
    expectMission("Peru opened an embassy in the Kenyan capital on Monday.", FRIDAY, { sender: "PE", host: "KE", kind: "embassy", city: "Nairobi" });
  });
});

describe("missions: a participle aside with its date after the post ('the embassy in Lima, shut since 2019, reopened')", () => {
  const told = (text: string) => {
    const { missions, events } = extract({ text, published: FRIDAY });
    return { posts: JSON.parse(summary(missions)), events: events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads the main verb after the aside, and the aside's change with its own date", () => {
    expect(told("The Chilean embassy in Lima, shut since 2019, reopened on Monday.")).toEqual({
      posts: [["CL", "PE", "embassy", "Lima", "open"]],
      events: [["mission-opened", "CL", "PE", "2023-03-27"], ["mission-closed", "CL", "PE", "2019"]],
    });
    expect(told("Chile's embassy in Lima, opened in 1990, was closed on Monday.").posts).toEqual([["CL", "PE", "embassy", "Lima", "closed"]]);
    expect(told("The Peruvian high commission in Accra, closed since 2020, will reopen next month, officials said.").posts).toEqual([["PE", "GH", "high-commission", "Accra", "planned"]]);
  });
  it("negative: an aside before a predicate that moves nothing leaves the aside's change", () => {
    expect(told("Chile's embassy in Lima, opened in 1990, is one of its largest.")).toEqual({ posts: [["CL", "PE", "embassy", "Lima", "open"]], events: [["mission-opened", "CL", "PE", "1990"]] });
  });
});

describe("missions: a state's 'Missions' in a release's capitals, a list after a comma", () => {
  it("reads 'three new Indian Missions, in A, B and C' as a post in each", () => {
    const { missions } = extract({ text: "The cabinet on Wednesday approved the opening of three new Indian Missions, in Estonia, Paraguay and the Dominican Republic.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.status])).toEqual([["IN", "EE", "approved"], ["IN", "PY", "approved"], ["IN", "DO", "approved"]]);
  });
  it("negative: an organisation's Mission is no state's post", () => {
    expect(extract({ text: "The UN Mission in South Sudan said on Monday that fighting had resumed.", published: FRIDAY }).missions).toEqual([]);
  });
});

describe("missions: a state opening a clause of its own after ', and' is no host of the post before", () => {
  it("reads 'an embassy in Moscow, and Finland also operates a consulate general in St Petersburg' as two senders' posts", () => {
    const { missions } = extract({ text: "Denmark and Sweden maintain embassies in Moscow, and Finland also operates a consulate general in St Petersburg.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([
      ["DK", "RU", "embassy", "Moscow"], ["SE", "RU", "embassy", "Moscow"], ["FI", "RU", "consulate-general", "St Petersburg"],
    ]);
  });
  it("still reads a list of hosts after ', and' with no verb of its own", () => {
    const { missions } = extract({ text: "Chile has embassies in Lima, and Bolivia.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host])).toEqual([["CL", "PE"], ["CL", "BO"]]);
  });
});

describe("missions: a post accredited elsewhere, and a closure whose reports are dismissed", () => {
  it("reads no post in the states a high commission is also accredited to", () => {
    const { missions } = extract({ text: "Ghana approved the establishment of a high commission in Lima, Peru. The high commission would also be accredited to Bolivia and Ecuador.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.status])).toEqual([["GH", "PE", "approved"]]);
  });
  it("reads no closure the minister 'dismissed reports' of (the post stays open), and a closure after other words dismissed", () => {
    const dismissed = extract({ text: "The minister dismissed reports that Ghana was planning to close its consulate general in Toronto.", published: FRIDAY });
    expect(dismissed.missions.map((m) => [m.sender, m.host, m.status])).toEqual([["GH", "CA", "open"]]);
    expect(dismissed.events).toEqual([]);
    expect(extract({ text: "Ghana dismissed the envoy's concerns and closed its consulate in Toronto on Monday.", published: FRIDAY }).missions.map((m) => m.status)).toEqual(["closed"]);
  });
});

describe("missions: 'started its operation', and a definite post in the last sender's own state", () => {
  it("reads 'The Embassy of A in B started its operation in 2011' as an opening in 2011", () => {
    const { events } = extract({ text: "The Embassy of Ghana in Lima started its operation in 2011.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "GH", "PE", "2011"]]);
  });
  it("reads no post of the last sender for 'the Honorary Consulate General in <a town of its own>'", () => {
    const { missions } = extract({ text: "Peru has been maintaining its resident Embassy in Accra. With the opening of the Honorary Consulate General in Arequipa, Ghana now has two posts in Peru.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["PE", "GH", "embassy"]]);
  });
});

describe("missions: a letterhead or sign-off names its post's town on the next line", () => {
  it("reads 'Embassy of Ghana\\nLima' as Ghana's embassy in Lima, not in the place the story named last", () => {
    const text = "Embassy of Ghana\nLima\n\nThe Honorary Consulate of Ghana in Santiago, Chile, held a reception on Monday.\n\nEmbassy of Ghana\nLima\n12 March 2025";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([["GH", "PE", "embassy", "Lima"], ["GH", "CL", "honorary-consulate", "Santiago"]]);
  });
  it("negative: a lone line with no town after it names no post", () => {
    const text = "The Honorary Consulate of Ghana in Santiago, Chile, held a reception on Monday.\n\nEmbassy of Ghana\n12 March 2025";
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["GH", "CL", "honorary-consulate"]]);
  });
});

describe("missions: a definite post of one kind goes back to the last post of that kind", () => {
  it("reads 'The Embassy' after an embassy and an honorary consulate as the embassy", () => {
    const text = "The Ghanaian Embassy in Lima also oversees the Ghanaian Honorary Consulate in Quito. The Embassy invites the Ghanaian community in Peru to a reception on Monday.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([["GH", "PE", "embassy", "Lima"], ["GH", "EC", "honorary-consulate", "Quito"]]);
  });
  it("reads 'The Embassy said' with no sender the same way", () => {
    const text = "The Ghanaian Embassy in Lima also oversees the Ghanaian Honorary Consulate in Quito. The Embassy said it would stay open.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["GH", "PE", "embassy"], ["GH", "EC", "honorary-consulate"]]);
  });
});

describe("missions: one verb, one event, for a post named twice in its sentence", () => {
  it("reads one reopening in 'A's embassy in B resumed work on Monday, a year after an attack on the mission'", () => {
    const { events } = extract({ text: "Ghana's embassy in Lima resumed work on Monday, 18 months after Accra pulled its diplomats out of Peru following an attack on the mission that killed a guard.", published: "2024-07-16" });
    expect(events.filter((e) => e.type === "mission-opened").map((e) => [e.source, e.target, e.date])).toEqual([["GH", "PE", "2024-07-15"]]);
  });
});

describe("missions: 'the embassy' after a demonym qualifying a person is still the last post", () => {
  it("reads 'X, a former Peruvian minister who sheltered in the embassy' as the last post, not Peru's", () => {
    const text = "Police forced their way into the Ghanaian embassy in Lima on Friday. On Thursday Ghana granted asylum to Rosa Mendez, a former Peruvian minister who had been sheltering in the embassy since May.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["GH", "PE", "embassy"]]);
  });
  it("negative: a state's own act on 'the embassy' is its post ('Lima closed the embassy in 1992')", () => {
    const text = "Ghana reopened its embassy in Lima on Thursday, and Peru said it would open its own embassy in Accra. Lima closed the embassy in 1992.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind])).toContainEqual(["PE", "GH", "embassy"]);
  });
});

describe("missions: consular offices, and 'its' joined to a possessive's noun", () => {
  it("reads 'shutting A's consulate-general in X and its consular office in Y' as two posts of A", () => {
    const { missions } = extract({ text: "Lima answered the same month by shutting Ghana's consulate-general in Cusco and its consular office in Arequipa.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([["GH", "PE", "consulate-general", "Cusco"], ["GH", "PE", "consulate", "Arequipa"]]);
  });
  it("negative: an embassy's consular section is no post of its own", () => {
    expect(extract({ text: "The Ghanaian embassy's consular section in Lima will close on Friday for the holiday.", published: FRIDAY }).missions.map((m) => m.kind)).not.toContain("consulate");
  });
});

describe("missions: 'its' right after a state and its verb", () => {
  it("reads 'on the day Ghana opened its embassy in Lima' as Ghana's post, not the state the sentence opened with", () => {
    const { missions, events } = extract({ text: "About 20 Chileans were hurt on Monday as protesters gathered on the day Ghana opened its embassy in Lima.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["GH", "PE", "embassy"]]);
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["mission-opened", "GH", "PE"]]);
  });
  it("negative: 'Peru withdrew its diplomats from Chile and closed its embassy' stays Peru's", () => {
    const { missions } = extract({ text: "Peru withdrew its diplomats from Chile and closed its embassy in Santiago.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["PE", "CL", "embassy"]]);
  });
});

describe("missions: 'the Peruvian embassy there' after a capital named as its government", () => {
  it("reads the post in the capital named last, not in the dateline's town", () => {
    const { missions } = extract({ text: "ACCRA, Jan 7 (Reuters) - Ghana cut ties with Chile on Thursday, joining Peru's allies that severed relations with Santiago since the storming of the Peruvian embassy there.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([["PE", "CL", "embassy", "Santiago"]]);
  });
});

describe("missions: 'a resolution on the establishment of A's consulate … was signed'", () => {
  it("reads the post approved by the act, not opened", () => {
    const { missions, events } = extract({ text: "A resolution on the establishment of Chile's consulate in Arequipa was signed by President Ana Rojas in February last year.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["CL", "PE", "consulate", "approved"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-approved", "CL", "PE", "2022-02"]]);
  });
});

describe("missions: 'the diplomatic mission' beside a consulate", () => {
  it("reads the mission as the consulate named, not an embassy", () => {
    const text = "Peru opened a consulate in Kumasi on Monday. Peru's diplomatic mission in Kumasi will issue visas.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => m.kind)).not.toContain("embassy");
  });
});

describe("missions: a consulate 'in the northeastern city of X'", () => {
  it.each([
    ["Protesters attacked the Chilean consulate in the northern city of Arequipa.", ["CL", "PE", "consulate", "Arequipa"]],
    ["A Consulate of Chile was opened in the city of Arequipa on Monday.", ["CL", "PE", "consulate", "Arequipa"]],
  ] as const)("%s", (text, expected) => {
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([expected]);
  });
});

describe("missions: a post 'was formally turned into an embassy'", () => {
  it("reads the upgrade past an adverb, and the embassy made of the office", () => {
    const { missions, events } = extract({ text: "The Peruvian liaison office in Accra was formally turned into an embassy on Monday.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([["PE", "GH", "embassy", "Accra"], ["PE", "GH", "liaison-office", "Accra"]]);
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["mission-upgraded", "PE", "GH"], ["mission-opened", "PE", "GH"]]);
  });
  it("reads no upgrade in 'was formally turned down'", () => {
    expect(extract({ text: "The Peruvian liaison office in Accra was formally turned down for a new lease on Monday.", published: FRIDAY }).events).toEqual([]);
  });
});

describe("missions: a place the sentence opens with, 'In Lima, A's embassy …'", () => {
  it.each([
    ["In Lima, Ghana's liaison office was elevated to embassy status on Monday, said its head, who will stay until Accra names an ambassador.", [["GH", "PE", "embassy", "Lima"], ["GH", "PE", "liaison-office", "Lima"]]],
    ["In Ghana, Peru's embassy opened on Monday.", [["PE", "GH", "embassy", null]]],
  ] as const)("%s", (text, expected) => {
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.city ?? null])).toEqual(expected);
  });
  it("reads no fronted host that is the post's own state ('In Accra, Ghana's embassy staff')", () => {
    expect(extract({ text: "In Accra, Ghana's embassy staff held a vigil on Monday.", published: FRIDAY }).missions).toEqual([]);
  });
});

describe("missions: a town of one name in several states", () => {
  it.each([
    // (The table gives Córdoba to Argentina; the state named beside the town has one of the name.)
    ["Peru opened a consulate in Córdoba, Spain, on Monday.", ["PE", "ES", "consulate", "Córdoba"]],
    ["Peru opened a consulate in the Spanish city of Córdoba on Monday.", ["PE", "ES", "consulate", "Córdoba"]],
    // (A capital's name opening a longer town's with two particles is that town.)
    ["Peru opened a consulate general in Santiago de los Caballeros on Monday.", ["PE", "DO", "consulate-general", "Santiago de los Caballeros"]],
  ] as const)("%s", (text, expected) => {
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([expected]);
  });
  it.each([
    ["Peru opened a consulate in Córdoba on Monday.", ["PE", "AR", "consulate", "Córdoba"]],
    // (A state that owns the post is not the town's.)
    ["Spain's consulate in Córdoba closed on Monday.", ["ES", "AR", "consulate", "Córdoba"]],
  ] as const)("keeps the table's town with no state beside it: %s", (text, expected) => {
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([expected]);
  });
});

describe("missions: 'the elevation of its consulate in A to the rank of consulate general'", () => {
  it("reads the noun as the upgrade, the post of the new kind open and the old one closed", () => {
    const { missions, events } = extract({ text: "Peru announced on Tuesday the elevation of its consulate in Perth to the rank of consulate general.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["PE", "AU", "consulate-general", "open"], ["PE", "AU", "consulate", "closed"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-upgraded", "PE", "AU", "2023-03-28"]]);
  });
  it("reads no upgrade in an elevation to no post's rank", () => {
    expect(extract({ text: "Peru welcomed the elevation of its consulate's head in Perth to a senior grade.", published: FRIDAY }).events).toEqual([]);
  });
  it("reads a closure in a town the table lacks but the overrides add ('Cap-Haïtien')", () => {
    const { events } = extract({ text: "Peru announced on Tuesday the closure of its consulate general in Cap-Haïtien.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["mission-closed", "PE", "HT"]]);
  });
});

describe("missions: 'is represented in A by an honorary consul'", () => {
  it.each([
    ["Peru is represented in Suva by an honorary consul.", [["PE", "FJ", "honorary-consulate", "Suva", "open"]]],
    // (The subject of a verb after ", and" is the clause's before the comma.)
    ["Peru covers Fiji from its embassy in Canberra, and is represented in Suva by an honorary consul.", [["PE", "AU", "embassy", "Canberra", "open"], ["PE", "FJ", "honorary-consulate", "Suva", "open"]]],
  ] as const)("%s", (text, expected) => {
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual(expected);
  });
  it("reads no post of one represented at talks by an envoy", () => {
    expect(extract({ text: "Peru was represented at the talks in Suva by an envoy.", published: FRIDAY }).missions).toEqual([]);
  });
});

describe("missions: a permanent mission in a seat of the UN", () => {
  it.each([
    ["Peru's Permanent Mission in New York opened a new office on Monday.", ["PE", "UN", "permanent-mission", "New York"]],
    ["Peru's Permanent Mission in Geneva closed on Monday.", ["PE", "UN", "permanent-mission", "Geneva"]],
  ] as const)("is at the UN: %s", (text, expected) => {
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([expected]);
  });
  it("leaves an embassy in Geneva in Switzerland", () => {
    expect(extract({ text: "Peru's embassy in Geneva closed on Monday.", published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["PE", "CH", "embassy"]]);
  });
});

describe("missions: a consular office beside an honorary consul, and honorary consuls only weighed", () => {
  const posts = (text: string) => extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind]);
  it("reads 'a small consular office' of a state whose honorary consul the article names as that honorary consulate", () => {
    expect(posts("Peru has appointed a businesswoman as its first Honorary Consul in Ghana, with a small consular office opening in Accra on Monday.")).toEqual([["PE", "GH", "honorary-consulate"]]);
  });
  it.each(["was looking at", "was exploring", "is contemplating"])("reads no post in 'Lima %s appointing honorary consuls in A and B'", (phrase) => {
    expect(posts(`The ambassador said Lima ${phrase} appointing honorary consuls in Ghana and Togo, but no decision had been made.`)).toEqual([]);
  });
  it("negative: a consular office with no honorary consul beside it is a consulate, and honorary consuls appointed are posts", () => {
    expect(posts("Peru opened a consular office in Kumasi on Monday.")).toEqual([["PE", "GH", "consulate"]]);
    expect(posts("Peru appointed honorary consuls in Ghana and Togo on Monday.")).toEqual([["PE", "GH", "honorary-consulate"], ["PE", "TG", "honorary-consulate"]]);
  });
});

describe("missions: 'the Sultanate's embassy', and a mission to a body named in full after an earlier one", () => {
  const posts = (text: string) => extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.city]);
  it.each(["Sultanate", "Principality"])("reads 'the %s's embassy' as the state last named whose official name says so", (noun) => {
    const state = noun === "Sultanate" ? ["Oman", "OM"] : ["Monaco", "MC"];
    expect(posts(`${state[0]} welcomed the decision. Officials said the ${noun}'s embassy in Lima would follow up.`)).toEqual([[state[1], "PE", "embassy", "Lima"]]);
  });
  it("reads 'its permanent mission to the Organisation of Islamic Cooperation' as the OIC's, though the UN was named before", () => {
    expect(posts("Iran spoke at the United Nations. Tehran kept only its permanent mission to the Organisation of Islamic Cooperation in Jeddah.")).toEqual([["IR", "OIC", "permanent-mission", "Jeddah"]]);
  });
  it("negative: 'its mission to the bloc' is still the body named before", () => {
    expect(posts("Kenya joined the African Union in 1963. Kenya's permanent mission to the bloc said on Monday it would host the talks.").map((m) => m.slice(0, 3))).toEqual([["KE", "AFRICAN-UNION", "permanent-mission"]]);
  });
});

describe("missions: 'which would be A's second mission after its embassy in B'", () => {
  const posts = (text: string) => extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.status]);
  it("reads 'its' after 'A's second mission … after' as A's, and the post of the relative clause as open, not planned", () => {
    const text = "Chile announced on Monday its decision to open an embassy in Lima, which would be Chile's second mission in the region after its embassy in Quito.";
    expect(posts(text)).toEqual([["CL", "PE", "embassy", "planned"], ["CL", "EC", "embassy", "open"]]);
  });
  it("negative: a relative clause before the verb leaves the verb its post", () => {
    const text = "Peru, which cut ties with Chile in 2020, reopened its embassy in Santiago on Monday.";
    expect(posts(text)).toEqual([["PE", "CL", "embassy", "open"]]);
    expect(extract({ text, published: FRIDAY }).events.map((e) => e.type)).toContain("mission-opened");
  });
});

describe("missions: a post moved to another town of its host opens there", () => {
  const told = (text: string) => extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target, e.date]);
  it.each([
    ["Peru moved its embassy to Jerusalem on May 14, 2018.", [["mission-opened", "PE", "IL", "2018-05-14"]]],
    ["Ghana relocated its embassy from Lagos to Abuja in 2001.", [["mission-opened", "GH", "NG", "2001"]]],
  ] as const)("%s", (text, expected) => {
    expect(told(text)).toEqual(expected);
  });
  it("negative: to new premises or a new building in its town, no event", () => {
    expect(told("Peru moved its embassy in Abuja to a new building in 2001.")).toEqual([]);
  });
});

describe("missions: 'came to A to inaugurate a trade office in the city', and a move told as 'a prelude to'", () => {
  const told = (text: string) => {
    const { missions, events } = extract({ text, published: FRIDAY });
    return { posts: missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status]), events: events.filter((e) => e.type.startsWith("mission-")).map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads 'in the city' after a post as the town named before it, and 'to inaugurate' after a journey as the opening", () => {
    expect(told("In 2019 the Chilean president came to Lima to inaugurate a Chilean trade office in the city.")).toEqual({ posts: [["CL", "PE", "trade-office", "Lima", "open"]], events: [["mission-opened", "CL", "PE", "2019"]] });
  });
  it("reads 'a prelude to relocating the embassy' as no move yet", () => {
    expect(told("Chile opened a trade office in Lima in 2019, a step it described as a prelude to relocating the embassy.").events).toEqual([["mission-opened", "CL", "PE", "2019"]]);
  });
  it("negative: a journey to come, and 'in the city of' naming its own town", () => {
    expect(told("The Chilean president will travel to Lima next week to inaugurate a Chilean trade office in the city.").events).toEqual([]);
    expect(told("Chile opened a consulate in the city of Arequipa, Peru, in 2019.").posts.map((m) => m.slice(0, 4))).toEqual([["CL", "PE", "consulate", "Arequipa"]]);
  });
});

describe("missions: a pair's embassies in each one's capital after a post named before, and a change a span starts from", () => {
  it("reads 'A and B reopened embassies in <A's capital> and <B's capital>' each in the other, though a post of A's in B was named before", () => {
    const { events } = extract({ text: "Ana Paz works at the Peruvian embassy in Santiago. Peru and Chile reopened embassies in Lima and Santiago on July 20, 2015.", published: "2016-09-28" });
    expect(events.filter((e) => e.type === "mission-opened").map((e) => `${e.source}>${e.target} ${e.date}`)).toEqual(["PE>CL 2015-07-20", "CL>PE 2015-07-20"]);
  });
  it("dates 'has led the embassy since it reopened' by nothing of the day: the reopening is background", () => {
    const { events } = extract({ text: "President Ana Paz yesterday announced the nomination. Mr. Doe has led the Peruvian embassy in Santiago since it reopened.", published: "2016-09-28" });
    expect(events.filter((e) => e.type === "mission-opened").map((e) => e.date)).toEqual([null]);
  });
  it("negative: a post named before and no towns of the pair leave the pair reading alone", () => {
    const { missions } = extract({ text: "Ana Paz works at the Peruvian embassy in Santiago. Peru and Chile agreed to cooperate on trade.", published: "2016-09-28" });
    expect(missions.map((m) => `${m.sender}>${m.host}`)).toEqual(["PE>CL"]);
  });
});

describe("missions: a journey's end before 'where', and a town named right after a definite post", () => {
  it("reads 'travelled to <town>, where he opened the honorary consulate' as a post in that town", () => {
    const { missions } = extract({ text: "Polish Foreign Minister Anna Nowak travelled to Karaganda, where she opened an honorary consulate.", published: "2023-11-08" });
    expect(summary(missions)).toBe(JSON.stringify([["PL", "KZ", "honorary-consulate", "Karaganda", "open"]]));
  });
  it("gives 'the Embassy in <capital>' after a post of another kind in another town its own town", () => {
    const { missions } = extract({ text: "Poland opened an honorary consulate in Karaganda on Monday. Together with the Embassy in Astana, the new office will help Polish travellers.", published: "2023-11-08" });
    expect(summary(missions)).toBe(JSON.stringify([["PL", "KZ", "honorary-consulate", "Karaganda", "open"], ["PL", "KZ", "embassy", "Astana", "open"]]));
  });
  it("negative: a definite post of another kind with no town is not in the last post's town", () => {
    const { missions } = extract({ text: "Poland opened an honorary consulate in Karaganda on Monday. The embassy will help Polish travellers.", published: "2023-11-08" });
    expect(missions.find((m) => m.kind === "embassy")?.city ?? null).toBeNull();
  });
});

describe("missions: a post raised to another kind in the passive, and an export agency's office", () => {
  it("reads 'Norway's Trade Council office in Pune was today upgraded to a consulate general' as the old post closed, the new one open", () => {
    const { missions, events } = extract({ text: "Norway's Trade Council office in Pune was today upgraded to a consulate general.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["NO", "IN", "consulate-general", "Pune", "open"], ["NO", "IN", "trade-office", "Pune", "closed"]]));
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-upgraded", "NO", "IN", "2023-03-31"]]);
  });
  it("reads 'was formally turned into an embassy' the same way", () => {
    const { missions } = extract({ text: "The Chilean liaison office in Accra was formally turned into an embassy on Monday.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["CL", "GH", "embassy", "Accra", "open"], ["CL", "GH", "liaison-office", "Accra", "closed"]]));
  });
  it("negative: a post whose work is raised to a level is still the one post", () => {
    const { missions } = extract({ text: "Norway's trade office in Pune said its trade was upgraded to a new level last year.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["NO", "IN", "trade-office", "Pune", "open"]]));
  });
});

describe("missions: a post that 'would resume work', and one a state 'has yet to reopen'", () => {
  const posts = (text: string) => {
    const r = extract({ text, published: "2023-06-06" });
    return { missions: JSON.parse(summary(r.missions)), events: r.events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads 'said its consulate in Tacna would resume work next week' as an announcement, the post planned", () => {
    expect(posts("On Monday, Chile said its consulate in Tacna would resume work next week.")).toEqual({
      missions: [["CL", "PE", "consulate", "Tacna", "planned"]],
      events: [["mission-announced", "CL", "PE", "2023-06-05"]],
    });
  });
  it("negative: a post that resumed work is open again, not announced", () => {
    expect(posts("Chile's consulate in Tacna resumed work on Monday.").events).toEqual([["mission-opened", "CL", "PE", "2023-06-05"]]);
  });
  it("reads no announcement, nor post, in 'Chile has yet to reopen its embassy in Oslo'", () => {
    expect(posts("Chile has yet to reopen its embassy in Oslo.")).toEqual({ missions: [], events: [] });
  });
  it("negative: 'its biggest yet' after a plan leaves the plan", () => {
    expect(posts("Chile will open an embassy in Oslo, its biggest yet.").events.map((e) => e[0])).toEqual(["mission-announced"]);
  });
});

describe("missions: a plan 'announced' with a past date after the post is dated by that date", () => {
  const announced = (text: string, published: string) => extract({ text, published }).events.filter((e) => e.type === "mission-announced").map((e) => e.date);
  it("reads 'announced its intention to open an embassy in <town> in <past month>' as announced then", () => {
    expect(announced("Ghana announced its intention to open an embassy in Lima in March 2022.", "2022-11-04")).toEqual(["2022-03"]);
    expect(announced("Peru said it planned to open a consulate in Tema, Ghana, in 2021.", "2022-11-04")).toEqual(["2021"]);
  });
  it("negative: a date to come after the post is the opening's, and a plan with no saying keeps the day of the news", () => {
    expect(announced("Ghana announced its intention to open an embassy in Lima in 2024.", "2022-11-04")).toEqual(["2022-11-04~"]);
    expect(announced("Ghana plans to open an embassy in Lima in 2021.", "2022-11-04")).toEqual(["2022-11-04~"]);
  });
});

describe("missions: a post that opens in a clause of time a future governs ('will take up her duties when the office opens') is to come", () => {
  it("reads no opening, the post planned by the sentence before", () => {
    const { missions, events } = extract({ text: "Peru will open an honorary consulate in Kumasi, Ghana. Ana Ruiz has been named Peru's first Honorary Consul in Kumasi and will start work when the office opens next spring.", published: "2022-11-04" });
    expect(summary(missions)).toBe(JSON.stringify([["PE", "GH", "honorary-consulate", "Kumasi", "planned"]]));
    expect(events.map((e) => e.type)).toEqual(["mission-announced"]);
  });
  it("negative: a past clause of time still opens the post", () => {
    const { events } = extract({ text: "Ana Ruiz was named Peru's Honorary Consul in Kumasi, Ghana, and started work when the office opened in May.", published: "2022-11-04" });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "PE", "GH", "2022-05"]]);
  });
});

describe("missions: an envoy's own 'mission' is a tour of duty, and 'Frankfurt' is Frankfurt am Main", () => {
  it("reads no post in 'on the completion of his diplomatic mission in A'", () => {
    const { missions } = extract({ text: "Foreign Minister Luis Soto received the Ambassador of Norway, Kari Holm, on the completion of his diplomatic mission in Peru.", published: "2023-11-08" });
    expect(missions).toEqual([]);
  });
  it("negative: a state's diplomatic mission, and the post an envoy heads, are posts", () => {
    const { missions } = extract({ text: "Kari Holm heads Norway's diplomatic mission in Peru.", published: "2023-11-08" });
    expect(summary(missions)).toBe(JSON.stringify([["NO", "PE", "embassy", null, "open"]]));
  });
  it("reads 'its consulate general in Frankfurt' as a post in Germany, not a person named Frankfurt", () => {
    const { missions, officials } = extract({ text: "Ana Rojas, who earlier headed Chile's consulate general in Frankfurt, was sworn in as ambassador to Peru.", published: "2023-11-08" });
    expect(summary(missions)).toBe(JSON.stringify([["CL", "DE", "consulate-general", "Frankfurt", "open"]]));
    expect(officials.map((o) => o.name)).toEqual(["Ana Rojas"]);
  });
});

describe("missions: 'would shortly open' a post is a plan, as 'will shortly open' is", () => {
  it("reads 'noted that A would shortly open a Consulate General in <town>' as a planned post", () => {
    const { missions } = extract({ text: "The Peruvian minister noted that Peru would shortly open a Consulate General in Valparaiso.", published: "2024-03-14" });
    expect(summary(missions)).toBe(JSON.stringify([["PE", "CL", "consulate-general", "Valparaiso", "planned"]]));
  });
  it("negative: a shop that would shortly open is no post", () => {
    expect(extract({ text: "The Peruvian minister noted that a shop would shortly open in Valparaiso.", published: "2024-03-14" }).missions).toEqual([]);
  });
});

describe("missions: 'their' posts after a subject of two states joined by 'and'", () => {
  it("reads 'Peruvian official X and Chilean adviser Y signed a deal to reopen their embassies' as each one's in the other", () => {
    const { missions } = extract({ text: "Peruvian official Ana Paz and Chilean adviser Luis Vera signed an agreement on March 10 to reopen their embassies within two months.", published: "2023-04-06" });
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.status}`)).toEqual(["PE>CL planned", "CL>PE planned"]);
  });
  it("negative: their embassies placed in a third state's town are there", () => {
    const { missions } = extract({ text: "Peruvian official Ana Paz and Chilean adviser Luis Vera visited their embassies in Quito on March 10.", published: "2023-04-06" });
    expect(missions.map((m) => `${m.sender}>${m.host}`)).not.toContain("PE>CL");
  });
});

describe("missions: a state's own 'National Security Council' is not the UN's", () => {
  it("reads no UN post where 'the Supreme National Security Council' of a state signs for it", () => {
    const { missions } = extract({ text: "Ana Paz, then the secretary of Peru's Supreme National Security Council, and Chilean adviser Luis Vera signed an agreement on March 10 to reopen their embassies within two months.", published: "2023-04-06" });
    expect(missions.map((m) => m.sender)).not.toContain("UN");
  });
  it("negative: the UN's Security Council is still the UN", () => {
    const { events } = extract({ text: "The Security Council on Monday welcomed Peru's decision to open an embassy in Santiago.", published: "2023-04-06" });
    expect(events.map((e) => `${e.type} ${e.source}>${e.target}`)).toEqual(["mission-announced PE>CL"]);
  });
});

describe("missions: 'our' post in a quote whose speaker is named after it", () => {
  it("reads '\"Our embassy in Lima …,\" said X' and '… ,\" he said' as the speaker's state's post", () => {
    for (const text of ["\"Our embassy in Lima remains open,\" said Chilean Foreign Minister Ana Rojas.", "\"Our embassy in Lima remains open,\" Chile's Foreign Minister Ana Rojas said.", "Chile's Foreign Minister Ana Rojas welcomed the deal. \"Our embassy in Lima will follow up on every commitment,\" she said."]) {
      expect(extract({ text, published: "2025-07-04" }).missions.map((m) => `${m.sender}>${m.host} ${m.city}`)).toEqual(["CL>PE Lima"]);
    }
  });
  it("negative: a quote followed by another speaker and a later name is not that name's", () => {
    const { missions } = extract({ text: "\"Our embassy in Lima remains open,\" a spokesman said, after Chilean Foreign Minister Ana Rojas met the press.", published: "2025-07-04" });
    expect(missions).toEqual([]);
  });
});

describe("missions: the host 'withdrew its consent for' a post 'to operate' closes it", () => {
  it("reads the post whose leave to operate is taken back as closed, on that day", () => {
    const { missions, events } = extract({ text: "Peru on Monday withdrew its consent for Chile's consulate general in Cusco to operate.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["CL", "PE", "consulate-general", "Cusco", "closed"]]));
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-closed", "CL", "PE", "2023-03-27"]]);
  });
  it("negative: leave taken back to open a post closes none", () => {
    expect(extract({ text: "Peru on Monday revoked permission for Chile to open a consulate general in Cusco.", published: FRIDAY }).events).toEqual([]);
  });
});

describe("missions: a post of another kind takes no town from the post named before it", () => {
  it("reads 'the embassy' after 'its consulate general in B' with no town", () => {
    const { missions } = extract({ text: "Norway has closed its consulate general in Cusco. Kari Holm, Norway's ambassador, said on her return to the embassy that staff were safe.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["NO", "PE", "consulate-general", "Cusco", "closed"], ["NO", "PE", "embassy", null, "open"]]));
  });
  it("negative: a post of the same kind keeps the town", () => {
    const { missions } = extract({ text: "Norway has opened an embassy in Lima. Kari Holm, Norway's envoy, said on her return to the embassy that staff were safe.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["NO", "PE", "embassy", "Lima", "open"]]));
  });
});

describe("missions: 'A's ambassador in B … said the A embassy' places the post where its envoy is", () => {
  it("reads the sender's embassy in the town of its ambassador named before it", () => {
    const { missions } = extract({ text: "Chile's ambassador in Lima, Ana Rojas, said on Monday that the Chilean embassy would stay open.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["CL", "PE", "embassy", "Lima", "open"]]));
  });
  it("negative: a minister's whereabouts, or an ambassador's for a consulate, place no post", () => {
    expect(extract({ text: "Chile's trade minister in Lima, Ana Rojas, said on Monday that the Chilean embassy would stay open.", published: FRIDAY }).missions).toEqual([]);
    expect(extract({ text: "Chile's ambassador in Lima, Ana Rojas, said the Chilean consulate would stay open.", published: FRIDAY }).missions).toEqual([]);
  });
});

describe("missions: 'became the first Latin American country to open an embassy in A' is an opening, words describing the rank's class and all", () => {
  const told = (text: string) => {
    const r = extract({ text, published: FRIDAY });
    return { missions: JSON.parse(summary(r.missions)), events: r.events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads the opening, not an announcement", () => {
    expect(told("Chile on Monday became the first Latin American country to open an embassy in Apia.")).toEqual({ missions: [["CL", "WS", "embassy", "Apia", "open"]], events: [["mission-opened", "CL", "WS", "2023-03-27"]] });
  });
  it("negative: 'will become the first …' stays a plan", () => {
    expect(told("Chile will become the first Latin American country to open an embassy in Apia.").events.map((e) => e[0])).toEqual(["mission-announced"]);
  });
});

describe("missions: 'moved its embassy there from A' is a move within the host to the town 'there' stands for", () => {
  const told = (text: string) => {
    const r = extract({ text, published: FRIDAY });
    return { missions: JSON.parse(summary(r.missions)), events: r.events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads the post as opened in the new town, not closed", () => {
    expect(told("Few states keep embassies in Abuja: Ghana, which moved its embassy there from Lagos in 2001.")).toEqual({ missions: [["GH", "NG", "embassy", "Abuja", "open"]], events: [["mission-opened", "GH", "NG", "2001"]] });
  });
  it("negative: a post shut 'there' with no town it left is closed", () => {
    expect(told("Few states keep embassies in Abuja: Ghana, which shut its embassy there in 2001.").events).toEqual([["mission-closed", "GH", "NG", "2001"]]);
  });
});

describe("missions: the other side 'would likewise set up an embassy' is a plan of its own", () => {
  it("reads the planned post", () => {
    const { missions } = extract({ text: "Peru's Foreign Ministry said in a statement that it would likewise set up an embassy in Apia.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["PE", "WS", "embassy", "Apia", "planned"]]));
  });
  it("negative: a post likewise set up in the past is open", () => {
    const { missions } = extract({ text: "Peru likewise set up an embassy in Apia in 2019.", published: FRIDAY });
    expect(summary(missions)).toBe(JSON.stringify([["PE", "WS", "embassy", "Apia", "open"]]));
  });
});

describe("missions: '…, and B, which followed two days later' opened a post of its own in the same town", () => {
  const told = (text: string) => {
    const r = extract({ text, published: FRIDAY });
    return { missions: JSON.parse(summary(r.missions)), events: r.events.map((e) => [e.type, e.source, e.target, e.date]) };
  };
  it("reads the follower's opening, from the first one's day", () => {
    expect(told("Only two states have embassies in Apia: Fiji, which opened its embassy there in May 2019, and Chile, which followed two days later.")).toEqual({
      missions: [["FJ", "WS", "embassy", "Apia", "open"], ["CL", "WS", "embassy", "Apia", "open"]],
      events: [["mission-opened", "FJ", "WS", "2019-05"], ["mission-opened", "CL", "WS", "2019-05"]],
    });
  });
  it("negative: a relative clause that followed something else opens nothing", () => {
    expect(told("Fiji opened its embassy in Apia in May 2019, and Chile, which followed the debate, protested.").events).toEqual([["mission-opened", "FJ", "WS", "2019-05"]]);
  });
});

describe("missions: 'the embassy in the Victoria district of Lima' is in the town, not in a namesake of the district", () => {
  it("reads the town after 'district of'", () => {
    expect(JSON.parse(summary(extract({ text: "Police were deployed outside the Chilean embassy in the Victoria district of Lima.", published: FRIDAY }).missions))).toEqual([["CL", "PE", "embassy", "Lima", "open"]]);
  });
  it("negative: a place named alone stays the place", () => {
    expect(JSON.parse(summary(extract({ text: "Police were deployed outside the Chilean embassy in Victoria.", published: FRIDAY }).missions))).toEqual([["CL", "SC", "embassy", "Victoria", "open"]]);
  });
});

describe("missions: 'the Vatican closed its embassy in A' is the Holy See's nunciature", () => {
  it("reads a Holy See embassy as a nunciature, one post with the nunciature named beside it", () => {
    const text = "The Vatican has closed its embassy in Peru. The apostolic nunciature in Lima shut its doors on Friday.";
    expect(JSON.parse(summary(extract({ text, published: FRIDAY }).missions))).toEqual([["VA", "PE", "nunciature", "Lima", "closed"]]);
  });
  it("negative: another state's embassy to the Holy See stays an embassy", () => {
    const text = "Peru has closed its embassy to the Holy See, located in Rome.";
    expect(JSON.parse(summary(extract({ text, published: FRIDAY }).missions)).map((m: string[]) => m.slice(0, 3))).toEqual([["PE", "VA", "embassy"]]);
  });
});

describe("missions: 'its embassy to B, located in C' is in C", () => {
  it("reads the town said outright after 'located in', even one of another state", () => {
    expect(JSON.parse(summary(extract({ text: "Peru's embassy to Chile, located in Santiago, has been closed.", published: FRIDAY }).missions))).toEqual([["PE", "CL", "embassy", "Santiago", "closed"]]);
    expect(JSON.parse(summary(extract({ text: "Bolivia's embassy to the Holy See, located in Rome, has been closed.", published: FRIDAY }).missions))).toEqual([["BO", "VA", "embassy", "Rome", "closed"]]);
  });
  it("negative: a town in another clause is not the post's", () => {
    expect(JSON.parse(summary(extract({ text: "Peru's embassy to Chile, led by Ana Rojas in Santiago, has been closed.", published: FRIDAY }).missions))).toEqual([["PE", "CL", "embassy", null, "closed"]]);
  });
});

describe("missions: a post 'expected to open', 'due to open' or 'scheduled to open' is still to come", () => {
  it("reads each as a planned post, announced", () => {
    for (const verb of ["is expected to open", "is due to open", "is scheduled to open", "is slated to open"]) {
      const { missions, events } = extract({ text: `The Embassy of Norway in Kigali ${verb} in 2024.`, published: "2023-06-13" });
      expect(missions.map((m) => `${m.sender}>${m.host} ${m.status}`)).toEqual(["NO>RW planned"]);
      expect(events.map((e) => e.type)).toEqual(["mission-announced"]);
    }
  });
  it("negative: a post that opened, then an expectation about something else, stays open", () => {
    const { missions } = extract({ text: "The Embassy of Norway in Kigali opened in 2020. It is expected to host a trade fair next year.", published: "2023-06-13" });
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.status}`)).toEqual(["NO>RW open"]);
  });
});

describe("missions: a government's 'decision on the establishment of' a post approves it, also 'at the proposal of' a ministry", () => {
  it("reads the decision as approval, past an aside naming who proposed it", () => {
    expectMission("On Tuesday, the Government of Peru adopted, at the proposal of the Ministry of Foreign Affairs, a Decision on the establishment of the Embassy of Peru in Estonia.", FRIDAY, { sender: "PE", host: "EE", kind: "embassy", status: "approved" });
    expect(extract({ text: "The Government of Peru adopted a decision on the establishment of an embassy in Estonia on Tuesday.", published: FRIDAY }).events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-approved", "PE", "EE", "2023-03-28"]]);
  });
  it("negative: a proposal still to be acted on approves nothing", () => {
    const { missions, events } = extract({ text: "The ministry made a proposal to open an embassy of Peru in Estonia, and the cabinet would consider it.", published: FRIDAY });
    expect(events.filter((e) => e.type === "mission-approved")).toEqual([]);
    expect(missions.filter((m) => m.status === "approved")).toEqual([]);
  });
});

describe("missions: a post shut 'for the day' or 'for the holidays' is not closed", () => {
  it("reads no closure of a post shut for a while, the words after the post", () => {
    const { events, missions } = extract({ text: "Peru closed its embassy in Santiago for the day on Monday because of protests.", published: FRIDAY });
    expect(events).toEqual([]);
    expect(missions.map((m) => m.status)).toEqual(["open"]);
  });
  it("negative: a post closed over the weekend is closed", () => {
    expectMission("Peru closed its embassy in Santiago over the weekend, citing security.", FRIDAY, { sender: "PE", host: "CL", status: "closed" });
  });
});

describe("missions: 'resumed the operations of its embassy', 'years after suspending them'", () => {
  it("reads the resumption as an opening, and the suspension told after 'after' as a closure of its own", () => {
    const { events, missions } = extract({ text: "Peru resumed the operations of its embassy in Quito on Monday, ten years after suspending them in March 2013.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "PE", "EC", "2023-03-27"], ["mission-closed", "PE", "EC", "2013-03"]]);
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.status}`)).toEqual(["PE>EC open"]);
  });
  it("negative: the operations of something else, and people met after, move no post", () => {
    expect(extract({ text: "Peru resumed the operations of its trade fair in Quito on Monday.", published: FRIDAY }).events).toEqual([]);
    expect(extract({ text: "Peru opened its embassy in Quito on Monday, a year after meeting them in Lima.", published: FRIDAY }).events.map((e) => e.type)).toEqual(["mission-opened"]);
  });
});

describe("missions: 'A will in turn open an embassy in B' is a post planned", () => {
  it("reads 'in turn' between 'will' and the verb as the other adverbs there", () => {
    const { missions, events } = extract({ text: "Norway will in turn open an embassy in Kigali, its foreign minister said.", published: "2023-06-13" });
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.status}`)).toEqual(["NO>RW planned"]);
    expect(events.map((e) => e.type)).toEqual(["mission-announced"]);
  });
  it("negative: 'in turn' with no verb of opening plans no post", () => {
    const { events } = extract({ text: "Norway will in turn send a delegation to its embassy in Kigali, its foreign minister said.", published: "2023-06-13" });
    expect(events.map((e) => e.type)).not.toContain("mission-announced");
  });
});

describe("missions: 'the government adopted a decision to open an embassy' approves the post", () => {
  it("reads a decision adopted to open a post as the executive act, as a decree adopted is", () => {
    const { missions, events } = extract({ text: "The Norwegian government on Thursday adopted a decision to open an embassy in Kigali.", published: "2023-06-13" });
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.status}`)).toEqual(["NO>RW approved"]);
    expect(events.map((e) => e.type)).toEqual(["mission-approved"]);
  });
  it("negative: a decision only taken, or adopted on something else, approves no post", () => {
    expect(extract({ text: "Norway on Thursday took a decision to open an embassy in Kigali.", published: "2023-06-13" }).missions.map((m) => m.status)).toEqual(["planned"]);
    expect(extract({ text: "The Norwegian cabinet adopted a decision on trade with Rwanda and its embassy in Kigali.", published: "2023-06-13" }).events.map((e) => e.type)).not.toContain("mission-approved");
  });
});

describe("missions: 'A will move its embassy to B's city' is a post planned in B", () => {
  it("reads a move still to come, or one intended, as the announcement of the post", () => {
    for (const text of ["Norway will move its embassy to Kigali next year.", "Norway announced its intention to move its embassy to Kigali."]) {
      const { missions, events } = extract({ text, published: "2023-06-13" });
      expect(missions.map((m) => `${m.sender}>${m.host} ${m.city} ${m.status}`)).toEqual(["NO>RW Kigali planned"]);
      expect(events.map((e) => e.type)).toEqual(["mission-announced"]);
    }
  });
  it("negative: a move to new premises, or of the staff, plans no post", () => {
    for (const text of ["Norway will move its embassy to a new building in Kigali.", "Norway will move its embassy staff in Kigali to Nairobi."]) {
      expect(extract({ text, published: "2023-06-13" }).events.map((e) => e.type)).not.toContain("mission-announced");
    }
  });
});

describe("missions: 'the opening in B's city of an A post' is the post in that city", () => {
  it("reads the place between the change's noun and the post as the post's", () => {
    const { missions } = extract({ text: "Sweden protested on Monday over the opening in Kigali of a Norwegian trade office that Stockholm says breaks a deal.", published: "2023-06-13" });
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.city}`)).toContain("NO>RW Kigali");
    expect(missions.map((m) => m.host)).not.toContain("SE");
  });
  it("negative: a place told after another noun before the post is not the post's", () => {
    const { missions } = extract({ text: "Sweden protested on Monday over a meeting in Kigali of a Norwegian trade office's staff.", published: "2023-06-13" });
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.city}`)).not.toContain("NO>RW Kigali");
  });
});

describe("missions: towns named by their English names", () => {
  it.each([
    ["Gothenburg", "SE"], ["Cologne", "DE"], ["Antwerp", "BE"], ["Bangalore", "IN"], ["Irbil", "IQ"], ["Kotor", "ME"], ["Rostov-on-Don", "RU"],
    ["Basra", "IQ"], ["Uzhhorod", "UA"], ["Chattogram", "BD"], ["Misrata", "LY"], ["Mazar-i-Sharif", "AF"], ["Kirkenes", "NO"],
  ])("reads a consulate in %s as in %s", (town, host) => {
    expectMission(`Peru opened a consulate in ${town} on Monday.`, FRIDAY, { sender: "PE", host, city: town, status: "open" });
  });
  it("negative: a town of the sender's own is no post abroad", () => {
    expect(extract({ text: "Peru opened a consulate in Cusco on Monday.", published: FRIDAY }).missions).toEqual([]);
  });
});

describe("missions: 'has had an embassy in B since …' is a post open", () => {
  it("reads the perfect of having a post as its being open", () => {
    expectMission("Peru has had an embassy in Santiago since 1822.", FRIDAY, { sender: "PE", host: "CL", kind: "embassy", city: "Santiago", status: "open" });
  });
  it("negative: a post the sender 'had' until a year is not said to be open", () => {
    expect(extract({ text: "Peru had an embassy in Santiago until 1990.", published: FRIDAY }).missions.filter((m) => m.status === "open")).toEqual([]);
  });
});

describe("missions: 'shuttered' closes a post, 'raised to embassy level' upgrades one", () => {
  const events = (text: string) => extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target, e.date]);
  it("reads a post shuttered as closed, and one raised to embassy level as upgraded", () => {
    expectMission("Peru shuttered its embassy in Santiago on Monday.", FRIDAY, { sender: "PE", host: "CL", kind: "embassy", status: "closed" });
    expect(events("Peru shuttered its embassy in Santiago on Monday.")).toContainEqual(["mission-closed", "PE", "CL", "2023-03-27"]);
    expect(events("Peru raised its mission in Santiago to embassy level on Monday.")).toContainEqual(["mission-upgraded", "PE", "CL", "2023-03-27"]);
  });
  it("negative: 'the shuttered embassy', 'the closed embassy' that reopened are open", () => {
    expectMission("The shuttered embassy of Peru in Santiago reopened on Monday.", FRIDAY, { sender: "PE", host: "CL", kind: "embassy", status: "open" });
    expectMission("The closed embassy of Peru in Santiago reopened on Monday.", FRIDAY, { sender: "PE", host: "CL", kind: "embassy", status: "open" });
  });
});

describe("missions: posts each with a sender 'of' a state, listed after a verb, share the verb", () => {
  it("reads every post of the list as planned", () => {
    const text = "The two sides agreed to reopen the Embassy of the Republic of Peru in Santiago and the Embassy of the Republic of Chile in Lima, as well as the Consulate General of Peru in Arica and the Consulate General of Chile in Tacna.";
    const missions = extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.status]);
    expect(missions).toEqual([
      ["PE", "CL", "embassy", "planned"],
      ["CL", "PE", "embassy", "planned"],
      ["PE", "CL", "consulate-general", "planned"],
      ["CL", "PE", "consulate-general", "planned"],
    ]);
  });
  it("negative: a post with its own verb keeps it", () => {
    const text = "Peru will reopen its embassy in Santiago, while the Consulate General of Chile in Tacna closed on Monday.";
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.status])).toContainEqual(["CL", "PE", "closed"]);
  });
});

describe("missions: a reopening talked of or prepared is still to come", () => {
  const read = (text: string) => extract({ text, published: FRIDAY });
  it.each([
    "A Peruvian delegation arrived in Santiago on Monday to discuss the reopening of the Peruvian embassy in Santiago.",
    "A Peruvian delegation held talks on the reopening of the Peruvian embassy in Santiago.",
    "Chile agreed to provide Peru with the necessary assistance for the establishment of the Peruvian embassy in Santiago.",
  ])("%s", (text) => {
    const x = read(text);
    expect(x.missions.map((m) => [m.sender, m.host, m.status])).toEqual([["PE", "CL", "planned"]]);
    expect(x.events.filter((e) => e.type === "mission-opened")).toEqual([]);
  });
  it("negative: a reopening that took place is an opening", () => {
    expect(read("The reopening of the Peruvian embassy in Santiago took place on Monday.").missions.map((m) => m.status)).toEqual(["open"]);
  });
});

describe("missions: a nunciature is the Holy See's post", () => {
  it("reads the Holy See as the sender, whatever the sentence names before", () => {
    expectMission("The visit was prepared by Peru's embassy to the Holy See and by the apostolic nunciature in Lima.", FRIDAY, { sender: "VA", host: "PE", kind: "nunciature", city: "Lima" });
  });
  it("negative: an embassy to the Holy See keeps its sender", () => {
    expect(extract({ text: "The visit was prepared by Peru's embassy to the Holy See.", published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["PE", "VA", "embassy"]]);
  });
});

describe("missions: 'adopted a decision on establishing' a post approves it", () => {
  it("reads the decision as the approval, and no opening nor visit", () => {
    const x = extract({ text: "At today's session chaired by Prime Minister Ana Soto, the Government of Peru adopted a decision on establishing an Honorary Consulate of Peru in Arica, Chile.", published: FRIDAY });
    expect(x.missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["PE", "CL", "honorary-consulate", "approved"]]);
    expect(x.events.map((e) => e.type)).toEqual(["mission-approved"]);
  });
  it("negative: a decision on something else approves no post", () => {
    expect(extract({ text: "The Government of Peru adopted a decision on fisheries quotas near its consulate in Arica.", published: FRIDAY }).events.filter((e) => e.type === "mission-approved")).toEqual([]);
  });
});

describe("missions: two posts with verbs of their own in one sentence, joined by ', and'", () => {
  it("reads each post with its own verb", () => {
    const x = extract({ text: "Peru's embassy in Santiago lowered its flag on Sunday, and the Chilean embassy in Lima has been shut.", published: FRIDAY });
    expect(x.missions.map((m) => [m.sender, m.host, m.status])).toEqual([["PE", "CL", "closed"], ["CL", "PE", "closed"]]);
  });
  it("negative: a verb whose object is the next post moves that post only", () => {
    const x = extract({ text: "Peru declared two diplomats of the Chilean embassy persona non grata and decided to close Chile's consulate in Arica.", published: FRIDAY });
    expect(x.missions.filter((m) => m.kind === "embassy" && m.status === "closed")).toEqual([]);
  });
});

describe("missions: a post named with 'a' and a state's name of several words is no particular post", () => {
  it("reads no post from 'A Solomon Islands mission in Beijing is expected to follow'", () => {
    expect(extract({ text: "A Solomon Islands mission in Beijing is expected to follow later.", published: FRIDAY }).missions).toEqual([]);
  });
  it("negative: the definite post is one", () => {
    expect(JSON.parse(summary(extract({ text: "The Solomon Islands mission in Beijing opened on Monday.", published: FRIDAY }).missions))).toEqual([["SB", "CN", "embassy", "Beijing", "open"]]);
  });
});

describe("missions: 'for the first time since 1991' measures from a date that is no change of the post", () => {
  const closed = (text: string) => extract({ text, published: FRIDAY }).events.filter((e) => e.type === "mission-closed").map((e) => e.date);
  it("dates the closure by its own day, not the span's start", () => {
    expect(closed("Peru pulled its diplomats out of its embassy in Santiago on Wednesday. For the first time since the two countries established relations in 1991, the mission is closed.")).toEqual(["2023-03-29"]);
    expect(closed("For the first time since 1991, the Peruvian embassy in Santiago is closed.")).not.toContain("1991");
  });
  it("negative: 'closed since 2015' dates the closure", () => {
    expect(closed("Peru's embassy in Santiago has been closed since 2015.")).toEqual(["2015"]);
  });
});

describe("missions: the verbs of a post's head's appointment move no post", () => {
  it("reads the consulate open, and no approval of it or of the embassy", () => {
    const text = "The Honorary Consulate of Peru in Arica is headed by Mr. Luis Vera, whose appointment as Honorary Consul was approved by the Peruvian Government on the proposal of the Embassy.";
    const { missions, events } = extract({ text, published: FRIDAY });
    expect(JSON.parse(summary(missions))).toContainEqual(["PE", "CL", "honorary-consulate", "Arica", "open"]);
    expect(events.filter((e) => e.type === "mission-approved")).toEqual([]);
  });
  it("negative: a post the verb is said of is approved", () => {
    expect(JSON.parse(summary(extract({ text: "Congress approved the Honorary Consulate of Peru in Arica on Monday.", published: FRIDAY }).missions))).toContainEqual(["PE", "CL", "honorary-consulate", "Arica", "approved"]);
  });
});

describe("missions: a minister who welcomes an opening abroad did not travel to it", () => {
  const visits = (text: string) => extract({ text, published: FRIDAY }).events.filter((e) => e.type === "visit").map((e) => [e.source, e.target]);
  it("reads no visit from praise", () => {
    expect(visits("LIMA - Peru's Minister of Foreign Affairs, Ana Soto, welcomed the opening on 27 March of the Honorary Consulate of Peru in Arica.")).toEqual([]);
  });
  it("negative: a minister who inaugurates a post abroad is there", () => {
    expect(visits("Peru's Foreign Minister Ana Soto inaugurated the Peruvian embassy in Santiago on Monday.")).toEqual([["PE", "CL"]]);
  });
});

describe("missions: 'announced plans for a consulate in A during his visit to B in May' announces the post then, on a visit", () => {
  it("reads the post planned, its announcement and the visit, both dated by the visit", () => {
    const { missions, events } = extract({ text: "Peruvian President Luis Vera announced plans for a consulate in Arica during his visit to Santiago in May last year.", published: FRIDAY });
    expect(JSON.parse(summary(missions))).toEqual([["PE", "CL", "consulate", "Arica", "planned"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual(expect.arrayContaining([["mission-announced", "PE", "CL", "2022-05"], ["visit", "PE", "CL", "2022-05"]]));
  });
  it("negative: plans for a visit announce no post and no visit made", () => {
    const { missions, events } = extract({ text: "Peruvian President Luis Vera announced plans for a visit to Santiago in May.", published: FRIDAY });
    expect(missions).toEqual([]);
    expect(events).toEqual([]);
  });
});

describe("missions: a date in an aside between dashes, or of a pledge made, is not the opening's", () => {
  const opened = (text: string) => extract({ text, published: FRIDAY }).events.filter((e) => e.type === "mission-opened").map((e) => e.date);
  it("dates the opening by its own clause", () => {
    expect(opened("Peru's foreign minister Ana Soto opened a new consulate in Arica - the post the president had promised during his visit to Santiago in May 2021 - and then went on to Iquique.")).toEqual(["2023-03-31~"]);
    expect(opened("Peru's foreign minister Ana Soto inaugurated the Consulate General of Peru in Arica on 27 March. In her remarks, the minister noted that the opening of the Consulate fulfils the announcement made by the president during his visit to Chile in May 2021.")).toEqual(["2023-03-27"]);
  });
  it("negative: a date in the opening's own clause stands", () => {
    expect(opened("Peru opened a new consulate in Arica in May 2021.")).toEqual(["2021-05"]);
  });
});

describe("missions: 'its Arica consulate', a town right before the post, is where the post is", () => {
  it.each([
    ["Peru shut its embassy in Santiago and its Arica consulate in early March.", ["PE", "CL", "consulate", "Arica", "closed"]],
    ["Peru's Arica consulate reopened on Monday.", ["PE", "CL", "consulate", "Arica", "open"]],
  ])("%s", (text, post) => {
    expect(JSON.parse(summary(extract({ text, published: FRIDAY }).missions))).toContainEqual(post);
  });
  it("negative: a post named with 'in' keeps that town", () => {
    expect(JSON.parse(summary(extract({ text: "Peru shut its consulate in Arica in March.", published: FRIDAY }).missions))).toEqual([["PE", "CL", "consulate", "Arica", "closed"]]);
  });
});

describe("missions: an opening's ceremony in a town of the host places the post there", () => {
  it("reads the town", () => {
    expect(JSON.parse(summary(extract({ text: "Peru officially opened its embassy in Chile on Wednesday, at a ceremony in Santiago attended by both ministers.", published: FRIDAY }).missions))).toEqual([["PE", "CL", "embassy", "Santiago", "open"]]);
  });
  it("negative: a town of another state, or one not of the ceremony, is not the post's", () => {
    expect(JSON.parse(summary(extract({ text: "Peru opened its embassy in Chile on Monday; the minister later spoke at an event in Lima.", published: FRIDAY }).missions))).toEqual([["PE", "CL", "embassy", null, "open"]]);
  });
});

describe("missions: an opening phrase's 'its' ('After the attack on its embassy in B, A evacuated …') is the main clause's state", () => {
  it("reads A's post in B", () => {
    const text = "Santiago has accused Lima of hosting spies. After the deadly attack on its embassy in Santiago in January, Peru evacuated its diplomats and suspended the embassy's operations.";
    expect(JSON.parse(summary(extract({ text, published: FRIDAY }).missions))).toContainEqual(["PE", "CL", "embassy", "Santiago", "suspended"]);
  });
  it("negative: a state named before 'its' in the phrase keeps it", () => {
    const text = "After Chile reopened its embassy in Lima in January, Peru sent an envoy.";
    expect(JSON.parse(summary(extract({ text, published: FRIDAY }).missions))).toContainEqual(["CL", "PE", "embassy", "Lima", "open"]);
  });
});

describe("missions: 'A and B are among the countries that run embassies in C'", () => {
  it("reads each state's embassy in C, not each in the other", () => {
    const { missions } = extract({ text: "Italy and Turkey are among the countries that run embassies in Tripoli.", published: FRIDAY });
    expect(missions.map((m) => `${m.sender}>${m.host} ${m.city}`)).toEqual(["IT>LY Tripoli", "TR>LY Tripoli"]);
  });
  it("negative: 'the countries' after a pair is still the pair", () => {
    const { missions } = extract({ text: "Peru and Chile restored ties, and the countries will reopen embassies.", published: FRIDAY });
    expect(missions.map((m) => `${m.sender}>${m.host}`)).toEqual(["PE>CL", "CL>PE"]);
  });
});

describe("missions: a post's long name before its verb, and the town it was opened in", () => {
  it("reads 'the Embassy of A in the Republic of B was officially inaugurated on Thursday, 19 June, in C'", () => {
    const text = "The Embassy of Peru in the Republic of Trinidad and Tobago was officially inaugurated on Thursday, 19 June, in Port of Spain.";
    const { missions, events } = extract({ text, published: "2025-06-20" });
    expect(missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["PE", "TT", "Port of Spain", "open"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-opened", "PE", "TT", "2025-06-19"]]);
  });
  it("negative: a town of another state after the verb is not the post's", () => {
    const { missions } = extract({ text: "The Embassy of Peru in Ghana was opened on Monday, a week after a summit in Lomé.", published: "2025-06-20" });
    expect(missions.map((m) => [m.sender, m.host, m.city])).toEqual([["PE", "GH", null]]);
  });
});

describe("missions: the object of an infinitive is no post's sender", () => {
  it("negative: 'became the first minister to visit Lima and announced that the embassy would return' is no Peruvian post", () => {
    const text = "It began in January, when Chile's Foreign Minister Ana Soto became the first Chilean minister in a decade to visit Lima and announced that the embassy would return.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.filter((m) => m.sender === "PE")).toEqual([]);
  });
});

describe("missions: 'the Taipei Mission in the Republic of B' is the capital's state's post in B", () => {
  it.each([
    ["The Taipei Mission in Estonia opened on Monday.", ["TW", "EE", "representative-office", "open"]],
    ["Taiwan is represented by the Taipei Mission in the Republic of Latvia.", ["TW", "LV", "representative-office", "open"]],
  ])("%s", (text, expected) => {
    expect(extract({ text, published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([expected]);
  });
  it("negative: 'its Tehran embassy' is still the post in Tehran", () => {
    expect(extract({ text: "Sweden reopened its Tehran embassy on Monday.", published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.city])).toEqual([["SE", "IR", "Tehran"]]);
  });
});

describe("missions: 'A allowed B to open an office' is B's post in A", () => {
  it("reads the one that allows it as the host, over the post named before", () => {
    const text = "Taiwan will open a representative office in Estonia. Chile recalled its ambassador from Peru in 2021 after Peru allowed Taiwan to open an office under the name Taiwanese Representative Office.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => `${m.sender}>${m.host}`)).toEqual(["TW>EE", "TW>PE"]);
  });
  it("negative: 'allowed its diplomats to open the embassy' names no host", () => {
    const text = "Peru opened an embassy in Ghana. Chile allowed its diplomats to open the embassy in Accra on Monday.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => `${m.sender}>${m.host}`)).not.toContain("CL>CL");
  });
});

describe("missions: 'signed the decrees establishing embassies in A and B' approves both", () => {
  it("reads each post approved, not opened", () => {
    const { missions } = extract({ text: "Norway's King Harald signed the decrees establishing embassies in Lima and Santiago in June.", published: "2024-10-16" });
    expect(missions.map((m) => [m.sender, m.host, m.status])).toEqual([["NO", "PE", "approved"], ["NO", "CL", "approved"]]);
  });
});

describe("missions: 'is expected to be inaugurated in March' is a post still to open", () => {
  it("reads no opening", () => {
    const { events, missions } = extract({ text: "Peru will open an embassy in Ghana. The embassy is expected to be inaugurated in March, the spokesperson said.", published: "2026-01-15" });
    expect(events.filter((e) => e.type === "mission-opened")).toEqual([]);
    expect(missions.map((m) => m.status)).toEqual(["planned"]);
  });
});

describe("missions: 'inaugurated at its chancery in the Maitama District, Abuja'", () => {
  it("reads the town after the district as the post's", () => {
    const { missions } = extract({ text: "On Wednesday, 4 June 2025, the Embassy of Peru was formally inaugurated at its chancery in the Maitama District, Abuja.", published: "2025-06-05" });
    expect(missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["PE", "NG", "Abuja", "open"]]);
  });
});

describe("missions: 'the consulate' after a consulate-general and another post is the consular post", () => {
  it("reads no consulate of the post named last", () => {
    const text = "Peru will open a consulate-general in Kumasi. Ghana has an embassy in Lima. An analyst said the consulate decision showed that Lima now sees Kumasi as part of its market.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind])).toEqual([["PE", "GH", "consulate-general"], ["GH", "PE", "embassy"]]);
  });
});

describe("missions: 'had \"no immediate plans\" to open a consulate' announces none", () => {
  it("reads no post and no announcement", () => {
    const { missions, events } = extract({ text: "The deputy minister said Peru welcomed the Chilean move but had \"no immediate plans\" to open a consulate of its own in Arica.", published: FRIDAY });
    expect([missions, events]).toEqual([[], []]);
  });
});

describe("missions: 'The establishment of the Consulate General of A in C was approved by the cabinet'", () => {
  it("reads an approval, not an opening", () => {
    const { missions, events } = extract({ text: "The establishment of the Consulate General of Peru in Arica was approved by the Council of Ministers on 13 May 2025.", published: "2025-08-15" });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["PE", "CL", "consulate-general", "approved"]]);
    expect(events.map((e) => [e.type, e.date])).toEqual([["mission-approved", "2025-05-13"]]);
  });
});

describe("missions: 'to set up a mission in the Turkish capital' names a post", () => {
  it("reads the bare mission a state opens in a place as its embassy", () => {
    const { missions } = extract({ text: "Tembo announced Malawi's intention to set up a mission in the Turkish capital.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["MW", "TR", "embassy", "planned"]]);
  });
  it("negative: 'a peacekeeping mission in Mali' is no post", () => {
    expect(extract({ text: "The UN will set up a peacekeeping mission in Mali.", published: FRIDAY }).missions).toEqual([]);
  });
});

describe("missions: 'its new embassy in B, which was set up under a decision of the government in March and is scheduled to open'", () => {
  it("reads the approval in the relative clause's first predicate, not the opening to come", () => {
    const { events, missions } = extract({ text: "Luis Vera will head Peru's new embassy in Nairobi, which was set up under a decision of the Peruvian government in January and is scheduled to be formally opened later this month.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-approved", "PE", "KE", "2023-01"]]);
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["PE", "KE", "embassy", "approved"]]);
  });
  it("reads a consulate planned in Hargeisa as one in Somalia", () => {
    expect(extract({ text: "Kenya will open a consulate in Hargeisa by the end of March next year.", published: FRIDAY }).missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["KE", "SO", "Hargeisa", "planned"]]);
  });
});

describe("missions: the host orders the post just named shut", () => {
  it("reads 'Norway's consulate general in Murmansk …. Russia ordered the consulate shut on 10 October'", () => {
    const { missions, events } = extract({ text: "Norway's consulate general in Murmansk has been busy for decades. Russia ordered the consulate shut on 10 October.", published: "2025-10-20" });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["NO", "RU", "consulate-general", "closed"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-closed", "NO", "RU", "2025-10-10"]]);
  });
});

describe("missions: an opening phrase's 'its' is the main clause's state", () => {
  it("reads 'Besides its embassy in Oslo, Russia maintains a consulate general in Kirkenes' as Russia's posts", () => {
    const { missions } = extract({ text: "Norway expelled three diplomats. Besides its embassy in Oslo, Russia maintains a consulate general in Kirkenes.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([["RU", "NO", "embassy", "Oslo"], ["RU", "NO", "consulate-general", "Kirkenes"]]);
  });
});

describe("missions: 'will formally inaugurate its embassy in B' is a post announced", () => {
  it("reads the announcement", () => {
    const { missions } = extract({ text: "LIMA — Peru will formally inaugurate its embassy in Nairobi on May 20.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["PE", "KE", "Nairobi", "planned"]]);
  });
});

describe("missions: a resident mission decided, its embassy named, and an honorary consulate", () => {
  it("keeps the decision the embassy's, and a former envoy's post is none", () => {
    const text = "LIMA — Peru will formally inaugurate its embassy in Nairobi on May 20, four months after the Cabinet decided to set up a resident mission in Kenya. Peru's honorary consulate in Nairobi has operated since 2009. Tomas Varga, a former Peruvian ambassador to Germany, said the new embassy should put trade first.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status]).sort()).toEqual([["PE", "KE", "embassy", "approved"], ["PE", "KE", "honorary-consulate", "open"]]);
  });
});

describe("missions: 'will be officially opened by the minister on 17 May' is a post to come", () => {
  it("reads the post planned and no opening, nor a visit", () => {
    const { missions, events } = extract({ text: "Peru's embassy in Nairobi will be officially opened by Foreign Minister Ana Soto of Peru on 17 May 2023.", published: "2023-05-08" });
    expect(missions.map((m) => [m.sender, m.host, m.status])).toEqual([["PE", "KE", "planned"]]);
    expect(events.map((e) => e.type)).toEqual(["mission-announced"]);
  });
});
