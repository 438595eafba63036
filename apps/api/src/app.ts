import bytes from "bytes";
import express, { type Express } from "express";
import { pino, type Logger } from "pino";
import packageJson from "../package.json" with { type: "json" };
import type { Store } from "@proj/store";
import { requireToken } from "./auth.js";
import { cacheControl, corsFor, enteredByItsPaths, rateLimiter, requestLogger, requestTimeout, securityHeaders } from "./middleware.js";
import { buildOpenApiDocument } from "./openapi.js";
import { pageRoutes } from "./pages/routes.js";
import { notFound, problemHandler } from "./problem.js";
import { countryRoutes } from "./routes/countries.js";
import { docsRoutes } from "./routes/docs.js";
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
  /** Reported by /health and in /openapi.json; defaults to this package's version. */
  version?: string;
  /** Largest request body accepted (413 beyond), for every body parser; an `express.json` limit such as "1mb". */
  bodyLimit?: string | number;
  /** Where unexpected errors are logged; the client only ever sees "internal error". Defaults to logger.error. */
  logError?: (error: unknown) => void;
  /** The knowledge base behind /v1/missions, /v1/relations… and the writes; without one only the stateless routes answer. */
  store?: Store;
  /** The bearer token writes must present (CHANCERY_API_TOKEN); without one the server is read-only (401 without credentials, 403 with). */
  token?: string;
  /** Where the app logs, one JSON line per request (pino); silent by default. */
  logger?: Logger;
  /** Requests a minute one client address may make (CHANCERY_RATE_LIMIT); beyond, 429. 0 or absent: no limit. */
  rateLimit?: number;
  /** Browser origins allowed to call the API (CHANCERY_CORS_ORIGINS; "*" for any); absent: no CORS headers. */
  corsOrigins?: readonly string[];
  /** A request not answered within this many milliseconds gets a 503 problem (default 30,000). */
  requestTimeoutMs?: number;
  /** Seconds a client or proxy may reuse a read (default 60). */
  cacheMaxAge?: number;
  /** Express's `trust proxy` (CHANCERY_TRUST_PROXY): which X-Forwarded-For hops name the client, for the rate limit and logs. */
  trustProxy?: boolean | number | string;
}

/**
 * The Chancery web API as an Express app, not yet listening.
 * @example createApp({ store: await openStore("chancery.db"), token: process.env.CHANCERY_API_TOKEN }).listen(3000);
 */
export function createApp(deps: AppDeps = {}): Express {
  const limit = deps.bodyLimit ?? "1mb";
  const logger = deps.logger ?? pino({ level: "silent" });
  const logError = deps.logError ?? ((error: unknown) => logger.error({ err: error }, "unexpected error"));
  const version = deps.version ?? packageJson.version;
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", "weak");
  if (deps.trustProxy !== undefined) app.set("trust proxy", deps.trustProxy);

  app.use(requestLogger(logger));
  app.use(securityHeaders());
  if (deps.corsOrigins?.length) app.use(corsFor(deps.corsOrigins));
  app.use(requestTimeout(deps.requestTimeoutMs ?? 30_000));
  if (deps.rateLimit) app.use(rateLimiter(deps.rateLimit, logger));
  app.use(cacheControl(deps.cacheMaxAge ?? 60));
  app.use(express.json({ limit, type: ["application/json", "application/*+json"] }));
  app.use(express.text({ limit, type: Object.keys(TEXT_TYPES) }));

  app.use(enteredByItsPaths(healthRoutes({ version, store: deps.store, logError })));
  app.use(enteredByItsPaths(docsRoutes(buildOpenApiDocument({ version }))));
  app.use(enteredByItsPaths(validateRoutes()));
  app.use(enteredByItsPaths(extractRoutes()));
  if (deps.store) {
    const { store } = deps;
    const auth = requireToken(deps.token);
    for (const routes of [missionRoutes, officialRoutes, eventRoutes, relationRoutes, countryRoutes, statsRoutes, exportRoutes]) app.use(enteredByItsPaths(routes(store)));
    app.use(enteredByItsPaths(documentRoutes(store, auth)));
    app.use(enteredByItsPaths(recordRoutes(store, auth)));
    // The HTML pages last: their catch-all answers browsers' broken links with a page, API clients with problem+json.
    app.use(pageRoutes(store, { token: deps.token, maxBytes: bytes.parse(limit) ?? 1_000_000 }));
  }
  app.use(notFound);
  app.use(problemHandler(logError));
  return app;
}
