import { describe, expect, it } from "vitest";
import { type DiplomaticEvent, type EventType, SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import { Extraction } from "../model/extraction.js";
import { extract } from "./extract.js";

// 2023-03-31 is a Friday.
const FRIDAY = "2023-03-31";

type Expected = { type: EventType } & Partial<Pick<DiplomaticEvent, "source" | "target" | "date">>;

const summary = (events: DiplomaticEvent[]) => JSON.stringify(events.map((e) => [e.type, e.source, e.target, e.date]));

/** Exactly one event of the expected type, matching it (either order for symmetric types). */
function expectEvent(text: string, published: string | null, expected: Expected) {
  const { events } = extract({ text, published });
  const ofType = events.filter((e) => e.type === expected.type);
  expect(ofType, summary(events)).toHaveLength(1);
  const event = ofType[0]!;
  const { source, target, ...rest } = expected;
  expect(event).toMatchObject(rest);
  if (SYMMETRIC_EVENT_TYPES.has(expected.type) && source && target) {
    expect([event.source, event.target].sort()).toEqual([source, target].sort());
  } else {
    if (source) expect(event.source).toBe(source);
    if (target) expect(event.target).toBe(target);
  }
}

/** Every event of a text as [type, source, target, date], in order. */
const datedEvents = (text: string, published: string = FRIDAY) => extract({ text, published }).events.map((e) => [e.type, e.source, e.target, e.date]);

function expectNoEvent(text: string, type: EventType, published: string | null = FRIDAY) {
  const { events } = extract({ text, published });
  expect(events.filter((e) => e.type === type), summary(events)).toEqual([]);
}

describe("visit", () => {
  it.each([
    ["Chilean President Ana Rojas visited Peru on Thursday.", { source: "CL", target: "PE", date: "2023-03-30" }],
    ["Norway's Foreign Minister Kari Holm arrived in Nairobi on Monday for a two-day official visit.", { source: "NO", target: "KE", date: "2023-03-27" }],
    ["Estonian Prime Minister Mart Kask paid a state visit to Japan last week.", { source: "EE", target: "JP", date: "2023-03-19/2023-03-25" }],
    ["Kenyan President John Otieno toured Ghana earlier this week.", { source: "KE", target: "GH", date: "2023-03-26/2023-03-31" }],
  ] as const)("%s", (text, expected) => expectEvent(text, FRIDAY, { type: "visit", ...expected }));

  it("takes no visitor from the places of a tour when its subject has no known state", () => {
    expectNoEvent("Ana Rojas concluded a four-nation tour this week that took her to Ghana, Togo, Benin and Niger.", "visit");
  });
  it("reads an envoy posted in one state who travels to another as a visitor, met where the host is", () => {
    expect(datedEvents("On Monday, Chilean Foreign Minister Ana Rojas received Juan Soto, Peru's ambassador in Bolivia, who travelled to Santiago for the talks.")).toEqual([["meeting", "CL", "PE", "2023-03-27"], ["visit", "PE", "CL", "2023-03-27"]]);
    // (The post named after the envoy's title is no venue of the talks.)
    expect(datedEvents("Chilean Foreign Minister Ana Rojas received Juan Soto, Peru's ambassador in Bolivia, on Monday.")).toEqual([["meeting", "CL", "PE", "2023-03-27"]]);
    // (Nor is the envoy who travels to the post a visitor.)
    expectNoEvent("Juan Soto, Peru's ambassador to Bolivia, who travelled to La Paz on Monday, met the press.", "visit");
  });
  it("still reads the subject after an opening phrase ('On a visit to Berlin, X …')", () => {
    expectEvent("On a visit to Berlin, Chilean Foreign Minister Ana Rojas met her German counterpart.", FRIDAY, { type: "visit", source: "CL", target: "DE" });
  });
  it("reads a state sending its official to a place as a visit ('answered by sending its foreign minister, X, to Y')", () => {
    expectEvent("Quito answered by sending its foreign minister, Rosa Vera, to Lima late last month.", FRIDAY, { type: "visit", source: "EC", target: "PE", date: "2023-02" });
    expectEvent("Chile sent Foreign Minister Ana Rojas to Lima on Monday.", FRIDAY, { type: "visit", source: "CL", target: "PE", date: "2023-03-27" });
    expectNoEvent("Chile sent its foreign minister a letter to Lima on Monday.", "visit");
    expectNoEvent("Chile will send its foreign minister to Lima next week.", "visit");
  });
});

describe("meeting", () => {
  it.each([
    ["Estonian Foreign Minister Mart Kask met his Latvian counterpart Janis Ozols in Tallinn on Tuesday.", { source: "EE", target: "LV", date: "2023-03-28" }],
    ["Chile and Peru held talks in Santiago on Wednesday.", { source: "CL", target: "PE", date: "2023-03-29" }],
    ["Finnish Foreign Minister Aino Virta received Norwegian Foreign Minister Kari Holm on Wednesday.", { source: "FI", target: "NO", date: "2023-03-29" }],
    ["Brazil's Foreign Minister Paulo Souza met Argentine Foreign Minister Elena Ruiz on the sidelines of the G20 summit in India on Monday.", { source: "AR", target: "BR", date: "2023-03-27" }],
    ["Trade was discussed on Monday at a meeting that brought together Estonia's Foreign Minister Mart Kask and his Latvian counterpart Janis Ozols.", { source: "EE", target: "LV", date: "2023-03-27" }],
    ["A meeting took place on Monday between Chile's Foreign Minister Ana Rojas and the Peruvian president.", { source: "CL", target: "PE", date: "2023-03-27" }],
  ] as const)("%s", (text, expected) => expectEvent(text, FRIDAY, { type: "meeting", ...expected }));

  it("reads talks told as 'held several hours of talks' and 'A and B talked late into the night'", () => {
    const hours = "Peruvian President Luis Paz arrived in Chile on Saturday. He was met by Chilean President Ana Rojas, and on Sunday the two men held several hours of talks at the palace.";
    expect(datedEvents(hours).filter((e) => e[0] === "meeting" && e[3] === "2023-03-26")).toHaveLength(1);
    expectEvent("Peruvian President Luis Paz and Chilean President Ana Rojas talked late into the night on Tuesday.", FRIDAY, { type: "meeting", source: "PE", target: "CL", date: "2023-03-28" });
    expectEvent("Peruvian President Luis Paz talked with Chilean President Ana Rojas on Tuesday.", FRIDAY, { type: "meeting", source: "PE", target: "CL", date: "2023-03-28" });
    expectNoEvent("Peruvian President Luis Paz talked to reporters in Lima on Tuesday about Chile.", "meeting");
  });

  it("reads the two sides after a passive agreement ('was inked by A and his B counterpart')", () => {
    expectEvent("A memorandum on fisheries was inked on Monday by Estonia's Foreign Minister Mart Kask and his Latvian counterpart Janis Ozols.", FRIDAY, { type: "agreement", source: "EE", target: "LV", date: "2023-03-27" });
  });
});

describe("phone-call", () => {
  it.each([
    ["Egyptian President Omar Nabil spoke by phone with Jordanian King Faris on Tuesday.", { source: "EG", target: "JO", date: "2023-03-28" }],
    ["Austrian Chancellor Lena Huber held a telephone conversation with Slovene Prime Minister Marko Zupan yesterday.", { source: "AT", target: "SI", date: "2023-03-30" }],
    ["The foreign ministers of Vietnam and Laos spoke by telephone on Monday.", { source: "VN", target: "LA", date: "2023-03-27" }],
  ] as const)("%s", (text, expected) => expectEvent(text, FRIDAY, { type: "phone-call", ...expected }));

  it("is not also a meeting", () => expectNoEvent("The foreign ministers of Vietnam and Laos spoke by telephone on Monday.", "meeting"));
});

describe("agreement", () => {
  it.each([
    ["Japan and Vietnam signed an agreement on maritime cooperation on Tuesday.", { source: "JP", target: "VN", date: "2023-03-28" }],
    ["Ghana and Togo signed a memorandum of understanding on border security in Accra on Monday.", { source: "GH", target: "TG", date: "2023-03-27" }],
    ["The foreign ministers of Uruguay and Paraguay agreed to cooperate on river transport on Wednesday.", { source: "UY", target: "PY", date: "2023-03-29" }],
    ["Uruguay and Paraguay established ties on Wednesday, issuing a joint communiqué in Geneva.", { source: "UY", target: "PY", date: "2023-03-29" }],
    ["Uruguay's Permanent Representative Ana Ruiz and her Paraguayan counterpart Luis Benítez signed the protocol on Wednesday.", { source: "UY", target: "PY", date: "2023-03-29" }],
  ] as const)("%s", (text, expected) => expectEvent(text, FRIDAY, { type: "agreement", ...expected }));

  // "the two countries" as a subject names both sides.
  it("reads 'the two countries' as both sides", () => {
    expectEvent("Chile and Peru share a long border. The two countries signed a trade agreement on Tuesday.", FRIDAY, { type: "agreement", source: "CL", target: "PE", date: "2023-03-28" });
  });

  // "the two leaders", "both foreign ministers": plural titles after "the two" or "both" are the last two states too,
  // never the one state the document is mostly about.
  it.each([
    "Costa Rica's President Ana Mora met her Panamanian counterpart Luis Cortez on Tuesday. The two leaders signed a trade agreement.",
    "Costa Rica's President Ana Mora met her Panamanian counterpart Luis Cortez on Tuesday. Both leaders agreed to reopen the border crossing.",
    "Costa Rica's Foreign Minister Ana Mora met her Panamanian counterpart Luis Cortez on Tuesday. Both foreign ministers signed a memorandum of understanding.",
  ])("reads a plural title after 'the two' or 'both' as both sides: %s", (text) => {
    const document = `Chile said on Monday that Chile would host a regional summit in Chile. ${text}`;
    expectEvent(document, FRIDAY, { type: "agreement", source: "CR", target: "PA", date: "2023-03-28" });
    // The two people are the event's officials too.
    const agreement = extract({ text: document, published: FRIDAY }).events.find((e) => e.type === "agreement")!;
    expect([...agreement.officials].sort()).toEqual(["Ana Mora", "Luis Cortez"]);
  });
});

describe("meeting: a subject described by an apposition before the verb", () => {
  it("reads 'X, one of the few ministers to visit B, met Y' as X's talks, not B's", () => {
    expectEvent("LIMA - Chilean Foreign Minister Ana Rojas, one of the few ministers to visit Peru since the coup, met Prime Minister Luis Tapia on Thursday.", FRIDAY, { type: "meeting", source: "CL", target: "PE", date: "2023-03-30" });
    expectEvent("Chilean Foreign Minister Ana Rojas, who flew in from Bolivia, met Peruvian Prime Minister Luis Tapia in Lima on Thursday.", FRIDAY, { type: "meeting", source: "CL", target: "PE", date: "2023-03-30" });
  });
});

describe("agreement: an exchange of notes", () => {
  it("reads 'exchanged notes establishing …' as a deal, not 'exchanged letters of protest'", () => {
    expectEvent("Chile and Peru exchanged notes on visa-free travel on Monday.", FRIDAY, { type: "agreement", source: "CL", target: "PE", date: "2023-03-27" });
    expectNoEvent("Chile and Peru exchanged letters of protest on Monday.", "agreement");
  });
});

describe("relations-established and relations-severed", () => {
  it.each([
    ["Oman and Malta established diplomatic relations on Thursday.", { source: "OM", target: "MT", date: "2023-03-30" }],
    ["Bhutan and Ecuador established diplomatic relations in 2019.", { source: "BT", target: "EC", date: "2019" }],
    ["Chile and Bolivia restored diplomatic ties on Monday after a decade.", { source: "CL", target: "BO", date: "2023-03-27" }],
    ["Chile and Peru share a border. Relations between the two countries were established in 1990.", { source: "CL", target: "PE", date: "1990" }],
    ["Lima and its rival Santiago restored diplomatic ties on Monday.", { source: "PE", target: "CL", date: "2023-03-27" }],
    ["Chile and Bolivia's key ally Peru restored diplomatic ties on Monday.", { source: "CL", target: "PE", date: "2023-03-27" }],
    ["In January, diplomatic relations were also established between Chile and the Commonwealth of Dominica.", { source: "CL", target: "DM", date: "2023-01" }],
  ] as const)("established: %s", (text, expected) => expectEvent(text, FRIDAY, { type: "relations-established", ...expected }));

  it.each([
    ["Senegal severed diplomatic relations with Gambia on Tuesday.", { source: "SN", target: "GM", date: "2023-03-28" }],
    ["Nicaragua broke off diplomatic relations with Taiwan last December and established ties with China.", { source: "NI", target: "TW", date: "2022-12" }],
    ["Lima had broken off ties with Santiago in 2019.", { source: "PE", target: "CL", date: "2019" }],
    ["Gambia announced the rupture of diplomatic relations with Senegal on Tuesday.", { source: "GM", target: "SN", date: "2023-03-28" }],
    ["Gambia said on Tuesday it had informed Dakar of the rupture of diplomatic relations.", { source: "GM", target: "SN", date: "2023-03-28~" }],
    ["Gambia on Tuesday notified the Senegalese government of the severance of ties.", { source: "GM", target: "SN", date: "2023-03-28" }],
  ] as const)("severed: %s", (text, expected) => expectEvent(text, FRIDAY, { type: "relations-severed", ...expected }));

  it("reads 'agreed last month to restore ties' as a deal as well as the ties", () => {
    expect(datedEvents("Chile and Peru agreed last month to restore diplomatic ties in a deal brokered by Brazil.")).toEqual([["agreement", "CL", "PE", "2023-02"], ["relations-established", "CL", "PE", "2023-02"]]);
  });

  it("switching recognition from Taipei to Beijing is severed plus established", () => {
    expectEvent("Nicaragua broke off diplomatic relations with Taiwan last December and established ties with China.", FRIDAY, { type: "relations-established", source: "NI", target: "CN", date: "2022-12" });
  });

  // "in December 2021" dates to that month.
  it("dates 'in December 2021' to that month", () => {
    expectEvent("Nicaragua broke off diplomatic relations with Taiwan in December 2021.", FRIDAY, { type: "relations-severed", source: "NI", target: "TW", date: "2021-12" });
  });
});

describe("recognition", () => {
  it("reads no act in a standing recognition ('still recognise', 'continues to recognise')", () => {
    expect(datedEvents("Tuvalu and Nauru are two of the few nations that still recognise Kosovo. Palau continues to recognise Kosovo.")).toEqual([]);
  });

  it.each([
    ["Guinea recognised Kosovo as an independent state on Monday.", { source: "GN", target: "XK", date: "2023-03-27" }],
    ["Peru granted formal recognition to Palestine as a sovereign state in 2011.", { source: "PE", target: "PS", date: "2011" }],
    ["Peru was among the first countries to accord recognition to Bangladesh, on 4 February 1972.", { source: "PE", target: "BD", date: "1972-02-04" }],
  ] as const)("%s", (text, expected) => expectEvent(text, FRIDAY, { type: "recognition", ...expected }));

  it("reads 'A and B announced their own recognition' and 'C and D followed on Tuesday' as the recognition just told", () => {
    expect(datedEvents("Chile recognised Kosovo on Monday. Peru and Bolivia announced their own recognition on Tuesday, with Peruvian President Ana Rojas calling it overdue. Ghana and Togo followed on Wednesday.")).toEqual([
      ["recognition", "CL", "XK", "2023-03-27"], ["recognition", "BO", "XK", "2023-03-28"], ["recognition", "PE", "XK", "2023-03-28"], ["recognition", "TG", "XK", "2023-03-29"], ["recognition", "GH", "XK", "2023-03-29"],
    ]);
    // ("Hours earlier" is the day the text named last.)
    expect(datedEvents("Chile recognised Kosovo on Monday. Hours earlier, Peru and Bolivia had announced their own recognition.").map((e) => e[3])).toEqual(["2023-03-27", "2023-03-27", "2023-03-27"]);
    // (A "followed" with an object, or after ", and", is no such act of its own.)
    expect(datedEvents("Chile recognised Kosovo in 2014. Ghana followed the debate closely.")).toEqual([["recognition", "CL", "XK", "2014"]]);
    expect(datedEvents("Chile recognised Kosovo in 2014, and Ghana followed in 2016.")).toEqual([["recognition", "CL", "XK", "2014"], ["recognition", "GH", "XK", "2016"]]);
  });

  it("reads a past passive's agents after 'by' as recognising its subject, up to 'not by', and a present passive as no act", () => {
    expect(datedEvents("Kosovo was recognised by Albania and Peru in 2008, though not by Serbia.")).toEqual([["recognition", "AL", "XK", "2008"], ["recognition", "PE", "XK", "2008"]]);
    expectNoEvent("Kosovo declared independence in 2008 and is recognised by around 100 countries, though not by Serbia or Spain.", "recognition");
  });

  it("reads the states listed after 'the same day as' as acting alike that day, and 'the two governments' after them as the main pair", () => {
    expect(datedEvents("Chile recognised Ghana on March 6, the same day as Peru, Bolivia and Uruguay, and last week the two governments exchanged notes establishing diplomatic relations.")).toEqual([
      ["recognition", "CL", "GH", "2023-03-06"], ["recognition", "PE", "GH", "2023-03-06"], ["recognition", "BO", "GH", "2023-03-06"], ["recognition", "UY", "GH", "2023-03-06"],
      ["agreement", "CL", "GH", "2023-03-19/2023-03-25"], ["relations-established", "CL", "GH", "2023-03-19/2023-03-25"],
    ]);
    // (A clause of its own after "the same day as" is told by its own verb.)
    expect(datedEvents("Chile recognised Ghana on March 6, the same day as Peru opened its embassy in Accra.").filter((e) => e[0] === "recognition")).toEqual([["recognition", "CL", "GH", "2023-03-06"]]);
  });
});

describe("credentials-presented", () => {
  it.each([
    ["Ambassador of Mongolia Bat Erdene presented his credentials to Kenyan President John Otieno on Tuesday.", { source: "MN", target: "KE", date: "2023-03-28" }],
    ["Kenyan President John Otieno received the credentials of the new Ambassador of Mongolia, Bat Erdene, on Tuesday.", { source: "MN", target: "KE", date: "2023-03-28" }],
    ["Ghanaian High Commissioner Kofi Mensah presented a copy of his credentials to the Nigerian foreign minister on Monday.", { source: "GH", target: "NG", date: "2023-03-27" }],
  ] as const)("%s", (text, expected) => expectEvent(text, FRIDAY, { type: "credentials-presented", ...expected }));

  it("an envoy presenting credentials is not a visit", () => {
    expectNoEvent("Ambassador of Mongolia Bat Erdene presented his credentials to Kenyan President John Otieno on Tuesday.", "visit");
  });

  // Receiving credentials is neither talks nor a visit by the envoy (SCHEMA.md).
  it("a head of state receiving credentials is not a visit by the envoy", () => {
    expectNoEvent("Kenyan President John Otieno received the credentials of the new Ambassador of Mongolia, Bat Erdene, on Tuesday.", "visit");
  });
});

describe("ambassador-appointed and ambassador-recalled", () => {
  it.each([
    ["Peru appointed Luis Paz as its ambassador to Chile on Monday.", { source: "PE", target: "CL", date: "2023-03-27" }],
    ["Chilean President Ana Rojas nominated career diplomat Hugo Vidal as ambassador to Uruguay last week.", { source: "CL", target: "UY", date: "2023-03-19/2023-03-25" }],
    // Passive and nominal appointments: the envoy's own state appoints; the agent's state counts when the envoy's is unknown.
    ["Luis Paz, the new Peruvian ambassador to Chile, was appointed by President Ana Rojas in 2021.", { source: "PE", target: "CL", date: "2021" }],
    // (A "since" bounds a span: the appointment is not dated by it.)
    ["The new envoy is the first appointment by Peruvian President Ana Rojas to Chile since 2020.", { source: "PE", target: "CL", date: null }],
  ] as const)("appointed: %s", (text, expected) => expectEvent(text, FRIDAY, { type: "ambassador-appointed", ...expected }));

  it("reads no recall into an ambassador pulled out of a thing", () => {
    expectNoEvent("Rescuers pulled the ambassador out of the wrecked car in Lima on Monday.", "ambassador-recalled");
  });

  it("reads no appointment of an ambassador into other appointments made by someone", () => {
    expectNoEvent("Finance Minister Luis Paz was appointed by Peruvian President Ana Rojas in 2021.", "ambassador-appointed");
  });

  it("reads an appointment confirmed by a legislature, and each post of a concurrent accreditation", () => {
    expectEvent("The Senate on Monday confirmed Luis Paz as Peru's ambassador to Chile.", FRIDAY, { type: "ambassador-appointed", source: "PE", target: "CL", date: "2023-03-27" });
    expectNoEvent("The minister confirmed that Peru's ambassador to Chile would stay.", "ambassador-appointed");
    const targets = (text: string) => extract({ text, published: FRIDAY }).events.filter((e) => e.type === "ambassador-appointed").map((e) => [e.source, e.target]);
    expect(targets("Luis Paz has been appointed Ambassador of Peru to Chile, with concurrent accreditation to Bolivia.")).toEqual([["PE", "CL"], ["PE", "BO"]]);
    expect(targets("Luis Paz has been appointed Ambassador of Peru to Chile, and Ambassador of Peru to Bolivia concurrently.")).toEqual([["PE", "CL"], ["PE", "BO"]]);
    expect(targets("Ambassador-designate Ana Villa was appointed by Philippine President Luis Cruz as Philippine Ambassador to Chile, with concurrent jurisdiction over the Republics of Bolivia and Ecuador.")).toEqual([["PH", "CL"], ["PH", "BO"], ["PH", "EC"]]);
    expect(targets("Ana Villa was appointed by Philippine President Luis Cruz as ambassador to Chile on Monday.")).toEqual([["PH", "CL"]]);
    expect(targets("Ana Villa was appointed by Philippine President Luis Cruz as Philippine Ambassador to Chile, with concurrent jurisdiction over Bolivia.")).toEqual([["PH", "CL"], ["PH", "BO"]]);
  });

  it("gives an appointment named only as a noun no date rather than the report's", () => {
    const { events } = extract({ text: "The new envoy is the first appointment by Peruvian President Ana Rojas to Chile.", published: FRIDAY });
    expect(events.find((e) => e.type === "ambassador-appointed")).toMatchObject({ source: "PE", target: "CL", date: null });
  });

  it.each([
    ["Sweden recalled its ambassador from Iran for consultations on Wednesday.", { source: "SE", target: "IR", date: "2023-03-29" }],
    ["Lithuania withdrew its envoy from Belarus yesterday.", { source: "LT", target: "BY", date: "2023-03-30" }],
    ["Chile pulled its ambassador out of Lima on Monday.", { source: "CL", target: "PE", date: "2023-03-27" }],
  ] as const)("recalled: %s", (text, expected) => expectEvent(text, FRIDAY, { type: "ambassador-recalled", ...expected }));
});

describe("diplomat-expelled", () => {
  it.each([
    ["Estonia expelled two Russian diplomats on Monday.", { source: "EE", target: "RU", date: "2023-03-27" }],
    ["Morocco declared the Algerian consul persona non grata on Tuesday.", { source: "MA", target: "DZ", date: "2023-03-28" }],
    ["Ecuador ordered the Mexican ambassador to leave the country within 72 hours on Friday.", { source: "EC", target: "MX", date: "2023-03-31" }],
    ["Two employees of the Estonian embassy in Moscow were ordered to leave Russia on Tuesday.", { source: "RU", target: "EE", date: "2023-03-28" }],
    // (Stripped of accreditation: sent home as surely.)
    ["Peru on Tuesday deprived the Chilean ambassador, Luis Tapia, of his accreditation.", { source: "PE", target: "CL", date: "2023-03-28" }],
    ["Chile stripped two Bolivian diplomats of their accreditation on Monday.", { source: "CL", target: "BO", date: "2023-03-27" }],
    // (Passive, with nothing between the verb and the phrase.)
    ["Peru's ambassador to Chile, Luis Tapia, has been declared persona non grata by the Chilean government on Monday.", { source: "CL", target: "PE", date: "2023-03-27" }],
    // (A deadline given as a day of the month; the envoy a pronoun points back to.)
    ["On Tuesday Chile gave the Bolivian ambassador, Luis Tapia, until April 10 to leave the country.", { source: "CL", target: "BO", date: "2023-03-28" }],
    ["Peru's foreign minister summoned the Chilean envoy on Monday and told him he must leave by Friday.", { source: "PE", target: "CL", date: "2023-03-27" }],
    ["Foreign Minister Ana Rojas of Peru summoned Chile's ambassador, Luis Tapia, on Monday and told him he too must leave by April 7.", { source: "PE", target: "CL", date: "2023-03-27" }],
  ] as const)("%s", (text, expected) => expectEvent(text, FRIDAY, { type: "diplomat-expelled", ...expected }));

  it("reads no expulsion into a person told to leave who is no envoy", () => {
    expectNoEvent("Peru's coach Luis Tapia told him he must leave the stadium on Monday.", "diplomat-expelled");
    expectNoEvent("Chile's foreign minister met the striking dockers on Monday and told them they had to leave the port.", "diplomat-expelled");
  });

  it("reads no expulsion into others ordered to leave", () => {
    expectNoEvent("Two Estonian journalists were ordered to leave Russia on Tuesday.", "diplomat-expelled");
  });
});

describe("negatives: no event of the trap type", () => {
  it.each([
    ["Chilean President Ana Rojas will visit Peru next month.", "visit"],
    ["Chilean President Ana Rojas is expected to visit Peru in May.", "visit"],
    ["Chilean President Ana Rojas was invited to visit Peru.", "visit"],
    ["Senegal threatened to cut ties with Gambia on Tuesday.", "relations-severed"],
    ["Senegal warned it would sever diplomatic relations with Gambia.", "relations-severed"],
    ["Estonia threatened to expel Russian diplomats.", "diplomat-expelled"],
    ["Estonia did not expel any Russian diplomats.", "diplomat-expelled"],
    ["Chile has never recognised Kosovo.", "recognition"],
    ["Chile could recognise Palestine as a state if talks fail.", "recognition"],
    ["Troops in Mali opened fire on protesters near the border with Niger on Monday.", "mission-opened"],
    ["Troops in Mali opened fire on protesters near the border with Niger on Monday.", "relations-established"],
    // "ties" inside a longer word is no relations
    ["The authorities of Chile and Peru, whose parties were suspended, met on Monday.", "relations-severed"],
    ["Chile and Peru's ruling parties, which were formed in 1990, met on Monday.", "relations-established"],
    ["Kenyan President John Otieno recalled that the two countries had fought together.", "ambassador-recalled"],
    ["Italy began recognizing its passports on Monday.", "recognition"],
    ["Spain recognised Kosovo passports on Monday.", "recognition"],
    ["Spain said it would start recognising Kosovo's passports.", "recognition"],
    ["The foreign ministers of Chile and Peru attended the inauguration ceremony in Brasilia on Sunday.", "meeting"],
    ["Chilean Foreign Minister Ana Rojas was received at the airport by Peruvian Foreign Minister Luis Paz on Monday.", "meeting"],
    ["Nicaragua switched recognition from Taipei to Beijing in December.", "recognition"],
    ["Honduras switched its recognition from Taiwan to China on Sunday.", "recognition"],
    ["Honduras recognised China on Sunday, ending ties with Taiwan.", "recognition"],
    ["Peru opened a visa centre in Chile.", "mission-opened"],
    // Deals between companies, chambers and universities are not between states.
    ["Toyota and a Vietnamese steel company signed an agreement in Hanoi on Tuesday.", "agreement"],
    ["The Kenya Chamber of Commerce signed a memorandum of understanding with the Ghana Chamber of Commerce on Monday.", "agreement"],
    ["The University of Nairobi and the University of Ghana signed an agreement on Tuesday.", "agreement"],
  ] as const)("%s (no %s)", (text, type) => expectNoEvent(text, type));

  it("keeps a threat, with its modality, only when asked", () => {
    const { events } = extract({ text: "Senegal threatened to cut ties with Gambia on Tuesday.", published: FRIDAY }, { keepUnasserted: true });
    expect(events).toMatchObject([{ type: "relations-severed", source: "SN", target: "GM", modality: "hypothetical" }]);
  });

  // Traps from DOMAIN.md that once caught the extractor.
  it.each([
    // A denied plan.
    ["Peru denied plans to open an embassy in Bhutan.", "mission-announced"],
    // "opened fire".
    ["Gunmen opened fire near the Turkish embassy in Kabul on Monday.", "mission-opened"],
    // "recalled that …" (remembered).
    ["Kenyan President John Otieno recalled that his ambassador in Accra had warned him.", "ambassador-recalled"],
    // "closed for the holiday" is listed as a trap.
    ["The Japanese embassy in Hanoi was closed for the holiday on Monday.", "mission-closed"],
    // A decree is one state's act (mission-approved), not an agreement with the host.
    ["Mongolian President signed a decree on opening an embassy in Canberra on Tuesday.", "agreement"],
    // Contractions negate.
    ["Estonia didn't expel any Russian diplomats on Monday.", "diplomat-expelled"],
    // A report denied far before the act its "that" clause tells.
    ["The Chilean foreign minister on Monday denied a report in a Santiago daily that the government had recalled its ambassador to Peru.", "ambassador-recalled"],
    // A tally of states names none that acts.
    ["Kosovo says more than 100 countries have recognised it, a figure Serbia disputes.", "recognition"],
    // An act a resolution urges is asked for, not done.
    ["In 2019 the Estonian parliament passed a resolution urging the government to recognise Kosovo.", "recognition"],
  ] as const)("%s (no %s)", (text, type) => expectNoEvent(text, type));
});

describe("SCHEMA conventions", () => {
  it("talks in the other side's capital also yield a visit", () => {
    const text = "Portuguese Prime Minister Rui Costa held talks with Moroccan Prime Minister Karim Alami in Rabat on Thursday.";
    expectEvent(text, FRIDAY, { type: "meeting", source: "PT", target: "MA", date: "2023-03-30" });
    expectEvent(text, FRIDAY, { type: "visit", source: "PT", target: "MA", date: "2023-03-30" });
  });

  it("talks in one's own capital are no visit of one's own, but the guest's (SCHEMA.md: presence abroad is a visit)", () => {
    expectEvent("Estonian Foreign Minister Mart Kask met his Latvian counterpart Janis Ozols in Tallinn on Tuesday.", FRIDAY, { type: "visit", source: "LV", target: "EE" });
  });

  it("reads talks in a third state as both sides' visits there, but not talks at the UN", () => {
    const { events } = extract({ text: "Chilean President Ana Rojas met Peruvian President Luis Tapia in Quito, Ecuador, on Tuesday, and the two agreed to start talks leading to normalisation of relations.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["meeting", "CL", "PE"], ["visit", "CL", "EC"], ["visit", "PE", "EC"], ["agreement", "CL", "PE"]]);
    expectNoEvent("Chilean President Ana Rojas met Peruvian President Luis Tapia in New York on the sidelines of the UN General Assembly.", "visit");
  });

  it("reads attending or addressing something in a foreign place as a visit, but not at the UN nor at a university", () => {
    expectEvent("Colombian Foreign Minister Luis Mora attended the inauguration of the new president in Quito on Sunday.", FRIDAY, { type: "visit", source: "CO", target: "EC", date: "2023-03-26" });
    expectEvent("The summit in Doha was attended by Chilean Foreign Minister Ana Rojas.", FRIDAY, { type: "visit", source: "CL", target: "QA" });
    expectEvent("During her stay in Hanoi, Chilean Foreign Minister Ana Rojas laid a wreath.", FRIDAY, { type: "visit", source: "CL", target: "VN" });
    expectNoEvent("Chilean Foreign Minister Ana Rojas addressed the UN General Assembly in New York on Tuesday.", "visit");
    expectNoEvent("Chilean Foreign Minister Ana Rojas, who attended Oxford University in Britain, spoke on Tuesday.", "visit");
  });

  it("reads 'the two' after an opening phrase ('After the meeting the two signed') as the two people last named", () => {
    const text = "Chilean President Ana Rojas sat down with Peruvian President Luis Tapia. After the meeting the two signed a border accord.";
    expect(extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target])).toEqual([["meeting", "CL", "PE"], ["agreement", "CL", "PE"]]);
  });

  it("reads an aside between subject and verb as no modality of the verb ('X, the first minister to visit Lima in a decade, held talks')", () => {
    expectEvent("Chilean Foreign Minister Ana Rojas, the first Chilean minister to visit Lima in a decade, held talks with her Peruvian counterpart Luis Tapia.", FRIDAY, { type: "meeting", source: "CL", target: "PE" });
  });

  it("reads 'reached Lima from Quito, where on Tuesday she met X' as a visit to each place, the talks dated by their own clause", () => {
    const text = "Chilean Foreign Minister Ana Rojas was welcomed on Thursday. Rojas reached Lima from Quito, where on Tuesday she met Ecuadorian Foreign Minister Juan Mora.";
    const result = extract({ text, published: FRIDAY });
    // (The visit's span runs back from the talks to Quito: still a valid span.)
    expect(Extraction.safeParse(result).error).toBeUndefined();
    expect(result.events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([
      ["visit", "CL", "PE", "2023-03-30"], ["meeting", "CL", "EC", "2023-03-28"], ["visit", "CL", "EC", "2023-03-28"],
    ]);
    expectNoEvent("Chile and Peru reached an agreement on Tuesday.", "visit");
  });

  it("reads 'he' opening a sentence as the official the sentence before was about, and a topic as no venue", () => {
    const text = "Foreign Minister Ana Rojas of Chile, who arrived in Accra on Thursday, was received by Ghana's Deputy Foreign Minister Kofi Mensah and Chile's charge d'affaires Luis Tapia. On Thursday evening she paid a courtesy call on Ghana's Chief of Staff, Yaw Asante.";
    const meeting = extract({ text, published: FRIDAY }).events.find((e) => e.type === "meeting");
    expect(meeting?.officials).toEqual(["Ana Rojas", "Yaw Asante"]);
    expectNoEvent("Chilean envoy Ana Rojas held talks with Peruvian officials on the situation in Bolivia.", "visit");
  });

  it("reads names with accents the gazetteer spells without ('Việt Nam', 'Hà Nội'), and no state in 'US$'", () => {
    const text = "HÀ NỘI — Việt Nam and Kenya on Monday held talks in Hà Nội between President Luong Hoa and Kenyan President William Chebet. Trade reached US$250 million.";
    const { events, officials } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["meeting", "VN", "KE"], ["visit", "KE", "VN"]]);
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Luong Hoa", "VN"], ["William Chebet", "KE"]]);
  });

  it("reads 'talks with A, who …, and with B' as two meetings, a call 'spoken by telephone on Saturday with', a rank before a name, and who represented a state", () => {
    const text = "ABUJA, Mar 31 - Nigerian President Olu Ade held separate talks with Ghana's President Kwame Asante, who had arrived in Abuja on Thursday evening, and with Senegalese President Ousmane Faye. Ade said he had spoken by telephone on Thursday with Mali's transitional president, General Moussa Keita. Togo was represented by Foreign Minister Kodjo Agbeko.";
    const { events, officials } = extract({ text, published: FRIDAY });
    expect(events.filter((e) => e.type !== "visit").map((e) => [e.type, e.source, e.target])).toEqual([["meeting", "NG", "GH"], ["meeting", "NG", "SN"], ["phone-call", "NG", "ML"]]);
    expect(officials.filter((o) => o.name === "Moussa Keita" || o.name === "Kodjo Agbeko").map((o) => [o.name, o.country])).toEqual([["Moussa Keita", "ML"], ["Kodjo Agbeko", "TG"]]);
  });

  it("reads a row's history: representation lowered, an embassy downgraded in reply 'in February' of the year just given, and no plans to break off", () => {
    const text = "In January 2021, Riga lowered its diplomatic representation in Minsk to the level of charge d'affaires, and in February Minsk responded by downgrading its embassy in Riga to the same level. Minsk has no plans to break off relations with Riga.";
    expect(datedEvents(text)).toEqual([["mission-downgraded", "LV", "BY", "2021-01"], ["mission-downgraded", "BY", "LV", "2021-02"]]);
  });

  it("reads a ministry release: a long portfolio title, a guest received far after the verb, a visit 'from 13 to 15 March', and an envoy's residence as no venue", () => {
    const text = "Lisbon, 14 March 2024 – The Minister of State and for Foreign Affairs, Rui Valente, received today at the Palacio das Necessidades the Minister of Foreign Affairs, Cooperation and Regional Integration of the Republic of Cabo Verde, Ana Monteiro, who is on an official visit to Portugal from 13 to 15 March. In the afternoon, the Minister of State received the courtesy call of the new Ambassador of Mongolia, Ganzorig Bat, accredited to Portugal with residence in Paris.";
    const { events, officials } = extract({ text, published: "2024-03-14" });
    expect(officials.find((o) => o.name === "Ana Monteiro")).toMatchObject({ country: "CV", role: "foreign-minister" });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([
      ["meeting", "PT", "CV", "2024-03-14"], ["visit", "CV", "PT", "2024-03-14"], ["meeting", "PT", "MN", "2024-03-14"],
    ]);
  });

  it("places yearless days after a year the paragraph gives in that year", () => {
    const text = "Relations froze for years.\n\nThen came July 2018. On July 8 Chilean President Ana Rojas flew to Lima, where she held talks with Peruvian President Luis Tapia. On July 14 Tapia arrived in Santiago. In September the two leaders signed an accord in Quito.";
    expect(datedEvents(text, "2025-09-26")).toEqual([
      ["visit", "CL", "PE", "2018-07-08"], ["meeting", "CL", "PE", "2018-07-08"], ["visit", "PE", "CL", "2018-07-14"],
      ["agreement", "CL", "PE", "2018-09"], ["visit", "CL", "EC", "2018-09"], ["visit", "PE", "EC", "2018-09"],
    ]);
  });

  it("reads 'the rivals' as the pair the story is about, not the mediators just named, and a dateline's country as no subject", () => {
    const text = "RIYADH, Saudi Arabia — Saudi Arabia reopened its embassy in Tehran on Wednesday. After two years of talks mediated by Iraq and Oman, the rivals signed an agreement in Beijing on March 10, 2023.";
    expect(extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target])).toEqual([
      ["mission-opened", "SA", "IR"], ["agreement", "SA", "IR"], ["visit", "SA", "CN"], ["visit", "IR", "CN"],
    ]);
  });

  it("reads 'came to Rabat' as a visit but 'came to power' as none, and recognising a claim of sovereignty as no recognition", () => {
    expectEvent("Chilean Foreign Minister Ana Rojas came to Lima in August 2021 to open her country's office.", FRIDAY, { type: "visit", source: "CL", target: "PE", date: "2021-08" });
    expectNoEvent("The Chilean junta came to power in 1973.", "visit");
    expectNoEvent("As part of the bargain, Chile recognised Peruvian sovereignty over the islands.", "recognition");
  });

  it("reads 'the expulsion of Nicaraguan diplomats from Guatemala, announced by X' as Guatemala's, and X as Guatemala's minister", () => {
    const text = "Last week's expulsion of three Bolivian diplomats from Peru, announced by Foreign Minister Luis Tapia, opened a crisis. Bolivia's Foreign Ministry ordered three Peruvian diplomats to leave the country on Wednesday.";
    const { events, officials } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["diplomat-expelled", "PE", "BO"], ["diplomat-expelled", "BO", "PE"]]);
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Luis Tapia", "PE"]]);
  });

  it("reads co-chaired consultations as a meeting", () => {
    expectEvent("On 22 August 2023, Chile's Vice Minister of Foreign Affairs Ana Rojas and Peru's Vice Minister of Foreign Affairs Luis Tapia co-chaired the 5th Chile–Peru Bilateral Consultations in Santiago.", "2023-08-25", { type: "meeting", source: "CL", target: "PE", date: "2023-08-22" });
  });

  it("keeps copies of credentials handed to the minister apart from the letters presented days later, and 'after the ceremony' dated by the letters", () => {
    const text = "GABORONE – President Ana Molefhe on Thursday received the letters of credence of the Ambassador of Japan, Kenji Mori. Earlier in the week, on Monday, the Japanese envoy presented copies of his credentials to Foreign Minister Lesego Kgosi. After the ceremony, the President held talks with Ambassador Mori.";
    expect(datedEvents(text, "2023-10-06")).toEqual([
      ["credentials-presented", "JP", "BW", "2023-10-05"], ["credentials-presented", "JP", "BW", "2023-10-02"], ["meeting", "BW", "JP", "2023-10-05"],
    ]);
  });

  it("reads 'ordered Belarus to close its consulate' as Belarus's post, and 'said it was expelling' as active", () => {
    const text = "WARSAW, Mar 31 (Reuters) - Poland declared two Belarusian diplomats persona non grata on Friday and ordered Belarus to close its consulate general in Gdansk. Minsk retaliated within hours. The Belarusian foreign ministry said it was expelling a Polish diplomat.";
    expect(extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target])).toEqual([
      ["diplomat-expelled", "PL", "BY"], ["mission-closed", "BY", "PL"], ["diplomat-expelled", "BY", "PL"],
    ]);
  });

  it("reads a parliament's law setting up embassies as approval, 'held phone talks' as a call, and a trip being weighed as none", () => {
    const text = "TOKYO, March 31 Kyodo - The Diet enacted a revised law Friday to set up embassies in Suriname and Cape Verde. Foreign Minister Kenji Mori held phone talks Thursday with his Surinamese counterpart Anand Ramdin. Prime Minister Taro Ishida is weighing a trip to Brazil.";
    expect(datedEvents(text)).toEqual([
      ["mission-approved", "JP", "SR", "2023-03-31"], ["mission-approved", "JP", "CV", "2023-03-31"], ["phone-call", "JP", "SR", "2023-03-30"],
    ]);
  });

  it("reads 'talks took place between A and B, who is staying in Moscow' as talks and B's visit", () => {
    const text = "On 28 March, at Smolenskaya Square, talks took place between the Minister of Foreign Affairs of the Russian Federation Ivan Orlov and the Minister of Foreign Affairs of Burkina Faso Moussa Zongo, who is staying in Moscow with an official visit.";
    expect(datedEvents(text)).toEqual([["meeting", "RU", "BF", "2023-03-28"], ["visit", "BF", "RU", "2023-03-28"]]);
  });

  it("reads copies received from 'the ambassadors of A, B and C' as three presentations, and talks 'during the call' as the call", () => {
    const text = "Riyadh, SPA -- The Deputy Minister of Foreign Affairs, Majed Shahrani, received today copies of the letters of credence of the newly appointed ambassadors of the Republic of Mauritius, the Republic of Paraguay and the Kyrgyz Republic to the Kingdom. Foreign Minister Turki Saud received a phone call today from the Minister of Foreign Affairs of Cyprus, Andreas Kyriakides. During the call, they reviewed bilateral relations.";
    expect(extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target])).toEqual([
      ["credentials-presented", "MU", "SA"], ["credentials-presented", "PY", "SA"], ["credentials-presented", "KG", "SA"], ["phone-call", "SA", "CY"],
    ]);
  });

  it("reads scare-quoted relations ('the so-called \"diplomatic relations\"') and 'a day earlier'", () => {
    const text = "Chile and Peru established diplomatic relations on March 26. Chile severed the so-called \"diplomatic relations\" with Bolivia a day earlier.";
    expect(datedEvents(text)).toEqual([
      ["relations-established", "CL", "PE", "2023-03-26"], ["relations-severed", "CL", "BO", "2023-03-25"],
    ]);
  });

  it("reads indirect talks as no meeting of the two sides", () => {
    expectNoEvent("Oman hosted indirect talks between Iran and the United States on Saturday.", "meeting");
  });

  it("reads talks at a seat of government ('at the Kremlin') as the guest's visit there", () => {
    expectEvent("Chilean President Ana Rojas held talks with Russian President Ivan Orlov at the Kremlin on Tuesday.", FRIDAY, { type: "visit", source: "CL", target: "RU", date: "2023-03-28" });
  });

  it("reads talks on the sidelines of a summit, and a deal signed, in a third state as both sides' visits there", () => {
    const visits = (text: string) => extract({ text, published: FRIDAY }).events.filter((e) => e.type === "visit").map((e) => [e.source, e.target, e.date]);
    expect(visits("Ghanaian Foreign Minister Kofi Mensah met his Togolese counterpart Yao Agbo on the sidelines of the ECOWAS summit in Abuja on Tuesday.")).toEqual([["GH", "NG", "2023-03-28"], ["TG", "NG", "2023-03-28"]]);
    expect(visits("The foreign ministers of Chile and Peru signed the border accord in Madrid on Thursday.")).toEqual([["CL", "ES", "2023-03-30"], ["PE", "ES", "2023-03-30"]]);
  });

  it("reads a nameless 'X's new ambassador to Y' presenting credentials as X's to Y, and Y's president as the host", () => {
    expectEvent("The European Union's new ambassador to Armenia presented her credentials on Tuesday, in a week that saw Brussels step up its presence.", FRIDAY, { type: "credentials-presented", source: "EU", target: "AM", date: "2023-03-28" });
    const { officials } = extract({ text: "Chile's new ambassador to Armenia presented her credentials to President Vahe Sargsyan on Tuesday.", published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Vahe Sargsyan", "AM"]]);
  });

  it("reads 'X was among N envoys who presented …' as the whole group, named in the next sentence, where the story is filed from", () => {
    const text = "LUSAKA, March 30 -- Chilean Ambassador Rosa Diaz on Thursday presented her credentials to Zambian President Peter Banda.\n\nDiaz was among four new envoys who presented their credentials at the ceremony. The others were Kenyan Ambassador Joy Wanjiru, Irish Ambassador Sean Byrne and Thai Ambassador Somchai Prem.";
    expect(datedEvents(text).filter(([type]) => type === "credentials-presented")).toEqual([
      ["credentials-presented", "CL", "ZM", "2023-03-30"], ["credentials-presented", "KE", "ZM", "2023-03-30"], ["credentials-presented", "IE", "ZM", "2023-03-30"], ["credentials-presented", "TH", "ZM", "2023-03-30"],
    ]);
  });

  it("gives a group's envoys from the group's own item of a digest, not from the other items", () => {
    const text = "PERU: Lima expels Chile's envoy\n\nPeru on Monday expelled Chilean Ambassador Ana Rojas.\n\nZAMBIA: Two envoys present credentials\n\nZambian President Peter Banda received the letters of credence of two new ambassadors at State House in Lusaka on Thursday. They were Kenyan Ambassador Joy Wanjiru and Irish Ambassador Sean Byrne.";
    expect(datedEvents(text).filter(([type]) => type === "credentials-presented").map(([, source, target]) => [source, target])).toEqual([["KE", "ZM"], ["IE", "ZM"]]);
  });

  it("reads 'presented his credentials alongside the new ambassadors of A and B' as three envoys to the host of the ceremony", () => {
    const text = "Zambian President Peter Banda received the letters of credence of three new heads of mission at State House in Lusaka on Thursday. Japan's new ambassador, Kenji Mori, presented his credentials alongside the new ambassadors of Ireland and Thailand.";
    expect(datedEvents(text).filter(([type]) => type === "credentials-presented")).toEqual([
      ["credentials-presented", "JP", "ZM", "2023-03-30"], ["credentials-presented", "IE", "ZM", "2023-03-30"], ["credentials-presented", "TH", "ZM", "2023-03-30"],
    ]);
  });

  it("sets each paragraph of a digest where its own dateline says", () => {
    const text = "LIMA — Peru and Chile signed a fisheries accord on Monday.\n\nWELLINGTON — Governor-General Ana Rewi on Tuesday received the credentials of the new ambassador of Chile, Rosa Diaz.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.filter((e) => e.type === "credentials-presented").map((e) => [e.source, e.target, e.date])).toEqual([["CL", "NZ", "2023-03-28"]]);
  });

  it("keeps a relative aside's date to the aside ('X, who was recalled in March, was received …')", () => {
    const text = "Chilean Foreign Minister Ana Rojas, who took office in January, met Peruvian Foreign Minister Luis Tapia in Lima. The two discussed trade.";
    expect(extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.date])).toEqual([["meeting", "2023-03-31~"], ["visit", "2023-03-31~"]]);
  });

  it("reads 'on Thursday' after an accented name ending in 'by' as a past day, not 'by Thursday'", () => {
    expectEvent("Qatar's new ambassador Hamad Thani presented his credentials to Chad's President Mahamat Déby on Thursday.", FRIDAY, { type: "credentials-presented", source: "QA", target: "TD", date: "2023-03-30" });
  });

  it("reads a rupture act with no other side as the row's, dated 'two days later' from the act before it", () => {
    const text = "Chile expelled three Peruvian diplomats on March 6. Lima retaliated two days later, giving four Chilean diplomats 72 hours to leave the country. Santiago then summoned Peru's ambassador, and on March 14 called Ana Rojas home for consultations.";
    expect(datedEvents(text)).toEqual([
      ["diplomat-expelled", "CL", "PE", "2023-03-06"], ["diplomat-expelled", "PE", "CL", "2023-03-08"], ["ambassador-recalled", "CL", "PE", "2023-03-14"],
    ]);
  });

  it("reads a history of switches, each part dated by its own date, and the rupture it prompted", () => {
    const text = "Nauru first established ties with Taipei in 1980, switched to Beijing in 2002 and restored relations with Taipei in 2005, prompting China to suspend relations in protest.";
    expect(datedEvents(text)).toEqual([
      ["relations-established", "NR", "TW", "1980"], ["relations-established", "NR", "CN", "2002"], ["relations-severed", "NR", "TW", "2002"],
      ["relations-established", "NR", "TW", "2005"], ["relations-severed", "CN", "NR", "2005"],
    ]);
  });

  it("reads a Latin American chancellor, a call to consultations and a decree's upgrade and appointment", () => {
    const text = "LIMA – The Government of Peru on Tuesday called its ambassador in Bolivia, Rosa Vera, to Lima for consultations, Chancellor Luis Tapia reported. In 2021, the then government withdrew the Peruvian ambassador from La Paz. On Wednesday a decree was published by which the Embassy of Peru in Hanoi, headed by a charge d'affaires since 2020, is raised to the level of an embassy led by an ambassador. By the same decree, President Ana Rojas appointed Juan Mora as ambassador of Peru to Vietnam.";
    const { events, officials } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([
      ["ambassador-recalled", "PE", "BO", "2023-03-28"], ["ambassador-recalled", "PE", "BO", "2021"], ["mission-upgraded", "PE", "VN", "2023-03-29"], ["ambassador-appointed", "PE", "VN", "2023-03-29"],
    ]);
    expect(officials.find((o) => o.name === "Luis Tapia")).toMatchObject({ country: "PE", role: "foreign-minister" });
  });

  it("reads an expulsion by an unnamed ministry as the act of the state the diplomats must leave", () => {
    expect(extract({ text: "The Ministry of Foreign Affairs yesterday declared four Bolivian diplomats persona non grata and gave them until Thursday to leave Peru.", published: FRIDAY }).events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["diplomat-expelled", "PE", "BO", "2023-03-30"]]);
  });

  it("reads 'signing a memorandum with' as a deal, and 'which closed at the end of April' as that month", () => {
    expectEvent("Chilean Foreign Minister Ana Rojas inaugurated the embassy in Hanoi, signing a memorandum on consultations with her Vietnamese counterpart, Bui Thanh Son.", FRIDAY, { type: "agreement", source: "CL", target: "VN" });
    expectEvent("The embassy took over the work of Chile's honorary consulate in Hanoi, which closed at the end of February.", FRIDAY, { type: "mission-closed", source: "CL", target: "VN", date: "2023-02" });
  });

  it("reads 'his counterpart' across sentences, 'the two ministers then held talks', and dates what follows 'the inauguration' by it", () => {
    const text = "LIMA — Chile formally opened its embassy in Lima on Monday, with Foreign Minister Ana Rojas cutting the ribbon.\n\nRojas arrived in the capital on Sunday. Her Peruvian counterpart, Luis Tapia, attended the inauguration, and the two ministers then held talks, where they signed a memorandum.";
    const { events, officials } = extract({ text, published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "CL"], ["Luis Tapia", "PE"]]);
    expect(events.filter((e) => e.type === "meeting" || e.type === "agreement").map((e) => [e.type, e.date])).toEqual([["meeting", "2023-03-27"], ["agreement", "2023-03-27"]]);
  });

  it("reads ties upgraded to a strategic partnership as no change of posts, and talks told with a journey in a wire story as no visit to the dateline", () => {
    const text = "HANOI, Mar 31 (PAP) — Vietnam and Chile upgraded their ties to a strategic partnership on Friday. The visit comes after Vietnamese Foreign Minister Pham Lan visited Santiago in May last year, when the two sides discussed visas.";
    expect(datedEvents(text)).toEqual([["visit", "VN", "CL", "2022-05"], ["meeting", "VN", "CL", "2022-05"]]);
  });

  it("reads a verb joined by 'and' in a subordinate clause with that clause's subject, dated two days before the main clause", () => {
    const text = "Taiwan lowered its flag over its embassy in Apia on Friday, two days after Samoa broke off relations with Taipei and switched allegiance to Beijing. Samoa first established ties with Taipei in 1975.";
    expect(datedEvents(text)).toEqual([
      ["mission-closed", "TW", "WS", "2023-03-31"], ["relations-severed", "WS", "TW", "2023-03-29"], ["relations-established", "WS", "CN", "2023-03-29"], ["relations-established", "WS", "TW", "1975"],
    ]);
  });

  it("dates what a state 'said on Thursday it had done' by that day", () => {
    expectEvent("BAMAKO — Mali said on Thursday it had downgraded its embassy in Algiers to the level of charge d'affaires.", FRIDAY, { type: "mission-downgraded", source: "ML", target: "DZ", date: "2023-03-30~" });
  });

  it("reads a phone call received as a call, not talks nor a visit", () => {
    const text = "ABU DHABI, 1st August, 2023 (WAM) -- Sheikh Abdullah bin Zayed, Minister of Foreign Affairs of the UAE, received a phone call today from Sergey Lavrov, Foreign Minister of the Russian Federation.";
    const { events, officials } = extract({ text, published: "2023-08-02" });
    // "today" is the dateline's day, a day before the page's.
    expect(events.map((e) => [e.type, e.source, e.target, e.date, e.reported])).toEqual([["phone-call", "AE", "RU", "2023-08-01", "2023-08-02"]]);
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Abdullah bin Zayed", "AE"], ["Sergey Lavrov", "RU"]]);
  });

  it("reads each envoy of a list received together ('the ambassadors of Japan, A, and of Chile, B')", () => {
    const text = "KUWAIT, Oct 17 (KUNA) -- The Amir of Kuwait received on Thursday the credentials of the new ambassadors of Japan, Taro Sato, and of Chile, Sergio Vidal.";
    const { events } = extract({ text, published: "2019-10-18" });
    expect(events.map((e) => [e.source, e.target, e.date])).toEqual([["JP", "KW", "2019-10-17"], ["CL", "KW", "2019-10-17"]]);
    const group = "President Ana Rojas of Chile accepted the letters of credence of eight ambassadors at the palace. Among them was Ambassador Ivan Petrov of Bulgaria.";
    expectEvent(group, FRIDAY, { type: "credentials-presented", source: "BG", target: "CL" });
  });

  it("keeps the report date apart from the event date", () => {
    const [event] = extract({ text: "Bhutan and Ecuador established diplomatic relations in 2019.", published: FRIDAY }).events;
    expect(event).toMatchObject({ date: "2019", reported: FRIDAY });
  });

  it("dates the article's undated news to publication, approximately, and leaves dates null without a published day", () => {
    expectEvent("Oman and Malta established diplomatic relations.", FRIDAY, { type: "relations-established", date: `${FRIDAY}~` });
    // A day the text gives is not approximate, even when it is the published day.
    expectEvent("Oman and Malta established diplomatic relations on Friday.", FRIDAY, { type: "relations-established", date: FRIDAY });
    expectEvent("Oman and Malta established diplomatic relations on Thursday.", null, { type: "relations-established", date: null });
    const [event] = extract({ text: "Oman and Malta established diplomatic relations on Thursday." }).events;
    expect(event?.reported).toBeNull();
  });

  it("reads a 'since' clause as background: its own date or none, and only its own officials", () => {
    const text = "Estonian Foreign Minister Mart Kask arrived in Thimphu on Thursday, the first visit since the two countries established diplomatic relations in June last year.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.find((e) => e.type === "relations-established")).toMatchObject({ date: "2022-06", officials: [] });
    const undated = extract({ text: "Mart Kask, Estonia's foreign minister, arrived in Thimphu on Thursday, the first visit since Estonia and Bhutan established relations.", published: FRIDAY });
    expect(undated.events.find((e) => e.type === "relations-established")).toMatchObject({ date: null, officials: [] });
  });

  it("does not date an event by the date of its cause ('in retaliation for X's decision last month')", () => {
    // (The cause is an expulsion of its own, dated by its own words: the row's other side is Chile.)
    const { events } = extract({ text: "Chile expelled two Peruvian diplomats in retaliation for Peru's decision last month to expel its envoy.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["diplomat-expelled", "CL", "PE", `${FRIDAY}~`], ["diplomat-expelled", "PE", "CL", "2023-02"]]);
    expectEvent("Chile expelled two Peruvian diplomats on Monday in response to Peru's decision last month.", FRIDAY, { type: "diplomat-expelled", source: "CL", target: "PE", date: "2023-03-27" });
  });

  it("lets every state of a coordinated subject act, except in symmetric events", () => {
    const { events } = extract({ text: "Chile and Colombia recalled their ambassadors from Israel on Tuesday.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["ambassador-recalled", "CO", "IL"], ["ambassador-recalled", "CL", "IL"]]);
    expectEvent("Chile and Peru held talks in Santiago on Wednesday.", FRIDAY, { type: "meeting", source: "CL", target: "PE" });
  });

  it("gives 'X also recalled its envoy' the state the same act was last aimed at", () => {
    const { events } = extract({ text: "Colombia recalled its ambassador to Israel on Tuesday. Chile also recalled its envoy, Jorge Carvajal, the same day.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["ambassador-recalled", "CO", "IL"], ["ambassador-recalled", "CL", "IL"]]);
    expectNoEvent("Chile recalled its envoy, Jorge Carvajal.", "ambassador-recalled");
  });

  it("reads 'the country' after a preposition as another state than the clause's subject", () => {
    expectEvent("Chile recalled its ambassador from Israel, while Bolivia cut diplomatic ties with the country on Tuesday.", FRIDAY, { type: "relations-severed", source: "BO", target: "IL", date: "2023-03-28" });
  });

  it("names the one official of a state's office written without a name ('the Polish leader')", () => {
    const text = "Polish President Jan Nowak met Ghanaian President Ama Mensah on Monday. The Polish leader is on a four-day state visit to Ghana.";
    const visit = extract({ text, published: FRIDAY }).events.find((e) => e.type === "visit");
    expect(visit).toMatchObject({ source: "PL", target: "GH", officials: ["Jan Nowak"] });
  });

  it("does not date an announcement by when the post will open ('will open this year an office')", () => {
    expectEvent("Peru will open this year an embassy in Accra, Foreign Minister Rosa Vidal said.", FRIDAY, { type: "mission-announced", date: `${FRIDAY}~` });
  });

  it("dates an announcement of a future post by the day of the verb that announced it", () => {
    // FRIDAY is 2023-03-31: the Tuesday before is the 28th.
    expectEvent("Peru will open an embassy in Accra, Foreign Minister Rosa Vidal announced on Tuesday.", FRIDAY, { type: "mission-announced", date: "2023-03-28" });
    expectEvent("Peru will open an embassy in Accra in June, Foreign Minister Rosa Vidal told reporters on Tuesday.", FRIDAY, { type: "mission-announced", date: "2023-03-28" });
    // The day the post opens is not the day of the announcement.
    expectEvent("Peru will open an embassy in Accra on Monday, the ministry said.", FRIDAY, { type: "mission-announced", date: `${FRIDAY}~` });
  });

  it("dates an announcement told as 'X will open …, the minister said on Tuesday' by that day", () => {
    expectEvent("Peru will reopen its embassy in Accra, Foreign Minister Rosa Vidal said on Tuesday.", FRIDAY, { type: "mission-announced", source: "PE", target: "GH", date: "2023-03-28" });
    // News told on a day happened on or shortly before it: approximate.
    expectEvent("Peru opened an embassy in Accra, the ministry said on Tuesday.", FRIDAY, { type: "mission-opened", date: "2023-03-28~" });
  });

  it("gives a verb joined by 'and' the clause's subject, not the state the verb before it acted on", () => {
    const { events } = extract({ text: "Chile expelled two Peruvian diplomats and recalled its ambassador from Lima on Monday.", published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["diplomat-expelled", "CL", "PE"], ["ambassador-recalled", "CL", "PE"]]);
  });

  it("gives each state of a pair acting 'with' a third its own event", () => {
    const { events } = extract({ text: "Chile, Peru and Bolivia severed diplomatic relations with Paraguay on Monday.", published: FRIDAY });
    expect(events.map((e) => [e.source, e.target]).sort()).toEqual([["BO", "PY"], ["CL", "PY"], ["PE", "PY"]]);
  });

  it("aims an act of a rupture with no other side named where the rupture just told was aimed", () => {
    const text = "Bolivia cut diplomatic ties with Peru on Monday, while Chile downgraded its ties and recalled its ambassador. Ecuador expelled two Peruvian diplomats, while Uruguay expelled one.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([
      ["relations-severed", "BO", "PE"],
      ["mission-downgraded", "CL", "PE"],
      ["ambassador-recalled", "CL", "PE"],
      ["diplomat-expelled", "EC", "PE"],
      ["diplomat-expelled", "UY", "PE"],
    ]);
    // A visit is no rupture: "had visited the country" names its own destination or none.
    expectNoEvent("Chile cut ties with Peru on Monday. A delegation from Bolivia had visited earlier.", "visit");
  });

  it("reads a change in the level of relations as a downgraded or upgraded mission of the subject", () => {
    expectEvent("Chile opened an office in Lima on Monday, prompting Bolivia to downgrade its diplomatic relations with Peru.", FRIDAY, { type: "mission-downgraded", source: "BO", target: "PE" });
    expectEvent("Chile upgraded its relations with Peru to the level of ambassadors on Monday.", FRIDAY, { type: "mission-upgraded", source: "CL", target: "PE", date: "2023-03-27" });
    expectNoEvent("Chile downgraded its relations with Peru on Monday.", "relations-severed");
  });

  it("reads a yearless month after 'this year' in the report's year, not in the year the paragraph told before", () => {
    const text = "Peruvian ambassador Luis Tapia served a first term in Santiago between 2010 and 2015. He returned this year and presented his credentials to Chilean President Rosa Vidal in January.";
    expect(datedEvents(text, "2025-03-14")).toEqual([["credentials-presented", "PE", "CL", "2025-01"]]);
  });

  it("reads 'raise the level of A's representation in B' and 'to the rank of ambassador' as an upgrade of A's post in B", () => {
    expectEvent("The cabinet decided on Monday to raise the level of Peru's representation in Chile, so that its embassy in Santiago will be headed by an ambassador.", FRIDAY, { type: "mission-upgraded", source: "PE", target: "CL", date: "2023-03-27" });
    expectEvent("Chile elevated its representation in Peru to the rank of ambassador on Monday.", FRIDAY, { type: "mission-upgraded", source: "CL", target: "PE", date: "2023-03-27" });
    expectNoEvent("Chile raised the level of its trade with Peru on Monday.", "mission-upgraded");
  });

  it("reads an earlier rupture told with no other side as with the state of the article's rupture, past an aside that names another", () => {
    const text = "Peru cut ties with Chile on Tuesday. The row had simmered for months. Peru severed relations in March 2009, citing Chilean criticism of its solidarity with Bolivia.";
    expect(datedEvents(text)).toEqual([["relations-severed", "PE", "CL", "2023-03-28"], ["relations-severed", "PE", "CL", "2009-03"]]);
    // ("broke with the practice": with no state right after "with", a break with no one.)
    expectNoEvent("The president broke with the practice of his predecessors, travelling instead to Chile in May.", "relations-severed");
    expectEvent("Peru broke with Chile in 2018.", FRIDAY, { type: "relations-severed", source: "PE", target: "CL", date: "2018" });
  });

  it("reads no appointment in 'recalled its ambassador-designate', and no credentials 'that would not be received'", () => {
    expect(datedEvents("Peru has recalled its ambassador-designate to Chile, Luis Paz, on Friday.")).toEqual([["ambassador-recalled", "PE", "CL", "2023-03-31"]]);
    expectNoEvent("Chilean envoy Luis Paz was told on Friday that his credentials would not be received that day.", "credentials-presented");
    expectNoEvent("Luis Paz said his letters of credence had been turned down by Peru.", "credentials-presented");
  });

  it("reads 'reduce the number of diplomatic staff of A's embassy in B' as a downgrade of that post", () => {
    expectEvent("Chile decided on Monday to reduce the number of diplomatic staff of the Embassy of Peru in Santiago.", FRIDAY, { type: "mission-downgraded", source: "PE", target: "CL", date: "2023-03-27" });
    expectEvent("Peru cut the number of staff at its embassy in Santiago on Monday.", FRIDAY, { type: "mission-downgraded", source: "PE", target: "CL" });
    expectNoEvent("Peru reduced the number of staff at the ministry on Monday.", "mission-downgraded");
  });

  it("reads a lowering announced with later effect as decided, past an aside, but not one that is a condition", () => {
    expectEvent("Foreign Minister Ana Rojas announced on Monday that, in solidarity with Peru, Chile would lower its diplomatic representation in Bolivia to chargé d'affaires level from May 1.", FRIDAY, { type: "mission-downgraded", source: "CL", target: "BO", date: "2023-03-27" });
    expectNoEvent("Foreign Minister Ana Rojas said on Monday that, if the talks failed, Chile would lower its diplomatic representation in Bolivia to chargé d'affaires level.", "mission-downgraded");
  });

  it("reads a second object of a gapped verb ('cut ties with A in June, and in July with B') with its own date", () => {
    expect(datedEvents("Peru cut ties with Chile in June 2022, and in July with Bolivia.")).toEqual([["relations-severed", "PE", "CL", "2022-06"], ["relations-severed", "PE", "BO", "2022-07"]]);
    expect(datedEvents("In June 2022, Peru severed diplomatic relations with Chile, and in July with Bolivia.")).toEqual([["relations-severed", "PE", "CL", "2022-06"], ["relations-severed", "PE", "BO", "2022-07"]]);
  });

  it("reads 'the two countries recalled their respective ambassadors' as a recall each way, and a recall of envoys 'accredited to' a state as from that state", () => {
    expect(datedEvents("Chile and Peru cut ties in 2019. In December 2021, the two countries had recalled their respective ambassadors.").slice(1)).toEqual([["ambassador-recalled", "PE", "CL", "2021-12"], ["ambassador-recalled", "CL", "PE", "2021-12"]]);
    expect(datedEvents("Peru and Chile recalled their ambassadors on Monday.")).toEqual([["ambassador-recalled", "CL", "PE", "2023-03-27"], ["ambassador-recalled", "PE", "CL", "2023-03-27"]]);
    // (A post named is the only one left: not each from the other.)
    expect(datedEvents("Peru and Chile recalled their ambassadors from Bolivia on Monday.").map((e) => e.slice(0, 3))).toEqual([["ambassador-recalled", "CL", "BO"], ["ambassador-recalled", "PE", "BO"]]);
    const accredited = datedEvents("The Andean bloc, which brings together Peru, Bolivia and Ecuador, decided on Monday to recall for consultations the ambassadors of its member states accredited to the Republic of Chile.");
    expect(accredited.map((e) => e.slice(0, 3)).sort()).toEqual([["ambassador-recalled", "BO", "CL"], ["ambassador-recalled", "EC", "CL"], ["ambassador-recalled", "PE", "CL"]]);
  });

  it("reads no subject in an aside between subject and verb ('X, after talks in A with his A counterpart Y, signed …')", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Rojas, after talks in Quito with her Ecuadorian counterpart Luis Paz, signed a joint communiqué establishing diplomatic relations with Ecuador on Monday.").filter((e) => e[0] !== "visit" && e[0] !== "meeting")).toEqual([["agreement", "PE", "EC", "2023-03-27"], ["relations-established", "PE", "EC", "2023-03-27"]]);
    // (A subordinate clause with a subject of its own, an apposition after it, is no aside.)
    expectEvent("Lima protested on Monday, after Ecuador's parliament, the National Assembly, voted to recall its ambassador from Peru.", FRIDAY, { type: "ambassador-recalled", source: "EC", target: "PE" });
  });

  it("reads 'A and B recalled their ambassadors' in a row with a third state as a recall from that state, unless 'respective'", () => {
    expect(datedEvents("Bolivia and Ecuador cut relations with Peru on Monday; Chile and Uruguay recalled their ambassadors on Tuesday.").slice(2)).toEqual([["ambassador-recalled", "UY", "PE", "2023-03-28"], ["ambassador-recalled", "CL", "PE", "2023-03-28"]]);
    expect(datedEvents("Bolivia cut relations with Peru on Monday. Chile and Uruguay recalled their ambassadors on Tuesday.").slice(1).map((e) => e.slice(0, 3))).toEqual([["ambassador-recalled", "UY", "PE"], ["ambassador-recalled", "CL", "PE"]]);
    // (Each other's envoys, said outright, stay a recall each way.)
    expect(datedEvents("Bolivia cut relations with Peru on Monday. Chile and Uruguay recalled their respective ambassadors on Tuesday.").slice(1).map((e) => e.slice(0, 3))).toEqual([["ambassador-recalled", "UY", "CL"], ["ambassador-recalled", "CL", "UY"]]);
  });

  it("reads recalls told as 'all of its diplomats', 'ordered its ambassador home from A' and a pair after a third state's rupture", () => {
    expect(datedEvents("Ecuador said on Wednesday it was recalling all of its diplomats from Peru.")).toEqual([["ambassador-recalled", "EC", "PE", "2023-03-29~"]]);
    expect(datedEvents("Norway ordered its ambassador and two attaches home from Chile on Monday.")).toEqual([["ambassador-recalled", "NO", "CL", "2023-03-27"]]);
    expectNoEvent("Norway ordered its students home from Chile on Monday.", "ambassador-recalled");
    // (Each of the pair joins the row the clause before told, not one recalling from the other.)
    expect(datedEvents("Peru cut ties with Chile on Monday, while Bolivia and Ecuador recalled their ambassadors the same day.").map((e) => e.slice(0, 3))).toEqual([["relations-severed", "PE", "CL"], ["ambassador-recalled", "EC", "CL"], ["ambassador-recalled", "BO", "CL"]]);
  });

  it("takes no post for a recall from the place its grievance names ('in protest at the shelling in Gaza')", () => {
    const text = "Peru recalled its ambassador from Israel on Monday. Chile recalled its envoy on Tuesday in protest at the shelling in Gaza.";
    expect(datedEvents(text).map((e) => e.slice(0, 3))).toEqual([["ambassador-recalled", "PE", "IL"], ["ambassador-recalled", "CL", "IL"]]);
  });

  it("counts 'two days after A, which …, recalled' past the aside about A", () => {
    const text = "Peru said on Friday it was recalling its ambassador from Israel. The decision came two days after Chile, which opened an embassy in Israel in 2019, recalled its envoy.";
    expect(datedEvents(text).filter((e) => e[1] === "CL" && e[0] === "ambassador-recalled")).toEqual([["ambassador-recalled", "CL", "IL", "2023-03-29"]]);
  });

  it("gives 'years after A broke off relations' the other side of the ties the sentence restores", () => {
    expect(datedEvents("Peru restored ties with Chile in 2019, decades after Chile broke off relations in 1972.")).toEqual([["relations-established", "PE", "CL", "2019"], ["relations-severed", "CL", "PE", "1972"]]);
  });

  it("aims a recall with no post at the state its sentence names among the acts just told", () => {
    const text = "Chile recalled its ambassador from Israel on Monday. Israel ordered its ambassador home from Chile on Tuesday. Peru recalled its ambassador on Wednesday and told Israel not to send back its own envoy.";
    expect(datedEvents(text).map((e) => e.slice(0, 3))).toEqual([["ambassador-recalled", "CL", "IL"], ["ambassador-recalled", "IL", "CL"], ["ambassador-recalled", "PE", "IL"]]);
  });

  it("reads no relations in economic ties alone ('economic ties had been suspended')", () => {
    expectNoEvent("Peru said that Chile's envoy had left Lima, and that economic ties had been suspended.", "relations-severed");
    expectNoEvent("Peru suspended economic ties with Chile.", "relations-severed");
    expectEvent("Peru suspended diplomatic and economic ties with Chile on Monday.", FRIDAY, { type: "relations-severed", source: "PE", target: "CL", date: "2023-03-27" });
  });

  it("dates an announcement said with a present 'will' as the report's news, even after a sentence of last year", () => {
    const text = "Chilean President Ana Rojas received the Peruvian ambassador on Friday. She recalled the talks she held in Lima last November with President Luis Paz.\n\nPresident Rojas announced that Chile will open a consulate in Cusco next year.";
    expect(datedEvents(text).filter((e) => e[0] === "mission-announced")).toEqual([["mission-announced", "CL", "PE", "2023-03-31"]]);
    // (A "will" of the post's own relative clause is no saying of today's.)
    const relative = "Chile and Peru cut ties in 2019. Last year Chile restored them.\n\nPresident Rojas later signed an order on the establishment of a consulate in Cusco, which will be headed by a consul.";
    expect(datedEvents(relative).filter((e) => e[0] === "mission-approved").map((e) => e[3])).toEqual([null]);
  });

  it("reads 'the action plan was signed by A and B after talks at the palace' as a deal and talks", () => {
    const text = "The action plan was signed in Beijing on Friday by Peruvian President Luis Paz and Chinese Premier Li Qiang after talks at the Great Hall of the People.";
    const events = datedEvents(text).filter((e) => e[0] !== "visit");
    expect(events).toEqual([["agreement", "PE", "CN", "2023-03-31"], ["meeting", "PE", "CN", "2023-03-31"]]);
  });

  it("reads no signing in a deal another verb ends, named with where it was once signed", () => {
    expectNoEvent("In January 2024 the Chilean government ended the 2015 Agreement on Fisheries with Peru, signed in Lima, with immediate effect.", "agreement");
    expectEvent("The agreement, signed in Lima on Monday by Peru and Chile, covers fisheries.", FRIDAY, { type: "agreement", source: "PE", target: "CL", date: "2023-03-27" });
  });

  it("reads a virtual or online meeting or conversation as a call, not a meeting", () => {
    expectEvent("Peruvian Foreign Minister Luis Paz and his Chilean counterpart Ana Rojas held a virtual meeting on Monday.", FRIDAY, { type: "phone-call", source: "PE", target: "CL", date: "2023-03-27" });
    expectNoEvent("Peruvian Foreign Minister Luis Paz and his Chilean counterpart Ana Rojas held an online conversation on Monday.", "meeting");
    expectEvent("Peruvian Foreign Minister Luis Paz held a meeting with his Chilean counterpart Ana Rojas on Monday.", FRIDAY, { type: "meeting", source: "PE", target: "CL" });
  });

  it("reads 'discussed … by telephone with' as a call", () => {
    expectEvent("Chilean Foreign Minister Rosa Vidal said she had discussed the floods by telephone on Thursday with her Peruvian counterpart Luis Tapia.", FRIDAY, { type: "phone-call", source: "CL", target: "PE", date: "2023-03-30" });
  });

  it("reads 'agreed to restore ties' as relations established, and not 'a move intended to help restore' them", () => {
    expectEvent("Chile and Bolivia agreed on Wednesday to restore diplomatic ties.", FRIDAY, { type: "relations-established", source: "CL", target: "BO", date: "2023-03-29" });
    expectNoEvent("Chile reopened its embassy in La Paz. The move is intended to help restore relations between the two countries.", "relations-established");
  });

  it("reads 'the two held a meeting' as talks between the two officials last named", () => {
    const text = "Chilean Foreign Minister Rosa Vidal arrived in Lima on Monday with Peruvian Prime Minister Hugo Salas. The two held a meeting at the palace.";
    expect(extract({ text, published: FRIDAY }).events.find((e) => e.type === "meeting")).toMatchObject({ officials: ["Rosa Vidal", "Hugo Salas"] });
    expectEvent("Chilean Foreign Minister Rosa Vidal said on Monday after meeting Peruvian Prime Minister Hugo Salas that trade would grow.", FRIDAY, { type: "meeting", source: "CL", target: "PE" });
  });

  it("reads 'A told B in a phone call that …' as a call between A and B, and what A said as A's", () => {
    const text = "President Ana Rojas of Chile told Peruvian President Luis Tapia in a phone call on Thursday that Chile would resume diplomatic contacts with Bolivia and reopen its embassy in La Paz.";
    const { events, missions } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["phone-call", "CL", "PE", "2023-03-30"], ["mission-announced", "CL", "BO", "2023-03-30"]]);
    expect(missions).toMatchObject([{ sender: "CL", host: "BO", kind: "embassy", city: "La Paz", status: "planned" }]);
  });

  it("reads a state described by its region ('the Latin American country') as the last one named there", () => {
    const text = "China and Costa Rica said on Thursday they had agreed to establish diplomatic ties, after the Latin American country agreed to break relations with Taiwan.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.find((e) => e.type === "relations-severed")).toMatchObject({ source: "CR", target: "TW" });
    // No state of that region named: no reading at all, rather than the wrong state.
    expectNoEvent("China opened an embassy in Japan. The African country said on Monday it would recall its envoy.", "ambassador-recalled");
  });

  it("dates news told on a day ('…, the minister said on Wednesday') by that day, approximately", () => {
    expectEvent("Bolivia has recalled its ambassador from Peru, Foreign Minister Ana Rojas said on Wednesday.", FRIDAY, { type: "ambassador-recalled", source: "BO", target: "PE", date: "2023-03-29~" });
    // Reported speech: the past perfect of what was said is the news, not background.
    expectEvent("The ministry said on Wednesday that Bolivia had recalled its ambassador from Peru.", FRIDAY, { type: "ambassador-recalled", date: "2023-03-29~" });
  });

  it("reads a state's body named through 'of' as the state ('the government of Guatemala declared …')", () => {
    expectEvent("The government of Chile on Tuesday declared the Peruvian chargé d'affaires persona non grata.", FRIDAY, { type: "diplomat-expelled", source: "CL", target: "PE", date: "2023-03-28" });
  });

  it("reads a guest received at the host's residence as a visit to the host", () => {
    expectEvent("Chilean President Ana Rojas received Peruvian President Luis Tapia at her residence in Santiago on Tuesday.", FRIDAY, { type: "visit", source: "PE", target: "CL", date: "2023-03-28" });
  });

  it("reads a deal signed in one side's city as the other side's visit there", () => {
    const text = "Peruvian President Luis Tapia and Chilean President Ana Rojas signed a trade agreement in Santiago on Monday.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.filter((e) => e.type === "visit").map((e) => [e.source, e.target, e.date])).toEqual([["PE", "CL", "2023-03-27"]]);
    // The host of a ceremony is not a side of talks.
    expectNoEvent("Chile and Peru signed the accord in a ceremony hosted by President Ana Rojas of Chile.", "meeting");
  });

  it("expels the diplomats of every state after 'from'", () => {
    const { events } = extract({ text: "Chile expelled ten diplomats from Peru, Bolivia and Ecuador on Thursday.", published: FRIDAY });
    expect(events.map((e) => e.target).sort()).toEqual(["BO", "EC", "PE"]);
  });

  it("lets an organisation's envoy present credentials ('the head of the EU Delegation to Uruguay')", () => {
    const text = "Ambassador Maria Lopez, the new head of the European Union Delegation to Uruguay, handed a copy of her credentials to Foreign Minister Omar Paganini on Monday.";
    const { events, officials, missions } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["credentials-presented", "EU", "UY", "2023-03-27"]]);
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Maria Lopez", "EU", "ambassador"], ["Omar Paganini", "UY", "foreign-minister"]]);
    expect(missions).toMatchObject([{ sender: "EU", host: "UY", kind: "delegation", status: "open" }]);
  });

  it("reads a post of a state's decision ('welcomed Norway's decision to reopen its embassy, announced last week by X')", () => {
    const text = "Peru's foreign ministry welcomed on Monday Chile's decision to reopen its embassy in Lima, announced last week by Foreign Minister Ana Rojas.";
    const { events, officials } = extract({ text, published: FRIDAY });
    // Announced last week (Sunday 19 to Saturday 25 March), not on the day Peru welcomed it.
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["mission-announced", "CL", "PE", "2023-03-19/2023-03-25"]]);
    // The minister named only as the one who announced Chile's decision is Chile's, though Peru is the article's state.
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "CL"]]);
  });

  it("places talks told without a place in the city the story was filed from, unless the story is set elsewhere", () => {
    const filed = "LIMA — Chile reopened its embassy in Lima on Wednesday. Chilean Foreign Minister Ana Rojas attended with Peruvian Foreign Minister Luis Tapia, and the two held talks afterwards.";
    expect(extract({ text: filed, published: FRIDAY }).events.filter((e) => e.type === "visit").map((e) => [e.source, e.target, e.officials])).toEqual([["CL", "PE", ["Ana Rojas"]]]);
    // Filed from Lima, set in Quito: both travelled to Ecuador, and no one to Peru.
    const elsewhere = "LIMA — At a summit in Quito on Wednesday, Chilean Foreign Minister Ana Rojas and Peruvian Foreign Minister Luis Tapia held talks. The two held talks again later.";
    expect(extract({ text: elsewhere, published: FRIDAY }).events.filter((e) => e.type === "visit").map((e) => [e.source, e.target])).toEqual([["CL", "EC"], ["PE", "EC"]]);
  });

  it("reads switching recognition from one capital to another as ties cut with the one and made with the other", () => {
    const text = "Chile inaugurated its embassy in Beijing on Monday, eight months after switching diplomatic recognition from Taipei to Beijing. Chilean Foreign Minister Ana Rojas cut the ribbon.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.type, e.source, e.target, e.date, e.officials])).toEqual([
      ["mission-opened", "CL", "CN", "2023-03-27", []],
      // "eight months after" a day names a month.
      ["relations-severed", "CL", "TW", "2022-07", []],
      ["relations-established", "CL", "CN", "2022-07", []],
      // The minister who cut the ribbon, in the sentence after the opening, was there.
      ["visit", "CL", "CN", "2023-03-27", ["Ana Rojas"]],
    ]);
  });

  it("reads 'the countries' as the pair the story is about, and 'have no embassies' as no posts", () => {
    expectEvent("Chile and Peru will resume direct flights. The countries established diplomatic relations in 1976.", FRIDAY, { type: "relations-established", source: "CL", target: "PE", date: "1976" });
    expect(extract({ text: "Chile and Peru have no embassies in each other's capitals.", published: FRIDAY }).missions).toEqual([]);
  });

  it("gives whom a traveller met the state visited ('visited Belgium, when he met King Philippe')", () => {
    const { officials } = extract({ text: "Chilean President Ana Rojas last visited Belgium in February, when she met King Philippe.", published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "CL"], ["Philippe", "BE"]]);
  });

  it("keeps posts closed to the public open, and reads 'its' in a clause with no subject as the sentence's", () => {
    const { missions, events } = extract({ text: "Chile's embassy in Lima said it would close to the public on Monday. Peru has no embassy in Santiago; its embassy in Buenos Aires is accredited to Chile.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.status])).toEqual([["CL", "PE", "embassy", "open"], ["PE", "AR", "embassy", "open"]]);
    expect(events).toEqual([]);
  });

  it("ends a post's clause at ', and plans …': each post takes its own verb", () => {
    const { missions, events } = extract({ text: "Chile opened embassies in Peru and Bolivia in 2023, and plans an embassy in Ecuador.", published: FRIDAY });
    expect(missions.map((m) => [m.host, m.status])).toEqual([["PE", "open"], ["BO", "open"], ["EC", "planned"]]);
    // The plan is today's news, not 2023's.
    expect(events.map((e) => [e.type, e.target, e.date])).toEqual([["mission-opened", "PE", "2023"], ["mission-opened", "BO", "2023"], ["mission-announced", "EC", `${FRIDAY}~`]]);
  });

  it("reads 'the three countries' as the last three states listed, and the expulsion they made as theirs, on its own date", () => {
    const text = "Chile expelled ten diplomats from Peru, Bolivia and Ecuador on Thursday in retaliation for the expulsion of Chilean diplomats by the three countries last month.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.map((e) => [e.source, e.target, e.date])).toEqual([
      ["CL", "PE", "2023-03-30"], ["CL", "BO", "2023-03-30"], ["CL", "EC", "2023-03-30"],
      ["PE", "CL", "2023-02"], ["BO", "CL", "2023-02"], ["EC", "CL", "2023-02"],
    ]);
  });

  it("does not make a state listed after a preposition a subject ('embassies in Peru and Bolivia')", () => {
    expectEvent("Chile has embassies in Peru and Bolivia, and recalled its ambassador from Ecuador on Monday.", FRIDAY, { type: "ambassador-recalled", source: "CL", target: "EC" });
  });

  it("dates an undated decision by the next sentence that dates it, and what was pledged 'under the declaration' by the deal", () => {
    const text = "Chile reopened its office in Lima on Monday. The reopening comes after Peru agreed to re-establish its diplomatic ties with Chile. " +
      "Peru formalized its decision on December 22, 2022, through a joint declaration with Chile.\n\n" +
      "Under the declaration, the two countries pledged to open embassies as soon as possible.";
    const { events } = extract({ text, published: FRIDAY });
    const dates = Object.fromEntries(events.map((e) => [`${e.type} ${e.source}-${e.target}`, e.date]));
    expect(dates["relations-established PE-CL"]).toBe("2022-12-22");
    expect(dates["agreement PE-CL"]).toBe("2022-12-22");
    expect(dates["mission-announced CL-PE"]).toBe("2022-12-22");
  });

  it("does not read an envoy's talks where they are posted as a visit, and lets an organisation's envoy act", () => {
    expectNoEvent("Chile's Ambassador to Peru, Ana Rojas, met Peruvian Foreign Minister Luis Tapia in Lima on Monday.", "visit");
    const { events, officials } = extract({ text: "The UN Secretary-General's Special Envoy for Yemen, Hans Berg, arrived in Riyadh on Wednesday.", published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Hans Berg", "UN", "envoy"]]);
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["visit", "UN", "SA"]]);
  });

  it("gives an official called on by a foreign envoy the state the envoy is posted to", () => {
    const text = "The Chargé d'Affaires of the Embassy of Japan in Ghana, Kenji Sato, paid a courtesy call on the Deputy Minister of Foreign Affairs, Kofi Mensah, on Monday.";
    const { events, officials } = extract({ text, published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Kenji Sato", "JP"], ["Kofi Mensah", "GH"]]);
    expect(events.map((e) => [e.type, e.source, e.target])).toEqual([["meeting", "JP", "GH"]]);
  });

  it("reads a reopening with its guest in the next sentence, and 'seven years after' as a year", () => {
    const text = "Chile reopened its embassy in Lima on Tuesday, seven years after Peru severed ties with Santiago. Chile's deputy foreign minister for consular affairs, Ana Rojas, attended the reopening ceremony.";
    const { events, officials } = extract({ text, published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Ana Rojas", "CL", "deputy-foreign-minister"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([
      ["mission-opened", "CL", "PE", "2023-03-28"],
      ["relations-severed", "PE", "CL", "2016"],
      ["visit", "CL", "PE", "2023-03-28"],
    ]);
  });

  it("keeps a definite post named in a clause about the future ('will be handled from the Chilean embassy in Lima')", () => {
    const { missions } = extract({ text: "Chile closed its embassy in La Paz. Its work will be handled from the Chilean embassy in Lima for the time being.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["CL", "BO", "La Paz", "closed"], ["CL", "PE", "Lima", "open"]]);
  });

  it("reads a cause told as a fact inside a denial ('would not expel anyone in response to Peru's expulsion of its ambassador')", () => {
    expectEvent("Chile on Monday declared Peru's ambassador, Luis Tapia, persona non grata.", FRIDAY, { type: "diplomat-expelled", source: "CL", target: "PE", date: "2023-03-27" });
    const text = "Peru said on Tuesday it would not expel Chilean diplomats in response to Chile's expulsion of its ambassador on Monday.";
    expect(datedEvents(text)).toEqual([["diplomat-expelled", "CL", "PE", "2023-03-27"]]);
  });

  it("reads the verbs before a post only back to its clause ('Relations were established in 1990, and Chile's embassy …')", () => {
    const { missions, events } = extract({ text: "Relations were established in 1990, and Chile's embassy in Lima remains open.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.status])).toEqual([["CL", "PE", "open"]]);
    expect(events.filter((e) => e.type === "mission-opened")).toEqual([]);
  });

  it("pairs 'their foreign ministers, A and B' with the two states in order, and a post's city told after it", () => {
    const { officials } = extract({ text: "Chile and Peru agreed to strengthen trade during talks between their foreign ministers, Ana Rojas and Luis Tapia, in Lima on Wednesday.", published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Ana Rojas", "CL"], ["Luis Tapia", "PE"]]);
    const { missions } = extract({ text: "The cabinet of Chile on Wednesday approved the opening of an embassy of Chile in Ireland. The embassy will be located in Dublin.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.city, m.status])).toEqual([["CL", "IE", "Dublin", "approved"]]);
  });

  it("records the officials taking part", () => {
    const [event] = extract({ text: "Egyptian President Omar Nabil spoke by phone with Jordanian King Faris on Tuesday.", published: FRIDAY }).events;
    expect([...event!.officials].sort()).toEqual(["Faris", "Omar Nabil"]);
  });

  it("gives every event provenance: sentence, spans inside it, rule id and a confidence in [0, 1]", () => {
    const text = "Oman and Malta share a sea.\n\nChilean President Ana Rojas visited Peru on Thursday. Oman and Malta established diplomatic relations on Monday.";
    const { events } = extract({ text, published: FRIDAY });
    expect(events.map((e) => e.type).sort()).toEqual(["relations-established", "visit"]);
    for (const event of events) {
      expect(event.sources.length).toBeGreaterThan(0);
      for (const source of event.sources) {
        const sentenceAt = text.indexOf(source.sentence!);
        expect(sentenceAt).toBeGreaterThanOrEqual(0);
        expect(source.rule).toMatch(/^event\./);
        expect(source.confidence).toBeGreaterThanOrEqual(0);
        expect(source.confidence).toBeLessThanOrEqual(1);
        expect(source.spans.length).toBeGreaterThan(0);
        for (const span of source.spans) {
          expect(span.start).toBeGreaterThanOrEqual(sentenceAt);
          expect(span.end).toBeLessThanOrEqual(sentenceAt + source.sentence!.length);
          expect(span.end).toBeGreaterThan(span.start);
        }
      }
    }
    const visit = events.find((e) => e.type === "visit")!;
    expect(text.slice(visit.sources[0]!.spans[0]!.start, visit.sources[0]!.spans[0]!.end)).toBe("visited");
    expect(visit.sources[0]!.rule).toBe("event.visit");
  });
});

describe("events: a verbless second clause, plural envoys recalled, agrément granted", () => {
  it.each([
    // A post opened by a second state whose clause has only a date, or "followed".
    ["Slovakia opened its embassy in Tallinn in March 2019, and Chile in June of that year.", [["mission-opened", "SK", "EE", "2019-03"], ["mission-opened", "CL", "EE", "2019-06"]]],
    ["Slovakia inaugurated its embassy in Tallinn in May 2019, and Chile followed two days later.", [["mission-opened", "SK", "EE", "2019-05"], ["mission-opened", "CL", "EE", "2019-05"]]],
    // A visit's second place.
    ["Chilean Foreign Minister Ana Rojas visited Peru in May 2022, and Bolivia in June.", [["visit", "CL", "PE", "2022-05"], ["visit", "CL", "BO", "2022-06"]]],
    // Envoys in the plural, to each post listed.
    ["Chile's envoys to Bolivia and Ecuador were recalled on Monday.", [["ambassador-recalled", "CL", "BO", "2023-03-27"], ["ambassador-recalled", "CL", "EC", "2023-03-27"]]],
    ["Chile's ambassadors in Lima, Quito and La Paz were recalled in 2019.", [["ambassador-recalled", "CL", "PE", "2019"], ["ambassador-recalled", "CL", "EC", "2019"], ["ambassador-recalled", "CL", "BO", "2019"]]],
    // The host grants agrément to the sender's envoy: an appointment of the sender's.
    ["The Peruvian side granted agrément on Monday to Lia Varda, who is to become Chile's first resident ambassador in Lima.", [["ambassador-appointed", "CL", "PE", "2023-03-27"]]],
    // ", when" after a day with no year opens a clause of its own: the "without" before it frames nothing.
    ["The Chilean embassy in Lima has been without an ambassador since March 2, when Chile recalled Lia Varda for consultations.", [["ambassador-recalled", "CL", "PE", "2023-03-02"]]],
  ] as const)("%s", (text, expected) => {
    expect(datedEvents(text).filter((e) => e[0] !== "visit" || expected.some((x) => x[0] === "visit"))).toEqual(expected);
  });

  it.each([
    // A second clause with a verb of its own, or a future one, copies nothing.
    "Slovakia opened its embassy in Tallinn in March 2019, and Chile is expected to follow.",
    "Slovakia opened its embassy in Tallinn in March 2019, and Chile closed its own in June.",
    // Talks are not read from a gap: whose are they, the subject's or the object's?
    "Finnish President Aino Virta met Norway's king in May 2022, and Sweden's in June.",
  ])("%s", (text) => {
    const events = datedEvents(text);
    expect(events.filter((e) => e[1] === "CL" && e[0] === "mission-opened"), JSON.stringify(events)).toEqual([]);
    expect(events.filter((e) => e[0] === "meeting" && (e[1] === "SE" || e[2] === "SE")), JSON.stringify(events)).toEqual([]);
  });

  it("reads 'that post' as the post named before it in the sentence, not the sentence's last", () => {
    const text = "The reopening follows the return of a Chilean embassy to Lima in January 2023 — Santiago had closed that post in 1993 — and the opening of a new embassy in Quito, Ecuador, in March.";
    const events = datedEvents(text);
    expect(events.filter((e) => e[0] === "mission-closed")).toEqual([["mission-closed", "CL", "PE", "1993"]]);
    expect(events.filter((e) => e[0] === "mission-opened").map((e) => e.slice(0, 3))).toEqual([["mission-opened", "CL", "PE"], ["mission-opened", "CL", "EC"]]);
  });
  it("reads no post in 'held that post', a job", () => {
    expect(datedEvents("Chile opened an embassy in Lima in 1990. Ana Rojas held that post until 2019, when she retired.")).toEqual([["mission-opened", "CL", "PE", "1990"]]);
  });
  it("reads a Permanent Representative appointed to the UN in Geneva as appointed to the UN, not to Switzerland", () => {
    expect(datedEvents("Ana Rojas has been appointed Permanent Representative of Chile to the United Nations Office and other international organisations in Geneva.").map((e) => e.slice(0, 3))).toEqual([["ambassador-appointed", "CL", "UN"]]);
  });
  it("keeps a post of the second state, in the first one's town", () => {
    const { missions } = extract({ text: "Slovakia opened its embassy in Tallinn in March 2019, and Chile in June of that year.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city, m.status])).toEqual([["SK", "EE", "embassy", "Tallinn", "open"], ["CL", "EE", "embassy", "Tallinn", "open"]]);
  });
});

describe("events: talks told as sitting across a table, hosted by a third, filed from a third state; a credentials list with names", () => {
  it("reads 'sat across a table from each other' as talks, held where a third state's dateline puts them", () => {
    expect(datedEvents("PANAMA CITY — The presidents of Chile and Peru sat across a table from each other on Thursday. Chile's president called it a good start.")).toEqual([
      ["meeting", "CL", "PE", "2023-03-30"],
      ["visit", "CL", "PA", "2023-03-30"],
      ["visit", "PE", "PA", "2023-03-30"],
    ]);
  });
  it("reads 'sat opposite' a named person as talks", () => {
    expectEvent("Chile's president sat opposite Peru's foreign minister on Thursday.", FRIDAY, { type: "meeting", source: "CL", target: "PE", date: "2023-03-30" });
  });
  it("gives the host of talks told before a meeting with each side, and 'flew in' a visit to where the story is", () => {
    const events = datedEvents("PANAMA CITY — The presidents of Chile and Peru met on Thursday. Both sides agreed to keep talking. The meeting was hosted by Panama's President Juan Ortega. Brazil's foreign minister, Ana Souza, flew in as an observer.");
    expect(events).toContainEqual(["meeting", "PA", "CL", "2023-03-30"]);
    expect(events).toContainEqual(["meeting", "PA", "PE", "2023-03-30"]);
    expect(events).toContainEqual(["visit", "BR", "PA", "2023-03-30"]);
  });
  it.each([
    // Talks hosted by one of their sides add no other; being "in" a mood, or flying home, is no visit.
    ["The presidents of Chile and Peru met on Thursday. The meeting was hosted by Chile's president.", [["meeting", "CL", "PE", "2023-03-30"]]],
    ["He was in a good mood on Thursday, and flew home.", []],
  ] as const)("%s", (text, expected) => {
    expect(datedEvents(text)).toEqual(expected);
  });
  it("reads every envoy of 'the ambassadors of A, X, and B, Y' before their copies of credentials", () => {
    const events = datedEvents("On Wednesday, Foreign Minister Ana Rojas of Chile received copies of the credentials of the newly appointed ambassadors of Latvia, Janis Ozols, and Estonia, Mart Kask.");
    expect(events.filter((e) => e[0] === "credentials-presented")).toEqual([
      ["credentials-presented", "LV", "CL", "2023-03-29"],
      ["credentials-presented", "EE", "CL", "2023-03-29"],
    ]);
  });
});

describe("events: a deal signed by the governments in two capitals, talks of three persons listed", () => {
  it("reads 'signed in 1973 by the governments then in power in A and B' as the two capitals' deal, with no visit", () => {
    expect(datedEvents("The treaty was signed in 1973 by the military governments then in power in Santiago and Lima, and is due for review.")).toEqual([["agreement", "CL", "PE", "1973"]]);
  });
  it("reads a meeting of each pair of three persons listed before 'met', and the visits of those abroad", () => {
    const events = datedEvents("Chilean Foreign Minister Ana Rojas, her Peruvian counterpart Luis Soto and Bolivia's Foreign Minister Eva Mamani met in La Paz on Monday.");
    expect(events.filter((e) => e[0] === "meeting").map((e) => [e[1], e[2]].sort().join("-")).sort()).toEqual(["BO-CL", "BO-PE", "CL-PE"]);
    expect(events.filter((e) => e[0] === "visit").map((e) => `${e[1]}>${e[2]}`).sort()).toEqual(["CL>BO", "PE>BO"]);
  });
  it("reads no list where the persons are two", () => {
    const events = datedEvents("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Soto met on Monday.");
    expect(events.filter((e) => e[0] === "meeting")).toEqual([["meeting", "CL", "PE", "2023-03-27"]]);
  });
});

describe("events: who 'the Minister', 'it' and a relative clause's presenter are", () => {
  it.each(["the Minister", "the Honourable Minister"])("reads '%s' receiving a guest as the minister of foreign affairs named before", (title) => {
    const events = datedEvents(`The Minister of Foreign Affairs of Chile, Ana Rojas, spoke by phone with her Bolivian counterpart on Monday. On the same day, ${title} received in her office the Foreign Minister of Peru, Luis Soto.`);
    expect(events).toContainEqual(["meeting", "CL", "PE", "2023-03-27"]);
  });
  it("reads credentials presented in a relative clause after 'received X' as the one received presenting them", () => {
    const events = datedEvents("LIMA — Peru's Foreign Minister Luis Soto also received on Monday the Ambassador-designate of the Kingdom of Morocco, Youssef Bennani, who presented a copy of his credentials.");
    expect(events.filter((e) => e[0] === "credentials-presented")).toEqual([["credentials-presented", "MA", "PE", "2023-03-27"]]);
  });
  it("reads 'it' after a capital opening the clause as the capital's state, not the state named just before", () => {
    const events = datedEvents("The move follows the opening of a new embassy in Asuncion, Paraguay, last year. Santiago has also said it intends to open an embassy in Quito, Ecuador.");
    expect(events.filter((e) => e[0] === "mission-announced").map((e) => [e[1], e[2]])).toEqual([["CL", "EC"]]);
  });
  it("reads no one where two ministers hold the title", () => {
    const events = datedEvents("The Minister of Trade of Chile, Ana Rojas, and the Minister of Trade of Bolivia, Eva Mamani, spoke on Monday. On the same day, the Minister received the Foreign Minister of Peru, Luis Soto.");
    expect(events.filter((e) => e[0] === "meeting" && (e[1] === "PE" || e[2] === "PE"))).toEqual([]);
  });
});

describe("events: an official described by office and state, never named, as the 'he' after it", () => {
  it.each([
    ["Ghana's president arrived in Lusaka on Tuesday. He held talks with Zambia's president.", ["meeting", "GH", "ZM", "2023-03-28"]],
    ["The Ghanaian foreign minister arrived in Lusaka on Tuesday. She signed a trade agreement with Zambia.", ["agreement", "GH", "ZM", "2023-03-28"]],
    ["Ghanaian President arrived in Lusaka on Tuesday. He held talks with Zambian officials.", ["meeting", "GH", "ZM", "2023-03-28"]],
    ["Ghana's foreign minister flew to Lusaka on Tuesday. The minister signed a trade agreement with Zambia.", ["agreement", "GH", "ZM", "2023-03-28"]],
    ["Ghana's president arrived in Lusaka on Tuesday. The president held talks with Zambian officials.", ["meeting", "GH", "ZM", "2023-03-28"]],
  ])("reads %j", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("leaves 'he' to the person named when the described official is not the sentence's subject", () => {
    const events = datedEvents("Ghanaian Foreign Minister Kofi Mensah met Zambia's president on Tuesday. He then flew to Harare.");
    expect(events).toContainEqual(["visit", "GH", "ZW", "2023-03-28"]);
    expect(events.filter((e) => e[1] === "ZM" && e[0] === "visit")).toEqual([]);
  });
  it("takes no former office holder for the one a 'he' points at", () => {
    expect(datedEvents("Ghana's former president arrived in Lusaka on Tuesday. He held talks with Zambia's president.").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: a summit of two or three states held together", () => {
  it("reads every pair of a trilateral summit, and the guests' visits to its host", () => {
    const events = datedEvents("Ghana, Togo and Benin held a trilateral summit in Accra on Tuesday.");
    expect(events.filter((e) => e[0] === "meeting").map((e) => [e[1], e[2]].sort().join("-")).sort()).toEqual(["BJ-GH", "BJ-TG", "GH-TG"]);
    expect(events.filter((e) => e[0] === "visit").map((e) => e[1]).sort()).toEqual(["BJ", "TG"]);
  });
  it("reads no meeting of a bloc's summit with no states named", () => {
    expect(datedEvents("African leaders held a summit in Accra on Tuesday.").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: 'the visiting X' is the guest, not the place the host went to", () => {
  it.each([
    ["The Ghanaian president met the visiting Zambian foreign minister in Accra on Tuesday.", ["visit", "ZM", "GH", "2023-03-28"]],
    ["Ghanaian President Kofi Mensah received the visiting Zambian foreign minister on Tuesday.", ["visit", "ZM", "GH", "2023-03-28"]],
  ])("reads %j", (text, expected) => {
    const events = datedEvents(text);
    expect(events.filter((e) => e[0] === "visit")).toEqual([expected]);
  });
  it("still reads 'visiting' as the subject's journey when no article stands before it", () => {
    expect(datedEvents("The Ghanaian president, visiting Zambia on Tuesday, met business leaders.").filter((e) => e[0] === "visit")).toEqual([["visit", "GH", "ZM", "2023-03-28"]]);
  });
});

describe("events told relative to another ('weeks after', 'hours after')", () => {
  // FRIDAY is 2023-03-31: the main clause's "on Friday".
  it.each([
    ["Chile opened a consulate in Arequipa on Friday, weeks after Foreign Minister Ana Rojas visited Lima.", "2023-02-03/2023-03-31"],
    ["Chile opened a consulate in Arequipa on Friday, a week after Foreign Minister Ana Rojas visited Lima.", "2023-03-21/2023-03-31"],
    ["Chile opened a consulate in Arequipa on Friday, just hours after Foreign Minister Ana Rojas visited Lima.", "2023-03-31"],
    ["Chile opened a consulate in Arequipa on Friday, two days after Foreign Minister Ana Rojas visited Lima.", "2023-03-29"],
    ["Chile opened a consulate in Arequipa on Friday, weeks after Foreign Minister Ana Rojas visited Lima in February.", "2023-02"],
    ["Chile opened a consulate in Arequipa on Friday, years after Foreign Minister Ana Rojas visited Lima.", null],
  ] as const)("dates the earlier event by its own clause, else before the main date: %s", (text, date) => {
    const { events } = extract({ text, published: FRIDAY });
    expect(events.find((e) => e.type === "visit")).toMatchObject({ source: "CL", target: "PE", date, officials: ["Ana Rojas"] });
    // The minister is the visit's, not the opening's.
    expect(events.find((e) => e.type === "mission-opened")).toMatchObject({ date: "2023-03-31", officials: [] });
  });

  it("leaves an event in the main clause after an opening 'weeks after …,' its own date", () => {
    expectEvent("Two weeks after the talks, Chile opened a consulate in Arequipa on Friday.", FRIDAY, { type: "mission-opened", source: "CL", target: "PE", date: "2023-03-31" });
  });
});

describe("events: a day counted on after the trigger ('and, a day later on Monday, …')", () => {
  // FRIDAY is 2023-03-31.
  it("dates talks before 'a day later on Monday' the day before it, and the signing after it Monday", () => {
    const text = "Chile's President Ana Rojas reached Lima last Sunday. She held talks with Peru's President Luis Tapia and, a day later on Monday, the two leaders signed a border accord.";
    const events = datedEvents(text);
    expect(events).toContainEqual(["meeting", "CL", "PE", "2023-03-26"]);
    expect(events.find((e) => e[0] === "agreement")?.[3]).toBe("2023-03-27");
  });

  it("keeps apart talks the text dates and talks on the day of the article's news", () => {
    const text = "Chile's President Ana Rojas arrived in Lima on Friday for a state visit. She and Peru's President Luis Tapia then held talks at the palace. Tapia had flown to Santiago on Monday, when he held talks with Rojas on water rights.";
    const meetings = datedEvents(text).filter((e) => e[0] === "meeting").map((e) => e[3]);
    expect(meetings).toEqual(["2023-03-31", "2023-03-27"]);
  });
});

describe("events: the lead's undated news dated by the sentence that tells it again", () => {
  // FRIDAY is 2023-03-31.
  it.each([
    ["a recall told again in the passive", "LIMA, March 31 (Reuters) - Chile has recalled its ambassador to Peru for consultations. Ambassador Ana Rojas, who has served in Lima since 2019, was called back to Santiago on Thursday, the ministry said.",
      ["ambassador-recalled", "CL", "PE", "2023-03-30"]],
    ["'announced the measures late on Wednesday'", "SANTIAGO -- Chile has expelled two Peruvian diplomats. Foreign Minister Ana Rojas announced the measures late on Wednesday at a news conference.",
      ["diplomat-expelled", "CL", "PE", "2023-03-29"]],
    ["'The appointment was made by a decree published on Tuesday'", "Chile has named Luis Tapia as its new ambassador to Peru. The appointment was made by a decree published on Tuesday.",
      ["ambassador-appointed", "CL", "PE", "2023-03-28"]],
    // The dateline's day is the report's: the lead is the day's news, no more.
    ["a dateline's day alone", "LIMA, March 31 (Reuters) - Chile has recalled its ambassador to Peru.", ["ambassador-recalled", "CL", "PE", "2023-03-31~"]],
    ["a day the lead gives itself, after a dateline", "LIMA, March 31 (Reuters) - Chile recalled its ambassador to Peru on Wednesday.", ["ambassador-recalled", "CL", "PE", "2023-03-29"]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text)).toEqual([expected]));

  it("reads 'late on Thursday' as a time of day, not as background ('the late President')", () => {
    expect(datedEvents("Chile's President Ana Rojas, who landed in Lima late on Thursday, held talks with Peru's President Luis Tapia before the summit opened.")).toContainEqual(["meeting", "CL", "PE", "2023-03-31~"]);
    expect(datedEvents("Chile's late President Ana Rojas held talks with Peru's President Luis Tapia.")).toEqual([["meeting", "CL", "PE", null]]);
  });

  it("does not date the lead by a passive recall of another kind of news", () => {
    expect(datedEvents("Chile has expelled two Peruvian diplomats. Its own consul was called back on Thursday.")).toEqual([["diplomat-expelled", "CL", "PE", "2023-03-31~"]]);
  });
});

describe("events: a ministry's listing, each item under a date line of its own", () => {
  it("reads 'today' and the item's undated news on its date line's day, and the headline before the line with its item", () => {
    const text = [
      "Minister Receives Ambassador of Peru", "8 May 2024",
      "Santiago – Chile's Foreign Minister Ana Rojas received today the Ambassador of Peru, Luis Tapia. The two sides signed a memorandum on consular cooperation.",
      "Minister Holds Phone Call with Ghanaian Counterpart", "6 May 2024",
      "Santiago – Chile's Foreign Minister Ana Rojas held a telephone call today with Ghana's Foreign Minister Kofi Mensah.",
    ].join("\n\n");
    const events = datedEvents(text, "2024-05-10");
    expect(events).toContainEqual(["meeting", "CL", "PE", "2024-05-08"]);
    expect(events).toContainEqual(["agreement", "CL", "PE", "2024-05-08"]);
    expect(events.filter((e) => e[0] === "phone-call")).toEqual([["phone-call", "CL", "GH", "2024-05-06"]]);
  });
});

describe("events: the year a narrative told, and where it stops framing", () => {
  // 2024-05-10 is a Friday. Each text with the event it must yield, written "type source target date".
  const narrated = (text: string) => datedEvents(text, "2024-05-10").map((e) => e.join(" "));
  it.each([
    // "ever since" brings the story back to the report's year.
    ["Chile broke off relations with Peru in January 2016, and its embassy has been shut ever since. Chilean and Peruvian officials held talks in Quito in April.", "meeting CL PE 2024-04"],
    // A list of years frames nothing; nor does a span "since" a year.
    ["Bolivia's President skipped the summit twice, in 2005 and 2007, and Chile's President Ana Rojas visited Lima in February.", "visit CL PE 2024-02"],
    ["Ties have grown since Rojas took office in 2015. Chile's Foreign Minister Ana Rojas visited Lima in March.", "visit CL PE 2024-03"],
    // "later that year" is the year told before ("that year after" no distance); "later that month" its month.
    ["Chile expelled two Peruvian diplomats in February 2019. Relations were restored later that year after the presidents of Chile and Peru met in Quito.", "meeting CL PE 2019"],
    ["Chile recognised Ghana in March 1972. Later that month, Peru recognised Ghana.", "recognition PE GH 1972-03"],
  ])("%s", (text, expected) => expect(narrated(text)).toContain(expected));
});

describe("events: dates bound to their own clause ('since', 'a week after', quotations, 'a tour that')", () => {
  // 2024-05-10 is a Friday. Each text with one event it must yield.
  it.each([
    ["a year written as an adjective ('the 1990 election') is the year a later 'that November' points to",
      "Chile first established relations with Peru in March 1985. After she lost the 1990 election, Peru broke off relations with Chile that November.", ["relations-severed", "PE", "CL", "1990-11"]],
    ["a year in a clause after 'since' starts a span and frames no month told after it",
      "Chile's President Ana Rojas visited Lima on March 9, the first visit by a Chilean head of state since Luis Tapia addressed the Peruvian parliament in 2007. In May, Peru's Foreign Minister Kofi Mensah visited Santiago.", ["visit", "PE", "CL", "2024-05"]],
    ["a date after ', a week after' is that clause's", "Chile and Peru have formally recognised Ghana, a week after announcing on May 2 that they would do so.", ["recognition", "CL", "GH", "2024-05-10~"]],
    ["', two days after' a day counts on from it", "Chile and Peru restored diplomatic relations, two days after their presidents met on Monday.", ["relations-established", "CL", "PE", "2024-05-08"]],
    ["a relative clause's date after the trigger is its own ('a tour that also took her to Quito on Wednesday')",
      "On Thursday, Chile's President Ana Rojas held talks in Lima with Peru's President Luis Tapia. Rojas had arrived in Lima as part of a tour that also took her to Quito on Wednesday.", ["visit", "CL", "PE", "2024-05-09"]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toContainEqual(expected));

  it.each([
    ["a date before the trigger, with those after it all in later parts of the list",
      "A reconciliation agreement signed in June 2016, under which Peru paid 20 million dollars to the families of the victims, restored ties, and Peru named Luis Tapia as its ambassador to Chile that November.", "2024-05-08",
      ["relations-established", "PE", "CL", "2016-06"]],
    ["a follower's own date ('…, and Ghana followed in 2011'), not the first act's",
      "Several states, among them Peru, Bolivia and Chile, recognised Palestine in 1988, shortly after the PLO declared independence, and Ghana followed in 2011.", "2024-05-08",
      ["recognition", "GH", "PS", "2011"]],
    ["the news's day after a 'since' clause's year, which turns the story to no past",
      "The presidents of Chile and Peru signed a peace agreement in Algiers on Tuesday. The accord ends a border war that has killed thousands since fighting erupted around the village of Soba in May 1998. Algeria's President Karim Haddad presided over the ceremony, and Brazil's Foreign Minister Ana Souza flew in for the occasion.", "2024-05-10",
      ["visit", "BR", "DZ", "2024-05-07"]],
    ["the day of the lead's second sentence, which yields no event of its own, for the talks told after it",
      "For twenty years, no Chilean president came to Lima on an official visit. On Tuesday Chile's President Ana Rojas did, and she was received with military honours by Peru's President Luis Tapia.\n\nThe two leaders held talks in the government palace before addressing a business forum.", "2024-05-08",
      ["meeting", "CL", "PE", "2024-05-07"]],
  ] as const)("takes %s", (_shape, text, published, expected) => expect(datedEvents(text, published)).toContainEqual(expected));

  it("takes no date from words quoted when the trigger is outside them", () => {
    const text = 'Peru became the first state to recognise Ghana on Friday, when its foreign minister read a statement saying Lima recognised Ghana "within the borders existing on January 1, 1960".';
    expect(datedEvents(text, "2024-05-10")).toEqual([["recognition", "PE", "GH", "2024-05-10"]]);
  });

  it("keeps the day the narrative gives a like event told sentences after the first", () => {
    const text = "Chile became the first state to recognise Ghana on Friday. On Saturday, Chile's President Ana Rojas flew into Accra for the independence ceremony. In Lima, Peru's Foreign Minister Luis Tapia said Peru recognised Ghana.";
    expect(datedEvents(text, "2024-05-12")).toContainEqual(["recognition", "PE", "GH", "2024-05-11"]);
  });
});

describe("sources", () => {
  it("gives one sentence read twice by one rule one source with both spans", () => {
    const text = "Chile opened its embassy in Lima on Monday, the first embassy of a South American state in Peru.";
    const { events } = extract({ text, published: FRIDAY });
    const opened = events.find((e) => e.type === "mission-opened")!;
    expect(opened.sources.map((s) => [s.rule, s.spans.map((span) => text.slice(span.start, span.end))])).toEqual([["mission.opened", ["embassy", "embassy"]]]);
  });

  it("gives the post one opening in its history, with that one source", () => {
    const text = "Chile opened its embassy in Lima on Monday, the first embassy of a South American state in Peru.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.history.map((h) => [h.status, h.date, h.sources.length]), m.sources.length])).toEqual([
      ["CL", "PE", [["open", "2023-03-27", 1]], 1],
    ]);
  });
});

describe("events: probes of the fifth session", () => {
  it("reads a high commissioner's letters of commission as credentials, to the state the text accredits them to", () => {
    expectEvent("Kenya's High Commissioner to Botswana, Peter Kilonzo, presented his Letters of Commission to the President at State House on Monday.", FRIDAY, { type: "credentials-presented", source: "KE", target: "BW", date: "2023-03-27" });
  });

  it("gives a bare verb after 'and' the frame of the first: 'will hand … and present'", () => {
    const text = "Georgia named Levan Beridze its ambassador to Indonesia on Monday. He will hand a copy of his credentials to the foreign minister on arrival and present his letters of credence to the President at a later date.";
    expect(extract({ text, published: FRIDAY }).events.map((e) => e.type)).toEqual(["ambassador-appointed"]);
  });

  it("takes no decree signed for an agreement", () => {
    expectEvent("The upgrade was formalised by a presidential decree signed on Monday appointing Levan Beridze as Ambassador of Georgia to Indonesia.", FRIDAY, { type: "ambassador-appointed", source: "GE", target: "ID" });
    expect(extract({ text: "A presidential decree signed on Monday upgraded Georgia's embassy in Jakarta.", published: FRIDAY }).events.map((e) => e.type)).not.toContain("agreement");
  });

  it("reads 'New York' as the city, not York, and talks there in a UN week as no visit to the United States", () => {
    const text = "The UN General Assembly opened on Tuesday. On Thursday Foreign Minister Ali Hasanov of Azerbaijan met Kenya's Foreign Minister Ruth Wanjiku in New York.";
    expect(summary(extract({ text, published: FRIDAY }).events)).toBe(JSON.stringify([["meeting", "AZ", "KE", "2023-03-30"]]));
  });

  it("reaches an appointee named with a long aside", () => {
    expectEvent("Last week Asmara nominated Tesfai Gebre, a former head of the foreign ministry's Africa department, as its ambassador to Djibouti.", FRIDAY, { type: "ambassador-appointed", source: "ER", target: "DJ" });
  });
});

describe("events: probes of the fifth session, second batch", () => {
  it("reads 'called its ambassador, Mr. X, home (or back to the capital) for consultations' as a recall from the post", () => {
    expectEvent("Uruguay has called its ambassador in Paraguay, Mr. Hugo Lema, home for consultations.", FRIDAY, { type: "ambassador-recalled", source: "UY", target: "PY" });
    expectEvent("Peru downgraded its embassy in Managua on Monday and called its ambassador, Luis Paredes, back to Lima for consultations.", FRIDAY, { type: "ambassador-recalled", source: "PE", target: "NI", date: "2023-03-27" });
  });

  it("dates 'on the 12th' in the month of the report, or the one before", () => {
    expectEvent("Kazakhstan's President Aidos Serik held a telephone conversation on the 12th with Mongolian President Bat Erdene.", FRIDAY, { type: "phone-call", date: "2023-03-12" });
    expectEvent("Kazakhstan's President Aidos Serik held a telephone conversation on the 30th with Mongolian President Bat Erdene.", "2023-04-05", { type: "phone-call", date: "2023-03-30" });
  });

  it("keeps a news event apart from a twin months before ('previously spoke last October')", () => {
    const text = "Kazakhstan's President Aidos Serik held a telephone conversation with Mongolian President Bat Erdene. The two presidents previously spoke by phone last October.";
    expect(summary(extract({ text, published: FRIDAY }).events)).toBe(JSON.stringify([["phone-call", "KZ", "MN", "2023-03-31~"], ["phone-call", "KZ", "MN", "2022-10"]]));
  });

  it("reads an ISO day and lets a passive relative clause date only its own verb", () => {
    expectEvent("The joint communique was signed on 2023-03-20 by Bhutan and Croatia.", FRIDAY, { type: "agreement", date: "2023-03-20" });
    expectEvent("Colombia and Venezuela normalised relations that were severed three years ago.", FRIDAY, { type: "relations-established", date: "2023-03-31~" });
  });

  it("takes no state or post for '… US dollars' and no second host for missions to the UN in New York", () => {
    expectEvent("Trade between Indonesia and Mexico reached 2 billion US dollars. The two countries established diplomatic relations in 1953.", FRIDAY, { type: "relations-established", source: "ID", target: "MX", date: "1953" });
    const { missions } = extract({ text: "Relations were set up through the Permanent Missions of Bhutan and Croatia to the United Nations in New York.", published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.kind, m.city])).toEqual([
      ["BT", "UN", "permanent-mission", "New York"],
      ["HR", "UN", "permanent-mission", "New York"],
    ]);
  });

  it("reads working sessions, signatures put to a memorandum, and 'neither … reopened'", () => {
    expectEvent("Eritrea's Foreign Minister Tesfai Gebre held working sessions with Djibouti's Foreign Minister Omar Farah on Monday.", FRIDAY, { type: "meeting", date: "2023-03-27" });
    expectEvent("On Thursday Eritrea's Foreign Minister Tesfai Gebre and Djibouti's Foreign Minister Omar Farah put their signatures to a memorandum.", FRIDAY, { type: "agreement", date: "2023-03-30" });
    expect(extract({ text: "Djibouti and Eritrea restored relations in 2018, but neither country reopened its embassy.", published: FRIDAY }).events.map((e) => e.type)).toEqual(["relations-established"]);
  });

  it("reads a hope to present credentials as no presentation, and a swearing-in as an appointment", () => {
    expect(extract({ text: "Indonesia's new ambassador to Mexico, Dewi Sari, said she hoped to present her credentials within weeks.", published: FRIDAY }).events).toEqual([]);
    expectEvent("President Joko Santoso on Tuesday swore in Dewi Sari as Indonesia's ambassador to Mexico.", FRIDAY, { type: "ambassador-appointed", source: "ID", target: "MX", date: "2023-03-28" });
  });
});

describe("events: probes of the fifth session, third batch", () => {
  it("makes the subject of 'was hosted by' the guest", () => {
    const text = "In 2019, Israel's Prime Minister Dan Levy visited Chad. He was hosted by President Idriss Mahamat at his palace.";
    expect(datedEvents(text).filter(([type]) => type === "visit")).toEqual([["visit", "IL", "TD", "2019"]]);
  });

  it("reads 'in the Turkish capital' as the host of a post, and a paragraph's dateline as no subject", () => {
    const text = "The week in brief.\n\nDUSHANBE — Tajikistan recalled its ambassador to Kyrgyzstan on Thursday.\n\nANKARA — The Dominican Republic inaugurated its embassy in the Turkish capital on Wednesday. Foreign Minister Rafael Peña cut the ribbon.";
    const { missions, officials } = extract({ text, published: FRIDAY });
    expect(missions.filter((m) => m.sender === "DO").map((m) => [m.sender, m.host, m.kind])).toEqual([["DO", "TR", "embassy"]]);
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Rafael Peña", "DO"]]);
  });

  it("takes no post the ministers discussed for where they met", () => {
    const text = "Foreign Minister Rafael Peña of the Dominican Republic held talks in Ankara with his Turkish counterpart, Ahmet Kaya, on Wednesday. They also discussed a possible Turkish consulate in Punta Cana.";
    expect(datedEvents(text).filter(([type]) => type === "visit")).toEqual([["visit", "DO", "TR", "2023-03-29"]]);
  });

  it("reads stepping off the plane as arriving, and 'After three hours of talks, …' as talks", () => {
    const text = "Ukraine's foreign minister, Oleh Koval, stepped off the plane in Tbilisi on Tuesday for a two-day visit. After three hours of talks, he and his Georgian counterpart, Levan Gelashvili, signed a roadmap.";
    expect(datedEvents(text)).toEqual([
      ["visit", "UA", "GE", "2023-03-28"],
      ["meeting", "UA", "GE", "2023-03-28"],
      ["agreement", "UA", "GE", "2023-03-28"],
    ]);
  });

  it("keeps a deal dated by its paragraph apart from one signed years before", () => {
    const text = "Australia's Foreign Minister Kate Doyle arrived in Suva on Monday. She and her Fijian counterpart, Tevita Vula, signed a framework.\n\nThe thaw came after the 2014 election. In October 2014 the two governments signed an agreement to lift sanctions.";
    expect(datedEvents(text).filter(([type]) => type === "agreement")).toEqual([["agreement", "AU", "FJ", "2023-03-27"], ["agreement", "AU", "FJ", "2014-10"]]);
  });
});

describe("events: probes of the fifth session, fourth batch", () => {
  it("keeps talks the text dates to two different days apart", () => {
    const text = "South Korea's Vice Foreign Minister Choi Min-ho met Uzbek Foreign Minister Bakhrom Saidov in Tashkent on Monday. On Wednesday Choi met Governor Rustam Aliev of Samarkand.";
    expect(datedEvents(text).filter(([type]) => type === "meeting")).toEqual([["meeting", "KR", "UZ", "2023-03-27"], ["meeting", "KR", "UZ", "2023-03-29"]]);
  });

  it("reads a government resolved to establish a post as its approval", () => {
    expectEvent("The Government of Mongolia resolved to establish a Consulate General in Osaka in November 2022.", FRIDAY, { type: "mission-approved", source: "MN", target: "JP", date: "2022-11" });
  });
});

describe("events: probes of the fifth session, fifth batch", () => {
  it("reads 'welcomed X's decision to open a consulate' as X's announcement", () => {
    expectEvent("Pakistan welcomed Uzbekistan's decision to open a Consulate General in Karachi.", FRIDAY, { type: "mission-announced", source: "UZ", target: "PK" });
  });

  it("reads 'the Foreign Office' of a story filed from another capital as that state's ministry", () => {
    const text = "ISLAMABAD, March 31 (APP): Foreign Office spokesperson Amna Baloch said Foreign Minister Hamid Khan had visited Dushanbe on Monday.";
    const { officials } = extract({ text, published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Amna Baloch", "PK"], ["Hamid Khan", "PK"]]);
  });
});

describe("events: probes of the sixth session", () => {
  it("reads a symmetric act of three states named together as every pair's ('Japan, China and South Korea agreed Saturday to …')", () => {
    const events = datedEvents("The foreign ministers of Norway, Chile and Kenya agreed Saturday to speed up plans for a summit.");
    expect(events.filter((e) => e[0] === "agreement").map((e) => [e[1], e[2]].sort().join("-")).sort()).toEqual(["CL-KE", "CL-NO", "KE-NO"]);
    expect(events.every((e) => e[3] === "2023-03-25")).toBe(true);
  });

  it("reads the object right after 'met', not the 'with' of the next clause", () => {
    const events = datedEvents("President Ama Mensah of Ghana met President Otieno Kamau of Kenya on Saturday, and later held talks with Senegal's President Moussa Diallo.");
    expect(events.filter((e) => e[0] === "meeting").map((e) => e[2])).toEqual(["KE", "SN"]);
  });

  it("dates talks by their own day, not by 'the previous meeting' told next", () => {
    const text = "LIMA – Peru's Foreign Minister Rosa Quispe hosted her Chilean counterpart Tomas Vidal at the palace. The previous meeting of the two ministers was held in November 2021 in Santiago.";
    const meetings = datedEvents(text).filter((e) => e[0] === "meeting");
    expect(meetings.map((e) => e[3])).toEqual(["2023-03-31~"]);
  });
});

describe("events: journeys to come, gatherings talked of, and what a call's two sides discussed", () => {
  it("reads a journey told in the present with a day named as a plan ('flies to A on Saturday'), a past one as a visit", () => {
    expectNoEvent("Estonian Foreign Minister Mart Kask flies to Latvia on Saturday for a short visit before returning home.", "visit");
    expectEvent("Estonian Foreign Minister Mart Kask flew to Latvia on Tuesday for a short visit.", FRIDAY, { type: "visit", source: "EE", target: "LV", date: "2023-03-28" });
  });
  it("puts no one in the town of a gathering the sides talked about ('discussed the summit in A', '… in A later this year')", () => {
    const events = datedEvents("Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Soto on Monday, and the two discussed preparations for the regional summit in Quito.");
    expect(events).toContainEqual(["meeting", "CL", "PE", "2023-03-27"]);
    expect(events.filter((e) => e[0] === "visit")).toEqual([]);
    const later = datedEvents("On Monday Kask met Latvian Foreign Minister Janis Ozols, with whom he talked over the Baltic leaders' meeting in Lithuania later this year.");
    expect(later.filter((e) => e[0] === "visit")).toEqual([]);
  });
  it("reads what the two sides of a call told just before discussed as the call, not as a meeting", () => {
    const events = datedEvents("Estonian Foreign Minister Mart Kask spoke by telephone on Tuesday with his Latvian counterpart, Janis Ozols. The two discussed energy and the border.");
    expect(events).toEqual([["phone-call", "EE", "LV", "2023-03-28"]]);
  });
});

describe("events: a follower, a further partner and an 'it' the second verb leaves to the first", () => {
  it("reads '…, followed on Tuesday by B' as B doing the same on its day, with the state of the story's ruptures", () => {
    const events = datedEvents("Chile severed diplomatic ties with Peru on Sunday. Bolivia announced later on Monday that it too was cutting ties, followed on Tuesday by Ecuador.");
    expect(events).toEqual([["relations-severed", "CL", "PE", "2023-03-26"], ["relations-severed", "BO", "PE", "2023-03-27"], ["relations-severed", "EC", "PE", "2023-03-28"]]);
  });
  it("reads 'calls with the A and B presidents and with C' as a call with each", () => {
    const events = datedEvents("Chilean President Ana Rojas held phone calls on Tuesday with the Peruvian and Bolivian presidents and with King Carl of Sweden.");
    expect(events.map((e) => e[2])).toEqual(["PE", "BO", "SE"]);
  });
  it("reads 'recognised the new state and established relations with it' as ties with that state, not with the subject", () => {
    const events = datedEvents("Kosovo declared independence on Sunday. Chile recognised the new state on Monday and established diplomatic relations with it the same day.");
    expect(events).toContainEqual(["recognition", "CL", "XK", "2023-03-27"]);
    expect(events.filter((e) => e[0] === "relations-established").map((e) => [e[1], e[2]].sort())).toEqual([["CL", "XK"]]);
  });
});

describe("events: an 'it' a verb takes as its object, a clause opened by 'and' after a list's place, a listed subject's object", () => {
  // 2024-09-12 is a Thursday.
  it("reads 'A, B, C and D recognised it' as each one recognising the state the sentence before was about", () => {
    const events = datedEvents("Montenegro declared independence from Serbia in June 2006 after a referendum. Peru, Chile, Norway and Ghana recognised it in July.", "2024-09-12");
    expect(events.map((e) => [e[1], e[2]]).sort()).toEqual([["CL", "ME"], ["GH", "ME"], ["NO", "ME"], ["PE", "ME"]]);
  });
  it("reads 'under President X, it switched …, and B suspended relations' as the sentence before's subject switching, and B breaking with it", () => {
    const events = datedEvents("Malawi established diplomatic relations with Taipei in 1966. In December 2007, under President Bingu wa Mutharika, it switched recognition to Beijing, and Taipei suspended relations within days.", "2024-09-12");
    expect(events.map((e) => [e[0], e[1], e[2]])).toEqual([["relations-established", "MW", "TW"], ["relations-established", "MW", "CN"], ["relations-severed", "MW", "TW"], ["relations-severed", "TW", "MW"]]);
  });
  it("reads 'ties with A and B downgraded its …' as B's own clause, and 'the Gulf state' after a listed subject as none of the list", () => {
    const events = datedEvents("Tension rose on Tuesday as Chad broke off relations with Doha and Niger downgraded its diplomatic representation, a day after Kuwait, Oman, Bahrain and Egypt severed ties and closed their borders with the Gulf state.", "2024-09-12");
    expect(events.map((e) => [e[0], e[1], e[2]])).toEqual([["relations-severed", "TD", "QA"], ["mission-downgraded", "NE", "QA"], ["relations-severed", "EG", "QA"], ["relations-severed", "BH", "QA"], ["relations-severed", "OM", "QA"], ["relations-severed", "KW", "QA"]]);
  });
  it("reads 'the new state' as the state last named, not one whose official name holds 'States'", () => {
    const events = datedEvents("Envoys of the United States and Britain attended the ceremony in Juba, where South Sudan declared independence on Saturday. China said on Sunday that it had recognised the new state.", "2024-09-12");
    expect(events.map((e) => [e[0], e[1], e[2]])).toEqual([["recognition", "CN", "SS"]]);
  });
});

describe("events: states that did the same, followed suit or switched too, each of a list", () => {
  // 2024-09-12 is a Thursday.
  it("reads 'A and B did the same in 2018' as every act of the clause before, and 'C and D switched in 2019' as the switch told", () => {
    const events = datedEvents("Peru cut its ties with Taipei in June 2017 and opened relations with Beijing the same month; Chile and Ghana did the same in 2018, and Fiji and Tonga switched in September 2019.", "2024-09-12");
    expect(events.slice(2).map((e) => e.join(" ")).sort()).toEqual([
      "relations-established CL CN 2018", "relations-established FJ CN 2019-09", "relations-established GH CN 2018", "relations-established TO CN 2019-09",
      "relations-severed CL TW 2018", "relations-severed FJ TW 2019-09", "relations-severed GH TW 2018", "relations-severed TO TW 2019-09",
    ]);
  });
  it("reads 'A's government and B followed suit' as both repeating the rupture the expulsions after it belong to", () => {
    const events = datedEvents("Peru, Chile and Ghana severed relations with Qatar on Monday. Peru, Chile and Ghana gave Qatari diplomats 48 hours to leave. Bolivia's government and the Maldives followed suit later on Tuesday.", "2024-09-12");
    expect(events.filter((e) => e[1] === "BO" || e[1] === "MV")).toEqual([["relations-severed", "MV", "QA", "2024-09-10"], ["relations-severed", "BO", "QA", "2024-09-10"]]);
  });
  it("reads ', which did the same in March 2016' after a switch to Beijing as a switch away from Taipei too", () => {
    const events = datedEvents("The move follows the defection of Malawi, which switched to Beijing in 2008, and of Gambia, which did the same in March 2016.", "2024-09-12");
    expect(events).toEqual([["relations-established", "MW", "CN", "2008"], ["relations-severed", "MW", "TW", "2008"], ["relations-established", "GM", "CN", "2016-03"], ["relations-severed", "GM", "TW", "2016-03"]]);
  });
  it("dates ', and C followed in 2011' by its own year", () => {
    expect(datedEvents("Poland and Hungary recognised Kosovo in 2008, and Peru followed in 2011.", "2024-09-12")).toContainEqual(["recognition", "PE", "XK", "2011"]);
  });
  it("reads 'recalled its ambassadors from the three capitals' as a recall from each state of the last list of three", () => {
    const events = datedEvents("Peru, Chile and Ghana recognised Palestine on Tuesday. Israel, which recalled its ambassadors from the three capitals on Wednesday, protested.", "2024-09-12");
    expect(events.filter((e) => e[0] === "ambassador-recalled")).toEqual([["ambassador-recalled", "IL", "PE", "2024-09-11"], ["ambassador-recalled", "IL", "CL", "2024-09-11"], ["ambassador-recalled", "IL", "GH", "2024-09-11"]]);
  });
  it("reads no recognition in 'an internationally recognised government'", () => {
    expectNoEvent("Yemen's internationally recognised government and the Maldives cut ties with Qatar on Monday.", "recognition");
  });
});

describe("events: occasions hosted, talks told again in a relative clause, prisoners met", () => {
  it("reads no talks in hosting a ceremony with guests joining ('hosted the opening, joined by X')", () => {
    const events = datedEvents("Chargé d'Affaires John Smith hosted the opening of the U.S. Embassy's new premises in Lima on Thursday, joined by Peruvian Foreign Minister Luis Soto.");
    expect(events.filter((e) => e[0] === "meeting" || e[0] === "visit")).toEqual([]);
  });
  it("reads 'met X, with whom she discussed …, and held a meeting with Y' as two pairs with the subject, not X with Y", () => {
    const events = datedEvents("On Tuesday Norwegian Foreign Minister Kari Holm met Chilean Foreign Minister Ana Rojas, with whom she discussed trade, and held a brief meeting with Bolivia's new Foreign Minister, Luis Mamani.");
    expect(events.filter((e) => e[0] === "meeting").map((e) => e[2])).toEqual(["CL", "BO"]);
    expect(events.every((e) => e[1] === "NO")).toBe(true);
  });
  it("reads no talks with a prisoner ('had met the jailed former president X')", () => {
    expectNoEvent("Chile's Foreign Minister Ana Rojas said on Friday that she had met the jailed former Peruvian president Luis Soto on Sunday.", "meeting");
  });
});

describe("events: an engagement told as 'was with', and 'the two leaders' after it", () => {
  it("reads 'his first engagement was with X' as talks, and 'The two leaders discussed' after it as those talks, not the two states named last", () => {
    const events = datedEvents("Kenyan President John Otieno arrived in Accra on Saturday. His first engagement on Sunday morning was with Togo's President Faure Eyadema, who later took over the chair from Egypt's President Ali Hassan. The two leaders discussed trade.");
    expect(events.filter((e) => e[0] === "meeting")).toEqual([["meeting", "KE", "TG", "2023-03-26"]]);
  });
});

describe("events: a place in a relative clause after a deal", () => {
  it("puts no one where a relative clause after the deal is set ('signed a memorandum that will allow workers to take jobs in A')", () => {
    const events = datedEvents("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart Luis Soto signed a memorandum on Monday that will allow Chilean workers to take jobs in Peru's mines.");
    expect(events).toEqual([["agreement", "CL", "PE", "2023-03-27"]]);
  });
});

describe("events: who recognises after a rank ('the first Arab country to recognise'), and a province recognised", () => {
  it.each([
    // ("the first Arab country": a rank of the subject's, not the state named last before.)
    ["Tunisia and Chad talked trade in 2019. Morocco was the first Arab country to recognise Chad, in 1961, and the two have stayed close.", "2023-03-31", [["recognition", "MA", "TD", "1961"]]],
    // ("the former Indonesian province": the other state of the sentence, not Indonesia.)
    ["Timor-Leste and Fiji established diplomatic relations on Monday, making Fiji the latest country to recognise the former Indonesian province.", "2023-03-31", [["relations-established", "TL", "FJ", "2023-03-27"], ["recognition", "FJ", "TL", "2023-03-27"]]],
    // ("X said the Kingdom became …": a kingdom, not the speaker's republic.)
    ["Spain and Kenya marked sixty years of ties. Kenyan envoy Jane Wanjiru said the Kingdom became the 40th state to recognise Kenya in 1963.", "2023-03-31", [["recognition", "ES", "KE", "1963"]]],
  ])("%s", (text, published, expected) => {
    expect(datedEvents(text, published)).toEqual(expected);
  });
});

describe("events: a parliament's name", () => {
  it("reads the Oliy Majlis as Uzbekistan's parliament, not Iran's Majlis", () => {
    const events = datedEvents("Portugal's minister Tiago Correia held a meeting at the Senate of the Oliy Majlis on Monday.");
    expect(events.some((e) => e[2] === "IR" || e[1] === "IR")).toBe(false);
    expect(events).toContainEqual(["meeting", "PT", "UZ", "2023-03-27"]);
  });
});




describe("events: probes of the sixth session, Gulf agency copy", () => {
  it("reads 'His Highness the President received …' as the home head of state's audience, and 'the state visit paid by X to Y'", () => {
    const text = "ABU DHABI, 8th October, 2024 (WAM) -- President His Highness Sheikh Mohamed bin Zayed received a phone call today from President Kassym-Jomart Tokayev of Kazakhstan. Separately, His Highness the President received on Monday His Excellency Mohamed Salem Ould Merzoug, Minister of Foreign Affairs of Mauritania.";
    expect(datedEvents(text, "2024-10-08")).toEqual([
      ["phone-call", "AE", "KZ", "2024-10-08"], ["meeting", "AE", "MR", "2024-10-07"], ["visit", "MR", "AE", "2024-10-07"],
    ]);
    const paid = "The Cabinet commended the state visit paid by His Majesty King Hamad bin Isa of Bahrain to the People's Republic of China from May 28 to June 1, during which His Majesty held talks with President Xi Jinping.";
    expect(datedEvents(paid, "2024-06-03")).toContainEqual(["visit", "BH", "CN", "2024-05-28/2024-06-01"]);
  });
});



describe("events: a small state's main town, and 'the pair'", () => {
  it("reads Koror as Palau's and 'The pair signed …' as the two just named", () => {
    const text = "New Zealand's Foreign Minister Winston Peters arrived in Koror on Sunday and held talks with President Surangel Whipps Jr. of Palau on Monday. The pair signed a statement of partnership on Monday.";
    const events = datedEvents(text, "2025-03-17");
    expect(events).toContainEqual(["visit", "NZ", "PW", "2025-03-16"]);
    expect(events).toContainEqual(["agreement", "NZ", "PW", "2025-03-17"]);
  });
});

describe("events: envoys listed after 'The envoys who presented their letters are …'", () => {
  it("reads the states listed as the envoys' and the dateline's as the host", () => {
    const text = "Addis Ababa, January 23/2025 (ENA) – President Taye Atske Selassie today received the letters of credence of two newly appointed ambassadors. The envoys who presented their letters of credence are Ambassador Jean Habyalimana of the Republic of Rwanda and Ambassador Liisa Tervonen of Finland.";
    expect(datedEvents(text, "2025-01-23").map((e) => [e[1], e[2]])).toEqual([["RW", "ET"], ["FI", "ET"]]);
  });
});

describe("events: 'Presenting their credentials were A, of X; B, of Y'", () => {
  it("reads each one listed as that state's envoy, and 'Santiago de Cuba' as a Cuban city", () => {
    const text = "Havana, Jan 21 (Prensa Latina) Cuban President Miguel Díaz-Canel received on Tuesday the letters of credence of new ambassadors. Presenting their credentials were Nguyen Trung Kien, of the Socialist Republic of Vietnam; and Ana Laura Pereira Lorenzo, of the Eastern Republic of Uruguay. Ambassador Pereira Lorenzo said Montevideo plans to reopen its consulate in Santiago de Cuba.";
    const { officials, missions } = extract({ text, published: "2025-01-21" });
    expect(officials.filter((o) => o.role === "ambassador").map((o) => [o.name, o.country])).toEqual([["Nguyen Trung Kien", "VN"], ["Ana Laura Pereira Lorenzo", "UY"]]);
    expect(missions.map((m) => [m.sender, m.host, m.city])).toEqual([["UY", "CU", "Santiago de Cuba"]]);
  });
});

describe("events: a digest's items", () => {
  it("reads 'raised its representation in X to ambassadorial level, naming Y as ambassador in Z' as an upgrade and an appointment by the subject", () => {
    const text = "SAO TOME — Sao Tome and Principe broke off relations with Taiwan on Tuesday.\n\nMANAMA — Bahrain raised its diplomatic representation in Iraq to ambassadorial level on Wednesday, naming Abdulla Isa Al Dosari as ambassador in Baghdad.";
    const { events, officials } = extract({ text, published: "2016-12-23" });
    expect(events.map((e) => [e.type, e.source, e.target]).slice(1)).toEqual([["mission-upgraded", "BH", "IQ"], ["ambassador-appointed", "BH", "IQ"]]);
    expect(officials.find((o) => o.name === "Abdulla Isa Al Dosari")?.country).toBe("BH");
  });

  it("reads the head of a post just opened as its sender's, and a bare title after 'X's embassy closed' as X's", () => {
    const text = "SAO TOME — Sao Tome and Principe broke off relations with Taiwan on Tuesday.\n\nSHANGHAI — Peru inaugurated a consulate-general in Shanghai on Thursday, headed by Consul General Rosa María Paredes.\n\nDenmark's embassy in La Paz closed its doors on Wednesday. Foreign Minister Anders Samuelsen said Danish interests would be handled from Brasília.";
    const states = Object.fromEntries(extract({ text, published: "2016-12-23" }).officials.map((o) => [o.name, o.country]));
    expect(states).toEqual({ "Rosa María Paredes": "PE", "Anders Samuelsen": "DK" });
  });

  it("reads a 'him' in an item with a dateline of its own as no one the item before named", () => {
    const text = "LIMA - President Luis Tapia on Thursday signed a decree establishing a Peruvian embassy in Accra.\n\nSANTIAGO - Chile declared a staff member of the Bolivian embassy persona non grata on Tuesday and gave him 72 hours to leave.";
    expect(datedEvents(text).filter((e) => e[0] === "diplomat-expelled")).toEqual([["diplomat-expelled", "CL", "BO", "2023-03-28"]]);
  });
});

describe("events: a relative clause after a preposition", () => {
  it("reads 'a furious response from Israel, which immediately recalled its ambassadors' as Israel's recall", () => {
    const events = datedEvents("Ireland and Norway will recognise a Palestinian state, a move that drew a furious response from Israel, which immediately recalled its ambassadors from Dublin and Oslo.", "2024-05-22");
    expect(events.map((e) => [e[0], e[1], e[2]])).toEqual([["ambassador-recalled", "IL", "IE"], ["ambassador-recalled", "IL", "NO"]]);
  });
});



describe("events: a paragraph's date is a past one", () => {
  it("dates no later talk by a year still to come ('… will open an embassy in Port of Spain in 2026. The two Ministers agreed to convene …')", () => {
    const text = "On 26 June, Minister Kerwin Alleyne of Trinidad and Tobago held talks with the Minister of Foreign Affairs of the Dominican Republic, Rafael Peguero. Peguero said his Government has decided to open an Embassy in Port of Spain in 2026. The two Ministers agreed to convene a joint commission.";
    expect(datedEvents(text, "2025-06-30").find((e) => e[0] === "agreement")?.[3]).toBe("2025-06-26");
  });
});

// The sixth session's probes, read whole: the events of a text, in order.
describe("events: probes of the sixth session, whole readings", () => {
  it.each([
    ["'is in X on a working visit', dated by its span of days", "Secretary of State Tiago Correia of Portugal is in Uzbekistan on a working visit on March 29-31.", FRIDAY,
      [["visit", "PT", "UZ", "2023-03-29/2023-03-31"]]],
    ["a head of state receiving the letters of a group of 'Heads of Mission' named after: one event per envoy listed",
      "President Cyril Ramaphosa of South Africa on Thursday received the Letters of Credence of six newly accredited Heads of Mission during a ceremony in Pretoria. Presenting their credentials were: H.E. Mr Joost van der Veen, Ambassador of the Kingdom of the Netherlands; and H.E. Mr Kwabena Mensah, High Commissioner of the Republic of Ghana.", FRIDAY,
      [["credentials-presented", "NL", "ZA", "2023-03-30"], ["credentials-presented", "GH", "ZA", "2023-03-30"]]],
    ["'Rabat recalled X for consultations': a recall from the post of the envoy named",
      "Morocco's ambassador to Spain, Karima Benyaich, returned to Madrid on Sunday. Rabat recalled Benyaich for consultations last May, after a dispute over a hospital stay.", "2022-03-21",
      [["ambassador-recalled", "MA", "ES", "2021-05"]]],
    ["the one a relative clause hangs on is its subject, dated by the clause's own words ('to Algiers, which has recalled')",
      "MADRID — The fallout from the shift on Sunday moved from Morocco to Spain and then to Algiers, which has recalled its own ambassador to Spain.", "2022-03-21",
      [["ambassador-recalled", "DZ", "ES", "2022-03-21~"]]],
    ["'spent six days shuttling between A and B' is a visit to each, and a deal signed 'In B' is one with B",
      "Last week Foreign Minister Tran Quoc Hung of Vietnam spent six days shuttling between Santiago and Lima. In Chile he put his name to a memorandum on consultations; in Peru he signed a visa waiver.", "2024-10-24",
      [["visit", "VN", "CL", "2024-10-13/2024-10-19"], ["visit", "VN", "PE", "2024-10-13/2024-10-19"], ["agreement", "VN", "CL", "2024-10-13/2024-10-19"], ["agreement", "VN", "PE", "2024-10-13/2024-10-19"]]],
    ["'The ministers discussed …' after a phone call is the call's talk, not a meeting",
      "Kazakhstan's Foreign Minister Mukhtar Tileuberdi spoke by telephone on Friday with Hungarian Foreign Minister Péter Szijjártó. The ministers discussed energy cooperation and a commission due in Budapest next year.", "2021-11-20",
      [["phone-call", "KZ", "HU", "2021-11-19"]]],
    ["'President A and Armenian Prime Minister B met at the White House, where they initialled …': their meeting, visits and a deal",
      "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met at the White House in August, where they initialled the text of a peace treaty.", "2025-09-24",
      [["meeting", "AZ", "AM", "2025-08"], ["visit", "AZ", "US", "2025-08"], ["visit", "AM", "US", "2025-08"], ["agreement", "AZ", "AM", "2025-08"]]],
    ["'The Greek prime minister, A, and the Turkish president, B, met …': their meeting",
      "The Greek prime minister, Kyriakos Mitsotakis, and the Turkish president, Recep Tayyip Erdoğan, met on the sidelines of the UN general assembly in New York on Tuesday.", "2024-09-25",
      [["meeting", "GR", "TR", "2024-09-24"]]],
  ] as const)("%s", (_shape, text, published, expected) => expect(datedEvents(text, published)).toEqual(expected));
});

// The sixth session's probes: one event among a text's others.
describe("events: probes of the sixth session, one reading among others", () => {
  it.each([
    ["Foreign Minister Urmas Reinsalu of Estonia received Moldova's Foreign Minister Nicu Popescu in Tallinn on Monday. The ministers discussed energy security, and signed a memorandum of understanding on cyber security.", "2023-03-17", ["agreement", "MD", "EE", "2023-03-13"]],
    ["Moldova decided to declare a Russian diplomat persona non grata on Monday.", "2025-02-13", ["diplomat-expelled", "MD", "RU", "2025-02-10"]],
    ["Two employees of the Russian embassy were asked to leave Norway on Monday.", "2025-02-13", ["diplomat-expelled", "NO", "RU", "2025-02-10"]],
    ["In 1980 Turkey downgraded its representation in Israel to second-secretary level.", "2022-08-18", ["mission-downgraded", "TR", "IL", "1980"]],
    ["Turkey raised its representation in Israel to ambassadorial level in 1991.", "2022-08-18", ["mission-upgraded", "TR", "IL", "1991"]],
  ] as const)("%s", (text, published, expected) => expect(datedEvents(text, published)).toContainEqual(expected));
});

// The seventh session's probes, read whole: the events of a text, in order.
describe("events: probes of the seventh session, whole readings", () => {
  it.each([
    ["a bloc expels an envoy, after the other side 'kicked out' the head of its delegation",
      "The European Union on Monday declared Bolivia's ambassador to the bloc persona non grata, days after La Paz kicked out the head of the EU delegation.", "2024-05-15",
      [["diplomat-expelled", "EU", "BO", "2024-05-13"], ["diplomat-expelled", "BO", "EU", "2024-04-29/2024-05-13"]]],
    ["a state suspended from a bloc is no expelled envoy", "The African Union expelled Mali in 2021 after the coup.", "2024-05-15", []],
    ["'was received at State House by President X' is an audience: talks", "Ghana's Foreign Minister Ama Owusu arrived in Nairobi on Monday. On Tuesday, Owusu was received at State House by Kenyan President William Ruto.", "2024-06-06",
      [["visit", "GH", "KE", "2024-06-03"], ["meeting", "GH", "KE", "2024-06-04"]]],
    ["a welcome at the airport is no talks", "Ghana's Foreign Minister Ama Owusu was received at the airport by Kenyan Deputy Foreign Minister Abraham Korir on Monday.", "2024-06-06",
      []],
    ["'was also received by X' has the guest before the verb", "Archbishop Tomas Lenz, the Vatican's top diplomat, arrived in Vilnius on Thursday. Lenz was also received by Lithuanian President Gitanas Nauseda on Friday.", "2024-06-08",
      [["visit", "VA", "LT", "2024-06-06"], ["meeting", "VA", "LT", "2024-06-07"]]],
    ["'recognised X, as did A, B and C': each of them recognised X", "Estonia recognised Kosovo on 21 April 2008, as did Latvia, Lithuania and Finland.", "2018-04-21",
      [["recognition", "EE", "XK", "2008-04-21"], ["recognition", "LV", "XK", "2008-04-21"], ["recognition", "LT", "XK", "2008-04-21"], ["recognition", "FI", "XK", "2008-04-21"]]],
    ["'On that day' is the day the text named last, an event's or not", "Ministers recalled 3 June 2006, the day parliament declared independence. On that day Serbia recognised Montenegro.", "2016-06-05",
      [["recognition", "RS", "ME", "2006-06-03"]]],
    ["'reopened its embassy on June 6 and its consulate general a day later': two openings", "Iran reopened its embassy in Riyadh on June 6 and its consulate general in Jeddah a day later.", "2023-09-07",
      [["mission-opened", "IR", "SA", "2023-06-06"], ["mission-opened", "IR", "SA", "2023-06-07"]]],
    ["'the Islamic Republic' is the named state whose official name says so, not the last one named", "Iran and Saudi Arabia restored ties. Their ministers met in the Chinese capital on April 6. The Islamic Republic officially reopened its embassy in Riyadh on June 6.", "2023-09-07",
      [["relations-established", "IR", "SA", "2023-09-07~"], ["mission-opened", "IR", "SA", "2023-06-06"]]],
    ["'between' in another clause names no side ('agreeing to restore ties, the detente between the rivals …')",
      "A year after Chile and Peru stunned the region by agreeing to restore ties, the detente between the neighbours has survived a war in Gaza.", "2024-03-10",
      [["relations-established", "CL", "PE", "2023"]]],
    ["'mediated by A and B, C and D agreed on March 10 last year to resume relations and reopen their embassies'",
      "After quiet contacts mediated by Iraq and Oman, Saudi Arabia and Iran agreed on March 10 last year to resume relations and reopen their embassies within two months.", "2024-03-10",
      [["agreement", "SA", "IR", "2023-03-10"], ["relations-established", "SA", "IR", "2023-03-10"], ["mission-announced", "SA", "IR", "2023-03-10"], ["mission-announced", "IR", "SA", "2023-03-10"]]],
    ["'X said the new republic intends to open embassies in …': the speaker's state",
      "Sudan recognised South Sudan on Friday. South Sudan's information minister, Barnaba Marial Benjamin, spoke on Monday. Benjamin said the new republic intends to open embassies in Khartoum and Nairobi first.", "2011-07-12",
      [["recognition", "SD", "SS", "2011-07-08"], ["mission-announced", "SS", "SD", "2011-07-11"], ["mission-announced", "SS", "KE", "2011-07-11"]]],
    ["a list of appointments: 'X becomes Ambassador to A, with concurrent accreditation as Ambassador to B', dated as the day's news",
      "Ottawa - Global Affairs Canada today announced new heads of mission. Marie Tremblay becomes Ambassador to the Republic of Peru, with concurrent accreditation as Ambassador to the Plurinational State of Bolivia.", "2024-09-06",
      [["ambassador-appointed", "CA", "PE", "2024-09-06"], ["ambassador-appointed", "CA", "BO", "2024-09-06"]]],
    ["'held their own first face-to-face talks' is talks", "Turkish Foreign Minister Mevlut Cavusoglu and his Armenian counterpart Ararat Mirzoyan held their own first face-to-face talks in March.", "2022-07-02",
      [["meeting", "TR", "AM", "2022-03"]]],
    ["posts named bare in a condition are none ('could one day lead to embassies in Ankara and Yerevan')", "The talks could one day lead to embassies in Ankara and Yerevan.", "2022-07-02", []],
    ["'preparing for a visit to X' is no visit", "Belarusian President Aleksandr Lukashenko said he was preparing for a visit to Pakistan.", "2024-10-15", []],
    ["a one-word name before a Romance particle is the person's ('Lula' for 'Luiz Inácio Lula da Silva')",
      "Brazilian President Luiz Inácio Lula da Silva spoke on Monday. Lula, who visited Beijing in April, praised the talks.", "2023-08-24",
      [["visit", "BR", "CN", "2023-04"]]],
    ["a dateline in title case before its day sets the story ('New Delhi, Sep 10 (PTI)'), and a place named in passing does not move it",
      "New Delhi, Sep 10 (PTI) Prime Minister Narendra Modi on Sunday conveyed concerns about extremist elements in Canada. Modi also held talks with French President Emmanuel Macron over a working lunch on Sunday.", "2023-09-10",
      [["meeting", "IN", "FR", "2023-09-10"], ["visit", "FR", "IN", "2023-09-10"]]],
    ["a post in a dependent territory is in the state that governs it", "The US opened a consulate general in Hong Kong in 1997. Senegal opened its consulate general in Dakhla in April 2021.", "2022-05-13",
      [["mission-opened", "US", "CN", "1997"], ["mission-opened", "SN", "MA", "2021-04"]]],
    ["a span of years dates nothing ('a roadmap for the period 2022-2025')", "On Thursday Morocco and Cabo Verde signed a roadmap for the period 2022-2025.", "2022-05-13",
      [["agreement", "MA", "CV", "2022-05-12"]]],
    ["'Wednesday's meeting' dates the undated meeting told just before",
      "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping have held their first formal talks in five years. Wednesday's meeting came after a border deal.", "2024-10-24",
      [["meeting", "IN", "CN", "2024-10-23"]]],
    ["'Among those attending were A and B' at a gathering whose place is known: each travelled there",
      "Leaders met at the BRICS summit in the Russian city of Kazan on Tuesday. Among those attending were Egyptian President Abdel Fattah el-Sisi and South African President Cyril Ramaphosa.", "2024-10-24",
      [["visit", "EG", "RU", "2024-10-22"], ["visit", "ZA", "RU", "2024-10-22"]]],
    ["'to halt strikes on Ukraine's infrastructure for 30 days after a phone call with X': the subject's call, undated by the duration, and no agreement with the object",
      "Russian President Vladimir Putin agreed Tuesday to halt strikes on Ukraine's energy infrastructure for 30 days after a lengthy phone call with President Donald Trump.", "2025-03-18",
      [["phone-call", "RU", "US", "2025-03-18"]]],
    ["two officials joined as a subject own 'their embassies in Washington and Moscow', each in the town of its host",
      "US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov held talks in Riyadh on Feb. 18 and agreed to restore staffing at their embassies in Washington and Moscow.", "2025-03-18",
      [["meeting", "US", "RU", "2025-02-18"], ["visit", "US", "SA", "2025-02-18"], ["visit", "RU", "SA", "2025-02-18"], ["agreement", "US", "RU", "2025-02-18"]]],
    ["a visit to a dependent territory is one to the state that governs it", "Portugal's Foreign Minister Paulo Rangel arrived in Macau on Friday.", "2025-06-14",
      [["visit", "PT", "CN", "2025-06-13"]]],
    ["'the Islamic Emirate' stands for Afghanistan", "Bilal Karimi, the Islamic Emirate's ambassador to China, presented his credentials to President Xi Jinping in Beijing on Tuesday.", "2024-01-31",
      [["credentials-presented", "AF", "CN", "2024-01-30"]]],
    ["a list of states establishing relations 'with Cuba' are each a side", "In 1972 Barbados, Guyana, Jamaica and Trinidad and Tobago jointly established diplomatic relations with Cuba.", "2022-12-07",
      [["relations-established", "TT", "CU", "1972"], ["relations-established", "JM", "CU", "1972"], ["relations-established", "GY", "CU", "1972"], ["relations-established", "BB", "CU", "1972"]]],
    ["the lead's day of talks dates the talks told after it", "Bridgetown, Dec 7 (Prensa Latina) Cuban President Miguel Díaz-Canel held bilateral meetings on Tuesday with Caribbean leaders.\n\nThe Cuban head of state met Barbadian Prime Minister Mia Mottley.", "2022-12-07",
      [["meeting", "CU", "BB", "2022-12-06"], ["visit", "CU", "BB", "2022-12-06"]]],
    ["'ordered the diplomats of seven countries — A, B, … and G — to leave': each expelled",
      "President Nicolás Maduro's government on Monday ordered the diplomats of four Latin American countries — Argentina, Chile, Peru and Uruguay — to leave Venezuelan territory within 72 hours.", "2024-08-02",
      [["diplomat-expelled", "VE", "AR", "2024-07-29"], ["diplomat-expelled", "VE", "CL", "2024-07-29"], ["diplomat-expelled", "VE", "PE", "2024-07-29"], ["diplomat-expelled", "VE", "UY", "2024-07-29"]]],
    ["'has appointed X as Apostolic Nuncio to A and to B': a nuncio's appointment to each, told as the news",
      "Pope Francis has appointed Monsignor Tomasz Wiśniewski as Apostolic Nuncio to Papua New Guinea and to Solomon Islands.", "2025-01-25",
      [["ambassador-appointed", "VA", "PG", "2025-01-25~"], ["ambassador-appointed", "VA", "SB", "2025-01-25~"]]],
    ["a 'since' bounds a span and dates no act ('appointed as Britain's first ambassador in Tehran since 2011')",
      "The British Foreign Office announced on Monday that Nicholas Hopton had been appointed as Britain's first ambassador in Tehran since 2011.", "2016-09-05",
      [["ambassador-appointed", "GB", "IR", "2016-09-05"]]],
    ["a seat of government stands for its state: 'days after La Paz expelled …'", "Spain on Monday declared Bolivia's ambassador persona non grata, days after La Paz expelled the Spanish ambassador.", "2024-05-15",
      [["diplomat-expelled", "ES", "BO", "2024-05-13"], ["diplomat-expelled", "BO", "ES", "2024-04-29/2024-05-13"]]],
  ] as const)("%s", (_shape, text, published, expected) => expect(datedEvents(text, published)).toEqual(expected));
});

describe("events: probes of the eighth session, whole readings", () => {
  it.each([
    ["a possessive opening a sentence is the previous sentence's subject, not the envoy named last in it",
      "President Teodoro Mbala of Gabon recalled his ambassador from Yaoundé on Sunday and expelled Cameroon's envoy in Libreville, Paul Essomba. On Monday his government broke off diplomatic relations.", "2011-05-04",
      [["ambassador-recalled", "GA", "CM", "2011-05-01"], ["diplomat-expelled", "GA", "CM", "2011-05-01"], ["relations-severed", "GA", "CM", "2011-05-02"]]],
    ["'ordered Y's ambassador and diplomatic staff out of X' is an expulsion", "On Tuesday, Quito ordered Peru's ambassador and diplomatic staff out of Ecuador.", "2011-05-04",
      [["diplomat-expelled", "EC", "PE", "2011-05-03"]]],
    ["'had given X's diplomats 72 hours to leave' is an expulsion", "Chile had already given Bolivian diplomats 72 hours to leave its territory on Monday.", "2011-05-04",
      [["diplomat-expelled", "CL", "BO", "2011-05-02"]]],
    ["recognising a candidate 'as president-elect' is no recognition of a state", "Lima recognized opposition candidate Jorge Paz as Bolivia's president-elect on Monday.", "2011-05-04", []],
    ["'broke with Taipei' and 'ended its 40-year relationship with Taiwan' sever relations", "Kiribati broke with Taipei in March. Nauru ended its 40-year relationship with Taiwan on Monday.", "2011-05-04",
      [["relations-severed", "KI", "TW", "2011-03"], ["relations-severed", "NR", "TW", "2011-05-02"]]],
    ["a relative clause keeps its main clause's day over a like event of another state",
      "Costa Rica cut ties with Taiwan on Friday. On Aug. 21, the Panamanian Foreign Minister signed a communique in Beijing, hours after Panama broke with Taipei.", "2018-09-07",
      [["relations-severed", "CR", "TW", "2018-09-07"], ["agreement", "PA", "CN", "2018-08-21"], ["visit", "PA", "CN", "2018-08-21"], ["relations-severed", "PA", "TW", "2018-08-21"]]],
    ["'letters of credence were handed over by heads of mission, among them A's X … and the ambassadors of B and C': each to the host",
      "MOSCOW. Ghana's ambassador presented his credentials at the Kremlin today. Letters of credence were also handed over by other heads of mission, among them Chile's Ana Ruiz and Oskar Lind of Sweden, as well as the ambassadors of Nepal and Fiji.", "2023-12-04",
      [["credentials-presented", "GH", "RU", "2023-12-04"], ["credentials-presented", "CL", "RU", "2023-12-04"], ["credentials-presented", "NP", "RU", "2023-12-04"], ["credentials-presented", "SE", "RU", "2023-12-04"], ["credentials-presented", "FJ", "RU", "2023-12-04"]]],
    ["a thing 'recognized by' two states is no recognition of one by the other", "Wang said China backs a peace conference that is recognized by both Russia and Ukraine.", "2024-04-09", []],
    ["'A and B each ordered three to leave, while C expelled two apiece': no state of one clause is expelled in the other",
      "Germany and France each expelled four Russian diplomats on Monday. Norway and Iceland each ordered three to leave, while Finland, Malta and Spain expelled two apiece.", "2018-03-27",
      [["diplomat-expelled", "FR", "RU", "2018-03-26"], ["diplomat-expelled", "DE", "RU", "2018-03-26"], ["diplomat-expelled", "IS", "RU", "2018-03-26"], ["diplomat-expelled", "NO", "RU", "2018-03-26"],
        ["diplomat-expelled", "ES", "RU", "2018-03-26"], ["diplomat-expelled", "MT", "RU", "2018-03-26"], ["diplomat-expelled", "FI", "RU", "2018-03-26"]]],
    ["a deadline ('to leave … not later than April 30') dates no act and lies ahead",
      "Chile hit back on Thursday afternoon. Its security council declared the Peruvian advisers in Santiago persona non grata and directed them to leave Chile immediately, and not later than April 30.", "2025-04-25",
      [["diplomat-expelled", "CL", "PE", "2025-04-24"]]],
    ["'less than a week before X's state visit' to the day's news is a visit still to come", "Norway recalled its ambassador to Chile on Thursday, less than a week before the Chilean president's state visit to Norway.", "2025-09-11",
      [["ambassador-recalled", "NO", "CL", "2025-09-11"]]],
    ["an act of a rupture with no other side named takes the side of one told two sentences before",
      "Saudi Arabia cut ties with Iran on Sunday. Protesters had stormed its embassy in Tehran a day earlier. On Monday Bahrain severed its ties, too.", "2016-01-05",
      [["relations-severed", "SA", "IR", "2016-01-03"], ["relations-severed", "BH", "IR", "2016-01-04"]]],
    ["a meeting 'called off' or 'postponed' is none", "US Vice President Mike Pence has called off a meeting with Prime Minister Manasseh Sogavare of Solomon Islands.", "2019-09-22", []],
    ["'ended its 36-year recognition of Taiwan', 'was terminating diplomatic relations', 'cut its own ties' sever relations",
      "On Monday Tuvalu ended its 36-year recognition of Taiwan. On Friday Nauru cut its own ties with Taiwan.", "2019-09-22",
      [["relations-severed", "TV", "TW", "2019-09-16"], ["relations-severed", "NR", "TW", "2019-09-20"]]],
    ["'said he had received the request' is no meeting",
      "President Olek Marchuk of Ukraine spoke on Monday. The Foreign Ministry of Ukraine had earlier submitted to the President a proposal to break off relations with Russia. Marchuk said on Tuesday that he had received the request and would consider it.", "2022-02-24", []],
    ["'X has no relations with A or with B, which broke off ties in 2009': B broke with X",
      "Israel has no diplomatic relations with Malaysia or with Bolivia, which broke off ties in 2009 during the Gaza war.", "2016-12-30",
      [["relations-severed", "BO", "IL", "2009"]]],
    ["'a tour that has taken X this month to A, B and C': a visit to each", "Cairo is the last stop on a tour that has taken Iranian Foreign Minister Ali Rezaei this month to Beirut, Doha and Muscat.", "2024-10-17",
      [["visit", "IR", "LB", "2024-10"], ["visit", "IR", "QA", "2024-10"], ["visit", "IR", "OM", "2024-10"]]],
    ["'flew into Vientiane' is a visit", "US Secretary of State Antony Blinken flew into Vientiane early on Saturday.", "2024-07-28", [["visit", "US", "LA", "2024-07-27"]]],
    ["a town after 'into' is a place, not a person ('flew into Entebbe')", "Rwandan President Paul Kagame flew into Entebbe on Sunday.", "2022-04-25", [["visit", "RW", "UG", "2022-04-24"]]],
    ["a year told in a relative aside does not date the next sentence's month ('…, which set up ties in 1973. … on Feb. 20')",
      "The row is the worst between Kuala Lumpur and Pyongyang, which set up diplomatic ties in 1973. Malaysia recalled its ambassador to North Korea for consultations on Feb. 20.", "2017-03-05",
      [["relations-established", "MY", "KP", "1973"], ["ambassador-recalled", "MY", "KP", "2017-02-20"]]],
    ["'In August that year' is the year told last, and 'had no intention of expelling' negates",
      "He fled to South Africa in February 2010.\n\nTensions first surfaced then. In August that year, Pretoria recalled its High Commissioner to Rwanda, insisting that it had no intention of expelling Rwanda's envoy.", "2014-03-08",
      [["ambassador-recalled", "ZA", "RW", "2010-08"]]],
    ["'That April' is in the year told before", "Talks resumed in Istanbul on January 25, 2021. That April, Greek Foreign Minister Nikos Dendias travelled to Ankara.", "2024-05-14",
      [["visit", "GR", "TR", "2021-04"]]],
    ["'then prime minister X spoke to President Y by telephone': a past office-holder acting in a call",
      "In October 2013, then prime minister David Cameron spoke to President Hassan Rouhani by telephone.", "2016-09-06",
      [["phone-call", "GB", "IR", "2013-10"]]],
    ["', where he held talks' is a clause of its own, asserted whatever the tense before it",
      "Prime Minister Narendra Modi will fly to Male from Britain, where he held talks with Prime Minister Keir Starmer on Thursday.", "2025-07-25",
      [["meeting", "IN", "GB", "2025-07-24"], ["visit", "IN", "GB", "2025-07-24"]]],
  ] as const)("%s", (_shape, text, published, expected) => expect(datedEvents(text, published)).toEqual(expected));
});

describe("events: probes of the ninth session, whole readings", () => {
  it.each([
    ["'the same day' is the day named just before; a year inside a 'since' clause dates nothing",
      "Tuesday's meeting drew little notice. Omani Foreign Minister Salim Harthi arrived in Amman the same day for talks with Jordanian Foreign Minister Rami Nasser, the first such visit since the border dispute began in 2015.", "2023-04-13",
      [["visit", "OM", "JO", "2023-04-11"], ["meeting", "OM", "JO", "2023-04-11"]]],
    ["'The decision was taken on Wednesday' dates the lead's undated news",
      "Doha: Qatar and Oman have decided to restore diplomatic relations. The decision was taken on Wednesday at a committee meeting in Riyadh.", "2023-04-13",
      [["relations-established", "QA", "OM", "2023-04-12"]]],
    ["'became the most senior American official to visit Belarus' is a visit", "On February 1, Secretary of State Jane Cole became the most senior American official to visit Belarus in decades.", "2020-04-22",
      [["visit", "US", "BY", "2020-02-01"]]],
    ["'hopes to become the first leader to visit' is none", "Ruto hopes to become the first Kenyan leader to visit Eritrea next year.", "2020-04-22", []],
    ["'a tour that also took X to A and B': a visit to each", "U.S. Secretary of State Jane Cole visited Minsk on Saturday. Minsk was one stop on a regional tour that also took Cole to Ukraine and Uzbekistan.", "2020-04-22",
      [["visit", "US", "BY", "2020-04-18"], ["visit", "US", "UA", "2020-04-18"], ["visit", "US", "UZ", "2020-04-18"]]],
    ["an Under Secretary of State is the United States' where the text names it", "Under Secretary of State for Political Affairs Jane Cole came to Minsk in September. The United States welcomed the talks.", "2020-04-22",
      [["visit", "US", "BY", "2019-09"]]],
    ["', who travelled to London' after 'X, the Libyan Ambassador to Italy' is X's, not Italy's",
      "Mr Cook met Mr Ali Salem, the Libyan Ambassador to Italy, who travelled to London on Tuesday.", "1999-07-07", []],
    ["'A and B signed a pact, a deal Manila hopes … as tensions with China rise': no side after an aside",
      "The Philippines and Japan on Monday signed a troop access pact, a deal Manila hopes will help it as tensions with China rise.", "2024-07-09",
      [["agreement", "PH", "JP", "2024-07-08"]]],
    ["a venue's visits are not read from the background's agreements",
      "Kamikawa and Kihara of Japan, who are in Manila for a ministerial meeting, met President Marcos of the Philippines on Monday. Tokyo signed a similar agreement with Australia in January 2022.", "2024-07-09",
      // (Kamikawa is the dictionary's one holder of the surname in office, so Japan's talks and visit are read too.)
      [["meeting", "JP", "PH", "2024-07-08"], ["visit", "JP", "PH", "2024-07-08"], ["agreement", "JP", "AU", "2022-01"]]],
    ["'X has made an unannounced visit to Kyiv, his second since Russia's invasion, and held talks with Y': X's visit and talks",
      "Prime Minister Ian Moss of Britain has made an unannounced visit to Kyiv, his second since Russia's invasion, and held talks with Ukrainian President Oleh Bondar on Friday.", "2022-06-17",
      [["visit", "GB", "UA", "2022-06-17"], ["meeting", "GB", "UA", "2022-06-17"]]],
    ["'breaking diplomatic and political relations' severs them", "On January 23, Venezuela announced it was breaking diplomatic and political relations with the United States.", "2019-12-31",
      [["relations-severed", "VE", "US", "2019-01-23"]]],
    ["'declaring the X diplomats personae non gratae' and 'gave X's diplomats 24 hours to get out' are expulsions",
      "On November 3 Venezuela declared the Salvadoran diplomats in Caracas personae non gratae. On February 23 Venezuela gave Colombia's diplomats 24 hours to get out.", "2019-12-31",
      [["diplomat-expelled", "VE", "SV", "2019-11-03"], ["diplomat-expelled", "VE", "CO", "2019-02-23"]]],
    ["', when' after a date opens a clause of its own: 'without ambassadors since 2008, when X expelled Y' is asserted",
      "La Paz and Washington had been without ambassadors since September 2008, when Bolivia expelled US Ambassador Philip Gold.", "2019-12-31",
      [["diplomat-expelled", "BO", "US", "2008-09"]]],
    ["'said it recognized only one China and was breaking off relations with Taiwan': the one that said so breaks; a thing's own date ('a relationship established in 1941') is not the act's",
      "On Saturday, the government of Honduras said it recognized only one China and was breaking off diplomatic relations with Taiwan, ending a relationship established in 1941.", "2023-03-27",
      [["relations-severed", "HN", "TW", "2023-03-25"]]],
    ["'He began in Tallinn with Estonian PM X, flew on to Vilnius for talks with Y': 'he' travels and talks, not X",
      "Polish Prime Minister Jan Nowak toured the Baltic capitals on Sunday. He began in Tallinn with Estonian Prime Minister Kaja Tamm, flew on to Vilnius for talks with Lithuanian Prime Minister Rasa Vaitkus and went home.", "2021-11-22",
      [["visit", "PL", "LT", "2021-11-21"], ["meeting", "PL", "LT", "2021-11-21"]]],
    ["'The head of the Polish government held talks with the President of France': the state of the head's government",
      "The head of the Polish government held talks on Monday with the President of France, Paul Henri.", "2024-02-12",
      [["meeting", "PL", "FR", "2024-02-12"]]],
    ["'since August 2019. That month, …': a plain 'since' date still frames the next sentence",
      "Neither capital has had a high commissioner in the other since August 2019. That month, Islamabad expelled Indian High Commissioner Ajay Bisaria.", "2025-04-25",
      [["diplomat-expelled", "PK", "IN", "2019-08"]]],
    ["'withdrawing its diplomats from X' recalls them; 'giving the X ambassador two days to depart' expels",
      "On Saturday the Emirates announced it was withdrawing its diplomats from Lebanon. Bahrain followed suit on Friday evening, giving the Lebanese ambassador in Manama two days to depart.", "2021-10-31",
      [["ambassador-recalled", "AE", "LB", "2021-10-30"], ["diplomat-expelled", "BH", "LB", "2021-10-29"]]],
    ["'withdrawing all its diplomats from X and closing its embassy' is the closure, not a recall",
      "In December Britain withdrew all its diplomats from Iran and closed its embassy in Tehran.", "2012-01-31",
      [["mission-closed", "GB", "IR", "2011-12"]]],
    ["'ordered the ambassadors in Dublin and Oslo home for consultations': a recall from each post",
      "Israeli Foreign Minister Eli Cohen ordered the ambassadors in Dublin and Oslo home for urgent consultations on Wednesday.", "2023-11-23",
      [["ambassador-recalled", "IL", "IE", "2023-11-22"], ["ambassador-recalled", "IL", "NO", "2023-11-22"]]],
    ["'called back its top diplomats in A, B and C for consultations': a recall from each",
      "The United States said on Friday it had called back its top diplomats in the Dominican Republic and Panama for consultations.", "2018-09-08",
      [["ambassador-recalled", "US", "DO", "2018-09-07~"], ["ambassador-recalled", "US", "PA", "2018-09-07~"]]],
    ["'responded by calling back its own high commissioner': a recall towards the one that recalled first",
      "In February 2019 India recalled its high commissioner to Pakistan, Ajay Bisaria, for consultations, and Pakistan responded by calling back its own high commissioner, Sohail Mahmood.", "2023-11-22",
      [["ambassador-recalled", "IN", "PK", "2019-02"], ["ambassador-recalled", "PK", "IN", "2019-02"]]],
    ["a lead about a summit 'on Sunday' gives the news day to the undated visit told after it",
      "BAGHDAD — King Abdullah of Jordan on Sunday joined Egyptian President Adel Sami in Baghdad for a trilateral summit. Sami's trip to Baghdad was the first official visit by an Egyptian head of state to Iraq in three decades.", "2021-06-28",
      [["visit", "JO", "IQ", "2021-06-27"], ["meeting", "JO", "EG", "2021-06-27"], ["visit", "EG", "IQ", "2021-06-27"]]],
    ["'X joined Y and Z in Baghdad for a summit': X travelled there and met each",
      "Jordan's King Abdullah on Sunday joined Egyptian President Adel Sami and Iraqi Prime Minister Ali Karim in Baghdad for a trilateral summit.", "2021-06-28",
      [["visit", "JO", "IQ", "2021-06-27"], ["meeting", "JO", "EG", "2021-06-27"], ["visit", "EG", "IQ", "2021-06-27"], ["meeting", "JO", "IQ", "2021-06-27"]]],
    ["'joined the protest in Paris' is no summit", "On Sunday Peru's ambassador joined the protest in Paris for a while.", "2021-06-28", []],
    ["'accepted the credentials of envoys from A, B and C, among them …': each listed state presents",
      "DAR ES SALAAM — President Samia Hassan received five envoys on Wednesday. In May, she accepted the credentials of envoys from Namibia, Ireland and Italy, among them Ireland's Mary Ryan.", "2021-08-26",
      [["credentials-presented", "NA", "TZ", "2021-05"], ["credentials-presented", "IE", "TZ", "2021-05"], ["credentials-presented", "IT", "TZ", "2021-05"]]],
    ["'The diplomats are …; X of Burkina Faso and Y, who represents the Republic of Guinea': each listed envoy presents",
      "President Samia Hassan on Wednesday received letters of credence from three new envoys at State House in Dar es Salaam. The diplomats are India's High Commissioner, Raj Kumar; Awa Ouedraogo of Burkina Faso and Sekou Camara, who represents the Republic of Guinea.", "2021-08-26",
      [["credentials-presented", "IN", "TZ", "2021-08-25"], ["credentials-presented", "BF", "TZ", "2021-08-25"], ["credentials-presented", "GN", "TZ", "2021-08-25"]]],
    ["', as the two countries held talks' with no date of its own happens when the main clause does",
      "Bangladesh yesterday asked Pakistan to apologise for the atrocities committed by its army in 1971, as the two countries held their first foreign secretary-level talks in 15 years.", "2025-04-18",
      [["meeting", "BD", "PK", "2025-04-17"]]],
    ["'From Egypt he flew to Ethiopia, where he met X. On Saturday, as a guest at the summit, he met Y': the traveller, not X",
      "Brazilian President Luiz Silva held talks with Egyptian President Adel Sami on Thursday. From Egypt he flew to Ethiopia, where on Friday he met Prime Minister Abiy Tesfaye. On Saturday, as a guest at the African Union summit, he met Palestinian Prime Minister Omar Nasser.", "2024-02-20",
      [["meeting", "BR", "EG", "2024-02-15"], ["visit", "BR", "ET", "2024-02-16"], ["meeting", "BR", "ET", "2024-02-16"], ["meeting", "BR", "PS", "2024-02-17"]]],
    ["'X's ambassador to Y, Z, had been recalled for consultations': X recalls Z from Y",
      "Spain's ambassador to Argentina, María Alonso, had been recalled for consultations on Sunday.", "2024-05-21",
      [["ambassador-recalled", "ES", "AR", "2024-05-19"]]],
    ["'went to Kyiv' is a visit, and a British 'Defence Secretary' is Britain's minister",
      "British Defence Secretary John Hale went to Kyiv on Sunday.", "2024-07-10",
      [["visit", "GB", "UA", "2024-07-07"]]],
    ["'going to Chile next week' is none", "President Ana Ruiz of Peru said she was going to Chile next week.", "2024-07-10", []],
  ] as const)("%s", (_shape, text, published, expected) => expect(datedEvents(text, published)).toEqual(expected));
});

describe("events: leaders' trips (visits, talks, calls and the ties behind them)", () => {
  // 2024-05-10 is a Friday.
  it.each([
    ["'held separate telephone conversations with A, X, and B, Y': a call with each", "Estonian Foreign Minister Mart Kask on Tuesday held separate telephone conversations with the Foreign Minister of Latvia, Janis Ozols, and the Foreign Minister of Lithuania, Rasa Vaitkus.",
      [["phone-call", "EE", "LV", "2024-05-07"], ["phone-call", "EE", "LT", "2024-05-07"]]],
    ["'held separate talks with A and B': talks with each", "Chilean President Ana Rojas held separate talks with Peruvian President Luis Vega and Bolivian President Jorge Mamani on Monday.",
      [["meeting", "CL", "PE", "2024-05-06"], ["meeting", "CL", "BO", "2024-05-06"]]],
    ["'held a tete-a-tete with'", "Chilean President Ana Rojas held a tete-a-tete with Peruvian President Luis Vega on Monday.", [["meeting", "CL", "PE", "2024-05-06"]]],
    ["'called on' an office-holder is a courtesy call", "Chilean President Ana Rojas called on Peruvian President Luis Vega on Monday.", [["meeting", "CL", "PE", "2024-05-06"]]],
    ["'called on' a state or a person to do something is no talks", "Chilean President Ana Rojas called on Peruvian President Luis Vega to free the prisoners. Chile called on Peru to withdraw its troops.", []],
    ["'held official talks' is talks", "Estonian Prime Minister Mart Kask and Latvian Prime Minister Janis Ozols held official talks on Monday.", [["meeting", "EE", "LV", "2024-05-06"]]],
    ["talks that reports allege are not asserted", "Reports alleging that Estonian Prime Minister Mart Kask held secret talks with Latvian Prime Minister Janis Ozols are unfounded.", []],
    ["'spent Thursday in' a foreign capital is a visit that day", "Chilean President Ana Rojas spent Thursday in Lima.", [["visit", "CL", "PE", "2024-05-09"]]],
    ["'refusing to recognise' recognises nothing", "Peru broke off diplomatic relations with Venezuela in January 2019, refusing to recognise the Venezuelan president's second term.",
      [["relations-severed", "PE", "VE", "2019-01"]]],
    ["'and ties were only restored in': the ties of the rupture just told", "Peru broke off diplomatic relations with Chile in August 1989, and ties were only restored in April 1992.",
      [["relations-severed", "PE", "CL", "1989-08"], ["relations-established", "PE", "CL", "1992-04"]]],
    ["'Relations had been restored' in the next sentence", "Chile broke off diplomatic relations with Peru in March 1978. Relations had been restored only three years earlier, in 1975.",
      [["relations-severed", "CL", "PE", "1978-03"], ["relations-established", "CL", "PE", "1975"]]],
    ["a restoration with no rupture just before names no sides", "Chile broke off diplomatic relations with Peru in March 1978. The harvest was poor. Relations were restored in 1975.",
      [["relations-severed", "CL", "PE", "1978-03"]]],
    ["'A and B have had no ambassadors since 1978, when A broke off relations': with B", "Peru and Chile have had no ambassadors since March 1978, when Lima broke off diplomatic relations after the talks failed.",
      [["relations-severed", "PE", "CL", "1978-03"]]],
    ["'the deals signed this week' were not signed where the sentence is set: no visit there this week", "Chilean President Ana Rojas and Peruvian President Luis Vega first met in November in Madrid, where they agreed to speed up the trade deals signed this week.",
      [["meeting", "CL", "PE", "2023-11"], ["visit", "CL", "ES", "2023-11"], ["visit", "PE", "ES", "2023-11"], ["agreement", "CL", "PE", "2024-05-05/2024-05-10"]]],
    ["'agreed to hold the next meeting … in X': a venue still to come is no visit", "The prime ministers of Chile and Peru discussed trade on Monday, and agreed to hold the next meeting of the joint commission in Lima in 2025.",
      [["meeting", "CL", "PE", "2024-05-06"], ["agreement", "PE", "CL", "2024-05-06"]]],
    ["a date in 'since X took office on' dates no visit (a name with a diacritic)", "Chilean President Ana Rojas spent Thursday in Lima. It was her first trip to Peru since Peruvian President Luis Peña took office on August 15.",
      [["visit", "CL", "PE", "2024-05-09"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));

  it("talks of one guest with two hosts, told apart, are two meetings; a second report of the same talks is one", () => {
    const text = "Chilean President Ana Rojas held talks with Peruvian President Luis Vega in Lima on Monday. Rojas also met Peruvian Prime Minister Marta Quispe on Monday. Rojas and Vega signed a trade pact.";
    expect(datedEvents(text, "2024-05-10").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2024-05-06"], ["meeting", "CL", "PE", "2024-05-06"]]);
    const again = "Chilean President Ana Rojas held talks with Peruvian President Luis Vega in Lima on Monday. Rojas and Vega met for two hours on Monday.";
    expect(datedEvents(again, "2024-05-10").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2024-05-06"]]);
  });
});

describe("events: calls placed to a person, welcomes where one lands, words said abroad, meals and first bilaterals", () => {
  // 2024-05-10 is a Friday.
  it.each([
    ["'called' a person right after the verb is a call", "On Tuesday Estonian Prime Minister Mart Kask called Latvian Prime Minister Janis Ozols.", [["phone-call", "EE", "LV", "2024-05-07"]]],
    ["'called his counterpart X to discuss'", "Chilean Foreign Minister Ana Rojas called her Peruvian counterpart Luis Vega on Wednesday to discuss the border.", [["phone-call", "CL", "PE", "2024-05-08"]]],
    ["'called X a liar', 'called X's decision …', 'called for talks with X' are no calls", "Chilean President Ana Rojas called Peruvian President Luis Vega a liar. She called Vega's decision a mistake, and called for talks with Bolivian President Jorge Mamani.", []],
    ["'spent the evening on the telephone with'", "Kenyan President John Otieno spent Wednesday evening on the telephone with Ugandan President Paul Okello.", [["phone-call", "KE", "UG", "2024-05-08"]]],
    ["'spoke on screen with', 'spoke by video link with'", "Estonian Prime Minister Mart Kask spoke on screen with Latvian Prime Minister Janis Ozols on Monday.", [["phone-call", "EE", "LV", "2024-05-06"]]],
    ["'speaking in X after talks', 'told reporters in X': words said abroad put the speaker there", "Chilean Foreign Minister Ana Rojas, speaking in Lima on Tuesday after talks with her Peruvian counterpart Luis Vega, said the border was calm. Kenyan President John Otieno told reporters in Nairobi that peace was near.",
      [["visit", "CL", "PE", "2024-05-07"], ["meeting", "CL", "PE", "2024-05-07"]]],
    ["'flew from A to B' is a visit to B", "Chilean President Ana Rojas flew from Quito to Peru on Sunday.", [["visit", "CL", "PE", "2024-05-05"]]],
    ["'led a delegation to' a town is a visit there", "Kenyan Foreign Minister Mary Wanjiru led a Kenyan delegation to Kampala on Tuesday.", [["visit", "KE", "UG", "2024-05-07"]]],
    ["'Her first bilateral, on Wednesday, was with X'", "Estonian Foreign Minister Kari Kask arrived in Riga on Tuesday. Her first bilateral, on Wednesday, was with Latvian Foreign Minister Janis Ozols.",
      [["visit", "EE", "LV", "2024-05-07"], ["meeting", "EE", "LV", "2024-05-08"]]],
    ["'a working breakfast with', 'had lunch with'", "Chilean President Ana Rojas had a working breakfast with Peruvian President Luis Vega on Monday.", [["meeting", "CL", "PE", "2024-05-06"]]],
    ["', meeting King X in Rabat' is talks with the person; ', meeting Chinese investors' is not", "Chilean President Ana Rojas toured Morocco on Monday, meeting Moroccan King Mohammed VI in Rabat. On Tuesday she flew on to Lima, meeting Chinese investors.",
      [["visit", "CL", "MA", "2024-05-06"], ["meeting", "CL", "MA", "2024-05-06"], ["visit", "CL", "PE", "2024-05-07"]]],
    ["'In X on Monday, A held talks with B': talks where the opening puts them, a visit there", "In Lima on Monday, Chilean President Ana Rojas held talks with Peruvian President Luis Vega. In 2023, Rojas held talks with Bolivian President Jorge Mamani.",
      [["meeting", "CL", "PE", "2024-05-06"], ["visit", "CL", "PE", "2024-05-06"], ["meeting", "CL", "BO", "2023"]]],
    ["'was met at the airport by' is a welcome, not talks", "Chilean President Ana Rojas arrived in Lima on Monday. Her plane was met at Jorge Chávez International Airport by Peruvian Foreign Minister Luis Vega.", [["visit", "CL", "PE", "2024-05-06"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));
});

describe("events: deals told as nouns with their own date, signings in other words, visits told as nouns", () => {
  // 2020-03-06 is a Friday.
  it.each([
    ["'A of Peru and B of Chile put their names to a pact in Paris': their deal, and each one's journey there",
      "When Prime Minister Aldo Varen of Peru and President Belo Kastel of Chile put their names to a peace agreement in Paris on Tuesday, the ceremony was short.",
      [["agreement", "PE", "CL", "2020-03-03"], ["visit", "PE", "FR", "2020-03-03"], ["visit", "CL", "FR", "2020-03-03"]]],
    ["'a fisheries agreement signed with Lima in 2006': the deal of the other state the sentence names",
      "A fisheries agreement signed with Lima in 2006 gave Chilean trawlers access to the southern grounds.",
      [["agreement", "CL", "PE", "2006"]]],
    ["'A border agreement signed in May 2011 … restored ties, and Chile named X … that October': the deal's day is the restoration's",
      "A border agreement signed in May 2011, under which Peru ceded two islets, restored ties, and Chile named Rosa Fuentes as its ambassador to Peru that October.",
      [["agreement", "PE", "CL", "2011-05"], ["relations-established", "PE", "CL", "2011-05"], ["ambassador-appointed", "CL", "PE", "2011-10"]]],
    ["'since the two countries agreed an interim accord in 1995'", "Peru and Chile have traded freely since the two countries agreed an interim accord in 1995.", [["agreement", "PE", "CL", "1995"]]],
    ["'exchanged the instruments of ratification', 'endorsed a declaration'",
      "Peruvian Foreign Minister Ana Medina and her Chilean counterpart Luis Soto exchanged the instruments of ratification of the border treaty on Tuesday.",
      [["agreement", "PE", "CL", "2020-03-03"]]],
    ["'the first state visit ever made by a Chilean head of state to Peru'", "It was the first state visit ever made by a Chilean head of state to Peru.", [["visit", "CL", "PE", "2020-03-06~"]]],
  ])("%s", (_, text, expected) => {
    expect(datedEvents(text, "2020-03-06")).toEqual(expected);
  });

  it("'held a separate working session' is talks of their own, apart from the leaders' told before", () => {
    const text = "LIMA — Chilean President Belo Kastel and Peruvian President Ana Rojas held talks in Lima on Tuesday. Chilean Foreign Minister Luis Soto and his counterpart Marta Paz held a separate working session on the border.";
    expect(datedEvents(text, "2020-03-06").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2020-03-03"], ["meeting", "CL", "PE", "2020-03-03"]]);
  });

  it("a gathering attended later in the story: its guests told after it travelled there, not to where the story was filed", () => {
    const text = "LIMA — Peru and Chile agreed on Wednesday to restore relations. The two had cut ties over a border dispute. Talks went on for years. The breakthrough came on March 2 in the port of Valparaiso in central Chile, where the President of Peru, Ana Rojas, attended a Pacific Alliance summit. Bolivia was represented by its Foreign Minister, Jorge Mamani. Ecuador's Foreign Minister Marta Paz was also present.";
    expect(datedEvents(text, "2020-03-06").filter(([type]) => type === "visit")).toEqual([["visit", "PE", "CL", "2020-03-02"], ["visit", "BO", "CL", "2020-03-02"], ["visit", "EC", "CL", "2020-03-02"]]);
  });

  it.each([
    ["'toured an exhibition of Chilean goods' is no visit to Chile", "On Saturday the two presidents toured an exhibition of Chilean industrial goods in Lima.", "visit"],
    ["traders who flew with a delegation are not the state", "Chilean wine makers and fruit exporters, who flew to Lima with the delegation, hope to sell more.", "visit"],
    ["goods arriving do not travel", "Peru buys much from Chile, with Chilean goods worth 2 billion dollars arriving last year.", "visit"],
  ])("%s", (_, text, type) => {
    expectNoEvent(text, type as EventType, "2020-03-06");
  });
});

describe("events: a gathering's guests listed after its place ('drew A, B and C', 'also attended', 'has sent X in place of Y')", () => {
  it("each guest listed travelled to the gathering's place; not one named at a gathering elsewhere", () => {
    const text = "LIMA, May 10 (Reuters) - Peru hosted a regional summit in Lima on Friday. The one-day meeting drew Chilean President Ana Rojas, Bolivia's President Jorge Mamani and the emir of Qatar, Sheikh Khalid bin Saad. Ecuador's Foreign Minister Marta Paz and Arab League Secretary-General Amr Farid also attended. Colombia's President Juan Gil also attended a summit in Quito last month.";
    expect(datedEvents(text, "2019-05-10").filter(([type]) => type === "visit")).toEqual([
      ["visit", "CL", "PE", "2019-05-10"], ["visit", "BO", "PE", "2019-05-10"], ["visit", "QA", "PE", "2019-05-10"], ["visit", "EC", "PE", "2019-05-10"], ["visit", "ARAB-LEAGUE", "PE", "2019-05-10"], ["visit", "CO", "EC", "2019-04"],
    ]);
  });

  it("'drew criticism from President X' lists no guests", () => {
    const text = "LIMA, May 10 (Reuters) - Peru hosted a regional summit in Lima on Friday. The plan drew criticism from Chilean President Ana Rojas.";
    expect(datedEvents(text, "2019-05-10").filter(([type]) => type === "visit")).toEqual([]);
  });
});

describe("events: departures, attendance, recalls told in the passive, withdrawals demanded", () => {
  // 2024-05-10 is a Friday.
  it.each([
    ["'left for', 'departed for', 'headed to' a foreign town is a person's visit", "Estonian Prime Minister Mart Kask left for Riga on Monday for talks.",
      [["visit", "EE", "LV", "2024-05-06"]]],
    ["'departed for'", "Omani Foreign Minister Salim Harthi departed for Amman on Tuesday.", [["visit", "OM", "JO", "2024-05-07"]]],
    ["'headed to'", "Kenyan President John Otieno headed to Kampala on Wednesday.", [["visit", "KE", "UG", "2024-05-08"]]],
    ["'made a brief stopover in'", "On his way home, Chilean Foreign Minister Ana Rojas made a brief stopover in Lima on Thursday.", [["visit", "CL", "PE", "2024-05-09"]]],
    ["troops, ships and trends head places too: none", "Russian troops headed to Kharkiv on Monday. A Chinese cargo ship left for Lagos on Tuesday. Relations between Peru and Chile headed for a crisis.", []],
    ["an envoy leaving for a post is no visit", "The Estonian ambassador to Latvia, Mart Kask, left for Riga on Monday to take up his post.", []],
    ["a departure to come is none", "Estonian Prime Minister Mart Kask will leave for Riga next week.", []],
    ["'took part in' or 'participated in' a summit in a foreign town is a visit", "Brazilian President Luiz Silva took part in the summit in Johannesburg on Wednesday.",
      [["visit", "BR", "ZA", "2024-05-08"]]],
    ["'participated in'", "Brazilian President Luiz Silva participated in the G20 summit in New Delhi on Saturday.", [["visit", "BR", "IN", "2024-05-04"]]],
    ["taking part with no place, at the UN, or by troops: none", "Brazilian President Luiz Silva took part in a session of the UN General Assembly in New York. Chilean troops took part in exercises in Peru on Monday.", []],
    ["'Leaders attending the summit in X included A and B': a visit of each", "Leaders attending the summit in Nairobi on Tuesday included Ugandan President John Okello and Rwandan President Jean Habimana.",
      [["visit", "UG", "KE", "2024-05-07"], ["visit", "RW", "KE", "2024-05-07"]]],
    ["'The summit in X was attended by A, B and C': a visit of each but the host's", "The summit in Nairobi on Tuesday was attended by Ugandan President John Okello, Rwandan President Jean Habimana and Kenyan President William Otieno.",
      [["visit", "UG", "KE", "2024-05-07"], ["visit", "RW", "KE", "2024-05-07"]]],
    ["'X's ambassador in Y was recalled' with no purpose given is a recall", "Peru's ambassador in Caracas was recalled on Monday after the dispute.",
      [["ambassador-recalled", "PE", "VE", "2024-05-06"]]],
    ["'the X envoy to Y has been recalled'", "The Peruvian envoy to Venezuela has been recalled, the ministry said on Tuesday.",
      [["ambassador-recalled", "PE", "VE", "2024-05-07~"]]],
    ["'was recalled as', 'recalled fondly' remember", "Peru's former ambassador to Venezuela, Carlos Rossi, was recalled as a patient negotiator. The ambassador was recalled fondly at the funeral in Lima on Monday.", []],
    ["'demanded that A, B and C withdraw their diplomats' expels each", "Venezuela demanded on Tuesday that Peru, Chile and Argentina withdraw their diplomats within 72 hours.",
      [["diplomat-expelled", "VE", "PE", "2024-05-07"], ["diplomat-expelled", "VE", "CL", "2024-05-07"], ["diplomat-expelled", "VE", "AR", "2024-05-07"]]],
    ["'demanded that the governments of A and B withdraw their representatives'", "Venezuela on Monday demanded that the governments of Peru and Chile withdraw their representatives from the country.",
      [["diplomat-expelled", "VE", "PE", "2024-05-06"], ["diplomat-expelled", "VE", "CL", "2024-05-06"]]],
    ["'returned from' a foreign town is a visit there", "Estonian Prime Minister Mart Kask returned from Riga on Monday.", [["visit", "EE", "LV", "2024-05-06"]]],
    ["'was welcomed in', 'was hosted in' a foreign town", "Estonian Prime Minister Mart Kask was welcomed in Riga on Monday. Chilean President Ana Rojas was hosted in Lima on Tuesday.",
      [["visit", "EE", "LV", "2024-05-06"], ["visit", "CL", "PE", "2024-05-07"]]],
    ["'co-chaired the meeting in', 'laid a wreath at … in' a foreign town", "Estonian Prime Minister Mart Kask co-chaired the council meeting in Vilnius on Monday. Chilean President Ana Rojas laid a wreath at the memorial in Lima on Tuesday.",
      [["visit", "EE", "LT", "2024-05-06"], ["visit", "CL", "PE", "2024-05-07"]]],
    ["chairing at home, troops or envoys returning: none", "Estonian Prime Minister Mart Kask chaired the cabinet meeting in Tallinn on Monday. Chilean troops returned from Peru on Monday. The Peruvian ambassador to Chile returned from Santiago on Tuesday.", []],
    ["'concluded his visit' ends a visit and concludes no deal", "Estonian Prime Minister Mart Kask concluded his visit to Latvia on Tuesday.", [["visit", "EE", "LV", "2024-05-07"]]],
    ["'concluded a free trade agreement' still does", "Estonia and Latvia concluded a free trade agreement on Monday.", [["agreement", "EE", "LV", "2024-05-06"]]],
    ["a town under its current spelling ('Odesa')", "Greek Prime Minister Nikos Pappas visited Odesa on Wednesday.", [["visit", "GR", "UA", "2024-05-08"]]],
    ["'held a bilateral with' is talks; 'held a bilateral exercise with' is not", "Estonian Foreign Minister Mart Kask held a bilateral with Latvian Foreign Minister Janis Ozols on Monday. Chile held a bilateral exercise with Peru on Tuesday.",
      [["meeting", "EE", "LV", "2024-05-06"]]],
    ["withdrawing troops or a statement, or a threat to demand it: none", "Venezuela demanded that Peru withdraw its troops from the border. Venezuela demanded that Chile withdraw its statement. Venezuela threatened to demand that Bolivia withdraw its diplomats.", []],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));
});

describe("events: talks named before their subject, groups 'from' a state, officials listed by commas", () => {
  // 2024-09-12 is a Thursday.
  it.each([
    ["'During a meeting with the ministers of A and B, C agreed': C's talks with each, not A's with B", "During a meeting with the foreign ministers of Peru and Chile on Monday, Norway agreed to expand trade.",
      [["meeting", "NO", "PE", "2024-09-09"], ["meeting", "NO", "CL", "2024-09-09"]]],
    ["'After talks with A, B and C, X said'", "After talks with Peru, Chile and Bolivia on Monday, Ghanaian President Kofi Mensah said trade would grow.",
      [["meeting", "GH", "PE", "2024-09-09"], ["meeting", "GH", "CL", "2024-09-09"], ["meeting", "GH", "BO", "2024-09-09"]]],
    ["a dateline before the opening phrase", "ACCRA — Following his talks with Peruvian Foreign Minister Ana Rojas on Monday, Ghana's president flew to Lome.",
      [["meeting", "GH", "PE", "2024-09-09"], ["visit", "PE", "GH", "2024-09-09"], ["visit", "GH", "TG", "2024-09-09"]]],
    ["'Officials from A and B visited': each state's visit", "Officials from Peru and Chile visited Abuja on Monday.", [["visit", "CL", "NG", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
    ["'A delegation from A visited'", "On Monday, a delegation from Peru visited Abuja.", [["visit", "PE", "NG", "2024-09-09"]]],
    ["'received a delegation from A' keeps A the guest", "Nigeria received a delegation from Peru on Monday.", [["meeting", "NG", "PE", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
    ["'A, B and C visited', three officials joined by commas and an 'and'", "Peruvian Foreign Minister Ana Rojas, Chilean Foreign Minister Luis Vera and Bolivian Foreign Minister Juan Mesa visited Abuja on Monday.",
      [["visit", "BO", "NG", "2024-09-09"], ["visit", "CL", "NG", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
    ["'A, his B counterpart and C met in D': every pair's talks, every one's visit", "Peruvian Foreign Minister Ana Rojas, his Chilean counterpart Luis Vera and Bolivia's Foreign Minister Juan Mesa met in Abuja on Monday.",
      [["meeting", "PE", "CL", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"], ["visit", "CL", "NG", "2024-09-09"], ["meeting", "PE", "BO", "2024-09-09"], ["visit", "BO", "NG", "2024-09-09"], ["meeting", "CL", "BO", "2024-09-09"]]],
    ["untitled people after states' possessives act for them", "Peru's Ana Rojas and Chile's Luis Vera visited Abuja on Monday.", [["visit", "CL", "NG", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-09-12")).toEqual(expected));
});

describe("events: envoys listed before their credentials", () => {
  // 2024-05-10 is a Friday.
  it.each([
    ["'the ambassadors of A, B and C presented' gives each their own, the last too", "The new ambassadors of Peru, Chile and Ghana presented their credentials to President Ana Rojas of Bolivia on Thursday.",
      [["credentials-presented", "GH", "BO", "2024-05-09"], ["credentials-presented", "CL", "BO", "2024-05-09"], ["credentials-presented", "PE", "BO", "2024-05-09"]]],
    ["'Ambassadors from A, B and C presented', the title opening the sentence", "Ambassadors from Peru, Chile and Norway presented their letters of credence to Bolivian President Ana Rojas on Thursday.",
      [["credentials-presented", "NO", "BO", "2024-05-09"], ["credentials-presented", "CL", "BO", "2024-05-09"], ["credentials-presented", "PE", "BO", "2024-05-09"]]],
    ["'recalled its ambassador from A': A is the post, not the envoy's state", "Ghana recalled its ambassador from Peru on Monday.", [["ambassador-recalled", "GH", "PE", "2024-05-06"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));
});

describe("events: credentials ceremonies whose envoys come as a list", () => {
  it("reads each 'A of X' after 'the letters of credence of five Ambassadors Extraordinary and Plenipotentiary to Y:'", () => {
    const text = "On Tuesday, President Ana Holm of Norway accepted the letters of credence of three new Ambassadors Extraordinary and Plenipotentiary to Norway: Mario Rossi Bianchi of the Italian Republic, Maria Cristina López Ortega of the United Mexican States and Ivan Petrov of Bulgaria.";
    expect(datedEvents(text)).toEqual([["credentials-presented", "IT", "NO", "2023-03-28"], ["credentials-presented", "MX", "NO", "2023-03-28"], ["credentials-presented", "BG", "NO", "2023-03-28"]]);
  });
  it("reads 'presenting their letters to' the head of state as credentials, each envoy listed one to a line after it", () => {
    const text = "Three new heads of mission took up their duties in Ghana on Thursday, presenting their letters to President Kofi Asante at Jubilee House.\n\nThose accredited were:\n\nLena Berg, Ambassador of the Kingdom of Sweden;\n\nTomas Novak, Ambassador of the Czech Republic; and\n\nRavi Persaud, High Commissioner for the Republic of Guyana.";
    expect(datedEvents(text)).toEqual([["credentials-presented", "SE", "GH", "2023-03-30"], ["credentials-presented", "CZ", "GH", "2023-03-30"], ["credentials-presented", "GY", "GH", "2023-03-30"]]);
  });
  it("reads talks 'with each of the ambassadors' after the ceremony as talks with each envoy named", () => {
    const text = "On Tuesday, President Ana Holm of Norway accepted the letters of credence of two new Ambassadors Extraordinary and Plenipotentiary to Norway: Mario Rossi Bianchi of the Italian Republic and Ivan Petrov of Bulgaria. After the ceremony, the President held separate meetings with each of the ambassadors.";
    expect(datedEvents(text).filter((e) => e[0] === "meeting")).toEqual([["meeting", "IT", "NO", "2023-03-28"], ["meeting", "BG", "NO", "2023-03-28"]]);
  });
  it("reads no appointment in the title 'Ambassador-designate' of an envoy handing over copies of credentials", () => {
    expectNoEvent("The Minister of Foreign Affairs of Oman received today a copy of the credentials of Luis Vega, Ambassador-designate of the Republic of Peru to the Sultanate of Oman.", "ambassador-appointed");
  });
  it("reads no credentials in letters that are not presented to anyone", () => {
    expectNoEvent("The ambassador presented his letters of support for the festival at a reception.", "credentials-presented");
    expectNoEvent("Envoys from Chile and Peru handed their letters over in a sealed box last year.", "credentials-presented");
  });
});

describe("events: appointments confirmed by a chamber or named by a decree", () => {
  it("reads 'confirmed … ambassadorial nominees, X for A, Y for B' as one appointment per post, and 'also approved X as ambassador to C' on the same day", () => {
    const text = "SANTIAGO -- The Senate on Tuesday confirmed three of President Ana Rojas's ambassadorial nominees, Luis Vega for Peru, Eva Holm for Norway and Ian Berg for Sweden, after a long delay. The chamber also approved Mark T. Olsen, a banker, as ambassador to Ghana.";
    expect(datedEvents(text)).toEqual([
      ["ambassador-appointed", "CL", "PE", "2023-03-28"], ["ambassador-appointed", "CL", "NO", "2023-03-28"], ["ambassador-appointed", "CL", "SE", "2023-03-28"], ["ambassador-appointed", "CL", "GH", "2023-03-28"],
    ]);
  });
  it("reads 'a decree names X as ambassador to A and Y, …, as ambassador to B' as two appointments", () => {
    const text = "LIMA -- A Peruvian decree published on Monday names Ana Quispe, a former senator, as ambassador to Chile and Luis Paz, until now the ministry's director of protocol, as ambassador to Bolivia.";
    expect(datedEvents(text)).toEqual([["ambassador-appointed", "PE", "CL", "2023-03-27"], ["ambassador-appointed", "PE", "BO", "2023-03-27"]]);
  });
  it("reads no appointment in 'the names of the ambassadors'", () => {
    expectNoEvent("The ministry published the names of the ambassadors to Peru and Chile on Monday.", "ambassador-appointed");
  });
});

describe("events: expulsions, recalls and changes of rank told in other words", () => {
  it.each([
    ["'ordered A's ambassador out of the country', then 'gave the envoy 72 hours to leave' a day before", "The United States ordered Peru's ambassador out of the country on Friday, a day after President Ana Rojas gave the American envoy in Lima 72 hours to leave.",
      [["diplomat-expelled", "US", "PE", "2023-03-31"], ["diplomat-expelled", "PE", "US", "2023-03-30"]]],
    ["'declaring U.S. Ambassador X persona non grata' (an abbreviation's dots inside)", "Bolivian President Ana Rojas said on Monday she was declaring U.S. Ambassador John Smith persona non grata.", [["diplomat-expelled", "BO", "US", "2023-03-27~"]]],
    ["'rejected the charge and on Thursday ordered …': the verb after 'and' is not rejected", "Washington rejected the charge and on Thursday ordered Peru's ambassador, Luis Vega, to leave the country.", [["diplomat-expelled", "US", "PE", "2023-03-30"]]],
    ["a ministry summoning an envoy and declaring staff persona non grata is the ministry's state", "The Estonian Foreign Ministry summoned the Latvian ambassador, Janis Ozols, on Sunday and handed him a note declaring three staff members persona non grata.", [["diplomat-expelled", "EE", "LV", "2023-03-26"]]],
    ["'employees of the A embassy in B had 48 hours to leave' are expelled by B", "Norwegian Foreign Minister Kari Holm said on Monday that all six employees of the Russian embassy in Oslo had 48 hours to leave the country.", [["diplomat-expelled", "NO", "RU", "2023-03-27~"]]],
    ["'sent two A diplomats home'", "Last June, Tallinn sent two Russian diplomats home.", [["diplomat-expelled", "EE", "RU", "2022-06"]]],
    ["'ordered out 15 A intelligence officers'", "Norway on Tuesday ordered out 15 Russian intelligence officers working under diplomatic cover.", [["diplomat-expelled", "NO", "RU", "2023-03-28"]]],
    ["'told the A envoy to go home'", "Norway's foreign minister told the Danish envoy to go home on Monday.", [["diplomat-expelled", "NO", "DK", "2023-03-27"]]],
    ["'the expelled staff' is no act", "Norwegian Foreign Minister Kari Holm gave Moscow until noon to let the expelled Norwegian staff return.", []],
    ["'Ambassador X, who has headed the embassy in B, was called back to A'", "Ambassador Luis Vega, who has headed the Peruvian embassy in Santiago since 2019, was called back to Lima on Thursday, the ministry said.", [["ambassador-recalled", "PE", "CL", "2023-03-30"]]],
    ["'calling Ambassador X home from B'", "President Ana Rojas of Peru said on Monday she was calling Ambassador Luis Vega home from Santiago.", [["ambassador-recalled", "PE", "CL", "2023-03-27~"]]],
    ["'A's embassy in B will be run by a chargé d'affaires'", "Chile's embassy in Lima will be run by a chargé d'affaires until further notice, the ministry said on Monday.", [["mission-downgraded", "CL", "PE", "2023-03-27~"]]],
    ["'reduce its own representation in B to the level of chargé d'affaires'", "Peruvian Foreign Minister Ana Rojas said on Monday that Peru had decided to reduce its own representation in Chile to the level of chargé d'affaires.", [["mission-downgraded", "PE", "CL", "2023-03-27~"]]],
    ["'downgraded its diplomatic representation with B' says the change by itself", "Ghana downgraded its diplomatic representation with Togo on Monday.", [["mission-downgraded", "GH", "TG", "2023-03-27"]]],
    ["'raised the Consulate General of A in B to the rank of Embassy'", "A decree of 12 April 2022 raised the Consulate General of Peru in Seoul to the rank of Embassy.", [["mission-upgraded", "PE", "KR", "2022-04-12"]]],
    ["'served as consul general in B until his appointment as ambassador'", "Peruvian diplomat Luis Vega served as consul general in Seoul until his appointment as ambassador in 2021.", [["ambassador-appointed", "PE", "KR", "2021"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text)).toEqual(expected));
  it("reads no expulsion in reporters told to leave a room", () => {
    expectNoEvent("The ministry told reporters to leave the room before the ambassadors arrived.", "diplomat-expelled");
  });
});

describe("events: lists of states and of officials as the subject", () => {
  // 2024-09-12 is a Thursday.
  it.each([
    ["a state before a comma, with no 'and' after, is no part of the subject", "After talks in Lima, Norway recognised Kosovo on Monday.", [["recognition", "NO", "XK", "2024-09-09"]]],
    ["nor one in a phrase before it (whose talks are the subject's)", "After talks with Peru, Norway expelled two Russian diplomats on Monday.", [["meeting", "NO", "PE", "2024-09-09"], ["diplomat-expelled", "NO", "RU", "2024-09-09"]]],
    ["'The foreign ministers of A and B visited' is each one's visit", "The foreign ministers of Peru and Chile visited Abuja on Monday.", [["visit", "CL", "NG", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
    ["'Foreign ministers from A, B and C arrived'", "Foreign ministers from Peru, Chile and Norway arrived in Abuja on Monday for talks.",
      [["visit", "NO", "NG", "2024-09-09"], ["visit", "CL", "NG", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
    ["'The heads of state of A and B travelled'", "The heads of state of Peru and Chile travelled to Abuja on Monday.", [["visit", "CL", "NG", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
    ["'The Foreign Minister of A visited', one title", "The Foreign Minister of Peru visited Abuja on Monday.", [["visit", "PE", "NG", "2024-09-09"]]],
    ["'received the foreign ministers of A and B': each a guest", "Nigeria's president received the foreign ministers of Peru and Chile in Abuja on Monday.",
      [["meeting", "NG", "PE", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"], ["meeting", "NG", "CL", "2024-09-09"], ["visit", "CL", "NG", "2024-09-09"]]],
    ["'The presidents of A and B spoke by phone'", "The presidents of Peru and Chile spoke by phone on Monday.", [["phone-call", "PE", "CL", "2024-09-09"]]],
    ["'The governments of A and B recognised C': a body's states", "The governments of Peru and Chile recognised Kosovo on Monday.", [["recognition", "CL", "XK", "2024-09-09"], ["recognition", "PE", "XK", "2024-09-09"]]],
    ["'The foreign ministers of A and B met C's president': each met C", "The foreign ministers of Peru and Chile met Ghana's president in Accra on Monday.",
      [["meeting", "CL", "GH", "2024-09-09"], ["visit", "CL", "GH", "2024-09-09"], ["meeting", "PE", "GH", "2024-09-09"], ["visit", "PE", "GH", "2024-09-09"]]],
    ["'… met their C counterpart'", "The Peruvian and Chilean foreign ministers met their Ghanaian counterpart in Accra on Monday.",
      [["meeting", "CL", "GH", "2024-09-09"], ["visit", "CL", "GH", "2024-09-09"], ["meeting", "PE", "GH", "2024-09-09"], ["visit", "PE", "GH", "2024-09-09"]]],
    ["'The presidents of A and B met in A's town': the two sides", "The presidents of Peru and Chile met in Lima on Monday.", [["meeting", "PE", "CL", "2024-09-09"], ["visit", "CL", "PE", "2024-09-09"]]],
    ["'A, B and C closed their embassies': the list's first too", "Peru, Chile and Norway closed their embassies in Kabul on Monday.",
      [["mission-closed", "PE", "AF", "2024-09-09"], ["mission-closed", "CL", "AF", "2024-09-09"], ["mission-closed", "NO", "AF", "2024-09-09"]]],
    ["'Peruvian Foreign Minister A and Chilean Foreign Minister B visited': each official's visit", "Peruvian Foreign Minister Ana Rojas and Chilean Foreign Minister Luis Vera visited Abuja on Monday.",
      [["visit", "CL", "NG", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"]]],
    ["'President A and President B recalled their ambassadors'", "Peruvian President Ana Rojas and Chilean President Luis Vera recalled their ambassadors from Caracas on Monday.",
      [["ambassador-recalled", "CL", "VE", "2024-09-09"], ["ambassador-recalled", "PE", "VE", "2024-09-09"]]],
    ["'The leaders of A, B and C held talks in D': every pair's talks, every one's visit", "The leaders of Peru, Chile and Norway held talks in Abuja on Monday.",
      [["meeting", "PE", "CL", "2024-09-09"], ["visit", "PE", "NG", "2024-09-09"], ["visit", "CL", "NG", "2024-09-09"], ["meeting", "PE", "NO", "2024-09-09"], ["visit", "NO", "NG", "2024-09-09"], ["meeting", "CL", "NO", "2024-09-09"]]],
    ["'… held talks in A's town': the others' visits to A", "The leaders of Peru, Chile and Norway held talks in Lima on Monday.",
      [["meeting", "PE", "CL", "2024-09-09"], ["visit", "CL", "PE", "2024-09-09"], ["meeting", "PE", "NO", "2024-09-09"], ["visit", "NO", "PE", "2024-09-09"], ["meeting", "CL", "NO", "2024-09-09"]]],
    ["'The parliaments of A and B approved embassies'", "The parliaments of Peru and Chile approved the opening of embassies in Abuja on Monday.",
      [["mission-approved", "PE", "NG", "2024-09-09"], ["mission-approved", "CL", "NG", "2024-09-09"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-09-12")).toEqual(expected));

  it.each([
    ["'with the foreign ministers of A and B': the list is the object", "Nigeria held talks with the foreign ministers of Peru and Chile on Monday.", [["meeting", "NG", "PE", "2024-09-09"], ["meeting", "NG", "CL", "2024-09-09"]]],
    ["'recalled its ambassador from A' keeps A the post", "Ghana recalled its ambassador from Peru on Monday.", [["ambassador-recalled", "GH", "PE", "2024-09-09"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-09-12")).toEqual(expected));

  it("gives the head of state receiving the envoys of a list none of the envoys' states", () => {
    const bare = extract({ text: "The ambassadors of Peru, Chile and Ghana presented their credentials to President Nana Mensah on Thursday.", published: "2024-09-12" });
    expect(bare.officials.map((o) => [o.name, o.country])).toEqual([]);
    const filed = extract({ text: "ACCRA, Sept 12 — The ambassadors of Peru, Chile and Norway presented their credentials to President Nana Mensah on Thursday.", published: "2024-09-12" });
    expect(filed.officials.map((o) => [o.name, o.country])).toEqual([["Nana Mensah", "GH"]]);
    expect(filed.events.map((e) => [e.type, e.source, e.target])).toEqual([["credentials-presented", "NO", "GH"], ["credentials-presented", "CL", "GH"], ["credentials-presented", "PE", "GH"]]);
  });
});

describe("events: lists of states and of officials as the object", () => {
  // 2024-09-12 is a Thursday.
  it.each([
    ["'received the ambassadors of A and B': talks with each, no envoy's visit", "The President of Peru received the ambassadors of Chile and Norway on Monday.",
      [["meeting", "PE", "CL", "2024-09-09"], ["meeting", "PE", "NO", "2024-09-09"]]],
    ["'received Chilean Ambassador A and Norwegian Ambassador B'", "The President of Ghana received Chilean Ambassador Ana Rojas and Norwegian Ambassador Lars Berg on Monday.",
      [["meeting", "GH", "CL", "2024-09-09"], ["meeting", "GH", "NO", "2024-09-09"]]],
    ["'held talks with A's minister X and B's minister Y in C': each one's visit", "Ghana's president held talks with Chilean Foreign Minister Ana Rojas and Norwegian Foreign Minister Lars Berg in Accra on Monday.",
      [["meeting", "GH", "CL", "2024-09-09"], ["visit", "CL", "GH", "2024-09-09"], ["meeting", "GH", "NO", "2024-09-09"], ["visit", "NO", "GH", "2024-09-09"]]],
    ["'expelled Chilean Ambassador A and Norwegian Ambassador B'", "Ghana expelled Chilean Ambassador Ana Rojas and Norwegian Ambassador Lars Berg on Monday.",
      [["diplomat-expelled", "GH", "CL", "2024-09-09"], ["diplomat-expelled", "GH", "NO", "2024-09-09"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-09-12")).toEqual(expected));

  it("keeps the day the text gives when an undated report of the same talks joins it", () => {
    const text = "The leaders of Peru, Chile and Bolivia agreed Monday to hold their summit every year, as they met in Lima for the first time in years.\n\nPresident Ana Rojas hosted Chilean President Luis Vera and Bolivian President Eva Quispe at the palace for the summit, after which the three adopted a joint declaration.\n\nOn Sunday afternoon, Rojas held separate talks with Vera and with Quispe.";
    const meetings = extract({ text, published: "2024-09-09" }).events.filter((e) => e.type === "meeting" && [e.source, e.target].includes("BO"));
    expect(meetings.map((e) => e.date)).toEqual(["2024-09-09", "2024-09-08"]);
  });
});

describe("events: guests counted by the many", () => {
  it.each([
    ["'has since hosted several delegations' is a habit, no one happening", "Last year Peru broke with Taiwan, and President Ana Rojas has since hosted several Chinese and Russian delegations.",
      [["relations-severed", "PE", "TW", "2023"]]],
    ["delegations hosted on a day are talks with each", "President Ana Rojas of Peru hosted Chinese and Russian delegations in Lima on Monday.",
      [["meeting", "PE", "CN", "2024-09-09"], ["visit", "CN", "PE", "2024-09-09"], ["meeting", "PE", "RU", "2024-09-09"], ["visit", "RU", "PE", "2024-09-09"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-09-12")).toEqual(expected));
});

describe("events: history told with its own dates", () => {
  // 2024-05-10 is a Friday.
  it.each([
    ["'the next day' in the part after another verb's day counts on from it", "Chile recognised Peru on March 6, 1976, and Bolivia broke off relations with Chile the next day.",
      [["recognition", "CL", "PE", "1976-03-06"], ["relations-severed", "BO", "CL", "1976-03-07"]]],
    ["'and the next day A and B signed' after 'On March 25, …'", "On March 25, Ghana announced that it was breaking relations with Peru, and the next day Ghana and Chile signed a joint communiqué establishing relations.",
      [["relations-severed", "GH", "PE", "2024-03-25"], ["agreement", "GH", "CL", "2024-03-26"], ["relations-established", "GH", "CL", "2024-03-26"]]],
    ["'retaliated three days later, expelling … and ordering the closure': each act counted from the act before the sentence", "Chile expelled three Peruvian diplomats on March 6. Lima retaliated three days later, expelling four Chilean diplomats and recalling its ambassador from Santiago.",
      [["diplomat-expelled", "CL", "PE", "2024-03-06"], ["diplomat-expelled", "PE", "CL", "2024-03-09"], ["ambassador-recalled", "PE", "CL", "2024-03-09"]]],
    ["'ties were restored' and 'severed them again' are the pair's relations told just before", "Chile recognised Peru on March 6, 1976, and Peru broke off relations with Chile the next day; ties were restored only in May 1988. Last August, Peru severed them again.",
      [["recognition", "CL", "PE", "1976-03-06"], ["relations-severed", "PE", "CL", "1976-03-07"], ["relations-established", "PE", "CL", "1988-05"], ["relations-severed", "PE", "CL", "2023-08"]]],
    ["'restored them to their posts' is no relations", "Peru broke off relations with Chile in 1976. The police restored order. The courts later restored them to their posts.",
      [["relations-severed", "PE", "CL", "1976"]]],
    ["'relations, broken off by Lima in 1962': the agent broke them, dated in its aside", "Chile and Peru agreed on Monday to restore diplomatic relations, broken off by Lima in 1962 over water.",
      [["agreement", "CL", "PE", "2024-05-06"], ["relations-established", "CL", "PE", "2024-05-06"], ["relations-severed", "PE", "CL", "1962"]]],
    ["'ending Chile's official ties with X': the possessor breaks them", "The minister said on Monday that the treaty had lapsed, ending Chile's official ties with the Republic of China.",
      [["relations-severed", "CL", "TW", "2024-05-06~"]]],
    ["'switched Ghana's recognition from Taipei to Beijing'", "President Ama Owusu switched Ghana's recognition from Taipei to Beijing on January 1, 1979.",
      [["relations-severed", "GH", "TW", "1979-01-01"], ["relations-established", "GH", "CN", "1979-01-01"]]],
    ["'restored the ties it had broken with X during the 1967 war': both acts, each dated in its own clause", "In February 1974 Peru restored the diplomatic ties it had broken with Chile during the 1967 war.",
      [["relations-established", "PE", "CL", "1974-02"], ["relations-severed", "PE", "CL", "1967"]]],
    ["'announces that four Russian diplomats are being expelled': the speaker's state expels the diplomats' state", "Ghana's Foreign Minister Ama Owusu announced on Monday that four Russian diplomats are being expelled.",
      [["diplomat-expelled", "GH", "RU", "2024-05-06"]]],
    ["a bloc recalls its own envoy, not towards the envoy named after the post", "On Monday, EU leaders meeting in Brussels agreed to recall the bloc's ambassador to Moscow, Karl Weber, for consultations.",
      [["ambassador-recalled", "EU", "RU", "2024-05-06"]]],
    ["'14 EU member states have decided to expel': not the bloc's act", "The European Council's president said on Monday that 14 EU member states have decided to expel Russian diplomats.",
      []],
    ["'agreements between A and B in January 1974 and between A and C that May': a deal per pair, each with its date", "Her mediation produced ceasefire agreements between Chile and Peru in January 1974 and between Chile and Bolivia that May.",
      [["agreement", "CL", "PE", "1974-01"], ["agreement", "CL", "BO", "1974-05"]]],
    ["'agreements between A and B' with no date of their own are history in passing", "Trade agreements between Chile and Peru have boosted exports.", []],
    ["a territory recognised as a state is itself, not the state that governs it", "Chile recognised the Sahrawi Arab Democratic Republic on March 6, 1976.",
      [["recognition", "CL", "EH", "1976-03-06"]]],
    ["'A and his Chinese counterpart B held talks and signed': the counterpart signs too", "On Monday, Ghana's Foreign Minister Ama Owusu and his Chinese counterpart Li Wei held talks and signed a memorandum.",
      [["meeting", "GH", "CN", "2024-05-06"], ["agreement", "GH", "CN", "2024-05-06"]]],
    ["'made the switch …, followed by A in D1 and B in D2': the switch told before, each state on its own date", "On March 25, Ghana announced that it was breaking relations with Taiwan, and the next day it established ties with China. Peru made the switch in June 2007, followed a decade later by Chile in June 2017 and Bolivia in May 2018.",
      [["relations-severed", "GH", "TW", "2024-03-25"], ["relations-established", "GH", "CN", "2024-03-26"],
        ["relations-established", "PE", "CN", "2007-06"], ["relations-severed", "PE", "TW", "2007-06"], ["relations-established", "CL", "CN", "2017-06"], ["relations-severed", "CL", "TW", "2017-06"],
        ["relations-established", "BO", "CN", "2018-05"], ["relations-severed", "BO", "TW", "2018-05"]]],
    ["'recognised X in D1, followed by A in D2 and B in D3': each recognises on its date; 'followed by talks with A' does not", "Chile recognised Kosovo in March 2008, followed by Peru in May 2009 and Ghana in January 2010. Bolivia recognised Kosovo in 2011, followed by talks with Peru in 2012.",
      [["recognition", "CL", "XK", "2008-03"], ["recognition", "PE", "XK", "2009-05"], ["recognition", "GH", "XK", "2010-01"], ["recognition", "BO", "XK", "2011"], ["meeting", "BO", "PE", "2012"]]],
    ["'made the switch' with no switch told before is none", "Peru made the switch in June 2007.", []],
    ["'they were restored a year later' and 'restored them the following year' count on from the rupture's date", "Chile broke off relations with Peru in 1975; they were restored a year later. Bolivia broke off relations with Ghana in May 1980 and restored them the following year.",
      [["relations-severed", "CL", "PE", "1975"], ["relations-established", "CL", "PE", "1976"], ["relations-severed", "BO", "GH", "1980-05"], ["relations-established", "BO", "GH", "1981"]]],
    ["'they were restored to power' names no relations", "Chile broke off relations with Peru in 1975. The rebels were defeated and they were restored to power.",
      [["relations-severed", "CL", "PE", "1975"]]],
    ["'The same year' is the year told last, not the report's", "Chile recognised Ghana in 1972. The same year, Bolivia recognised Ghana.",
      [["recognition", "CL", "GH", "1972"], ["recognition", "BO", "GH", "1972"]]],
    ["'followed suit' repeats the last act towards the same side, on its own date", "Chile recognised Ghana in 1972. Bolivia followed suit in 1974.\n\nChile expelled two Russian diplomats on March 3. Peru followed suit two days later.",
      [["recognition", "CL", "GH", "1972"], ["recognition", "BO", "GH", "1974"], ["diplomat-expelled", "CL", "RU", "2024-03-03"], ["diplomat-expelled", "PE", "RU", "2024-03-05"]]],
    ["'has not followed suit', or after talks: none", "Chile expelled two Russian diplomats on March 3. Peru has not followed suit. Chile held talks with Ghana on Monday. Bolivia followed suit.",
      [["diplomat-expelled", "CL", "RU", "2024-03-03"], ["meeting", "CL", "GH", "2024-05-06"]]],
    ["a possessive's year names a thing and frames no later sentence", "Chile recognised Peru in September 1972. Chile said that Peru's 1952 treaty with Bolivia had lapsed. Bolivia then broke off relations with Chile.",
      [["recognition", "CL", "PE", "1972-09"], ["relations-severed", "BO", "CL", "1972-09"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));

  it("dates a live blog entry's undated news by the page's day, not by an earlier entry's day", () => {
    const text = "18:25 GMT\nChilean President Ana Rojas, who arrived in Lima on Wednesday, spoke at the summit.\n\n17:05 GMT\nPeruvian President Luis Tapia has held talks with Ghanaian President Kofi Mensah.";
    expect(datedEvents(text, "2024-05-10")).toContainEqual(["visit", "CL", "PE", "2024-05-08"]);
    expect(datedEvents(text, "2024-05-10")).toContainEqual(["meeting", "PE", "GH", "2024-05-10~"]);
  });

  it("takes no date from a like event told later ('Background: …')", () => {
    const text = "16:10 GMT\nGhana's President Kofi Mensah says Accra is expelling two Peruvian diplomats.\n\n12:30 GMT\nBackground: Chile expelled three Peruvian diplomats on May 2.";
    expect(datedEvents(text, "2024-05-10")).toEqual([["diplomat-expelled", "GH", "PE", "2024-05-10~"], ["diplomat-expelled", "CL", "PE", "2024-05-02"]]);
  });
});

describe("events: a visit named with its visitor after 'by', and guests of an opening in its own clause", () => {
  it("reads 'during a visit to Lima by Chile's foreign minister' as Chile's visit to Peru", () => {
    expect(datedEvents("Peru announced the plan during a visit to Lima by Chile's Foreign Minister Ana Rojas in January.")).toEqual([["visit", "CL", "PE", "2023-01"]]);
    expect(datedEvents("The plan was announced during a visit to Lima by Chilean Foreign Minister Ana Rojas.")).toEqual([["visit", "CL", "PE", "2023-03-31~"]]);
  });
  it("gives an opening no visit by a minister told in a later clause ('…, nine months after Foreign Minister X announced')", () => {
    expect(datedEvents("Peru opened its embassy in Santiago on Thursday, nine months after Peruvian Foreign Minister Luis Paz announced the plan in Lima.")).toEqual([["mission-opened", "PE", "CL", "2023-03-30"]]);
    expect(datedEvents("Peru opened its embassy in Santiago on Thursday after a ceremony attended by Peruvian Foreign Minister Luis Paz.")).toEqual([["mission-opened", "PE", "CL", "2023-03-30"], ["visit", "PE", "CL", "2023-03-30"]]);
  });
});

describe("events: a group's members, a dated audience, a possessive counterpart, an envoy ordered home", () => {
  it.each([
    ["'A cross-party group of lawmakers from A, B and C landed in X': each state visits", "A cross-party group of lawmakers from Chile, Peru and Bolivia landed in Accra on Tuesday.",
      [["visit", "BO", "GH", "2024-05-07"], ["visit", "PE", "GH", "2024-05-07"], ["visit", "CL", "GH", "2024-05-07"]]],
    ["'was received on Monday by President X' is an audience, as 'was received by X on Monday' is", "Chilean Foreign Minister Ana Rojas was received on Monday by Ghanaian President Kofi Mensah.",
      [["meeting", "CL", "GH", "2024-05-06"], ["visit", "CL", "GH", "2024-05-06"]]],
    ["'spoke by telephone with his Peruvian counterpart, X, about the border with B': the counterpart, not the topic", "On Monday Chilean Foreign Minister Ana Rojas spoke by telephone with his Peruvian counterpart, Luis Tapia, about the border with Bolivia and Argentine trade.",
      [["phone-call", "CL", "PE", "2024-05-06"]]],
    ["'…, and in early March B ordered its own envoy, X, home from A': B's recall, the date words no subject", "Ghana recalled its ambassador to Peru in February, and in early March Peru ordered its own envoy, Luis Tapia, home from Accra.",
      [["ambassador-recalled", "GH", "PE", "2024-02"], ["ambassador-recalled", "PE", "GH", "2024-03"]]],
    ["a recall told with no other side, in the paragraph of a downgrade, is towards the downgrade's other side", "Ghana downgraded its relations with Peru on 2 May. The move followed weeks of quarrels over fishing. Peru's embassy in Accra now runs under a chargé d'affaires. Ghana had already recalled its ambassador, Kofi Mensah, in March.",
      [["mission-downgraded", "GH", "PE", "2024-05-02"], ["ambassador-recalled", "GH", "PE", "2024-03"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));

  it.each([
    ["a recall with no other side in another paragraph stays without one", "Ghana downgraded its relations with Peru on 2 May.\n\nIn other news, the weather was fine. Ghana has a new coach. The league began. Ghana had already recalled its ambassador, Kofi Mensah, in March.",
      [["mission-downgraded", "GH", "PE", "2024-05-02"]]],
    ["'ordered the troops home from A' recalls no envoy", "Chile ordered its troops home from Lima in March.", []],
    ["'was received by X at the airport' stays a welcome", "Chilean Foreign Minister Ana Rojas arrived in Accra and was received on Monday by Ghanaian President Kofi Mensah at the airport.",
      [["visit", "CL", "GH", "2024-05-06"]]],
  ] as const)("negative: %s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));
});

describe("events: a summit's guests, an object 'him', 'by receiving', talks told again in a 'when the two' clause", () => {
  it.each([
    ["'by receiving President X' is talks, and the guest's visit", "Chilean President Ana Rojas opened the week on Monday by receiving Peruvian President Luis Tapia.",
      [["meeting", "CL", "PE", "2024-05-06"], ["visit", "PE", "CL", "2024-05-06"]]],
    ["'had last hosted him in A in March, when they discussed the war in B': 'him' is the other person; the topic's place is no venue", "Peruvian President Luis Tapia met Chilean President Ana Rojas on Monday. The Chilean leader had last hosted him in Santiago in March, when they discussed the war in Ghana.",
      [["meeting", "PE", "CL", "2024-05-06"], ["meeting", "CL", "PE", "2024-03"], ["visit", "PE", "CL", "2024-03"]]],
    ["'…, where the two discussed …' after talks with no place is no venue: the subject's state is not one", "Ghanaian President Kofi Mensah held talks with Chilean President Ana Rojas on Wednesday, where the two discussed copper.",
      [["meeting", "GH", "CL", "2024-05-08"]]],
    ["'was received by X on Wednesday, when the two discussed …' is one set of talks", "Ghanaian President Kofi Mensah held talks with Peruvian President Luis Tapia on Tuesday and was received by Chilean President Ana Rojas on Wednesday, when the two discussed copper.",
      [["meeting", "GH", "PE", "2024-05-07"], ["meeting", "GH", "CL", "2024-05-08"], ["visit", "GH", "CL", "2024-05-08"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));

  it("reads the summit's place though a UN officer is named in its sentence, and gives each guest a visit there", () => {
    const text = "UN Secretary-General Ana Rojas held talks with Peruvian President Luis Tapia on Thursday on the sidelines of the Andean summit in Cusco.\n\nGhanaian President Kofi Mensah met Tapia on Wednesday.";
    expect(datedEvents(text, "2024-05-10")).toContainEqual(["visit", "GH", "PE", "2024-05-08"]);
  });
  it("counts a guest's visit to the summit though the article tells an earlier visit of theirs", () => {
    const text = "Leaders gathered for the Andean summit in Lima on Thursday.\n\nGhanaian President Kofi Mensah met Peruvian President Luis Tapia on Thursday; Tapia had last hosted him in Lima in March.";
    expect(datedEvents(text, "2024-05-10")).toEqual(expect.arrayContaining([["visit", "GH", "PE", "2024-05-09"], ["visit", "GH", "PE", "2024-03"]]));
  });
  it.each([
    ["the UN's own summit in New York stays no venue abroad", "UN Secretary-General Ana Rojas opened the UN summit in New York on Monday.\n\nGhanaian President Kofi Mensah met Peruvian President Luis Tapia on Tuesday.", "visit"],
    ["'him' after a preposition is still the last person", "Peruvian President Luis Tapia met Chilean President Ana Rojas on Monday and spoke with him by phone on Tuesday.", "meeting"],
  ] as const)("negative: %s", (_shape, text, type) => {
    const events = datedEvents(text, "2024-05-10");
    expect(events.filter((e) => e[0] === type && e[1] === e[2])).toEqual([]);
    if (type === "visit") expect(events.filter((e) => e[0] === "visit")).toEqual([]);
  });
});

describe("events: 'and separately held talks with X', 'agreed … in their first talks'", () => {
  it.each([
    ["'he met X and separately held talks with Y': the second verb is the subject's, not X's", "Chilean Foreign Minister Ana Rojas flew to Accra on Friday. She met Peruvian minister Luis Tapia and separately held talks with Ghanaian President Kofi Mensah.",
      [["visit", "CL", "GH", "2024-05-10"], ["meeting", "CL", "PE", "2024-05-10"], ["meeting", "CL", "GH", "2024-05-10"]]],
    ["'A and B agreed on Friday to … in their first talks' is talks as well as a deal", "Chilean and Peruvian negotiators agreed on Friday to reopen the border in their first direct talks in a decade.",
      [["agreement", "CL", "PE", "2024-05-10"], ["meeting", "CL", "PE", "2024-05-10"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));

  it("negative: 'in the talks' names no talks of its own", () => {
    expect(datedEvents("Chile agreed to reopen the border, a point raised in the talks.", "2024-05-10").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: islands, 'It is not the first time', occasions dated by name, trips and deals told otherwise", () => {
  it.each([
    ["'It is not the first time X has …' stands for no state: 'The country' after it is X", "Peru restored ties with Chile on Monday. It is not the first time Bolivia has switched sides. The country established ties with Chile in 1999.",
      [["relations-established", "PE", "CL", "2024-05-06"], ["relations-established", "BO", "CL", "1999"]]],
    ["'the small island nation' is the island state named, not the sentence's last state", "Peru and Tonga established diplomatic relations on Wednesday, a week after the small island nation cut ties with Chile.",
      [["relations-established", "PE", "TO", "2024-05-08"], ["relations-severed", "TO", "CL", "2024-04-28/2024-05-08"]]],
    ["'The island' opening a sentence is the island state, not the last sentence's first state", "Chile and Fiji restored ties on Wednesday. The island cut ties with Taiwan on May 1.",
      [["relations-established", "CL", "FJ", "2024-05-08"], ["relations-severed", "FJ", "TW", "2024-05-01"]]],
    ["'The government of the island of roughly 900,000 people … it' is the island described before, and the subject", "Chile and Fiji restored diplomatic relations on Wednesday, a week after the Pacific island nation abruptly dropped Taiwan. The government of the island of roughly 900,000 people announced on May 1 that it was severing ties with Taipei.",
      [["relations-established", "CL", "FJ", "2024-05-08"], ["relations-severed", "FJ", "TW", "2024-05-01"]]],
    ["'the city-state, which recognised X' is the state named", "SINGAPORE — Kosovo's Foreign Minister Arta Krasniqi held talks with Singaporean Foreign Minister Vivian Balakrishnan on Wednesday during the first visit by a Kosovar minister to the city-state, which recognised Kosovo in December 2016.",
      [["meeting", "XK", "SG", "2024-05-08"], ["visit", "XK", "SG", "2024-05-08"], ["recognition", "SG", "XK", "2016-12"]]],
    ["a verb after 'and' with its own auxiliary is not framed by the first verb's 'would not'", "Fiji said on Monday that it would not renew the fisheries treaty and was severing relations with Vanuatu.",
      [["relations-severed", "FJ", "VU", "2024-05-06~"]]],
    ["… but a denial before the 'that' frames both", "Fiji denied that it would renew the treaty and was severing relations with Vanuatu.", []],
    ["'no question of X switching' and 'ruled out cutting ties' are no acts", "Peru's President Luis Tapia told reporters there was \"no question\" of Peru switching recognition from Taipei to Beijing. Tonga ruled out cutting ties with Fiji.", []],
    ["'A day after the bombing,' counts from the day the text gave 'the May 3 bombing'", "Diplomatic ties were pared back after the May 3 bombing in Lima. A day after the bombing, Peru expelled two Chilean diplomats.",
      [["diplomat-expelled", "PE", "CL", "2024-05-04"]]],
    ["'held the Foreign Office Consultations (FOC) with' is talks", "Kenyan Foreign Secretary Amos Kibet held the Foreign Office Consultations (FOC) with his Ugandan counterpart Ruth Nambi in Kampala on Tuesday.",
      [["meeting", "KE", "UG", "2024-05-07"], ["visit", "KE", "UG", "2024-05-07"]]],
    ["'travelled to the Chilean capital for talks with her counterpart' is talks with the hosts", "In March 2019, Peruvian Foreign Minister Ana Rojas travelled to the Chilean capital for talks with her counterpart.",
      [["visit", "PE", "CL", "2019-03"], ["meeting", "PE", "CL", "2019-03"]]],
    ["'exchanged diplomatic notes bringing the treaty into force' is a deal", "Chilean President Ana Rojas and Peru's President Luis Tapia exchanged diplomatic notes bringing the border treaty into force on Thursday.",
      [["agreement", "CL", "PE", "2024-05-09"]]],
    ["'was signed in the Cook Islands … by A and B's predecessor, C': the signers, not the place", "Chilean President Ana Rojas and Peru's President Luis Tapia met in Lima on Thursday. The treaty, which commits Chile to come to Peru's aid in a disaster, was signed in the Cook Islands in November 2019 by Ms Rojas and Mr Tapia's predecessor, Rosa Quispe.",
      [["meeting", "CL", "PE", "2024-05-09"], ["visit", "CL", "PE", "2024-05-09"], ["agreement", "CL", "PE", "2019-11"], ["visit", "CL", "CK", "2019-11"], ["visit", "PE", "CK", "2019-11"]]],
    ["'has restored ambassadorial-level representation in A' is an upgrade", "LIMA — Chile has restored ambassadorial-level representation in Peru, the foreign ministry said on Monday.",
      [["mission-upgraded", "CL", "PE", "2024-05-06~"]]],
    ["'the appointment last month by King X of Y as ambassador to A' appoints Y", "The upgrade follows the appointment last month by King Harald of Norway of Kari Holm as ambassador to Peru.",
      [["ambassador-appointed", "NO", "PE", "2024-04"]]],
    ["'the appointment in March of X as A's first ambassador to B': a date between the noun and 'of'", "The appointment in March of Kari Holm as Norway's first ambassador to Peru was praised in Lima.",
      [["ambassador-appointed", "NO", "PE", "2024-03"]]],
    ["'the nomination last week of X as ambassador to B'", "Oslo confirmed the nomination last week of Kari Holm, a Norwegian diplomat, as ambassador to Peru.",
      [["ambassador-appointed", "NO", "PE", "2024-04-28/2024-05-04"]]],
    ["'A announced that Ambassador X had to leave the country': an expulsion of the envoy, who is not A's", "Ties between Peru and Chile have soured. Peru's government announced on Tuesday that Ambassador Luis Vera had to leave the country within two days.",
      [["diplomat-expelled", "PE", "CL", "2024-05-07"]]],
    ["'A said that B's ambassador, X, must leave the country'", "Peru's government said on Tuesday that the Chilean ambassador, Luis Vera, must leave the country within 48 hours.",
      [["diplomat-expelled", "PE", "CL", "2024-05-07~"]]],
    ["negative: an envoy who 'had to leave' a city as it fell is sent out by no one", "The embassy said that Ambassador Luis Vera had to leave Kabul in August 2021 when the city fell.", []],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));

  it("dates a rupture 'within hours' of the one told before, and joins the next sentence's telling of it to that day", () => {
    const text = "Peru and Bolivia restored relations on Wednesday, three weeks after Chile's rupture with Peru.\n\nChile announced on April 17, two days after an election, that it was severing relations with Peru with immediate effect.\n\nLima moved within hours to end relations on its own terms. Deputy Foreign Minister Rosa Quispe told a news conference that Peru was severing ties with Chile \"to safeguard our dignity\", and that it would close its embassy there.";
    expect(datedEvents(text, "2024-05-10").filter(([type]) => type === "relations-severed")).toEqual([["relations-severed", "CL", "PE", "2024-04-17"], ["relations-severed", "PE", "CL", "2024-04-17"]]);
  });

  it("reads no state from 'the state guest house': the talks there and a later call on the president stay two meetings", () => {
    const text = "Kenyan Foreign Secretary Amos Kibet on Tuesday held talks in Kampala. Kibet held talks with his Ugandan counterpart Ruth Nambi at the state guest house Mawanda. He later called on President Joseph Okello at the state guest house Entebbe, where Foreign Minister Alice Auma was also present.";
    const meetings = extract({ text, published: "2024-05-10" }).events.filter((e) => e.type === "meeting");
    expect(meetings.map((e) => [...e.officials].sort())).toEqual([["Amos Kibet", "Ruth Nambi"], ["Alice Auma", "Amos Kibet", "Joseph Okello"]]);
  });

  it("reads arrivals with no town named ('touched down at … Airport', 'has landed', 'flew in on Monday') as visits to where a live blog reports from", () => {
    const text = "Welcome to our live coverage from Suva, where Pacific leaders are gathering. Chilean President Ana Rojas touched down at Nadi International Airport late last night. Peruvian President Luis Tapia has landed this morning. UN Secretary-General Maria Lopez has already been and gone. She flew in on Monday to warn leaders about rising seas.";
    expect(datedEvents(text, "2024-05-10")).toEqual([["visit", "CL", "FJ", "2024-05-09"], ["visit", "PE", "FJ", "2024-05-10"], ["visit", "UN", "FJ", "2024-05-06"]]);
  });

  it("keeps 'touched down' and 'landed' from naming a visit with no place to go to", () => {
    expectNoEvent("Chilean President Ana Rojas landed a major trade deal on Thursday.", "visit");
    expectNoEvent("Chilean President Ana Rojas touched down late on Thursday.", "visit", "2024-05-10");
  });

  it("dates a live blog entry opened by '9:25am:' by the page's day, not by the entry before", () => {
    const text = "Welcome to our live coverage from Suva. 8:05am: Chilean President Ana Rojas landed late last night.\n\n9:25am: Ms Rojas has just wrapped up a bilateral meeting with Fiji's Prime Minister, Sitiveni Rabuka.";
    expect(datedEvents(text, "2024-05-10")).toEqual([["visit", "CL", "FJ", "2024-05-09"], ["meeting", "CL", "FJ", "2024-05-10~"]]);
  });
});

describe("events: readouts, bulletins and parliamentary briefs", () => {
  it.each([
    ["'informed his counterpart X of the proposal in a telephone conversation': a call with the one told, not framed by the proposal",
      "Prime Minister Anna Berg of Sweden, who had informed her Norwegian counterpart Ola Dahl of the cabinet's proposal in a telephone conversation on Friday, addressed parliament.",
      [["phone-call", "SE", "NO", "2023-03-31"]]],
    ["'the Prime Minister's March 3 phone call with X': a bare title's possessive names its one holder",
      "Swedish Prime Minister Anna Berg met Chilean President Ana Rojas in Stockholm on Monday. The meeting followed the Prime Minister's March 3 phone call with President Rojas.",
      [["meeting", "SE", "CL", "2023-03-27"], ["visit", "CL", "SE", "2023-03-27"], ["phone-call", "SE", "CL", "2023-03-03"]]],
    ["'looked forward to visiting X' is no visit", "Chilean President Ana Rojas met Peruvian President Luis Tapia in Santiago on Monday and said she looked forward to visiting Lima.",
      [["meeting", "CL", "PE", "2023-03-27"], ["visit", "PE", "CL", "2023-03-27"]]],
    ["'the phone call in which A congratulated B': the two the clause names", "The decision followed the phone call in which President Ana Rojas of Chile congratulated her Peruvian counterpart Luis Tapia on his election.",
      [["phone-call", "CL", "PE", "2023-03-31~"]]],
    ["'A broke off ties with C, while B and D recalled their ambassadors': both from C, not from each other",
      "Bolivia broke off relations with Iran on Monday, while Peru and Ecuador recalled their ambassadors for consultations.",
      [["relations-severed", "BO", "IR", "2023-03-27"], ["ambassador-recalled", "EC", "IR", "2023-03-27"], ["ambassador-recalled", "PE", "IR", "2023-03-27"]]],
    ["'A and B have raised their relations to the level of ambassadors': each side's upgrade", "Chile and Peru have raised their diplomatic relations to the level of ambassadors.",
      [["mission-upgraded", "CL", "PE", "2023-03-31~"], ["mission-upgraded", "PE", "CL", "2023-03-31~"]]],
    ["'expelled B's ambassador and downgraded ties'; 'the same day … lowering its own representation': towards the one acted on, on the month told",
      "In March 2015 Chile expelled Peru's ambassador and downgraded ties to chargé d'affaires level; Peru retaliated the same day by expelling Chile's ambassador and lowering its own representation.",
      [["diplomat-expelled", "CL", "PE", "2015-03"], ["mission-downgraded", "CL", "PE", "2015-03"], ["diplomat-expelled", "PE", "CL", "2015-03"], ["mission-downgraded", "PE", "CL", "2015-03"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text)).toEqual(expected));

  it("reads 'I' and 'our' in a quote as the one who opened it ('X wrote on X: \"I have decided to call our ambassador …\"')", () => {
    const text = "Peruvian President Luis Tapia met Chilean President Ana Rojas in Lima on Monday, Tapia said. Ecuador's president Marta Vera wrote on X: \"I have decided to call our ambassador in Iran for consultations.\"";
    const recall = extract({ text, published: FRIDAY }).events.find((e) => e.type === "ambassador-recalled");
    expect(recall).toMatchObject({ source: "EC", target: "IR", officials: ["Marta Vera"] });
  });

  it("dates what passed 'in the same sitting' by the sitting's day, and a motion passed approves", () => {
    const text = "Kenya's National Assembly on Tuesday approved the budget of the foreign service. In the same sitting, MPs passed a motion approving the establishment of a Kenyan embassy in Lima, Peru, and of a consulate in Accra, Ghana.";
    expect(datedEvents(text)).toEqual([["mission-approved", "KE", "PE", "2023-03-28"], ["mission-approved", "KE", "GH", "2023-03-28"]]);
  });

  it("approves nothing with a motion only tabled", () => {
    expectNoEvent("Kenyan MPs tabled a motion approving the establishment of a Kenyan embassy in Lima, Peru.", "mission-approved");
  });
});

describe("events: a guest received 'for talks', and a 'him' that is not its clause's subject", () => {
  it.each([
    ["'where X received him for talks' is talks with the guest named before, not with X himself",
      "Chilean Foreign Minister Ana Soto arrived in Lima on Monday. Soto later drove to the ministry, where Peruvian Foreign Minister Luis Vera received her for talks.",
      ["meeting", "PE", "CL"]],
    ["'X received him' after the guest's sentence: the guest, not X",
      "Chilean Foreign Minister Pablo Soto arrived in Lima on Monday. Peruvian Foreign Minister Luis Vera received him for talks.",
      ["meeting", "PE", "CL"]],
  ] as const)("%s", (_shape, text, expected) => {
    const meetings = datedEvents(text, "2024-05-08").filter((e) => e[0] === "meeting").map((e) => e.slice(0, 3));
    expect(meetings.map((e) => [...e].sort())).toEqual([[...expected].sort()]);
  });

  it("still reads a hosted occasion as no talks ('hosted the three ministers for talks' has no guest of a state)", () => {
    expectNoEvent("Peru hosted the signing ceremony for the new accord on Monday.", "meeting");
  });

  it("keeps 'met X and thanked him' with X", () => {
    const { events } = extract({ text: "Chilean President Ana Rojas met Peruvian Foreign Minister Luis Vera in Santiago on Monday and thanked him for his visit.", published: "2024-05-08" });
    expect(events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target, e.officials])).toEqual([["CL", "PE", ["Ana Rojas", "Luis Vera"]]]);
  });
});

describe("events: an occasion's place before 'by', a 'when' clause's own pair, 'earlier that same day'", () => {
  it.each([
    ["'A was represented at the inauguration in Lima by X': X's visit there, X serving A",
      "Chile was represented at the inauguration in Lima by First Vice President Ana Soto Ruiz.",
      [["visit", "CL", "PE", "2024-05-10~"]]],
    ["'Relations between A and B …, when X and then-President Y met': the pair of the 'when' clause, not of 'between'",
      "Relations between Bolivia and Ghana have been close since 2021, when Chilean President Ana Rojas and then-President Kofi Mensah of Ghana met in Accra.",
      [["meeting", "CL", "GH", "2021"], ["visit", "CL", "GH", "2021"]]],
    ["'earlier that same day' is the day of the last event told, not the day named last",
      "Peruvian President Luis Vera spoke by phone with Chilean President Ana Rojas on Tuesday, a week after his visit to Bolivia on 1 May. Foreign Minister Jorge Paz of Peru said that earlier that same day he had received the Chilean ambassador, Marta Diaz.",
      [["phone-call", "PE", "CL", "2024-05-07"], ["visit", "PE", "BO", "2024-05-01"], ["meeting", "PE", "CL", "2024-05-07"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-05-10")).toEqual(expected));

  it("gives the represented state, not the place, to the one who represented it", () => {
    const { officials } = extract({ text: "Chile was represented at the inauguration in Lima by First Vice President Ana Soto Ruiz.", published: "2024-05-10" });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Ana Soto Ruiz", "CL"]]);
  });
});

describe("events: a confirmation 'as U.S. ambassador', an infinitive sharing a frame, work done in a place, 'had been in X for talks'", () => {
  it.each([
    ["'confirmed former Trade Secretary X as U.S. ambassador to B': an appointment (the abbreviation's dots, the past office)",
      "The Senate has confirmed former Trade Secretary Ana Rojas as U.S. ambassador to Peru.",
      [["ambassador-appointed", "US", "PE", "2021-06-10~"]]],
    ["'is expected to arrive … and to present his credentials': both still to come",
      "Peru's new ambassador, Luis Vera, is expected to arrive in Santiago in early June and to present his credentials to President Ana Rojas shortly afterward.",
      []],
    ["'signed a memorandum to cooperate on development programs in C': no visit to C",
      "Chile and Peru signed a memorandum of understanding on Monday to cooperate on development programs in Bolivia and Ecuador.",
      [["agreement", "CL", "PE", "2021-06-07"]]],
    ["'A day earlier she had been in Quito for talks with X': a visit, a day before the talks told",
      "Chilean President Ana Rojas held talks with Peruvian President Luis Vera in Lima on June 8. A day earlier she had been in Quito for talks with President Jorge Paz of Ecuador.",
      [["meeting", "CL", "PE", "2021-06-08"], ["visit", "CL", "PE", "2021-06-08"], ["visit", "CL", "EC", "2021-06-07"], ["meeting", "CL", "EC", "2021-06-07"]]],
    ["'had been in contact with B for years' is no visit", "Chilean President Ana Rojas had been in contact with Peru for years.", []],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2021-06-10")).toEqual(expected));

  it("gives the confirmed envoy the current office, not the past one", () => {
    const { officials } = extract({ text: "The Senate has confirmed former Trade Secretary Ana Rojas as U.S. ambassador to Peru.", published: "2021-06-10" });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Ana Rojas", "US", "ambassador"]]);
  });
});

describe("events: a region's states in a body's name, an office received, envoys after 'followed by', 'accredited from'", () => {
  it.each([
    ["'agreed to push for a session of the Organization of American States': the two callers agree, the body names no state",
      "Peruvian President Luis Vera and Chilean President Ana Rojas spoke by phone on Saturday, according to the Chilean presidency, and agreed to push for an emergency session of the Organization of American States.",
      [["phone-call", "PE", "CL", "2024-04-06"], ["agreement", "PE", "CL", "2024-04-06"]]],
    ["'who received the rotating pro tempore presidency of the bloc from X' is no talks",
      "Uruguayan President Ana Rojas, who received the rotating pro tempore presidency of the bloc from Paraguayan President Luis Vera at the end of the meeting, spoke about trade.",
      []],
    ["'was the first to present her credentials, followed by Y, Ambassador of B': no envoy presents to another",
      "Four envoys presented their credentials to President Ana Rojas of Peru on Friday. Marta Diaz, High Commissioner of the Republic of Ghana, was the first to present her credentials, followed by Luis Vera, Ambassador of the Argentine Republic.",
      [["credentials-presented", "GH", "PE", "2024-04-05"], ["credentials-presented", "AR", "PE", "2024-04-05"]]],
    ["'is accredited from Lima' tells where an envoy lives, not an appointment",
      "Ambassador Ana Soto of Chile is accredited from Lima, while the Ghanaian envoy covers the country from Havana.",
      []],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text, "2024-04-08")).toEqual(expected));

  it("still reads 'accredited X as its ambassador to B' as an appointment", () => {
    expect(datedEvents("Chile accredited Ana Soto as its ambassador to Peru on Monday.", "2024-04-08")).toEqual([["ambassador-appointed", "CL", "PE", "2024-04-08"]]);
  });
});


describe("events: a rupture after 'and' with its other side earlier, ties with a rival government, a subject beside someone", () => {
  it.each([
    ["a rupture with no other side is with the object of the verb 'and' joins it to", "On March 3 the government of Vanuatu said it would stop recognising Taipei and severed relations with immediate effect.",
      [["relations-severed", "VU", "TW", "2023-03-03"]]],
    ["so does one after an expulsion", "Chad expelled the Sudanese ambassador and cut ties on Monday.",
      [["diplomat-expelled", "TD", "SD", "2023-03-27"], ["relations-severed", "TD", "SD", "2023-03-27"]]],
    ["a state ', and' an irregular past opens a clause of its own", "In 1994 Malawi restored ties with Taipei, and Beijing cut relations with Malawi.",
      [["relations-established", "MW", "TW", "1994"], ["relations-severed", "CN", "MW", "1994"]]],
    ["recognising Beijing after breaking with Taipei is ties with it", "In March 1998 Lesotho broke with Taipei and recognised Beijing.",
      [["relations-severed", "LS", "TW", "1998-03"], ["relations-established", "LS", "CN", "1998-03"]]],
    ["one stood beside is no subject, and the place of the verb before 'and' is the signing's", "Lesotho's foreign minister, Thabo Mokoena, stood beside Chinese Foreign Minister Li Hua in Beijing on Monday and signed a communiqué establishing relations between the kingdom and China.",
      [["agreement", "LS", "CN", "2023-03-27"], ["visit", "LS", "CN", "2023-03-27"], ["relations-established", "LS", "CN", "2023-03-27"]]],
  ] as const)("%s", (_shape, text, expected) => expect(datedEvents(text)).toEqual(expected));

  it.each([
    ["a standing recognition is no act", "Panama still recognises Taiwan.", "relations-established"],
    ["ceasing to recognise is no ties", "In 1994 Lesotho ceased to recognise Taipei.", "relations-established"],
    ["a place governed by 'in' is no side of a rupture", "Chad hosted a summit in Niger and cut ties on Monday.", "relations-severed"],
    ["a post's town is no one's whereabouts", "China opened an embassy in Maseru on Monday and signed a loan deal with Lesotho.", "visit"],
  ] as const)("%s", (_shape, text, type) => expectNoEvent(text, type));
});

describe("events: acts listed after a rupture with a third state", () => {
  it("reads a downgrade and a pair's recall after others broke with a state as aimed at that state", () => {
    const text = "Niger and Mali cut ties with Rabat on Monday, Chad downgraded its relations to the level of chargé d'affaires, and Togo and Benin recalled their ambassadors.";
    expect(datedEvents(text)).toEqual([
      ["relations-severed", "ML", "MA", "2023-03-27"], ["relations-severed", "NE", "MA", "2023-03-27"], ["mission-downgraded", "TD", "MA", "2023-03-27"],
      ["ambassador-recalled", "BJ", "MA", "2023-03-27"], ["ambassador-recalled", "TG", "MA", "2023-03-27"],
    ]);
  });

  it("still reads a pair's recall with no rupture told as each from the other", () => {
    expect(datedEvents("Togo and Benin recalled their ambassadors on Monday.")).toEqual([["ambassador-recalled", "BJ", "TG", "2023-03-27"], ["ambassador-recalled", "TG", "BJ", "2023-03-27"]]);
  });

  it("keeps an office-holder 'then' in office who gave diplomats hours to leave", () => {
    const { events, officials } = extract({ text: "Omar Diallo, then the Guinean foreign minister, gave two Malian diplomats 72 hours to leave the country in 2019.", published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country])).toEqual([["Omar Diallo", "GN"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.officials])).toEqual([["diplomat-expelled", "GN", "ML", ["Omar Diallo"]]]);
  });
});

describe("events: a participle's subject is its clause's ('…, giving him 72 hours to leave', '… after A's invasion, visiting …')", () => {
  it("reads 'giving him 72 hours to leave' after an expulsion as the same act of the clause's subject", () => {
    expect(datedEvents("Chad's rulers expelled the Sudanese ambassador, Omar Bashir Musa, on Monday, giving him 72 hours to leave.")).toEqual([["diplomat-expelled", "TD", "SD", "2023-03-27"]]);
  });

  it("reads it after a summons as the expulsion", () => {
    expect(datedEvents("Peru summoned the Chilean ambassador, Ana Rojas, on Monday, giving her 72 hours to leave.")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });

  it("takes no subject from a possessive after a preposition of time", () => {
    const text = "Foreign Minister Kari Holm of Norway spoke on Monday. Holm toured Asia twice after Russia's annexation of Crimea, visiting Laos and Nepal in May 2015.";
    expect(datedEvents(text)).toEqual([["visit", "NO", "LA", "2015-05"], ["visit", "NO", "NP", "2015-05"]]);
  });
});

describe("events: a list of states, each with its own date, after an act", () => {
  it("repeats a switch of recognition for each state listed with its date ('A switched in 2007, B in 2017, C and D in 2018, and E in 2021')", () => {
    const text = "Haiti cut ties with Taipei and recognised Beijing on Monday. Jamaica switched in 2007, Belize in 2017, Cuba and Peru in 2018, and Chile in December 2021.";
    expect(datedEvents(text).filter((e) => e[0] === "relations-established")).toEqual([
      ["relations-established", "HT", "CN", "2023-03-27"], ["relations-established", "JM", "CN", "2007"], ["relations-established", "BZ", "CN", "2017"],
      ["relations-established", "CU", "CN", "2018"], ["relations-established", "PE", "CN", "2018"], ["relations-established", "CL", "CN", "2021-12"],
    ]);
  });
  it("repeats a recognition or an expulsion for each state listed with its date", () => {
    expect(datedEvents("Chile recognised Kosovo in 2008, Peru in 2009 and Bolivia in 2012.")).toEqual([["recognition", "CL", "XK", "2008"], ["recognition", "PE", "XK", "2009"], ["recognition", "BO", "XK", "2012"]]);
    expect(datedEvents("Chile expelled two Russian diplomats in January, Peru in February and Bolivia in March.").map((e) => e.slice(1, 4))).toEqual([["CL", "RU", "2023-01"], ["PE", "RU", "2023-02"], ["BO", "RU", "2023-03"]]);
  });
  it("negative: no list in a state's aside, nor in talks ('met Peru in 2008, Bolivia in 2009' names places, not sides)", () => {
    expect(datedEvents("Chile recognised Kosovo in 2008, a decision Serbia condemned in 2009.")).toEqual([["recognition", "CL", "XK", "2008"]]);
    expect(datedEvents("Chile met Peru in 2008, Bolivia in 2009.")).toEqual([["meeting", "CL", "PE", "2008"]]);
  });
});

describe("events: relations cut to the level of chargé d'affaires", () => {
  it("reads 'cut relations with A to the level of chargé d'affaires' as a downgrade, not a rupture", () => {
    expect(datedEvents("Peru cut diplomatic relations with Chile to the level of chargé d'affaires on Monday.")).toEqual([["mission-downgraded", "PE", "CL", "2023-03-27"]]);
    expect(datedEvents("Peru cut diplomatic relations with Chile on Monday.")).toEqual([["relations-severed", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: encounters told 'over the weekend'", () => {
  it("dates talks, calls and visits of the weekend to its Saturday and Sunday", () => {
    expect(datedEvents("Iraqi Prime Minister Ali Karim held talks with Turkish President Recep Yilmaz in Ankara over the weekend.")).toEqual([["meeting", "IQ", "TR", "2023-03-25/2023-03-26"], ["visit", "IQ", "TR", "2023-03-25/2023-03-26"]]);
    expect(datedEvents("Chile's president spoke by phone with his Peruvian counterpart at the weekend.")).toEqual([["phone-call", "CL", "PE", "2023-03-25/2023-03-26"]]);
    expect(datedEvents("Norwegian Foreign Minister Kari Holm visited Kenya last weekend.")).toEqual([["visit", "NO", "KE", "2023-03-25/2023-03-26"]]);
  });
  it("negative: a weekend ahead dates nothing that happened", () => {
    expect(datedEvents("Norwegian Foreign Minister Kari Holm will visit Kenya over the weekend.")).toEqual([]);
  });
});

describe("events: talks and calls with a topic state before the one talked with", () => {
  it("reads 'discussed Gaza with King X' as talks with X's state, not with the place discussed", () => {
    expect(datedEvents("Egyptian President Samir Fawzi discussed Gaza with Jordan's King Abdullah on Thursday.")).toEqual([["meeting", "EG", "JO", "2023-03-30"]]);
    expect(datedEvents("Chile's foreign minister discussed Venezuela with his Peruvian counterpart in Lima on Monday.")).toEqual([["meeting", "CL", "PE", "2023-03-27"], ["visit", "CL", "PE", "2023-03-27"]]);
  });
  it("reads a call told after the clause ('discussed Gaza with X in a phone call') as a call with X", () => {
    expect(datedEvents("Egyptian President Samir Fawzi discussed Gaza with Jordan's King Abdullah in a phone call on Thursday.")).toEqual([["phone-call", "EG", "JO", "2023-03-30"]]);
    expect(datedEvents("Norway's foreign minister discussed Ukraine with her Polish counterpart during a telephone conversation on Monday.")).toEqual([["phone-call", "NO", "PL", "2023-03-27"]]);
  });
  it("joins two officials past a title with 'of' ('A and US Secretary of State B discussed the situation in Syria in a call')", () => {
    expect(datedEvents("British Foreign Secretary John Smith and US Secretary of State Mary Jones discussed the situation in Syria in a phone call on Thursday.")).toEqual([["phone-call", "GB", "US", "2023-03-30"]]);
  });
  it("reads a sentence opened by the call ('During a phone call with X, Y stressed …')", () => {
    expect(datedEvents("During a telephone conversation with US Secretary of State Mary Jones, British Foreign Secretary John Smith stressed support for Ukraine.")).toEqual([["phone-call", "GB", "US", "2023-03-31~"]]);
    expect(datedEvents("In a phone call with his Qatari counterpart on Monday, Iranian Foreign Minister Ali Ahmadi discussed the talks.")).toEqual([["phone-call", "IR", "QA", "2023-03-27"]]);
  });
  it("reads talks held by video link as a call", () => {
    expect(datedEvents("Turkish President Recep Yilmaz and Russian President Ivan Petrov held talks via video link on Wednesday.")).toEqual([["phone-call", "TR", "RU", "2023-03-29"]]);
    expect(datedEvents("Chinese President Li Ming held a summit by video with US President Tom Baker on Tuesday.")).toEqual([["phone-call", "CN", "US", "2023-03-28"]]);
  });
  it("negative: a topic with no one talked with, or a speech by video link, is no talks", () => {
    expect(datedEvents("Egyptian President Samir Fawzi discussed Ukraine with reporters in Cairo on Thursday.")).toEqual([]);
    expect(datedEvents("Indian Prime Minister Ravi Kumar addressed the forum in Davos via video link on Monday.")).toEqual([]);
    expect(datedEvents("During a phone call, Kenya's president praised the ties.")).toEqual([]);
  });
});

describe("events: a guest welcomed, and 'the visit by X to Y'", () => {
  it("reads 'A welcomed B to/in <A's city>' and 'B was welcomed by A at the airport' as B's visit, not talks", () => {
    expect(datedEvents("Iraqi Prime Minister Ali Karim welcomed Iranian President Hassan Rahimi to Baghdad on Wednesday.")).toEqual([["visit", "IR", "IQ", "2023-03-29"]]);
    expect(datedEvents("Saudi Crown Prince Faisal bin Khalid welcomed Pakistani Prime Minister Imran Shah in Riyadh on Wednesday.")).toEqual([["visit", "PK", "SA", "2023-03-29"]]);
    expect(datedEvents("Iranian President Hassan Rahimi was welcomed by Iraqi Prime Minister Ali Karim at the airport on Wednesday.")).toEqual([["visit", "IR", "IQ", "2023-03-29"]]);
    expect(datedEvents("The Kenyan president welcomed his Ugandan counterpart at State House in Nairobi on Monday.")).toEqual([["visit", "UG", "KE", "2023-03-27"]]);
  });
  it("reads 'the visit by X to Y' as the visit of X", () => {
    expect(datedEvents("The visit by Iranian President Hassan Rahimi to Iraq ended on Thursday.")).toEqual([["visit", "IR", "IQ", "2023-03-30"]]);
  });
  it("negative: a welcomed decision, a guest welcomed at home, a welcome with no place, a trade delegation, a visit put off", () => {
    expect(datedEvents("Iran welcomed Iraqi Prime Minister Ali Karim's remarks on Monday.")).toEqual([]);
    expect(datedEvents("Kenyan President William Otieno welcomed his Ugandan counterpart's decision in Nairobi on Monday.")).toEqual([]);
    expect(datedEvents("Kenyan President William Otieno welcomed Ethiopian Prime Minister Abiy Tesfaye at the summit in Addis Ababa.")).toEqual([]);
    expect(datedEvents("Kenyan President William Otieno welcomed Ethiopian Prime Minister Abiy Tesfaye on Monday.")).toEqual([]);
    expect(datedEvents("The deal was signed during a visit by a Jordanian business delegation to Saudi Arabia.").filter((e) => e[0] === "visit")).toEqual([]);
    expect(datedEvents("The planned visit by Iranian President Hassan Rahimi to Iraq was postponed.")).toEqual([]);
  });
});

describe("events: an encounter named by a noun that its own clause undoes", () => {
  it("reads 'the meeting …, scheduled for Monday, was cancelled', 'X's visit to Y has been postponed' as no event", () => {
    expect(datedEvents("The meeting between Turkish President Recep Yilmaz and Russian President Ivan Petrov, scheduled for Monday, was cancelled.")).toEqual([]);
    expect(datedEvents("Iranian President Hassan Rahimi's visit to Iraq, planned for this week, has been postponed.")).toEqual([]);
    expect(datedEvents("The phone call between the Chilean and Peruvian presidents was called off on Tuesday.")).toEqual([]);
  });
  it("negative: a postponement told in a relative clause, or one the encounter came through after all", () => {
    expect(datedEvents("The talks between Turkish President Recep Yilmaz and Russian President Ivan Petrov, which had been postponed twice, took place on Monday.")).toEqual([["meeting", "TR", "RU", "2023-03-27"]]);
    expect(datedEvents("A phone call between Turkish President Recep Yilmaz and Russian President Ivan Petrov was postponed by an hour but went ahead on Monday.")).toEqual([["phone-call", "TR", "RU", "2023-03-27"]]);
    expect(datedEvents("Turkish President Recep Yilmaz met Russian President Ivan Petrov on Monday; the signing ceremony was postponed.")).toEqual([["meeting", "TR", "RU", "2023-03-27"]]);
  });
});

describe("events: 'the minister', 'the president' after a named official the sentence before was about", () => {
  it.each([
    ["Chilean Foreign Minister Ana Rojas arrived in Lima on Monday. The minister met Peruvian President Luis Vera on Tuesday.", ["meeting", "CL", "PE", "2023-03-28"]],
    ["Ana Rojas, Chile's foreign minister, will travel to Peru next month. On Tuesday the minister held talks with the Bolivian ambassador in Santiago.", ["meeting", "CL", "BO", "2023-03-28"]],
    ["Norway's Deputy Foreign Minister Kari Holm flew to Nairobi on Monday. The minister signed a trade agreement with Kenya on Tuesday.", ["agreement", "NO", "KE", "2023-03-28"]],
    ["Polish President Jan Nowak hosted Lithuanian Prime Minister Rasa Kalnas in Warsaw on Monday. The president later flew to Berlin.", ["visit", "PL", "DE", "2023-03-27"]],
  ])("reads %j", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: 'the minister' is no prime minister the sentence before was about", () => {
    expect(datedEvents("Chilean Prime Minister Ana Rojas arrived in Lima on Monday. The minister met Peruvian President Luis Vera on Tuesday.")).not.toContainEqual(["meeting", "CL", "PE", "2023-03-28"]);
  });
});

describe("events: a state's envoy named with a possessive ('Fiji's High Commissioner') is resident, no visitor", () => {
  it("reads no visit of an envoy met in the host's capital, the place told after the day", () => {
    expect(datedEvents("Foreign Minister Ana Rojas of Chile met Peru's ambassador on Tuesday in Santiago.")).toEqual([["meeting", "CL", "PE", "2023-03-28"]]);
    expect(datedEvents("Chilean President Luis Vera received Bolivia's envoy on Monday at the palace in Santiago.")).toEqual([["meeting", "CL", "BO", "2023-03-27"]]);
  });
  it("negative: a possessive state's minister met there is still a visitor", () => {
    expect(datedEvents("Foreign Minister Ana Rojas of Chile met Peru's foreign minister on Tuesday in Santiago.")).toContainEqual(["visit", "PE", "CL", "2023-03-28"]);
  });
});

describe("events: 'met with visiting X' with no article is the guest's visit to the host", () => {
  it.each([
    ["Chilean Foreign Minister Ana Rojas met with visiting Peruvian Vice President Luis Vera in Santiago on Monday.", ["visit", "PE", "CL", "2023-03-27"]],
    ["Chilean President Ana Rojas held talks with visiting Bolivian Foreign Minister Luis Vera on Tuesday.", ["visit", "BO", "CL", "2023-03-28"]],
    ["Chilean President Ana Rojas received visiting Peruvian Prime Minister Luis Vera on Monday.", ["visit", "PE", "CL", "2023-03-27"]],
  ])("reads %j", (text, expected) => {
    const events = datedEvents(text);
    expect(events).toContainEqual(expected);
    expect(events).not.toContainEqual(["visit", expected[2], expected[1], expected[3]]);
  });
  it("negative: a participle after the subject is still the subject's visit", () => {
    expect(datedEvents("Chilean Foreign Minister Ana Rojas, visiting Lima, met Peruvian President Luis Vera on Monday.")).toContainEqual(["visit", "CL", "PE", "2023-03-27"]);
  });
});

describe("events: 'Ambassador X, the U.S. envoy to NATO,' travelling elsewhere is a visitor", () => {
  it("reads the post a second envoy's title names as X's, so a trip to another state is a visit", () => {
    expect(datedEvents("Ambassador Ana Rojas, the Chilean envoy to NATO, visited Vilnius on Monday.")).toEqual([["visit", "CL", "LT", "2023-03-27"]]);
  });
  it("negative: a trip inside the post's state is no visit", () => {
    expect(datedEvents("Ambassador Ana Rojas, Chile's envoy to Peru, visited Cusco on Monday.")).toEqual([]);
  });
});

describe("events: 'After meeting his X counterpart, Y said', 'Speaking after talks with X, Y said'", () => {
  it.each([
    ["After meeting his Bolivian counterpart in La Paz on Monday, Chile's foreign minister said talks had gone well.", ["meeting", "CL", "BO", "2023-03-27"]],
    ["Before meeting her Peruvian counterpart on Tuesday, Chilean Foreign Minister Ana Rojas toured the port.", ["meeting", "CL", "PE", "2023-03-28"]],
    ["Speaking after talks with the Bolivian president on Monday, Chilean envoy Ana Rojas said a deal was close.", ["meeting", "CL", "BO", "2023-03-27"]],
  ])("reads %j", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: speaking after an occasion with no one met is no meeting", () => {
    expect(datedEvents("Speaking after the summit in Lima on Monday, the Chilean president said ties were strong.").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: 'represented X at the inauguration in Y', 'led the delegation to the summit in Y' are visits to Y", () => {
  it.each([
    ["Peru's Vice President Luis Vera represented President Ana Rojas at the inauguration in Santiago on Monday.", ["visit", "PE", "CL", "2023-03-27"]],
    ["Vice President Luis Vera of Peru represented his country at the funeral in La Paz on Tuesday.", ["visit", "PE", "BO", "2023-03-28"]],
    ["Chilean Foreign Minister Ana Rojas led the Chilean delegation to the Mercosur summit in Asuncion on Tuesday.", ["visit", "CL", "PY", "2023-03-28"]],
    ["The Crown Prince of Peru, Luis Vera, led his country's delegation to the summit in Quito on Monday.", ["visit", "PE", "EC", "2023-03-27"]],
  ])("reads %j", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: no one of a state represents a club, nor is a UN session a visit", () => {
    expect(datedEvents("The Chilean striker represented his club at the awards in Madrid on Monday.")).toEqual([]);
    expect(datedEvents("Chilean Foreign Minister Ana Rojas led the Chilean delegation to the UN General Assembly session in New York on Monday.")).toEqual([]);
  });
});

describe("events: expulsions each way ('A and B expelled each other's diplomats')", () => {
  it("reads an expulsion by each side of a pair, of the other's envoys", () => {
    expect(datedEvents("Peru and Chile expelled each other's ambassadors on Tuesday.")).toEqual([["diplomat-expelled", "CL", "PE", "2023-03-28"], ["diplomat-expelled", "PE", "CL", "2023-03-28"]]);
    expect(datedEvents("Norway and Russia expelled one another's diplomats in a tit-for-tat move on Monday.").map((e) => e.slice(1, 3)).sort()).toEqual([["NO", "RU"], ["RU", "NO"]]);
    expect(datedEvents("Kenya accused Somalia of meddling on Monday. The two countries expelled each other's envoys last month.").map((e) => e.slice(1, 4)).sort()).toEqual([["KE", "SO", "2023-02"], ["SO", "KE", "2023-02"]]);
  });
  it("negative: a one-way expulsion with 'each other' in another clause stays one-way", () => {
    expect(datedEvents("Peru expelled Chile's ambassador on Tuesday, and the two countries have accused each other of spying.")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-28"]]);
  });
});

describe("events: an appointment told as the news, with the day of its report", () => {
  it("dates 'X named Y as ambassador to Z, the ministry said on Wednesday' by the report's day", () => {
    expect(datedEvents("President Ana Rojas named Luis Paz as Chile's ambassador to Peru, the presidency said on Wednesday.")).toEqual([["ambassador-appointed", "CL", "PE", "2023-03-29"]]);
    expect(datedEvents("The president nominated Kari Holm as Norway's ambassador to Kenya, the foreign ministry said on Tuesday.")).toEqual([["ambassador-appointed", "NO", "KE", "2023-03-28"]]);
  });
  it("negative: its own date wins, and an appointment in a relative clause keeps none", () => {
    expect(datedEvents("Chile named Ana Ruiz as ambassador to Peru in 2019, the ministry said on Wednesday.")).toEqual([["ambassador-appointed", "CL", "PE", "2019"]]);
    expect(datedEvents("Luis Paz, who was appointed Chile's ambassador to Peru, arrived in Lima, the ministry said on Wednesday.").filter((e) => e[0] === "ambassador-appointed")).toEqual([["ambassador-appointed", "CL", "PE", null]]);
  });
});

describe("events: a title's abbreviation before a name ('Dr. X', 'Mr. X') ends no clause", () => {
  it.each([
    ["The president nominated Dr. Luis Paz as Chile's ambassador to Peru on Monday.", ["ambassador-appointed", "CL", "PE", "2023-03-27"]],
    ["Kenya appointed Mr. John Kamau as high commissioner to India on Monday.", ["ambassador-appointed", "KE", "IN", "2023-03-27"]],
    ["Peru declared Mr. Luis Paz, the Chilean ambassador, persona non grata on Monday.", ["diplomat-expelled", "PE", "CL", "2023-03-27"]],
    ["Ghana recalled Mr. Kwame Mensah, its high commissioner to Nigeria, on Monday.", ["ambassador-recalled", "GH", "NG", "2023-03-27"]],
  ] as const)("%s", (text, expected) => {
    expect(datedEvents(text)).toEqual([expected]);
  });
  it("negative: a sentence's own end still ends it ('… Dr. ' never joins two sentences)", () => {
    expect(datedEvents("Kenya appointed a new envoy on Monday. Mr. John Kamau was named high commissioner to India in 2019.")).toEqual([["ambassador-appointed", "KE", "IN", "2019"]]);
  });
});

describe("events: a rupture told after a restoration ('…, a decade after severing them over the Gaza war')", () => {
  it("reads the rupture as with the state ties were restored with, dated that far before", () => {
    expect(datedEvents("Bolivia restored ties with Chile in 2019, a decade after severing them over the Gaza war.")).toEqual([["relations-established", "BO", "CL", "2019"], ["relations-severed", "BO", "CL", "2009"]]);
    expect(datedEvents("Bolivia resumed diplomatic relations with Chile in 2019, a decade after cutting them.")).toEqual([["relations-established", "BO", "CL", "2019"], ["relations-severed", "BO", "CL", "2009"]]);
    expect(datedEvents("Peru restored ties with Chile in 2018, two decades after Chile broke off relations.")).toEqual([["relations-established", "PE", "CL", "2018"], ["relations-severed", "CL", "PE", "1998"]]);
  });
  it("negative: a rupture with a state named after 'with' keeps it, whatever the grievance after it", () => {
    expect(datedEvents("Bolivia severed ties with Chile in 2009 over the Gaza war.")).toEqual([["relations-severed", "BO", "CL", "2009"]]);
    expect(datedEvents("Jordan cut relations with Iran in 2016 in protest at the attack in Tehran.")).toEqual([["relations-severed", "JO", "IR", "2016"]]);
  });
});

describe("events: a future on a condition told after it ('would cut ties with A if …') is no decision", () => {
  it.each([
    "Chile said it would cut ties with Peru if the border was closed.",
    "Chile will cut ties with Peru if the border is closed.",
    "Peru said on Monday that it would expel two Chilean diplomats unless the remarks were withdrawn.",
  ])("%s", (text) => {
    expect(datedEvents(text)).toEqual([]);
  });
  it("negative: a condition of another clause, or 'even if', frames nothing", () => {
    expect(datedEvents("Peru will expel two Chilean diplomats, the ministry said, even if Santiago protests.")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-31~"]]);
    expect(datedEvents("Chile severed ties with Peru on Monday, saying it would restore them if Lima apologised.")).toEqual([["relations-severed", "CL", "PE", "2023-03-27"]]);
  });
});

describe("events: recognition taken back ('withdrew its recognition of A', 'de-recognised A') is no recognition", () => {
  it.each([
    "Peru withdrew its recognition of the Sahrawi Arab Democratic Republic on Friday.",
    "Togo revoked its recognition of Kosovo in 2019.",
    "Suriname has decided to withdraw the recognition of Kosovo, Serbia said on Monday.",
    "Togo de-recognised Kosovo in 2019.",
  ])("%s", (text) => {
    expect(datedEvents(text).filter((e) => e[0] === "recognition")).toEqual([]);
  });
  it("negative: recognition announced or extended is still recognition", () => {
    expect(datedEvents("Peru announced its recognition of Kosovo on Monday.")).toEqual([["recognition", "PE", "XK", "2023-03-27"]]);
    expect(datedEvents("Togo recognised Kosovo in 2014.")).toEqual([["recognition", "TG", "XK", "2014"]]);
  });
});

describe("events: diplomatic staff withdrawn from a list of states", () => {
  it.each([
    ["Venezuela said on Monday it was withdrawing all its diplomatic staff, including its ambassadors, from Argentina, Chile and Peru.", ["AR", "CL", "PE"]],
    ["Venezuela withdrew its diplomatic personnel from Argentina and Chile on Monday.", ["AR", "CL"]],
  ])("reads %j as a recall from each", (text, hosts) => {
    expect(datedEvents(text).filter((e) => e[0] === "ambassador-recalled").map((e) => e[2])).toEqual(hosts);
  });
  it("negative: staff withdrawn from a post that is closed is the closure, not a recall", () => {
    expect(datedEvents("Chile withdrew its diplomatic staff from the embassy in Caracas and closed it on Monday.").map((e) => e[0])).toEqual(["mission-closed"]);
  });
});

describe("events: 'the two countries' after a pair named together, not the place where they acted", () => {
  it("reads relations between 'the two countries' as the pair's, not with the host of the signing", () => {
    const events = datedEvents("Chile and Peru signed the accord at the White House on 15 September 2020, establishing full diplomatic relations between the two countries.");
    expect(events.filter((e) => e[0] === "relations-established").map((e) => [e[1], e[2]].sort())).toEqual([["CL", "PE"]]);
  });
  it("still reads a place as one of the two when no pair opens the sentence", () => {
    const events = datedEvents("Chile's foreign minister arrived in Lima on Monday, and the two countries restored diplomatic relations.");
    expect(events.filter((e) => e[0] === "relations-established").map((e) => [e[1], e[2]].sort())).toEqual([["CL", "PE"]]);
  });
});

describe("events: a state's private citizen received or met is no side of talks", () => {
  it.each([
    "Ghanaian President Kofi Mensah received Imam Musa Diallo, an influential Malian cleric, at the palace in Accra on Tuesday.",
    "Ghanaian President Kofi Mensah met a Malian opposition leader in Accra on Tuesday.",
  ])("reads no talks in %j", (text) => {
    expect(datedEvents(text)).toEqual([]);
  });
  it("still reads talks with a state's official", () => {
    expect(datedEvents("Ghanaian President Kofi Mensah received Malian Foreign Minister Awa Diop in Accra on Tuesday.")).toContainEqual(["meeting", "GH", "ML", "2023-03-28"]);
  });
});

describe("events: ', expelling its ambassador' after a clause naming the other state", () => {
  it.each([
    ["Ghana broke with Togo, expelling its ambassador in January 2022.", ["diplomat-expelled", "GH", "TG", "2022-01"]],
    ["Ghana's military rulers have broken with Togo, expelling its ambassador Kofi Mensah in January 2022, and turned towards Nigeria.", ["diplomat-expelled", "GH", "TG", "2022-01"]],
    ["Ghana cut ties with Togo on Monday, expelling the Togolese ambassador.", ["diplomat-expelled", "GH", "TG", "2023-03-27"]],
  ])("reads %j as the subject's expulsion of the other state's envoy", (text, expected) => {
    expect(datedEvents(text).filter((e) => e[0] === "diplomat-expelled")).toEqual([expected]);
  });
});

describe("events: two meetings of one pair on one day, each of other people", () => {
  it("keeps the leaders' talks and their foreign ministers' meeting apart", () => {
    const { events } = extract({ text: "Prime Minister Ana Rojas of Chile held talks with Prime Minister Luis Vera of Peru in Santiago on Monday. Earlier in the day, Chilean Foreign Minister Eva Soto met with Peruvian Foreign Minister Juan Ruiz.", published: FRIDAY });
    const meetings = events.filter((e) => e.type === "meeting");
    expect(meetings.map((e) => [...e.officials].sort())).toEqual([["Ana Rojas", "Luis Vera"], ["Eva Soto", "Juan Ruiz"]]);
  });
  it("still joins a second telling of the talks that names one of the same people", () => {
    const { events } = extract({ text: "Prime Minister Ana Rojas of Chile held talks with Prime Minister Luis Vera of Peru in Santiago on Monday. Rojas and Vera also met Peruvian Foreign Minister Juan Ruiz.", published: FRIDAY });
    expect(events.filter((e) => e.type === "meeting")).toHaveLength(1);
  });
});

describe("events: an envoy 'has been recalled from' their post", () => {
  it.each([
    ["Ghana's ambassador has been recalled from Lome.", ["ambassador-recalled", "GH", "TG", "2023-03-31~"]],
    ["Ghana's own ambassador, Kofi Mensah, has been recalled from Lome and will leave Togo by the same date, the minister added.", ["ambassador-recalled", "GH", "TG", "2023-03-31~"]],
    ["Ambassador Kofi Mensah of Ghana was recalled from Lome on Monday.", ["ambassador-recalled", "GH", "TG", "2023-03-27"]],
  ])("reads %j", (text, expected) => {
    expect(datedEvents(text).filter((e) => e[0] === "ambassador-recalled")).toEqual([expected]);
  });
});

describe("events: 'announced that relations with A would be downgraded'", () => {
  it.each([
    ["Ghana announced on Monday that relations with Togo would be downgraded to charge d'affaires level.", ["mission-downgraded", "GH", "TG", "2023-03-27"]],
    ["Ghana said on Monday relations with Lome would be downgraded to the level of charge d'affaires.", ["mission-downgraded", "GH", "TG", "2023-03-27~"]],
  ])("reads %j as the announcer's downgrade", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: a downgrade no state announces has no side", () => {
    expect(datedEvents("Analysts said ties with Togo were downgraded in 2022.")).toEqual([]);
  });
});

describe("events: 'held their first meeting in <city>'", () => {
  it("reads the pair's earlier meeting, and their visits to its city", () => {
    const events = datedEvents("Ghana's envoy Kofi Mensah met Togo's envoy Eli Agbo in Vienna on Friday. The two held their first meeting in Moscow on Jan. 14.");
    expect(events).toContainEqual(["meeting", "GH", "TG", "2023-01-14"]);
    expect(events).toContainEqual(["visit", "GH", "RU", "2023-01-14"]);
  });
  it("negative: a meeting of officials no state is named for", () => {
    expect(datedEvents("The committee held its first meeting in Accra on Monday.")).toEqual([]);
  });
});

describe("events: a place's state joined by 'and' to a new subject with its own verb", () => {
  it("reads 'closed its embassy in Lima and Bolivia recalled its ambassador' as two states' acts", () => {
    const events = datedEvents("Chile closed its embassy in Lima and Bolivia recalled its ambassador on Monday.");
    expect(events.filter((e) => e[0] === "mission-closed")).toEqual([["mission-closed", "CL", "PE", "2023-03-27"]]);
    expect(events.filter((e) => e[0] === "ambassador-recalled").map((e) => e[1])).toEqual(["BO"]);
  });
  it("still reads a list of places after one verb", () => {
    expect(datedEvents("Chile recalled its ambassadors from Peru and Bolivia on Monday.").map((e) => e[2])).toEqual(["PE", "BO"]);
  });
  it("reads 'downgraded its representation in Tehran and Kuwait recalled …' as a downgrade towards Tehran's state", () => {
    const events = datedEvents("Ghana downgraded its representation in Lome and Benin recalled its envoy on Monday.");
    expect(events.filter((e) => e[0] === "mission-downgraded")).toEqual([["mission-downgraded", "GH", "TG", "2023-03-27"]]);
  });
});

describe("events: 'It is the 182nd country to establish ties with X' tells the news again", () => {
  it("is not dated by the history the paragraph told before it", () => {
    const events = datedEvents("Ghana and Bhutan on Monday established diplomatic relations. Ghana first established relations with Nepal in 1961. It is the 54th country to establish diplomatic ties with Bhutan.");
    expect(events.filter((e) => e[0] === "relations-established")).toEqual([["relations-established", "GH", "BT", "2023-03-27"], ["relations-established", "GH", "NP", "1961"]]);
  });
});

describe("events: a witness or go-between is not one of 'the two' after it", () => {
  it("reads 'Under a joint statement issued with China, the two regional rivals agreed …' as the rivals'", () => {
    const events = datedEvents("Ghana and Togo announced on Friday that they would restore relations. Under a joint statement issued with Nigeria, the two neighbours agreed to resume relations.");
    expect(events.filter((e) => e[0] === "relations-established").map((e) => [e[1], e[2]].sort())).toEqual([["GH", "TG"]]);
  });
  it("reads 'the two delegations' as the signatories' states, not the witness's", () => {
    const events = datedEvents("The accord was signed on Friday by Ghana's Kofi Mensah and Togo's Eli Agbo, in the presence of Amina Bello, an adviser to Nigeria's president. It followed four days of talks between the two delegations in Abuja.");
    expect(events.filter((e) => e[0] === "meeting").map((e) => [e[1], e[2]].sort())).toEqual([["GH", "TG"]]);
  });
});

describe("events: a possessive after a comma describes the state before it, not a second one", () => {
  it("reads 'recognised Kosovo, Serbia's former province' as a recognition of Kosovo alone", () => {
    expect(datedEvents("In October 2008, Montenegro recognised the independence of Kosovo, Serbia's former province.")).toEqual([["recognition", "ME", "XK", "2008-10"]]);
  });
  it("still reads a list of states after one verb", () => {
    expect(datedEvents("Chile recalled its ambassadors from Peru, Bolivia and Ecuador on Monday.").map((e) => e[2])).toEqual(["PE", "BO", "EC"]);
  });
});

describe("events: 'A and his Egyptian counterpart B' as two subjects", () => {
  it("gives each a visit, and a meeting each with the one they met", () => {
    const text = "Chile's Foreign Minister Ana Rojas and her Peruvian counterpart Luis Tapia visited Bolivia on Monday.";
    expect(datedEvents(text)).toEqual([["visit", "PE", "BO", "2023-03-27"], ["visit", "CL", "BO", "2023-03-27"]]);
    const met = "Chile's Foreign Minister Ana Rojas and her Peruvian counterpart Luis Tapia met Bolivian President Juan Arce in La Paz on Monday.";
    expect(datedEvents(met).filter(([type]) => type === "meeting")).toEqual([["meeting", "PE", "BO", "2023-03-27"], ["meeting", "CL", "BO", "2023-03-27"]]);
  });

  it("keeps talks of the two alone as their meeting", () => {
    expect(datedEvents("Chile's Foreign Minister Ana Rojas and her Peruvian counterpart Luis Tapia held talks in Lima on Monday.").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2023-03-27"]]);
  });
});

describe("events: a document named after a town is no place", () => {
  it("reads no side in 'the Vienna Convention' of a communiqué", () => {
    const text = "Chile and Fiji signed a joint communiqué on Monday establishing diplomatic relations in accordance with the Vienna Convention on Diplomatic Relations of 1961.";
    expect(datedEvents(text)).toEqual([["agreement", "CL", "FJ", "2023-03-27"], ["relations-established", "CL", "FJ", "2023-03-27"]]);
  });
});

describe("events: 'both Ministers' as the pair last named", () => {
  it("reads 'Both Ministers agreed to …' after a call as the two states' deal", () => {
    const text = "Chilean Foreign Minister Ana Rojas held a video call with Peruvian Foreign Minister Luis Tapia on Thursday. Both Ministers agreed to share information on vaccines.";
    expect(datedEvents(text)).toEqual([["phone-call", "CL", "PE", "2023-03-30"], ["agreement", "CL", "PE", "2023-03-30"]]);
  });
});

describe("events: a gathering 'hosted by' a state or its capital", () => {
  it("reads taking part in a summit hosted by Lima as a visit to Peru", () => {
    expect(datedEvents("Chilean President Ana Rojas took part in the Pacific Summit hosted by Lima on Tuesday.")).toEqual([["visit", "CL", "PE", "2023-03-28"]]);
  });
});

describe("events: an organisation's officer at the organisation's seat", () => {
  it("gives the guest a visit and the AU's chair none in Ethiopia, where the AU sits", () => {
    const text = "Chilean Foreign Minister Ana Rojas met with Moussa Faki Mahamat, chairperson of the African Union Commission, at the AU headquarters in Addis Ababa on Tuesday.";
    expect(datedEvents(text)).toEqual([["meeting", "CL", "AFRICAN-UNION", "2023-03-28"], ["visit", "CL", "ET", "2023-03-28"]]);
  });
});

describe("events: withdrawals and expulsions of whole lists of states", () => {
  it("reads a withdrawal of 'all of its diplomatic personnel' in quotes from a list, and 'those three governments' asked to withdraw theirs", () => {
    const events = datedEvents(`On Tuesday, Ghana said it was withdrawing "all of its diplomatic personnel" from Togo, Benin and Niger, and demanded that those three governments "withdraw their representatives from Ghanaian soil".`);
    expect(events.filter((e) => e[0] === "ambassador-recalled").map((e) => e[2])).toEqual(["TG", "BJ", "NE"]);
    expect(events.filter((e) => e[0] === "diplomat-expelled")).toEqual([["diplomat-expelled", "GH", "TG", "2023-03-28"], ["diplomat-expelled", "GH", "BJ", "2023-03-28"], ["diplomat-expelled", "GH", "NE", "2023-03-28"]]);
  });
  it("negative: a demand on states no one names again", () => {
    expect(datedEvents("Ghana demanded that the rebels withdraw their representatives from the talks.")).toEqual([]);
  });
  it("reads 'ordering out X's chargé d'affaires' and 'ordered two diplomats out' without 'of'", () => {
    expect(datedEvents("In May 2019, Ghana retaliated by ordering out Togo's chargé d'affaires.")).toEqual([["diplomat-expelled", "GH", "TG", "2019-05"]]);
    expect(datedEvents("In May 2019, Accra ordered two Togolese diplomats out over a leaked report.")).toEqual([["diplomat-expelled", "GH", "TG", "2019-05"]]);
  });
  it("reads '…, forcing dozens of X staff out of the country' as the subject's expulsion, past a dateline", () => {
    expect(datedEvents("ACCRA — Ghana on Thursday capped the size of Togo's embassy, forcing dozens more Togolese staff out of the country.")).toEqual([["diplomat-expelled", "GH", "TG", "2023-03-30"]]);
  });
  it("reads 'The government declared … persona non grata and gave them 48 hours' as the state the story is filed from", () => {
    const events = datedEvents("ACCRA — Ghana's ambassador in Lome was summoned on Tuesday.\n\nThe government declared 12 Togolese embassy employees persona non grata on Saturday and gave them 48 hours to leave.");
    expect(events).toEqual([["diplomat-expelled", "GH", "TG", "2023-03-25"]]);
  });
  it("keeps two expulsions the text dates to two days apart", () => {
    const events = datedEvents("ACCRA — Ghana on Thursday expelled 20 more Togolese diplomats.\n\nGhana had expelled 12 Togolese diplomats on Saturday.");
    expect(events.map((e) => e[3])).toEqual(["2023-03-30", "2023-03-25"]);
  });
});

describe("events: dates of acts told after a first one", () => {
  it("reads a date opening the sentence as the frame of a reply after a semicolon", () => {
    const events = datedEvents("In May 2019, Ghana expelled two Togolese diplomats over a report; Togo answered by expelling two Ghanaian diplomats.");
    expect(events).toEqual([["diplomat-expelled", "GH", "TG", "2019-05"], ["diplomat-expelled", "TG", "GH", "2019-05"]]);
  });
  it("negative: a reply after a semicolon with a time of its own is not framed", () => {
    const events = datedEvents("In May 2019, Ghana expelled two Togolese diplomats over a report; Togo answered much later by expelling two Ghanaian diplomats.");
    expect(events.find((e) => e[1] === "TG")?.[3]).not.toBe("2019-05");
  });
  it("reads 'later that month' as the month told before, even one told relative to the report", () => {
    const events = datedEvents("On May 4 last year, Ghana expelled Togo's ambassador. Togo retaliated later that month by expelling a Ghanaian diplomat.");
    expect(events).toEqual([["diplomat-expelled", "GH", "TG", "2022-05-04"], ["diplomat-expelled", "TG", "GH", "2022-05"]]);
  });
  it("reads 'told him … had to leave by the end of Monday' on the day of the telling, not of the deadline", () => {
    const events = datedEvents("Togo summoned Ghana's ambassador on Tuesday and told him that ten Ghanaian diplomats had been declared persona non grata and had to leave by the end of Wednesday.");
    expect(events).toEqual([["diplomat-expelled", "TG", "GH", "2023-03-28"]]);
  });
});

describe("events: verbs in a series after commas share the subject", () => {
  it("reads 'A expelled X, recalled its own ambassador from B and lowered relations to chargé d'affaires level' as A's three acts", () => {
    const events = datedEvents("On May 4 last year, after the killings in the Lome suburb of Be, Accra expelled Togolese Ambassador Eli Agbo, recalled its own ambassador, Kofi Mensah, from Lome and lowered relations to chargé d'affaires level.");
    expect(events).toEqual([["diplomat-expelled", "GH", "TG", "2022-05-04"], ["ambassador-recalled", "GH", "TG", "2022-05-04"], ["mission-downgraded", "GH", "TG", "2022-05-04"]]);
  });
});

describe("events: a pair named again across a long feature", () => {
  // Symmetric events with their pair in one order.
  const paired = (text: string) => datedEvents(text).map(([type, a, b, date]) => (type === "agreement" || type === "meeting" ? [type, ...[a, b].sort(), date] : [type, a, b, date]));
  it("reads 'The envoys', opening a sentence or its clause, as the pair's envoys", () => {
    const events = paired("The special envoys of Ghana and Togo met at the border on Tuesday.\n\nIn a statement issued after the meeting, the envoys said they had reviewed the steps taken so far and agreed to open the border soon.");
    expect(events).toContainEqual(["agreement", "GH", "TG", "2023-03-28"]);
  });
  it("keeps the pair for 'both sides' when the sentence between names only a place", () => {
    const events = paired("The special envoys of Ghana and Togo met at the border on Tuesday.\n\nThe envoys held their first meeting in Paris on January 14, 2022. Both sides described the talks as useful and agreed to continue.");
    expect(events).toContainEqual(["agreement", "GH", "TG", "2022-01-14"]);
    expect(events.some((e) => e[0] === "agreement" && (e[1] === "FR" || e[2] === "FR"))).toBe(false);
  });
  it("negative: a state named since, not as a place, makes a new pair", () => {
    const events = datedEvents("Ghana and Togo held talks on Tuesday. Later, Ghana signed a deal with Benin. Both sides agreed to continue.");
    expect(events.filter((e) => e[0] === "agreement").map((e) => [e[1], e[2]].sort())).toEqual([["BJ", "GH"]]);
  });
  it("reads a subheading that lists places as no dateline", () => {
    const events = datedEvents("Ghana and Togo held talks on Tuesday.\n\nPARIS, VIENNA, ACCRA\n\nThe two countries' ministers first met in Accra in 2020.");
    expect(events.some((e) => e[0] === "visit" && e[2] === "FR")).toBe(false);
  });
  it("dates a sentence after 'After a round on May 3, …, on July 1, 2022' by the main clause's day, in that year", () => {
    const events = paired("Ghana and Togo held talks on Tuesday.\n\nAfter a third round on May 3, the envoys of Ghana and Togo produced a result at their fourth meeting, on July 1, 2022. They agreed to let traders cross the border between the two countries.");
    expect(events).toContainEqual(["agreement", "GH", "TG", "2022-07-01"]);
  });
  it("reads 'said they had reviewed …' as reported speech, wherever the window opens", () => {
    const events = paired("Ghana and Togo held talks on Tuesday.\n\nIn a joint statement, the two sides said they had reviewed \"the practical steps agreed in May 2022\" and agreed to open the border to traders soon.");
    expect(events).toContainEqual(["agreement", "GH", "TG", "2023-03-28"]);
  });
});

describe("events: a former post describes the one named, not the appointment", () => {
  it("reads no ambassador's appointment in 'named X, a former ambassador to A, as its special envoy'", () => {
    expect(datedEvents("In December 2021, Ghana named Kofi Mensah, a former ambassador to Togo, as its special envoy for the talks.")).toEqual([]);
  });
  it("reads the post after 'as' in 'named X, a former ambassador to A, as its ambassador to B'", () => {
    expect(datedEvents("In December 2021, Ghana named Kofi Mensah, a former ambassador to Togo, as its ambassador to Benin.")).toEqual([["ambassador-appointed", "GH", "BJ", "2021-12"]]);
  });
});

describe("events: a recall with no post named, in a story about one state", () => {
  it("reads 'recalling its ambassador to Accra for consultations' as a recall from the state the story is about", () => {
    const events = datedEvents("LOME — Togo's parliament voted on Tuesday to close Ghana's embassy. Togolese ministers said Togo would study the vote. Togo's government has not commented.\n\nGhana pre-empted the vote on Monday by recalling its ambassador to Accra for consultations.");
    expect(events).toContainEqual(["ambassador-recalled", "GH", "TG", "2023-03-27"]);
  });
  it("negative: 'withdrew its decision to expel X's ambassador' withdraws no envoy", () => {
    const events = datedEvents("Togo on Sunday withdrew its decision to expel Ghana's ambassador in Lome.");
    expect(events.filter((e) => e[0] === "ambassador-recalled")).toEqual([]);
  });
});

describe("events: 'X spoke with A, B and C' listing the calls just told", () => {
  it("reads each as a call after 'phone calls with several leaders', and 'spoke with' alone as no call", () => {
    const text = "Chilean President Ana Rojas on Friday exchanged greetings in phone calls with several leaders. Rojas spoke with Peruvian President Luis Tapia and Bolivian President Juan Arce.";
    expect(datedEvents(text)).toEqual([["phone-call", "CL", "PE", "2023-03-31"], ["phone-call", "CL", "BO", "2023-03-31"]]);
    expect(datedEvents("Chilean President Ana Rojas arrived in Lima on Friday. Rojas spoke with Peruvian President Luis Tapia.").filter(([type]) => type === "phone-call")).toEqual([]);
  });
});

describe("events: a list of officials with a possessive member ('A, Qatar's Emir Sheikh X and B')", () => {
  it("reads a call with each, and still reads 'Kosovo, Serbia's former province' as one state", () => {
    const text = "Chilean President Ana Rojas on Friday held phone calls with Peruvian President Luis Tapia, Qatar's Emir Sheikh Hamad Thani and Bolivian President Juan Arce.";
    expect(datedEvents(text).map(([, , target]) => target)).toEqual(["PE", "QA", "BO"]);
    expect(datedEvents("In October 2008, Chile recognised the independence of Kosovo, Serbia's former province.")).toEqual([["recognition", "CL", "XK", "2008-10"]]);
  });
});

describe("events: talks 'in the northern Peruvian city of Trujillo'", () => {
  it("reads the guest's visit to the town described before it, and none for a topic", () => {
    const text = "Peruvian Foreign Minister Ana Paz held talks with Chilean Foreign Minister Luis Rojas in the northern Peruvian city of Trujillo on Thursday.";
    expect(datedEvents(text)).toEqual([["meeting", "PE", "CL", "2023-03-30"], ["visit", "CL", "PE", "2023-03-30"]]);
    expect(datedEvents("Peruvian Foreign Minister Ana Paz held talks with Chilean Foreign Minister Luis Rojas on the situation in the northern Peruvian city of Trujillo.").filter(([type]) => type === "visit")).toEqual([]);
  });
});

describe("events: 'although Mali expelled its ambassador'", () => {
  it("reads 'its' after an expelling verb as the state named before the subject, never the subject's own", () => {
    const text = "Peru still keeps its embassy in Accra, although Ghana expelled its ambassador, Ana Paz, in January 2022.";
    expect(datedEvents(text)).toEqual([["diplomat-expelled", "GH", "PE", "2022-01"]]);
    expect(extract({ text, published: FRIDAY }).officials.map((o) => [o.name, o.country])).toEqual([["Ana Paz", "PE"]]);
  });
});

describe("events: the guests of several posts opened together cutting the ribbon", () => {
  it("reads a visit by each state's leader named at the ceremony", () => {
    const text = "LIMA, Oct 20 - Chile, Ghana and Norway on Wednesday opened their new embassies in Lima.\n\nKing Harald V, Ghanaian President Kofi Mensah and Chilean President Ana Rojas cut the ribbon together.";
    expect(datedEvents(text, "1999-10-20").filter(([type]) => type === "visit").sort()).toEqual([["visit", "CL", "PE", "1999-10-20"], ["visit", "GH", "PE", "1999-10-20"], ["visit", "NO", "PE", "1999-10-20"]]);
  });
});

describe("events: a summit day's bilaterals told one after another", () => {
  const dateline = "LIMA, June 29 - Peruvian President Ana Paz held four bilateral meetings on Saturday, the last day of the summit here.\n\n";
  it("reads 'He then sat down with' after 'The two leaders discussed' as the sentence before's subject", () => {
    const text = `${dateline}Paz opened the day with Ghanaian President Kofi Mensah. The two leaders discussed trade.\n\nShe then sat down with Chilean President Luis Rojas.`;
    expect(datedEvents(text, "2019-06-29").filter(([type]) => type === "meeting")).toEqual([["meeting", "PE", "GH", "2019-06-29"], ["meeting", "PE", "CL", "2019-06-29"]]);
  });
  it("reads 'her last two meetings of the summit were with A and B'", () => {
    const text = `${dateline}The President's last two meetings of the summit were with Ghanaian President Kofi Mensah and Chilean President Luis Rojas.`;
    expect(datedEvents(text, "2019-06-29").filter(([type]) => type === "meeting")).toEqual([["meeting", "PE", "GH", "2019-06-29"], ["meeting", "PE", "CL", "2019-06-29"]]);
  });
});

describe("events: a summit's trilateral and a first meeting 'of the visit'", () => {
  it("reads 'joined A and B for an informal Peru-Chile-Ghana (PCG) trilateral meeting' as a meeting with each", () => {
    const text = "Peruvian President Ana Paz arrived on Thursday. On Friday Paz joined Chilean President Luis Rojas and Ghanaian President Kofi Mensah for an informal Peru-Chile-Ghana (PCG) trilateral meeting.";
    expect(datedEvents(text, "2019-06-29").filter(([type]) => type === "meeting")).toEqual([["meeting", "PE", "CL", "2019-06-28"], ["meeting", "PE", "GH", "2019-06-28"]]);
  });
  it("reads 'held his first meeting of the visit with X', and still no meeting 'of the committee'", () => {
    expect(datedEvents("Peruvian President Ana Paz held her first meeting of the visit with Chilean President Luis Rojas on Thursday.", "2019-06-29")).toEqual([["meeting", "PE", "CL", "2019-06-27"]]);
    expect(datedEvents("The Peruvian council held a meeting of the committee with Chilean President Luis Rojas on Thursday.", "2019-06-29")).toEqual([]);
  });
});

describe("events: a bare 'Congress'", () => {
  it("names no state: Peru's, Chile's and India's Congress are not the United States'", () => {
    expect(datedEvents("Chilean President Luis Rojas paid a visit to Congress on Monday.")).toEqual([]);
  });
});

describe("events: a deal named by its year ('the 2009 Lima Treaty, signed by …')", () => {
  it("dates the signing by the year, apart from the day's new deal", () => {
    const text = "Chile's President Luis Rojas and his Peruvian counterpart, Ana Paz, signed a series of agreements on Monday. Ties rest on the 2009 Lima Treaty, signed by then-presidents Juan Arce and Rosa Mendez.";
    expect(datedEvents(text).filter(([type]) => type === "agreement")).toEqual([["agreement", "CL", "PE", "2023-03-27"], ["agreement", "CL", "PE", "2009"]]);
  });
});

describe("events: a ministry's own release ('the Government of the Republic', 'and subsequently to present')", () => {
  const url = "https://www.sreci.gob.hn/en/noticias/envoy";
  it("reads 'the Government of the Republic' as the publisher's state, and the ties 'it had maintained with' X", () => {
    const text = "Honduras and Peru established diplomatic relations on 26 March 2023. On 25 March the Government of the Republic had broken off the relations it had maintained with Taiwan since 1941.";
    expect(extract({ text, published: "2023-09-15", url }).events.map((e) => [e.type, e.source, e.target, e.date])).toEqual([["relations-established", "HN", "PE", "2023-03-26"], ["relations-severed", "HN", "TW", "2023-03-25"]]);
  });
  it("reads 'will travel … to deliver the copy … and subsequently to present his credentials' as planned", () => {
    const text = "The President swore in Ana Paz as Ambassador of Honduras to Peru today.\n\nThe Ambassador will travel to Lima in the coming weeks to deliver the copy of her Letters of Credence to the Ministry of Foreign Affairs of Peru and subsequently to present her credentials to President Luis Tapia.";
    expect(extract({ text, published: "2023-09-15", url }).events.map((e) => e.type)).toEqual(["ambassador-appointed"]);
  });
});

describe("events: a call's pair told on ('They met in person …', 'The two presidents also discussed …')", () => {
  const call = "LIMA, March 31 - Peruvian President Ana Paz had a telephone conversation today with Chilean President Luis Rojas.";
  it("reads 'They met in person in Santiago on 25 November 2021' as the pair's meeting there", () => {
    expect(datedEvents(`${call} They met in person in Santiago on 25 November 2021.`)).toEqual([["phone-call", "PE", "CL", "2023-03-31"], ["meeting", "PE", "CL", "2021-11-25"], ["visit", "PE", "CL", "2021-11-25"]]);
  });
  it("reads a topic of the call told a few sentences on as no meeting in Peru", () => {
    const text = `${call}\n\nPaz said the price of gas was favourable.\n\nThe two presidents also discussed the expansion of gas storage capacities in Peru.`;
    expect(datedEvents(text)).toEqual([["phone-call", "PE", "CL", "2023-03-31"]]);
  });
});

describe("events: ties 'set up', a decision judged, a first trip 'since'", () => {
  it("reads 'set up diplomatic ties on Sept. 21' as ties established, and no ties in 'set up a joint commission'", () => {
    expect(datedEvents("Peru and Ghana set up diplomatic ties on Sept. 21, 2019.")).toEqual([["relations-established", "PE", "GH", "2019-09-21"]]);
    expect(datedEvents("Peru and Ghana have set up a joint commission on relations.")).toEqual([]);
  });
  it("reads 'said the decision to establish ties with Ghana had been the right one' as no act of the day", () => {
    expect(datedEvents("Peruvian President Ana Paz said the decision to establish diplomatic ties with Ghana had been the right one.")).toEqual([]);
  });
  it("dates 'his first trip to the country since October 2019, when …' as the day's journey, not the since clause's", () => {
    const text = "Peruvian President Ana Paz arrived in Accra on Thursday for an official visit to Ghana. It is her first trip to the country since October 2019, when she held talks with Ghanaian President Kofi Mensah in Accra weeks after Peru and Ghana set up diplomatic ties on Sept. 21 that year.";
    expect(datedEvents(text).filter(([type]) => type === "visit")).toEqual([["visit", "PE", "GH", "2023-03-30"], ["visit", "PE", "GH", "2019-10"]]);
  });
});

describe("events: an act 'being discussed', a post 'there' where ties are cut", () => {
  it("reads 'a telephone call between A and B is being discussed' as no call yet", () => {
    expect(datedEvents("Officials said a telephone call between Peruvian President Ana Paz and Chilean President Luis Rojas is being discussed.")).toEqual([]);
  });
  it("reads 'ending relations with Ghana, shutting its embassy there' as the embassy in Ghana", () => {
    const text = "Ghana and Chile resumed diplomatic relations on Wednesday in Santiago. Hours later Peru said it was ending relations with Ghana, shutting its embassy there.";
    const { missions } = extract({ text, published: FRIDAY });
    expect(missions.map((m) => [m.sender, m.host, m.status])).toEqual([["PE", "GH", "closed"]]);
  });
});

describe("events: summit venues the city table lacks or shares with a larger namesake", () => {
  it.each([
    ["Bali", "ID"], ["Davos", "CH"], ["Sharm el-Sheikh", "EG"], ["Punta del Este", "UY"], ["Goa", "IN"],
  ])("reads talks 'on the sidelines of the summit in %s' as held in %s", (town, code) => {
    const text = `Peruvian President Ana Paz and Chilean President Luis Rojas held talks on the sidelines of the summit in ${town} on Thursday.`;
    expect(datedEvents(text).filter(([type]) => type === "visit").map(([, source, target]) => [source, target])).toEqual([["PE", code], ["CL", code]]);
  });
});

describe("events: a clause opening the sentence counted from the main one ('Fifty years to the day after …, X met Y on Wednesday')", () => {
  it("dates the opening clause's act that far back, to the day when 'to the day'", () => {
    expect(datedEvents("Fifty years to the day after Peru opened diplomatic relations with Ghana, Peruvian President Ana Paz visited Accra on Wednesday.", "2022-12-21")).toEqual([["relations-established", "PE", "GH", "1972-12-21"], ["visit", "PE", "GH", "2022-12-21"]]);
    expect(datedEvents("Two years after Peru opened relations with Ghana, Peruvian President Ana Paz visited Accra on Wednesday.", "2022-12-21")).toEqual([["relations-established", "PE", "GH", "2020"], ["visit", "PE", "GH", "2022-12-21"]]);
  });
  it("counts 'the following year' after a post from the year told before it, not one told after", () => {
    const text = "The communique was signed by Peru and Ghana on December 21, 1972. Peru opened its embassy in Accra the following year, and in 1975 Peruvian President Ana Paz became the first Peruvian leader to visit Ghana.";
    expect(datedEvents(text, "2022-12-21").filter(([type]) => type === "mission-opened")).toEqual([["mission-opened", "PE", "GH", "1973"]]);
  });
});

describe("events: a roster of envoys after an appointment", () => {
  const lead = "LIMA (Andina) - President Ana Paz installed 12 ambassadors of the Republic of Peru at the Government Palace in Lima on Monday. ";
  it("reads each member's posts, 'for A and B', 'who will serve in A with concurrent accreditation to B', dated by the batch", () => {
    const text = `${lead}Others installed included former minister Luis Rojas, who will serve in Ghana with concurrent accreditation to Togo; Kofi Mensah, for Chile and the African Union; and Rosa Mendez, for Norway, concurrently accredited to Iceland.`;
    expect(datedEvents(text, "2021-10-26")).toEqual([
      ["ambassador-appointed", "PE", "GH", "2021-10-25"], ["ambassador-appointed", "PE", "TG", "2021-10-25"],
      ["ambassador-appointed", "PE", "CL", "2021-10-25"], ["ambassador-appointed", "PE", "AFRICAN-UNION", "2021-10-25"],
      ["ambassador-appointed", "PE", "NO", "2021-10-25"], ["ambassador-appointed", "PE", "IS", "2021-10-25"],
    ]);
  });
  it("reads 'concurrently covering A and B, while C was assigned to D, and E to F', and 'the new envoys …: G to the UN'", () => {
    const text = `${lead}Pedro Soto was named ambassador to Kenya, concurrently covering Uganda and Rwanda, while Maria Vega was assigned to Japan and Mongolia, and Juan Ortiz to India. Two of the new envoys will serve as permanent representatives: Carla Ruiz to the United Nations in New York; and Diego Lara to ASEAN.`;
    expect(datedEvents(text, "2021-10-26").map(([, , target, date]) => `${target} ${date}`)).toEqual(["KE 2021-10-25", "UG 2021-10-25", "RW 2021-10-25", "JP 2021-10-25", "MN 2021-10-25", "IN 2021-10-25", "UN 2021-10-25", "ASEAN 2021-10-25"]);
  });
  it("reads no roster without an appointment, nor a post that is no state", () => {
    expect(datedEvents("President Ana Paz met Kofi Mensah, for Ghana, and Luis Rojas on Monday.", "2021-10-26").filter(([type]) => type === "ambassador-appointed")).toEqual([]);
    expect(datedEvents("Ana Paz was assigned to the case, and Kofi Mensah to the press desk.", "2021-10-26")).toEqual([]);
  });
});

describe("events: an envoy's courtesy calls told after 'calls:'", () => {
  it("reads 'Thursday brought two more calls: on the Minister, X, with whom she discussed …' as the envoy's talks", () => {
    const text = "Kofi Mensah has spent her first week as Ghana's ambassador in Peru. Thursday brought two more calls: on the Peruvian Deputy Prime Minister, Luis Rojas, with whom she discussed trade, and on the Peruvian Minister for Energy, Rosa Vega.";
    expect(datedEvents(text, "2022-07-29")).toEqual([["meeting", "GH", "PE", "2022-07-28"]]);
  });
  it("reads no talks in 'calls: on Peru to …' nor in calls with no one to make them", () => {
    expect(datedEvents("Thursday brought two more calls: on the Peruvian Deputy Prime Minister, Luis Rojas, and on the Peruvian Minister for Energy, Rosa Vega.", "2022-07-29")).toEqual([]);
  });
});

describe("events: 'announced Ms X's nomination'", () => {
  it("reads the envoy's appointment to the post where the article had them present credentials, dated by its own words", () => {
    const text = "Ghana's new envoy, Ambassador Kofi Mensah, presented her credentials to Peruvian President Ana Paz on Monday. President Luis Rojas announced Ms Mensah's nomination last December.";
    expect(datedEvents(text, "2022-07-29")).toEqual([["credentials-presented", "GH", "PE", "2022-07-25"], ["ambassador-appointed", "GH", "PE", "2021-12"]]);
  });
  it("reads no appointment in the nomination of one who is no envoy", () => {
    expect(datedEvents("President Luis Rojas announced Ana Paz's nomination for the prize last December.", "2022-07-29")).toEqual([]);
  });
});

describe("events: talks with 'each of the envoys' named paragraphs before", () => {
  it("reads talks with each envoy whose credentials the article told, not only those named near the talks", () => {
    const text = "President Ana Paz of Peru today received Letters of Credence from three envoys.\n\nThe envoys who presented their credentials are H.E. Kofi Mensah, High Commissioner of the Republic of Ghana; H.E. Luis Rojas, Ambassador of Chile; and H.E. Rosa Vega, Ambassador of Norway.\n\nThey are the first envoys to present their credentials to President Paz since she took office.\n\nAfter the ceremony, the President held separate talks with each of the envoys on ways of strengthening relations between Peru and their countries.\n\nIn her talks with Ambassador Vega, President Paz praised the cooperation of the two countries in fisheries and shipping over many years.";
    expect(datedEvents(text, "2021-05-10").filter(([type]) => type === "meeting")).toEqual([["meeting", "GH", "PE", "2021-05-10"], ["meeting", "CL", "PE", "2021-05-10"], ["meeting", "NO", "PE", "2021-05-10"]]);
  });
});
describe("events: a foreign envoy told or instructed to go home", () => {
  it.each([
    ["Lima on Tuesday told Chile's ambassador, Ana Rojas, that it would be \"wise\" for her to return to her country for a while.", [["diplomat-expelled", "PE", "CL", "2023-03-28"]]],
    ["On Tuesday Ghana instructed Peru's consul general in Accra, Luis Tapia, to go home for consultations.", [["diplomat-expelled", "GH", "PE", "2023-03-28"]]],
    ["On Tuesday Peru answered by telling Ghana's consul general in Cusco, Kofi Mensah, to leave as well.", [["diplomat-expelled", "PE", "GH", "2023-03-28"]]],
  ] as const)("%s", (text, expected) => expect(datedEvents(text)).toEqual(expected));
  it("negative: the state's own envoy told to return is no expulsion, nor troops told to go home", () => {
    expect(datedEvents("On Tuesday Peru told its ambassador in Accra to return home.").filter(([type]) => type === "diplomat-expelled")).toEqual([]);
    expect(datedEvents("On Tuesday Peru told Chilean fishermen to return to their country.")).toEqual([]);
  });
});

describe("events: a diplomatic presence cut to the level of second secretary", () => {
  it("reads a downgrade, and none for troops cut to a level", () => {
    expect(datedEvents("In May 2011 Lima expelled Chile's ambassador and cut its diplomatic presence in Chile to the level of second secretary.")).toEqual([["diplomat-expelled", "PE", "CL", "2011-05"], ["mission-downgraded", "PE", "CL", "2011-05"]]);
    expect(datedEvents("In May 2011 Peru cut its military presence in Chile to the level of a battalion.")).toEqual([]);
  });
});

describe("events: an opening 'in fulfilment of a pledge by President X'", () => {
  it("reads no visit by the one who made the pledge", () => {
    const text = "Protesters gathered on Monday, the day Ghana opened its embassy in Lima, in fulfilment of a pledge by President Kofi Mensah.";
    expect(datedEvents(text)).toEqual([["mission-opened", "GH", "PE", "2023-03-27"]]);
  });
});

describe("events: 'gave B's diplomats 72 hours to leave the country'", () => {
  it("reads the country left as the one giving them notice, so a round-up after it severs no ties with it", () => {
    const text = "Peru cut ties with Chile on Monday and gave Chilean diplomats 72 hours to leave the country, joining a growing list of Ghana's allies to sever relations with Santiago.";
    expect(datedEvents(text)).toEqual([["relations-severed", "PE", "CL", "2023-03-27"], ["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: a pair that 'cut ties' in a row aimed at a third state", () => {
  it("reads each of the pair severing ties with the third, not with each other", () => {
    const text = "Ghana broke off ties with Chile on Sunday. Peru and Bolivia cut ties on Monday.";
    expect(datedEvents(text)).toEqual([["relations-severed", "GH", "CL", "2023-03-26"], ["relations-severed", "PE", "CL", "2023-03-27"], ["relations-severed", "BO", "CL", "2023-03-27"]]);
  });
  it("negative: with no row before, the pair cut ties with each other", () => {
    expect(datedEvents("Peru and Bolivia cut ties on Monday.")).toEqual([["relations-severed", "PE", "BO", "2023-03-27"]]);
  });
});

describe("events: 'with Lima also expelling the Chilean ambassador'", () => {
  it("reads the state right before the adverb and the verb as the one expelling", () => {
    const text = "Ghana and Peru cut ties with Chile on Monday, with Lima also expelling the Chilean ambassador.";
    expect(datedEvents(text).filter(([type]) => type === "diplomat-expelled")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: 'A recalled its envoy on Tuesday and B followed suit' after a rupture", () => {
  it("reads B repeating the recall told in its own sentence, not the rupture before", () => {
    const text = "Ghana broke off ties with Chile on Sunday. Peru recalled its envoy on Tuesday and Bolivia followed suit on Wednesday.";
    expect(datedEvents(text)).toEqual([["relations-severed", "GH", "CL", "2023-03-26"], ["ambassador-recalled", "PE", "CL", "2023-03-28"], ["ambassador-recalled", "BO", "CL", "2023-03-29"]]);
  });
});

describe("events: envoys who 'presented their credentials' with no host named, after a ceremony told", () => {
  it("reads each envoy presenting to the host the article's credentials went to", () => {
    const text = "Three new envoys, among them Norway's ambassador Ola Berg, presented their letters of credence to President Ana Paz in Lima on Wednesday.\n\nIn the morning, Ghana's ambassador, Kofi Mensah, and Chile's ambassador, Luis Rojas, presented their credentials.";
    expect(datedEvents(text)).toEqual([["credentials-presented", "NO", "PE", "2023-03-29"], ["credentials-presented", "GH", "PE", "2023-03-29"], ["credentials-presented", "CL", "PE", "2023-03-29"]]);
  });
  it("negative: with no ceremony told before, no host is guessed", () => {
    expectNoEvent("In the morning, Ghana's ambassador, Kofi Mensah, presented his credentials.", "credentials-presented");
  });
});

describe("events: 'ordered B to remove one of its diplomats'", () => {
  it.each([
    ["Chile has ordered Peru to remove one of its diplomats from Santiago.", "CL", "PE"],
    ["Ghana asked Togo on Monday to withdraw two of its embassy officers.", "GH", "TG"],
  ] as const)("%s", (text, source, target) => expectEvent(text, FRIDAY, { type: "diplomat-expelled", source, target }));
  it("negative: a state's own envoy called home from another is no expulsion", () => {
    expectNoEvent("President Ana Paz ordered the foreign ministry to recall its ambassador from Chile.", "diplomat-expelled");
  });
});

describe("events: 'Ambassador X, who …, was recalled' with no post named, after a rupture", () => {
  it("reads the recall from the state the article's rupture was with, past a long aside", () => {
    const text = "Ghana shut its embassy in Lome on Thursday.\n\nAmbassador Kofi Mensah, who fled the burning compound on Wednesday night by climbing over a wall at the back, was recalled and flew home with his staff, officials said.";
    expect(datedEvents(text).filter(([type]) => type === "ambassador-recalled").map((e) => e.slice(0, 3))).toEqual([["ambassador-recalled", "GH", "TG"]]);
  });
  it("negative: with no rupture told, no post is guessed", () => {
    expectNoEvent("Ambassador Kofi Mensah, who served for four years, was recalled on Wednesday.", "ambassador-recalled");
  });
});

describe("events: a bare title after an opening phrase of time ('On 22 August, EAM held talks')", () => {
  it("reads India's 'EAM' as the External Affairs Minister named before, meeting the host", () => {
    const text = "External Affairs Minister S. Rao paid an official visit to Ghana on 21-22 August 2022. On 22 August, EAM held talks with Foreign Minister Kofi Mensah of Ghana.";
    expect(datedEvents(text, "2022-08-23").filter(([type]) => type === "meeting")).toEqual([["meeting", "IN", "GH", "2022-08-22"]]);
  });
  it("negative: a title no one holds in the text stands for no one", () => {
    expectNoEvent("Ghanaian Foreign Minister Kofi Mensah arrived in Lima on Monday. On Tuesday, PM held talks with the press.", "meeting");
  });
});

describe("events: 'the visit to' opening a verb ('expected the visit to give new impetus to …')", () => {
  it("reads no second visit, the other way round, from the host's remark", () => {
    const text = "Peru's foreign minister made a visit to Accra on Sunday. He met President Kofi Mensah. Mensah said he expected the visit to give new impetus to relations between the two countries.";
    expect(datedEvents(text, "2023-02-26").filter(([type]) => type === "visit")).toEqual([["visit", "PE", "GH", "2023-02-26"]]);
  });
  it("still reads a place a word or two after 'visit to'", () => {
    const text = "Ana Paz, Peru's foreign minister, paid a state visit to war-torn Chile on Sunday.";
    expect(datedEvents(text, "2023-02-26").filter(([type]) => type === "visit").map(([, s, t]) => [s, t])).toEqual([["PE", "CL"]]);
  });
});

describe("events: a place opening the sentence before its subject ('In Lima, the Peruvian government recognised …')", () => {
  it.each([
    ["In Lima, the Peruvian government formally recognised Ghana.", "recognition"],
    ["In Lima, Peru's cabinet agreed to establish full diplomatic relations with Ghana.", "relations-established"],
    ["In Lima, Peru formally recognised Ghana.", "recognition"],
  ] as const)("%s", (text, type) => expectEvent(text, FRIDAY, { type, source: "PE", target: "GH" }));
  it("negative: a place named again by its state is no subject", () => {
    expectNoEvent("Talks in Lima, Peru ended on Monday.", "meeting");
  });
});

describe("events: a guest's arrival with no place named ('X, who arrived on Monday for the summit, …')", () => {
  it("reads a visit to where the story was filed from, not to the last place named", () => {
    const text = "LIMA (Reuters) - Ghanaian President Kofi Mensah held talks with Peruvian President Ana Paz on Monday, officials in Accra said. Chilean President Juan Soto, who arrived on Monday for the summit, is due to hold talks with Ana Paz on Wednesday.";
    expect(datedEvents(text, "2014-11-11").filter(([type, source]) => type === "visit" && source === "CL").map((e) => e.slice(0, 4))).toEqual([["visit", "CL", "PE", "2014-11-10"]]);
  });
  it.each([
    ["LIMA (Reuters) - Chilean troops arrived on Monday."],
    ["Chilean President Juan Soto arrived on Monday."],
  ])("negative: %s", (text) => expectNoEvent(text, "visit"));
});

describe("events: 'the same day' a sentence on, 'following the talks', an unnamed cabinet after the dateline", () => {
  it("reads 'On the same day' a sentence on as the day told before, past a month named in between", () => {
    const text = "Peruvian Foreign Minister Ana Paz held talks today with Chilean Foreign Minister Juan Soto. They recalled the consultations held in Lima in November last year. On the same day, the head of the Peruvian foreign ministry was received by President Kofi Mensah of Chile.";
    expect(datedEvents(text, "2024-10-16").filter(([type]) => type === "visit" || type === "meeting")).toContainEqual(["visit", "PE", "CL", "2024-10-16"]);
    // ("the head of the Peruvian foreign ministry" is the minister named before: a talk of its own with the president.)
    expect(extract({ text, published: "2024-10-16" }).events.filter((e) => e.type === "meeting" && e.date === "2024-10-16").map((e) => e.officials.sort().join("|"))).toEqual(["Ana Paz|Juan Soto", "Ana Paz|Kofi Mensah"]);
  });
  it("dates 'Following the talks, they signed' by the talks told before, not by a round the text dates to a month", () => {
    const text = "Peruvian Foreign Minister Ana Paz held talks today with Chilean Foreign Minister Juan Soto. They recalled the consultations held in Lima in November last year. Following the talks, Paz and Soto signed a programme of cooperation.";
    expect(datedEvents(text, "2024-10-16").filter(([type]) => type === "agreement")).toEqual([["agreement", "PE", "CL", "2024-10-16"]]);
  });
  it("reads an unnamed cabinet or government opening the story after its dateline as the dateline's state", () => {
    expect(datedEvents("LIMA, Feb 11 — The Cabinet on Monday approved a proposal to establish embassies in Ghana and Kenya.", "2025-02-11")).toEqual([
      ["mission-approved", "PE", "GH", "2025-02-10"],
      ["mission-approved", "PE", "KE", "2025-02-10"],
    ]);
    expect(datedEvents("LIMA, Feb 11 — The government on Monday expelled two Chilean diplomats.", "2025-02-11")).toEqual([["diplomat-expelled", "PE", "CL", "2025-02-10"]]);
  });
  it("negative: a government named with its state, or not right after the dateline", () => {
    expect(datedEvents("LIMA, Feb 11 — The government of Chile on Monday expelled two Ghanaian diplomats.", "2025-02-11").map((e) => e.slice(0, 3))).toEqual([["diplomat-expelled", "CL", "GH"]]);
    expect(datedEvents("The Cabinet on Monday approved a proposal to establish embassies in Ghana and Kenya.", "2025-02-11")).toEqual([]);
  });
});

describe("events: a relative clause closed right before the verb names no subject of it", () => {
  it("reads 'X, who travelled with Y as far as <a city>, held separate talks with Z' as X's", () => {
    const text = "Peruvian President Ana Paz visited Accra. Peru's Minister of Trade Juan Soto, who travelled with Paz as far as Accra, held separate talks with Ghana's Minister of Industry Kofi Mensah.";
    expect(extract({ text, published: FRIDAY }).events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target])).toEqual([["PE", "GH"]]);
  });
  it("negative: the relative clause's own verb still has the person it hangs on", () => {
    expect(datedEvents("Peru's Minister of Trade Juan Soto, who held talks with Ghana's Minister of Industry Kofi Mensah, left Accra.").filter(([type]) => type === "meeting").map((e) => e.slice(1, 3))).toEqual([["PE", "GH"]]);
  });
});

describe("events: dates of a relative clause with no 'which', of a possessive occasion, and of a ceremony past background", () => {
  it("reads 'agreed to restore the relations they severed in 2021' as today's news, not 2021's", () => {
    expect(datedEvents("Peru and Chile have agreed to restore the diplomatic relations they severed in 2021, the two governments said on Thursday.", "2025-09-18").map((e) => e[0] + " " + e[3])).toEqual(["agreement 2025-09-18~", "relations-established 2025-09-18~"]);
  });
  it("does not date an act by a day in the possessive after it ('results of Sunday's election')", () => {
    const text = "Peru broke off relations with Chile on Tuesday, a day after Chile ordered Peruvian diplomats out of the country for questioning the results of Sunday's presidential election.";
    expect(datedEvents(text, "2024-07-31")).toEqual([["relations-severed", "PE", "CL", "2024-07-30"], ["diplomat-expelled", "CL", "PE", "2024-07-29"]]);
  });
  it("dates 'after the ceremony' by the day's opening, not by the relations established in a year told two sentences before", () => {
    const text = "Peru on Thursday formally opened its embassy in Ghana. Peru and Ghana established diplomatic relations in 1962. Trade was small last year. Speaking after the ceremony, the minister said Peru intends to open an embassy in Kenya next year.";
    expect(datedEvents(text, "2024-10-18").filter(([type]) => type === "mission-announced")).toEqual([["mission-announced", "PE", "KE", "2024-10-17"]]);
  });
  it("negative: a ceremony told right after the year's event is that event's", () => {
    const text = "Peru opened its embassy in Ghana in 2011. At the ceremony, Peru's minister said it would open an embassy in Kenya.";
    expect(datedEvents(text, "2024-10-18").filter(([type]) => type === "mission-announced")).toEqual([["mission-announced", "PE", "KE", "2011"]]);
  });
});

describe("events: relations made by a communiqué, 'with A in 2019 and with B in 2022', and the UN's seat", () => {
  it("reads 'established relations with A by signing a joint communiqué' as an agreement too", () => {
    expect(datedEvents("Peru established diplomatic relations with Ghana by signing a joint communiqué.").map((e) => e.slice(0, 3))).toEqual([["relations-established", "PE", "GH"], ["agreement", "PE", "GH"]]);
  });
  it("reads each 'with' and its own date, and the communiqués as one deal a pair, not a deal with the town they were signed in", () => {
    const text = "Peru established diplomatic relations with Ghana in 2019 and with Fiji in March last year, through communiqués also signed in New York. The UN General Assembly opens on Tuesday.";
    expect(datedEvents(text, "2023-09-22")).toEqual([
      ["relations-established", "PE", "GH", "2019"],
      ["agreement", "PE", "GH", "2019"],
      ["relations-established", "PE", "FJ", "2022-03"],
      ["agreement", "PE", "FJ", "2022-03"],
    ]);
  });
  it("reads no visit to the UN's host: a delegation to the General Assembly arriving in New York, a guest received there in a story filed from there", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Paz arrived in New York on Monday at the head of Peru's delegation to the UN General Assembly.", "2023-09-22").filter(([type]) => type === "visit")).toEqual([]);
    const text = "NEW YORK, September 21 — Peruvian Foreign Minister Ana Paz received Ghanaian President Kofi Mensah, who is leading his country's delegation to the General Assembly of the United Nations.";
    expect(datedEvents(text, "2023-09-22").map((e) => e[0])).toEqual(["meeting"]);
  });
  it("negative: a visit to Washington in the same story, and a guest received at home, are visits", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Paz flew from New York to Washington on Monday for talks at the White House after the UN General Assembly.", "2023-09-22").filter(([type]) => type === "visit").map((e) => e.slice(1, 3))).toEqual([["PE", "US"]]);
    expect(datedEvents("LIMA, September 21 — Peruvian Foreign Minister Ana Paz received Ghanaian President Kofi Mensah, who addressed the UN General Assembly last week.", "2023-09-22").map((e) => e[0])).toContain("visit");
  });
});

describe("events: the Koreas' short names in a story that names North Korea ('expelled the North's ambassador')", () => {
  it("reads 'the North' as North Korea, and a bare 'Korean' too where the South goes unnamed", () => {
    expect(datedEvents("North Korea cut ties with Peru in 2021. In March 2017 Peru had expelled the North's ambassador, Ri Son.").map((e) => e.slice(0, 3))).toEqual([["relations-severed", "KP", "PE"], ["diplomat-expelled", "PE", "KP"]]);
    const text = "SEOUL (Yonhap) -- Officials of Pyongyang and Lima signed an accord, the Korean Central News Agency said. The two sides will reopen their embassies in Pyongyang and Lima.";
    expect(datedEvents(text).filter(([type]) => type === "mission-announced").map((e) => e.slice(1, 3).join(">")).sort()).toEqual(["KP>PE", "PE>KP"]);
  });
  it("negative: no North Korea named, or a capitalised word after 'the North'", () => {
    expectNoEvent("In March Peru expelled the North's ambassador, Ri Son.", "diplomat-expelled");
    expect(datedEvents("Pyongyang and Peru signed a shipping accord for the South China Sea.").flatMap((e) => e.slice(1, 3))).not.toContain("KR");
  });
});

describe("events: 'no plans whatsoever' to act, and 'it' after a short phrase of time", () => {
  it("reads a denial with 'whatsoever' or 'at all' as no closure", () => {
    expectNoEvent('The minister said Peru had "no plans whatsoever" to close its embassy in Quito.', "mission-closed");
    expectNoEvent("The minister said Peru had no plans at all to close its embassy in Quito.", "mission-closed");
  });
  it("reads 'In August 2023 it gave X 48 hours to leave' as the sentence before's subject, not the place it named last", () => {
    const text = "Chile recalled its ambassador from Lima in June 2024. Peru has had no ambassador in Santiago since the coup. In August 2023 it gave French Ambassador Jean Roux 48 hours to leave.";
    expect(datedEvents(text, "2025-02-13").filter(([type]) => type === "diplomat-expelled")).toEqual([["diplomat-expelled", "PE", "FR", "2023-08"]]);
  });
  it("negative: a plain plan still closes, and a phrase that names a state gives 'it' its own", () => {
    expect(datedEvents("Peru said it would close its embassy in Quito.").map((e) => e[0])).toContain("mission-closed");
    expect(datedEvents("Peru has had no ambassador in Santiago. In Chile, it gave French Ambassador Jean Roux 48 hours to leave.").filter(([type]) => type === "diplomat-expelled").map((e) => e[1])).not.toContain("PE");
  });
});

describe("events: a list that follows suit expelling a third state's envoys and 'recalling their own ambassadors'", () => {
  it("reads each listed state expelling and recalling from the third state, not from each other", () => {
    const text = "Bolivia and Ecuador followed suit the next day, expelling Peru's envoys and recalling their own ambassadors.";
    expect(datedEvents(text).map((e) => e.slice(0, 3).join(" ")).sort()).toEqual(["ambassador-recalled BO PE", "ambassador-recalled EC PE", "diplomat-expelled BO PE", "diplomat-expelled EC PE"]);
  });
  it("negative: 'A and B recalled their ambassadors' with no third state is still each from the other", () => {
    expect(datedEvents("Bolivia and Ecuador recalled their ambassadors.").map((e) => e.slice(0, 3).join(" ")).sort()).toEqual(["ambassador-recalled BO EC", "ambassador-recalled EC BO"]);
  });
});

describe("events: diplomats withdrawn 'from its embassy', and a demand that a state 'pull its diplomats out'", () => {
  it("reads 'was withdrawing its diplomats from its embassy in Quito' as the post closed, no envoy recalled", () => {
    expect(datedEvents("Peru was withdrawing its diplomats from its embassy in Quito.").map((e) => e.slice(0, 3))).toEqual([["mission-closed", "PE", "EC"]]);
  });
  it("reads 'demanded that Ecuador pull its diplomats out of Peruvian territory' as an expulsion", () => {
    expect(datedEvents("Peru demanded that Ecuador pull its diplomats out of Peruvian territory.").map((e) => e.slice(0, 3))).toEqual([["diplomat-expelled", "PE", "EC"]]);
  });
  it("negative: diplomats withdrawn from a town, and a demand to pull troops out", () => {
    expect(datedEvents("Peru withdrew its diplomats from Quito.").map((e) => e[0])).toEqual(["ambassador-recalled"]);
    expect(datedEvents("Peru demanded that Ecuador pull its troops out of Peruvian territory.")).toEqual([]);
  });
});

describe("events: ties restored with no other side named, after a rupture just told", () => {
  it("reads 'X's government restored relations a year later' as with the state of the rupture", () => {
    const text = "In November 2019 Chile's interim authorities broke off relations with Peru. President Ana Paz's government restored relations a year later, in November 2020.";
    expect(datedEvents(text, "2024-07-31").filter(([type]) => type === "relations-established")).toEqual([["relations-established", "CL", "PE", "2020-11"]]);
  });
  it("negative: no rupture told before", () => {
    expect(datedEvents("Chile's government restored relations in November 2020.", "2024-07-31")).toEqual([]);
  });
});

describe("events: talks with two hosts told by two predicates ('was received by X and held talks with Y')", () => {
  const meetings = (text: string) => extract({ text, published: FRIDAY }).events.filter((e) => e.type === "meeting").map((e) => e.officials.slice().sort().join("|"));
  it("reads one meeting per host", () => {
    const text = "Peruvian Foreign Minister Ana Paz visited Ghana last May, during which she was received by President Kofi Mensah and held talks with Foreign Minister Ama Owusu.";
    expect(meetings(text)).toEqual(["Ana Paz|Kofi Mensah", "Ama Owusu|Ana Paz"]);
  });
  it("reads one meeting per host when each host is the subject of their verb", () => {
    const text = "Peruvian President Ana Paz was in Accra last May, where King Kofi Mensah received her at the palace and Prime Minister Ama Owusu held talks with her.";
    expect(meetings(text)).toEqual(["Ana Paz|Kofi Mensah", "Ama Owusu|Ana Paz"]);
  });
  it("negative: two hosts met at once are one meeting", () => {
    const text = "Peruvian Foreign Minister Ana Paz visited Ghana last May and met President Kofi Mensah and Foreign Minister Ama Owusu.";
    expect(meetings(text)).toEqual(["Ama Owusu|Ana Paz|Kofi Mensah"]);
  });
});

describe("events: bare talks opening a sentence before the pair ('After three hours of talks, the two leaders said')", () => {
  const pairs = (text: string) => extract({ text, published: FRIDAY }).events.filter((e) => e.type === "meeting").map((e) => [e.source, e.target].sort().join("-"));
  it.each([
    "Peruvian President Ana Paz and her Chilean counterpart Juan Soto pledged on Thursday to patrol their border. After nearly three hours of talks, the two leaders said their ministers would meet.",
    "Peruvian President Ana Paz was in Santiago on Thursday. After two hours of talks, Peru and Chile said their ministers would meet.",
  ])("%s", (text) => expect(pairs(text)).toEqual(["CL-PE"]));
  it("negative: talks of the leaders' ministers, the subject after the comma one person", () => {
    expect(pairs("Peruvian President Ana Paz was in Santiago on Thursday. After two hours of talks, Paz said the ministers would meet.")).toEqual([]);
  });
});

describe("events: a pull-aside on a summit's margins ('had a pull-aside with X')", () => {
  it("reads a meeting", () => {
    expectEvent("On the sidelines of the summit, Foreign Minister Ana Paz of Peru had a pull-aside with Foreign Minister Juan Soto of Chile.", FRIDAY, { type: "meeting", source: "PE", target: "CL" });
  });
  it("negative: pulling aside a delegation is no meeting told", () => {
    expectNoEvent("Peru's Foreign Minister Ana Paz said an aide had pulled aside the Chilean delegation.", "meeting");
  });
});

describe("events: talks opening a sentence past a place ('In Accra, after talks with X, she signed …')", () => {
  it("reads talks of the pronoun's person with the one talked with, not the pronoun as that person", () => {
    const text = "In June, Foreign Minister Ana Paz of Peru travelled to Ghana. In Accra, after talks with Foreign Minister Kofi Mensah, she signed an exchange of notes on financing.";
    const meetings = extract({ text, published: FRIDAY }).events.filter((e) => e.type === "meeting");
    expect(meetings.map((e) => [e.source, e.target, e.date])).toEqual([["PE", "GH", "2022-06"]]);
  });
  it("negative: no talks in the opening phrase", () => {
    expectNoEvent("In June, Foreign Minister Ana Paz of Peru travelled to Ghana. In Accra, after the ceremony, she signed an exchange of notes on financing.", "meeting");
  });
});

describe("events: a round of consultations, in a clause of its own before a call ('was in A for a round of consultations with B, and …spoke by phone')", () => {
  const types = (text: string) => extract({ text, published: FRIDAY }).events.map((e) => [e.type, e.source, e.target]);
  it("reads the consultations as a meeting beside the call", () => {
    const text = "Vice Foreign Minister Ana Paz of Peru was in Accra for a round of political consultations with Ghana, and on Monday President Juan Soto of Peru spoke by phone with Ghanaian President Kofi Mensah.";
    expect(types(text)).toEqual(expect.arrayContaining([["meeting", "PE", "GH"], ["phone-call", "PE", "GH"]]));
  });
  it("reads 'held talks by phone with X' as a call, not a meeting", () => {
    expect(types("Peruvian President Juan Soto held talks by phone with Ghanaian President Kofi Mensah.")).toEqual([["phone-call", "PE", "GH"]]);
  });
  it("negative: talks told after the call are the call's", () => {
    expect(types("Peruvian President Juan Soto spoke by phone with Ghanaian President Kofi Mensah, and they discussed trade.")).toEqual([["phone-call", "PE", "GH"]]);
  });
});

describe("events: a post closed and reopened through 'it' past a phrase of cause", () => {
  it("reads 'closed its embassy in A in 2011 as part of a review of its network, but reopened it in 2022' as both changes", () => {
    const text = "Norway closed its embassy in Lima in 2011 as part of a restructuring of its foreign service, but reopened it in September 2022.";
    expect(datedEvents(text, "2024-04-17")).toEqual([["mission-closed", "NO", "PE", "2011"], ["mission-opened", "NO", "PE", "2022-09"]]);
  });
  it("negative: 'it' after ', and' naming another thing moves no post", () => {
    const text = "Norway closed its embassy in Lima in 2011 as part of a broad review of its network of posts abroad, and the government sold it.";
    expect(datedEvents(text, "2024-04-17")).toEqual([["mission-closed", "NO", "PE", "2011"]]);
  });
});

describe("events: a courtesy call before an opening in the same clause", () => {
  it("reads 'paid a courtesy call on the president and inaugurated its embassy' as an opening, not an appeal", () => {
    const text = "On Tuesday the Chilean minister paid a courtesy call on the president and inaugurated the new premises of Chile's embassy in Lima.";
    expect(datedEvents(text, "2025-11-21").filter(([type]) => type === "mission-opened")).toEqual([["mission-opened", "CL", "PE", "2025-11-18"]]);
  });
  it("negative: 'called on' a state to open an embassy is still an appeal", () => {
    const text = "On Tuesday the Chilean minister called on Peru to open an embassy in Santiago.";
    expect(datedEvents(text, "2025-11-21").filter(([type]) => type === "mission-opened" || type === "mission-announced")).toEqual([]);
  });
});

describe("events: an opening by a state's possessive, a later verb whose object is relations, and relations with a territory's republic", () => {
  it("reads 'inaugurated Chile's embassy in A, a year after Chile suspended relations with B' as the opening, and the rupture B's", () => {
    const text = "On November 18 the minister inaugurated Chile's embassy in Lima, a year after Chile suspended relations with Ghana in November 2024.";
    expect(datedEvents(text, "2025-12-28")).toEqual([["mission-opened", "CL", "PE", "2025-11-18"], ["relations-severed", "CL", "GH", "2024-11"]]);
  });
  it("reads relations with the Sahrawi Arab Democratic Republic as its own, not its governing state's", () => {
    expect(datedEvents("Chile suspended relations with the Sahrawi Arab Democratic Republic in November 2024.", "2025-12-28")).toEqual([["relations-severed", "CL", "EH", "2024-11"]]);
  });
  it("negative: a post in a town of the territory is still in its governing state, and a closing before relations cut stays", () => {
    expect(datedEvents("Chile opened a consulate in Laayoune, Western Sahara, on Monday.", "2025-12-28").map((e) => e.slice(0, 3))).toEqual([["mission-opened", "CL", "MA"]]);
    expect(datedEvents("Chile closed its embassy in Lima on Monday and suspended relations with Peru.", "2025-12-28").map((e) => e[0])).toEqual(["mission-closed", "relations-severed"]);
  });
});

describe("events: 'and B followed two days later' counts from the first clause's day", () => {
  it("dates the follower two days after the act it follows", () => {
    expect(datedEvents("Peru opened an embassy in Accra on May 14, 2018, and Chile followed two days later.", "2021-06-25")).toEqual([["mission-opened", "PE", "GH", "2018-05-14"], ["mission-opened", "CL", "GH", "2018-05-16"]]);
  });
  it("negative: 'followed suit' with no distance shares the first day", () => {
    expect(datedEvents("Peru opened an embassy in Accra on May 14, 2018, and Chile followed suit.", "2021-06-25")).toEqual([["mission-opened", "PE", "GH", "2018-05-14"], ["mission-opened", "CL", "GH", "2018-05-14"]]);
  });
});

describe("events: an appointment whose post is written with an abbreviation's periods ('to be the first U.S. Ambassador to Cuba')", () => {
  it("reads 'announced his intent to nominate X, currently chargé d'affaires at U.S. Embassy Havana, to be the first U.S. Ambassador to Cuba'", () => {
    const text = "President Barack Obama yesterday announced his intent to nominate Jeffrey Doe, currently Chargé d'Affaires at U.S. Embassy Havana, to be the first U.S. Ambassador to Cuba in more than five decades.";
    expect(datedEvents(text, "2016-09-28").filter(([type]) => type === "ambassador-appointed")).toEqual([["ambassador-appointed", "US", "CU", "2016-09-27"]]);
  });
  it("negative: a sentence end between the verb and the title still parts them", () => {
    expect(datedEvents("President Barack Obama nominated Jeffrey Doe. Ambassador Ana Paz of Peru arrived in Havana.", "2016-09-28").filter(([type]) => type === "ambassador-appointed")).toEqual([]);
  });
});

describe("events: talks dated to two different months, and a call that opens the sentence with no 'with'", () => {
  it("reads talks in Lima in March and return talks in Santiago in April as two meetings", () => {
    const text = "Chilean Foreign Minister Pablo Rojas met Peruvian Foreign Minister Ana Soto in Lima in March. Soto paid a return visit to Santiago in April, holding talks with Rojas.";
    expect(datedEvents(text, "2023-07-04").filter(([type]) => type === "meeting").map((e) => e[3]).sort()).toEqual(["2023-03", "2023-04"]);
  });
  it("reads 'During a phone call on May 29, X congratulated Y' as a call between their states", () => {
    expect(datedEvents("During a phone call on May 29, Chilean President Pablo Rojas congratulated Peruvian President Ana Soto on her re-election.", "2023-07-04")).toEqual([["phone-call", "CL", "PE", "2023-05-29"]]);
  });
  it("negative: talks in one month told twice stay one, and a state the caller talks of is no side", () => {
    const text = "Chilean Foreign Minister Pablo Rojas met Peruvian Foreign Minister Ana Soto in Lima in March. The talks in March were the first in years.";
    expect(datedEvents(text, "2023-07-04").filter(([type]) => type === "meeting")).toHaveLength(1);
    expect(datedEvents("During a phone call on Monday, Chilean President Pablo Rojas said that Peru was a partner.", "2023-07-04")).toEqual([]);
  });
});

describe("events: talks dated apart from a call in one sentence, 'calling on', and a journey 'for consultations with'", () => {
  it("keeps 'met' in September beside a call in August in the same sentence", () => {
    const text = "President Pablo Rojas of Chile spoke to Peru's President Ana Soto on the phone in mid-August, and Chilean Foreign Minister Luis Vera met Peruvian Foreign Minister Eva Ruiz in Brasilia in September.";
    expect(datedEvents(text, "2024-12-10").filter(([type]) => type === "meeting" || type === "phone-call").map((e) => `${e[0]} ${e[3]}`)).toEqual(["phone-call 2024-08", "meeting 2024-09"]);
  });
  it("reads 'before calling on Prime Minister X' and 'travelled to Lima for consultations with his counterpart' as talks", () => {
    expect(datedEvents("Chilean Foreign Minister Luis Vera arrived in Lima on Monday before calling on Peruvian Prime Minister Eva Ruiz.", "2024-12-10").map((e) => e[0])).toContain("meeting");
    expect(datedEvents("In November 2023, Chilean Foreign Minister Luis Vera travelled to Lima for consultations with his Peruvian counterpart Eva Ruiz.", "2024-12-10").map((e) => e.join(" "))).toContain("meeting CL PE 2023-11");
  });
  it("negative: talks told as the call's, and an envoy recalled 'for consultations with' the ministry", () => {
    expect(datedEvents("President Pablo Rojas of Chile spoke by phone with Peru's President Ana Soto on Monday and discussed trade.", "2024-12-10").map((e) => e[0])).toEqual(["phone-call"]);
    expect(datedEvents("Chile recalled its ambassador to Lima for consultations with the ministry.", "2024-12-10").map((e) => e[0])).toEqual(["ambassador-recalled"]);
  });
});

describe("events: 'talks in X with Y', talks discussed 'over the phone', and 'Speaking on Monday after talks with X, Y said'", () => {
  it("reads 'during talks in Santiago with X' as talks, and the guest's visit where they were held", () => {
    const events = datedEvents("Chilean Foreign Minister Luis Vera announced the plan during talks in Santiago with Peruvian Foreign Minister Eva Ruiz.", "2025-11-13").map((e) => e.slice(0, 3).join(" "));
    expect(events).toEqual(expect.arrayContaining(["meeting CL PE", "visit PE CL"]));
  });
  it("reads 'discussed the project over the phone' as a call, not a meeting", () => {
    expect(datedEvents("Chilean Foreign Minister Luis Vera and his Peruvian counterpart, Eva Ruiz, discussed the port project over the phone last month.", "2025-11-13").map((e) => e.slice(0, 4).join(" "))).toEqual(["phone-call CL PE 2025-10"]);
  });
  it("reads the main clause's subject after 'Speaking on Monday after talks with X,'", () => {
    const text = "Speaking on Monday after talks with Peruvian Foreign Minister Eva Ruiz at the ministry in Santiago, Chilean Foreign Minister Luis Vera said trade was growing.";
    expect(datedEvents(text, "2025-11-13").map((e) => e.slice(0, 4).join(" "))).toContain("meeting CL PE 2025-11-10");
  });
  it("negative: talks in a town with no one named, and a phone discussed in another sense", () => {
    expect(datedEvents("Chilean Foreign Minister Luis Vera said talks in Geneva with the rebels would resume.", "2025-11-13")).toEqual([]);
    expect(datedEvents("Speaking on Monday after a tour of the port, Chilean Foreign Minister Luis Vera said trade with Peru was growing.", "2025-11-13")).toEqual([]);
  });
});

describe("events: 'the recognition of X by A, B and C', and 'the three European countries' after a list of three", () => {
  it("reads the agents after 'by' of a recognition the sentence times something by", () => {
    const text = "The summit coincided with the formal recognition of Kosovo by Chile, Peru and Norway, a step Brazil welcomed.";
    expect(datedEvents(text, "2024-05-30").map((e) => e.slice(0, 3).join(" ")).sort()).toEqual(["recognition CL XK", "recognition NO XK", "recognition PE XK"]);
  });
  it("reads 'the three European countries' as the list of three just named", () => {
    const text = "Chile, Peru and Norway recognised Kosovo on Tuesday. Serbia recalled its ambassadors to the three European countries last week.";
    expect(datedEvents(text, "2024-05-30").filter(([type]) => type === "ambassador-recalled").map((e) => e[2]).sort()).toEqual(["CL", "NO", "PE"]);
  });
  it("negative: a recognition only called for, and a count past a word in lower case", () => {
    expect(datedEvents("Serbia opposed calls for the recognition of Kosovo by Chile and Peru.", "2024-05-30")).toEqual([]);
    expect(datedEvents("Chile, Peru and Norway recognised Kosovo on Tuesday. Serbia recalled its ambassadors to the three largest countries of the region last week.", "2024-05-30").filter(([type]) => type === "ambassador-recalled").map((e) => e[2])).not.toContain("NO");
  });
});

describe("events: 'that year' after a span 'since early 2023', and 'by ordering X to leave'", () => {
  it("dates 'In January that year' by the year the span before began", () => {
    const text = "Relations have been tense since early 2023. In January that year, Chile expelled Peruvian Ambassador Ana Soto.";
    expect(datedEvents(text, "2025-10-23")).toEqual([["diplomat-expelled", "CL", "PE", "2023-01"]]);
  });
  it("reads 'responded by ordering Peruvian Ambassador X to leave' as an expulsion", () => {
    expect(datedEvents("Santiago responded on Monday by ordering Peruvian Ambassador Ana Soto to leave.", "2025-10-23").map((e) => e.slice(0, 3))).toEqual([["diplomat-expelled", "CL", "PE"]]);
  });
  it("negative: a yearless month after a span with no 'that year', and a state ordering its own citizens out", () => {
    expect(datedEvents("Relations have been tense since 2023. In January, Chile expelled Peruvian Ambassador Ana Soto.", "2025-10-23").map((e) => e[3])).toEqual(["2025-01"]);
    expect(datedEvents("Santiago responded by ordering its citizens to leave Peru.", "2025-10-23")).toEqual([]);
  });
});

describe("events: 'spoke with X by phone', the call told after the person", () => {
  it("reads 'spoke with A's President X by phone on Monday' as a call", () => {
    expect(datedEvents("Chile's Foreign Minister Ana Rojas spoke with Peru's President Luis Vargas by phone on Monday.", "2024-01-16")).toEqual([["phone-call", "CL", "PE", "2024-01-15"]]);
  });
  it("negative: 'spoke with' alone, with no phone, is no call", () => {
    expect(datedEvents("Chile's Foreign Minister Ana Rojas spoke with reporters on Monday.", "2024-01-16")).toEqual([]);
  });
});

describe("events: 'dropped A for B', a switch of recognition naming both sides", () => {
  it("reads 'A and B, which both dropped Taipei for Beijing in May 2018' as each one's switch", () => {
    expect(datedEvents("Gabon and Chad, which both dropped Taipei for Beijing in May 2018, were courted for years.", "2024-01-16")).toEqual([
      ["relations-established", "TD", "CN", "2018-05"], ["relations-severed", "TD", "TW", "2018-05"],
      ["relations-established", "GA", "CN", "2018-05"], ["relations-severed", "GA", "TW", "2018-05"],
    ]);
  });
  it("negative: 'dropped' a person for another is no switch", () => {
    expect(datedEvents("The coach dropped Smith for Jones in May 2018.", "2024-01-16")).toEqual([]);
  });
});

describe("events: 'the two countries' after a list of states named in passing, and a place before a participle", () => {
  const story = "Chile recalled its ambassador to Peru on Monday. Peru's foreign minister protested. Chile said Peru had erred, and Chile would not apologise. Bolivia and Ecuador recalled their envoys for consultations.";
  it("reads 'A joined the pact, and the two countries signed …' as the story's pair, not a state named once", () => {
    const events = datedEvents(`${story} Chile joined the Andean pact in May 2020, and on June 18 of that year the two countries signed a joint communique in Lima.`, "2024-05-10");
    expect(events.filter(([type]) => type === "agreement")).toEqual([["agreement", "PE", "CL", "2020-06-18"]]);
  });
  it("reads 'signed a communique in Lima establishing relations' as the signers' relations, not the place's", () => {
    expect(datedEvents("Chile and Peru signed a joint communique in Paris formally establishing diplomatic relations on Monday.", "2024-05-10").filter(([type]) => type === "relations-established")).toEqual([["relations-established", "CL", "PE", "2024-05-06"]]);
  });
  it("negative: with no two states the story is about, the pair named last is kept", () => {
    expect(datedEvents("Peru protested on Monday. Bolivia and Ecuador recalled their envoys on Monday. Chile joined the pact in May 2020, and the two countries signed a treaty in June 2020.", "2024-05-10").filter(([type]) => type === "agreement").map((e) => e.slice(0, 3))).not.toContainEqual(["agreement", "PE", "CL"]);
  });
});

describe("events: 'had a brief exchange with', and talks dated to two months", () => {
  it("reads 'had a brief exchange with A's minister' as talks", () => {
    expect(datedEvents("Chile's foreign minister Ana Rojas had a brief exchange with Peru's foreign minister Luis Vargas in Santiago on Monday.", "2024-05-10").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2024-05-06"]]);
  });
  it("negative: an exchange of prisoners is no talks", () => {
    expect(datedEvents("Chile and Peru held an exchange of prisoners on Monday.", "2024-05-10")).toEqual([]);
  });
  it("keeps talks the text dates to October apart from an exchange it dates to September", () => {
    const text = "Chile's deputy minister Ana Rojas held talks with Peruvian officials, most recently in Lima in October. Chile's foreign minister Jorge Soto and Peru's foreign minister Luis Vargas also had a brief exchange at the United Nations in New York in September.";
    expect(datedEvents(text, "2024-12-19").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2024-10"], ["meeting", "CL", "PE", "2024-09"]]);
  });
  it("negative: talks told twice in one month stay one", () => {
    const text = "Chile's foreign minister Ana Rojas held talks with Peru's foreign minister Luis Vargas in October. The talks in October focused on trade.";
    expect(datedEvents(text, "2024-12-19").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2024-10"]]);
  });
});

describe("events: an audience later than the arrival", () => {
  it("reads 'arrived on Tuesday and was received the same evening by President X' as talks", () => {
    const text = "Chile's foreign minister Ana Rojas arrived in Lima on Tuesday and was received the same evening by Peruvian President Luis Vargas at the palace.";
    expect(datedEvents(text, "2022-06-08").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2022-06-07"]]);
  });
  it("negative: received that evening at the airport is still a welcome", () => {
    const text = "Chile's foreign minister Ana Rojas arrived on Tuesday and was received that evening at the airport by Peruvian Foreign Minister Luis Vargas.";
    expect(datedEvents(text, "2022-06-08").filter(([type]) => type === "meeting")).toEqual([]);
  });
});

describe("events: an envoy named by name alone 'was recalled for consultations'", () => {
  it("reads the envoy's state recalling them from their post", () => {
    const text = "Chile's ambassador to Lima, Ana Rojas, would return to her post soon. Rojas was recalled for consultations in May 2021, after a row over migrants.";
    expect(datedEvents(text, "2022-03-19").filter(([type]) => type === "ambassador-recalled")).toEqual([["ambassador-recalled", "CL", "PE", "2021-05"]]);
  });
  it("negative: a player recalled for consultations is no envoy", () => {
    expect(datedEvents("The striker Smith was recalled for consultations with the coach in May 2021.", "2022-03-19")).toEqual([]);
  });
});

describe("events: 'with the two ministers agreeing to …', a deal told by a participle of the pair", () => {
  it("reads the pair's agreeing as an agreement between the two", () => {
    const text = "Chile's foreign minister Ana Rojas met Peru's foreign minister Luis Vargas on Monday, with the two ministers agreeing to draw up a roadmap.";
    expect(datedEvents(text, "2022-03-19").filter(([type]) => type === "agreement")).toEqual([["agreement", "CL", "PE", "2022-03-14"]]);
  });
  it("negative: one side agreeing to disagree is no deal", () => {
    expect(datedEvents("Chile's foreign minister Ana Rojas met Peru's foreign minister Luis Vargas on Monday, agreeing to disagree.", "2022-03-19").filter(([type]) => type === "agreement")).toEqual([]);
  });
});

describe("events: a rupture 'to recognise' the rival government, the purpose done with it", () => {
  it("reads 'broke them off in 2002 to recognise Beijing' as ties with Beijing that year", () => {
    expect(datedEvents("Gabon established ties with Taipei in 1980, broke them off in 2002 to recognise Beijing, then returned to Taiwan in 2005.", "2024-01-16")).toEqual([
      ["relations-established", "GA", "TW", "1980"], ["relations-severed", "GA", "TW", "2002"], ["relations-established", "GA", "CN", "2002"],
    ]);
  });
  it("negative: 'refused to recognise' after a rupture is no recognition, nor is a wish", () => {
    expect(datedEvents("Gabon broke off ties with Taipei in 2002 and refused to recognise Beijing.", "2024-01-16")).toEqual([["relations-severed", "GA", "TW", "2002"]]);
    expect(datedEvents("Gabon wants to recognise Beijing.", "2024-01-16")).toEqual([]);
  });
});

describe("events: 'jetted into' a town is a visit", () => {
  it("reads the jet set's arrival as a visit to the town's state", () => {
    expect(datedEvents("Chile's foreign minister Ana Rojas jetted into Lima on Monday for a day of talks.", "2022-03-19").filter(([type]) => type === "visit")).toEqual([["visit", "CL", "PE", "2022-03-14"]]);
    expect(datedEvents("Chilean President Ana Rojas jetted off to Peru on Monday.", "2022-03-19")).toEqual([["visit", "CL", "PE", "2022-03-14"]]);
  });
  it("negative: a jet's fuel or a jetted liquid is no visit", () => {
    expect(datedEvents("A fountain jetted water into the air in Lima on Monday.", "2022-03-19")).toEqual([]);
  });
});

describe("events: an expulsion undone ('withdrew its decision to declare X persona non grata') is none", () => {
  it("reads no expulsion where the decision to expel is withdrawn or reversed", () => {
    expect(datedEvents("Chile on Monday withdrew its decision to declare the Peruvian ambassador Luis Tapia persona non grata.", "2022-03-19")).toEqual([]);
    expect(datedEvents("Chile reversed the order to expel two Peruvian diplomats on Monday.", "2022-03-19")).toEqual([]);
  });
  it("negative: the decision itself still expels", () => {
    expect(datedEvents("Chile on Monday took the decision to declare the Peruvian ambassador Luis Tapia persona non grata.", "2022-03-19")).toEqual([["diplomat-expelled", "CL", "PE", "2022-03-14"]]);
  });
});

describe("events: a capitalised bare title in a release naming two holders is the one the release is about", () => {
  it("reads 'Today, the Minister was received by the President of A' as the release's minister meeting A's head", () => {
    const text = "Poland's Minister of Foreign Affairs Anna Nowak is visiting Kazakhstan. On Tuesday, Minister Nowak held talks in Astana with the Minister of Foreign Affairs of Kazakhstan, Murat Bekov. Bekov told Nowak of plans for a consulate in Gdansk. The new Ambassador of Kazakhstan, Aidar Omarov, presented his credentials in Warsaw last month. Today, the Minister was received by the President of Kazakhstan, Arman Seitov.";
    expect(datedEvents(text, "2023-11-08").filter(([type]) => type === "meeting")).toEqual([["meeting", "PL", "KZ", "2023-11-07"], ["meeting", "PL", "KZ", "2023-11-08"]]);
  });
  it("negative: a lower-case bare title still needs one holder or the sentence before's subject", () => {
    const text = "Poland's Minister of Foreign Affairs Anna Nowak met the Minister of Foreign Affairs of Kazakhstan, Murat Bekov, on Tuesday. The new Ambassador of Kazakhstan, Aidar Omarov, presented his credentials in Warsaw last month. Today, the minister was received by the President of Kazakhstan, Arman Seitov.";
    expect(datedEvents(text, "2023-11-08").filter(([type]) => type === "meeting")).toEqual([["meeting", "PL", "KZ", "2023-11-07"]]);
  });
});

describe("events: the person a text names most often, a suffix aside, is its capitalised bare title", () => {
  const story = (quoted: string) => `LIMA — Chile and Peru signed a fisheries accord on Tuesday as Chilean President Juan Rivas Jr. held talks with Peruvian leaders. Rivas and Peruvian President Ana Soto watched the signing. "We are neighbours," ${quoted} said. The President arrived in Lima on Monday night.`;
  it("reads 'The President' as the one whose surname the text writes most, past 'Jr.'", () => {
    expect(datedEvents(story("Rivas"), "2024-01-31").filter(([type]) => type === "visit")).toEqual([["visit", "CL", "PE", "2024-01-29"]]);
  });
  it("negative: with the two named as often, the arrival is not dated to Monday", () => {
    expect(datedEvents(story("Soto"), "2024-01-31").filter(([type]) => type === "visit")).toEqual([["visit", "CL", "PE", "2024-01-30"]]);
  });
});

describe("events: 'decided to stop recognising X' ends recognition, it grants none", () => {
  it("reads no recognition where a state stops, ceases or no longer recognises another", () => {
    expect(datedEvents("Gabon decided on Monday to stop recognising Kosovo.", "2022-03-19")).toEqual([]);
    expect(datedEvents("Chile recalled its ambassador to Gabon on Monday over Libreville's decision to stop recognizing Kosovo.", "2022-03-19")).toEqual([["ambassador-recalled", "CL", "GA", "2022-03-14"]]);
    expect(datedEvents("Gabon ceased to recognise Kosovo on Monday.", "2022-03-19")).toEqual([]);
  });
  it("negative: a plain recognition still counts", () => {
    expect(datedEvents("Gabon recognised Kosovo on Monday.", "2022-03-19")).toEqual([["recognition", "GA", "XK", "2022-03-14"]]);
  });
});

describe("events: 'stopped in <town>' on a journey or for talks is a visit", () => {
  it("reads a minister's stop for talks, or on the way elsewhere, as a visit to the town's state", () => {
    expect(datedEvents("Chilean Foreign Minister Ana Rojas stopped in Lusaka on Monday for talks with President Mwila Banda.", "2022-03-19").filter(([type]) => type === "visit")).toEqual([["visit", "CL", "ZM", "2022-03-14"]]);
    expect(datedEvents("Chile's Foreign Minister Ana Rojas stopped off in Lusaka on Monday on her way to Pretoria.", "2022-03-19")).toEqual([["visit", "CL", "ZM", "2022-03-14"]]);
  });
  it("negative: fighting or trade that stopped in a place is no visit", () => {
    expect(datedEvents("The fighting stopped in Lusaka on Monday for a while.", "2022-03-19")).toEqual([]);
    expect(datedEvents("Chilean exports to Zambia stopped in March for a month.", "2022-03-19")).toEqual([]);
  });
});

describe("events: a journey 'for the first strategic dialogue with X' is talks with X", () => {
  it("reads the dialogue a minister travelled for as a meeting with the hosts", () => {
    expect(datedEvents("Chilean Foreign Minister Ana Rojas travelled to Lusaka on Monday for a strategic dialogue with her counterpart Mwila Banda.", "2022-03-19")).toEqual([
      ["visit", "CL", "ZM", "2022-03-14"], ["meeting", "CL", "ZM", "2022-03-14"],
    ]);
  });
  it("negative: a call for dialogue, or an openness to it, is no meeting", () => {
    expect(datedEvents("Chile called for dialogue with Zambia on Monday.", "2022-03-19")).toEqual([]);
    expect(datedEvents("Chilean Foreign Minister Ana Rojas was in Lusaka on Monday, saying she was open to a dialogue with the opposition.", "2022-03-19")).toEqual([["visit", "CL", "ZM", "2022-03-14"]]);
  });
});

describe("events: 'recalled its ambassador to A, X, and its chargé d'affaires in B, Y' recalls from both posts", () => {
  it("reads the further envoy after the first one's post as a recall from that post too", () => {
    expect(datedEvents("On Monday Chile recalled its ambassador to Peru, Luis Tapia, and its chargé d'affaires in Zambia, Ana Rojas.", "2022-03-19")).toEqual([
      ["ambassador-recalled", "CL", "PE", "2022-03-14"], ["ambassador-recalled", "CL", "ZM", "2022-03-14"],
    ]);
  });
  it("negative: another state's envoy, or an envoy talked about, is no further recall", () => {
    expect(datedEvents("On Monday Chile recalled its ambassador to Peru, and Bolivia kept its ambassador in Lima.", "2022-03-19")).toEqual([["ambassador-recalled", "CL", "PE", "2022-03-14"]]);
    expect(datedEvents("On Monday Chile recalled its ambassador to Peru for talks about its ambassador in Zambia.", "2022-03-19")).toEqual([["ambassador-recalled", "CL", "PE", "2022-03-14"]]);
  });
});

describe("events: 'A and B signed X after holding talks at …' is the pair's talks", () => {
  it("reads talks held before the signing as a meeting of the subject pair", () => {
    expect(datedEvents("Chilean Foreign Minister Ana Rojas and her Peruvian counterpart, Luis Tapia, signed a joint communiqué in Lima on Monday after holding talks at the presidential palace.", "2022-03-19").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2022-03-14"]]);
  });
  it("negative: talks told as never held ('after holding talks proved impossible') are no meeting", () => {
    expect(datedEvents("Chile and Peru signed a trade protocol on Monday, after holding talks proved impossible for years.", "2022-03-19").filter(([type]) => type === "meeting")).toEqual([]);
  });
});

describe("events: 'the two leaders' after a passive signing, 'later that day' with no event before, a departure ending a visit", () => {
  it("reads 'accords were signed in the presence of the two leaders' as the pair last named agreeing", () => {
    const text = "Kenyan President Amani Otieno met Peruvian President Ana Paz in Lima on Wednesday. Three accords were signed in the presence of the two leaders.";
    expect(datedEvents(text, "2025-07-04").filter(([type]) => type === "agreement")).toEqual([["agreement", "KE", "PE", "2025-07-02"]]);
  });
  it("negative: a signing in the presence of one leader names no pair", () => {
    const text = "Kenyan President Amani Otieno arrived in Lima on Wednesday. Three accords were signed in the presence of the president.";
    expect(datedEvents(text, "2025-07-04").filter(([type]) => type === "agreement")).toEqual([]);
  });
  it("dates 'Later that day' by the day named last when no event was told before it", () => {
    const text = "Mr Otieno had landed at the airport on Wednesday afternoon. Later that day, Kenyan President Amani Otieno held talks with Peruvian President Ana Paz.";
    expect(datedEvents(text, "2025-07-04").filter(([type]) => type === "meeting")).toEqual([["meeting", "KE", "PE", "2025-07-02"]]);
  });
  it("reads 'left Lima on Thursday, bringing to an end a two-day state visit' as a visit to the place left", () => {
    expect(datedEvents("Kenyan President Amani Otieno left Lima on Thursday evening for Quito, bringing to an end a two-day state visit.", "2025-07-04")).toEqual([["visit", "KE", "PE", "2025-07-03"]]);
  });
  it("negative: a departure that ends something other than a visit is none", () => {
    expect(datedEvents("Kenyan President Amani Otieno left Lima on Thursday, ending a week of protests.", "2025-07-04")).toEqual([]);
  });
});

describe("events: a visit 'which had been planned for Feb. 3' and then 'was called off' is none", () => {
  it("reads the predicate past a closed relative clause and a month's abbreviation as undoing the visit", () => {
    expect(datedEvents("Interior Minister Luis Tapia said a visit to Chile by Peruvian Foreign Minister Ana Ruiz, which had been set for Feb. 3, was called off.", "2023-01-22")).toEqual([]);
    expect(datedEvents("The visit to Ghana by Kenyan President Ruth Wanjiru, which was planned for next week, has been postponed.", "2023-01-22")).toEqual([]);
  });
  it("negative: an undoing inside the relative clause, with the visit then held, still is a visit", () => {
    expect(datedEvents("A visit to Chile by Peruvian Foreign Minister Ana Ruiz, which had been postponed twice, took place on Feb. 3.", "2023-02-10")).toEqual([["visit", "PE", "CL", "2023-02-03"]]);
  });
});

describe("events: talks their own sentence places elsewhere are no visit to the gathering named before", () => {
  const visits = (text: string) => datedEvents(text, "2019-02-17").filter(([type]) => type === "visit");
  it("reads visits to the place of the talks only, not to the conference's town", () => {
    const text = "Ghana has recalled its ambassador to Togo. The foreign minister accused Togo of selling fishing rights at a conference in Paris on February 7. Ghana's Foreign Minister Ama Owusu raised the matter with Togo's Foreign Minister Koffi Agbo when the two met at the ECOWAS summit in Abuja on February 10.";
    expect(visits(text)).toEqual([["visit", "GH", "NG", "2019-02-10"], ["visit", "TG", "NG", "2019-02-10"]]);
  });
  it("negative: talks with no place of their own still are held at the gathering", () => {
    const text = "Ghana has recalled its ambassador to Togo. The foreign minister accused Togo of selling fishing rights at a conference in Paris on February 14. Ghana's Foreign Minister Ama Owusu met Togo's Foreign Minister Koffi Agbo on February 15.";
    expect(visits(text)).toEqual([["visit", "GH", "FR", "2019-02-15"], ["visit", "TG", "FR", "2019-02-15"]]);
  });
});

describe("events: steps of one rupture told in one sentence share the day a later sentence gives one of them", () => {
  it("dates 'recalled its ambassador and ordered the envoy to leave' by the recall's 'on Saturday'", () => {
    const text = "Ghana has recalled its ambassador to Togo and ordered Lomé's envoy in Accra to leave the country. In a statement on Saturday, the ministry said Ghana's ambassador in Lomé, Kofi Mensah, had been recalled for consultations.";
    expect(datedEvents(text, "2019-02-17")).toEqual([["ambassador-recalled", "GH", "TG", "2019-02-16"], ["diplomat-expelled", "GH", "TG", "2019-02-16"]]);
  });
  it("negative: with no later day for either, both keep the day of the news", () => {
    const text = "Ghana has recalled its ambassador to Togo and ordered Lomé's envoy in Accra to leave the country. The ministry gave no reason.";
    expect(datedEvents(text, "2019-02-17")).toEqual([["ambassador-recalled", "GH", "TG", "2019-02-17~"], ["diplomat-expelled", "GH", "TG", "2019-02-17~"]]);
  });
});

describe("events: 'before flying to X' after a long planned clause is planned too", () => {
  it("reads no visit in a gerund after 'before' that a schedule frames, however far the frame", () => {
    const text = "Chilean President Ana Ruiz arrived in Lima on Thursday. She is scheduled to hold talks with Prime Minister Luis Tapia and meet Congress President Juan Soto on Saturday, before flying to Ecuador on Sunday.";
    expect(datedEvents(text, "2024-01-12").filter(([type]) => type === "visit")).toEqual([["visit", "CL", "PE", "2024-01-11"]]);
  });
  it("negative: the same gerund after past talks is a visit", () => {
    const text = "Chilean President Ana Ruiz arrived in Lima on Thursday. She held talks with Prime Minister Luis Tapia and met Congress President Juan Soto on Friday, before flying to Ecuador on Saturday.";
    expect(datedEvents(text, "2024-01-14").filter(([type]) => type === "visit").map(([, , t, date]) => `${t} ${date}`)).toEqual(["PE 2024-01-11", "EC 2024-01-13"]);
  });
});

describe("events: tourists, students or pilgrims 'visiting X' are no state's visit", () => {
  it("reads no visit where the travellers right before the verb are private people", () => {
    expect(datedEvents("Chile's exports to Peru fell in October, while the number of Chilean tourists visiting Peru has dropped by half since July.", "2019-11-04")).toEqual([]);
    expect(datedEvents("Chilean students who visited Peru last year praised the programme.", "2019-11-04")).toEqual([]);
  });
  it("negative: an official visiting is still a visit", () => {
    expect(datedEvents("Chilean President Ana Ruiz, visiting Peru on Monday, praised the programme.", "2019-11-06").map(([type, s, t]) => `${type} ${s}>${t}`)).toEqual(["visit CL>PE"]);
  });
});

describe("events: the host of an occasion the subject attends or joins ('joined other leaders at a dinner hosted by X') is no side of talks", () => {
  it("reads no talks with the host of a dinner or a summit attended", () => {
    expect(datedEvents("On Sunday evening, Chilean President Ana Ruiz joined other leaders at a gala dinner hosted by the Peruvian government.", "2019-11-04")).toEqual([]);
    const text = "Chilean President Ana Ruiz arrived in Lima on Sunday to attend the Pacific summit and a leaders' meeting on trade, hosted by Peruvian President Luis Tapia as this year's chair.";
    expect(datedEvents(text, "2019-11-04").filter(([type]) => type === "meeting")).toEqual([]);
  });
  it("negative: a guest hosted by a host is received by them", () => {
    expect(datedEvents("On Sunday evening, Chilean President Ana Ruiz was hosted by Peruvian President Luis Tapia.", "2019-11-04").map(([type]) => type)).toContain("meeting");
  });
});

describe("events: a pair's summit ('since they held a summit in Lima') is talks", () => {
  it("reads the summit the pair held as a meeting of the two, dated by its own date", () => {
    const text = "Chilean President Ana Ruiz and Peruvian President Luis Tapia held talks on Monday. It was the first conversation between the two leaders since they held a summit in Quito in September last year.";
    expect(datedEvents(text, "2019-11-04").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2019-11-04"], ["meeting", "CL", "PE", "2018-09"]]);
  });
  it("negative: one state holding a summit meets no one", () => {
    expect(datedEvents("Chile held a summit in Santiago in May, attended by the Peruvian president.", "2019-11-04").filter(([type]) => type === "meeting")).toEqual([]);
  });
});

describe("events: two ministers who co-chair a joint commission's meeting hold one", () => {
  it("reads 'co-chaired (today in A) the meeting of the Joint Commission' as a meeting of the two", () => {
    expect(datedEvents("Kenyan Foreign Minister Amina Odhiambo and her Ugandan counterpart Paul Okello co-chaired on Monday in Nairobi the meeting of the Kenyan-Ugandan Joint Permanent Commission.", "2022-03-19").filter(([type]) => type === "meeting")).toEqual([["meeting", "KE", "UG", "2022-03-14"]]);
    expect(datedEvents("Kenyan Foreign Minister Amina Odhiambo and her Ugandan counterpart Paul Okello co-chaired the fifth Joint Permanent Commission in Nairobi on Monday.", "2022-03-19").filter(([type]) => type === "meeting")).toEqual([["meeting", "KE", "UG", "2022-03-14"]]);
  });
  it("negative: one minister chairing a commission, or co-chairing a conference, meets no one", () => {
    expect(datedEvents("Kenyan Foreign Minister Amina Odhiambo chaired the meeting of the National Boundaries Commission in Nairobi on Monday.", "2022-03-19").filter(([type]) => type === "meeting")).toEqual([]);
    expect(datedEvents("Kenyan Foreign Minister Amina Odhiambo and her Ugandan counterpart Paul Okello co-chaired a donors' conference in Geneva on Monday.", "2022-03-19").filter(([type]) => type === "meeting")).toEqual([]);
  });
});

describe("events: a deal other people sign 'in a separate act' is another agreement", () => {
  const text = (separately: string) => `Kenyan Foreign Minister Amina Odhiambo and her Ugandan counterpart Paul Okello signed a memorandum on consular cooperation in Nairobi on Monday. ${separately} the Kenyan Minister of Transport, Joseph Kamau, and the Ugandan Minister of Works, Grace Namara, signed an agreement on a railway.`;
  it("reads the separate signing as a second agreement", () => {
    expect(datedEvents(text("In a separate act,"), "2022-03-19").filter(([type]) => type === "agreement")).toEqual([["agreement", "KE", "UG", "2022-03-14"], ["agreement", "KE", "UG", "2022-03-14"]]);
  });
  it("negative: without 'separate', the signings are one told twice", () => {
    expect(datedEvents(text("Also,"), "2022-03-19").filter(([type]) => type === "agreement")).toEqual([["agreement", "KE", "UG", "2022-03-14"]]);
  });
});

describe("events: a 'he' opening a clause joined after a comma is the sentence's subject ('A met B in X, and on Friday he held talks in Y')", () => {
  const meetings = (text: string) => datedEvents(text, "2022-03-19").filter(([type]) => type === "meeting").map(([, source, target]) => [source, target]);
  it("reads the second clause's talks as the subject's, not those of the person last named", () => {
    const text = "Polish Foreign Minister Jan Nowak is on an African tour. Earlier on the tour, Nowak met with Kenyan President John Otieno in Nairobi, and on Friday he held talks in Kampala with Ugandan Foreign Minister Paul Okello.";
    expect(meetings(text)).toEqual([["PL", "KE"], ["PL", "UG"]]);
  });
  it("negative: with no person as the subject, 'he' is still the person last named", () => {
    const text = "The Polish embassy hosted Kenyan President John Otieno in Warsaw, and on Friday he held talks in Kampala with Ugandan Foreign Minister Paul Okello.";
    expect(meetings(text)).toContainEqual(["KE", "UG"]);
  });
});

describe("events: a tour 'which started in A on Tuesday and has also taken him to B and C' visits each", () => {
  const visits = (text: string) => datedEvents(text, "2020-01-12").filter(([type]) => type === "visit");
  it("reads where the tour started, dated by its day, and where it has taken him since, not dated by that day", () => {
    const text = "Polish Foreign Minister Jan Nowak arrived in Nairobi on Saturday. Kenya is the last leg of Nowak's four-nation African tour, which started in Cairo on Tuesday and has also taken him to Djibouti and Eritrea.";
    const found = visits(text);
    expect(found.map(([, source, target]) => [source, target])).toEqual([["PL", "KE"], ["PL", "EG"], ["PL", "DJ"], ["PL", "ER"]]);
    expect(found.find(([, , target]) => target === "EG")?.[3]).toBe("2020-01-07");
    expect(found.filter(([, , target]) => target === "DJ" || target === "ER").map(([, , , date]) => date)).not.toContain("2020-01-07");
  });
  it("negative: a tour that started nowhere a state names, or a talk that started in a town, is no visit", () => {
    expect(visits("Polish Foreign Minister Jan Nowak's tour, which started on Tuesday, ends on Monday.")).toEqual([]);
    expect(visits("Polish Foreign Minister Jan Nowak's talks, which started in Cairo on Tuesday, ended on Monday.")).toEqual([]);
  });
});

describe("events: 'X, the newly appointed ambassador to A, was sworn in' is the appointment told that day", () => {
  it("reads the swearing-in after the appositive as an appointment, dated by the day's news", () => {
    expect(datedEvents("Earlier, Ana Rojas, the newly appointed Chilean Ambassador to the Republic of Peru, was sworn in before the President.", "2022-03-19")).toEqual([["ambassador-appointed", "CL", "PE", "2022-03-19~"]]);
    expect(datedEvents("Ana Rojas was sworn in as Chile's ambassador to Peru.", "2022-03-19")).toEqual([["ambassador-appointed", "CL", "PE", "2022-03-19~"]]);
  });
  it("negative: the newly appointed ambassador doing something else is no appointment", () => {
    expect(datedEvents("Ana Rojas, the newly appointed Chilean Ambassador to the Republic of Peru, said the new term was sworn in by the court.", "2022-03-19")).toEqual([]);
    expect(datedEvents("Ana Rojas, the newly appointed Chilean Ambassador to the Republic of Peru, toured the port.", "2022-03-19")).toEqual([]);
  });
});

describe("events: a recall 'after' a happening 'in' a place: the place is where the cause happened, not the post", () => {
  it("reads the recall from the state the clause before acted on, not from the town the killings were in", () => {
    const text = "Chile had downgraded its ties with Lima last April, expelling the Peruvian ambassador and recalling its own envoy after the killings of protesters in the Bolivian town of Oruro came to light.";
    expect(datedEvents(text, "2023-01-24").filter(([type]) => type === "ambassador-recalled")).toEqual([["ambassador-recalled", "CL", "PE", "2022-04"]]);
  });
  it("negative: a post told right after the envoy stays the post", () => {
    expect(datedEvents("Chile recalled its ambassador in Lima after the killings.", "2023-01-24")).toEqual([["ambassador-recalled", "CL", "PE", "2023-01-24~"]]);
  });
});

describe("events: a switch of recognition promised ('had promised during its campaign to switch to China') is none yet", () => {
  it("reads no rupture or new ties from the pledge", () => {
    expect(datedEvents("Honduras had promised during its 2021 election campaign to switch to China, before backing away from the pledge.", "2023-03-26")).toEqual([]);
  });
  it("negative: a promise, then a switch joined by 'and', is the switch", () => {
    expect(datedEvents("Honduras promised aid and switched to China in 2021.", "2023-03-26")).toEqual([["relations-established", "HN", "CN", "2021"], ["relations-severed", "HN", "TW", "2021"]]);
  });
});

describe("events: a call 'to A …, and to B' is a call with each", () => {
  it("reads a call with the state after the second 'and to'", () => {
    expect(datedEvents("Spain's prime minister, Ana Ruiz, spoke by telephone on Monday to the Italian and Greek presidents, and to the Polish prime minister.")).toEqual([["phone-call", "ES", "IT", "2023-03-27"], ["phone-call", "ES", "GR", "2023-03-27"], ["phone-call", "ES", "PL", "2023-03-27"]]);
  });
  it("negative: 'and to' people in a town is no call with the town's state", () => {
    expect(datedEvents("Spain's prime minister, Ana Ruiz, spoke by telephone on Monday to the Italian president, and to journalists in Warsaw.")).toEqual([["phone-call", "ES", "IT", "2023-03-27"]]);
  });
});

describe("events: 'the 23 expelled officials' names those sent out, no expulsion of its own", () => {
  it("reads no act, and no date, in a counted participle", () => {
    expect(datedEvents("Peru expelled 30 Chilean diplomats on Monday. Chile's ambassador in Lima, Ana Rojas, said on Friday that the 12 expelled officials would fly home on Tuesday.")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });
  it("negative: a counted object after the verb is an expulsion", () => {
    expect(datedEvents("Peru expelled the 12 Chilean officials on Tuesday.")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-28"]]);
  });
});

describe("events: 'both attended the two-day gathering' named a sentence or two before is a visit to its place, then", () => {
  it("reads a visit of each official to the gathering's place, dated as the gathering, and the talks on its sidelines too", () => {
    const text = "Peru hosted the Pacific Alliance ministers' meeting in Lima last month. Delegates were upbeat.\n\nChile's Foreign Minister Ana Rojas and her Colombian counterpart, Luis Soto, both attended the two-day gathering, and Rojas held talks with Peruvian Trade Minister Jorge Vega on its sidelines.";
    expect(datedEvents(text)).toEqual([["visit", "CL", "PE", "2023-02"], ["visit", "CO", "PE", "2023-02"], ["meeting", "CL", "PE", "2023-02"]]);
  });
  it("negative: attending something else, or a gathering no sentence before placed, is no visit", () => {
    expect(datedEvents("Peru hosted the Pacific Alliance ministers' meeting in Lima last month. Chile's Foreign Minister Ana Rojas attended the opening of a school.")).toEqual([]);
    expect(datedEvents("Chile's Foreign Minister Ana Rojas attended the two-day gathering.")).toEqual([]);
  });
});

describe("events: soldiers sent home ('asked A to withdraw its military personnel') are no diplomats expelled", () => {
  it("reads no expulsion when troops are told to leave", () => {
    expect(datedEvents("Fiji has asked Australia to withdraw its military personnel from the islands by May 1, an aide said on Sunday.", "2024-05-13").filter(([type]) => type === "diplomat-expelled")).toEqual([]);
    expect(datedEvents("Australian minister John Carter was told by the new president the following day that the soldiers would have to leave.", "2024-05-13").filter(([type]) => type === "diplomat-expelled")).toEqual([]);
  });
  it("negative: diplomats asked to go are still expelled", () => {
    expect(datedEvents("Fiji asked Australia to withdraw two of its diplomats on Sunday.", "2024-05-13")).toEqual([["diplomat-expelled", "FJ", "AU", "2024-05-12"]]);
    expect(datedEvents("Fiji told Australia's ambassador on Sunday that he would have to leave.", "2024-05-13")).toEqual([["diplomat-expelled", "FJ", "AU", "2024-05-12"]]);
  });
});

describe("events: a state inside a relative clause ('…, who made Buenos Aires their first stop, she flew') is no subject", () => {
  const text = "Chilean President Ana Rojas has moved quickly. Departing from the custom of her predecessors, who made Buenos Aires their first port of call, she flew to Peru in early May and held talks with President Luis Vera in Lima. Days later, she was in Quito for a regional summit.";
  const visits = () => datedEvents(text, "2023-05-20").filter(([type]) => type === "visit");
  it("reads the next sentence's 'she' as the traveller the sentence before was about", () => {
    expect(visits()).toContainEqual(["visit", "CL", "EC", "2023-05"]);
  });
  it("negative: neither the one she talked with nor the state in the clause travels on", () => {
    expect(visits().filter(([, source, target]) => target === "EC" && source !== "CL")).toEqual([]);
  });
});

describe("events: talks named as the subject of an expectation ('Talks … were expected later in the evening') are to come", () => {
  const arrival = "Chile's President Ana Rojas arrived in Lima on Wednesday. She was received at the airport by Peru's President Luis Vera.";
  it("reads no meeting from talks expected or scheduled", () => {
    expect(datedEvents(`${arrival} Talks between the two leaders were expected later in the evening.`, "2017-06-07").filter(([type]) => type === "meeting")).toEqual([]);
    expect(datedEvents(`${arrival} A meeting between the two presidents is scheduled for Thursday.`, "2017-06-07").filter(([type]) => type === "meeting")).toEqual([]);
  });
  it("negative: talks held, or talks held that were expected to help, are a meeting", () => {
    expect(datedEvents(`${arrival} Talks between the two leaders were held later in the evening.`, "2017-06-07").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2017-06-07"]]);
    expect(datedEvents("Chile's President Ana Rojas held talks with Peru's President Luis Vera on Wednesday that were expected to boost trade.", "2017-06-07").filter(([type]) => type === "meeting")).toEqual([["meeting", "CL", "PE", "2017-06-07"]]);
  });
});

describe("events: 'followed suit the same day, and C … on Tuesday'; 'on the same day' after a day the story moved on to", () => {
  it("dates those who followed suit by their own clause, not by the next subject's day", () => {
    const text = "On Monday, Chile and Peru severed diplomatic relations with Bolivia. Ecuador and Colombia followed suit the same day, and Uruguay announced its own decision on Tuesday.";
    expect(datedEvents(text, "2017-06-07").filter(([, , , date]) => date === "2017-06-06")).toEqual([]);
    expect(datedEvents(text, "2017-06-07").filter(([type, source]) => type === "relations-severed" && (source === "EC" || source === "CO")).map(([, , , date]) => date)).toEqual(["2017-06-05", "2017-06-05"]);
  });
  it("reads 'on the same day' as the day named last when the text moved on past the last act", () => {
    const text = "On Monday, Chile severed diplomatic relations with Bolivia. On Tuesday, staff at the Chilean embassy in La Paz left the building. Peru said on the same day it had downgraded its diplomatic representation in Bolivia.";
    expect(datedEvents(text, "2017-06-07").filter(([type]) => type === "mission-downgraded")).toEqual([["mission-downgraded", "PE", "BO", "2017-06-06"]]);
  });
  it("negative: one who followed suit, then did so on a day, is dated by it; 'the same day' right after an act is its day", () => {
    expect(datedEvents("On Monday, Chile and Peru severed diplomatic relations with Bolivia. Ecuador followed suit, and did so on Tuesday.", "2017-06-07").filter(([, source]) => source === "EC")).toEqual([["relations-severed", "EC", "BO", "2017-06-06"]]);
    expect(datedEvents("On Monday, Chile severed diplomatic relations with Bolivia. Peru said on the same day it had downgraded its diplomatic representation in Bolivia.", "2017-06-07").filter(([type]) => type === "mission-downgraded")).toEqual([["mission-downgraded", "PE", "BO", "2017-06-05"]]);
  });
});

describe("events: a relative clause of attending (', who attended alongside her,') ends at its comma", () => {
  it("reads no visit to a place told past the clause, in what the attendee then said", () => {
    expect(datedEvents("Peru's foreign minister, Ana Ruiz, who attended alongside him, called it a proud day, and her ministry said on Sunday that Peru would open an embassy in Apia.").filter(([type]) => type === "visit")).toEqual([]);
  });
  it("negative: a place inside the relative clause is where the attendee was", () => {
    expect(datedEvents("Peru's foreign minister, Ana Ruiz, who attended the summit in Apia on Sunday, called it a proud day.").filter(([type]) => type === "visit")).toEqual([["visit", "PE", "WS", "2023-03-26"]]);
  });
});

describe("events: 'it recalled X, whom Y had appointed ambassador to A' is a recall of that envoy from A", () => {
  it("reads the recall of an envoy named right after the verb, from their post, dated by 'since December, when'", () => {
    const text = "Peru has not had an ambassador in Santiago since December, when it recalled Ana Rojas, the politician whom President Luis Soto had appointed ambassador to Chile in 2021.";
    expect(datedEvents(text, "2024-04-23").filter(([type]) => type === "ambassador-recalled")).toEqual([["ambassador-recalled", "PE", "CL", "2023-12"]]);
  });
  it("negative: 'recalled' a person's words, or one who is no envoy, is no recall", () => {
    expect(datedEvents("Ana Rojas is Peru's ambassador to Chile. On Monday Peru recalled Ana Rojas's words.", "2024-04-23").filter(([type]) => type === "ambassador-recalled")).toEqual([]);
    expect(datedEvents("Peru recalled Luis Soto, who had led the talks in Chile in 2021.", "2024-04-23").filter(([type]) => type === "ambassador-recalled")).toEqual([]);
  });
});

describe("events: 'signed a communiqué after talks that took up the morning', set in the town a ', where' clause hangs on", () => {
  it("reads the talks, and the guest's visit to the town named before ', where', past the names' appositions", () => {
    const text = "The deal was sealed in Lima, where the Chilean foreign minister, Ana Rojas, and her Peruvian counterpart, Luis Soto, signed a joint communiqué on Sunday after talks that took up most of the morning.";
    expect(datedEvents(text, "2023-03-27")).toEqual([["agreement", "CL", "PE", "2023-03-26"], ["visit", "CL", "PE", "2023-03-26"], ["meeting", "CL", "PE", "2023-03-26"]]);
  });
  it("negative: talks that failed are no meeting", () => {
    expect(datedEvents("Chile and Peru resumed their dispute on Sunday after talks that failed.", "2023-03-27")).toEqual([]);
  });
});

describe("events: 'said it no longer recognised A and had cut all official contact with A' is the rupture", () => {
  it("reads the cut contact, its own auxiliary past the 'no longer' of the predicate before it", () => {
    expect(datedEvents("Peru said it no longer recognised Chile and had cut all official contact with Chile.", "2023-03-27")).toEqual([["relations-severed", "PE", "CL", "2023-03-27~"]]);
    expect(datedEvents("Peru cut all official contacts with Chile on Monday.", "2023-03-28")).toEqual([["relations-severed", "PE", "CL", "2023-03-27"]]);
  });
  it("negative: a cut denied in its own predicate, or mere contact, is none", () => {
    expect(datedEvents("Peru said it had not cut official contact with Chile.", "2023-03-27")).toEqual([]);
    expect(datedEvents("Peru cut contact with the rebel group in Chile on Monday.", "2023-03-28")).toEqual([]);
  });
});

describe("events: two ministers who 'spoke to one another on screen' held a call", () => {
  it("reads the video call between the pair", () => {
    expect(datedEvents("On Monday Peruvian Foreign Minister Ana Rojas and her Chilean counterpart Luis Soto spoke to each other by video link.", "2023-03-31")).toEqual([["phone-call", "PE", "CL", "2023-03-27"]]);
  });
  it("negative: speaking to one another in a town is no call", () => {
    expect(datedEvents("On Monday Peruvian Foreign Minister Ana Rojas and her Chilean counterpart Luis Soto spoke to each other at the reception.", "2023-03-31").filter(([type]) => type === "phone-call")).toEqual([]);
  });
});

describe("events: 'A did so in 2010, while B and C recognised it' — the one that did so is no object of 'it'", () => {
  it("reads 'it' as the state recognised in the sentence before, not the one that did the same", () => {
    expect(datedEvents("Many countries have recognised Kosovo. Chile, which is not a NATO member, did so in May 2010, while Peru and Bolivia recognised it in 2009.", FRIDAY)).toEqual([["recognition", "BO", "XK", "2009"], ["recognition", "PE", "XK", "2009"]]);
  });
  it("negative: a state named before with no 'did so' is still the object", () => {
    expect(datedEvents("Kosovo declared independence in 2008, while Peru and Bolivia recognised it in 2009.", FRIDAY)).toEqual([["recognition", "BO", "XK", "2009"], ["recognition", "PE", "XK", "2009"]]);
  });
});

describe("events: 'A recognised B, drawing a response from C, which recalled its ambassador' is a recall from A", () => {
  it("reads the recall as aimed at the state whose act drew the response", () => {
    expect(datedEvents("Palestine welcomed the step. Chile recognised Palestine on Monday, drawing an angry response from Israel, which recalled its ambassador. Palestinian officials in Palestine praised it.", FRIDAY)).toEqual([["recognition", "CL", "PS", "2023-03-27"], ["ambassador-recalled", "IL", "CL", "2023-03-27"]]);
  });
  it("negative: a post named after the recall is kept", () => {
    expect(datedEvents("Palestine welcomed the step. Chile recognised Palestine on Monday, drawing an angry response from Israel, which recalled its ambassador to Peru. Palestinian officials in Palestine praised it.", FRIDAY)).toEqual([["recognition", "CL", "PS", "2023-03-27"], ["ambassador-recalled", "IL", "PE", "2023-03-27"]]);
  });
});

describe("events: 'A hosted the eighth Andean Regional Conference on …' is a gathering hosted, no meeting", () => {
  it("reads no talks in hosting a gathering named in capitals", () => {
    expect(datedEvents("The row plunged relations between Chile and Peru into crisis, just as Lima hosted the third Andean Regional Conference on Water Security.", FRIDAY).filter(([type]) => type === "meeting")).toEqual([]);
  });
  it("negative: hosting a leader named with a capitalised title is still a meeting", () => {
    expect(datedEvents("Peruvian President Ana Rojas hosted the Chilean President Luis Soto in Lima on Monday.", FRIDAY).filter(([type]) => type === "meeting")).toEqual([["meeting", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: 'a Peruvian delegation headed by X, one of the president's sons, held talks' in a story of two presidents", () => {
  const later = " Chile thanked Peru. Chile's ties with Chile's neighbours were noted by Chile. Chilean President Luis Soto spoke. Peru's President Ana Rojas replied.";
  const meetings = (text: string) => datedEvents(text, FRIDAY).filter(([type]) => type === "meeting");
  it("reads the bare title as the president of the state the sentence named before it", () => {
    expect(meetings(`Chile cut ties with Ecuador on Thursday. On Friday, a Peruvian delegation headed by Jorge Diaz, one of the president's sons, held talks with Bolivian Foreign Minister Eva Mora in La Paz.${later}`)).toEqual([["meeting", "PE", "BO", "2023-03-31"]]);
  });
  it("negative: with no state named before the title, the story's state stays", () => {
    expect(meetings(`Chile cut ties with Ecuador on Thursday. On Friday, a delegation headed by Jorge Diaz, one of the president's sons, held talks with Bolivian Foreign Minister Eva Mora in La Paz.${later}`)).toEqual([["meeting", "CL", "BO", "2023-03-31"]]);
  });
});

describe("events: 'A and B held their first formal bilateral summit' is a meeting", () => {
  const meetings = (text: string) => datedEvents(text, FRIDAY).filter(([type]) => type === "meeting");
  it("reads the summit past the words that rank it", () => {
    expect(meetings("Chilean President Ana Rojas and Peruvian President Luis Soto held their first formal bilateral summit on Monday in Lima.")).toEqual([["meeting", "CL", "PE", "2023-03-27"]]);
  });
  it("negative: a summit attended, not held between them, is no meeting", () => {
    expect(meetings("Chilean President Ana Rojas and Peruvian President Luis Soto attended their first formal bilateral summit on Monday in Lima.")).toEqual([]);
  });
});

describe("events: 'announced the calling for consultations of the Peruvian ambassador in Chile' is a recall", () => {
  it("reads the recall told as a noun phrase, from the post after 'in'", () => {
    const text = "On Tuesday the President of Peru, Luis Soto, announced the calling for consultations of the Peruvian ambassador in Chile, Ana Rojas.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["ambassador-recalled", "PE", "CL", "2023-03-28"]]);
  });
  it("negative: the calling for consultations of others than an envoy is none", () => {
    expect(datedEvents("On Tuesday the President of Peru, Luis Soto, announced the calling for consultations of the opposition leaders in Chile.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'A and B had held their first formal bilateral meeting in C' is their meeting", () => {
  it("reads the meeting with a few words between 'their' and 'meeting', and each side's visit to the town", () => {
    const text = "Peruvian President Luis Soto met Chilean President Ana Rojas in Lima on Monday. Soto and Rojas had held their first formal bilateral meeting last September in Quito.";
    expect(datedEvents(text, "2023-03-31")).toEqual([
      ["meeting", "PE", "CL", "2023-03-27"], ["visit", "CL", "PE", "2023-03-27"], ["meeting", "PE", "CL", "2022-09"], ["visit", "PE", "EC", "2022-09"], ["visit", "CL", "EC", "2022-09"],
    ]);
  });
  it("negative: 'their first formal bilateral meetings agenda' is no meeting held", () => {
    const text = "Peruvian President Luis Soto met Chilean President Ana Rojas in Lima on Monday. Soto and Rojas had held their first formal bilateral meetings agenda last September.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["meeting", "PE", "CL", "2023-03-27"], ["visit", "CL", "PE", "2023-03-27"]]);
  });
});

describe("events: 'held face-to-face talks' is a meeting", () => {
  it("reads the talks in person and the visits to the town they were in", () => {
    expect(datedEvents("Peruvian President Luis Soto and Chilean President Ana Rojas held face-to-face talks in Quito on Monday.", "2023-03-31")).toEqual([
      ["meeting", "PE", "CL", "2023-03-27"], ["visit", "PE", "EC", "2023-03-27"], ["visit", "CL", "EC", "2023-03-27"],
    ]);
  });
  it("negative: face-to-face consultations of experts are none", () => {
    expect(datedEvents("Peruvian President Luis Soto and Chilean President Ana Rojas held face-to-face consultations of experts on Monday.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'the two countries announced they were raising diplomatic relations to ambassadorial level' upgrades both", () => {
  it("reads each side's representation in the other raised", () => {
    const text = "Relations between Lima and Santiago soured in 2019. On Monday, the two countries announced that they were raising diplomatic relations to ambassadorial level.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["mission-upgraded", "PE", "CL", "2023-03-27"], ["mission-upgraded", "CL", "PE", "2023-03-27"]]);
  });
  it("negative: one state raising relations with another upgrades its own representation only", () => {
    const text = "Relations between Lima and Santiago soured in 2019. On Monday, Peru announced that it was raising diplomatic relations with Chile to ambassadorial level.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["mission-upgraded", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: 'spoke by telephone with A and then with B' is a call with each", () => {
  it("reads the second call after 'and then with'", () => {
    const text = "On Monday, Bolivian President Luis Soto spoke by telephone with Peruvian President Ana Rojas and then with his Chilean counterpart Marta Diaz.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["phone-call", "BO", "PE", "2023-03-27"], ["phone-call", "BO", "CL", "2023-03-27"]]);
  });
  it("negative: 'and then with reporters in Santiago' names a place, not a partner", () => {
    const text = "On Monday, Bolivian President Luis Soto spoke by telephone with Peruvian President Ana Rojas and then with reporters in Santiago.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["phone-call", "BO", "PE", "2023-03-27"]]);
  });
});

describe("events: 'the relations were reestablished in 2019' is the pair's relations restored", () => {
  it("reads the passive of 'reestablish' after the rupture told before", () => {
    const text = "Peru previously broke relations with Chile in January 2009. The relations were reestablished in November 2019.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["relations-severed", "PE", "CL", "2009-01"], ["relations-established", "PE", "CL", "2019-11"]]);
  });
  it("negative: something else reestablished restores no relations", () => {
    const text = "Peru previously broke relations with Chile in January 2009. Its football league was reestablished in November 2019.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["relations-severed", "PE", "CL", "2009-01"]]);
  });
});

describe("events: 'with his counterpart X, who was visiting Lima' is X's visit", () => {
  it("reads the progressive relative clause's subject as the one it hangs on", () => {
    const text = "Peruvian Foreign Minister Luis Soto spoke at a joint press conference on Tuesday with his Chilean counterpart Ana Rojas, who was visiting the Peruvian capital for talks.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "visit")).toEqual([["visit", "CL", "PE", "2023-03-28"]]);
  });
  it("negative: a passive relative clause ('who was received in Lima') names no visitor by that reading", () => {
    const text = "Peruvian Foreign Minister Luis Soto spoke at a joint press conference on Tuesday with his Chilean counterpart Ana Rojas, who was praised in Lima for her work.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "visit")).toEqual([]);
  });
});

describe("events: 'Ambassador X was informed of the decision to expel him' is the host's expulsion", () => {
  it("reads the envoy the pronoun stands for as the one expelled, by the state the story is filed from", () => {
    const text = "LIMA (Reuters) - A government statement said Chilean ambassador Ana Rojas had been informed on Monday of the decision to expel him.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });
  it("negative: an envoy's state expelling a third state's diplomat stays its own act", () => {
    const text = "LIMA (Reuters) - Chilean ambassador Ana Rojas said on Monday that Chile decided to expel Bolivian diplomats.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["diplomat-expelled", "CL", "BO", "2023-03-27~"]]);
  });
});

describe("events: a place in a clause ', and the …' opens is not where a deal was signed", () => {
  it("reads no visit from a joint venture's town in the next clause", () => {
    const text = "In January Peru and Chile signed a roadmap for cooperation, and the joint venture assembling buses in Arica is growing.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["agreement", "PE", "CL", "2023-01"]]);
  });
  it("negative: the place of the signing itself is still a visit", () => {
    const text = "In January Peru and Chile signed a roadmap for cooperation in Arica.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["agreement", "PE", "CL", "2023-01"], ["visit", "PE", "CL", "2023-01"]]);
  });
});

describe("events: a non-resident ambassador flying in is a visit", () => {
  it("reads the envoy titled non-resident as a visitor to the place", () => {
    const text = "Chile's non-resident Ambassador, Ana Rojas, flew to Asunción on Tuesday for the opening of an honorary consulate.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "visit")).toEqual([["visit", "CL", "PY", "2023-03-28"]]);
  });
  it("negative: a plain ambassador travelling to the place is taking up the post", () => {
    const text = "Chile's Ambassador, Ana Rojas, flew to Asunción on Tuesday for the opening of an honorary consulate.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "visit")).toEqual([]);
  });
});

describe("events: 'visiting Lima for talks on trade' is talks with the hosts", () => {
  it("reads talks between the visitor and the state of the place visited", () => {
    const text = "Chilean Foreign Minister Ana Rojas visited the Peruvian capital on Tuesday for talks on trade.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "meeting")).toEqual([["meeting", "CL", "PE", "2023-03-28"]]);
  });
  it("negative: talks at the UN's seat in Geneva are no talks with Switzerland", () => {
    const text = "Chilean Foreign Minister Ana Rojas visited Geneva on Tuesday for talks on trade at the United Nations.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: 'asked the A ambassador to leave the country' is an expulsion", () => {
  it("reads a request to a foreign envoy to leave, in the past tense and as an infinitive", () => {
    expect(datedEvents("On Tuesday, the Kingdom of Norway asked the Chilean ambassador in Oslo to leave the country within 72 hours.", "2023-03-31")).toEqual([["diplomat-expelled", "NO", "CL", "2023-03-28"]]);
    expect(datedEvents("The Government of Peru decided on Tuesday to ask the Ambassador of the Republic of Chile to leave Peru within three days.", "2023-03-31")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-28"]]);
  });
  it("negative: a request to others, or to the state's own envoy, expels no one", () => {
    expect(datedEvents("On Tuesday, Norway asked Chilean reporters to leave the room within an hour.", "2023-03-31")).toEqual([]);
    expect(datedEvents("On Tuesday, Norway asked its ambassador to leave Chile within three days.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'In October, the government declared B's ambassador persona non grata' is the home state's act", () => {
  it("reads the unnamed government after a time phrase as the state the story is filed from", () => {
    const text = "LIMA, March 31 (Reuters) - Peru and Chile are at odds. In October, the government also declared the European Union's ambassador, Ana Rojas, persona non grata.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["diplomat-expelled", "PE", "EU", "2022-10"]]);
  });
  it("negative: a government named by its state keeps that state", () => {
    const text = "LIMA, March 31 (Reuters) - Peru and Chile are at odds. In October, the Bolivian government also declared the European Union's ambassador, Ana Rojas, persona non grata.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["diplomat-expelled", "BO", "EU", "2022-10"]]);
  });
});

describe("events: 'breaks with' and 'breaking with' a state sever relations, as 'broke with' does", () => {
  it("reads the present and the progressive, and a participle opening the sentence as the main clause's subject's", () => {
    expect(datedEvents("Peru breaks with Chile on Tuesday, its foreign ministry said.", "2023-03-31")).toEqual([["relations-severed", "PE", "CL", "2023-03-28"]]);
    expect(datedEvents("Breaking with Chile in 2019, Peru recognised Bolivia's claim.", "2023-03-31")).toEqual([["relations-severed", "PE", "CL", "2019"]]);
  });
  it("negative: a break with a custom, or a participle whose clause names no state, severs nothing", () => {
    expect(datedEvents("Breaking with custom, the Peruvian president flew to Chile in May.", "2023-03-31")).not.toContainEqual(expect.arrayContaining(["relations-severed"]));
    expect(datedEvents("Breaking with Chile, he said, would be a mistake.", "2023-03-31")).toEqual([]);
  });
});

describe("events: talks in a story datelined from the UN's seat, in capitals, are no visit to its host", () => {
  it("reads no visit to the United States from 'NEW YORK, …' in a General Assembly story", () => {
    const text = "NEW YORK, 27 March 2023 – Peruvian Foreign Minister Ana Rojas is attending the United Nations General Assembly. On Monday, the Minister met with U.S. Deputy Secretary of State Tom Hale. The next day, she met with the Foreign Minister of Chile, Luis Paz.";
    const events = datedEvents(text, "2023-03-28");
    expect(events).toContainEqual(["meeting", "PE", "US", "2023-03-27"]);
    expect(events.filter((e) => e[0] === "visit")).toEqual([]);
  });
  it("negative: a dateline from New York in a story with no UN in it still places the talks there", () => {
    const text = "NEW YORK, 27 March 2023 – Peruvian Foreign Minister Ana Rojas is on a tour of the East Coast. On Monday, the Minister met with U.S. Deputy Secretary of State Tom Hale.";
    expect(datedEvents(text, "2023-03-28")).toContainEqual(["visit", "PE", "US", "2023-03-27"]);
  });
});

describe("events: 'the two sides' after 'During a meeting with C's minister' are C and the last sentence's subject", () => {
  it("reads the pair as the state named here and the state that acted before, not the one it acted on", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Bolivia's foreign minister Luis Paz on Monday. During a meeting with Chilean Foreign Minister Tomas Vidal on Tuesday, the two sides discussed trade.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["meeting", "PE", "BO", "2023-03-27"], ["meeting", "PE", "CL", "2023-03-28"]]);
  });
  it("negative: with no state named in the sentence, 'the two sides' stay the pair that met", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Bolivia's foreign minister Luis Paz on Monday. The two sides signed a trade accord on Tuesday.";
    expect(datedEvents(text, "2023-03-31")).toContainEqual(["agreement", "PE", "BO", "2023-03-28"]);
  });
});

describe("events: 'X spoke with Y' under a heading naming the call is that call", () => {
  it("reads a readout's 'spoke with' after a line 'X's Call with Y' as a phone call", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Bolivia's foreign minister on Monday.\n\nMinister Rojas's Call with Chilean Foreign Minister Luis Paz\n\nOn Tuesday, Minister Rojas spoke with Chilean Foreign Minister Luis Paz.";
    expect(datedEvents(text, "2023-03-31")).toContainEqual(["phone-call", "PE", "CL", "2023-03-28"]);
  });
  it("negative: 'spoke with' under no such heading stays no call (it may be talks in person)", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Bolivia's foreign minister on Monday.\n\nMinister Rojas's Meeting with Chilean Foreign Minister Luis Paz\n\nOn Tuesday, Minister Rojas spoke with Chilean Foreign Minister Luis Paz.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "phone-call")).toEqual([]);
  });
});

describe("events: 'presented X with copies of his credentials' and '…, who presented her with' them", () => {
  it("reads the one presented with the credentials as receiving them", () => {
    expect(datedEvents("On Wednesday, the Chilean ambassador presented Peruvian Foreign Minister Ana Rojas with copies of his letters of credence.", "2023-03-31")).toEqual([["credentials-presented", "CL", "PE", "2023-03-29"]]);
    const text = "Peru's foreign minister is Ana Rojas. On Wednesday, Minister Rojas received the new Ambassador of Chile, Luis Paz, who presented her with copies of his credentials.";
    expect(datedEvents(text, "2023-03-31")).toContainEqual(["credentials-presented", "CL", "PE", "2023-03-29"]);
  });
  it("negative: presenting someone with a gift presents no credentials", () => {
    expect(datedEvents("On Wednesday, the Chilean ambassador presented Peruvian Foreign Minister Ana Rojas with a gift.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'has also appointed X, a long aside, as the first resident Ambassador of A to B' is the news", () => {
  it("reads the appointment past a long aside, dated as the perfect dates one, past 'also'", () => {
    const text = "The Government has also appointed Mr. Luis Paz, presently Director General (Americas) of the Ministry of Foreign Affairs, as the first resident Ambassador of Peru to the Republic of Estonia.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["ambassador-appointed", "PE", "EE", "2023-03-31~"]]);
  });
  it("negative: a simple past with 'also' and no date stays undated", () => {
    expect(datedEvents("The Government also appointed Luis Paz as Ambassador of Peru to Estonia.", "2023-03-31")).toEqual([["ambassador-appointed", "PE", "EE", null]]);
  });
});

describe("events: 'the previous year' after a year told is the year before it", () => {
  it("dates 'recognised B the previous year' in a sentence told in 1981 to 1980", () => {
    expect(datedEvents("Peru cut its ties with Chile in 1981, after Santiago recognised the Sahrawi Arab Democratic Republic the previous year.", "2023-03-31")).toEqual([["relations-severed", "PE", "CL", "1981"], ["recognition", "CL", "EH", "1980"]]);
  });
  it("negative: with no year told, 'the previous year' is the year before publication", () => {
    expect(datedEvents("Chile recognised the Sahrawi Arab Democratic Republic the previous year.", "2023-03-31")).toEqual([["recognition", "CL", "EH", "2022"]]);
  });
});

describe("events: a post's staff 'requested to leave the national territory' are expelled by the post's host", () => {
  it("reads the host of the post the staff serve in as the expelling state", () => {
    expect(datedEvents("The staff of the Embassy of the Republic of Chile in Lima have been requested to leave the national territory within 48 hours.", "2023-03-31")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-31~"]]);
    expect(datedEvents("Chilean diplomats in Lima were requested to leave Peru on Monday.", "2023-03-31")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });
  it("negative: others requested to leave a place are no diplomats expelled", () => {
    expect(datedEvents("Chilean students in Lima were requested to leave the campus on Monday.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'Foreign Office Consultations' name a format of talks, not Britain's Foreign Office", () => {
  it("reads the talks' sides from the officials, with no British party", () => {
    const text = "On Monday, Peruvian Vice Minister Ana Rojas and Chilean Vice Minister Luis Paz co-chaired the second round of Foreign Office Consultations in Lima.";
    expect(datedEvents(text, "2023-03-31").sort()).toEqual([["meeting", "PE", "CL", "2023-03-27"], ["visit", "CL", "PE", "2023-03-27"]]);
  });
  it("negative: the Foreign Office saying something is still Britain's", () => {
    expect(extract({ text: "The Foreign Office said on Monday that Britain would reopen its embassy in Lima.", published: "2023-03-31" }).missions.map((m) => m.sender)).toEqual(["GB"]);
  });
});

describe("events: 'The parties' after talks between two states are those two", () => {
  it("reads relations 'established in 1992' that the parties reviewed as the pair's", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Chile's foreign minister on Monday. The parties reviewed the state of bilateral relations, established in 1992.";
    expect(datedEvents(text, "2023-03-31")).toContainEqual(["relations-established", "PE", "CL", "1992"]);
  });
  it("negative: 'the parties of' a coalition are no pair of states", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Chile's foreign minister on Monday. The parties of the ruling coalition signed an agreement on Tuesday.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "agreement")).toEqual([]);
  });
});

describe("events: 'his own visit to', 'her previous visit to' a capital are visits", () => {
  it("reads a visit the words before 'visit' qualify as one's own or an earlier one", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Rojas recalled her own visit to Santiago in 2004.", "2023-03-31")).toEqual([["visit", "PE", "CL", "2004"]]);
    expect(datedEvents("Peruvian Foreign Minister Ana Rojas recalled her previous visit to Santiago in 2019.", "2023-03-31")).toEqual([["visit", "PE", "CL", "2019"]]);
  });
  it("negative: a visit of others the minister praised is not hers", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Rojas praised the own-brand exports of Chile in 2004.", "2023-03-31")).toEqual([]);
  });
});

describe("events: expelling migrants, journalists or boats expels no diplomats", () => {
  it.each([
    "Peru expelled 60 Chilean migrants on Monday.",
    "Peru expelled two Chilean journalists on Monday.",
    "Peru expelled hundreds of Bolivian nationals on Monday.",
    "Peru expelled the Chilean fishing boats on Monday.",
  ])("%s", (text) => {
    expect(datedEvents(text, "2023-03-31")).toEqual([]);
  });
  it("negative: diplomats, officers and an ambassador expelled are still expelled", () => {
    expect(datedEvents("Peru expelled 60 Chilean intelligence officers on Monday.", "2023-03-31")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
    expect(datedEvents("Peru expelled the Chilean ambassador on Monday.", "2023-03-31")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: a state's firms, teams and memberships are not the state", () => {
  it.each([
    ["Peru cut ties with the Chinese company Huawei on Monday.", "relations-severed"],
    ["Peru's football team visited Chile on Monday.", "visit"],
    ["Chile expelled Peru from the regional football league on Monday.", "diplomat-expelled"],
  ])("%s", (text, type) => {
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === type)).toEqual([]);
  });
  it("negative: ties with the state, a visit by its minister, an envoy expelled from the country still count", () => {
    expect(datedEvents("Peru cut ties with China on Monday.", "2023-03-31")).toEqual([["relations-severed", "PE", "CN", "2023-03-27"]]);
    expect(datedEvents("Peru's foreign minister visited Chile on Monday.", "2023-03-31")).toEqual([["visit", "PE", "CL", "2023-03-27"]]);
    expect(datedEvents("Chile expelled Peru's ambassador from the country on Monday.", "2023-03-31")).toEqual([["diplomat-expelled", "CL", "PE", "2023-03-27"]]);
  });
});

describe("events: a demonym describing a state's people or things is not the state acting", () => {
  it.each([
    ["Peru signed a contract with the Chilean firm Codelco on Monday."],
    ["Peruvian President Ana Rojas met with Chilean businessmen in Lima on Monday."],
    ["Peru's Congress voted to recognise the Armenian genocide on Monday."],
  ])("%s", (text) => {
    expect(datedEvents(text, "2023-03-31")).toEqual([]);
  });
  it("negative: a demonym before a title or a government still names the state", () => {
    expect(datedEvents("Peruvian President Ana Rojas met with Chilean President Luis Paz in Lima on Monday.", "2023-03-31")).toContainEqual(["meeting", "PE", "CL", "2023-03-27"]);
    expect(datedEvents("Peru signed an agreement with the Chilean government on Monday.", "2023-03-31")).toEqual([["agreement", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: the possessor of 'a decision to' act is the one who acts", () => {
  it("reads 'condemned Chile's decision to sever ties with Bolivia' as Chile's rupture", () => {
    expect(datedEvents("Peru condemned Chile's decision to sever ties with Bolivia on Monday.", "2023-03-31")).toEqual([["relations-severed", "CL", "BO", "2023-03-27"]]);
  });
  it("negative: with no possessor the subject still acts", () => {
    expect(datedEvents("Peru made the decision to sever ties with Bolivia on Monday.", "2023-03-31")).toEqual([["relations-severed", "PE", "BO", "2023-03-27"]]);
  });
});

describe("events: 'held talks with X by telephone' (or by video link) is a call, not a meeting", () => {
  it("reads the line named after the one talked with as the call's", () => {
    expect(datedEvents("Peru's foreign minister held talks with her Chilean counterpart by telephone on Monday.", "2023-03-31")).toEqual([["phone-call", "PE", "CL", "2023-03-27"]]);
    expect(datedEvents("Peru's foreign minister held talks with her Chilean counterpart by video link on Monday.", "2023-03-31")).toEqual([["phone-call", "PE", "CL", "2023-03-27"]]);
  });
  it("negative: talks with a counterpart in a town stay a meeting", () => {
    expect(datedEvents("Peru's foreign minister held talks with her Chilean counterpart in Lima on Monday.", "2023-03-31")).toContainEqual(["meeting", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: a state's opposition, rebels or activists travelling are no state's visit", () => {
  it("reads no visit by 'Chilean opposition leader X'", () => {
    expect(datedEvents("Chilean opposition leader Tomas Vidal visited Lima on Monday.", "2023-03-31")).toEqual([]);
  });
  it("negative: the president's visit stays", () => {
    expect(datedEvents("Chilean President Tomas Vidal visited Lima on Monday.", "2023-03-31")).toEqual([["visit", "CL", "PE", "2023-03-27"]]);
  });
});

describe("events: a counterpart whose surname is a cleric's title is still the counterpart", () => {
  it("reads 'met his B counterpart <Given> Bishop' as talks with B", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Rojas met her Chilean counterpart Tomas Bishop on Tuesday.", "2023-03-31")).toEqual([["meeting", "PE", "CL", "2023-03-28"]]);
  });
  it("negative: a state's cleric, described in lower case, is no side of talks", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Rojas received a Chilean bishop on Tuesday.", "2023-03-31")).toEqual([]);
  });
});

describe("events: a venue for the day's talks is a recent one, not a journey of months before nor a summit to come", () => {
  it("reads no venue from 'her state visit to B in May …, when the B leader attended the summit', nor from 'the summit, to be held in C next month'", () => {
    const recalled = "LIMA, Nov. 18 - Peruvian President Ana Rojas met Chilean President Tomas Vidal here on Saturday. Rojas recalled her state visit to Chile in May and the meeting she held with Vidal in Quito in October, when the Chilean leader attended the Andean summit. Rojas also met Bolivian President Luis Paz on Saturday.";
    expect(datedEvents(recalled, "2023-11-18").filter((e) => e[0] === "visit" && e[2] === "CL")).toEqual([["visit", "PE", "CL", "2023-05"]]);
    const toCome = "Peruvian President Ana Rojas met Chilean President Tomas Vidal on Saturday. The two leaders agreed to work for the success of the Andean summit, to be held in Quito, Ecuador, next month. Rojas also met Bolivian President Luis Paz on Saturday.";
    expect(datedEvents(toCome, "2023-11-18").filter((e) => e[0] === "visit")).toEqual([]);
  });
  it("negative: a summit held in a place now is still the venue of talks on its sidelines", () => {
    const text = "Peruvian President Ana Rojas met Chilean President Tomas Vidal on Saturday at the Andean summit in Quito, Ecuador.";
    expect(datedEvents(text, "2023-11-18").filter((e) => e[0] === "visit")).toEqual([["visit", "PE", "EC", "2023-11-18"], ["visit", "CL", "EC", "2023-11-18"]]);
  });
});

describe("events: passengers, evacuees and refugees arriving are no state's visit", () => {
  it("reads no visit from 'to quarantine passengers arriving from B'", () => {
    const text = "Chilean Foreign Minister Ana Rojas met Peruvian Foreign Minister Luis Paz on Monday. In February the two discussed Lima's decision to quarantine passengers arriving from Santiago.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "visit")).toEqual([]);
  });
  it("negative: an official arriving is still a visit", () => {
    expect(datedEvents("Chilean President Ana Rojas arrived in Lima on Tuesday.", "2023-03-31")).toEqual([["visit", "CL", "PE", "2023-03-28"]]);
  });
});

describe("events: 'X was named to the post' appoints the envoy to the post the article titled them with", () => {
  it("reads the appointment to the post of the ambassador named before", () => {
    const text = "Ana Rojas, Peru's new ambassador to Chile, presented a copy of her credentials in Santiago last month. Rojas was named to the post by President Luis Paz in January.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "ambassador-appointed")).toEqual([["ambassador-appointed", "PE", "CL", "2023-01"]]);
  });
  it("negative: a post of no envoy appoints no ambassador", () => {
    const text = "Ana Rojas, the new director of the Lima zoo, spoke last month. Rojas was named to the post in January.";
    expect(datedEvents(text, "2023-03-31")).toEqual([]);
  });
});

describe("events: talks 'here … on the sidelines of the summit' are held where the story is filed", () => {
  it("reads a visit to the dateline's state for each side that is not its own", () => {
    const text = "QUITO, Nov. 18 (Reuters) - Peruvian President Ana Rojas met Chilean President Tomas Vidal here on Saturday on the sidelines of the Andean leaders' meeting.";
    expect(datedEvents(text, "2023-11-18").filter((e) => e[0] === "visit")).toEqual([["visit", "PE", "EC", "2023-11-18"], ["visit", "CL", "EC", "2023-11-18"]]);
  });
  it("negative: with no 'here', no venue is read from the dateline", () => {
    const text = "QUITO, Nov. 18 (Reuters) - Peruvian President Ana Rojas said on Saturday that the Andean leaders' meeting was a success.";
    expect(datedEvents(text, "2023-11-18").filter((e) => e[0] === "visit")).toEqual([]);
  });
});

describe("events: 'a referendum held in May' in a later sentence dates no undated deal", () => {
  it("keeps the deal on the day of the news, not the vote's month", () => {
    const text = "LIMA, March 28 (Reuters) - Peru and Kosovo established diplomatic relations on Tuesday, the ministry said.\n\nForeign Minister Ana Rojas and her Kosovar counterpart Luis Paz signed a joint communique in Lima, it said.\n\nPeru recognised Kosovo as an independent state in February, days after it declared independence following a referendum held in January.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "agreement")).toEqual([["agreement", "PE", "XK", "2023-03-28"]]);
  });
  it("negative: a signing ceremony held on a day told after still dates it", () => {
    const text = "Foreign Minister Ana Rojas and her Chilean counterpart Luis Paz signed a trade accord in Lima. The ceremony was held on Tuesday at the foreign ministry.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "agreement")).toEqual([["agreement", "PE", "CL", "2023-03-28"]]);
  });
});

describe("events: 'his tour, which has already taken him to A and B' is a visit to each", () => {
  it("reads 'already' between 'has' and 'taken' as 'also' is read", () => {
    const text = "Chilean President Ana Rojas arrived in Lima on Tuesday. Peru is the third leg of Rojas's South American tour, which has already taken her to Bolivia and Ecuador.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "visit").map((e) => e.slice(0, 3))).toEqual([["visit", "CL", "PE"], ["visit", "CL", "BO"], ["visit", "CL", "EC"]]);
  });
  it("negative: a tour that has already been postponed takes no one anywhere", () => {
    const text = "Chilean President Ana Rojas spoke in Santiago on Tuesday. Her South American tour, which has already been postponed twice, was to include Bolivia and Ecuador.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "visit")).toEqual([]);
  });
});

describe("events: 'downgrading the level of its diplomatic representation' lowers the level", () => {
  it("reads the level named before whose representation it is", () => {
    expect(datedEvents("On Tuesday, Peru announced that it was downgrading the level of its diplomatic representation in the Chilean capital.", "2023-03-31")).toEqual([["mission-downgraded", "PE", "CL", "2023-03-28"]]);
  });
  it("negative: a level of something else lowers no representation", () => {
    expect(datedEvents("On Tuesday, Peru announced that it was downgrading the level of its trade talks with Chile.", "2023-03-31").filter((e) => e[0] === "mission-downgraded")).toEqual([]);
  });
});

describe("events: 'a day after A announced that it was breaking off' is A's act", () => {
  it("reads the 'it' of a 'that' clause as the state right before the verb of saying", () => {
    expect(datedEvents("Lima's move comes a day after Bolivia announced on Tuesday that it was breaking off diplomatic relations with Chile.", "2023-03-31")).toEqual([["relations-severed", "BO", "CL", "2023-03-28"]]);
  });
  it("negative: an 'it' with no verb of saying before it keeps the sentence's subject", () => {
    expect(datedEvents("Peru, a day after talks with Bolivia, said it was breaking off diplomatic relations with Chile.", "2023-03-31").filter((e) => e[0] === "relations-severed").map((e) => e.slice(0, 3))).toEqual([["relations-severed", "PE", "CL"]]);
  });
});

describe("events: 'has received substantial funding' is money received, not a guest", () => {
  it("reads no talks in a state's receiving funding, loans or assistance", () => {
    expect(datedEvents("Bolivia, whose government has received substantial Peruvian funding in recent years, said nothing.", "2023-03-31")).toEqual([]);
    expect(datedEvents("Bolivia received generous Chilean loans and assistance in 2019.", "2023-03-31")).toEqual([]);
  });
  it("negative: a visitor received is still talks", () => {
    expect(datedEvents("Bolivian President Luis Arce received Chilean Foreign Minister Ana Rojas in La Paz on Tuesday.", "2023-03-31")).toContainEqual(["meeting", "BO", "CL", "2023-03-28"]);
  });
});

describe("events: 'and his Chilean counterpart, H.E. Mr. X, signed' joins the two ministers past the honorifics", () => {
  it("reads the counterpart named after abbreviated honorifics as the other side", () => {
    const text = "Bolivia and Chile on Tuesday restored full diplomatic relations, as Bolivian Foreign Minister Dr. Ana Rojas and her Chilean counterpart, H.E. Mr. Juan Soto, signed a joint declaration in Santiago.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "agreement")).toEqual([["agreement", "BO", "CL", "2023-03-28"]]);
  });
  it("negative: a colleague of the same state named after an honorific signs with no other state", () => {
    expect(datedEvents("Bolivian Foreign Minister Dr. Ana Rojas and her deputy, Mr. Juan Soto, signed a joint declaration in La Paz on Tuesday.", "2023-03-31")).toEqual([]);
  });
});

describe("events: '…, ordering the closure of B's embassy and giving B's diplomats 72 hours to leave' is the subject's expulsion", () => {
  it("reads the second of two participles joined by 'and' as the clause subject's act", () => {
    const text = "Peru on Friday broke off diplomatic relations with Chile, ordering the immediate closure of the Chilean embassy in Lima and giving all Chilean diplomats 72 hours to leave the country.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "diplomat-expelled")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-31"]]);
  });
  it("negative: an order that sends no one away expels no one", () => {
    const text = "Peru on Friday broke off diplomatic relations with Chile, ordering the closure of its consulate in Arica and telling reporters the decision was final.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "diplomat-expelled")).toEqual([]);
  });
});

describe("events: 'when Chile recalled Mr Soto' recalls the envoy named after an honorific", () => {
  it("reads an envoy named with 'Mr' right after 'recalled' as recalled from their post", () => {
    const text = "Chile's ambassador in Lima, Juan Soto, was given a warning. Relations were strained in May 2019, when Chile recalled Mr Soto.";
    expect(datedEvents(text, "2023-03-31")).toEqual([["ambassador-recalled", "CL", "PE", "2019-05"]]);
  });
  it("negative: the envoy's words recalled are no recall", () => {
    expect(datedEvents("Chile's ambassador in Lima, Juan Soto, was given a warning. In May 2019 Chile recalled Mr Soto's words about Peru.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'was received at the … Air Force Base by X' is a welcome on arrival, not talks", () => {
  it("reads a reception at an air base after an arrival as no meeting", () => {
    const text = "Peruvian President Ana Rojas arrived in Santiago on Wednesday for a state visit. She was received at the El Bosque Air Force Base by Chilean Foreign Minister Juan Soto.";
    expect(datedEvents(text, "2023-03-31").map((e) => e[0])).toEqual(["visit"]);
  });
  it("negative: a reception at the palace is talks", () => {
    const text = "Peruvian President Ana Rojas arrived in Santiago on Wednesday. She was received at the presidential palace by Chilean President Juan Soto.";
    expect(datedEvents(text, "2023-03-31").map((e) => e[0])).toContain("meeting");
  });
});

describe("events: 'the Peru-Chile Binational Commission, created in 1999' dates the body, not the talks", () => {
  it("reads a founding date in a body's aside as no date of the act before it", () => {
    const text = "Peruvian President Ana Rojas and Chilean President Juan Soto held talks in Lima on Tuesday and agreed to upgrade the Peru-Chile Binational Commission, created in 1999, to a summit.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "meeting")).toEqual([["meeting", "PE", "CL", "2023-03-28"]]);
  });
  it("negative: a year told of the talks themselves dates them", () => {
    const text = "Peruvian President Ana Rojas and Chilean President Juan Soto held talks in Lima in 1999, when the commission was created.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "meeting")).toEqual([["meeting", "PE", "CL", "1999"]]);
  });
});

describe("events: 'recalled its ambassador in protest at A's decision' recalls the envoy from A", () => {
  it("reads the protested state's possessive as the post when no post is told", () => {
    expect(datedEvents("Peru recalled its ambassador, Ana Rojas, in August, in protest at Chile's decision.", "2023-03-31")).toEqual([["ambassador-recalled", "PE", "CL", "2022-08"]]);
  });
  it("negative: a state named inside the grievance, not owning it, is no post", () => {
    expect(datedEvents("Peru recalled its ambassador in August, in protest at the ruling of Chile's court.", "2023-03-31")).toEqual([]);
    expect(datedEvents("Peru recalled its ambassador in August, in protest at the killings in Chile.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'A and B switched from Taipei to Beijing in 2004 and 2005 respectively' is each one's switch, on its own date", () => {
  const sorted = (text: string) => datedEvents(text, "2023-03-31").map((e) => e.join(" ")).sort();
  it("pairs the subjects with the dates in the order written, and each switch with both its halves", () => {
    expect(sorted("Peru and Chile switched their recognition from Taipei to Beijing in 2004 and 2005 respectively.")).toEqual([
      "relations-established CL CN 2005", "relations-established PE CN 2004", "relations-severed CL TW 2005", "relations-severed PE TW 2004",
    ]);
    expect(sorted("Peru and Chile broke off relations with Taipei in 2004 and 2005 respectively.")).toEqual(["relations-severed CL TW 2005", "relations-severed PE TW 2004"]);
  });
  it("negative: with one date and no 'respectively' both share it; a switch by one state is that state's alone", () => {
    expect(sorted("Peru and Chile broke off relations with Taipei in 2004.")).toEqual(["relations-severed CL TW 2004", "relations-severed PE TW 2004"]);
    expect(sorted("After talks with Chile, Peru switched its recognition from Taipei to Beijing in 2004.").filter((e) => e.startsWith("relations"))).toEqual(["relations-established PE CN 2004", "relations-severed PE TW 2004"]);
  });
});

describe("events: 'A sent home two B diplomats' expels them, as 'sent two B diplomats home' does", () => {
  it("reads 'home' before the diplomats sent", () => {
    expect(datedEvents("In March 2021 Peru sent home two Chilean diplomats accused of spying.", "2023-03-31")).toEqual([["diplomat-expelled", "PE", "CL", "2021-03"]]);
  });
  it("negative: a state sending home its own diplomats expels no one", () => {
    expect(datedEvents("In March 2021 Peru sent home all its diplomats from Santiago.", "2023-03-31").filter((e) => e[0] === "diplomat-expelled")).toEqual([]);
  });
});

describe("events: 'the European Union-Latin America summit' names a region, not the United States", () => {
  it("reads the region's word after a hyphen as before a space", () => {
    const events = datedEvents("Peru and Chile held talks in May on the sidelines of the European Union-Latin America summit in Vienna, where they agreed to draw up an agenda.", "2023-03-31");
    expect(events.flat()).not.toContain("US");
    expect(events).toContainEqual(["meeting", "PE", "CL", "2022-05"]);
  });
  it("negative: America with no region's word before it is still the state", () => {
    expect(datedEvents("Peru signed a trade deal with America on Tuesday.", "2023-03-31")).toContainEqual(["agreement", "PE", "US", "2023-03-28"]);
  });
});

describe("events: a state's negotiating team is the state's, its football team is not", () => {
  it("reads a visit by 'Iran's negotiating team' and talks by 'the American team'", () => {
    expect(datedEvents("Peru's negotiating team visited Santiago on Monday.", "2023-03-31")).toEqual([["visit", "PE", "CL", "2023-03-27"]]);
    expect(datedEvents("The Peruvian team met the Chilean delegation in Quito on Monday.", "2023-03-31")).toContainEqual(["meeting", "PE", "CL", "2023-03-27"]);
  });
  it("negative: a national football team's trip is no visit", () => {
    expect(datedEvents("Peru's national football team visited Santiago on Monday.", "2023-03-31")).toEqual([]);
  });
});

describe("events: 'both parties' and 'the two parties' of a coalition are no pair of states", () => {
  it("reads no group in 'both parties in Congress' after talks between two states", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Chile's foreign minister on Monday. Both parties in Congress recognised the government of Bolivia on Tuesday.";
    expect(datedEvents(text, "2023-03-31").filter((e) => e[0] === "recognition")).not.toContainEqual(["recognition", "PE", "BO", "2023-03-28"]);
  });
  it("negative: 'The parties' opening a readout's sentence are the pair", () => {
    const text = "Peruvian Foreign Minister Ana Rojas met Chile's foreign minister on Monday. The parties agreed on Tuesday to open consulates.";
    expect(datedEvents(text, "2023-03-31")).toContainEqual(["agreement", "PE", "CL", "2023-03-28"]);
  });
});

describe("events: 'during a visit by X' is a visit to the place its clause names", () => {
  it("reads the visit from the place before it, with or without 'official' or a length of stay", () => {
    expect(datedEvents("The treaty was signed in Lima on Monday during a visit by Chilean Foreign Minister Ana Rojas.")).toContainEqual(["visit", "CL", "PE", "2023-03-27"]);
    expect(datedEvents("In Lima, the two sides signed a fisheries pact during a three-day official visit by Chile's President Ana Rojas.")).toContainEqual(["visit", "CL", "PE", "2023-03-31~"]);
  });
  it("negative: a place told after the visitor wins, and a visit named with no occasion takes no place before it", () => {
    expect(datedEvents("Protesters gathered in Lima during a visit by Chilean Foreign Minister Ana Rojas to Quito.")).toContainEqual(["visit", "CL", "EC", "2023-03-31~"]);
    expect(datedEvents("Ministers in Lima discussed a visit by Chilean Foreign Minister Ana Rojas.").filter((e) => e[0] === "visit")).toEqual([]);
  });
});

describe("events: credentials received by someone the text never titles go to the state the story is filed from", () => {
  it("reads the dateline's state as the host", () => {
    expect(datedEvents("LIMA, March 31 (Reuters) - Rojas received the credentials of the new Chilean ambassador, Ana Soto, on Tuesday.")).toContainEqual(["credentials-presented", "CL", "PE", "2023-03-28"]);
  });
  it("negative: with no dateline and no receiver, no host is guessed", () => {
    expect(datedEvents("Rojas received the credentials of the new Chilean ambassador, Ana Soto, on Tuesday.").filter((e) => e[0] === "credentials-presented" && e[2] !== null)).toEqual([]);
  });
});

describe("events: 'reached an agreement', 'struck a deal' are agreements", () => {
  it.each([
    ["Peru and Chile reached an agreement on fisheries on Monday.", ["agreement", "PE", "CL", "2023-03-27"]],
    ["Peru struck a deal with Chile on grain exports on Monday.", ["agreement", "PE", "CL", "2023-03-27"]],
    ["Lima and Santiago clinched an accord on Monday, after two days of talks.", ["agreement", "PE", "CL", "2023-03-27"]],
    ["Peru and Chile sealed a new trade pact on Monday, officials said.", ["agreement", "PE", "CL", "2023-03-27"]],
  ])("%s", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it.each([
    "Talks between Peru and Chile failed to reach an agreement on Monday.",
    "Peru and Chile hope to reach an agreement on fisheries soon.",
    "Peru reached an agreement with the IMF on Monday.",
  ])("negative: %s", (text) => {
    expect(datedEvents(text).filter((e) => e[0] === "agreement")).toEqual([]);
  });
});

describe("events: an envoy 'tapped', 'picked', 'chosen' or 'selected as' ambassador is appointed", () => {
  it.each([
    ["Peru tapped veteran diplomat Ana Soto as its ambassador to Chile on Monday.", ["ambassador-appointed", "PE", "CL", "2023-03-27"]],
    ["Peru picked Ana Soto as its next envoy to Chile on Monday.", ["ambassador-appointed", "PE", "CL", "2023-03-27"]],
    ["Ana Soto was selected as Peru's ambassador to Chile on Monday.", ["ambassador-appointed", "PE", "CL", "2023-03-27"]],
  ])("%s", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: a fight picked with a state whose ambassador then speaks appoints no one", () => {
    expect(datedEvents("Peru picked a fight with Chile, whose ambassador protested on Monday.").filter((e) => e[0] === "ambassador-appointed")).toEqual([]);
  });
});

describe("events: '…, expelling 22 diplomats' after an order to the other state", () => {
  it("reads the envoys of no state named as the other state's, after a dateline's plain hyphen too", () => {
    expect(datedEvents("LIMA, March 27 - Peru on Monday ordered Chile to cut its embassy staff in Lima by half, expelling 12 diplomats and eight other employees.")).toContainEqual(["diplomat-expelled", "PE", "CL", "2023-03-27"]);
    expect(datedEvents("Peru on Monday ordered Chile to cut its embassy staff, expelling 12 diplomats.")).toContainEqual(["diplomat-expelled", "PE", "CL", "2023-03-27"]);
    // (A state named farther on is another phrase's.)
    expect(datedEvents("Peru on Monday ordered Chile to cut its embassy staff, expelling 12 diplomats over hostile acts against the country.")).toContainEqual(["diplomat-expelled", "PE", "CL", "2023-03-27"]);
  });
  it("negative: people who are no envoys are expelled by no one", () => {
    // (The order to cut the embassy's staff is an expulsion of its own; the migrants add none.)
    expect(datedEvents("Peru on Monday ordered Chile to cut its embassy staff, expelling 12 migrants.").filter((e) => e[0] === "diplomat-expelled")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
    expect(datedEvents("Peru on Monday expelled 12 migrants.").filter((e) => e[0] === "diplomat-expelled")).toEqual([]);
  });
});

describe("events: ties told with their age ('its decades-old ties', 'their 70-year relations')", () => {
  it.each([
    ["Peru broke off its decades-old ties with Bolivia on Monday.", ["relations-severed", "PE", "BO", "2023-03-27"]],
    ["Peru and Chile restored their 70-year diplomatic relations on Monday.", ["relations-established", "PE", "CL", "2023-03-27"]],
    ["Peru cut its long-standing ties with Chile on Monday.", ["relations-severed", "PE", "CL", "2023-03-27"]],
  ])("%s", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: ties of a company's, however old, are no state's", () => {
    expect(datedEvents("Peru cut its decades-old ties with the Chilean firm Andes Mining on Monday.").filter((e) => e[0] === "relations-severed")).toEqual([]);
  });
});

describe("events: a readout's title opening a sentence after a date with its year ('On 13 June 2023, EAM called on …')", () => {
  it("reads the bare title as the holder the readout named", () => {
    const text = "External Affairs Minister S. Jaishankar paid an official visit to Kenya from 12-14 June 2023. On 13 June 2023, EAM called on H.E. Mr. William Samoei Ruto, President of the Republic of Kenya.";
    expect(datedEvents(text, "2023-06-14")).toContainEqual(["meeting", "IN", "KE", "2023-06-13"]);
  });
  it("reads Kenya's Prime Cabinet Secretary as a minister met", () => {
    const officials = extract({ text: "India's foreign minister met Prime Cabinet Secretary Musalia Mudavadi in Nairobi on Tuesday.", published: "2023-06-14" }).officials;
    expect(officials.map((o) => [o.name, o.country, o.role])).toContainEqual(["Musalia Mudavadi", "KE", "minister"]);
  });
  it("negative: words of no time before the comma make no opening phrase", () => {
    const text = "External Affairs Minister S. Jaishankar visited Kenya in June 2023. Asked about trade, EAM said talks went well.";
    expect(datedEvents(text, "2023-06-14").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: 'left Nairobi for Dar es Salaam' is a journey on to the place after 'for'", () => {
  it("reads the next stop of an official's tour", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Soto left Santiago for Buenos Aires on Wednesday.")).toContainEqual(["visit", "PE", "AR", "2023-03-29"]);
  });
  it("negative: a ship leaving a port, or a minister leaving for talks, names no state visited", () => {
    expect(datedEvents("A Chilean cargo ship left Valparaiso for Lima on Wednesday.")).toEqual([]);
    expect(datedEvents("Peruvian Foreign Minister Ana Soto left Santiago for talks on Wednesday.").filter((e) => e[0] === "visit" && e[2] !== "CL")).toEqual([]);
  });
});

describe("events: honorifics between 'with' and the name ('met … with His Excellency Dr. X')", () => {
  it("reads the one met past the honorifics and a date told in an aside", () => {
    const text = "Peruvian Foreign Minister Ana Soto met in Quito today, Thursday, with His Excellency Dr. Luis Rojas, Minister of Foreign Affairs of the Republic of Chile.";
    expect(datedEvents(text, "2023-03-30")).toContainEqual(["meeting", "PE", "CL", "2023-03-30"]);
  });
  it("negative: a place alone after the verb is where they met, not whom", () => {
    expect(datedEvents("Peruvian Foreign Minister Ana Soto met with His Excellency the Mayor of Quito on Thursday.").filter((e) => e[0] === "meeting" && e[2] === "CL")).toEqual([]);
  });
});

describe("events: a readout's 'The two sides' after talks, past a sentence about a third state", () => {
  const text = "On Monday, Peruvian Foreign Minister Ana Soto held talks with Chilean Foreign Minister Luis Rojas in Lima. The Chilean government has severed diplomatic relations with Bolivia. The two sides agreed to exchange ambassadors.";
  it("reads the sides of the talks", () => {
    expect(datedEvents(text)).toContainEqual(["agreement", "PE", "CL", "2023-03-27"]);
  });
  it("negative: not the last two states named, nor 'officials from both sides' in mid-sentence", () => {
    expect(datedEvents(text).filter((e) => e[0] === "agreement" && e.includes("BO"))).toEqual([]);
  });
});

describe("events: 'said on Tuesday it had …' after a dateline's day is dated by the day said", () => {
  it("reads the day told nearest before the act, past the dateline's", () => {
    expect(datedEvents("LIMA, March 29 (Reuters) - Peru said on Tuesday it had severed diplomatic relations with Bolivia.", "2023-03-31")).toContainEqual(["relations-severed", "PE", "BO", "2023-03-28~"]);
  });
  it("negative: with no day said in the sentence, the dateline's day stands", () => {
    expect(datedEvents("LIMA, March 29 (Reuters) - Peru has severed diplomatic relations with Bolivia, officials said.", "2023-03-31")).toContainEqual(["relations-severed", "PE", "BO", "2023-03-29~"]);
  });
});

describe("events: 'agreed on Monday to restore diplomatic ties cut in 2016'", () => {
  const text = "Peru and Chile agreed on Monday to restore diplomatic ties cut in 2016.";
  it("dates the deal and the restoration by the day of the news, the rupture by its year", () => {
    const events = datedEvents(text);
    expect(events).toContainEqual(["agreement", "PE", "CL", "2023-03-27"]);
    expect(events).toContainEqual(["relations-established", "PE", "CL", "2023-03-27"]);
    expect(events).toContainEqual(["relations-severed", "PE", "CL", "2016"]);
  });
  it("negative: ties cut in a year, told as the sentence's own act, keep that year", () => {
    expect(datedEvents("Peru cut ties with Chile in 2016.")).toEqual([["relations-severed", "PE", "CL", "2016"]]);
  });
});

describe("events: 'a deal brokered by China under which the two countries agreed …' after the talks", () => {
  it("reads the two countries as the talks' sides, not the go-between", () => {
    const text = "The foreign ministers of Peru and Chile met in Quito on Thursday. The meeting follows a deal brokered by Ecuador on March 10 under which the two countries agreed to restore diplomatic ties cut in 2016.";
    const events = datedEvents(text);
    expect(events).toContainEqual(["relations-established", "PE", "CL", "2023-03-10"]);
    expect(events.filter((e) => e[0] === "relations-established" && e.includes("EC"))).toEqual([]);
  });
});

describe("events: a rupture over an attack on the subject's own post abroad is with the post's host", () => {
  it.each([
    ["Peru severed relations in January 2016 after protesters stormed its embassy in Santiago.", ["relations-severed", "PE", "CL", "2016-01"]],
    ["Peru cut relations on Monday over an attack on its consulate in Arica.", ["relations-severed", "PE", "CL", "2023-03-27"]],
  ])("%s", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: a post of another state's names no side", () => {
    expect(datedEvents("Peru severed relations on Monday after protesters stormed the Chilean embassy in Lima.").filter((e) => e[2] === "PE" || (e[0] === "relations-severed" && e[1] !== "PE"))).toEqual([]);
  });
});

describe("events: 'X met the two ministers separately' meets each of the pair, not X's own state", () => {
  it("reads a meeting with each side", () => {
    const events = datedEvents("The foreign ministers of Peru and Chile met in Quito on Thursday. Ecuadorian Foreign Minister Ana Soto met the two ministers separately before their meeting.");
    expect(events).toContainEqual(["meeting", "EC", "PE", "2023-03-30"]);
    expect(events).toContainEqual(["meeting", "EC", "CL", "2023-03-30"]);
  });
  it("negative: praising the two ministers meets neither", () => {
    const events = datedEvents("The foreign ministers of Peru and Chile met in Quito on Thursday. Ecuadorian Foreign Minister Ana Soto praised the two ministers.");
    expect(events.filter((e) => e[0] === "meeting" && e.includes("EC"))).toEqual([]);
  });
});

describe("events: 'An agreement was reached between A and B' (a seven-letter trigger is not 'between')", () => {
  it("reads the deal reached between the pair", () => {
    expect(datedEvents("An agreement was reached between Peru and Chile on Monday.")).toContainEqual(["agreement", "PE", "CL", "2023-03-27"]);
  });
  it("negative: 'agreements between A and B' with no date of their own is history told in passing", () => {
    expect(datedEvents("Relations have grown since agreements between Peru and Chile and between Peru and Bolivia.").filter((e) => e[0] === "agreement")).toEqual([]);
  });
});

describe("events: 'the diplomatic staff of the Embassy have been declared persona non grata' after its envoy is named", () => {
  it("reads the staff as the envoy's state's, sent out of the state they must leave", () => {
    const text = "The Chilean ambassador, Luis Rojas, was informed of the decision on Monday. Accordingly, ten members of the diplomatic staff of the Embassy have been declared persona non grata and must leave the territory of the Republic of Peru.";
    expect(datedEvents(text).filter((e) => e[0] === "diplomat-expelled").map((e) => e.slice(0, 3))).toEqual([["diplomat-expelled", "PE", "CL"]]);
  });
  it("negative: with no envoy named before, no one is read as expelled", () => {
    expect(datedEvents("Accordingly, ten members of the diplomatic staff of the Embassy have been declared persona non grata.").filter((e) => e[0] === "diplomat-expelled")).toEqual([]);
  });
});

describe("events: 'to lower the level of its diplomatic representation in A' downgrades the post", () => {
  it.each([
    ["Peru lowered the level of its diplomatic representation in Chile on Monday.", ["mission-downgraded", "PE", "CL", "2023-03-27"]],
    ["Peru decided on Monday to lower the level of its representation in Chile.", ["mission-downgraded", "PE", "CL", "2023-03-27"]],
  ])("%s", (text, expected) => {
    expect(datedEvents(text)).toContainEqual(expected);
  });
  it("negative: lowering the level of tariffs downgrades nothing", () => {
    expect(datedEvents("Peru lowered the level of its tariffs on Chilean wine on Monday.")).toEqual([]);
  });
});

describe("events: credentials with no receiver named go to the state filed from, not the last place named", () => {
  it("reads the dateline's state after the story has named another capital", () => {
    const text = "LIMA, March 31 (Wire) - Peru will open an embassy in Seoul next year, officials said. Japan's new ambassador, Kenji Mori, and the envoy of Chile also presented their letters of credence on Thursday.";
    expect(datedEvents(text).filter((e) => e[0] === "credentials-presented")).toEqual([["credentials-presented", "JP", "PE", "2023-03-30"], ["credentials-presented", "CL", "PE", "2023-03-30"]]);
  });
});

describe("events: '… ties with B after Minister X and his B counterpart signed …' is X's state's with B", () => {
  it("reads the official right before 'and his' as the other side", () => {
    expect(datedEvents("Peru now has formal ties with Fiji after Foreign Minister Ana Soto and her Fijian counterpart put their signatures to a joint communique last Thursday.")).toContainEqual(["agreement", "PE", "FJ", "2023-03-30"]);
  });
  it("negative: a state named before the pair is no side when the official is joined", () => {
    expect(datedEvents("Chile welcomed the news after Foreign Minister Ana Soto of Peru and her Fijian counterpart signed a joint communique last Thursday.").filter((e) => e[0] === "agreement" && e.includes("CL"))).toEqual([]);
  });
});

describe("events: 'the decision of A of 11 January to expel B's ambassador' is A's act", () => {
  it("reads the decision's holder after 'of' as the one who expels", () => {
    expect(datedEvents("This is a response to the decision of the Republic of Chile of 28 March 2023 to expel the Ambassador of Peru to Chile, Mr Luis Rojas.")).toContainEqual(["diplomat-expelled", "CL", "PE", "2023-03-28"]);
  });
  it("negative: a state after 'of' with no decision before it is no subject", () => {
    expect(datedEvents("The government of Bolivia welcomed the visit of Chile, which expelled no one.").filter((e) => e[0] === "diplomat-expelled")).toEqual([]);
  });
});

describe("events: a visit named as the subject of a modal, or 'forthcoming', is not asserted", () => {
  it.each([
    "Peru's President Ana Soto held talks on Tuesday. A visit by the Peruvian president to Santiago would have been unthinkable a decade ago.",
    "Peru's President Ana Soto spoke by phone with Chile's President Luis Vera on Tuesday. The two leaders discussed Soto's forthcoming state visit to Chile.",
  ])("%s", (text) => {
    expect(datedEvents(text).filter((e) => e[0] === "visit")).toEqual([]);
  });
  it("negative: a visit that was the first in a decade is asserted", () => {
    expect(datedEvents("The visit by the Peruvian president to Santiago on Monday was the first in a decade.")).toContainEqual(["visit", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: 'Before the signing, …' and 'at the embassy ceremony' date by the occasion told before", () => {
  it("dates talks before a signing to the signing's day", () => {
    const text = "Peru's Foreign Minister Ana Soto and Fiji's Foreign Minister Luis Vera signed a joint communique in Lima on March 25. Fiji cut ties with Taiwan on March 20, the document notes. Before the signing, Soto held talks with Vera.";
    expect(datedEvents(text)).toContainEqual(["meeting", "PE", "FJ", "2023-03-25"]);
  });
  it("dates what was said at 'the embassy ceremony' to the embassy's opening", () => {
    const text = "Chile's President Luis Vera arrived in Lima on Saturday. On Monday, Vera opened the Chilean embassy in Lima. Speaking at the embassy ceremony, Peru's President Ana Soto said Peru would open an embassy in Santiago.";
    expect(datedEvents(text)).toContainEqual(["mission-announced", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: 'ministers of the two governments signed …' are the talks' two sides", () => {
  it("reads the pair as the signing's subject", () => {
    expect(datedEvents("Peru's President Ana Soto held talks with Chile's President Luis Vera on Wednesday. After the talks, ministers of the two governments signed three agreements.")).toContainEqual(["agreement", "PE", "CL", "2023-03-29"]);
  });
  it("negative: the pair as an object is no subject", () => {
    expect(datedEvents("Peru's President Ana Soto held talks with Chile's President Luis Vera on Wednesday. Analysts praised the ministers of the two governments.").filter((e) => e[0] !== "meeting")).toEqual([]);
  });
});

describe("events: a people counted ('some 130,000 Israelis', 'many Chileans') is not the state travelling", () => {
  it.each(["Some 130,000 Peruvians had visited Chile since January.", "Many Peruvians visited Chile last year."])("%s", (text) => {
    expect(datedEvents(text)).toEqual([]);
  });
  it("negative: the state's ministers counted still travel for it", () => {
    expect(datedEvents("Two Peruvian ministers visited Chile last year.")).toContainEqual(["visit", "PE", "CL", "2022"]);
  });
});

describe("events: a place in a recall's cause after 'after' or 'following' is no post", () => {
  it("reads the expelling state's counterpart as the post", () => {
    expect(datedEvents("In May 2018 Peru expelled Chile's ambassador and recalled its own envoy after Chilean police killed two Bolivian protesters.")).toContainEqual(["ambassador-recalled", "PE", "CL", "2018-05"]);
  });
  it("negative: a post named before the cause stands", () => {
    expect(datedEvents("In May 2018 Peru recalled its ambassador to Chile after clashes with Bolivian protesters.")).toContainEqual(["ambassador-recalled", "PE", "CL", "2018-05"]);
  });
});

describe("events: 'picked X, …, to be ambassador in B' appoints", () => {
  it("reads 'to be' as 'as'", () => {
    expect(datedEvents("Peru picked Ana Soto, who had headed its embassy as chargé d'affaires, to be ambassador in Santiago on Monday.")).toContainEqual(["ambassador-appointed", "PE", "CL", "2023-03-27"]);
  });
  it("negative: picked to be something else appoints no one", () => {
    expect(datedEvents("Peru picked Ana Soto to be the host of the summit in Santiago on Monday.")).toEqual([]);
  });
});

describe("events: 'Every ambassador who comes to B …' names no one", () => {
  it("reads no visit of the ambassador named before", () => {
    expect(datedEvents("Ana Soto, Peru's ambassador, arrived on Monday. \"Every ambassador who comes to Chile now is rewarding it,\" said an official.").filter((e) => e[0] === "visit")).toEqual([]);
  });
  it("negative: 'The ambassador came to B' is the one named before", () => {
    expect(datedEvents("Ana Soto, Peru's ambassador, arrived on Monday. The ambassador came to Chile on Tuesday.")).toContainEqual(["visit", "PE", "CL", "2023-03-28"]);
  });
});

describe("events: 'states that recognise it' describes states by a tie they keep, and recognises nothing", () => {
  it("reads no recognition", () => {
    expect(datedEvents("Beijing has stepped up pressure on the handful of states that recognise Taiwan, like Peru.").filter((e) => e[0] === "recognition")).toEqual([]);
  });
  it("negative: two named states that recognised it did so", () => {
    expect(datedEvents("Peru and Chile, the two countries that recognised Kosovo on Monday, were praised.").filter((e) => e[0] === "recognition").length).toBeGreaterThan(0);
  });
});

describe("events: a state named in a downgrade's cause is no side", () => {
  it("reads no downgrade with the state of the cause", () => {
    expect(datedEvents("Beijing downgraded relations over the opening of a Taiwanese office in Lima on Monday.").filter((e) => e[0] === "mission-downgraded")).toEqual([]);
  });
  it("negative: the side named before the cause stands", () => {
    expect(datedEvents("Beijing downgraded relations with Peru over the opening of a Taiwanese office on Monday.")).toContainEqual(["mission-downgraded", "CN", "PE", "2023-03-27"]);
  });
});

describe("events: a culture's event hosted, or an exequatur received, is no guest", () => {
  it.each([
    "The mayor of Lima said the city hosted a Chilean cultural week in 2019.",
    "Peru's honorary consul in Lima, Ana Soto, received the exequatur of the Chilean authorities in October.",
  ])("%s", (text) => {
    expect(datedEvents(text).filter((e) => e[0] === "meeting" || e[0] === "visit")).toEqual([]);
  });
  it("negative: a state's delegation hosted is one", () => {
    expect(datedEvents("Peru's President Luis Vera hosted a Chilean delegation in Lima on Monday.")).toContainEqual(["meeting", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: ', first launched in 2006' after a trigger dates its noun, not the act", () => {
  it("dates the signing by the day told before", () => {
    expect(datedEvents("LIMA, March 28 - Peru's President Luis Vera received Chile's President Ana Soto. After a private meeting, the two leaders witnessed the signing of 12 instruments and adopted an updated plan for the strategic partnership, first launched in 2006.")).toContainEqual(["agreement", "PE", "CL", "2023-03-28~"]);
  });
  it("negative: a date of the act itself stands", () => {
    expect(datedEvents("Peru and Chile signed a trade accord in 2006.")).toContainEqual(["agreement", "PE", "CL", "2006"]);
  });
});

describe("events: 'It is only seven weeks since X visited B' dates the visit seven weeks back", () => {
  it("counts back from publication", () => {
    expect(datedEvents("It is only three weeks since Peru's president visited Chile.")).toContainEqual(["visit", "PE", "CL", "2023-03-07/2023-03-13"]);
  });
  it("negative: a span since a dated act keeps the act's date", () => {
    expect(datedEvents("Relations have been frozen since Peru closed its embassy in Santiago in 2019.")).toContainEqual(["mission-closed", "PE", "CL", "2019"]);
  });
});

describe("events: 'the confirmation of X as the next Ambassador of A to B' appoints", () => {
  it("reads the envoy's state and post from the title", () => {
    expect(datedEvents("LIMA: Peru on Thursday welcomed the confirmation of Mr. Luis Vera as the next Ambassador of Chile to Peru.").filter((e) => e[0] === "ambassador-appointed").map((e) => e.slice(0, 3))).toEqual([["ambassador-appointed", "CL", "PE"]]);
  });
  it("negative: the confirmation of a report appoints no one", () => {
    expect(datedEvents("Peru on Thursday welcomed the confirmation of the report by the ambassador of Chile.").filter((e) => e[0] === "ambassador-appointed")).toEqual([]);
  });
});

describe("events: 'the day before' after a day told is the day before that one; 'A and B each signed' pairs neither", () => {
  it("dates talks 'the day before' from the last day told", () => {
    expect(datedEvents("On March 20 Peru's President Luis Vera hosted a summit. The day before, Vera and Chile's President Ana Soto had held bilateral talks.")).toContainEqual(["meeting", "PE", "CL", "2023-03-19"]);
  });
  it("negative: with no day told before, the day before the report", () => {
    expect(datedEvents("Peru's President Luis Vera and Chile's President Ana Soto had held talks the day before.")).toContainEqual(["meeting", "PE", "CL", "2023-03-30"]);
  });
  it("reads no deal between two states that each signed one", () => {
    expect(datedEvents("The tour went on to Lima and Santiago, where Peru and Chile each signed packages of aid agreements.").filter((e) => e[0] === "agreement")).toEqual([]);
    expect(datedEvents("Peru and Chile each signed cooperation agreements with China.").filter((e) => e[0] === "agreement").length).toBe(2);
  });
});

describe("events: a fellow host ('co-hosted, with X, a meeting') is no guest", () => {
  it("reads no talks or visit between the co-hosts", () => {
    expect(datedEvents("On March 20 Peru's President Luis Vera co-hosted, with Chile's President Ana Soto, a meeting of regional ministers.").filter((e) => e[0] === "meeting" || e[0] === "visit")).toEqual([]);
  });
  it("negative: a guest hosted is one", () => {
    expect(datedEvents("On March 20 Peru's President Luis Vera hosted Chile's President Ana Soto in Lima.")).toContainEqual(["meeting", "PE", "CL", "2023-03-20"]);
  });
});

describe("events: 'held a summit with X', 'a day after his summit with X' are talks", () => {
  it.each([
    ["Peru's President Luis Vera held a summit with Chilean President Ana Soto on Thursday.", "2023-03-30"],
    ["Peru's President Luis Vera on Friday left Chile, a day after his summit with President Ana Soto of Chile.", "2023-03-30"],
  ])("%s", (text, date) => {
    expect(datedEvents(text)).toContainEqual(["meeting", "PE", "CL", date]);
  });
  it("negative: a summit to come, or one attended with fanfare, is no talks", () => {
    expect(datedEvents("Peru's President Luis Vera will hold a summit with Chilean President Ana Soto next week.").filter((e) => e[0] === "meeting")).toEqual([]);
    expect(datedEvents("Leaders of Peru and Chile gathered for the summit with great fanfare.").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: 'crossed into B' is a visit; 'a meeting with protesters' is no talks", () => {
  it("reads the crossing", () => {
    expect(datedEvents("The row began with a trip on Tuesday by Ana Soto, Peru's deputy prime minister, who crossed into Chile to meet protest leaders.")).toContainEqual(["visit", "PE", "CL", "2023-03-28"]);
  });
  it("reads no talks with people of no office", () => {
    expect(datedEvents("Chile said the latest Peruvian moves, including a meeting with anti-government protesters on Chilean soil, were a provocation.").filter((e) => e[0] === "meeting")).toEqual([]);
  });
  it("negative: troops crossing visit nothing; ministers met are talks", () => {
    expect(datedEvents("Troops crossed into Chile on Thursday.")).toEqual([]);
    expect(datedEvents("Peru's Foreign Minister Ana Soto met Chilean ministers in Santiago on Monday.")).toContainEqual(["meeting", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: 'told B that it was suspending relations', past a request named as a thing; prisoners expelled are no envoys", () => {
  it("reads the teller's rupture with the one told", () => {
    expect(datedEvents("The request came days after Lima, on March 12, told Santiago that it was suspending diplomatic relations.")).toContainEqual(["relations-severed", "PE", "CL", "2023-03-12"]);
  });
  it("reads no expulsion of prisoners", () => {
    expect(datedEvents("Peru's President Luis Vera spoke. The bishop refused to board a flight to Chile with 222 other political prisoners who were expelled and stripped of their citizenship.").filter((e) => e[0] === "diplomat-expelled")).toEqual([]);
  });
  it("negative: a request made frames its act; diplomats who were expelled were", () => {
    expect(datedEvents("Peru requested Chile to recall its ambassador.").filter((e) => e[0] === "ambassador-recalled")).toEqual([]);
    expect(datedEvents("Two Chilean diplomats who were expelled by Peru on Monday left Lima.")).toContainEqual(["diplomat-expelled", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: 'withdrew its decision declaring the Ambassador of A persona non grata' expels no one", () => {
  it("reads no expulsion, and the envoy as A's", () => {
    const x = extract({ text: "Peru has withdrawn its decision declaring the Ambassador of Chile, H.E. Luis Vera, persona non grata.", published: "2023-03-31" });
    expect(x.events.filter((e) => e.type === "diplomat-expelled")).toEqual([]);
    expect(x.officials.map((o) => [o.name, o.country])).toEqual([["Luis Vera", "CL"]]);
  });
  it("negative: a decision declaring him persona non grata that stands expels", () => {
    expect(datedEvents("Peru on Monday announced its decision declaring the Ambassador of Chile, Luis Vera, persona non grata.")).toContainEqual(["diplomat-expelled", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: 'would raise its representation in B back to ambassador level' is a decided upgrade", () => {
  it("reads the upgrade announced", () => {
    expect(datedEvents("LIMA, March 31 (Wire) - Peru said on Friday it would raise its diplomatic representation in Chile back to ambassador level.").map((e) => e.slice(0, 3))).toContainEqual(["mission-upgraded", "PE", "CL"]);
  });
  it("negative: one on a condition is none", () => {
    expect(datedEvents("Peru could raise its representation in Chile to ambassador level if talks succeed.")).toEqual([]);
  });
});

describe("events: 'raise the level of the UAE's representation in B' names its owner after 'the'", () => {
  it("reads the owner's upgrade", () => {
    expect(datedEvents("Peru decided in August to raise the level of the Peruvian government's representation in Chile to ambassador.").map((e) => e.slice(0, 3))).toContainEqual(["mission-upgraded", "PE", "CL"]);
  });
  it("negative: the level of tariffs is no representation", () => {
    expect(datedEvents("Peru decided in August to raise the level of the tariffs on Chilean wine.")).toEqual([]);
  });
});

describe("events: 'a private visit to B' is a visit; 'agreed to disagree' is no deal; 'the Miramar district' is no town", () => {
  it("reads the visit, no deal, and no visit to a town's namesake elsewhere", () => {
    expect(datedEvents("King Luis Vera of Peru was on a private visit to Chile in March.")).toContainEqual(["visit", "PE", "CL", "2023-03"]);
    expect(datedEvents("\"Both sides have agreed to disagree on the border,\" said an analyst of Peru and Chile.")).toEqual([]);
    expect(datedEvents("The ceremony at the new chancery in the Miramar district of Havana was attended by Cuba's deputy foreign minister, Ana Soto.").filter((e) => e[1] === "CU" && e[2] === "US")).toEqual([]);
  });
  it("negative: agreeing to reopen embassies is a deal", () => {
    expect(datedEvents("Peru and Chile agreed on Monday to reopen embassies.")).toContainEqual(["agreement", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: 'dined with X', 'where he dined on Saturday with X' are talks", () => {
  it("reads the talks, and the visit where they were held", () => {
    const text = "Peru's President Luis Vera arrived in Brazil on Sunday. Vera had flown in from Santiago, where he dined on Saturday with Chile's President Ana Soto.";
    expect(datedEvents(text)).toEqual(expect.arrayContaining([["meeting", "PE", "CL", "2023-03-25"], ["visit", "PE", "CL", "2023-03-25"]]));
  });
  it("negative: dining with journalists is no talks", () => {
    expect(datedEvents("Peru's President Luis Vera dined with Chilean journalists in Lima on Saturday.").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: 'During his state visit to B, X and Y …': the opening phrase's 'his' is the subject after it", () => {
  it("reads the visit as the subject's, not the person named before", () => {
    const text = "Argentina's President Javier Milei met reporters. During his state visit to Chile in March, Peru's President Luis Vera and Chile's President Ana Soto oversaw the signing of twenty agreements.";
    const visits = datedEvents(text).filter((e) => e[0] === "visit");
    expect(visits).toEqual([["visit", "PE", "CL", "2023-03"]]);
  });
  it("negative: with no person after the comma, the one named before", () => {
    expect(datedEvents("Peru's President Luis Vera arrived in Santiago on Monday. During his visit to Chile, he praised the team.")).toContainEqual(["visit", "PE", "CL", "2023-03-27"]);
  });
});

describe("events: 'X met Y in B, where they agreed to …' is a deal between the two met", () => {
  it.each([
    "Peru's Foreign Minister Ana Soto met Chile's Luis Vera in Arica on Monday, where they agreed to set up an expert group.",
    "Peru's Foreign Minister Ana Soto met Chile's Luis Vera on Monday, and they agreed to set up an expert group.",
  ])("%s", (text) => {
    expect(datedEvents(text)).toContainEqual(["agreement", "PE", "CL", "2023-03-27"]);
  });
  it("negative: 'they' of people met in passing agree on nothing between states", () => {
    expect(datedEvents("Peru's minister spoke to reporters in Lima, where they asked about Chile.")).toEqual([]);
  });
});

describe("events: 'its recognition of the crucial role that A plays' is no recognition of a state", () => {
  it("negative", () => {
    expect(datedEvents("Peru's minister thanked Chile for its recognition of the crucial role that Peru plays in the region.")).toEqual([]);
  });
});

describe("events: a verb in a series past a name set off by commas shares the clause's subject", () => {
  it("reads 'A expelled B's ambassador, X, recalled its own ambassador' as A's recall", () => {
    expect(datedEvents("In April Peru expelled Chile's ambassador, Luis Vera, recalled its own ambassador from Santiago and closed the consulate in Arica.")).toEqual(expect.arrayContaining([["diplomat-expelled", "PE", "CL", "2022-04"], ["ambassador-recalled", "PE", "CL", "2022-04"]]));
  });
});

describe("events: 'giving Ambassador X four weeks to leave the country'", () => {
  it("reads weeks as well as hours and days", () => {
    expect(datedEvents("Peru will lower its relations with Chile, the ministry announced on Tuesday, giving Chilean Ambassador Luis Vera four weeks to leave the country.")).toContainEqual(["diplomat-expelled", "PE", "CL", "2023-03-28"]);
  });
});

describe("events: a decision's second infinitive, and 'showed the ambassador the door'", () => {
  it("reads 'A's decision to downgrade relations with B and expel B's ambassador' as A's expulsion", () => {
    expect(datedEvents("Peru's move follows Chile's decision earlier this week to downgrade relations with Bolivia and expel Bolivia's ambassador.")).toEqual(expect.arrayContaining([["diplomat-expelled", "CL", "BO", "2023-03-26/2023-03-31"]]));
  });
  it("reads 'showed the A ambassador the door' as an expulsion", () => {
    expect(datedEvents("Peru showed the Chilean ambassador the door on Monday.")).toEqual([["diplomat-expelled", "PE", "CL", "2023-03-27"]]);
  });
  it("negative: 'showed the delegation the door of the new chancery' expels no one", () => {
    expect(datedEvents("Peru showed the Chilean delegation the door of the new chancery on Monday.")).toEqual([]);
  });
});

describe("events: 'X, who arrived on Sunday, held talks on the same day' is Sunday's", () => {
  it("reads the same day as the one told earlier in the sentence, not the last event's", () => {
    const text = "The embassy was inaugurated on Monday by Peru's Foreign Minister Ana Soto. Minister Soto, who arrived in Accra on Sunday for a two-day visit, held talks with Ghana's Minister Kofi Mensah on the same day.";
    expect(datedEvents(text).filter((e) => e[0] === "meeting")).toEqual([["meeting", "PE", "GH", "2023-03-26"]]);
  });
});

describe("events: talks during a visit told in a story filed from home", () => {
  it("reads no visit to the dateline's state, nor one to an organisation", () => {
    const text = "LIMA – The cabinet on Wednesday approved the decree. Minister Ana Soto discussed the plan during a visit to Accra on 8 March, when she held talks with Ghanaian Foreign Minister Kofi Mensah and was also received by the Secretary-General of ASEAN, Kao Kim Hourn.";
    const visits = datedEvents(text).filter((e) => e[0] === "visit");
    expect(visits).toEqual([["visit", "PE", "GH", "2023-03-08"]]);
  });
});

describe("events: 'A and B held the sixth round of Foreign Secretary-level Consultations (FOC) here'", () => {
  it("reads talks between the two", () => {
    expect(datedEvents("Peru and Chile today held the sixth round of Foreign Secretary-level Consultations (FOC), reviewing bilateral relations.")).toContainEqual(["meeting", "PE", "CL", "2023-03-31"]);
  });
  it("negative: a body's consultations on a topic are no talks between states", () => {
    expect(datedEvents("Chile's senate held consultations on the budget.")).toEqual([]);
  });
});

describe("events: 'X, who flew in on Tuesday, and her B counterpart Y signed … after a closed-door meeting that lasted two hours'", () => {
  it("reads the deal and the talks between the two, past the first one's relative clause", () => {
    const text = "Peruvian Foreign Minister Ana Soto, who flew in from Lima on Tuesday morning, and her Chilean counterpart Luis Vera signed a joint communique after a closed-door meeting that lasted nearly two hours.";
    expect(datedEvents(text)).toEqual(expect.arrayContaining([["agreement", "PE", "CL", "2023-03-31~"], ["meeting", "PE", "CL", "2023-03-31~"]]));
  });
  it("negative: 'after a cabinet meeting that lasted two hours' is no talks between states", () => {
    expect(datedEvents("Peru's president signed the decree after a cabinet meeting that lasted two hours.").filter((e) => e[0] === "meeting")).toEqual([]);
  });
});

describe("events: 'approved the appointment of X, <a long aside with commas>, as A's first ambassador to B'", () => {
  it("reads the appointment of the one named before the aside, on the session's day", () => {
    const text = "The Council of Ministers on Thursday approved the decree creating the Embassy of Peru in Ghana. At the same session, the Government approved the appointment of Ana Soto, a career diplomat who until now headed the Africa directorate of the Ministry of Foreign Affairs, Cooperation and Regional Integration, as Peru's first ambassador to Ghana.";
    const { officials, events } = extract({ text, published: FRIDAY });
    expect(officials.map((o) => [o.name, o.country, o.role])).toEqual([["Ana Soto", "PE", "ambassador"]]);
    expect(events.map((e) => [e.type, e.source, e.target, e.date])).toContainEqual(["ambassador-appointed", "PE", "GH", "2023-03-30"]);
  });
});

describe("events: 'held a strategic dialogue with X' is talks; a closure 'weighed' and dropped is none", () => {
  it("reads the dialogue as talks", () => {
    expect(datedEvents("On Monday, Peru's Foreign Minister Ana Soto flew into Santiago and held a strategic dialogue with Chile's Foreign Minister Luis Vera.")).toContainEqual(["meeting", "PE", "CL", "2023-03-27"]);
  });
  it("negative: 'had briefly weighed asking Chile to shut its consulate, but dropped the idea'", () => {
    expect(datedEvents("Officials said the presidential office in Lima had briefly weighed asking Chile to shut its Arica consulate altogether, but dropped the idea.")).toEqual([]);
  });
});

describe("events: 'began with a phone call on April 30, when A and his counterpart, B, spoke'", () => {
  it("reads the call between the two the 'when' clause names", () => {
    expect(datedEvents("The thaw began with a phone call on March 20, when Peru's Foreign Minister Ana Soto and her Chilean counterpart, Luis Vera, spoke for forty minutes.")).toEqual([["phone-call", "PE", "CL", "2023-03-20"]]);
  });
});

describe("events: a date in a relative clause after the trigger is that clause's", () => {
  it("dates 'signed a memorandum … meant to handle the kind of case that erupted in January' by the talks before", () => {
    const text = "On March 20, Peru's Foreign Minister Ana Soto flew into Santiago and held talks with Chile's Foreign Minister Luis Vera. At the end of it the two ministers signed a memorandum meant to handle the kind of case that erupted in January. The following day Soto called on President Rosa Quispe.";
    const events = datedEvents(text);
    expect(events).toContainEqual(["agreement", "PE", "CL", "2023-03-20"]);
    expect(events.filter((e) => e[0] === "meeting")).toEqual([["meeting", "PE", "CL", "2023-03-20"], ["meeting", "PE", "CL", "2023-03-21"]]);
  });
});

describe("events: 'The two sat down for an hour in C' is talks of the pair just named", () => {
  it("reads the talks and each side's visit to the third state", () => {
    const text = "Peru's Foreign Minister Ana Soto and Chile's Foreign Minister Luis Vera agreed on Monday to lower tensions. The two sat down for about an hour in Quito on the sidelines of a regional meeting.";
    expect(datedEvents(text)).toEqual(expect.arrayContaining([["meeting", "PE", "CL", "2023-03-27"], ["visit", "PE", "EC", "2023-03-27"], ["visit", "CL", "EC", "2023-03-27"]]));
  });
});

describe("events: an act 'argued for' is none; 'concluded that' is no deal", () => {
  it.each([
    "Some in the governing party have privately argued for closing the Chilean embassy in Lima altogether.",
    "\"Both capitals have concluded that a formal rupture costs more than it gains,\" said an analyst of Peru and Chile.",
  ])("%s", (text) => {
    expect(datedEvents(text)).toEqual([]);
  });
});

describe("events: 'discussed … to reach markets in China' names a topic, no venue", () => {
  it("reads no visit to the place of a market", () => {
    const text = "Peru's Foreign Minister Ana Soto held talks in Santiago with Chile's Foreign Minister Luis Vera on Monday. The ministers discussed a rail corridor and Peru's interest in using Chilean ports to reach markets in China and Europe.";
    expect(datedEvents(text).filter((e) => e[0] === "visit")).toEqual([["visit", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: 'recalling their telephone conversation in February, in which the two leaders had discussed …'", () => {
  it("reads the call between the two the 'in which' clause names, and no talks", () => {
    const text = "Chile's President Luis Vera received Peru's foreign minister on Tuesday. Vera asked the guest to convey his greetings to Peru's President Ana Soto, recalling their telephone conversation in February, in which the two leaders had discussed trade.";
    expect(datedEvents(text).filter((e) => e[3] === "2023-02")).toEqual([["phone-call", "CL", "PE", "2023-02"]]);
  });
});

describe("events: 'made the announcement after talks on Tuesday in B with his counterpart, Y'", () => {
  it("reads the talks and the visit", () => {
    const text = "Ana Soto, Peru's minister of foreign affairs, made the announcement after talks on Tuesday in the Chilean capital with her counterpart, Luis Vera.";
    expect(datedEvents(text)).toEqual(expect.arrayContaining([["meeting", "PE", "CL", "2023-03-28"], ["visit", "PE", "CL", "2023-03-28"]]));
  });
});

describe("events: 'Congolese' in a story of Brazzaville is the Republic of the Congo's", () => {
  it("reads a visit to the Congo the story is about", () => {
    const text = "BRAZZAVILLE, Feb 18 (Reuters) - The Republic of Congo will open an embassy in Kigali. Fighting in neighbouring Democratic Republic of Congo continues. Ties gained momentum after the Rwandan president's state visit in April 2022, when the two presidents oversaw the signing of deals on farmland in the Congolese interior.";
    expect(datedEvents(text, "2025-02-18").filter((e) => e[0] === "visit")).toEqual([["visit", "RW", "CG", "2022-04"]]);
  });
  it("negative: in a story of Kinshasa, the DRC's", () => {
    const text = "KINSHASA - The DRC expelled Rwanda's envoy. The Congolese foreign ministry said on Monday the decision was final.";
    expect(datedEvents(text, "2025-02-18")).toContainEqual(["diplomat-expelled", "CD", "RW", "2025-02-18~"]);
  });
});

describe("events: credentials 'alongside the ambassadors of A and B and the high commissioners of C and D'", () => {
  it("reads every state of both groups, to the host the ceremony was told in", () => {
    const text = "President Luis Vera received letters of credence from five new envoys at the palace in Lima on Thursday. Tomas Varga of Hungary presented his credentials alongside the ambassadors of Finland and Vietnam and the high commissioners of Ghana and Malawi.";
    expect(datedEvents(text).filter((e) => e[0] === "credentials-presented").map((e) => e[1]).sort()).toEqual(["FI", "GH", "HU", "MW", "VN"]);
    expect(datedEvents(text).filter((e) => e[0] === "credentials-presented").every((e) => e[2] === "PE")).toBe(true);
  });
});

describe("events: 'requested the departure of the ambassador of B' is an expulsion", () => {
  it("reads the expulsion, also after a decision's dated aside", () => {
    expectEvent("Chile on Tuesday requested the departure of the Ambassador of Peru within 48 hours.", FRIDAY, { type: "diplomat-expelled", source: "CL", target: "PE", date: "2023-03-28" });
    const text = "The ministry regrets the decision of the Republic of Chile, taken on Tuesday 28 March 2023, to request the departure of the Ambassador of Peru, Luis Vera, within 48 hours.";
    expect(datedEvents(text)).toContainEqual(["diplomat-expelled", "CL", "PE", "2023-03-28"]);
  });
  it("negative: 'requested the departure of the flight'", () => {
    expectNoEvent("Chile requested the departure of the flight to Lima be delayed.", "diplomat-expelled");
  });
});

describe("events: 'had received no formal complaint from B' is no meeting", () => {
  it("reads no talks and no visit", () => {
    const text = "Luis Vera, the Peruvian ministry's principal secretary, told reporters that Lima had received no formal complaint from Santiago before the announcement.";
    expect(datedEvents(text)).toEqual([]);
  });
});

describe("events: 'A recalled X from B', X titled before with no post", () => {
  it("reads the recall from the place after 'from'", () => {
    const text = "Peruvian ambassador Luis Vera was told to leave Chile within seven days. In February 2019 Peru recalled Vera from Santiago.";
    expect(datedEvents(text)).toContainEqual(["ambassador-recalled", "PE", "CL", "2019-02"]);
  });
});

describe("events: 'relations between A and B following the decision announced by B to sever relations with A'", () => {
  it("reads B as the one who severed them", () => {
    const text = "The ministry updates the public on relations between the Republic of Peru and the Republic of Chile following the decision announced by the Government of Chile on 28 March 2023 to sever diplomatic relations with Peru.";
    expect(datedEvents(text)).toEqual([["relations-severed", "CL", "PE", "2023-03-28"]]);
  });
});

describe("events: a deal being prepared, and the talks a deal provides for", () => {
  it("negative: 'the two sides are preparing a memorandum of understanding on regular consultations between A and B'", () => {
    expect(datedEvents("The two sides are preparing a memorandum of understanding on regular consultations between Peru and Chile.")).toEqual([]);
  });
  it("reads the agreement signed on consultations, and no talks", () => {
    expect(datedEvents("Peru and Chile signed an agreement on political consultations between their foreign ministries on Monday.")).toEqual([["agreement", "PE", "CL", "2023-03-27"]]);
  });
});

describe("events: 'A's relations with B, established in 1977, …'", () => {
  it("reads the relations and no opening of the post named after", () => {
    const text = "Until now, Peru's relations with Kenya, established in 1977, have been handled by the Peruvian embassy in Addis Ababa.";
    expect(datedEvents(text)).toEqual([["relations-established", "PE", "KE", "1977"]]);
  });
  it("negative: 'A, which has bilateral ties with B, opened a trade office in B in 2021' still opens it", () => {
    expect(datedEvents("Peru, which has bilateral ties with Kenya, opened a trade office in Kenya in 2021.")).toEqual([["mission-opened", "PE", "KE", "2021"]]);
  });
});

describe("events: an envoy reaching the post is no visitor", () => {
  it("reads the credentials and no visit", () => {
    const text = "Ana Soto was appointed Peru's ambassador to Portugal in February. Soto, who reached Lisbon late last month, presented copies of her letters of credence on Tuesday.";
    expect(datedEvents(text).map((e) => e[0])).toEqual(["ambassador-appointed", "credentials-presented"]);
  });
});

describe("events: expulsions of embassy officials", () => {
  it("reads 'ordered 15 Russian embassy officials out of the country'", () => {
    expect(datedEvents("In April 2022 Norway ordered 15 Russian embassy officials out of the country.")).toContainEqual(["diplomat-expelled", "NO", "RU", "2022-04"]);
  });
});

describe("events: Antarctica is no party", () => {
  it("reads no visit to Antarctica from a deal on science there", () => {
    const text = "SANTIAGO, April 4 — Chilean President Luis Vera held talks with Peruvian President Ana Soto in Lima on Monday, and the two governments signed agreements ranging from gender policy to scientific work in Antarctica.";
    expect(datedEvents(text).filter((e) => e[2] === "AQ" || e[1] === "AQ")).toEqual([]);
  });
});
