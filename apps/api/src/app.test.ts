import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { listen } from "./testing.js";

let api: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  api = await listen(createApp({ version: "9.9.9", bodyLimit: "2kb" }));
});
afterAll(() => api.close());

const post = (path: string, body: string, type = "application/json") => fetch(`${api.url}${path}`, { method: "POST", headers: { "content-type": type }, body });

describe("createApp", () => {
  it("answers GET /health with the version", async () => {
    const res = await fetch(`${api.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", version: "9.9.9" });
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("answers an unknown route with a problem+json 404", async () => {
    const res = await fetch(`${api.url}/v1/nowhere?x=1`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    expect(await res.json()).toEqual({ type: "about:blank", title: "Not Found", status: 404, detail: "no route for GET /v1/nowhere" });
  });

  it("answers a malformed JSON body with a problem+json 400 that does not echo the parser's internals", async () => {
    const res = await post("/v1/validate", '{"text": "a,b\\n1,2", ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ type: "about:blank", title: "Bad Request", status: 400, detail: "the request body is not valid JSON" });
  });

  it("answers a body over the limit with a problem+json 413", async () => {
    const res = await post("/v1/validate", JSON.stringify({ text: "x".repeat(4096) }));
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ title: "Payload Too Large", status: 413 });
  });

  it("answers the wrong method with 405 and Allow", async () => {
    const res = await fetch(`${api.url}/v1/validate`);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });
});
