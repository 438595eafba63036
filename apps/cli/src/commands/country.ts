import { getActor } from "@proj/core";
import type { CountryProfile, StoredMission } from "@proj/store";
import { type Command, parseOptions } from "../command.js";
import { DB_OPTION, withStore } from "../db.js";
import { actorArguments } from "../filters.js";
import { type Io, paint } from "../io.js";
import { actorName, type Column, listFormat, plural, toTable, VIEW_FORMAT_OPTION, VIEW_FORMATS } from "../output.js";


const MISSION_COLUMNS = (where: "sender" | "host"): readonly Column<StoredMission>[] => [
  [where === "host" ? "in" : "from", (m) => `${getActor(m[where])?.name ?? m[where]} (${m[where]})`],
  ["kind", (m) => m.kind],
  ["city", (m) => m.city],
  ["status", (m) => m.status],
  ["since", (m) => m.history.findLast((h) => h.status === m.status)?.date],
  ["level", (m) => m.representationLevel],
];

export const countryCommand: Command = {
  name: "country",
  description: "a country's diplomatic network: missions abroad and hosted, counts by kind, growth over time, officials",
  usage: "[options] CODE   (AZ, IL, PS…)",
  options: {
    ...VIEW_FORMAT_OPTION,
    ...DB_OPTION,
  },
  examples: [
    ["Azerbaijan's missions abroad and at home, and its officials", "chancery country AZ"],
    ["The same as JSON", "chancery country AZ --format json"],
  ],
  async run(args, io) {
    const { values, positionals } = parseOptions(countryCommand, args);
    const format = listFormat(io, values.format, VIEW_FORMATS);
    const [code] = actorArguments(positionals, ["CODE"]) as [string];
    const profile = await withStore(values.db, (store) => store.countryProfile(code), { mustExist: true });
    io.stdout.write(format === "json" ? `${JSON.stringify(profile)}\n` : view(io, profile));
    return 0;
  },
};

function view(io: Io, p: CountryProfile): string {
  const indent = (text: string) => text.trimEnd().split("\n").map((line) => `  ${line}`).join("\n");
  const counts = (c: CountryProfile["counts"]["abroad"]) => {
    const kinds = Object.entries(c.byKind).map(([kind, n]) => `${kind} ${n}`).join(", ");
    return `${c.open} open${kinds ? `: ${kinds}` : ""}`;
  };
  const section = (title: string, missions: readonly StoredMission[], columns: readonly Column<StoredMission>[], c: CountryProfile["counts"]["abroad"]) => [
    paint(io, "bold", `${title} (${plural(missions.length, "mission")}, ${counts(c)})`),
    missions.length > 0 ? indent(toTable(io, columns, missions)) : "  none known",
    "",
  ];
  const lines = [
    paint(io, "bold", actorName(p.code)),
    "",
    ...section("Missions abroad", p.missionsAbroad, MISSION_COLUMNS("host"), p.counts.abroad),
    ...section("Missions hosted", p.missionsHosted, MISSION_COLUMNS("sender"), p.counts.hosted),
    paint(io, "bold", "Open posts at the end of the year, in the years they changed"),
    p.openByYear.length > 0 ? indent(toTable(io, [["year", (y) => y.year], ["abroad", (y) => y.abroad], ["hosted", (y) => y.hosted]], changes(p.openByYear))) : "  no dated history",
    "",
    paint(io, "bold", `Officials (${p.officials.length})`),
    p.officials.length > 0
      ? indent(toTable(io, [["name", (o) => o.name], ["role", (o) => o.role], ["title", (o) => o.title], ["also written", (o) => o.aliases.join("; ")]], p.officials))
      : "  none known",
  ];
  return `${lines.join("\n")}\n`;
}

/** The years whose counts differ from the year before: 1993, 2021, 2023 rather than thirty rows. */
function changes(years: CountryProfile["openByYear"]): CountryProfile["openByYear"] {
  return years.filter((y, i) => i === 0 || y.abroad !== years[i - 1]!.abroad || y.hosted !== years[i - 1]!.hosted);
}
