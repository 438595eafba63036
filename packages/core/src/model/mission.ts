import * as z from "zod";
import { unaccented } from "../unaccented.js";
import { ActorCode } from "./actor.js";
import { EdtfDate } from "./date.js";
import { Provenance } from "./provenance.js";

export const MISSION_KINDS = [
  "embassy", "high-commission", "consulate-general", "consulate", "honorary-consulate", "representative-office",
  "trade-office", "liaison-office", "interests-section", "permanent-mission", "delegation", "nunciature", "other",
] as const;
export const MissionKind = z.enum(MISSION_KINDS).meta({ id: "MissionKind" });
export type MissionKind = z.infer<typeof MissionKind>;

/** Lifecycle order: a later status by date wins, but an announcement never moves an approved mission back. */
export const MISSION_STATUSES = ["planned", "approved", "open", "suspended", "closed"] as const;
export const MissionStatus = z.enum(MISSION_STATUSES).meta({ id: "MissionStatus" });
export type MissionStatus = z.infer<typeof MissionStatus>;

/** Correlates of War Diplomatic Exchange coding: 0 none, 1 chargé d'affaires, 2 minister, 3 ambassador, 9 other. */
export const RepresentationLevel = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(9)]).meta({
  id: "RepresentationLevel",
  description: "Correlates of War coding: 0 none, 1 chargé d'affaires, 2 minister, 3 ambassador, 9 other.",
});
export type RepresentationLevel = z.infer<typeof RepresentationLevel>;

export const Coordinates = z
  .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
  .meta({ id: "Coordinates" });
export type Coordinates = z.infer<typeof Coordinates>;

export const MissionStatusChange = z
  .strictObject({
    status: MissionStatus,
    date: EdtfDate.nullable().describe("When the change happened (not when it was reported)."),
    sources: z.array(Provenance).default([]),
  })
  .meta({ id: "MissionStatusChange" });
export type MissionStatusChange = z.infer<typeof MissionStatusChange>;

export const DiplomaticMission = z
  .strictObject({
    id: z.string().min(1).optional().describe("Stable id; derived from sender, host, kind and city when absent."),
    sender: ActorCode.describe("The state (or organisation) the mission represents."),
    host: ActorCode.describe("Where it is accredited: a state or an organisation."),
    kind: MissionKind,
    city: z.string().min(1).nullable().default(null),
    coordinates: Coordinates.nullable().optional(),
    status: MissionStatus.describe("The latest status reported."),
    representationLevel: RepresentationLevel.optional(),
    headOfMission: z.string().min(1).nullable().optional().describe("Name of the head of mission, as in `Official.name`."),
    history: z.array(MissionStatusChange).default([]),
    externalIds: z.record(z.string(), z.string()).optional().describe("Ids elsewhere, e.g. { wikidata: 'Q123' }."),
    sources: z.array(Provenance).default([]),
  })
  .meta({ id: "DiplomaticMission", description: "A diplomatic or consular post of one state in another (or at an organisation)." });
export type DiplomaticMission = z.infer<typeof DiplomaticMission>;

/** A readable, stable id for a mission: `AZ-IL-embassy-tel-aviv`. */
export function missionId(m: Pick<DiplomaticMission, "sender" | "host" | "kind" | "city">): string {
  const city = m.city ? `-${slug(m.city)}` : "";
  return `${m.sender}-${m.host}-${m.kind}${city}`;
}

export function slug(text: string): string {
  return unaccented(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
