import { getActor, type Provenance, type RepresentationLevel, SYMMETRIC_EVENT_TYPES } from "@proj/core";
import type { Relations, StoredEvent, StoredMission } from "@proj/store";
import { type Command, parseOptions } from "../command.js";
import { DB_OPTION, withStore } from "../db.js";
import { actorArguments } from "../filters.js";
import { type Io, paint } from "../io.js";
import { actorName, LEVEL_NAMES, listFormat, plural, VIEW_FORMAT_OPTION, VIEW_FORMATS } from "../output.js";

/** Sentences quoted under an event on a terminal; `--format json` has every source. */
const MAX_QUOTES = 4;

export const relationsCommand: Command = {
  name: "relations",
  description: "what is known between two states: both directions' missions with history, and every event by date",
  usage: "[options] A B   (country or organisation codes: AZ IL)",
  options: {
    ...VIEW_FORMAT_OPTION,
    ...DB_OPTION,
  },
  examples: [
    ["Azerbaijan and Israel: missions, then a timeline with the sentences behind each event", "chancery relations AZ IL"],
    ["The same as JSON, for a script", "chancery relations AZ IL --format json"],
  ],
  async run(args, io) {
    const { values, positionals } = parseOptions(relationsCommand, args);
    const format = listFormat(io, values.format, VIEW_FORMATS);
    const [a, b] = actorArguments(positionals, ["A", "B"]) as [string, string];
    const relations = await withStore(values.db, (store) => store.relations(a, b), { mustExist: true });
    io.stdout.write(format === "json" ? `${JSON.stringify(relations)}\n` : view(io, relations));
    return 0;
  },
};

/** The terminal view: each direction's posts with their dated history, then the events in date order with their sentences. */
function view(io: Io, { a, b, missions, representation, timeline }: Relations): string {
  const lines = [paint(io, "bold", `${actorName(a)} ↔ ${actorName(b)}`), ""];
  // Dates in one column: as wide as the widest date shown.
  const dates = [...timeline, ...missions.aInB.flatMap((m) => m.history), ...missions.bInA.flatMap((m) => m.history)].map((x) => x.date ?? "undated");
  const width = Math.max(0, ...dates.map((d) => d.length));
  lines.push(...direction(io, a, b, missions.aInB, representation.aInB, width), "");
  lines.push(...direction(io, b, a, missions.bInA, representation.bInA, width), "");
  lines.push(paint(io, "bold", `Events (${timeline.length})`));
  if (timeline.length === 0) lines.push("  none known");
  const typeWidth = Math.max(0, ...timeline.map((e) => e.type.length));
  for (const event of timeline) lines.push(...eventLines(io, event, width, typeWidth));
  return `${lines.join("\n")}\n`;
}

function direction(io: Io, sender: string, host: string, posts: readonly StoredMission[], level: RepresentationLevel, width: number): string[] {
  const heading = `${getActor(sender)?.name ?? sender} in ${getActor(host)?.name ?? host} — representation: ${LEVEL_NAMES[level]} (${level})`;
  if (posts.length === 0) return [paint(io, "bold", heading), "  no missions known"];
  return [
    paint(io, "bold", heading),
    ...posts.flatMap((m) => [
      `  ${paint(io, "cyan", [m.kind, m.city ?? "city unknown", m.status].join("  "))}${m.representationLevel === undefined ? "" : `  level ${m.representationLevel}`}  ${paint(io, "dim", m.id)}`,
      ...m.history.map((h) => `    ${(h.date ?? "undated").padEnd(width)}  ${h.status.padEnd(9)} ${paint(io, "dim", plural(h.sources.length, "source"))}`),
    ]),
  ];
}

function eventLines(io: Io, e: StoredEvent, width: number, typeWidth: number): string[] {
  const arrow = SYMMETRIC_EVENT_TYPES.has(e.type) ? "↔" : "→";
  const head = [
    (e.date ?? "undated").padEnd(width),
    e.type.padEnd(typeWidth),
    `${e.source ?? "?"} ${arrow} ${e.target ?? "?"}`,
    e.officials.join(", "),
    e.modality === "asserted" ? "" : `(${e.modality})`,
    paint(io, "dim", plural(e.reportCount, "report")),
  ];
  const quotes = distinctQuotes(e.sources);
  return [
    `  ${paint(io, "cyan", head.slice(0, 3).join("  "))}  ${head.slice(3).filter(Boolean).join("  ")}`,
    ...quotes.slice(0, MAX_QUOTES).flatMap((q) => [`      “${q.sentence}”`, ...(q.url ? [`        ${paint(io, "dim", q.url)}`] : [])]),
    ...(quotes.length > MAX_QUOTES ? [`      ${paint(io, "dim", `and ${quotes.length - MAX_QUOTES} more (--format json has them all)`)}`] : []),
  ];
}

/** Each sentence once per document: an event read twice from one sentence is one piece of evidence. */
function distinctQuotes(sources: readonly Provenance[]): { sentence: string; url: string | undefined }[] {
  const seen = new Set<string>();
  return sources.flatMap((s) => {
    const key = `${s.url ?? s.documentId ?? ""}\n${s.sentence}`;
    if (!s.sentence || seen.has(key)) return [];
    seen.add(key);
    return [{ sentence: s.sentence, url: s.url }];
  });
}
