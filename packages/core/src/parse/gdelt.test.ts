import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DiplomaticEvent } from "../model/event.js";
import { cameoActor, createGdeltReader, fipsCountry, GDELT_CROSSWALK, GDELT_SKIP_REASONS, type GdeltReport, parseGdelt, readGdelt } from "./gdelt.js";

const SHARED = new URL("../../../../../shared/data/gdelt/", import.meta.url);
const V2_FILE = "20191024143000.export.CSV";
const V1_FILE = "gdelt1-daily-sample-events.tsv";

interface Side {
  code?: string;
  country?: string;
  group?: string;
  types?: string[];
}
interface RowSpec {
  id?: string;
  day?: string;
  code: string;
  a?: Side;
  b?: Side;
  geo?: { type: string; name: string; country: string };
  url?: string;
  layout?: 61 | 58 | 57;
}

/** A GDELT row with the fields the importer reads; the rest stay empty as in real exports. */
function row(spec: RowSpec): string {
  const cells = Array.from({ length: spec.layout ?? 61 }, () => "");
  const put = (i: number, value: string) => (cells[i] = value);
  const side = (s: Side | undefined, at: number) => {
    if (!s) return;
    put(at, s.code ?? `${s.country ?? ""}${(s.types ?? []).join("")}`);
    put(at + 2, s.country ?? "");
    put(at + 3, s.group ?? "");
    (s.types ?? []).forEach((t, i) => put(at + 7 + i, t));
  };
  put(0, spec.id ?? "1001");
  put(1, spec.day ?? "20230330");
  side(spec.a, 5);
  side(spec.b, 15);
  put(26, spec.code);
  put(31, "6");
  put(32, "2");
  put(33, "5");
  const v2 = (spec.layout ?? 61) === 61;
  const geo = v2 ? 51 : 49;
  if (spec.geo) {
    put(geo, spec.geo.type);
    put(geo + 1, spec.geo.name);
    put(geo + 2, spec.geo.country);
  }
  put(v2 ? 59 : 56, v2 ? "20230331120000" : "20230331");
  if (spec.layout !== 57) put(v2 ? 60 : 57, spec.url ?? "https://news.example.org/a");
  return cells.join("\t");
}

const AZ = { country: "AZE" };
const IL = { country: "ISR" };
const AZ_GOV = { country: "AZE", types: ["GOV"] };
const IL_GOV = { country: "ISR", types: ["GOV"] };

const one = (spec: RowSpec) => parseGdelt(`${row(spec)}\n`, { file: "t.tsv" });

describe("createGdeltReader on the shared GDELT files", () => {
  const read = (file: string) => parseGdelt(readFileSync(new URL(file, SHARED), "utf8"), { file });
  const balanced = (report: GdeltReport) => {
    const kept = Object.values(report.byCode).reduce((a, b) => a + b, 0);
    const skipped = Object.values(report.skipped).reduce((a, b) => a + b, 0);
    expect(kept + skipped).toBe(report.rows);
    expect(report.events + report.merged).toBe(kept);
  };

  it("reads a GDELT 2.0 export: every row kept or skipped by reason, every event valid", () => {
    const { events, report } = read(V2_FILE);
    expect(report.rows).toBe(2111);
    expect(report.versions).toEqual({ "2.0": 2111, "1.0": 0 });
    expect(report.skipped.malformed).toBe(0);
    expect(report.skipped["not-diplomatic"]).toBeGreaterThan(1000);
    expect(events.length).toBe(report.events);
    expect(events.length).toBeGreaterThan(20);
    balanced(report);
    for (const event of events) {
      expect(DiplomaticEvent.parse(event)).toEqual(event);
      expect(event.sources[0]).toMatchObject({ rule: "gdelt", input: expect.stringMatching(/^20191024143000\.export\.CSV:\d+$/), url: expect.stringMatching(/^https?:/) });
    }
  });

  it("reads GDELT 1.0 daily rows of 57 and 58 columns; rows before April 2013 have no SOURCEURL", () => {
    const { events, report } = read(V1_FILE);
    expect(report.rows).toBe(710);
    expect(report.versions).toEqual({ "2.0": 0, "1.0": 710 });
    balanced(report);
    expect(events.some((e) => e.date!.startsWith("2016") && e.sources[0]!.url)).toBe(true);
    expect(events.filter((e) => e.date!.startsWith("1982")).every((e) => e.sources.every((s) => s.url === undefined))).toBe(true);
  });
});

