import { Ajv2020 } from "ajv/dist/2020.js";
import type { Express } from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.js";
import { pageRoutes } from "./pages/routes.js";
import { buildOpenApiDocument, OPERATIONS, openApiPath } from "./openapi.js";
import { type SeededApi, startSeededApi, TOKEN } from "./store-testing.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

let api: SeededApi;
let doc: Json;
beforeAll(async () => {
  api = await startSeededApi({ token: TOKEN });
  doc = (await (await api.get("/openapi.json")).json()) as Json;
});
afterAll(() => api.close());

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}
/** Routes in a router's stack, as `get /v1/missions/{id}`, walking routers inside routers. */
const walk = (stack: Layer[]): string[] =>
  stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).filter((m) => m !== "_all").map((m) => `${m} ${openApiPath(String(layer.route!.path))}`)
      : walk(layer.handle.stack ?? []),
  );
/** Every route of the JSON API an Express app mounts; the HTML pages are not part of the API's contract. */
function mountedRoutes(app: Express): string[] {
  const pages = new Set(walk((pageRoutes(api.store) as unknown as { stack: Layer[] }).stack));
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack).filter((route) => !pages.has(route));
}
const documented = (document: Json) => Object.entries(document.paths as Json).flatMap(([path, item]) => Object.keys(item as Json).map((m) => `${m} ${path}`));

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document with the package version, cacheable", async () => {
    const res = await api.get("/openapi.json");
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    expect(doc).toMatchObject({ openapi: expect.stringMatching(/^3\.1\./), info: { title: "Chancery API" } });
    expect(doc).not.toHaveProperty("jsonSchemaDialect"); // the OAS 3.1 default, a superset of 2020-12; Swagger UI reads no other
  });

  it("documents every route the app mounts, with its methods, and no other", async () => {
    const mounted = mountedRoutes(createApp({ store: api.store }));
    expect(new Set(mounted).size).toBe(mounted.length);
    expect([...mounted].sort()).toEqual(documented(doc).sort());
    // Without a store only the stateless routes are mounted, and all of them are documented.
    expect(documented(doc)).toEqual(expect.arrayContaining(mountedRoutes(createApp())));
  });

  it("takes parameters and bodies from the routes' own schemas: strict queries, comma lists, the bearer scheme", () => {
    const events = doc.paths["/v1/events"].get;
    expect(events.parameters.map((p: Json) => p.name)).toEqual(["actor", "dyad", "type", "from", "to", "limit", "cursor"]);
    expect(events.parameters.find((p: Json) => p.name === "dyad")).toMatchObject({ style: "form", explode: false, schema: { type: "array", minItems: 2 } });
    expect(events.parameters.find((p: Json) => p.name === "limit").schema).toEqual({ default: 100, type: "integer", minimum: 1, maximum: 500 });
    expect(doc.paths["/v1/relations/{a}/{b}"].get.parameters.map((p: Json) => [p.name, p.in, p.required])).toEqual([["a", "path", true], ["b", "path", true]]);
    const records = doc.paths["/v1/records"].post;
    expect(records.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(records.requestBody.content)).toEqual(expect.arrayContaining(["application/json", "text/csv", "application/x-ndjson"]));
    expect(Object.keys(records.responses)).toEqual(expect.arrayContaining(["200", "201", "401", "403", "413", "415", "422", "429"]));
    // On the way in a field with a default is optional; on the way out it is always there.
    expect(doc.components.schemas.DiplomaticMissionInput.required).toEqual(["sender", "host", "kind", "status"]);
    expect(doc.components.schemas.DiplomaticMission.required).toContain("history");
  });

  it("compiles: every component is valid JSON Schema 2020-12 and every $ref resolves", () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: ROOT, components: doc.components });
    for (const name of Object.keys(doc.components.schemas)) expect(() => ajv.getSchema(`${ROOT}#/components/schemas/${name}`)).not.toThrow();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty([ref!]);
  });

  it("has an operation for each entry of OPERATIONS", () => {
    expect(documented(doc)).toHaveLength(OPERATIONS.length);
    expect(buildOpenApiDocument({ version: "9.9.9" })).toMatchObject({ info: { version: "9.9.9" } });
  });
});

const ROOT = "https://chancery.invalid/openapi.json";

