import { createHash, timingSafeEqual } from "node:crypto";
import type { RequestHandler } from "express";
import { sendProblem } from "./problem.js";

/** SHA-256 of a token: equal-length buffers for timingSafeEqual, so neither the content nor the length of the token leaks. */
const digest = (token: string) => createHash("sha256").update(token, "utf8").digest();

/** Whether a presented token is the configured one, compared in constant time. */
export function tokenMatches(presented: string, expected: string): boolean {
  return timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Guards writes: `Authorization: Bearer <token>` must match the configured token (401 otherwise). Without a
 * configured token the server is read-only: a write without credentials still answers 401 (credentials are what it
 * lacks), one that presents any answers 403 (no credentials would do).
 */
export function requireToken(token: string | undefined): RequestHandler {
  return (req, res, next) => {
    const presented = /^Bearer ([^\s]+)\s*$/i.exec(req.get("authorization") ?? "")?.[1];
    if (!token) {
      if (presented === undefined) {
        res.set("WWW-Authenticate", 'Bearer realm="chancery"');
        return sendProblem(res, 401, { detail: "send Authorization: Bearer <token> to write; this server is read-only: set CHANCERY_API_TOKEN" });
      }
      return sendProblem(res, 403, { detail: "server is read-only: set CHANCERY_API_TOKEN" });
    }
    if (presented !== undefined && tokenMatches(presented, token)) return next();
    res.set("WWW-Authenticate", 'Bearer realm="chancery"');
    return sendProblem(res, 401, { detail: presented === undefined ? "send Authorization: Bearer <token> to write" : "the bearer token is not the one this server accepts" });
  };
}
