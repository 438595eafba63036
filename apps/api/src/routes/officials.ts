import { OfficialQuery, type Store } from "@proj/store";
import type { Router } from "express";
import { resourceRoutes } from "./resource.js";

/** `GET /v1/officials?country=&role=&q=&limit=&cursor=` and `GET /v1/officials/:id`. */
export function officialRoutes(store: Store): Router {
  return resourceRoutes({ store, path: "/v1/officials", noun: "official", schema: OfficialQuery, list: store.officials, get: store.getOfficial });
}
