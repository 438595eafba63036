import { CoreError, DocumentInput, extract, issuesFromZod } from "@proj/core";
import { type Request, Router } from "express";
import { methodNotAllowed } from "../problem.js";

/** What `?published=&url=&title=` may say about a text/plain article. */
const TextQuery = DocumentInput.pick({ published: true, url: true, title: true });
const FLAGS = ["true", "false"];

/**
 * `POST /v1/extract`: a `DocumentInput` as JSON, or the article as `text/plain` with `?published=&url=&title=`.
 * Answers 200 with the Extraction `chancery extract --json` prints; `?keepUnasserted=true` keeps planned, negated
 * and hypothetical events.
 */
export function extractRoutes(): Router {
  const router = Router();
  router
    .route("/v1/extract")
    .post(async (req, res) => {
      const { keepUnasserted, ...query } = req.query;
      if (keepUnasserted !== undefined && !FLAGS.includes(String(keepUnasserted))) {
        throw new CoreError("INVALID_INPUT", "invalid query parameters", {
          issues: [{ field: "keepUnasserted", message: "expected true or false", received: JSON.stringify(keepUnasserted) }],
        });
      }
      res.json(extract(readDocument(req, query), keepUnasserted === "true" ? { keepUnasserted: true } : {}));
    })
    .all(methodNotAllowed("POST"));
  return router;
}

export function readDocument(req: Request, query: Record<string, unknown>): DocumentInput {
  if (req.is(["application/json", "application/*+json"])) {
    const parsed = DocumentInput.safeParse(req.body);
    if (parsed.success) return parsed.data;
    throw new CoreError("INVALID_INPUT", "the JSON body must be a document { text, published?, url?, title?, publisher?, id? }", {
      issues: issuesFromZod(parsed.error, {}, req.body),
    });
  }
  if (!req.is("text/plain")) {
    throw new CoreError("UNSUPPORTED_FORMAT", "send application/json { text, published?, url?, title? }, or the article as text/plain with ?published=&url=&title=");
  }
  const meta = TextQuery.safeParse(query);
  if (!meta.success) throw new CoreError("INVALID_INPUT", "invalid query parameters", { issues: issuesFromZod(meta.error, {}, query) });
  // body-parser leaves an empty body undefined.
  const parsed = DocumentInput.safeParse({ ...meta.data, text: typeof req.body === "string" ? req.body : "" });
  if (!parsed.success) throw new CoreError("INVALID_INPUT", "the article is empty", { issues: issuesFromZod(parsed.error) });
  return parsed.data;
}
