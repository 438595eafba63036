import { CoreError, EVENT_TYPES } from "@proj/core";
import type { EventQuery, StoredEvent } from "@proj/store";
import { actorCode } from "../filters.js";
import { listCommand } from "../list-command.js";

export const eventsCommand = listCommand<StoredEvent>({
  name: "events",
  description: "list the events in the knowledge base by date: visits, openings, recalls…, one per happening",
  filters: {
    actor: { type: "string", value: "CODE", description: "Events where this party is source or target" },
    dyad: { type: "string", value: "A,B", description: "Events between these two, either direction (AZ,IL)" },
    type: { type: "string", value: "TYPE", description: `One of ${EVENT_TYPES.join(", ")}` },
    from: { type: "string", value: "DATE", description: "Events on or after this EDTF date (2023, 2023-03, 2023-03-29)" },
    to: { type: "string", value: "DATE", description: "Events on or before this EDTF date" },
  },
  examples: [
    ["Everything between Azerbaijan and Israel in 2023", "chancery events --dyad AZ,IL --from 2023 --to 2023"],
    ["Every recall, as CSV", "chancery events --type ambassador-recalled --format csv"],
  ],
  schema: (store) => store.EventQuery,
  toQuery: ({ actor, dyad, ...rest }) => ({
    ...rest,
    ...(actor === undefined ? {} : { actor: actorCode("--actor", actor) }),
    ...(dyad === undefined ? {} : { dyad: parseDyad(dyad) }),
  }),
  fetch: (store, query: EventQuery) => store.events(query),
  columns: [
    ["date", (e) => e.date ?? "undated"],
    ["type", (e) => e.type],
    ["source", (e) => e.source],
    ["target", (e) => e.target],
    ["officials", (e) => e.officials.join("; ")],
    ["reports", (e) => e.reportCount],
    ["id", (e) => e.id],
  ],
});

function parseDyad(value: string): [string, string] {
  const parts = value.split(",");
  if (parts.length !== 2) {
    throw new CoreError("INVALID_INPUT", `--dyad: expected two codes separated by a comma, such as AZ,IL (received ${JSON.stringify(value)})`);
  }
  return [actorCode("--dyad", parts[0]!), actorCode("--dyad", parts[1]!)];
}
