// Wikidata's list of embassies and consulates (database-of-embassies, semicolon-separated) → DiplomaticMission records.
import * as z from "zod";
import missionData from "../../data/wikidata-missions.json" with { type: "json" };
import { loadDictionary } from "../gazetteer/dictionary.js";
import { lookupActorName, lookupCity } from "../gazetteer/index.js";
import { ActorCode } from "../model/actor.js";
import { type DiplomaticMission, missionId, MissionKind } from "../model/mission.js";
import type { Provenance } from "../model/provenance.js";

/** The columns the importer reads; the file has more (address, phone, pictures…). */
export const EMBASSY_COLUMNS = ["operator", "operatorQID", "jurisdictions", "jurisdictionQIDs", "country", "countryQID", "city", "latitude", "longitude", "type", "creation", "QID"] as const;

export const MISSION_SKIP_REASONS = ["unknown-sender", "unknown-host", "host-is-sender", "no-organisation", "duplicate", "malformed"] as const;
/**
 * Why a row yields no mission: the operator or the host country is not a state or organisation Chancery knows
 * (Quebec, the Order of Malta, Somaliland…); the row names the sender as its own host and no jurisdiction or city
 * says where the post is; a permanent mission does not say to which organisation; the same post came earlier; the line is broken.
 */
export type MissionSkipReason = (typeof MISSION_SKIP_REASONS)[number];

export interface MissionImportReport {
  /** Data rows read. */
  rows: number;
  /** Missions returned. */
  missions: number;
  /** Missions by kind. */
  kinds: Partial<Record<MissionKind, number>>;
  /** Rows left out, by reason. */
  skipped: Record<MissionSkipReason, number>;
  /** The values behind each reason, and kept rows whose `type` was unknown (mapped to `other`), with counts. */
  unmapped: Record<MissionSkipReason | "unknown-type" | "bad-coordinates", Record<string, number>>;
  /** Kept rows whose host is not the `country` column, and why (accredited to the jurisdiction, host taken from the city). */
  adjusted: { toJurisdiction: number; fromCity: number };
  /** The first malformed lines, located. */
  malformed: Array<{ file: string; line: number; message: string }>;
}

export interface EmbassyOptions {
  /** Named in provenance (`file:line`) and messages. Defaults to `database_of_embassies.csv`. */
  file?: string;
}

/** Kinds whose post is accredited to a state; a consulate serves where it stands, whatever its district. */
const ACCREDITED_KINDS = new Set<MissionKind>(["embassy", "high-commission", "nunciature", "representative-office", "interests-section", "liaison-office"]);
const QID = /(Q\d+)$/;
/** A `type` such as "former embassy" says the post is closed. */
const FORMER = /^former\s+/i;

let tables: { types: ReadonlyMap<string, MissionKind>; actors: ReadonlyMap<string, string> } | null = null;
function missionTables() {
  tables ??= (() => {
    const data = loadDictionary("wikidata-missions.json", missionData, z.object({ types: z.record(z.string(), MissionKind), actors: z.record(z.string(), ActorCode) }));
    return { types: new Map(Object.entries(data.types)), actors: new Map(Object.entries(data.actors)) };
  })();
  return tables;
}

/** A Wikidata item (label and entity URL) as a Chancery actor: by the item's id when listed, else by its label. */
function actorOf(label: string, entity: string): string | undefined {
  const qid = QID.exec(entity)?.[1];
  const listed = qid ? missionTables().actors.get(qid) : undefined;
  if (listed) return listed;
  const hit = label === "" ? undefined : lookupActorName(label);
  return hit && hit.kind !== "capital" ? hit.code : undefined;
}

