import { type Store, ingestDocument } from "@proj/store";
import { type RequestHandler, Router } from "express";
import { methodNotAllowed } from "../problem.js";
import { DocumentQuery, readDocument } from "./extract.js";
import { parseQuery } from "./resource.js";

/**
 * `POST /v1/documents` (a bearer token required): one article, as a JSON DocumentInput or as text/plain with
 * `?published=&url=&title=`, read by the extractor and merged into the knowledge base. Answers 201 with the
 * IngestReport, or 200 when the document was already known (nothing changed).
 */
export function documentRoutes(store: Store, auth: RequestHandler): Router {
  const router = Router();
  router
    .route("/v1/documents")
    .post(auth, async (req, res) => {
      const report = await ingestDocument(store, readDocument(req, parseQuery(DocumentQuery, req.query as Record<string, unknown>)));
      res.status(report.duplicate ? 200 : 201).json(report);
    })
    .all(methodNotAllowed("POST"));
  return router;
}
