// For the page tests: the app on a fresh SQLite knowledge base holding the example articles, listening on a free port.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore, type Store } from "@proj/store";
import { createApp } from "../app.js";
import { seedIfEmpty } from "../seed.js";
import { listen } from "../testing.js";

export const TEST_TOKEN = "page-test-token";

export interface ExampleSite {
  url: string;
  store: Store;
  close(): Promise<void>;
}

export async function exampleSite(options: { token?: string } = { token: TEST_TOKEN }): Promise<ExampleSite> {
  const dir = mkdtempSync(join(tmpdir(), "chancery-pages-"));
  const store = await openStore(join(dir, "kb.db"));
  await seedIfEmpty(store);
  const server = await listen(createApp({ store, ...(options.token ? { token: options.token } : {}) }));
  return {
    url: server.url,
    store,
    async close() {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
