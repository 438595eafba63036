import { MISSION_KINDS, MISSION_STATUSES } from "@proj/core";
import type { MissionQuery, StoredMission } from "@proj/store";
import { actorCode } from "../filters.js";
import { listCommand } from "../list-command.js";

export const missionsCommand = listCommand<StoredMission>({
  name: "missions",
  description: "list the missions in the knowledge base: embassies, consulates, offices, with status and level",
  filters: {
    sender: { type: "string", value: "CODE", description: "Missions of this state (AZ)" },
    host: { type: "string", value: "CODE", description: "Missions in this state or organisation (IL, UN)" },
    kind: { type: "string", value: "KIND", description: `One of ${MISSION_KINDS.join(", ")}` },
    status: { type: "string", value: MISSION_STATUSES.join("|"), description: "Current status" },
    city: { type: "string", value: "NAME", description: "Where the post is (case and accents ignored)" },
  },
  examples: [
    ["Azerbaijan's missions", "chancery missions --sender AZ"],
    ["Open embassies in Israel, as CSV", "chancery missions --host IL --kind embassy --status open --format csv"],
    ["Everything, one JSON object a line", "chancery missions --format ndjson --limit 500"],
  ],
  schema: (store) => store.MissionQuery,
  toQuery: ({ sender, host, ...rest }) => ({
    ...rest,
    ...(sender === undefined ? {} : { sender: actorCode("--sender", sender) }),
    ...(host === undefined ? {} : { host: actorCode("--host", host) }),
  }),
  fetch: (store, query: MissionQuery) => store.missions(query),
  columns: [
    ["id", (m) => m.id],
    ["kind", (m) => m.kind],
    ["sender", (m) => m.sender],
    ["host", (m) => m.host],
    ["city", (m) => m.city],
    ["status", (m) => m.status],
    ["since", (m) => m.history.findLast((h) => h.status === m.status)?.date],
    ["level", (m) => m.representationLevel],
    ["sources", (m) => m.sources.length],
  ],
});
