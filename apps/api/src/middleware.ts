// The service layer in front of the routes: logs, security headers, CORS, throttling, time limits and caching
// (Cache-Control for clients and proxies, and the answers themselves until the data changes).
import { randomUUID } from "node:crypto";
import cors from "cors";
import type { Store } from "@proj/store";
import type { Request, RequestHandler, Response, Router } from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";
import type { Logger } from "pino";
import { sendProblem } from "./problem.js";

/** Probes answer whatever the load: never throttled, never cached. */
export const PROBES = ["/health", "/ready"];

/**
 * One JSON line per response (method, URL, status, milliseconds) with a request id, also sent back as X-Request-Id;
 * a client that leaves first is a warning. Headers are left out of the log: they carry bearer tokens. (pino-http
 * does the same with a child logger per request, which cost ~5 % of the throughput of a small route.)
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const start = performance.now();
    const id = randomUUID();
    res.setHeader("X-Request-Id", id);
    const entry = () => ({
      req: { id, method: req.method, url: req.originalUrl, remoteAddress: req.socket.remoteAddress },
      res: { statusCode: res.statusCode },
      responseTime: Math.round(performance.now() - start),
    });
    res.once("close", () => {
      if (!res.writableFinished) logger.warn(entry(), "request aborted");
      else if (res.statusCode >= 500) logger.error(entry(), "request failed");
      else if (logger.isLevelEnabled("info")) logger.info(entry(), "request completed");
    });
    next();
  };
}

/**
 * helmet's defaults, less `upgrade-insecure-requests` (TLS, if any, ends in front of this server), so /docs also
 * works over plain HTTP; its scripts and styles are served from here, which `script-src 'self'` allows.
 */
export const helmetMiddleware = (): RequestHandler => helmet({ contentSecurityPolicy: { directives: { "upgrade-insecure-requests": null } } });

/**
 * The headers helmet sets, found once by running it against a recording response and then set on every response.
 * With these options they depend on nothing in the request, and helmet's chain of fourteen middleware functions
 * cost ~7 µs of a ~120 µs request.
 */
export function securityHeaders(): RequestHandler {
  const headers: Array<[string, string]> = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  let ran = false;
  helmetMiddleware()({} as Request, recorder as unknown as Response, () => (ran = true));
  if (!ran) throw new Error("helmet did not finish synchronously; its headers cannot be computed once");
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** Browsers on these origins may call the API (`*` for any); without any, no CORS headers: same origin only. */
export function corsFor(origins: readonly string[]): RequestHandler {
  return cors({
    origin: origins.includes("*") ? "*" : [...origins],
    methods: ["GET", "HEAD", "POST"],
    allowedHeaders: ["Authorization", "Content-Type", "If-None-Match"],
    exposedHeaders: ["ETag", "Link", "Retry-After", "RateLimit", "RateLimit-Policy", "X-Request-Id"],
    maxAge: 600,
  });
}

/** At most `perMinute` requests a minute from one client address; beyond, a 429 problem with Retry-After. */
export function rateLimiter(perMinute: number, logger: Logger): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    skip: (req) => PROBES.includes(req.path),
    logger,
    handler: (_req, res) => sendProblem(res, 429, { detail: `more than ${perMinute} requests a minute from this client; retry after ${res.get("Retry-After")} s` }),
  });
}

/**
 * A 503 problem for a request not answered within `ms` (the handler's late answer is dropped). A response already
 * under way, such as a long export, is left to finish.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.locals.timedOut = true;
      res.set("Retry-After", "1");
      sendProblem(res, 503, { detail: `the request was not answered within ${ms} ms; try again, or narrow it` });
    }, ms);
    res.once("close", () => clearTimeout(timer));
    next();
  };
}

/** Reads may be cached for `maxAge` seconds (and revalidated with their weak ETag); writes and probes never. */
export function cacheControl(maxAge: number): RequestHandler {
  return (req, res, next) => {
    const read = (req.method === "GET" || req.method === "HEAD") && !PROBES.includes(req.path);
    res.set("Cache-Control", read ? `public, max-age=${maxAge}` : "no-store");
    // fetch() sends Cache-Control: no-cache with any If-None-Match, which would make Express skip the 304; the origin
    // evaluates the precondition whatever the request's cache directives (RFC 9110 §13.2.1).
    if (req.headers["if-none-match"]) delete req.headers["cache-control"];
    next();
  };
}

/** An answer as sent: serialised once, with its ETag and the headers that go with it. */
interface CachedAnswer {
  version: string;
  contentType: string;
  body: Buffer;
  etag: string | undefined;
  link: string | undefined;
}

/** How much answer text one store's cache keeps; beyond, the least recently used answers go. */
export const RESPONSE_CACHE_BYTES = 32 * 1024 * 1024;