/** Wikidata writes dates of year precision as Jan 1 and of month precision as the 1st: read them back as such. */
function creationDate(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T/.exec(value);
  if (!m) return null;
  if (m[2] === "01" && m[3] === "01") return m[1]!;
  if (m[3] === "01") return `${m[1]}-${m[2]}`;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function coordinates(lat: string, lon: string): { lat: number; lon: number } | null | "bad" {
  if (lat === "" && lon === "") return null;
  const [y, x] = [Number(lat), Number(lon)];
  return lat !== "" && lon !== "" && Number.isFinite(y) && Number.isFinite(x) && Math.abs(y) <= 90 && Math.abs(x) <= 180 ? { lat: y, lon: x } : "bad";
}

/**
 * Reads the database of embassies (Wikidata, semicolon-separated, with a header row) into missions: `operator` is
 * the sender, `country` the host, `type` the kind; the item's QID goes into `externalIds.wikidata` and provenance.
 * Posts stand open (dated by `creation` when given). Embassies in one state accredited to another (to the
 * Holy See in Rome) take their jurisdiction as host. Every row left out or only partly understood is counted by
 * reason and value. Never throws on any text.
 * @example
 * const { missions, report } = parseEmbassies(readFileSync("database_of_embassies.csv", "utf8"));
 * report.skipped; // { "unknown-sender": 55, … }
 */
export function parseEmbassies(text: string, options: EmbassyOptions = {}): { missions: DiplomaticMission[]; report: MissionImportReport } {
  const file = options.file ?? "database_of_embassies.csv";
  const report: MissionImportReport = {
    rows: 0, missions: 0, kinds: {},
    skipped: Object.fromEntries(MISSION_SKIP_REASONS.map((r) => [r, 0])) as Record<MissionSkipReason, number>,
    unmapped: Object.fromEntries([...MISSION_SKIP_REASONS, "unknown-type", "bad-coordinates"].map((r) => [r, {}])) as MissionImportReport["unmapped"],
    adjusted: { toJurisdiction: 0, fromCity: 0 },
    malformed: [],
  };
  const note = (reason: keyof MissionImportReport["unmapped"], value: string) => {
    const values = report.unmapped[reason];
    values[value] = (values[value] ?? 0) + 1;
  };
  const skip = (reason: MissionSkipReason, value: string) => {
    report.skipped[reason]++;
    note(reason, value);
  };
  const lines = text.replace(/^\uFEFF/, "").split("\n");
  const header = (lines[0] ?? "").replace(/\r$/, "").split(";");
  const missing = EMBASSY_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    report.skipped.malformed++;
    report.malformed.push({ file, line: 1, message: `the header lacks ${missing.join(", ")}: expected the database-of-embassies columns (${EMBASSY_COLUMNS.join(";")}…)` });
    return { missions: [], report };
  }
  const at = Object.fromEntries(EMBASSY_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof EMBASSY_COLUMNS)[number], number>;
  // The header ends with a `;`, the rows do not: a row has the header's columns, less an empty last one.
  const width = header.at(-1) === "" ? header.length - 1 : header.length;
  const { types } = missionTables();
  const seen = new Set<string>();
  const missions: DiplomaticMission[] = [];

  lines.forEach((raw, index) => {
    const line = index + 1;
    const row = raw.replace(/\r$/, "");
    if (index === 0 || row === "") return;
    report.rows++;
    const cells = row.split(";");
    if (cells.length !== width && cells.length !== header.length) {
      report.skipped.malformed++;
      if (report.malformed.length < 100) report.malformed.push({ file, line, message: `expected ${width} semicolon-separated cells, found ${cells.length}` });
      return;
    }
    const cell = (name: (typeof EMBASSY_COLUMNS)[number]) => cells[at[name]]!.trim();

    const sender = actorOf(cell("operator"), cell("operatorQID"));
    if (!sender) return skip("unknown-sender", cell("operator") || "(empty)");
    const typeLabel = cell("type");
    const closed = FORMER.test(typeLabel);
    const mapped = types.get(typeLabel.replace(FORMER, ""));
    const kind: MissionKind = mapped ?? "other";
    if (mapped === undefined) note("unknown-type", typeLabel || "(empty)");
    if (kind === "permanent-mission") return skip("no-organisation", `${cell("operator")} in ${cell("country")}`);

    const city = cell("city") || null;
    const jurisdictions = cell("jurisdictions").split("|").map((label, i) => actorOf(label, cell("jurisdictionQIDs").split("|")[i] ?? "")).filter((c): c is string => c !== undefined);
    let host = actorOf(cell("country"), cell("countryQID"));
    if (!host) return skip("unknown-host", cell("country") || "(empty)");
    if (host === sender) {
      // Wikidata rows that name the sender as the country: the jurisdiction, else the city, says where the post is.
      const elsewhere = jurisdictions.find((j) => j !== sender) ?? (city ? lookupCity(city)?.country : undefined);
      if (!elsewhere || elsewhere === sender) return skip("host-is-sender", `${cell("operator")} ${typeLabel} in ${city ?? "?"}`);
      host = elsewhere;
      report.adjusted[jurisdictions.includes(elsewhere) ? "toJurisdiction" : "fromCity"]++;
    } else if (ACCREDITED_KINDS.has(kind) && jurisdictions.length > 0 && !jurisdictions.includes(host)) {
      // An embassy in Rome accredited to the Holy See (or in Rome to Malta): its host is where it is accredited.
      host = jurisdictions[0]!;
      report.adjusted.toJurisdiction++;
    }

    const key = missionId({ sender, host, kind, city });
    if (seen.has(key)) return skip("duplicate", key);
    seen.add(key);

    const qid = QID.exec(cell("QID"))?.[1];
    const source: Provenance = {
      rule: "wikidata-embassies",
      input: `${file}:${line}`,
      spans: [],
      confidence: 1,
      ...(qid ? { externalId: qid, url: `https://www.wikidata.org/wiki/${qid}` } : {}),
    };
    const place = coordinates(cell("latitude"), cell("longitude"));
    if (place === "bad") note("bad-coordinates", `${cell("latitude")},${cell("longitude")}`);
    const created = creationDate(cell("creation"));
    missions.push({
      sender,
      host,
      kind,
      city,
      ...(place && place !== "bad" ? { coordinates: place } : {}),
      status: closed ? "closed" : "open",
      history: created ? [{ status: "open", date: created, sources: [source] }] : [],
      ...(qid ? { externalIds: { wikidata: qid } } : {}),
      sources: [source],
    });
    report.kinds[kind] = (report.kinds[kind] ?? 0) + 1;
  });
  report.missions = missions.length;
  return { missions, report };
}
