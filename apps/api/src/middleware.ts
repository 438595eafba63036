// The service layer in front of the routes: logs, security headers, CORS, throttling, time limits and caching.
import { randomUUID } from "node:crypto";
import cors from "cors";
import type { RequestHandler } from "express";
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
export const securityHeaders = (): RequestHandler =>
  helmet({ contentSecurityPolicy: { directives: { "upgrade-insecure-requests": null } } });

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
