import { CORE_ERROR_CODES, CoreError } from "@proj/core";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTTP_STATUS, problemHandler } from "./problem.js";
import { listen } from "./testing.js";

const logged: unknown[] = [];
let api: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  const app = express();
  app.get("/core", () => {
    throw new CoreError("INVALID_INPUT", "no such thing", { issues: [{ field: "x", message: "bad" }] });
  });
  app.get("/conflict", async () => {
    throw new CoreError("CONFLICT", "already there");
  });
  app.get("/bug", async () => {
    throw new TypeError("secret internals at /srv/app.js:12");
  });
  app.get("/http", () => {
    throw Object.assign(new Error("unsupported charset \"X\""), { status: 415, expose: true, type: "charset.unsupported" });
  });
  app.use(problemHandler((error) => logged.push(error)));
  api = await listen(app);
});
afterAll(() => api.close());

describe("HTTP_STATUS", () => {
  it("maps every core error code to a 4xx or 5xx status", () => {
    expect(Object.keys(HTTP_STATUS).sort()).toEqual([...CORE_ERROR_CODES].sort());
    for (const status of Object.values(HTTP_STATUS)) expect(status).toBeGreaterThanOrEqual(400);
  });
});

describe("problemHandler", () => {
  it("turns a CoreError into its status, code, detail and issues", async () => {
    const res = await fetch(`${api.url}/core`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: "about:blank", title: "Bad Request", status: 400, detail: "no such thing", code: "INVALID_INPUT", issues: [{ field: "x", message: "bad" }],
    });
    expect((await fetch(`${api.url}/conflict`)).status).toBe(409);
  });

  it("answers an unexpected error with a bare 500, logging it rather than sending it", async () => {
    const res = await fetch(`${api.url}/bug`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500, detail: "internal error", code: "INTERNAL" });
    expect(body).not.toContain("secret");
    expect(logged).toHaveLength(1);
  });

  it("keeps the status and exposable message of an HTTP error", async () => {
    const res = await fetch(`${api.url}/http`);
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ title: "Unsupported Media Type", detail: 'unsupported charset "X"' });
  });
});
