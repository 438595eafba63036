import * as z from "zod";
import { Actor } from "./actor.js";
import { Document } from "./document.js";
import { DiplomaticEvent } from "./event.js";
import { Extraction } from "./extraction.js";
import { DiplomaticMission } from "./mission.js";
import { Official } from "./official.js";
import { Provenance } from "./provenance.js";

/** The models published as `schema/<Name>.schema.json`. */
export const JSON_SCHEMA_MODELS = { Actor, DiplomaticEvent, DiplomaticMission, Document, Extraction, Official, Provenance } as const;
export type JsonSchemaName = keyof typeof JSON_SCHEMA_MODELS;

/**
 * JSON Schema (draft 2020-12) of each published model, describing what the parsers accept: fields with
 * a default are optional. EDTF and calendar-day checks are refinements, so the schemas carry them as descriptions only.
 * @example
 * const { DiplomaticMission } = jsonSchemas();
 * DiplomaticMission.required; // ["sender", "host", "kind", "status"] (under $defs)
 */
export function jsonSchemas(): Record<JsonSchemaName, z.core.JSONSchema.JSONSchema> {
  const entries = Object.entries(JSON_SCHEMA_MODELS).map(([name, schema]) => [name, z.toJSONSchema(schema, { io: "input" })]);
  return Object.fromEntries(entries) as Record<JsonSchemaName, z.core.JSONSchema.JSONSchema>;
}
