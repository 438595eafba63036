import { describe, expect, it } from "vitest";
import { Coordinates, DiplomaticMission, MISSION_KINDS, missionId, MissionStatusChange, RepresentationLevel, slug } from "./mission.js";

const embassy = { sender: "AZ", host: "IL", kind: "embassy", status: "open", city: "Tel Aviv" } as const;

describe("DiplomaticMission", () => {
  it("fills defaults for a minimal mission", () => {
    expect(DiplomaticMission.parse({ sender: "GD", host: "AR", kind: "consulate", status: "planned" })).toEqual({
      sender: "GD", host: "AR", kind: "consulate", status: "planned", city: null, history: [], sources: [],
    });
  });

  it("accepts every optional field", () => {
    const full = {
      ...embassy,
      id: "AZ-IL-embassy-tel-aviv",
      coordinates: { lat: 32.08, lon: 34.78 },
      representationLevel: 3,
      headOfMission: "Mukhtar Mammadov",
      history: [{ status: "approved", date: "2022-11-18", sources: [] }, { status: "open", date: "2023-03-29", sources: [] }],
      externalIds: { wikidata: "Q117" },
      sources: [{ rule: "csv", confidence: 1, spans: [], input: "missions.csv:2" }],
    };
    expect(DiplomaticMission.parse(full)).toEqual(full);
  });

  it.each([
    ["an unknown kind", { kind: "palace" }, "kind"],
    ["an unknown status", { status: "opened" }, "status"],
    ["a lower-case sender", { sender: "az" }, "sender"],
    ["an empty city", { city: "" }, "city"],
    ["a latitude past the pole", { coordinates: { lat: 91, lon: 0 } }, "coordinates.lat"],
    ["representation level 4", { representationLevel: 4 }, "representationLevel"],
    ["a history date that is not EDTF", { history: [{ status: "open", date: "spring" }] }, "history.0.date"],
    ["an unknown field", { ambassador: "X" }, ""],
  ])("rejects %s", (_, change, path) => {
    const issues = DiplomaticMission.safeParse({ ...embassy, ...change }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("requires sender, host, kind and status", () => {
    const issues = DiplomaticMission.safeParse({}).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toEqual(["sender", "host", "kind", "status"]);
  });
});

describe("small mission schemas", () => {
  it("accept their values", () => {
    expect(Coordinates.parse({ lat: -90, lon: 180 })).toEqual({ lat: -90, lon: 180 });
    expect(RepresentationLevel.parse(9)).toBe(9);
    expect(MissionStatusChange.parse({ status: "closed", date: null })).toEqual({ status: "closed", date: null, sources: [] });
  });

  it("reject the rest", () => {
    expect(Coordinates.safeParse({ lat: 0, lon: 181 }).success).toBe(false);
    expect(Coordinates.safeParse({ lat: "0", lon: 0 }).success).toBe(false);
    expect(RepresentationLevel.safeParse(2.5).success).toBe(false);
    expect(MissionStatusChange.safeParse({ status: "closed" }).success).toBe(false);
  });

  it("lists kinds in SCHEMA.md order", () => {
    expect(MISSION_KINDS[0]).toBe("embassy");
    expect(MISSION_KINDS.at(-1)).toBe("other");
  });
});

describe("missionId", () => {
  it("joins sender, host, kind and the city's slug", () => {
    expect(missionId(embassy)).toBe("AZ-IL-embassy-tel-aviv");
    expect(missionId({ sender: "CO", host: "ES", kind: "consulate-general", city: "Bogotá D.C." })).toBe("CO-ES-consulate-general-bogota-d-c");
  });

  it("leaves the city out when there is none", () => {
    expect(missionId({ sender: "AZ", host: "PS", kind: "representative-office", city: null })).toBe("AZ-PS-representative-office");
    expect(missionId({ sender: "AZ", host: "PS", kind: "representative-office", city: "" })).toBe("AZ-PS-representative-office");
  });
});

describe("slug", () => {
  it("strips accents and punctuation", () => {
    expect(slug("  Ramallah / رام الله — Zürich ")).toBe("ramallah-zurich");
  });

  it("gives an empty slug for text without Latin letters or digits", () => {
    expect(slug("القدس")).toBe("");
  });
});
