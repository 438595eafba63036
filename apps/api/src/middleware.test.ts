// The response cache: answers reused while the store's data version holds, recomputed after any write.
import type { Store } from "@proj/store";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enteredByItsPaths, ResponseCache } from "./middleware.js";
import { type SeededApi, serve, startSeededApi, TOKEN } from "./store-testing.js";
import { listen } from "./testing.js";

let api: SeededApi;
beforeAll(async () => {
  api = await startSeededApi({ token: TOKEN });
});
afterAll(() => api.close());

/** The seeded store behind an app of its own, counting the store calls each method gets. */
async function counted(...methods: Array<keyof Store>) {
  const calls: Record<string, number> = {};
  const store = { ...api.store };
  for (const method of methods) {
    const original = api.store[method] as (...args: unknown[]) => unknown;
    (store as Record<string, unknown>)[method] = (...args: unknown[]) => ((calls[method] = (calls[method] ?? 0) + 1), original(...args));
  }
  return { calls, server: await serve(store, { token: TOKEN }, async () => undefined) };
}

describe("response cache", () => {
  it("answers a repeated read without the store, with the same body, ETag and Link, and 304 on If-None-Match", async () => {
    const { calls, server } = await counted("relations", "missions");
    try {
      const first = await server.get("/v1/relations/AZ/IL");
      const again = await server.get("/v1/relations/AZ/IL");
      expect(calls.relations).toBe(1);
      expect(again.status).toBe(200);
      expect(again.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(await again.text()).toBe(await first.text());
      const unchanged = await fetch(`${server.url}/v1/relations/AZ/IL`, { headers: { "if-none-match": first.headers.get("etag")! } });
      expect(unchanged.status).toBe(304);

      const page = await server.get("/v1/missions?limit=1");
      const pageAgain = await server.get("/v1/missions?limit=1");
      expect(calls.missions).toBe(1);
      expect(pageAgain.headers.get("link")).toBe(page.headers.get("link"));
      expect(pageAgain.headers.get("link")).toMatch(/^<\/v1\/missions\?limit=1&cursor=[\w-]+>; rel="next"$/);
      expect(await pageAgain.json()).toEqual(await page.json());
    } finally {
      await server.close();
    }
  });

  it("recomputes after a write, and never caches a failure", async () => {
    const { calls, server } = await counted("missions");
    try {
      const before = await (await server.get("/v1/missions?sender=NO")).json();
      expect(before).toMatchObject({ items: [] });
      const missions = [{ sender: "NO", host: "IS", kind: "embassy", city: "Reykjavik", status: "open" }];
      const write = await server.post("/v1/records", JSON.stringify({ missions }), { authorization: `Bearer ${TOKEN}` });
      expect(write.status).toBe(201);
      const after = await (await server.get("/v1/missions?sender=NO")).json();
      expect(after).toMatchObject({ items: [expect.objectContaining({ sender: "NO", host: "IS" })] });
      expect(calls.missions).toBe(2);
      expect((await server.get("/v1/missions?sender=Norway")).status).toBe(400);
      expect((await server.get("/v1/missions?sender=Norway")).status).toBe(400);
      expect((await server.get("/v1/relations/AZ/QQ")).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it("reads the data version once for the requests one turn of the event loop handles, and afresh in the next", async () => {
    let reads = 0;
    let version = 1;
    const cache = new ResponseCache(async () => ((reads += 1), `v${version}`));
    const app = express();
    app.get("/:n", (req, res) => cache.reply(req, res, async () => ({ body: `${req.params.n} at v${version}` })));
    const server = await listen(app);
    try {
      // Requests sent together arrive in one batch; each is answered, from one read or a few.
      const batch = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map(async (n) => (await fetch(`${server.url}/${n}`)).text()));
      expect(batch).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => JSON.stringify(`${n} at v1`)));
      expect(reads).toBeLessThanOrEqual(8);
      // A change made before a request is sent is seen by it: its turn reads the version again.
      version = 2;
      const readsBefore = reads;
      expect(await (await fetch(`${server.url}/1`)).text()).toBe(JSON.stringify("1 at v2"));
      expect(reads).toBe(readsBefore + 1);
    } finally {
      await server.close();
    }
  });

  it("shares one version read among the calls of one turn", async () => {
    let reads = 0;
    const cache = new ResponseCache(async () => ((reads += 1), "v1"));
    const app = express();
    app.get("/:n", (req, res) => cache.reply(req, res, async () => ({ body: req.params.n })));
    // Two requests dispatched in the same turn, as a busy server's poll phase does with several ready sockets.
    const fake = (n: number) =>
      new Promise<void>((resolve) => {
        const req = Object.assign(Object.create(app.request), { method: "GET", url: `/${n}`, originalUrl: `/${n}`, headers: {}, app });
        const res = Object.assign(Object.create(app.response), { req, app, locals: {}, setHeader() {}, getHeader() {}, removeHeader() {}, end: () => resolve() });
        req.res = res;
        void cache.reply(req, res, async () => ({ body: n }));
      });
    await Promise.all([fake(1), fake(2), fake(3)]);
    expect(reads).toBe(1);
    await new Promise((resolve) => setImmediate(resolve)); // the next turn
    await fake(4);
    expect(reads).toBe(2);
  });

  it("keeps at most its byte budget, dropping the least recently used answers", async () => {
    let computed = 0;
    const cache = new ResponseCache(async () => "v1", 8 * 100);
    const app = express();
    app.get("/:n", (req, res) => cache.reply(req, res, async () => ((computed += 1), { body: "x".repeat(90) })));
    const server = await listen(app);
    try {
      for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) await (await fetch(`${server.url}/${n}`)).text();
      expect(computed).toBe(10); // 8 answers of ~92 bytes fit in 800: the first was dropped for the ninth
      await (await fetch(`${server.url}/9`)).text();
      expect(computed).toBe(10);
    } finally {
      await server.close();
    }
  });
});

describe("enteredByItsPaths", () => {
  it("enters a router for the paths Express would match there, and skips it for others", async () => {
    const router = express.Router();
    router.get("/v1/things", (_req, res) => res.send("list"));
    router.get("/v1/things/:id/parts", (req, res) => res.send(`parts of ${req.params.id}`));
    const app = express();
    app.use(enteredByItsPaths(router));
    app.use((_req, res) => res.status(404).send("elsewhere"));
    const server = await listen(app);
    try {
      const text = async (path: string) => (await fetch(`${server.url}${path}`)).text();
      expect(await text("/v1/things")).toBe("list");
      expect(await text("/V1/Things/")).toBe("list"); // Express routes ignore case and a trailing slash
      expect(await text("/v1/things/7/parts")).toBe("parts of 7");
      expect(await text("/v1/thingsx")).toBe("elsewhere");
      expect(await text("/v1/other")).toBe("elsewhere");
    } finally {
      await server.close();
    }
  });

  it("leaves a router with middleware of its own as it is", () => {
    const router = express.Router();
    router.use((_req, _res, next) => next());
    expect(enteredByItsPaths(router)).toBe(router);
  });
});
