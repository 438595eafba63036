import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
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
      expect((await fetch(`${url}/v1/documents`, { method: "POST", body: "{}" })).status).toBe(403);
    } finally {
      child.kill("SIGTERM");
    }
    const [code, signal] = await once(child, "exit");
    expect({ code, signal }).toEqual({ code: 0, signal: null });
  });

  it("does not store the examples twice: a second start finds them", async () => {
    const { child, log } = await start({ CHANCERY_DB: join(dir, "kb.db"), CHANCERY_API_TOKEN: "t0ken" });
    child.kill("SIGINT");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(log()).not.toContain("example articles");
    expect(log()).not.toContain("read-only");
  });

  it("refuses a PORT that is not a port number, with exit code 2", () => {
    const result = spawnSync(process.execPath, [main], { env: { ...process.env, PORT: "eighty" }, encoding: "utf8" });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('PORT must be a port number (received "eighty")');
  });
});
