import * as z from "zod";
import { describe, expect, it } from "vitest";
import { DiplomaticEvent } from "../model/event.js";
import { DiplomaticMission } from "../model/mission.js";
import { Official } from "../model/official.js";
import { parseRecords } from "../parse/parse.js";
import { cameoRow, GDELT_COLUMNS } from "./cameo.js";
import { createExportWriter, EXPORT_FORMATS, type ExportFormat, type ExportKind, exportKinds, type ExportRecord } from "./export.js";
import { PloverEvent } from "./plover.js";

const missions = [
  DiplomaticMission.parse({ id: "AZ-IL-embassy-tel-aviv", sender: "AZ", host: "IL", kind: "embassy", city: "Tel Aviv", status: "open", coordinates: { lat: 32.07, lon: 34.78 }, externalIds: { wikidata: "Q1" }, sources: [{ rule: "wikidata-embassies", url: "https://www.wikidata.org/wiki/Q1" }] }),
  DiplomaticMission.parse({ id: "AZ-IL-consulate", sender: "AZ", host: "IL", kind: "consulate", status: "closed" }),
  DiplomaticMission.parse({ id: "IL-AZ-embassy-baku", sender: "IL", host: "AZ", kind: "embassy", city: "Baku", status: "open" }),
];
const officials = [Official.parse({ id: "AZ-jeyhun-bayramov", name: "Jeyhun Bayramov", country: "AZ", role: "foreign-minister", aliases: ["Bayramov", 'J. "B."'] })];
const events = [
  { ...DiplomaticEvent.parse({ id: "e1", type: "visit", source: "AZ", target: "IL", date: "2023-03-29", reported: "2023-03-30", location: { city: "Jerusalem", country: "IL" }, officials: ["Jeyhun Bayramov"], sources: [{ rule: "visit.arrived", url: "https://news.example.org/a", sentence: "Bayramov arrived in Israel, on a visit.", confidence: 0.9 }] }), reportCount: 1 },
  { ...DiplomaticEvent.parse({ id: "gdelt-881990833", type: "meeting", source: "IL", target: "AZ", date: "2023-03", cameo: "046", sources: [{ rule: "gdelt", externalId: "881990833", reach: { mentions: 6, sources: 2, articles: 5 }, url: "https://news.example.org/b" }] }), reportCount: 1 },
  { ...DiplomaticEvent.parse({ id: "e3", type: "agreement", source: "EU", target: "AZ", date: null, sources: [{ rule: "csv" }] }), reportCount: 1 },
];
const all: ExportRecord[] = [
  ...missions.map((record) => ({ kind: "missions" as const, record })),
  ...officials.map((record) => ({ kind: "officials" as const, record })),
  ...events.map((record) => ({ kind: "events" as const, record })),
];

function run(format: ExportFormat, requested: ExportKind[] = []): string {
  const kinds = exportKinds(format, requested);
  const writer = createExportWriter(format, kinds);
  return writer.begin() + all.filter((item) => kinds.includes(item.kind)).map((item) => writer.write(item)).join("") + writer.end();
}
const withoutCounts = events.map(({ reportCount: _, ...e }) => e);

describe("exportKinds", () => {
  it.each([
    ["json", [], ["missions", "officials", "events"]],
    ["ndjson", ["events", "missions"], ["missions", "events"]],
    ["csv", [], ["events"]],
    ["csv", ["officials"], ["officials"]],
    ["plover", [], ["events"]],
    ["cameo", ["events"], ["events"]],
    ["graphml", [], ["missions", "events"]],
  ] as const)("%s with %j holds %j", (format, requested, kinds) => {
    expect(exportKinds(format, [...requested])).toEqual(kinds);
  });

  it.each([
    ["csv", ["missions", "events"], "a CSV export holds one kind of record; choose one of missions, officials, events"],
    ["plover", ["missions"], "plover export holds events, not missions"],
    ["graphml", ["officials"], "graphml export holds missions and events, not officials"],
  ] as const)("refuses %s of %j", (format, requested, message) => {
    expect(() => exportKinds(format, [...requested])).toThrow(message);
  });
});

