import { describe, expect, it } from "vitest";
import { DiplomaticEvent, EVENT_CROSSWALK, EVENT_TYPES, Location, MissionRef, SYMMETRIC_EVENT_TYPES } from "./event.js";

const visit = { type: "visit", source: "AZ", target: "PS", date: "2023-03-30" } as const;

describe("DiplomaticEvent", () => {
  it("fills defaults", () => {
    expect(DiplomaticEvent.parse(visit)).toEqual({
      ...visit, participants: [], reported: null, location: null, officials: [], mission: null, modality: "asserted", sources: [],
    });
  });

  it("accepts a null date and null parties, but not a missing date", () => {
    expect(DiplomaticEvent.parse({ type: "recognition", source: "GD", target: null, date: null }).date).toBeNull();
    expect(DiplomaticEvent.safeParse({ type: "recognition", source: "GD", target: null }).success).toBe(false);
  });

  it("accepts a mission event with its mission, location and codes", () => {
    const event = DiplomaticEvent.parse({
      type: "mission-opened",
      source: "AZ",
      target: "IL",
      date: "2023-03-29",
      reported: "2023-03-30",
      location: { city: "Tel Aviv" },
      officials: ["Jeyhun Bayramov"],
      mission: { sender: "AZ", host: "IL", kind: "embassy", city: "Tel Aviv" },
      cameo: "050",
      plover: { category: "COOPERATE", mode: "open-mission" },
    });
    expect(event.location).toEqual({ city: "Tel Aviv", country: null });
  });

  it.each([
    ["an unknown type", { type: "summit" }, "type"],
    ["a free-text date", { date: "Thursday" }, "date"],
    ["a reported interval", { reported: "2023-03" }, "reported"],
    ["an empty official name", { officials: [""] }, "officials.0"],
    ["a non-numeric CAMEO code", { cameo: "04a" }, "cameo"],
    ["an unknown modality", { modality: "rumoured" }, "modality"],
    ["an unknown field", { actor: "AZ" }, ""],
  ])("rejects %s", (_, change, path) => {
    const issues = DiplomaticEvent.safeParse({ ...visit, ...change }).error?.issues ?? [];
    expect(issues.map((i) => i.path.join("."))).toContain(path);
  });
});

describe("Location and MissionRef", () => {
  it("default their missing parts to null", () => {
    expect(Location.parse({})).toEqual({ city: null, country: null });
    expect(MissionRef.parse({ sender: "AZ", host: "IL", kind: "embassy" })).toEqual({ sender: "AZ", host: "IL", kind: "embassy", city: null });
  });

  it("reject bad codes", () => {
    expect(Location.safeParse({ country: "Israel" }).success).toBe(false);
    expect(MissionRef.safeParse({ sender: "AZ", host: "IL", kind: "castle" }).success).toBe(false);
  });
});

describe("EVENT_CROSSWALK", () => {
  it("maps every event type to a CAMEO code the schema accepts", () => {
    for (const type of EVENT_TYPES) {
      const { cameo, plover, mode } = EVENT_CROSSWALK[type];
      expect(DiplomaticEvent.safeParse({ ...visit, type, cameo, plover: { category: plover, mode } }).success).toBe(true);
    }
  });

  it("marks only event types as symmetric", () => {
    for (const type of SYMMETRIC_EVENT_TYPES) expect(EVENT_TYPES).toContain(type);
    expect(SYMMETRIC_EVENT_TYPES.has("visit")).toBe(false);
  });
});
