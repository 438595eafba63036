import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Relations } from "@proj/store";
import { afterAll, describe, expect, it } from "vitest";

// Runs the built server (the root `npm test` builds first), as `npm start` does.
const main = fileURLToPath(new URL("../dist/main.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "chancery-api-main-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts the server and resolves once it says where it listens. */
async function start(env: Record<string, string>): Promise<{ child: ChildProcess; url: string; log: () => string }> {
  const child = spawn(process.execPath, [main], { env: { ...process.env, HOST: "127.0.0.1", PORT: "0", CHANCERY_API_TOKEN: "", ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      const found = /listening on (http:\/\/\S+)/.exec(log)?.[1];
      if (found) resolve(found);
    });
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}: ${log}`)));
  });
  return { child, url, log: () => log };
}

describe("dist/main.js", () => {
  it("stores the example articles on a first run with an empty database, serves them read-only, and stops cleanly on SIGTERM", async () => {
    const { child, url, log } = await start({ CHANCERY_DB: join(dir, "kb.db") });
    try {
      expect(log()).toContain("the knowledge base was empty; stored 10 example articles");
      expect(log()).toContain("read-only: set CHANCERY_API_TOKEN");
      const relations = Relations.parse(await (await fetch(`${url}/v1/relations/AZ/IL`)).json());
      expect(relations.missions.aInB).toContainEqual(expect.objectContaining({ kind: "embassy", city: "Tel Aviv", status: "open" }));
      // Read-only: a write without credentials is a 401, one with any a 403.
      expect((await fetch(`${url}/v1/documents`, { method: "POST", body: "{}" })).status).toBe(401);
      expect((await fetch(`${url}/v1/documents`, { method: "POST", body: "{}", headers: { authorization: "Bearer t0ken" } })).status).toBe(403);
    } finally {
      child.kill("SIGTERM");
    }
    const [code, signal] = await once(child, "exit");
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });

  it("finishes a request in flight when told to stop, closes its connection, then exits 0", async () => {
    const { child, url, log } = await start({ CHANCERY_DB: join(dir, "kb.db") });
    const exited = once(child, "exit");
    const saidSo = new Promise<void>((resolve) => child.stderr!.on("data", () => log().includes("shutting down") && resolve()));
    const csv = "sender,host,kind,status\nAZ,IL,embassy,open\n";
    const { hostname, port } = new URL(url);
    const answer = await new Promise<{ status?: number; body: string; connection?: string }>((resolve, reject) => {
      const req = request(
        { host: hostname, port, method: "POST", path: "/v1/validate", headers: { "content-type": "text/csv", "content-length": Buffer.byteLength(csv), expect: "100-continue" } },
        (res) => {
          let body = "";
          res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
          res.on("end", () => resolve({ status: res.statusCode, body, connection: res.headers.connection }));
        },
      );
      req.on("error", reject);
      // "100 Continue" says the server has read the headers and is inside the request: stop it, and only once it
      // says it is stopping, send the body.
      req.on("continue", () => {
        child.kill("SIGTERM");
        void saidSo.then(() => req.end(csv));
      });
    });
    expect(answer).toMatchObject({ status: 200, connection: "close" });
    expect(JSON.parse(answer.body)).toMatchObject({ valid: true, records: 1 });
    const [code, signal] = await exited;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(log()).toMatch(/"signal":"SIGTERM".*shutting down/);
  });

  it("writes a JSON log line per request", async () => {
    const { child, url, log } = await start({ CHANCERY_DB: join(dir, "kb.db") });
    try {
      const res = await fetch(`${url}/ready`);
      expect(res.status).toBe(200);
      const id = res.headers.get("x-request-id");
      await new Promise<void>((resolve) => (log().includes(id!) ? resolve() : child.stderr!.on("data", () => log().includes(id!) && resolve())));
      const line = log().split("\n").find((l) => l.includes(id!))!;
      expect(JSON.parse(line)).toMatchObject({ level: 30, msg: "request completed", req: { method: "GET", url: "/ready" }, res: { statusCode: 200 } });
    } finally {
      child.kill("SIGTERM");
    }
    await once(child, "exit");
  });

  it("does not store the examples twice: a second start finds them", async () => {
    const { child, log } = await start({ CHANCERY_DB: join(dir, "kb.db"), CHANCERY_API_TOKEN: "t0ken" });
    child.kill("SIGINT");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(log()).not.toContain("example articles");
    expect(log()).not.toContain("read-only");
  });

  it.each([
    [{ PORT: "eighty" }, 'PORT must be a port number (received "eighty")'],
    [{ CHANCERY_RATE_LIMIT: "many" }, "CHANCERY_RATE_LIMIT must be a whole number of requests a minute per client"],
  ])("refuses %o with exit code 2, naming the variable", (env, message) => {
    const result = spawnSync(process.execPath, [main], { env: { ...process.env, ...env }, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
