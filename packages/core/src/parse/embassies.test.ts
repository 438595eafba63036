import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiplomaticMission } from "../model/mission.js";
import { MISSION_SKIP_REASONS, parseEmbassies } from "./embassies.js";

const FILE = new URL("../../../../../shared/data/embassies/database_of_embassies.csv", import.meta.url);
const HEADER = "operator;operatorQID;jurisdictions;jurisdictionQIDs;country;countryQID;city;cityQID;address;latitude;longitude;phone;email;website;facebook;twitter;youtube;picture;pictureAuthor;pictureLicense;pictureLicenseURL;type;typeQID;creation;QID;";
const WD = "http://www.wikidata.org/entity/";

interface RowSpec {
  operator?: string;
  operatorQID?: string;
  jurisdictions?: string;
  country?: string;
  city?: string;
  lat?: string;
  lon?: string;
  type?: string;
  creation?: string;
  qid?: string;
}
/** A data row as the file writes them: the header's 25 columns, no trailing semicolon. */
function row(spec: RowSpec): string {
  const cells = Array.from({ length: 25 }, () => "");
  cells[0] = spec.operator ?? "Azerbaijan";
  cells[1] = spec.operatorQID ?? `${WD}Q227`;
  cells[2] = spec.jurisdictions ?? "";
  cells[4] = spec.country ?? "Israel";
  cells[5] = `${WD}Q801`;
  cells[6] = spec.city ?? "Tel Aviv";
  cells[9] = spec.lat ?? "32.07";
  cells[10] = spec.lon ?? "34.78";
  cells[21] = spec.type ?? "embassy";
  cells[23] = spec.creation ?? "";
  cells[24] = `${WD}${spec.qid ?? "Q100"}`;
  return cells.join(";");
}
const parseRows = (...specs: RowSpec[]) => parseEmbassies([HEADER, ...specs.map(row)].join("\n"), { file: "e.csv" });

describe("parseEmbassies on the shared mission list", () => {
  const { missions, report } = parseEmbassies(readFileSync(FILE, "utf8"));

  it("reads nearly every row into a valid mission and accounts for the rest by reason", () => {
    expect(report.rows).toBe(9852);
    expect(report.missions).toBe(missions.length);
    expect(missions.length).toBeGreaterThan(9500);
    expect(missions.length + Object.values(report.skipped).reduce((a, b) => a + b, 0)).toBe(report.rows);
    expect(report.skipped.malformed).toBe(0);
    for (const mission of missions) expect(DiplomaticMission.safeParse(mission).success).toBe(true);
    expect(report.unmapped["unknown-sender"]).toMatchObject({ Quebec: 16, "Sovereign Military Order of Malta": 33 });
  });

  it("maps the hard cases: nunciatures, Taiwan's offices, embassies to the Holy See in Rome", () => {
    const find = (sender: string, host: string) => missions.filter((m) => m.sender === sender && m.host === host);
    expect(find("VA", "IT").map((m) => m.kind)).toContain("nunciature");
    expect(find("IT", "VA")).toEqual([expect.objectContaining({ kind: "embassy", city: "Rome", status: "open", externalIds: { wikidata: "Q16744674" } })]);
    expect(find("AL", "VA")).toHaveLength(1);
    expect(find("AL", "IT")).toHaveLength(1);
    expect(missions.filter((m) => m.sender === "TW").length).toBeGreaterThan(100);
    // Taiwan's offices where it is not recognised are typed "de facto embassy"; its allies host embassies.
    const taiwan = missions.filter((m) => m.sender === "TW");
    expect(taiwan.filter((m) => m.kind === "representative-office").length).toBeGreaterThan(taiwan.length / 2);
    expect(taiwan.filter((m) => m.kind === "embassy").length).toBeGreaterThan(5);
    expect(missions.filter((m) => m.sender === "PS").length).toBeGreaterThan(90);
    expect(missions.filter((m) => m.sender === "XK").length).toBeGreaterThan(25);
  });
});

