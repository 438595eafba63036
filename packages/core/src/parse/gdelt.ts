// GDELT event exports → Chancery events. Pure: callers feed text (any chunking, any size) and get records back.
// The crosswalk below is explained row by row in docs/cameo-plover-crosswalk.md, section "GDELT import".
import * as z from "zod";
import cameoActorData from "../../data/cameo-actors.json" with { type: "json" };
import fipsData from "../../data/fips-countries.json" with { type: "json" };
import { loadDictionary } from "../gazetteer/dictionary.js";
import { listActors } from "../gazetteer/index.js";
import { ActorCode } from "../model/actor.js";
import { type DiplomaticEvent, EVENT_CROSSWALK, type EventType, type Location, SYMMETRIC_EVENT_TYPES } from "../model/event.js";
import { Provenance } from "../model/provenance.js";

/** How a CAMEO code becomes a Chancery event. */
export interface GdeltMapping {
  type: EventType;
  /** `reversed`: Actor2 is the source (043 Host a visit: the visitor is Actor2). */
  direction: "as-coded" | "reversed";
  /** The target must be a government (CAMEO type GOV): expulsions of anyone else are not of diplomats. */
  governmentTarget?: boolean;
}

/**
 * The CAMEO event codes Chancery imports, and nothing else. Codes CAMEO cannot tell apart map to the one Chancery
 * type that covers them all (161 → relations-severed); the record keeps its CAMEO code so a reader can tell.
 */
export const GDELT_CROSSWALK: Readonly<Record<string, GdeltMapping>> = {
  "040": { type: "meeting", direction: "as-coded" },
  "041": { type: "phone-call", direction: "as-coded" },
  "042": { type: "visit", direction: "as-coded" },
  "043": { type: "visit", direction: "reversed" },
  "044": { type: "meeting", direction: "as-coded" },
  "045": { type: "meeting", direction: "as-coded" },
  "046": { type: "meeting", direction: "as-coded" },
  "054": { type: "recognition", direction: "as-coded" },
  "057": { type: "agreement", direction: "as-coded" },
  "161": { type: "relations-severed", direction: "as-coded" },
  "166": { type: "diplomat-expelled", direction: "as-coded", governmentTarget: true },
  "174": { type: "diplomat-expelled", direction: "as-coded", governmentTarget: true },
};

/** The roots (first two digits, as char codes) of the crosswalk's codes: a row of another root is not diplomatic. */
const CROSSWALK_ROOTS = new Set(Object.keys(GDELT_CROSSWALK).map((code) => code.charCodeAt(0) * 256 + code.charCodeAt(1)));

/**
 * GDELT rows are machine-coded from one sentence the importer never sees: below any rule of Chancery's own
 * extractor, so an extracted report of the same event is the stronger support.
 */
export const GDELT_CONFIDENCE = 0.5;

export const GDELT_SKIP_REASONS = [
  "not-diplomatic", "missing-actor", "unknown-actor", "non-state-actor", "same-actor", "not-government", "malformed",
] as const;
/**
 * Why a row yields no event: its CAMEO code is not in the crosswalk; it has one party only; a party is a region
 * or an organisation Chancery does not know; a party is not a state (business, media, rebels…); both parties are
 * the same state; an expulsion's target is not a government; the line is broken.
 */
export type GdeltSkipReason = (typeof GDELT_SKIP_REASONS)[number];

export interface GdeltReport {
  /** Lines read, headers and blank lines excluded. */
  rows: number;
  /** Events handed out. */
  events: number;
  /** Rows that reported an event already handed out in this import (042 and 043 of one visit, both sides of a meeting). */
  merged: number;
  /** Kept rows by CAMEO code. */
  byCode: Record<string, number>;
  /** Kept rows by the Chancery type they became. */
  byType: Partial<Record<EventType, number>>;
  /** Rows without an event, by reason. */
  skipped: Record<GdeltSkipReason, number>;
  /** Actor codes that were not understood (`unknown-actor` and `non-state-actor`), with their counts. */
  actors: Record<string, number>;
  /** The first malformed lines, located. */
  malformed: Array<{ file: string; line: number; message: string }>;
  /** Rows by GDELT layout: 2.0 (61 columns), 1.0 (57 or 58). */
  versions: { "2.0": number; "1.0": number };
}

