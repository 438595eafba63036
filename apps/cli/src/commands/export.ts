import { once } from "node:events";
import { CoreError, EXPORT_FORMATS, EXPORT_KINDS, type ExportKind } from "@proj/core";
import { choice, type Command, parseOptions } from "../command.js";
import { DB_OPTION, storeModule, withStore } from "../db.js";
import type { Writer } from "../io.js";

export const exportCommand: Command = {
  name: "export",
  description: "write the knowledge base out: JSON, NDJSON, CSV, PLOVER, CAMEO (GDELT columns) or GraphML",
  usage: "[options]   (streams to stdout)",
  options: {
    format: { type: "string", value: EXPORT_FORMATS.join("|"), description: "json (default), ndjson, csv (one kind), plover (events), cameo (events, GDELT's TSV layout), graphml (the country network)" },
    records: { type: "string", value: "KIND[,KIND]", description: `Which records: ${EXPORT_KINDS.join(", ")} (default: all the format holds; csv: events)` },
    actor: { type: "string", value: "CODE", description: "Only this party's events, missions (sent or hosted) and officials" },
    type: { type: "string", value: "TYPE", description: "Only events of this type (visit, meeting, …)" },
    from: { type: "string", value: "DATE", description: "Only events on or after this EDTF date" },
    to: { type: "string", value: "DATE", description: "Only events on or before this EDTF date" },
    ...DB_OPTION,
  },
  examples: [
    ["Every record as JSON, to read back with chancery ingest", "chancery export > backup.json"],
    ["Azerbaijan's events of 2023 as PLOVER JSON Lines", "chancery export --format plover --actor AZ --from 2023 --to 2023"],
    ["The country network for Gephi", "chancery export --format graphml > network.graphml"],
    ["Missions as a spreadsheet", "chancery export --format csv --records missions > missions.csv"],
  ],
  async run(args, io) {
    const { values, positionals } = parseOptions(exportCommand, args);
    if (positionals.length > 0) throw new CoreError("INVALID_INPUT", `export takes no arguments (received ${positionals.join(" ")}); filter with --actor, --type, --from, --to`);
    const format = choice("--format", values.format, EXPORT_FORMATS) ?? "json";
    const records = typeof values.records === "string" ? values.records.split(",").map((k) => choice("--records", k.trim(), EXPORT_KINDS)!) : [];
    const filter = Object.fromEntries((["actor", "type", "from", "to"] as const).flatMap((key) => (typeof values[key] === "string" ? [[key, key === "actor" ? values[key].toUpperCase() : values[key]]] : [])));
    const { exportText } = await storeModule();
    await withStore(
      values.db,
      async (store) => {
        for await (const chunk of exportText(store, format, { records: records as ExportKind[], filter })) await write(io.stdout, chunk);
      },
      { mustExist: true },
    );
    return 0;
  },
};

/** Writes a chunk, waiting while a stream's buffer is full: a slow reader (a pipe) never makes memory grow. */
async function write(out: Writer, chunk: string): Promise<void> {
  const stream = out as Writer & { once?: unknown; writableNeedDrain?: boolean };
  if (out.write(chunk) === false && typeof stream.once === "function") await once(stream as unknown as NodeJS.EventEmitter, "drain");
}