/**
 * Answers per URL, valid while the store's data version stays the same (any write, by this process or another
 * instance on the same database, changes it): a repeated read costs one version check instead of a query, a parse
 * and a serialisation. Bounded by RESPONSE_CACHE_BYTES, least recently used out first.
 */
export class ResponseCache {
  readonly #entries = new Map<string, CachedAnswer>();
  readonly #version: () => Promise<string>;
  readonly #maxBytes: number;
  #bytes = 0;
  /** The version read for the requests of this turn of the event loop; cleared in the same turn's check phase. */
  #versionThisTurn: Promise<string> | undefined;

  constructor(version: () => Promise<string>, maxBytes = RESPONSE_CACHE_BYTES) {
    this.#version = version;
    this.#maxBytes = maxBytes;
  }

  /**
   * Sends the answer for this URL, computing it (and its Link header) only when the cached one is missing or stale.
   * A JSON body is serialised here; an `html` one is already the page's text.
   */
  async reply(req: Request, res: Response, answer: () => Promise<{ body: unknown; link?: string }>, format: "json" | "html" = "json"): Promise<void> {
    const key = req.originalUrl;
    // Read before the query: an answer computed after a write is filed under the older version and recomputed.
    const version = await this.#currentVersion();
    let entry = this.#entries.get(key);
    if (entry?.version === version) {
      this.#entries.delete(key); // most recently used last
      this.#entries.set(key, entry);
    } else {
      const { body, link } = await answer();
      const text = Buffer.from(format === "json" ? JSON.stringify(body) : String(body));
      // The same weak ETag Express would compute for this body (app setting "etag").
      const etagOf = req.app.get("etag fn") as ((body: Buffer, encoding?: string) => string) | undefined;
      entry = { version, contentType: format === "json" ? "application/json; charset=utf-8" : "text/html; charset=utf-8", body: text, etag: etagOf?.(text), link };
      this.#store(key, entry);
    }
    if (entry.link) res.set("Link", entry.link);
    if (entry.etag) res.set("ETag", entry.etag);
    res.set("Content-Type", entry.contentType);
    res.send(entry.body); // answers 304 itself when If-None-Match matches the ETag
  }

  /**
   * The store's data version, read once for all the requests one turn of the event loop handles. Every request of a
   * turn had arrived before the turn began, and a read of the version in it sees every commit that had completed by
   * then, so a client that reads after its write was acknowledged (by this instance or another) still sees the write:
   * its read arrives in a later turn. Under load a turn handles several requests, and the read (a SQLite pragma that
   * locks the shared WAL index, or a PostgreSQL round trip) is then shared.
   */
  #currentVersion(): Promise<string> {
    if (!this.#versionThisTurn) {
      this.#versionThisTurn = this.#version();
      setImmediate(() => (this.#versionThisTurn = undefined));
    }
    return this.#versionThisTurn;
  }

  #store(key: string, entry: CachedAnswer): void {
    const old = this.#entries.get(key);
    if (old) this.#bytes -= old.body.length;
    this.#entries.delete(key);
    if (entry.body.length > this.#maxBytes / 8) return; // one huge answer must not flush the rest
    this.#entries.set(key, entry);
    this.#bytes += entry.body.length;
    for (const [oldest, value] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= value.body.length;
    }
  }
}

const RESPONSE_CACHES = new WeakMap<Store, ResponseCache>();

/** The one response cache of a store, shared by every route that reads it. */
export function responseCacheOf(store: Store): ResponseCache {
  let cache = RESPONSE_CACHES.get(store);
  if (!cache) RESPONSE_CACHES.set(store, (cache = new ResponseCache(() => store.dataVersion())));
  return cache;
}

/**
 * The router, entered only by requests whose path could match one of its routes: every route's path up to its first
 * parameter or pattern, compared as Express does (case-insensitive, trailing slash allowed). Express otherwise walks
 * the stack of each of the app's routers for every request, an eighth of a cached answer's CPU. A router with
 * middleware or a pattern route of its own is entered by every request, as before.
 */
export function enteredByItsPaths(router: Router): RequestHandler {
  const prefixes: string[] = [];
  for (const layer of router.stack as Array<{ route?: { path?: unknown } }>) {
    const path = layer.route?.path;
    if (typeof path !== "string") return router;
    prefixes.push(path.split(/[:*{(]/)[0]!.replace(/\/+$/, "").toLowerCase());
  }
  const guard: RequestHandler = (req, res, next) => {
    const path = req.path.toLowerCase();
    if (prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) router(req, res, next);
    else next();
  };
  // The routes stay listable through the app's stack, as a router's are (the OpenAPI coverage test walks them).
  return Object.assign(guard, { stack: router.stack });
}
