import type { Store } from "@proj/store";
import { Router } from "express";
import { methodNotAllowed, sendProblem } from "../problem.js";
import type { HealthStatus, ReadyStatus } from "../schemas.js";
import type * as z from "zod";

/** How long /ready waits for the knowledge base before it answers 503. */
export const READY_TIMEOUT_MS = 2000;

/**
 * `GET /health`: the process answers, and which version it runs. `GET /ready`: the knowledge base answers a one-row
 * query within READY_TIMEOUT_MS (200), or not (a 503 problem), for load balancers to route around.
 */
export function healthRoutes(deps: { version: string; store?: Store | undefined; logError: (error: unknown) => void }): Router {
  const router = Router();
  router
    .route("/health")
    .get((_req, res) => {
      res.json({ status: "ok", version: deps.version } satisfies z.infer<typeof HealthStatus>);
    })
    .all(methodNotAllowed("GET"));
  router
    .route("/ready")
    .get(async (_req, res) => {
      const error = await answers(deps.store);
      if (error === null) return void res.json({ status: "ready" } satisfies z.infer<typeof ReadyStatus>);
      deps.logError(error);
      res.set("Retry-After", "5");
      sendProblem(res, 503, { detail: "the knowledge base does not answer" });
    })
    .all(methodNotAllowed("GET"));
  return router;
}

/** null when the store answers in time, else why not. */
async function answers(store: Store | undefined): Promise<unknown> {
  if (!store) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Error>((resolve) => {
    timer = setTimeout(() => resolve(new Error(`the store did not answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    return await Promise.race([store.missions({ limit: 1 }).then(() => null), late]);
  } catch (error) {
    return error;
  } finally {
    clearTimeout(timer);
  }
}
