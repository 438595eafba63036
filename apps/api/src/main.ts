import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { openStore } from "@proj/store";
import { pino } from "pino";
import { createApp } from "./app.js";
import { readConfig, type ServerConfig } from "./config.js";
import { seedIfEmpty } from "./seed.js";

// Reads the environment, opens the knowledge base and listens; everything else is createApp's.
/** How long a shutdown waits for requests in flight before it closes their connections. */
const SHUTDOWN_GRACE_MS = 10_000;

let config: ServerConfig;
try {
  config = readConfig(process.env);
} catch (error) {
  console.error(`chancery api: ${(error as Error).message}`);
  process.exit(2);
}
// JSON lines on stderr; stdout stays free.
const logger = pino({ level: config.logLevel, base: { pid: process.pid } }, pino.destination({ dest: 2, sync: false }));
const { database } = config;

const store = await openStore(database);
const seeded = await seedIfEmpty(store);
if (seeded > 0) logger.info(`chancery api: the knowledge base was empty; stored ${seeded} example articles`);
if (!config.app.token) logger.info("chancery api: read-only: set CHANCERY_API_TOKEN to accept POST /v1/documents and /v1/records");

const server = createApp({ ...config.app, store, logger }).listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  const where = config.host === "0.0.0.0" ? "localhost" : config.host;
  logger.info(`chancery api listening on http://${where}:${port} (knowledge base: ${database.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")}; docs: /docs)`);
});
// A client gets 10 s to send its headers and 30 s for its whole request; idle keep-alive connections close after 5 s.
server.headersTimeout = 10_000;
server.requestTimeout = 30_000;
server.keepAliveTimeout = 5_000;

// Graceful shutdown: stop accepting, let requests in flight finish (closing each connection as it falls idle),
// then close the database.
let stopping = false;
const inFlight = new Set<ServerResponse>();
server.on("request", (_req, res: ServerResponse) => {
  inFlight.add(res);
  res.once("close", () => {
    inFlight.delete(res);
    if (stopping) setImmediate(() => server.closeIdleConnections());
  });
});
const exit = (code: number) => logger.flush(() => process.exit(code));
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: inFlight.size }, "chancery api: shutting down: finishing requests in flight");
    for (const res of inFlight) if (!res.headersSent) res.setHeader("Connection", "close");
    const force = setTimeout(() => {
      logger.warn(`chancery api: requests still open after ${SHUTDOWN_GRACE_MS} ms; closing them`);
      server.closeAllConnections();
    }, SHUTDOWN_GRACE_MS).unref();
    server.close(() => {
      clearTimeout(force);
      store.close().then(
        () => exit(0),
        (error: unknown) => {
          logger.error({ err: error }, "chancery api: closing the knowledge base failed");
          exit(1);
        },
      );
    });
    server.closeIdleConnections();
  });
}
