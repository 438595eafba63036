import { STATUS_CODES } from "node:http";
import { CoreError, type CoreErrorCode, type Issue } from "@proj/core";
import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Problem } from "./schemas.js";

/** HTTP status by error code; the only place the API maps errors to statuses. */
export const HTTP_STATUS: Record<CoreErrorCode, number> = {
  INVALID_INPUT: 400,
  INVALID_RECORD: 422,
  UNSUPPORTED_FORMAT: 415,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
};

/**
 * Answers with an RFC 9457 problem: `type` about:blank with the status phrase as title, plus our `code` and located
 * `issues`. Never cached, never an ETag.
 */
export function sendProblem(res: Response, status: number, extra: { detail?: string; code?: CoreErrorCode; issues?: Issue[] } = {}): void {
  const problem: Problem = { type: "about:blank", title: STATUS_CODES[status] ?? "Error", status, ...extra };
  // end() rather than send(): no ETag, and no 304 for an error.
  res.status(status).set("Cache-Control", "no-store").type("application/problem+json").end(JSON.stringify(problem));
}

/** For routes that exist but not for this method. */
export const methodNotAllowed =
  (...allowed: string[]): RequestHandler =>
  (req, res) => {
    res.set("Allow", allowed.join(", "));
    sendProblem(res, 405, { detail: `${req.method} is not allowed here; use ${allowed.join(" or ")}` });
  };

export const notFound: RequestHandler = (req, res) => {
  sendProblem(res, 404, { detail: `no route for ${req.method} ${req.path}` });
};

/**
 * body-parser's and the router's errors carry a status; body-parser's an `expose` flag saying their message is safe
 * to show.
 */
interface HttpError {
  status: number;
  expose?: boolean;
  type?: string;
  message: string;
}
const isHttpError = (error: unknown): error is HttpError => error instanceof Error && typeof (error as Partial<HttpError>).status === "number";

const BODY_ERRORS: Record<string, string> = {
  "entity.parse.failed": "the request body is not valid JSON",
  "entity.too.large": "the request body is larger than this server accepts",
};
/** What the router throws for a path segment that is not valid percent-encoded UTF-8. */
const BAD_ESCAPE = "the path holds a percent-escape that is not UTF-8";

/** The last middleware: every error becomes a problem+json response; stack traces go to the log, never to the client. */
export function problemHandler(logError: (error: unknown) => void): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.writableEnded) {
      // Already answered, say by the request timeout: a late failure of the handler has no one left to tell.
      if (!res.locals.timedOut) logError(error);
      return;
    }
    if (res.headersSent) {
      // Mid-stream: Express cuts the connection, so the client sees a truncated body rather than a false end.
      logError(error);
      return next(error);
    }
    // An INTERNAL CoreError (a row that fails its schema, say) names tables and rows: logged, never sent.
    if (error instanceof CoreError && error.code !== "INTERNAL") {
      return sendProblem(res, HTTP_STATUS[error.code], { detail: error.message, code: error.code, ...(error.issues.length ? { issues: error.issues } : {}) });
    }
    if (isHttpError(error) && error.status >= 400 && error.status < 500) {
      const detail = (error.type && BODY_ERRORS[error.type]) ?? (error.expose ? error.message : error instanceof URIError ? BAD_ESCAPE : undefined);
      return sendProblem(res, error.status, detail ? { detail } : {});
    }
    logError(error);
    return sendProblem(res, 500, { detail: "internal error", code: "INTERNAL" });
  };
}