export interface GdeltOptions {
  /** Named in provenance (`file:line`) and in malformed-line messages. Defaults to `gdelt`. */
  file?: string;
  /**
   * Events held back to merge later rows of the same event into (type, parties, day). Bounds memory: a report of
   * an event that left the window becomes a second record. Defaults to 20,000.
   */
  window?: number;
  /** How many malformed lines the report lists (all are counted). Defaults to 100. */
  maxMalformed?: number;
}

/** A stateful reader: feed it text, take the events it hands back. */
export interface GdeltReader {
  /** Starts the next file: its lines count from 1 and its name goes into provenance. Ends any line left open. */
  startFile(file: string): DiplomaticEvent[];
  /** Reads a chunk of text; returns the events that are complete. */
  write(chunk: string): DiplomaticEvent[];
  /** Reads the last line and returns every event still held. */
  end(): DiplomaticEvent[];
  readonly report: GdeltReport;
}

// Zero-based column indexes of the two layouts. 1.0 lacks the three *_ADM2Code columns.
interface Layout {
  version: "2.0" | "1.0";
  actionGeoType: number;
  actionGeoName: number;
  actionGeoCountry: number;
  dateAdded: number;
  sourceUrl: number | null;
}
const LAYOUT_V2: Layout = { version: "2.0", actionGeoType: 51, actionGeoName: 52, actionGeoCountry: 53, dateAdded: 59, sourceUrl: 60 };
const LAYOUT_V1: Layout = { version: "1.0", actionGeoType: 49, actionGeoName: 50, actionGeoCountry: 51, dateAdded: 56, sourceUrl: 57 };
const LAYOUT_V1_NO_URL: Layout = { ...LAYOUT_V1, sourceUrl: null };
const LAYOUTS = new Map<number, Layout>([[61, LAYOUT_V2], [58, LAYOUT_V1], [57, LAYOUT_V1_NO_URL]]);
const MAX_COLUMNS = 61;

interface ActorColumns {
  code: number;
  country: number;
  group: number;
  types: readonly number[];
}
const COL = {
  id: 0, sqlDate: 1,
  actor1: { code: 5, country: 7, group: 8, types: [12, 13, 14] } satisfies ActorColumns,
  actor2: { code: 15, country: 17, group: 18, types: [22, 23, 24] } satisfies ActorColumns,
  eventCode: 26, numMentions: 31, numSources: 32, numArticles: 33,
} as const;

/** CAMEO actor types that act for a state: a GOV, MIL, LEG… actor of a country is that country acting. */
const STATE_TYPES = new Set(["GOV", "MIL", "LEG", "JUD", "COP", "SPY"]);
/** GDELT ActionGeo_Type: 3 US city, 4 world city; the first part of the full name is the city. */
const CITY_GEO_TYPES = new Set(["3", "4"]);

let lookups: {
  countries: ReadonlyMap<string, string>;
  groups: ReadonlyMap<string, string>;
  fips: ReadonlyMap<string, string>;
  /** The reverse, for writing: Chancery code → CAMEO codes, → FIPS code. */
  cameoOf: ReadonlyMap<string, { country: string; group: string }>;
  fipsOf: ReadonlyMap<string, string>;
} | null = null;

/** CAMEO country codes, known-group codes and FIPS codes to Chancery actor codes, built once. */
function actorLookups() {
  if (lookups) return lookups;
  const table = z.record(z.string(), ActorCode);
  const cameo = loadDictionary("cameo-actors.json", cameoActorData, z.object({ countries: table, knownGroups: table }));
  const { fips } = loadDictionary("fips-countries.json", fipsData, z.object({ fips: table }));
  const actors = listActors();
  const known = new Set(actors.map((a) => a.code));
  // Organisations' cameo fields (EUR, AFR, IGO) are regions or generic: organisations come from known groups.
  const countries = new Map(actors.filter((a) => a.kind !== "organisation" && a.cameo).map((a) => [a.cameo!, a.code]));
  for (const [cameoCode, code] of Object.entries(cameo.countries)) countries.set(cameoCode, code);
  const cameoOf = new Map<string, { country: string; group: string }>();
  // The gazetteer's own codes first: the extra table's Gaza, West Bank and Baghdad only read as their state.
  for (const a of actors) if (a.kind !== "organisation" && a.cameo) cameoOf.set(a.code, { country: a.cameo, group: "" });
  for (const [group, code] of Object.entries(cameo.knownGroups)) if (!cameoOf.has(code)) cameoOf.set(code, { country: "", group });
  const fipsCodes = Object.entries(fips).filter(([, code]) => known.has(code));
  const fipsOf = new Map<string, string>();
  for (const [fipsCode, code] of fipsCodes) if (!fipsOf.has(code)) fipsOf.set(code, fipsCode);
  lookups = { countries, groups: new Map(Object.entries(cameo.knownGroups)), fips: new Map(fipsCodes), cameoOf, fipsOf };
  return lookups;
}

