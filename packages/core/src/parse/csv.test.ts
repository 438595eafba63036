import { describe, expect, it } from "vitest";
import { formatIssue } from "../errors.js";
import { parseRecords } from "./parse.js";

const csv = (text: string, kind: "auto" | "mission" | "official" | "event" = "auto") => parseRecords(text, { format: "csv", kind, file: "records.csv" });

describe("CSV records", () => {
  it("maps flat columns, lat/lon, dotted columns and list cells to fields", () => {
    const text = "sender,host,kind,city,status,lat,lon,externalIds.wikidata\nGD,RH,embassy,Edoras,open,47.5,-3.25,Q42\n";
    expect(csv(text).missions).toEqual([
      {
        sender: "GD", host: "RH", kind: "embassy", city: "Edoras", status: "open", coordinates: { lat: 47.5, lon: -3.25 },
        externalIds: { wikidata: "Q42" }, history: [], sources: [],
      },
    ]);
    const officials = "name;country;role;aliases\nAragorn;GD;head-of-state;Elessar | Strider;Estel\n";
    expect(csv(officials).issues.map(formatIssue)).toEqual(["records.csv:2: this row has 5 cells but the header has 4; quote cells that contain the delimiter"]);
    expect(csv('name;country;role;aliases\nAragorn;GD;head-of-state;"Elessar | Strider;Estel"\n').officials[0]?.aliases).toEqual(["Elessar", "Strider", "Estel"]);
  });

  it("detects semicolons and tabs, and reads an empty cell as absent (or null where the field must be there)", () => {
    const text = "type\tsource\ttarget\tdate\tofficials\nrecognition\tGD\t\t\t\n";
    expect(csv(text).events[0]).toMatchObject({ type: "recognition", source: "GD", target: null, date: null, officials: [] });
  });

  it("gives each bad row its own line, counting quoted line breaks, and keeps the good rows", () => {
    const text = [
      "sender,host,kind,city,status,representationLevel",
      'GD,RH,consulate,"Aldburg',
      'East",planned,2',
      "",
      "GD,RH,embassy,Edoras,opened,3",
      "GD,RH,embassy,Edoras",
      "GD,rh,embassy,,open,five",
      'GD,RH,embassy,"Hornburg"x,open,3',
    ].join("\n");
    const result = csv(text);
    expect(result.missions.map((m) => m.city)).toEqual(["Aldburg\nEast"]);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "records.csv:5: status: expected one of planned, approved, open, suspended, closed (did you mean "open"?) (received "opened")",
        "records.csv:6: this row has 4 cells but the header has 6; quote cells that contain the delimiter",
        "records.csv:7: host: expected an ISO 3166-1 alpha-2 code (AZ, PS, XK) or an organisation code (UN, EU, AFRICAN-UNION…) (received "rh")",
        "records.csv:7: representationLevel: expected one of 0, 1, 2, 3, 9 (received "five")",
        "records.csv:8: text after a closing quote; quote the whole cell and double quotes inside it ("")",
      ]
    `);
  });

  it("reports unknown, repeated and empty header names once, not on every row", () => {
    const text = "sender,host,kind,status,sttaus,host,\nGD,RH,embassy,open,x,y,z\nGD,AR,embassy,open,x,y,z\n";
    const result = csv(text, "mission");
    expect(result.missions).toHaveLength(2);
    expect(result.issues.map(formatIssue)).toMatchInlineSnapshot(`
      [
        "records.csv:1: sttaus: unknown column, ignored (did you mean "status"?)",
        "records.csv:1: host: the header repeats this column; only its first is read",
        "records.csv:1: column 7: the header has an empty column name",
      ]
    `);
  });

  it("cannot be steered into an object's prototype by its header", () => {
    const result = csv("name,country,role,__proto__,constructor.prototype\nGríma,RH,official,x,y\n");
    expect(result.officials).toHaveLength(1);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("gives a header-only or empty file no records and no issues", () => {
    expect(csv("sender,host,kind,status\n")).toEqual({ missions: [], officials: [], events: [], issues: [] });
    expect(csv("")).toEqual({ missions: [], officials: [], events: [], issues: [] });
  });
});
