import { ROLES } from "@proj/core";
import type { OfficialQuery, StoredOfficial } from "@proj/store";
import { actorCode } from "../filters.js";
import { listCommand } from "../list-command.js";

export const officialsCommand = listCommand<StoredOfficial>({
  name: "officials",
  description: "list the officials in the knowledge base: one person a row, every form of the name merged",
  filters: {
    country: { type: "string", value: "CODE", description: "Officials serving this state or organisation (AZ)" },
    role: { type: "string", value: "ROLE", description: `One of ${ROLES.join(", ")}` },
    q: { type: "string", value: "TEXT", description: "Part of a name or alias (case, accents and al-/el- ignored)" },
  },
  examples: [
    ["Foreign ministers of Azerbaijan", "chancery officials --country AZ --role foreign-minister"],
    ["Find a person under any spelling", "chancery officials --q maliki"],
  ],
  schema: (store) => store.OfficialQuery,
  toQuery: ({ country, ...rest }) => ({ ...rest, ...(country === undefined ? {} : { country: actorCode("--country", country) }) }),
  fetch: (store, query: OfficialQuery) => store.officials(query),
  columns: [
    ["id", (o) => o.id],
    ["name", (o) => o.name],
    ["country", (o) => o.country],
    ["role", (o) => o.role],
    ["title", (o) => o.title],
    ["aliases", (o) => o.aliases.join("; ")],
    ["sources", (o) => o.sources.length],
  ],
});
