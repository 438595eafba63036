import * as z from "zod";

/** International organisations that can host a mission or take part in an event (SCHEMA.md codes; AU is Australia). */
export const ORGANISATION_CODES = [
  "UN", "EU", "AFRICAN-UNION", "NATO", "OIC", "ASEAN", "OSCE", "ARAB-LEAGUE", "GCC", "CIS", "WHO", "UNESCO", "IAEA", "WTO",
] as const;
export const OrganisationCode = z.enum(ORGANISATION_CODES);
export type OrganisationCode = z.infer<typeof OrganisationCode>;

/** ISO 3166-1 alpha-2 (plus XK) for states and territories, or an organisation code. */
export const ActorCode = z
  .string()
  .regex(/^(?:[A-Z]{2}|[A-Z]{2,}(?:-[A-Z]+)*)$/, { message: "expected an ISO 3166-1 alpha-2 code (AZ, PS, XK) or an organisation code (UN, EU, AFRICAN-UNION…)" })
  .meta({ id: "ActorCode", description: "ISO 3166-1 alpha-2 country code, XK for Kosovo, or an organisation code.", examples: ["AZ", "PS", "AFRICAN-UNION"] });
export type ActorCode = z.infer<typeof ActorCode>;

export const ActorKind = z.enum(["state", "territory", "organisation"]);
export type ActorKind = z.infer<typeof ActorKind>;

export const Actor = z
  .strictObject({
    code: ActorCode,
    kind: ActorKind,
    name: z.string().min(1).describe("Common English name."),
    officialName: z.string().nullable(),
    aliases: z.array(z.string()).describe("Other names and short forms a text may use."),
    demonyms: z.array(z.string()).describe("Demonyms and adjectives: Azerbaijani, Azeri."),
    capital: z.string().nullable(),
    iso3: z.string().regex(/^[A-Z]{3}$/).nullable(),
    cameo: z.string().regex(/^[A-Z]{3}$/).nullable().describe("CAMEO actor code."),
    wikidata: z.string().regex(/^Q\d+$/).nullable().optional(),
  })
  .meta({ id: "Actor", description: "A state, territory or international organisation." });
export type Actor = z.infer<typeof Actor>;
