// The shape shared by missions, officials and events: a filtered, paginated list and a lookup by id.
import { CoreError, getActor, issuesFromZod } from "@proj/core";
import type { Page, Store } from "@proj/store";
import { type Request, Router } from "express";
import * as z from "zod";
import { responseCacheOf } from "../middleware.js";
import { methodNotAllowed } from "../problem.js";

export interface ResourceSpec<T> {
  /** The store the lists and lookups read: answers are cached until its data changes. */
  store: Store;
  /** `/v1/missions`. */
  path: string;
  /** Singular, for messages: `mission`. */
  noun: string;
  /** The store's query schema (strict: an unknown parameter is a 400). */
  schema: z.ZodType;
  /** Query parameters as sent → the schema's input (splitting lists). */
  prepare?: (query: Record<string, unknown>) => Record<string, unknown>;
  list: (query: never) => Promise<Page<T>>;
  get: (id: string) => Promise<T | null>;
}

/** `GET path` (a page, with a `next` link) and `GET path/:id` (404 when unknown). */
export function resourceRoutes<T>(spec: ResourceSpec<T>): Router {
  const router = Router();
  const cache = responseCacheOf(spec.store);
  router
    .route(spec.path)
    .get((req, res) =>
      cache.reply(req, res, async () => {
        const query = parseQuery(spec.schema, (spec.prepare ?? ((q) => q))(req.query as Record<string, unknown>));
        const page = await spec.list(query as never);
        const next = page.nextCursor === null ? null : nextLink(req, page.nextCursor);
        return { body: { ...page, next }, ...(next ? { link: `<${next}>; rel="next"` } : {}) };
      }),
    )
    .all(methodNotAllowed("GET"));
  router
    .route(`${spec.path}/:id`)
    .get((req, res) =>
      cache.reply(req, res, async () => {
        parseQuery(NoQuery, req.query as Record<string, unknown>);
        const id = String(req.params.id);
        const found = await spec.get(id);
        if (!found) throw new CoreError("NOT_FOUND", `no ${spec.noun} with id ${JSON.stringify(id)}`);
        return { body: found };
      }),
    )
    .all(methodNotAllowed("GET"));
  return router;
}

/** A read-only resource of the store answered by one function of the request: `GET path` → JSON (cached until the data changes), other methods 405. */
export function getRoute(store: Store, path: string, answer: (req: Request) => Promise<unknown>): Router {
  const router = Router();
  const cache = responseCacheOf(store);
  router
    .route(path)
    .get((req, res) =>
      cache.reply(req, res, async () => {
        parseQuery(NoQuery, req.query as Record<string, unknown>);
        return { body: await answer(req) };
      }),
    )
    .all(methodNotAllowed("GET"));
  return router;
}

/** For routes without query parameters: like the others, they refuse one they do not know. */
const NoQuery = z.strictObject({});

/** Validates query parameters; a 400 names each bad parameter. */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, unknown>): z.output<T> {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  throw new CoreError("INVALID_INPUT", "invalid query parameters", { issues: issuesFromZod(parsed.error, {}, query) });
}

/** The same request with the cursor of the next page: a relative URL the client can follow as it is. */
function nextLink(req: Request, cursor: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(req.query)) if (key !== "cursor" && typeof value === "string") params.set(key, value);
  params.set("cursor", cursor);
  return `${req.baseUrl}${req.path}?${params}`;
}

/** A country or organisation code from a path, upper-cased; a code the gazetteer lacks is a 404. */
export function knownActor(value: string): string {
  const actor = getActor(value);
  if (!actor) throw new CoreError("NOT_FOUND", `no country or organisation with code ${JSON.stringify(value)}; use ISO 3166-1 alpha-2 (AZ, IL, PS, XK) or an organisation code (UN, EU)`);
  return actor.code;
}
