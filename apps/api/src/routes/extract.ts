import { CoreError, DocumentInput, extract, issuesFromZod } from "@proj/core";
import { type Request, Router } from "express";
import * as z from "zod";
import { methodNotAllowed } from "../problem.js";
import { parseQuery } from "./resource.js";

/** What `?published=&url=&title=` may say about a text/plain article (a JSON document says it in the body). */
export const DocumentQuery = DocumentInput.pick({ published: true, url: true, title: true }).meta({
  id: "DocumentQuery",
  description: "About an article sent as text/plain.",
});
export const ExtractQuery = DocumentQuery.extend({
  keepUnasserted: z.enum(["true", "false"]).optional().describe("Keep planned, negated and hypothetical events."),
}).meta({ id: "ExtractQuery", description: "About an article sent as text/plain, and what to keep." });

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
      const { keepUnasserted, ...query } = parseQuery(ExtractQuery, req.query as Record<string, unknown>);
      res.json(extract(readDocument(req, query), keepUnasserted === "true" ? { keepUnasserted: true } : {}));
    })
    .all(methodNotAllowed("POST"));
  return router;
}

/** The article of a request: a JSON DocumentInput, or text/plain described by its (already parsed) query. */
export function readDocument(req: Request, query: z.output<typeof DocumentQuery>): DocumentInput {
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
  // body-parser leaves an empty body undefined.
  const parsed = DocumentInput.safeParse({ ...query, text: typeof req.body === "string" ? req.body : "" });
  if (!parsed.success) throw new CoreError("INVALID_INPUT", "the article is empty", { issues: issuesFromZod(parsed.error) });
  return parsed.data;
}