describe("the GDELT crosswalk", () => {
  it.each([
    ["040", "meeting", "AZ", "IL"],
    ["041", "phone-call", "AZ", "IL"],
    ["042", "visit", "AZ", "IL"],
    ["043", "visit", "IL", "AZ"],
    ["044", "meeting", "AZ", "IL"],
    ["045", "meeting", "AZ", "IL"],
    ["046", "meeting", "AZ", "IL"],
    ["054", "recognition", "AZ", "IL"],
    ["057", "agreement", "AZ", "IL"],
    ["161", "relations-severed", "AZ", "IL"],
  ])("maps CAMEO %s to %s %s→%s", (code, type, source, target) => {
    const { events } = one({ code, a: AZ, b: IL });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type, source, target, cameo: code, date: "2023-03-30", reported: "2023-03-31", modality: "asserted" });
  });

  it.each(["166", "174"])("maps %s to diplomat-expelled only when the target is a government", (code) => {
    expect(one({ code, a: AZ_GOV, b: IL_GOV }).events[0]).toMatchObject({ type: "diplomat-expelled", source: "AZ", target: "IL" });
    expect(one({ code, a: AZ_GOV, b: IL }).report.skipped["not-government"]).toBe(1);
  });

  it.each(["036", "050", "0311", "1313", "160", "1661", "1662", "064", "010"])("leaves %s out as not diplomatic", (code) => {
    const { events, report } = one({ code, a: AZ, b: IL });
    expect(events).toEqual([]);
    expect(report.skipped["not-diplomatic"]).toBe(1);
  });

  it("maps only CAMEO codes of the codebook", () => {
    const codebook = new Set(readFileSync(new URL("../cameo/CAMEO.eventcodesfull.txt", SHARED), "utf8").split("\n").map((l) => l.split("\t")[0]));
    for (const code of Object.keys(GDELT_CROSSWALK)) expect(codebook.has(code)).toBe(true);
  });
});

describe("GDELT actors", () => {
  it.each([
    ["an organisation by its known group", { code: "IGOEUREEC", country: "EUR", group: "EEC", types: ["IGO"] }, "EU"],
    ["a state's government", { country: "ISR", types: ["GOV"] }, "IL"],
    ["a state and its legislature", { country: "ISR", types: ["LEG"] }, "IL"],
    ["a government elite", { code: "ISRELIGOV", country: "ISR", types: ["ELI", "GOV"] }, "IL"],
    ["Gaza as Palestine", { country: "GZS" }, "PS"],
    ["Kosovo by its CAMEO code", { country: "KSV" }, "XK"],
    ["Romania by its CAMEO code", { country: "ROM" }, "RO"],
  ])("reads %s", (_, b, code) => {
    expect(one({ code: "042", a: AZ, b }).events[0]?.target).toBe(code);
  });

  it.each([
    ["a region", { country: "AFR" }, "unknown-actor", "AFR"],
    ["an organisation Chancery does not know", { code: "IGOWSTIMF", country: "WST", group: "IMF", types: ["IGO"] }, "unknown-actor", "IGO IMF"],
    ["a business", { country: "ISR", types: ["BUS"] }, "non-state-actor", "ISRBUS"],
    ["a non-state group", { code: "PSEHMS", country: "PSE", group: "HMS" }, "non-state-actor", "PSEHMS (HMS)"],
    ["a government of no country", { types: ["GOV"] }, "unknown-actor", "GOV"],
  ])("skips %s", (_, b, reason, value) => {
    const { events, report } = one({ code: "042", a: AZ, b });
    expect(events).toEqual([]);
    expect(report.skipped[reason as keyof GdeltReport["skipped"]]).toBe(1);
    expect(report.actors).toEqual({ [value]: 1 });
  });

  it("skips one-sided rows and a state acting on itself", () => {
    expect(one({ code: "042", a: AZ }).report.skipped["missing-actor"]).toBe(1);
    expect(one({ code: "042", a: AZ, b: AZ_GOV }).report.skipped["same-actor"]).toBe(1);
  });
});