type Resolved = { code: string; government: boolean } | { skip: GdeltSkipReason; value: string };

/** One side of a row as a Chancery actor, or why it is not one. */
function resolveActor(field: (i: number) => string, side: ActorColumns): Resolved {
  const { countries, groups } = actorLookups();
  const code = field(side.code);
  const country = field(side.country);
  const group = field(side.group);
  const types = side.types.map(field).filter((t) => t !== "");
  if (code === "" && country === "" && group === "") return { skip: "missing-actor", value: "" };
  if (group !== "") {
    const organisation = groups.get(group);
    if (organisation) return { code: organisation, government: true };
    return types.includes("IGO") || code.startsWith("IGO") ? { skip: "unknown-actor", value: `IGO ${group}` } : { skip: "non-state-actor", value: `${code} (${group})` };
  }
  const acting = types.length === 0 || types.some((t) => STATE_TYPES.has(t));
  if (!acting) return { skip: types.includes("IGO") ? "unknown-actor" : "non-state-actor", value: code };
  const state = countries.get(country);
  if (!state) return { skip: "unknown-actor", value: country === "" ? code : country };
  return { code: state, government: types.includes("GOV") };
}

const emptyReport = (): GdeltReport => ({
  rows: 0, events: 0, merged: 0, byCode: {}, byType: {},
  skipped: Object.fromEntries(GDELT_SKIP_REASONS.map((r) => [r, 0])) as Record<GdeltSkipReason, number>,
  actors: {}, malformed: [], versions: { "2.0": 0, "1.0": 0 },
});

const HttpUrl = Provenance.shape.url.unwrap();
/** A string that does not share memory with the text it was cut from (V8 slices keep their parent alive). */
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const detached = (text: string) => (text.length < 13 ? text : decoder.decode(encoder.encode(text)));
const DIGITS = /^\d+$/;
const count = (value: string) => (DIGITS.test(value) ? Number(value) : 0);

/**
 * A row's layout read from its end: GDELT 2.0 ends DATEADDED (14 digits) and SOURCEURL; 1.0 ends DATEADDED (8
 * digits), with SOURCEURL after it from April 2013. Null when the end is neither.
 */
function layoutByTail(text: string): "2.0" | "1.0" | null {
  const last = text.lastIndexOf("\t");
  if (text.length - last - 1 === 8 && digitsAt(text, last + 1, text.length)) return "1.0";
  const before = text.lastIndexOf("\t", last - 1);
  if (before < 0 || !digitsAt(text, before + 1, last)) return null;
  return last - before - 1 === 14 ? "2.0" : last - before - 1 === 8 ? "1.0" : null;
}

/** True when text[start, end) is one or more ASCII digits. */
function digitsAt(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `20191024` (or the day of `20191024143000`) as `2019-10-24`, or null when it is no calendar day. */
function isoDay(value: string): string | null {
  if (value.length < 8 || !DIGITS.test(value)) return null;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(4, 6));
  const day = Number(value.slice(6, 8));
  if (month < 1 || month > 12 || day < 1) return null;
  const last = month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > last) return null;
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}

/**
 * A reader of GDELT event exports: GDELT 2.0 rows (61 tab-separated columns) and 1.0 daily rows (57 or 58), told
 * apart line by line. Rows with a diplomatic CAMEO code between two known states or organisations become
 * events with provenance (rule `gdelt`, input `file:line`, the GLOBALEVENTID, SOURCEURL and counts); every other
 * row is counted by reason, never fatal. Reports of one event (type, parties, day) within `window` events of each
 * other become one event with several sources.
 * @example
 * const reader = createGdeltReader({ file: "20191024143000.export.CSV" });
 * const events = [...reader.write(text), ...reader.end()];
 * reader.report.skipped; // { "not-diplomatic": 1880, "unknown-actor": 41, … }
 */
