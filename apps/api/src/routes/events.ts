import { EventQuery, type Store } from "@proj/store";
import type { Router } from "express";
import { resourceRoutes } from "./resource.js";

/**
 * `GET /v1/events?actor=&dyad=A,B&type=&from=&to=&limit=&cursor=`, ordered by date, and `GET /v1/events/:id`
 * with every supporting source and why it was merged.
 */
export function eventRoutes(store: Store): Router {
  return resourceRoutes({
    store,
    path: "/v1/events",
    noun: "event",
    schema: EventQuery,
    prepare: ({ dyad, ...query }) => ({ ...query, ...(typeof dyad === "string" ? { dyad: dyad.split(",") } : dyad === undefined ? {} : { dyad }) }),
    list: store.events,
    get: store.getEvent,
  });
}
