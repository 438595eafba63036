import type { Store } from "@proj/store";
import type { Router } from "express";
import { getRoute } from "./resource.js";

/** `GET /v1/stats`: how many documents, missions, officials and events the knowledge base holds. */
export function statsRoutes(store: Store): Router {
  return getRoute(store, "/v1/stats", () => store.stats());
}
