// Test fixtures for the knowledge-base routes: a temporary SQLite store holding the example articles (written
// for this project) and a few records, served on port 0.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Records, type Store } from "@proj/store";
import { type AppDeps, createApp } from "./app.js";
import { seedIfEmpty } from "./seed.js";
import { listen } from "./testing.js";

export const TOKEN = "test-token-3f9a";

/** Missions of other pairs, so lists have more than one page. */
export const RECORDS: Records = {
  missions: [
    { sender: "KE", host: "GH", kind: "embassy", city: "Accra", status: "open" },
    { sender: "PT", host: "VN", kind: "embassy", city: "Hanoi", status: "open" },
    { sender: "PT", host: "BR", kind: "consulate-general", city: "Rio de Janeiro", status: "open" },
  ],
};

export interface SeededApi {
  url: string;
  store: Store;
  get(path: string): Promise<Response>;
  post(path: string, body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** A seeded SQLite store behind createApp, listening on a free port. */
export async function startSeededApi(deps: Omit<AppDeps, "store"> = { token: TOKEN }): Promise<SeededApi> {
  const dir = mkdtempSync(join(tmpdir(), "chancery-api-"));
  const store = await openStore(join(dir, "kb.db"));
  await seedIfEmpty(store);
  await store.ingestRecords(RECORDS, { input: "fixtures" });
  return serve(store, deps, async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
}

/** Serves a store on a free port; `close` stops the server, then runs `cleanUp`. */
export async function serve(store: Store, deps: Omit<AppDeps, "store">, cleanUp: () => Promise<void>): Promise<SeededApi> {
  const api = await listen(createApp({ ...deps, store }));
  return {
    url: api.url,
    store,
    get: (path) => fetch(`${api.url}${path}`),
    post: (path, body, headers = {}) => fetch(`${api.url}${path}`, { method: "POST", body, headers: { "content-type": "application/json", ...headers } }),
    close: async () => {
      await api.close();
      await cleanUp();
    },
  };
}

/** The body of a problem+json response, checking its media type. */
export async function problem(res: Response): Promise<Record<string, unknown>> {
  if (!res.headers.get("content-type")?.startsWith("application/problem+json")) throw new Error(`not problem+json: ${res.headers.get("content-type")}`);
  return (await res.json()) as Record<string, unknown>;
}
