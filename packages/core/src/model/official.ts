import * as z from "zod";
import { ActorCode } from "./actor.js";
import { EdtfDate } from "./date.js";
import { Provenance } from "./provenance.js";

export const ROLES = [
  "head-of-state", "head-of-government", "foreign-minister", "deputy-foreign-minister", "minister", "ambassador",
  "charge-d-affaires", "consul", "envoy", "diplomat", "legislator", "official",
] as const;
export const Role = z.enum(ROLES).meta({ id: "Role" });
export type Role = z.infer<typeof Role>;
/** People who represent a state abroad. */
export const ENVOY_ROLES: ReadonlySet<string> = new Set<Role>(["ambassador", "charge-d-affaires", "consul", "envoy", "diplomat"]);
/** Envoys who head a resident post, and so live where they serve: their talks there are no visit (a special envoy's are). */
export const RESIDENT_ROLES: ReadonlySet<string> = new Set<Role>(["ambassador", "charge-d-affaires", "consul"]);
export const isEnvoyRole = (role: string | undefined): boolean => role !== undefined && ENVOY_ROLES.has(role);

export const Position = z
  .strictObject({
    role: Role,
    title: z.string().min(1).nullable().default(null).describe("The title as written: 'Minister of Foreign Affairs'."),
    country: ActorCode.nullable().default(null).describe("The state the position serves, when it differs from the official's."),
    accreditedTo: ActorCode.nullable().default(null).describe("For envoys: the state or organisation they are accredited to."),
    from: EdtfDate.nullable().default(null),
    to: EdtfDate.nullable().default(null),
  })
  .meta({ id: "Position" });
export type Position = z.infer<typeof Position>;

export const Official = z
  .strictObject({
    id: z.string().min(1).optional(),
    name: z.string().min(1).describe("The fullest form of the name, without honorifics."),
    aliases: z.array(z.string().min(1)).default([]),
    country: ActorCode.describe("The state or organisation the person serves."),
    role: Role.describe("The role in this record's context (the latest position)."),
    title: z.string().min(1).nullable().default(null),
    positions: z.array(Position).default([]),
    sources: z.array(Provenance).default([]),
  })
  .meta({ id: "Official", description: "A named person with a government or diplomatic role." });
export type Official = z.infer<typeof Official>;
