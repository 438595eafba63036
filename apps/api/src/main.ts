import type { AddressInfo } from "node:net";
import { openStore } from "@proj/store";
import { createApp } from "./app.js";
import { seedIfEmpty } from "./seed.js";

// Reads the environment, opens the knowledge base and listens; everything else is createApp's.
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`chancery api: PORT must be a port number (received ${JSON.stringify(process.env.PORT)})`);
  process.exit(2);
}
const database = process.env.CHANCERY_DB || "./chancery.db";
const token = process.env.CHANCERY_API_TOKEN || undefined;
const host = process.env.HOST ?? "0.0.0.0";

const store = await openStore(database);
const seeded = await seedIfEmpty(store);
if (seeded > 0) console.error(`chancery api: the knowledge base was empty; stored ${seeded} example articles`);
if (!token) console.error("chancery api: read-only: set CHANCERY_API_TOKEN to accept POST /v1/documents and /v1/records");

const server = createApp({ store, token }).listen(port, host, () => {
  const { port: bound } = server.address() as AddressInfo;
  console.error(`chancery api listening on http://${host === "0.0.0.0" ? "localhost" : host}:${bound} (knowledge base: ${database.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")})`);
});

// Graceful shutdown: stop accepting, let requests in flight finish, then close the database.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close(() => {
      store.close().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
    server.closeIdleConnections();
  });
}