describe("createExportWriter", () => {
  it("writes JSON that reads back as the same records, without derived report counts", () => {
    const text = run("json");
    const back = parseRecords(text, { format: "json" });
    expect(back).toEqual({ missions, officials, events: withoutCounts, issues: [] });
    expect(JSON.parse(run("json", ["events"]))).toEqual(withoutCounts);
  });

  it("writes every section of grouped JSON even when some are empty", () => {
    const writer = createExportWriter("json", ["missions", "officials", "events"]);
    const text = writer.begin() + writer.write({ kind: "events", record: events[0]! }) + writer.end();
    expect(JSON.parse(text)).toEqual({ missions: [], officials: [], events: [withoutCounts[0]] });
    const empty = createExportWriter("json", ["missions", "events"]);
    expect(JSON.parse(empty.begin() + empty.end())).toEqual({ missions: [], events: [] });
  });

  it("writes NDJSON that reads back as the same records", () => {
    expect(parseRecords(run("ndjson"), { format: "ndjson" })).toEqual({ missions, officials, events: withoutCounts, issues: [] });
  });

  it("writes flat CSV per kind, quoting what needs it", () => {
    expect(run("csv", ["officials"])).toBe(
      'id,name,country,role,title,aliases,sources\r\nAZ-jeyhun-bayramov,Jeyhun Bayramov,AZ,foreign-minister,,"Bayramov; J. ""B.""",0\r\n',
    );
    const lines = run("csv").split("\r\n");
    expect(lines[0]).toBe("id,type,source,target,date,reported,participants,officials,location.city,location.country,modality,cameo,plover.category,sources,url");
    expect(lines[1]).toBe("e1,visit,AZ,IL,2023-03-29,2023-03-30,,Jeyhun Bayramov,Jerusalem,IL,asserted,042,CONSULT,1,https://news.example.org/a");
    expect(run("csv", ["missions"]).split("\r\n")[1]).toBe("AZ-IL-embassy-tel-aviv,AZ,IL,embassy,Tel Aviv,open,,32.07,34.78,,,Q1,1,https://www.wikidata.org/wiki/Q1");
  });

  it("writes PLOVER records that its schema accepts, citing URL and quoted sentence", () => {
    const lines = run("plover").trimEnd().split("\n").map((line) => JSON.parse(line));
    for (const line of lines) expect(PloverEvent.parse(line)).toEqual(line);
    expect(lines[0]).toMatchObject({
      id: "e1", date: "2023-03-29", event: "CONSULT", mode: "visit", context: ["diplomatic"],
      actors: { source: [{ code: "AZE", actor: "AZ", name: "Azerbaijan" }], target: [{ code: "ISR", actor: "IL", name: "Israel" }] },
      cite_info: [{ url: "https://news.example.org/a", text: "Bayramov arrived in Israel, on a visit.", rule: "visit.arrived", confidence: 0.9 }],
    });
    expect(lines[1]).toMatchObject({ date: "2023-03-01", date_edtf: "2023-03", chancery: { cameo: "046" } });
    expect(lines[2]).toMatchObject({ date: null, event: "AGREE", actors: { source: [{ code: "IGO", actor: "EU" }] } });
  });

  it("writes CAMEO rows in GDELT 2.0's 61 columns under GDELT's column names", () => {
    const [header, ...rows] = run("cameo").trimEnd().split("\n");
    expect(header!.split("\t")).toEqual([...GDELT_COLUMNS]);
    expect(GDELT_COLUMNS).toHaveLength(61);
    const row = (i: number) => Object.fromEntries(GDELT_COLUMNS.map((c, j) => [c, rows[i]!.split("\t")[j]]));
    expect(row(0)).toMatchObject({
      GLOBALEVENTID: "", SQLDATE: "20230329", MonthYear: "202303", Year: "2023", FractionDate: "2023.2438", Actor1Code: "AZE", Actor1Name: "AZERBAIJAN",
      Actor2CountryCode: "ISR", EventCode: "042", EventBaseCode: "042", EventRootCode: "04", QuadClass: "1", NumMentions: "1",
      ActionGeo_Type: "4", ActionGeo_FullName: "Jerusalem, Israel", ActionGeo_CountryCode: "IS", DATEADDED: "20230330000000", SOURCEURL: "https://news.example.org/a",
    });
    expect(row(1)).toMatchObject({ GLOBALEVENTID: "881990833", EventCode: "046", NumMentions: "6", NumArticles: "5" });
    expect(row(2)).toMatchObject({ Actor1Code: "IGOEEC", Actor1KnownGroupCode: "EEC", Actor1Type1Code: "IGO", EventCode: "057", SQLDATE: "" });
  });

  it("writes GraphML with one node per actor and weighted mission and event edges", () => {
    const xml = run("graphml");
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml).toContain('<node id="AZ"><data key="label">Azerbaijan</data><data key="kind">state</data></node>');
    expect(xml).toContain('source="AZ" target="IL"><data key="relation">missions</data><data key="weight">2</data><data key="open">1</data><data key="kinds">consulate embassy</data></edge>');
    expect(xml).toContain('source="AZ" target="IL" directed="false"><data key="relation">meeting</data><data key="weight">1</data></edge>');
    expect(xml.match(/<edge /g)).toHaveLength(5);
  });

  it.each(EXPORT_FORMATS)("writes %s with no records", (format) => {
    const writer = createExportWriter(format, exportKinds(format));
    expect(typeof (writer.begin() + writer.end())).toBe("string");
  });
});

describe("schema/plover-event.schema.json", () => {
  it("matches the PloverEvent model", async () => {
    await expect(`${JSON.stringify(z.toJSONSchema(PloverEvent), null, 2)}\n`).toMatchFileSnapshot("../../schema/plover-event.schema.json");
  });
});

describe("cameoRow", () => {
  it("computes FractionDate as GDELT does, from the shared files' own rows", () => {
    const fraction = (date: string) => cameoRow(DiplomaticEvent.parse({ type: "visit", source: "AZ", target: "IL", date, sources: [] })).split("\t")[4];
    expect(fraction("2018-10-24")).toBe("2018.8055");
    expect(fraction("1982-01-02")).toBe("1982.0055");
  });
});
