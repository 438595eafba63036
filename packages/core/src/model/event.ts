import * as z from "zod";
import { ActorCode } from "./actor.js";
import { EdtfDate, IsoDay } from "./date.js";
import { MissionKind } from "./mission.js";
import { Provenance } from "./provenance.js";

export const EVENT_TYPES = [
  "visit", "meeting", "phone-call", "agreement",
  "mission-announced", "mission-approved", "mission-opened", "mission-closed", "mission-upgraded", "mission-downgraded",
  "ambassador-appointed", "credentials-presented", "ambassador-recalled", "diplomat-expelled",
  "relations-established", "relations-severed", "recognition",
] as const;
export const EventType = z.enum(EVENT_TYPES).meta({ id: "EventType" });
export type EventType = z.infer<typeof EventType>;

/** Types where source and target play the same part, so (A, B) and (B, A) are the same dyad. */
export const SYMMETRIC_EVENT_TYPES: ReadonlySet<EventType> = new Set(["meeting", "phone-call", "agreement", "relations-established"]);

export const Modality = z.enum(["asserted", "planned", "negated", "hypothetical"]).meta({
  id: "Modality",
  description: "asserted: reported as happened; planned: announced for the future; negated: denied or did not happen; hypothetical: conditional, threatened or rumoured.",
});
export type Modality = z.infer<typeof Modality>;

export const PLOVER_CATEGORIES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;
export const PloverCategory = z.enum(PLOVER_CATEGORIES);
export type PloverCategory = z.infer<typeof PloverCategory>;

/** Chancery type → CAMEO code and PLOVER category/mode. docs/cameo-plover-crosswalk.md explains each row. */
export const EVENT_CROSSWALK: Readonly<Record<EventType, { cameo: string; plover: PloverCategory; mode: string | null }>> = {
  visit: { cameo: "042", plover: "CONSULT", mode: "visit" },
  meeting: { cameo: "040", plover: "CONSULT", mode: "meet" },
  "phone-call": { cameo: "041", plover: "CONSULT", mode: "phone" },
  agreement: { cameo: "057", plover: "AGREE", mode: "sign" },
  "mission-announced": { cameo: "030", plover: "COOPERATE", mode: "intend" },
  "mission-approved": { cameo: "050", plover: "COOPERATE", mode: "approve" },
  "mission-opened": { cameo: "050", plover: "COOPERATE", mode: "open-mission" },
  "mission-closed": { cameo: "161", plover: "SANCTION", mode: "close-mission" },
  "mission-upgraded": { cameo: "050", plover: "COOPERATE", mode: "upgrade" },
  "mission-downgraded": { cameo: "161", plover: "SANCTION", mode: "downgrade" },
  "ambassador-appointed": { cameo: "050", plover: "COOPERATE", mode: "appoint" },
  "credentials-presented": { cameo: "050", plover: "COOPERATE", mode: "credentials" },
  "ambassador-recalled": { cameo: "161", plover: "SANCTION", mode: "recall" },
  "diplomat-expelled": { cameo: "166", plover: "SANCTION", mode: "expel" },
  "relations-established": { cameo: "050", plover: "COOPERATE", mode: "establish-relations" },
  "relations-severed": { cameo: "161", plover: "SANCTION", mode: "break-relations" },
  recognition: { cameo: "054", plover: "SUPPORT", mode: "recognize" },
};

export const Location = z
  .strictObject({ city: z.string().min(1).nullable().default(null), country: ActorCode.nullable().default(null) })
  .meta({ id: "Location" });
export type Location = z.infer<typeof Location>;

export const MissionRef = z
  .strictObject({ sender: ActorCode, host: ActorCode, kind: MissionKind, city: z.string().min(1).nullable().default(null) })
  .meta({ id: "MissionRef", description: "The mission an event concerns, by its identifying fields." });
export type MissionRef = z.infer<typeof MissionRef>;

export const DiplomaticEvent = z
  .strictObject({
    id: z.string().min(1).optional(),
    type: EventType,
    source: ActorCode.nullable().describe("The acting state; the visitor for a visit, the expelling state for an expulsion."),
    target: ActorCode.nullable().describe("The state acted upon; the host for a visit."),
    participants: z.array(ActorCode).default([]).describe("Further parties of a multilateral event."),
    date: EdtfDate.nullable().describe("When it happened, as EDTF; null when the text gives no date."),
    reported: IsoDay.nullable().default(null).describe("When it was reported (the document's published day)."),
    location: Location.nullable().default(null),
    officials: z.array(z.string().min(1)).default([]).describe("Names of the officials taking part, as in `Official.name`."),
    mission: MissionRef.nullable().default(null),
    modality: Modality.default("asserted"),
    cameo: z.string().regex(/^\d{2,4}$/).nullable().optional(),
    plover: z.strictObject({ category: PloverCategory, mode: z.string().nullable() }).nullable().optional(),
    sources: z.array(Provenance).default([]),
  })
  .meta({ id: "DiplomaticEvent", description: "Something that happened between states: a visit, an agreement, an embassy opening…" });
export type DiplomaticEvent = z.infer<typeof DiplomaticEvent>;