describe("GDELT rows to events", () => {
  it("keeps ids, URL, counts and file:line as provenance, and ActionGeo (FIPS) as the location", () => {
    const { events } = one({ id: "881990833", code: "042", a: AZ, b: IL, geo: { type: "4", name: "Tel Aviv, Tel Aviv, Israel", country: "IS" } });
    expect(events[0]).toMatchObject({
      id: "gdelt-881990833",
      location: { city: "Tel Aviv", country: "IL" },
      plover: { category: "CONSULT", mode: "visit" },
      sources: [{ rule: "gdelt", input: "t.tsv:1", externalId: "881990833", reach: { mentions: 6, sources: 2, articles: 5 }, url: "https://news.example.org/a", confidence: 0.5, spans: [] }],
    });
  });

  it("reads FIPS codes that differ from ISO (GM Germany, VM Vietnam, AE Emirates); a country-level place has no city", () => {
    const place = (country: string) => one({ code: "042", a: AZ, b: IL, geo: { type: "1", name: "x", country } }).events[0]?.location;
    expect(place("GM")).toEqual({ city: null, country: "DE" });
    expect(place("VM")).toEqual({ city: null, country: "VN" });
    expect(place("AE")).toEqual({ city: null, country: "AE" });
    expect(place("OS")).toBeNull();
  });

  it("merges the 042 and 043 rows of one visit, and both sides of a meeting, into one event with their sources", () => {
    const text = [
      row({ id: "1", code: "042", a: AZ, b: IL }),
      row({ id: "2", code: "043", a: IL, b: AZ }),
      row({ id: "3", code: "040", a: AZ, b: IL }),
      row({ id: "4", code: "040", a: IL, b: AZ }),
      row({ id: "5", code: "042", a: AZ, b: IL, day: "20230401" }),
    ].join("\n");
    const { events, report } = parseGdelt(text);
    expect(events.map((e) => [e.id, e.type, e.source, e.target, e.sources.map((s) => s.externalId)])).toEqual([
      ["gdelt-1", "visit", "AZ", "IL", ["1", "2"]],
      ["gdelt-3", "meeting", "AZ", "IL", ["3", "4"]],
      ["gdelt-5", "visit", "AZ", "IL", ["5"]],
    ]);
    expect(report).toMatchObject({ events: 3, merged: 2 });
    expect(parseGdelt(text, { window: 0 }).events).toHaveLength(5);
  });

  it("hands events out once they leave the window, so memory stays bounded", () => {
    const reader = createGdeltReader({ window: 2 });
    const day = (d: number) => `202303${String(d).padStart(2, "0")}`;
    const out = [1, 2, 3, 4].flatMap((d) => reader.write(`${row({ id: String(d), code: "042", a: AZ, b: IL, day: day(d) })}\n`));
    expect(out.map((e) => e.id)).toEqual(["gdelt-1", "gdelt-2"]);
    expect(reader.end().map((e) => e.id)).toEqual(["gdelt-3", "gdelt-4"]);
    expect(reader.report.events).toBe(4);
  });

  it("counts malformed lines with their file and line, and reads on", () => {
    const text = [
      row({ code: "042", a: AZ, b: IL }),
      "881990833\t20230330\tonly three",
      row({ code: "04x", a: AZ, b: IL }),
      row({ code: "042", a: AZ, b: IL, day: "20230231" }),
      row({ id: "n/a", code: "042", a: AZ, b: IL }),
      row({ id: "2", code: "057", a: AZ, b: IL }),
      row({ code: "010", a: AZ, b: IL }).split("\t").slice(0, 40).join("\t"),
    ].join("\n");
    const { events, report } = parseGdelt(text, { file: "x.CSV" });
    expect(events).toHaveLength(2);
    expect(report.skipped.malformed).toBe(5);
    expect(report.malformed).toMatchInlineSnapshot(`
      [
        {
          "file": "x.CSV",
          "line": 2,
          "message": "expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns, found 3",
        },
        {
          "file": "x.CSV",
          "line": 3,
          "message": "EventCode must be a CAMEO code such as 042, found "04x"",
        },
        {
          "file": "x.CSV",
          "line": 4,
          "message": "SQLDATE must be a day YYYYMMDD, found "20230231"",
        },
        {
          "file": "x.CSV",
          "line": 5,
          "message": "GLOBALEVENTID must be a number, found "n/a"",
        },
        {
          "file": "x.CSV",
          "line": 7,
          "message": "the last columns are not GDELT's DATEADDED and SOURCEURL: the line is cut short or has extra columns",
        },
      ]
    `);
  });

  it("skips a header row, a byte-order mark, blank lines and CRLF endings", () => {
    const text = `\uFEFFGLOBALEVENTID\tSQLDATE\n\r\n${row({ code: "042", a: AZ, b: IL })}\r\n`;
    const { events, report } = parseGdelt(text);
    expect(events).toHaveLength(1);
    expect(report.rows).toBe(1);
    expect(events[0]!.sources[0]!.input).toBe("gdelt:3");
  });

  it("numbers lines per file and keeps the layouts apart", () => {
    const reader = createGdeltReader();
    reader.startFile("a.CSV");
    reader.write(`${row({ id: "1", code: "042", a: AZ, b: IL })}\n${row({ id: "2", code: "041", a: AZ, b: IL })}`);
    reader.startFile("b.tsv");
    reader.write(row({ id: "3", code: "057", a: AZ, b: IL, layout: 57 }));
    const events = reader.end();
    expect(events.map((e) => e.sources[0]!.input)).toEqual(["a.CSV:1", "a.CSV:2", "b.tsv:1"]);
    expect(events[2]!.sources[0]!.url).toBeUndefined();
    expect(reader.report.versions).toEqual({ "2.0": 2, "1.0": 1 });
  });

  it("streams bytes, even when a chunk ends inside a character", async () => {
    const text = `${row({ code: "042", a: AZ, b: IL, geo: { type: "4", name: "Zürich, Zurich, Switzerland", country: "SZ" } })}\n`;
    const bytes = new TextEncoder().encode(text);
    const cut = bytes.indexOf(0xc3) + 1;
    const batches = [];
    for await (const batch of readGdelt([bytes.slice(0, cut), bytes.slice(cut)])) batches.push(batch);
    expect(batches.flat()[0]?.location).toEqual({ city: "Zürich", country: "CH" });
  });

  it("gives the same events however the text is cut into chunks", () => {
    const text = readFileSync(new URL(V2_FILE, SHARED), "utf8").slice(0, 60_000);
    const whole = parseGdelt(text).events;
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 8 }), (cuts) => {
        const points = [0, ...cuts.sort((a, b) => a - b), text.length];
        const reader = createGdeltReader();
        const events = points.slice(1).flatMap((end, i) => reader.write(text.slice(points[i], end)));
        expect([...events, ...reader.end()]).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  it("never throws and never hands out an invalid event, whatever the text", () => {
    const real = readFileSync(new URL(V2_FILE, SHARED), "utf8").split("\n").slice(0, 200);
    const line = fc.oneof(fc.constantFrom(...real), fc.string(), fc.constantFrom(...real).chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const { events, report } = parseGdelt(lines.join("\n"));
        for (const event of events) expect(DiplomaticEvent.safeParse(event).success).toBe(true);
        expect(GDELT_SKIP_REASONS.every((r) => report.skipped[r] >= 0)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe("cameoActor and fipsCountry", () => {
  it("give the codes GDELT writes for a state or an organisation", () => {
    expect(cameoActor("RO")).toEqual({ country: "ROM", group: "" });
    expect(cameoActor("PS")).toEqual({ country: "PSE", group: "" });
    expect(cameoActor("EU")).toEqual({ country: "", group: "EEC" });
    expect(fipsCountry("DE")).toBe("GM");
    expect(fipsCountry("VN")).toBe("VM");
  });

  it("give nothing for codes they do not know", () => {
    expect(cameoActor("UNESCO")).toBeUndefined();
    expect(fipsCountry("EU")).toBeUndefined();
  });
});
