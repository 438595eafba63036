import { CoreError, formatIssue, ParseRequest, parseRecords, type RecordFormat } from "@proj/core";
import type { Records, Store } from "@proj/store";
import { type Request, type RequestHandler, Router } from "express";
import { methodNotAllowed } from "../problem.js";
import { parseQuery } from "./resource.js";
import { TEXT_TYPES } from "./validate.js";

/** `?format=` for a file sent as text/plain; `?file=` names the batch in the records' provenance (default: api). */
export const RecordsQuery = ParseRequest.pick({ format: true, file: true }).meta({ id: "RecordsQuery", description: "How to read a records file sent as it is, and the batch's name." });

/**
 * `POST /v1/records` (a bearer token required): structured records as JSON `{ missions, officials, events }`, or a
 * records file sent as it is (text/csv, application/x-ndjson, application/yaml, or text/plain with `?format=`);
 * `?file=` names the batch in the records' provenance.
 * All or nothing: one invalid record is a 422 naming it, and nothing is stored. Answers 201 with the IngestReport,
 * or 200 when the same batch was stored before.
 */
export function recordRoutes(store: Store, auth: RequestHandler): Router {
  const router = Router();
  router
    .route("/v1/records")
    .post(auth, async (req, res) => {
      const { format, file = "api" } = parseQuery(RecordsQuery, req.query as Record<string, unknown>);
      const { records, rule } = readRecords(req, format, file);
      const report = await store.ingestRecords(records, { input: file, rule });
      res.status(report.duplicate ? 200 : 201).json(report);
    })
    .all(methodNotAllowed("POST"));
  return router;
}

function readRecords(req: Request, format: RecordFormat | undefined, file: string): { records: Records; rule: string } {
  if (req.is(["application/json", "application/*+json"])) {
    // Validated by the store, which names each bad field (missions[0].sender) in a 422.
    return { records: req.body as Records, rule: "json" };
  }
  if (typeof req.body !== "string") {
    throw new CoreError("UNSUPPORTED_FORMAT", `send application/json { missions, officials, events }, or a records file as one of ${Object.keys(TEXT_TYPES).join(", ")}`);
  }
  const implied = format ?? Object.entries(TEXT_TYPES).find(([type]) => req.is(type))?.[1];
  const { missions, officials, events, issues } = parseRecords(req.body, { file, ...(implied ? { format: implied } : {}) });
  if (issues.length > 0) {
    throw new CoreError("INVALID_RECORD", `records rejected, nothing was written: ${issues.slice(0, 3).map(formatIssue).join("; ")}`, { issues });
  }
  return { records: { missions, officials, events }, rule: implied ?? "records" };
}
