import { Router } from "express";
import type { AppDeps } from "../app.js";

/** `GET /health`: the process answers, and which version it runs. */
export function healthRoutes(deps: Required<Pick<AppDeps, "version">>): Router {
  return Router().get("/health", (_req, res) => {
    res.json({ status: "ok", version: deps.version });
  });
}