export function createGdeltReader(options: GdeltOptions = {}): GdeltReader {
  const window = Math.max(0, options.window ?? 20_000);
  const maxMalformed = options.maxMalformed ?? 100;
  const report = emptyReport();
  const held = new Map<string, DiplomaticEvent>();
  let file = options.file ?? "gdelt";
  let line = 0;
  let rest = "";
  const tabs = new Int32Array(MAX_COLUMNS + 1);

  const malformed = (message: string) => {
    report.skipped.malformed++;
    if (report.malformed.length < maxMalformed) report.malformed.push({ file, line, message });
  };
  const skip = (reason: GdeltSkipReason, value?: string) => {
    report.skipped[reason]++;
    if (value !== undefined) report.actors[value] = (report.actors[value] ?? 0) + 1;
  };

  function readLine(text: string, out: DiplomaticEvent[]): void {
    line++;
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (line === 1 && text.startsWith("\uFEFF")) text = text.slice(1);
    if (text === "" || (line === 1 && text.startsWith("GLOBALEVENTID"))) return;
    report.rows++;
    // Tabs are found only up to EventCode first: three rows in four are dropped there, and finding every tab of
    // every row was most of the import's time. Dropped rows are told apart by their last columns alone.
    const tooFew = (found: number) => malformed(`expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns, found ${found}`);
    let columns = 1;
    tabs[0] = -1;
    for (let at = text.indexOf("\t"); at >= 0 && columns <= COL.eventCode + 1; at = text.indexOf("\t", at + 1)) tabs[columns++] = at;
    if (columns <= COL.eventCode + 1) return tooFew(columns);
    const codeStart = tabs[COL.eventCode]! + 1;
    const codeEnd = tabs[COL.eventCode + 1]!;
    // The root (first two digits) rules out most rows before the code is cut out of the line.
    const root = text.charCodeAt(codeStart) * 256 + text.charCodeAt(codeStart + 1);
    const mapping = CROSSWALK_ROOTS.has(root) ? GDELT_CROSSWALK[text.slice(codeStart, codeEnd)] : undefined;
    if (!mapping) {
      if (!digitsAt(text, codeStart, codeEnd)) return malformed(`EventCode must be a CAMEO code such as 042, found ${JSON.stringify(text.slice(codeStart, Math.min(codeEnd, codeStart + 10)))}`);
      const version = layoutByTail(text);
      if (!version) return malformed("the last columns are not GDELT's DATEADDED and SOURCEURL: the line is cut short or has extra columns");
      report.versions[version]++;
      return skip("not-diplomatic");
    }
    for (let at = text.indexOf("\t", tabs[columns - 1]! + 1); at >= 0; at = text.indexOf("\t", at + 1)) {
      if (columns > MAX_COLUMNS) break;
      tabs[columns++] = at;
    }
    const layout = LAYOUTS.get(columns);
    if (!layout) return columns > MAX_COLUMNS ? malformed("expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns, found more") : tooFew(columns);
    tabs[columns] = text.length;
    const field = (i: number) => text.slice(tabs[i]! + 1, tabs[i + 1]!);
    report.versions[layout.version]++;

    const code = field(COL.eventCode);
    const id = field(COL.id);
    if (!DIGITS.test(id)) return malformed(`GLOBALEVENTID must be a number, found ${JSON.stringify(id.slice(0, 20))}`);
    const sqlDate = field(COL.sqlDate);
    const date = sqlDate.length === 8 ? isoDay(sqlDate) : null;
    if (!date) return malformed(`SQLDATE must be a day YYYYMMDD, found ${JSON.stringify(sqlDate.slice(0, 20))}`);

    const first = resolveActor(field, COL.actor1);
    const second = resolveActor(field, COL.actor2);
    for (const side of [first, second]) if ("skip" in side) return skip(side.skip, side.skip === "missing-actor" ? undefined : side.value);
    const [a, b] = [first, second] as Array<{ code: string; government: boolean }>;
    if (a!.code === b!.code) return skip("same-actor");
    const [source, target] = mapping.direction === "reversed" ? [b!, a!] : [a!, b!];
    if (mapping.governmentTarget && !target.government) return skip("not-government");

    const { fips } = actorLookups();
    const geoCountry = fips.get(field(layout.actionGeoCountry)) ?? null;
    const city = CITY_GEO_TYPES.has(field(layout.actionGeoType)) ? detached(field(layout.actionGeoName).split(",")[0]!.trim()) || null : null;
    const location: Location | null = geoCountry || city ? { city, country: geoCountry } : null;
    // A copy, not a slice: a slice would keep the whole chunk of text it came from alive as long as the event is held.
    const url = layout.sourceUrl === null ? "" : detached(field(layout.sourceUrl));
    const provenance: Provenance = {
      rule: "gdelt",
      input: `${file}:${line}`,
      externalId: id,
      reach: { mentions: count(field(COL.numMentions)), sources: count(field(COL.numSources)), articles: count(field(COL.numArticles)) },
      spans: [],
      confidence: GDELT_CONFIDENCE,
      ...(url !== "" && HttpUrl.safeParse(url).success ? { url } : {}),
    };
    report.byCode[code] = (report.byCode[code] ?? 0) + 1;
    report.byType[mapping.type] = (report.byType[mapping.type] ?? 0) + 1;

    const symmetric = SYMMETRIC_EVENT_TYPES.has(mapping.type);
    const key = symmetric && source.code > target.code ? `${mapping.type}|${target.code}|${source.code}|${date}` : `${mapping.type}|${source.code}|${target.code}|${date}`;
    const known = held.get(key);
    if (known) {
      known.sources.push(provenance);
      known.location ??= location;
      report.merged++;
      return;
    }
    const { plover, mode } = EVENT_CROSSWALK[mapping.type];
    held.set(key, {
      id: `gdelt-${id}`,
      type: mapping.type,
      source: source.code,
      target: target.code,
      participants: [],
      date,
      reported: isoDay(field(layout.dateAdded)),
      location,
      officials: [],
      mission: null,
      modality: "asserted",
      cameo: code,
      plover: { category: plover, mode },
      sources: [provenance],
    });
    if (held.size > window) release(out, held.size - window);
  }

  /** Hands out the `n` events held longest. */
  function release(out: DiplomaticEvent[], n: number): void {
    for (const [key, event] of held) {
      if (n-- <= 0) break;
      held.delete(key);
      out.push(event);
    }
  }

  function lines(chunk: string, out: DiplomaticEvent[]): void {
    let start = 0;
    for (let end = chunk.indexOf("\n"); end >= 0; end = chunk.indexOf("\n", start)) {
      readLine(rest === "" ? chunk.slice(start, end) : rest + chunk.slice(start, end), out);
      rest = "";
      start = end + 1;
    }
    rest += chunk.slice(start);
  }

  const finishLine = (out: DiplomaticEvent[]) => {
    if (rest !== "") readLine(rest, out);
    rest = "";
  };
  const counted = (out: DiplomaticEvent[]) => {
    report.events += out.length;
    return out;
  };

  return {
    report,
    startFile(name) {
      const out: DiplomaticEvent[] = [];
      finishLine(out);
      file = name;
      line = 0;
      return counted(out);
    },
    write(chunk) {
      const out: DiplomaticEvent[] = [];
      lines(chunk, out);
      return counted(out);
    },
    end() {
      const out: DiplomaticEvent[] = [];
      finishLine(out);
      release(out, held.size);
      return counted(out);
    },
  };
}

