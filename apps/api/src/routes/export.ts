import { CoreError, EXPORT_MEDIA_TYPES, issuesFromZod } from "@proj/core";
import { ExportRequest, exportText, type Store } from "@proj/store";
import { Router } from "express";
import { methodNotAllowed } from "../problem.js";

/**
 * `GET /v1/export?format=&records=&actor=&type=&from=&to=` (ExportRequest, the options of `chancery export`): the
 * knowledge base as JSON, NDJSON, CSV, PLOVER JSON Lines, CAMEO TSV or GraphML, streamed page by page as the store
 * is read. Memory stays flat however large it is; a client that reads slowly slows the reads. A bad parameter is a
 * 400 problem before anything is written.
 */
export function exportRoutes(store: Store): Router {
  const router = Router();
  router
    .route("/v1/export")
    .get(async (req, res) => {
      const parsed = ExportRequest.safeParse(req.query);
      if (!parsed.success) {
        const issues = issuesFromZod(parsed.error, {}, req.query);
        throw new CoreError("INVALID_INPUT", `invalid export query: ${issues.map((i) => `${i.field ?? "query"}: ${i.message}`).join("; ")}`, { issues });
      }
      const { format, records, ...filter } = parsed.data;
      const chunks = exportText(store, format, { records, filter });
      // The first two chunks settle the kinds and the filter and hold the first page read: a mistake there, or a
      // store that does not answer, is still a clean 400 or 500 rather than a cut-off 200.
      const head = [await chunks.next(), await chunks.next()].flatMap((chunk) => (chunk.done ? [] : [chunk.value]));
      const { type, extension } = EXPORT_MEDIA_TYPES[format];
      res.status(200).type(type).set("Content-Disposition", `inline; filename="chancery.${extension}"`);
      let closed = false;
      res.on("close", () => (closed = true));
      // A full buffer waits for the client to read (or leave); each wait removes its own listeners.
      const drained = () =>
        new Promise<void>((resolve) => {
          const done = () => {
            res.off("drain", done).off("close", done);
            resolve();
          };
          res.on("drain", done).on("close", done);
        });
      const send = async (chunk: string) => {
        if (!res.write(chunk)) await drained();
      };
      for (const chunk of head) await send(chunk);
      for await (const chunk of chunks) {
        if (closed) break;
        await send(chunk);
      }
      res.end();
    })
    .all(methodNotAllowed("GET"));
  return router;
}
