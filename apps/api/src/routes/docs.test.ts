import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.js";
import { listen } from "../testing.js";

let api: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  api = await listen(createApp());
});
afterAll(() => api.close());

describe("GET /docs", () => {
  it("serves Swagger UI from this server only: every script, style and icon is a local path that answers", async () => {
    const res = await fetch(`${api.url}/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await res.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toEqual(["/docs/assets/favicon.png", "/docs/assets/swagger-ui.css", "/docs/assets/swagger-ui-bundle.js", "/docs/init.js"]);
    for (const url of urls) expect((await fetch(`${api.url}${url}`)).status, url).toBe(200);
    const init = await (await fetch(`${api.url}/docs/init.js`)).text();
    expect(init).toContain('url: "/openapi.json"');
    expect(init).toContain("validatorUrl: null"); // Swagger UI would otherwise send the document to validator.swagger.io
  });

  it("is covered by a Content-Security-Policy that allows no other origin for scripts or requests", async () => {
    const csp = (await fetch(`${api.url}/docs`)).headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("serves only the package files it names", async () => {
    for (const name of ["index.html", "swagger-initializer.js", "..%2Fpackage.json", "constructor"]) {
      expect((await fetch(`${api.url}/docs/assets/${name}`)).status, name).toBe(404);
    }
  });
});
