// What kind of party a reading holds: an organisation (no side of a bilateral event) or a place (a town, or a state
// named as one). Asked by readers and refiners alike.
import { ORGANISATION_CODES } from "../model/actor.js";
import type { Party } from "./context.js";

export const ORGANISATIONS: ReadonlySet<string> = new Set(ORGANISATION_CODES);

/** A party that names a place: a town, or a state named as one. */
export const isPlace = (p: Party) => p.via === "city" || p.via === "actor";
