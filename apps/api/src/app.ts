import express, { type Express } from "express";
import packageJson from "../package.json" with { type: "json" };
import type { Store } from "@proj/store";
import { requireToken } from "./auth.js";
import { notFound, problemHandler } from "./problem.js";
import { countryRoutes } from "./routes/countries.js";
import { documentRoutes } from "./routes/documents.js";
import { eventRoutes } from "./routes/events.js";
import { exportRoutes } from "./routes/export.js";
import { extractRoutes } from "./routes/extract.js";
import { healthRoutes } from "./routes/health.js";
import { missionRoutes } from "./routes/missions.js";
import { officialRoutes } from "./routes/officials.js";
import { recordRoutes } from "./routes/records.js";
import { relationRoutes } from "./routes/relations.js";
import { statsRoutes } from "./routes/stats.js";
import { TEXT_TYPES, validateRoutes } from "./routes/validate.js";

export interface AppDeps {
  /** Reported by /health; defaults to this package's version. */
  version?: string;
  /** Largest request body accepted (413 beyond); an `express.json` limit such as "1mb". */
  bodyLimit?: string | number;
  /** Where unexpected errors are logged; the client only ever sees "internal error". Defaults to logger.error. */
  logError?: (error: unknown) => void;
  /** The knowledge base behind /v1/missions, /v1/relations… and the writes; without one only the stateless routes answer. */
  store?: Store;
  /** The bearer token writes must present (CHANCERY_API_TOKEN); without one the server is read-only and writes answer 403. */
  token?: string;
  /** Where the app logs; console by default. */
  logger?: Pick<Console, "error">;
}

/**
 * The Chancery web API as an Express app, not yet listening.
 * @example createApp({ store: await openStore("chancery.db"), token: process.env.CHANCERY_API_TOKEN }).listen(3000);
 */
export function createApp(deps: AppDeps = {}): Express {
  const limit = deps.bodyLimit ?? "1mb";
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit, type: ["application/json", "application/*+json"] }));
  app.use(express.text({ limit, type: Object.keys(TEXT_TYPES) }));
  app.use(healthRoutes({ version: deps.version ?? packageJson.version }));
  app.use(validateRoutes());
  app.use(extractRoutes());
  if (deps.store) {
    const { store } = deps;
    const auth = requireToken(deps.token);
    for (const routes of [missionRoutes, officialRoutes, eventRoutes, relationRoutes, countryRoutes, statsRoutes]) app.use(routes(store));
    app.use(exportRoutes(store));
    app.use(documentRoutes(store, auth));
    app.use(recordRoutes(store, auth));
  }
  app.use(notFound);
  const logger = deps.logger ?? console;
  app.use(problemHandler(deps.logError ?? ((error) => logger.error(error))));
  return app;
}
