// Chancery events as PLOVER-style JSON records (POLECAT's successor to CAMEO): category, mode, context, cite_info.
import * as z from "zod";
import { getActor } from "../gazetteer/index.js";
import { ActorCode } from "../model/actor.js";
import { EdtfDate, edtfRange, IsoDay } from "../model/date.js";
import { type DiplomaticEvent, EVENT_CROSSWALK, EventType, Location, Modality, PloverCategory } from "../model/event.js";
import { cameoActor } from "../parse/gdelt.js";

export const PloverActor = z
  .strictObject({
    code: z.string().min(1).describe("CAMEO code: a state's three letters (AZE), IGO for an organisation."),
    actor: ActorCode.describe("Chancery's code: ISO 3166-1 alpha-2 or an organisation code."),
    name: z.string().min(1),
  })
  .meta({ id: "PloverActor" });
export type PloverActor = z.infer<typeof PloverActor>;

export const PloverCitation = z
  .strictObject({
    url: z.string().nullable().describe("The article or record the event was read from."),
    text: z.string().nullable().describe("The sentence that reports it, quoted as written."),
    rule: z.string().min(1).describe("The extraction rule or importer (gdelt, csv…)."),
    confidence: z.number().min(0).max(1),
    input: z.string().nullable().describe("For imported records: the file and line."),
    externalId: z.string().nullable().describe("The record's id in its source, e.g. a GDELT GLOBALEVENTID."),
  })
  .meta({ id: "PloverCitation" });
export type PloverCitation = z.infer<typeof PloverCitation>;

export const PloverEvent = z
  .strictObject({
    id: z.string().min(1),
    date: IsoDay.nullable().describe("The event's (first) day; null when undated."),
    date_edtf: EdtfDate.nullable().describe("The date as Chancery knows it: a day, month, year or interval (EDTF)."),
    date_reported: IsoDay.nullable(),
    actors: z.strictObject({ source: z.array(PloverActor), target: z.array(PloverActor) }),
    event: PloverCategory,
    mode: z.string().nullable(),
    context: z.array(z.string()),
    location: Location.nullable(),
    cite_info: z.array(PloverCitation),
    chancery: z.strictObject({
      type: EventType,
      cameo: z.string().regex(/^\d{2,4}$/),
      modality: Modality,
      officials: z.array(z.string()),
      reports: z.int().min(0).describe("How many sources support the event."),
    }),
  })
  .meta({ id: "PloverEvent", description: "One Chancery event as a PLOVER-style JSON Lines record." });
export type PloverEvent = z.infer<typeof PloverEvent>;

function ploverActor(code: string | null): PloverActor[] {
  if (code === null) return [];
  const actor = getActor(code);
  const cameo = cameoActor(code);
  return [{ code: cameo?.country || (actor?.kind === "organisation" ? "IGO" : code), actor: code, name: actor?.name ?? code }];
}

/**
 * An event as a PLOVER-style record: PLOVER category and mode from the record (else Chancery's crosswalk), context
 * `diplomatic`, actors with CAMEO codes, and every source as a citation with its URL and quoted sentence.
 * @example toPlover(event).event // "CONSULT"
 */
export function toPlover(event: DiplomaticEvent & { id?: string }): PloverEvent {
  const crosswalk = EVENT_CROSSWALK[event.type];
  const range = event.date ? edtfRange(event.date) : null;
  return {
    id: event.id ?? "",
    date: range?.start ?? null,
    date_edtf: event.date,
    date_reported: event.reported,
    actors: { source: [...ploverActor(event.source), ...event.participants.flatMap(ploverActor)], target: ploverActor(event.target) },
    event: event.plover?.category ?? crosswalk.plover,
    mode: event.plover ? event.plover.mode : crosswalk.mode,
    context: ["diplomatic"],
    location: event.location,
    cite_info: event.sources.map((s) => ({
      url: s.url ?? null, text: s.sentence ?? null, rule: s.rule, confidence: s.confidence, input: s.input ?? null, externalId: s.externalId ?? null,
    })),
    chancery: { type: event.type, cameo: event.cameo ?? crosswalk.cameo, modality: event.modality, officials: event.officials, reports: event.sources.length },
  };
}
