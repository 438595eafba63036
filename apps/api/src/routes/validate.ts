import { CoreError, issuesFromZod, ParseRequest, type RecordFormat, summarizeValidation, validateText } from "@proj/core";
import { type Request, Router } from "express";
import { methodNotAllowed } from "../problem.js";
import { parseQuery } from "./resource.js";

/** Media types read as a records file sent as it is, and the format each implies. */
export const TEXT_TYPES: Readonly<Record<string, RecordFormat | undefined>> = {
  "text/plain": undefined,
  "text/csv": "csv",
  "text/yaml": "yaml",
  "application/yaml": "yaml",
  "application/x-yaml": "yaml",
  "application/x-ndjson": "ndjson",
  "application/jsonl": "ndjson",
};

/** How to read a file sent as it is (a JSON request says it in the body). */
export const ValidateQuery = ParseRequest.omit({ text: true }).meta({ id: "ValidateQuery", description: "How to read a file sent as it is." });

/**
 * `POST /v1/validate`: `{ text, format?, kind?, file? }` as JSON, or the file itself as text with `?format=&kind=&file=`.
 * Answers 200 with the report `chancery validate --json` prints, valid or not.
 */
export function validateRoutes(): Router {
  const router = Router();
  router
    .route("/v1/validate")
    .post(async (req, res) => {
      const { text, file = "request", ...options } = readRequest(req);
      res.json(summarizeValidation([validateText(text, { file, ...options })]));
    })
    .all(methodNotAllowed("POST"));
  return router;
}

function readRequest(req: Request): ParseRequest {
  const json = Boolean(req.is(["application/json", "application/*+json"]));
  if (!json && typeof req.body !== "string") {
    throw new CoreError("UNSUPPORTED_FORMAT", `send application/json { text, format?, kind?, file? }, or the file as one of ${Object.keys(TEXT_TYPES).join(", ")}`);
  }
  const query = parseQuery(ValidateQuery, req.query as Record<string, unknown>);
  const implied = Object.entries(TEXT_TYPES).find(([type]) => req.is(type))?.[1];
  const input: unknown = json ? req.body : { ...query, text: req.body, format: query.format ?? implied };
  const parsed = ParseRequest.safeParse(input);
  if (!parsed.success) {
    const message = json ? "the JSON body must be { text, format?, kind?, file? }; to send a file as it is, use Content-Type text/plain and ?format=" : "invalid query parameters";
    throw new CoreError("INVALID_INPUT", message, { issues: issuesFromZod(parsed.error, {}, input) });
  }
  return parsed.data;
}