describe("parseEmbassies rows", () => {
  it("keeps the Wikidata item, coordinates, city and the creation date as the opening", () => {
    const { missions } = parseRows({ creation: "1992-01-01T00:00:00Z", qid: "Q123" });
    expect(missions).toEqual([
      {
        sender: "AZ", host: "IL", kind: "embassy", city: "Tel Aviv", coordinates: { lat: 32.07, lon: 34.78 }, status: "open",
        history: [{ status: "open", date: "1992", sources: [expect.objectContaining({ externalId: "Q123" })] }],
        externalIds: { wikidata: "Q123" },
        sources: [{ rule: "wikidata-embassies", input: "e.csv:2", spans: [], confidence: 1, externalId: "Q123", url: "https://www.wikidata.org/wiki/Q123" }],
      },
    ]);
  });

  it.each([
    ["1992-01-01T00:00:00Z", "1992"],
    ["1961-10-01T00:00:00Z", "1961-10"],
    ["1913-03-28T00:00:00Z", "1913-03-28"],
  ])("reads creation %s as %s", (creation, date) => {
    expect(parseRows({ creation }).missions[0]?.history[0]?.date).toBe(date);
  });

  it.each([
    ["embassy", "embassy"],
    ["high commission", "high-commission"],
    ["assistant high commission", "consulate"],
    ["consulate general", "consulate-general"],
    ["honorary consulate", "honorary-consulate"],
    ["apostolic nunciature", "nunciature"],
    ["Apostolic delegation", "representative-office"],
    ["de facto embassy", "representative-office"],
    ["de facto consulate", "representative-office"],
    ["liaison office", "liaison-office"],
    ["Interests Section", "interests-section"],
    ["trade office", "trade-office"],
    ["diplomatic mission", "other"],
  ])("maps the type %s to %s", (type, kind) => {
    expect(parseRows({ type }).missions[0]?.kind).toBe(kind);
  });

  it("keeps a post of unknown type as other and says so; a former post is closed", () => {
    const { missions, report } = parseRows({ type: "cultural bureau" }, { type: "former embassy", city: "Haifa" });
    expect(missions.map((m) => [m.kind, m.status])).toEqual([["other", "open"], ["embassy", "closed"]]);
    expect(report.unmapped["unknown-type"]).toEqual({ "cultural bureau": 1 });
  });

  it("gives an embassy accredited elsewhere its jurisdiction as host, and a row naming the sender as host its jurisdiction or city", () => {
    const { missions, report } = parseRows(
      { country: "Italy", city: "Rome", jurisdictions: "Vatican City" },
      { country: "Italy", city: "Milan", type: "consulate general", jurisdictions: "Switzerland" },
      { country: "Azerbaijan", city: "Ankara", jurisdictions: "Turkey|Georgia" },
      { country: "Azerbaijan", city: "Conakry" },
    );
    expect(missions.map((m) => [m.host, m.city])).toEqual([["VA", "Rome"], ["IT", "Milan"], ["TR", "Ankara"], ["GN", "Conakry"]]);
    expect(report.adjusted).toEqual({ toJurisdiction: 2, fromCity: 1 });
  });

  it.each([
    ["unknown-sender", { operator: "Quebec", operatorQID: `${WD}Q176` }, "Quebec"],
    ["unknown-host", { country: "Nordic countries" }, "Nordic countries"],
    ["host-is-sender", { country: "Azerbaijan", city: "" }, "Azerbaijan embassy in ?"],
    ["no-organisation", { type: "permanent mission", country: "Switzerland" }, "Azerbaijan in Switzerland"],
  ] as const)("leaves out a row with reason %s, and the value", (reason, spec, value) => {
    const { missions, report } = parseRows(spec);
    expect(missions).toEqual([]);
    expect(report.skipped[reason]).toBe(1);
    expect(report.unmapped[reason]).toEqual({ [value]: 1 });
  });

  it("reads a Wikidata item by its id when its label names no state (a ministry)", () => {
    const { missions } = parseRows({ operator: "Ministry of Foreign Affairs of the Russian Federation", operatorQID: `${WD}Q789889` });
    expect(missions[0]?.sender).toBe("RU");
  });

  it("keeps the first of two rows for one post, drops bad coordinates, and counts broken lines", () => {
    const text = [HEADER, row({}), row({ qid: "Q2" }), "Azerbaijan;too;few", row({ city: "Haifa", lat: "132", lon: "1" })].join("\n");
    const { missions, report } = parseEmbassies(text, { file: "e.csv" });
    expect(missions.map((m) => [m.city, m.coordinates])).toEqual([["Tel Aviv", { lat: 32.07, lon: 34.78 }], ["Haifa", undefined]]);
    expect(report.skipped).toMatchObject({ duplicate: 1, malformed: 1 });
    expect(report.unmapped.duplicate).toEqual({ "AZ-IL-embassy-tel-aviv": 1 });
    expect(report.unmapped["bad-coordinates"]).toEqual({ "132,1": 1 });
    expect(report.malformed).toEqual([{ file: "e.csv", line: 4, message: "expected 25 semicolon-separated cells, found 3" }]);
  });

  it("says which columns a file lacks", () => {
    const { missions, report } = parseEmbassies("sender;host;kind\nAZ;IL;embassy\n", { file: "m.csv" });
    expect(missions).toEqual([]);
    expect(report.malformed[0]?.message).toMatch(/^the header lacks operator, operatorQID, /);
  });

  it("never throws and never returns an invalid mission, whatever the rows", () => {
    const real = readFileSync(FILE, "utf8").split("\n").slice(1, 150);
    const line = fc.oneof(fc.constantFrom(...real), fc.string(), fc.constantFrom(...real).chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 15 }), (lines) => {
        const { missions, report } = parseEmbassies([HEADER, ...lines].join("\n"));
        for (const mission of missions) expect(DiplomaticMission.safeParse(mission).success).toBe(true);
        expect(MISSION_SKIP_REASONS.reduce((n, r) => n + report.skipped[r], missions.length)).toBe(report.rows);
      }),
      { numRuns: 100 },
    );
  });
});
