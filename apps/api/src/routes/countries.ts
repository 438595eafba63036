import type { Store } from "@proj/store";
import type { Router } from "express";
import { getRoute, knownActor } from "./resource.js";

/** `GET /v1/countries/:code`: posts abroad and hosted, counts by kind, open posts per year, officials. */
export function countryRoutes(store: Store): Router {
  return getRoute(store, "/v1/countries/:code", (req) => store.countryProfile(knownActor(String(req.params.code))));
}
