// The service layer: security headers, CORS, rate limit, time limit, caching, readiness, logs, and what a failing
// store may (not) reveal.
import { Writable } from "node:stream";
import { CoreError } from "@proj/core";
import type { Store } from "@proj/store";
import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { helmetMiddleware } from "./middleware.js";
import { problem, type SeededApi, serve, startSeededApi, TOKEN } from "./store-testing.js";
import { listen } from "./testing.js";

let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi({ token: TOKEN });
});
afterAll(() => api.close());

/** The seeded store with some methods replaced, served by its own app. */
const withStore = (overrides: Partial<Store>, deps: Parameters<typeof serve>[1] = {}) => serve({ ...api.store, ...overrides }, deps, async () => undefined);

describe("security headers", () => {
  it("sends helmet's headers and no X-Powered-By", async () => {
    const res = await api.get("/v1/stats");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=/);
    expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("sends exactly the headers helmet itself would", async () => {
    const withHelmet = express();
    withHelmet.disable("x-powered-by");
    withHelmet.use(helmetMiddleware());
    withHelmet.get("/", (_req, res) => res.end());
    const helmetServer = await listen(withHelmet);
    try {
      const own = await api.get("/v1/stats");
      const theirs = await fetch(helmetServer.url);
      const transport = new Set(["date", "connection", "keep-alive", "content-length", "transfer-encoding"]);
      const names: string[] = [];
      theirs.headers.forEach((_value, name) => void (transport.has(name) || names.push(name)));
      expect(names.length).toBeGreaterThan(10);
      for (const name of names) expect([name, own.headers.get(name)]).toEqual([name, theirs.headers.get(name)]);
    } finally {
      await helmetServer.close();
    }
  });
});

describe("CORS", () => {
  it("sends no CORS headers unless origins are configured", async () => {
    const res = await fetch(`${api.url}/v1/stats`, { headers: { origin: "https://app.example.com" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("allows the configured origins, answers their preflight, and exposes the caching and paging headers", async () => {
    const cors = await withStore({}, { corsOrigins: ["https://app.example.com"] });
    try {
      const allowed = await fetch(`${cors.url}/v1/missions?limit=1`, { headers: { origin: "https://app.example.com" } });
      expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
      expect(allowed.headers.get("access-control-expose-headers")).toContain("ETag");
      const other = await fetch(`${cors.url}/v1/stats`, { headers: { origin: "https://evil.example.net" } });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
      const preflight = await fetch(`${cors.url}/v1/records`, {
        method: "OPTIONS",
        headers: { origin: "https://app.example.com", "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-headers")).toBe("Authorization,Content-Type,If-None-Match");
    } finally {
      await cors.close();
    }
  });
});

describe("rate limit", () => {
  it("answers the request past the limit with a 429 problem and Retry-After, and never throttles the probes", async () => {
    const limited = await withStore({}, { rateLimit: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await limited.get("/v1/stats")).status);
      expect(statuses).toEqual([200, 200, 200]);
      const res = await limited.get("/v1/stats");
      expect(res.status).toBe(429);
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(res.headers.get("ratelimit-policy")).toContain("q=3; w=60");
      expect(res.headers.get("cache-control")).toBe("no-store");
      expect(await problem(res)).toEqual({ type: "about:blank", title: "Too Many Requests", status: 429, detail: expect.stringMatching(/^more than 3 requests a minute/) });
      expect((await limited.get("/health")).status).toBe(200);
      expect((await limited.get("/ready")).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("request timeout", () => {
  it("answers a request the store leaves hanging with a 503 problem, and drops the late answer", async () => {
    let release!: () => void;
    const hanging = new Promise<void>((resolve) => (release = resolve));
    const logged: unknown[] = [];
    const slow = await withStore({ stats: async () => (await hanging, api.store.stats()) }, { requestTimeoutMs: 50, logError: (e) => logged.push(e) });
    try {
      const res = await slow.get("/v1/stats");
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("1");
      expect(await problem(res)).toMatchObject({ status: 503, detail: "the request was not answered within 50 ms; try again, or narrow it" });
      release();
      // The connection still serves the next request; the late answer was dropped without an error.
      expect((await slow.get("/health")).status).toBe(200);
      expect(logged).toEqual([]);
    } finally {
      await slow.close();
    }
  });
});

describe("caching", () => {
  it("sends a weak ETag and Cache-Control on reads, and 304 for a matching If-None-Match", async () => {
    const res = await api.get("/v1/relations/AZ/IL");
    const etag = res.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w+/=-]+"$/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const again = await fetch(`${api.url}/v1/relations/AZ/IL`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const stale = await fetch(`${api.url}/v1/relations/AZ/IL`, { headers: { "if-none-match": 'W/"other"' } });
    expect(stale.status).toBe(200);
  });

  it("gives the same body the same ETag and another body another", async () => {
    const tag = async (path: string) => (await api.get(path)).headers.get("etag");
    expect(await tag("/v1/missions?limit=1")).toBe(await tag("/v1/missions?limit=1"));
    expect(await tag("/v1/missions?limit=1")).not.toBe(await tag("/v1/missions?limit=2"));
  });

  it("marks writes, errors and probes no-store, without an ETag on errors", async () => {
    const write = await api.post("/v1/records", JSON.stringify({ missions: [] }), { authorization: `Bearer ${TOKEN}` });
    expect(write.headers.get("cache-control")).toBe("no-store");
    const missing = await api.get("/v1/missions/none");
    expect(missing.headers.get("cache-control")).toBe("no-store");
    expect(missing.headers.get("etag")).toBeNull();
    const failed = await fetch(`${api.url}/v1/missions/none`, { headers: { "if-none-match": "*" } });
    expect(failed.status).toBe(404);
    for (const probe of ["/health", "/ready"]) expect((await api.get(probe)).headers.get("cache-control"), probe).toBe("no-store");
  });
});

describe("GET /ready", () => {
  it("answers 200 when the store answers", async () => {
    const res = await api.get("/ready");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready" });
  });

  it("answers a 503 problem when the store fails, logging why", async () => {
    const logged: unknown[] = [];
    const broken = await withStore({ missions: () => Promise.reject(new Error("SQLITE_BUSY: database is locked")) }, { logError: (e) => logged.push(e) });
    try {
      const res = await broken.get("/ready");
      expect(res.status).toBe(503);
      const body = await problem(res);
      expect(body).toEqual({ type: "about:blank", title: "Service Unavailable", status: 503, detail: "the knowledge base does not answer" });
      expect(logged).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});

describe("a failing store", () => {
  const SQL_ERROR = Object.assign(new Error("SQLITE_ERROR: near \"DROP\": syntax error in SELECT id, record FROM missions WHERE sender = ?"), { code: "SQLITE_ERROR" });

  const CORRUPT_ROW = new CoreError("INTERNAL", "missions row AZ-IL-embassy does not match its schema; was it written by another program?", {
    issues: [{ file: "missions", field: "kind", message: "invalid option", received: '"palace"' }],
  });

  it.each([
    ["/v1/missions?sender=AZ", { missions: () => Promise.reject(SQL_ERROR) }, SQL_ERROR],
    ["/v1/relations/AZ/IL", { relations: () => Promise.reject(SQL_ERROR) }, SQL_ERROR],
    ["/v1/stats", { stats: () => { throw SQL_ERROR; } }, SQL_ERROR],
    ["/v1/export?format=csv", { missions: () => Promise.reject(SQL_ERROR), events: () => Promise.reject(SQL_ERROR) }, SQL_ERROR],
    ["/v1/missions/AZ-IL-embassy", { getMission: () => Promise.reject(CORRUPT_ROW) }, CORRUPT_ROW],
  ] as Array<[string, Partial<Store>, Error]>)("answers %s with a bare 500: no stack, no SQL, no message", async (path, overrides, error) => {
    const logged: unknown[] = [];
    const broken = await withStore(overrides, { logError: (e) => logged.push(e) });
    try {
      const res = await broken.get(path);
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({ type: "about:blank", title: "Internal Server Error", status: 500, detail: "internal error", code: "INTERNAL" });
      expect(text).not.toMatch(/SQLITE|SELECT|DROP|row|palace|at .*\.ts|\n/);
      expect(logged).toEqual([error]);
    } finally {
      await broken.close();
    }
  });
});

describe("logs", () => {
  it("writes one JSON line per request with its id (also sent as X-Request-Id), status and time, never the token", async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) });
    const logged = await listen(createApp({ logger: pino({ level: "info" }, sink), token: TOKEN }));
    try {
      const res = await fetch(`${logged.url}/health`, { headers: { authorization: `Bearer ${TOKEN}` } });
      const entries = lines.map((line) => JSON.parse(line) as Record<string, any>); // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(entries).toEqual([
        expect.objectContaining({ level: 30, msg: "request completed", req: expect.objectContaining({ method: "GET", url: "/health", id: res.headers.get("x-request-id") }), res: { statusCode: 200 }, responseTime: expect.any(Number) }),
      ]);
      expect(lines.join("")).not.toContain(TOKEN);
    } finally {
      await logged.close();
    }
  });
});
