import { MissionQuery, type Store } from "@proj/store";
import type { Router } from "express";
import { resourceRoutes } from "./resource.js";

/** `GET /v1/missions?sender=&host=&kind=&status=&city=&limit=&cursor=` and `GET /v1/missions/:id`. */
export function missionRoutes(store: Store): Router {
  return resourceRoutes({ store, path: "/v1/missions", noun: "mission", schema: MissionQuery, list: store.missions, get: store.getMission });
}
