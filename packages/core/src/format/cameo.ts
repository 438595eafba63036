// Chancery events as CAMEO-coded rows in GDELT 2.0's event table layout (61 tab-separated columns).
import { getActor } from "../gazetteer/index.js";
import { edtfRange } from "../model/date.js";
import { type DiplomaticEvent, EVENT_CROSSWALK } from "../model/event.js";
import { cameoActor, fipsCountry } from "../parse/gdelt.js";

const actorColumns = (n: 1 | 2) => [
  `Actor${n}Code`, `Actor${n}Name`, `Actor${n}CountryCode`, `Actor${n}KnownGroupCode`, `Actor${n}EthnicCode`, `Actor${n}Religion1Code`,
  `Actor${n}Religion2Code`, `Actor${n}Type1Code`, `Actor${n}Type2Code`, `Actor${n}Type3Code`,
];
const geoColumns = (prefix: string) => ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"].map((c) => `${prefix}_${c}`);

/** GDELT 2.0's event columns, in order. */
export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", ...actorColumns(1), ...actorColumns(2),
  "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
  ...geoColumns("Actor1Geo"), ...geoColumns("Actor2Geo"), ...geoColumns("ActionGeo"), "DATEADDED", "SOURCEURL",
] as const;
type Column = (typeof GDELT_COLUMNS)[number];
const INDEX = new Map<Column, number>(GDELT_COLUMNS.map((c, i) => [c, i]));

/** GDELT's quad classes by CAMEO root: verbal and material cooperation, verbal and material conflict. */
function quadClass(root: number): number {
  return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
}

const cell = (value: string | number | null | undefined) => (value === null || value === undefined ? "" : String(value).replace(/[\t\r\n]+/g, " "));

/** The header row: GDELT's column names (GDELT's own files have none; this one says what each column is). */
export const cameoHeader = (): string => `${GDELT_COLUMNS.join("\t")}\n`;

/**
 * An event as one GDELT 2.0 row. Filled: the id GDELT gave it (when imported from GDELT), dates, actors by CAMEO
 * code and name, the CAMEO code (the record's, else the crosswalk's) with base, root and quad class, counts from its
 * sources, the place (FIPS country), the reported day and the first source URL. GoldsteinScale, AvgTone, actor
 * types and actor places are left empty: Chancery does not know them.
 * @example cameoRow(event).split("\t")[26] // "042"
 */
export function cameoRow(event: DiplomaticEvent): string {
  const cells: string[] = Array.from({ length: GDELT_COLUMNS.length }, () => "");
  const put = (column: Column, value: string | number | null | undefined) => (cells[INDEX.get(column)!] = cell(value));
  const gdelt = event.sources.find((s) => s.rule === "gdelt" && s.externalId && /^\d+$/.test(s.externalId));
  put("GLOBALEVENTID", gdelt?.externalId);
  const start = event.date ? edtfRange(event.date)?.start : null;
  if (start) {
    const day = start.replaceAll("-", "");
    const [year, month, date] = start.split("-").map(Number) as [number, number, number];
    put("SQLDATE", day);
    put("MonthYear", day.slice(0, 6));
    put("Year", day.slice(0, 4));
    // GDELT's own formula (30-day months): 2018-10-24 is 2018.8055 in its files.
    put("FractionDate", (year + ((month - 1) * 30 + date) / 365).toFixed(4));
  }
  const actor = (n: 1 | 2, code: string | null) => {
    if (!code) return;
    const cameo = cameoActor(code);
    const name = getActor(code)?.name.toUpperCase() ?? code;
    const prefix = `Actor${n}` as const;
    put(`${prefix}Code`, cameo ? (cameo.group ? `IGO${cameo.group}` : cameo.country) : code);
    put(`${prefix}Name`, name);
    put(`${prefix}CountryCode`, cameo?.country);
    put(`${prefix}KnownGroupCode`, cameo?.group);
    if (cameo?.group) put(`${prefix}Type1Code`, "IGO");
  };
  actor(1, event.source);
  actor(2, event.target);
  const code = event.cameo ?? EVENT_CROSSWALK[event.type].cameo;
  put("EventCode", code);
  put("EventBaseCode", code.slice(0, 3));
  put("EventRootCode", code.slice(0, 2));
  put("QuadClass", quadClass(Number(code.slice(0, 2))));
  const reach = event.sources.reduce((sum, s) => sum + (s.reach?.mentions ?? 1), 0);
  put("NumMentions", reach);
  put("NumSources", new Set(event.sources.map((s) => s.documentId ?? s.url ?? s.input)).size);
  put("NumArticles", event.sources.reduce((sum, s) => sum + (s.reach?.articles ?? 1), 0));
  const place = event.location;
  if (place && (place.city || place.country)) {
    const country = place.country ? getActor(place.country)?.name : undefined;
    put("ActionGeo_Type", place.city ? 4 : 1);
    put("ActionGeo_FullName", [place.city, country].filter(Boolean).join(", "));
    put("ActionGeo_CountryCode", place.country ? fipsCountry(place.country) : undefined);
  }
  if (event.reported) put("DATEADDED", `${event.reported.replaceAll("-", "")}000000`);
  put("SOURCEURL", event.sources.find((s) => s.url)?.url);
  return `${cells.join("\t")}\n`;
}
