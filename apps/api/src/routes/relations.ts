import type { Store } from "@proj/store";
import type { Router } from "express";
import { getRoute, knownActor } from "./resource.js";

/** `GET /v1/relations/:a/:b`: both directions' missions with history and level, and every event between them by date. */
export function relationRoutes(store: Store): Router {
  return getRoute(store, "/v1/relations/:a/:b", (req) => store.relations(knownActor(String(req.params.a)), knownActor(String(req.params.b))));
}