/**
 * Reads a whole GDELT export held in memory.
 * @example const { events, report } = parseGdelt(readFileSync(path, "utf8"), { file: basename(path) });
 */
export function parseGdelt(text: string, options: GdeltOptions = {}): { events: DiplomaticEvent[]; report: GdeltReport } {
  const reader = createGdeltReader(options);
  const events = [...reader.write(text), ...reader.end()];
  return { events, report: reader.report };
}

/**
 * Streams GDELT exports of any size: text or bytes (UTF-8) in, batches of events out, as they complete.
 * @example
 * const reader = createGdeltReader({ file: "export.CSV" });
 * for await (const batch of readGdelt(createReadStream(path), reader)) await store.ingestRecords({ events: batch }, { input: path, rule: "gdelt" }, { mode: "bulk" });
 */
export async function* readGdelt(chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, reader: GdeltReader = createGdeltReader()): AsyncGenerator<DiplomaticEvent[]> {
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of chunks) {
    const events = reader.write(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
    if (events.length > 0) yield events;
  }
  const tail = decoder.decode();
  const events = [...(tail ? reader.write(tail) : []), ...reader.end()];
  if (events.length > 0) yield events;
}

/** CAMEO codes of a Chancery actor, for writing GDELT-style rows: a state's country code, an organisation's known group. */
export function cameoActor(code: string): { country: string; group: string } | undefined {
  return actorLookups().cameoOf.get(code);
}

/** The FIPS 10-4 code GDELT writes for a state's place (Germany GM), or undefined. */
export function fipsCountry(code: string): string | undefined {
  return actorLookups().fipsOf.get(code);
}
