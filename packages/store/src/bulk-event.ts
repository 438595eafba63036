// A fast path for the common shape of bulk-imported events; anything it is not sure of goes to the core schema.
import { ActorCode, type DiplomaticEvent, EdtfDate, EVENT_TYPES, IsoDay, Modality } from "@proj/core";
import type * as z from "zod";

/** The keys the fast path reads; any other key (location, mission, plover, sources with entries…) means zod decides. */
const PLAIN_KEYS: ReadonlySet<string> = new Set([
  "id", "type", "source", "target", "participants", "date", "reported", "location", "officials", "mission", "modality", "cameo", "sources",
]);
const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);
const MODALITIES: ReadonlySet<string> = new Set(Modality.options);
/** Distinct strings remembered per schema: a million events name a few hundred parties and some thousands of days. */
const MEMO_LIMIT = 100_000;

/** A string schema's verdict, asked once per distinct value: the schema itself judges, the memo only remembers. */
function memoised(schema: z.ZodType): (value: string) => boolean {
  const seen = new Map<string, boolean>();
  return (value) => {
    let ok = seen.get(value);
    if (ok === undefined) {
      ok = schema.safeParse(value).success;
      if (seen.size < MEMO_LIMIT) seen.set(value, ok);
    }
    return ok;
  };
}

/** An indexed copy, as the schema makes one (a spread would run the array's iterator). */
const copy = (list: readonly string[]): string[] => {
  const out = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/**
 * Returns a reader that gives, for an event of the plain shape (parties, date, officials, no nested objects and no
 * sources of its own), exactly what `DiplomaticEvent.parse` would, and `undefined` for anything else (the caller then
 * asks the schema, which accepts it or names what is wrong). Leaf strings are checked with the core schemas, memoised
 * per reader.
 */
export function createPlainEventReader(): (raw: unknown) => DiplomaticEvent | undefined {
  const actor = memoised(ActorCode);
  const edtf = memoised(EdtfDate);
  const day = memoised(IsoDay);
  const nonEmpty = (v: unknown): v is string => typeof v === "string" && v.length > 0;
  const actors = (list: unknown): list is string[] => {
    if (!Array.isArray(list)) return false;
    for (let i = 0; i < list.length; i++) {
      const v: unknown = list[i];
      if (typeof v !== "string" || !actor(v)) return false;
    }
    return true;
  };
  const names = (list: unknown): list is string[] => {
    if (!Array.isArray(list)) return false;
    for (let i = 0; i < list.length; i++) if (!nonEmpty(list[i])) return false;
    return true;
  };
  return (raw) => {
    if (!isPlainObject(raw)) return undefined;
    // for…in, as zod's strict check: inherited enumerable keys count too.
    for (const key in raw) if (!PLAIN_KEYS.has(key)) return undefined;
    const { id, type, source, target, participants, date, reported, location, officials, mission, modality, cameo, sources } = raw;
    if (id !== undefined && !nonEmpty(id)) return undefined;
    if (typeof type !== "string" || !TYPES.has(type)) return undefined;
    if (source !== null && (typeof source !== "string" || !actor(source))) return undefined;
    if (target !== null && (typeof target !== "string" || !actor(target))) return undefined;
    if (participants !== undefined && !actors(participants)) return undefined;
    if (date !== null && (typeof date !== "string" || !edtf(date))) return undefined;
    if (reported != null && (typeof reported !== "string" || !day(reported))) return undefined;
    if (location != null || mission != null || cameo != null) return undefined;
    if (officials !== undefined && !names(officials)) return undefined;
    if (modality !== undefined && (typeof modality !== "string" || !MODALITIES.has(modality))) return undefined;
    if (sources !== undefined && !(Array.isArray(sources) && sources.length === 0)) return undefined;
    // Keys in the schema's order, optional ones only when given, arrays copied: as the schema outputs them.
    const event: Record<string, unknown> = {};
    if ("id" in raw) event.id = id;
    event.type = type;
    event.source = source;
    event.target = target;
    event.participants = participants === undefined ? [] : copy(participants);
    event.date = date;
    event.reported = reported ?? null;
    event.location = null;
    event.officials = officials === undefined ? [] : copy(officials);
    event.mission = null;
    event.modality = modality ?? "asserted";
    if ("cameo" in raw) event.cameo = cameo;
    event.sources = [];
    return event as DiplomaticEvent;
  };
}