describe("real responses against the document", () => {
  const samples: Array<[string, string, string?, Record<string, string>?]> = [
    ["GET", "/health"],
    ["GET", "/ready"],
    ["GET", "/openapi.json"],
    ["GET", "/docs"],
    ["GET", "/docs/init.js"],
    ["GET", "/docs/assets/swagger-ui.css"],
    ["GET", "/docs/assets/favicon.png"],
    ["GET", "/docs/assets/index.html"],
    ["POST", "/v1/validate", JSON.stringify({ text: "sender,host,kind,status\nAZ,IL,embassy,opened\n", format: "csv", kind: "mission" })],
    ["POST", "/v1/validate", "sender,host,kind,status\nAZ,IL,embassy,open\n", { "content-type": "text/csv" }],
    ["POST", "/v1/validate", "<x/>", { "content-type": "application/xml" }],
    ["POST", "/v1/extract", JSON.stringify({ text: "Kenya opened an embassy in Accra on Monday.", published: "2024-05-08" })],
    ["POST", "/v1/extract", JSON.stringify({ text: "" })],
    ["GET", "/v1/missions?limit=2"],
    ["GET", "/v1/missions/AZ-IL-embassy-tel-aviv"],
    ["GET", "/v1/missions/none"],
    ["GET", "/v1/missions?limit=9999"],
    ["GET", "/v1/officials?country=AZ"],
    ["GET", "/v1/officials/AZ-jeyhun-bayramov"],
    ["GET", "/v1/events?dyad=AZ,IL&limit=3"],
    ["GET", "/v1/relations/AZ/IL"],
    ["GET", "/v1/relations/AZ/XX"],
    ["GET", "/v1/countries/IL"],
    ["GET", "/v1/stats"],
    ["GET", "/v1/export?actor=AZ"],
    ["GET", "/v1/export?format=csv&records=missions"],
    ["GET", "/v1/export?format=plover&actor=AZ"],
    ["DELETE", "/v1/stats"],
    ["POST", "/v1/documents", JSON.stringify({ text: "Chile recalled its ambassador from Peru on Monday.", published: "2024-05-08" }), { authorization: `Bearer ${TOKEN}` }],
    ["POST", "/v1/documents", JSON.stringify({ text: "Chile recalled its ambassador from Peru on Monday.", published: "2024-05-08" }), { authorization: `Bearer ${TOKEN}` }],
    ["POST", "/v1/documents", JSON.stringify({ text: "x" })],
    ["POST", "/v1/records", JSON.stringify({ missions: [{ sender: "CL", host: "PE", kind: "embassy", city: "Lima", status: "open" }] }), { authorization: `Bearer ${TOKEN}` }],
    ["POST", "/v1/records", JSON.stringify({ missions: [{ sender: "CL", host: "PE", kind: "palace", status: "open" }] }), { authorization: `Bearer ${TOKEN}` }],
    ["POST", "/v1/records", "a".repeat(2 * 1024 * 1024), { authorization: `Bearer ${TOKEN}`, "content-type": "text/csv" }],
  ];

  it("answers every sample with a status, media type and body the document describes", async () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ $id: ROOT, components: doc.components });
    const covered = new Set<string>();
    const outcomes: string[] = [];
    // The event and official ids of this run come from the list routes.
    const event = ((await (await api.get("/v1/events?limit=1")).json()) as Json).items[0].id as string;
    for (const [method, path, body, headers] of [...samples, ["GET", `/v1/events/${event}`] as const]) {
      const res = await fetch(`${api.url}${path}`, { method, ...(body === undefined ? {} : { body }), headers: { "content-type": "application/json", ...headers } });
      const template = Object.keys(doc.paths).find((t) => new RegExp(`^${t.replace(/\{\w+\}/g, "[^/]+")}$`).test(new URL(path, api.url).pathname));
      expect(template, path).toBeDefined();
      const operation = doc.paths[template!][method.toLowerCase()];
      const type = res.headers.get("content-type")?.split(";")[0] ?? "";
      outcomes.push(`${method} ${path.slice(0, 40)} → ${res.status} ${type}`);
      if (!operation) {
        expect(res.status, `${method} ${path}`).toBe(405); // an undocumented method on a documented path
        continue;
      }
      const media = operation.responses[String(res.status)]?.content?.[type];
      expect(media, `${method} ${path}: ${res.status} ${type} is not documented`).toBeDefined();
      const text = await res.text();
      const value = type.endsWith("json") && !type.includes("ndjson") ? JSON.parse(text) : text;
      const validate = ajv.compile(JSON.parse(JSON.stringify(media.schema).replaceAll('"#/components/', `"${ROOT}#/components/`)));
      expect(validate(value) ? [] : validate.errors, `${method} ${path}`).toEqual([]);
      if (res.status < 300) covered.add(`${method.toLowerCase()} ${template}`);
    }
    // Every operation answered at least once with success.
    expect([...covered].sort()).toEqual(documented(doc).sort());
    expect(outcomes.filter((o) => / → [45]/.test(o)).length).toBeGreaterThanOrEqual(8);
  });
});
