import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type { Express } from "express";

/** Starts an app on a free port of the loopback interface, for tests that call it with fetch. */
export async function listen(app: Express): Promise<{ url: string; close(): Promise<void> }> {
  const server = app.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
