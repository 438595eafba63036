import express, { type Express } from "express";
import packageJson from "../package.json" with { type: "json" };
import { notFound, problemHandler } from "./problem.js";
import { extractRoutes } from "./routes/extract.js";
import { healthRoutes } from "./routes/health.js";
import { TEXT_TYPES, validateRoutes } from "./routes/validate.js";

export interface AppDeps {
  /** Reported by /health; defaults to this package's version. */
  version?: string;
  /** Largest request body accepted (413 beyond); an `express.json` limit such as "1mb". */
  bodyLimit?: string | number;
  /** Where unexpected errors are logged; the client only ever sees "internal error". */
  logError?: (error: unknown) => void;
}

/**
 * The Chancery web API as an Express app, not yet listening.
 * @example createApp({ bodyLimit: "5mb" }).listen(3000);
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
  app.use(notFound);
  app.use(problemHandler(deps.logError ?? ((error) => console.error(error))));
  return app;
}
