// The OpenAPI 3.1 document, generated from the zod schemas the routes validate with and answer in: one table of
// operations, and components converted by zod's own z.toJSONSchema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
import { ActorCode, DocumentInput, EXPORT_FORMATS, EXPORT_MEDIA_TYPES, Extraction, ParseRequest } from "@proj/core";
import { CountryProfile, EventDetail, EventQuery, ExportRequest, MissionQuery, OfficialQuery, Records, Relations, StoredMission, StoredOfficial } from "@proj/store";
import * as z from "zod";
import { DocumentQuery, ExtractQuery } from "./routes/extract.js";
import { RecordsQuery } from "./routes/records.js";
import { TEXT_TYPES, ValidateQuery } from "./routes/validate.js";
import {
  EventPage, ExportJson, HealthStatus, IngestReport, MissionPage, OfficialPage, Problem, ReadyStatus, StoreStats, ValidationReport,
} from "./schemas.js";

type JsonSchema = Record<string, unknown>;

interface Operation {
  method: "get" | "post";
  /** Express's form: `/v1/missions/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** Path parameters by name. */
  params?: Record<string, z.ZodType>;
  /** The strict query schema the route parses (an unknown parameter is a 400). */
  query?: z.ZodObject;
  /** Request bodies by media type. */
  body?: Record<string, z.ZodType>;
  /** 2xx responses: status → media type → schema. */
  ok: Record<number, { description: string; content: Record<string, z.ZodType> }>;
  /** Error statuses this operation may answer, besides those every operation may (429, 500, 503). */
  errors: number[];
  /** Writes need the bearer token. */
  auth?: true;
  /** Not throttled, not timed out: for probes. */
  probe?: true;
}

const TEXT = z.string();
const json = (schema: z.ZodType) => ({ "application/json": schema });
/** A records file sent as it is, in any of the text media types the body parser reads. */
const textBodies = () => Object.fromEntries(Object.keys(TEXT_TYPES).map((type) => [type, TEXT]));
const Id = z.string().min(1).describe("A record id, as the list routes give it.");
const PARTY = ActorCode.describe("ISO 3166-1 alpha-2 (AZ, IL, PS, XK) or an organisation code (UN, EU), any case; one the gazetteer lacks is a 404.");

/** Every route createApp mounts (a test walks the router and checks both ways). */
export const OPERATIONS: readonly Operation[] = [
  { method: "get", path: "/health", tag: "operations", summary: "The process answers", ok: { 200: { description: "Alive, and which version runs.", content: json(HealthStatus) } }, errors: [], probe: true },
  {
    method: "get", path: "/ready", tag: "operations", summary: "The knowledge base answers", probe: true,
    ok: { 200: { description: "Ready to serve.", content: json(ReadyStatus) } }, errors: [],
  },
  { method: "get", path: "/openapi.json", tag: "operations", summary: "This document", ok: { 200: { description: "OpenAPI 3.1.", content: json(z.looseObject({})) } }, errors: [] },
  { method: "get", path: "/docs", tag: "operations", summary: "Interactive documentation (served offline)", ok: { 200: { description: "An HTML page.", content: { "text/html": TEXT } } }, errors: [] },
  { method: "get", path: "/docs/init.js", tag: "operations", summary: "The documentation page's script", ok: { 200: { description: "JavaScript.", content: { "text/javascript": TEXT } } }, errors: [] },
  {
    method: "get", path: "/docs/assets/:name", tag: "operations", summary: "Swagger UI's files, from the swagger-ui-dist package",
    params: { name: z.enum(["swagger-ui.css", "swagger-ui-bundle.js", "favicon.png"]) },
    ok: { 200: { description: "The file.", content: { "text/css": TEXT, "text/javascript": TEXT, "image/png": TEXT } } }, errors: [404],
  },
  {
    method: "post", path: "/v1/validate", tag: "records", summary: "Validate a records file without storing it",
    description: "`{ text, format?, kind?, file? }` as JSON, or the file as it is with `?format=&kind=&file=`. Answers 200 valid or not.",
    query: ValidateQuery,
    body: { ...json(ParseRequest), ...textBodies() },
    ok: { 200: { description: "The report, valid or not.", content: json(ValidationReport) } }, errors: [400, 405, 413, 415],
  },
  {
    method: "post", path: "/v1/extract", tag: "records", summary: "Read an article: missions, officials and events with their sentences",
    description: "A DocumentInput as JSON, or the article as text/plain with `?published=&url=&title=`; `?keepUnasserted=true` keeps planned, negated and hypothetical events.",
    query: ExtractQuery,
    body: { ...json(DocumentInput), "text/plain": TEXT },
    ok: { 200: { description: "What the article says.", content: json(Extraction) } }, errors: [400, 405, 413, 415],
  },
  {
    method: "get", path: "/v1/missions", tag: "knowledge base", summary: "Missions, filtered, by id", query: MissionQuery,
    ok: { 200: { description: "A page; `next` and the Link header point to the following one.", content: json(MissionPage) } }, errors: [400, 405],
  },
  { method: "get", path: "/v1/missions/:id", tag: "knowledge base", summary: "A mission with its history", params: { id: Id }, ok: { 200: { description: "The mission.", content: json(StoredMission) } }, errors: [404, 405] },
  {
    method: "get", path: "/v1/officials", tag: "knowledge base", summary: "Officials, filtered, by id", query: OfficialQuery,
    ok: { 200: { description: "A page.", content: json(OfficialPage) } }, errors: [400, 405],
  },
  { method: "get", path: "/v1/officials/:id", tag: "knowledge base", summary: "An official with positions over time", params: { id: Id }, ok: { 200: { description: "The official.", content: json(StoredOfficial) } }, errors: [404, 405] },
  {
    method: "get", path: "/v1/events", tag: "knowledge base", summary: "Events, filtered, by date", query: EventQuery,
    description: "`dyad` is two codes separated by a comma: `dyad=AZ,IL`.",
    ok: { 200: { description: "A page.", content: json(EventPage) } }, errors: [400, 405],
  },
  { method: "get", path: "/v1/events/:id", tag: "knowledge base", summary: "An event with every supporting source", params: { id: Id }, ok: { 200: { description: "The event.", content: json(EventDetail) } }, errors: [404, 405] },
  {
    method: "get", path: "/v1/relations/:a/:b", tag: "knowledge base", summary: "Both directions' missions and every event between two parties", params: { a: PARTY, b: PARTY },
    ok: { 200: { description: "The relations.", content: json(Relations) } }, errors: [404, 405],
  },
  { method: "get", path: "/v1/countries/:code", tag: "knowledge base", summary: "A party's diplomatic network", params: { code: PARTY }, ok: { 200: { description: "The profile.", content: json(CountryProfile) } }, errors: [404, 405] },
  { method: "get", path: "/v1/stats", tag: "knowledge base", summary: "How much the knowledge base holds", ok: { 200: { description: "Counts.", content: json(StoreStats) } }, errors: [405] },
  {
    method: "get", path: "/v1/export", tag: "knowledge base", summary: "Everything, or a filtered part, in an interchange format (streamed)", query: ExportRequest,
    ok: {
      200: {
        description: "The export, streamed page by page (no ETag).",
        content: Object.fromEntries(EXPORT_FORMATS.map((format) => [EXPORT_MEDIA_TYPES[format].type, format === "json" ? ExportJson : TEXT])),
      },
    },
    errors: [400, 405],
  },
  {
    method: "post", path: "/v1/documents", tag: "writes", summary: "Store an article: extract it and merge what it says", auth: true,
    description: "A DocumentInput as JSON, or text/plain with `?published=&url=&title=`. 201 when stored, 200 when already known.",
    query: DocumentQuery,
    body: { ...json(DocumentInput), "text/plain": TEXT },
    ok: { 201: { description: "Stored.", content: json(IngestReport) }, 200: { description: "Already stored: nothing changed.", content: json(IngestReport) } },
    errors: [400, 405, 413, 415],
  },
  {
    method: "post", path: "/v1/records", tag: "writes", summary: "Store structured records (all or nothing)", auth: true,
    description: "JSON `{ missions, officials, events }`, or a records file as it is (CSV, NDJSON, YAML, or text/plain with `?format=`).",
    query: RecordsQuery,
    body: { ...json(Records), ...textBodies() },
    ok: { 201: { description: "Stored.", content: json(IngestReport) }, 200: { description: "The same batch was stored before.", content: json(IngestReport) } },
    errors: [400, 405, 413, 415, 422],
  },
];

const STATUS_TEXT: Record<number, string> = {
  400: "A bad parameter or body; `issues` names each field.",
  401: "No bearer token, or not the right one.",
  403: "The server is read-only (no CHANCERY_API_TOKEN) and credentials were presented.",
  404: "No such record, party or route.",
  405: "Another method is allowed here (see Allow).",
  413: "The body is larger than the server accepts.",
  415: "A media type this route does not read.",
  422: "A record is invalid; nothing was stored.",
  429: "Too many requests from this client; wait for Retry-After seconds.",
  500: "An unexpected error (logged; never detailed here).",
  503: "The request took too long, or the knowledge base does not answer.",
};
const ALWAYS = [429, 500, 503];

/** `/v1/missions/:id` → `/v1/missions/{id}`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

const REF = "#/components/schemas/";
const idOf = (schema: z.ZodType): string => {
  const id = z.globalRegistry.get(schema)?.id;
  if (typeof id !== "string") throw new Error(`a schema in OPERATIONS has no .meta({ id }): ${JSON.stringify(z.toJSONSchema(schema)).slice(0, 80)}`);
  return id;
};
const refsIn = (schema: unknown): string[] => [...JSON.stringify(schema).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);

/** Components for some schemas read one way (io), every nested schema with an id a component of its own. */
function convert(entries: ReadonlyMap<string, z.ZodType>, io: "input" | "output"): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of entries) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `${REF}${id}`, unrepresentable: "any" });
  const { __shared, ...top } = schemas as Record<string, JsonSchema>;
  const all: Record<string, JsonSchema> = { ...top, ...((__shared?.$defs as Record<string, JsonSchema> | undefined) ?? {}) };
  // Nested ids come out under __shared#/$defs: hoist them; components need neither $schema nor a fragment $id.
  const text = JSON.stringify(all).replaceAll(`${REF}__shared#/$defs/`, REF);
  const hoisted = JSON.parse(text) as Record<string, JsonSchema>;
  for (const schema of Object.values(hoisted)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return hoisted;
}

/**
 * Output components under their ids; input components under the same id where they read the same, else as `<id>Input`
 * (a field with a default is optional on the way in), which also renames any that refer to one that differs.
 */
function components(inputs: ReadonlyMap<string, z.ZodType>, outputs: ReadonlyMap<string, z.ZodType>) {
  const output = convert(outputs, "output");
  const input = convert(inputs, "input");
  const differs = new Set(Object.keys(input).filter((id) => output[id] && JSON.stringify(input[id]) !== JSON.stringify(output[id])));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [id, schema] of Object.entries(input)) {
      if (output[id] && !differs.has(id) && refsIn(schema).some((ref) => differs.has(ref))) {
        differs.add(id);
        grew = true;
      }
    }
  }
  const inputName = (id: string) => (differs.has(id) ? `${id}Input` : id);
  const renamed = JSON.parse(JSON.stringify(input).replace(/"\$ref":"#\/components\/schemas\/([^"]+)"/g, (_, id: string) => `"$ref":"${REF}${inputName(id)}"`)) as Record<string, JsonSchema>;
  const schemas: Record<string, JsonSchema> = { ...output };
  for (const [id, schema] of Object.entries(renamed)) schemas[inputName(id)] = schema;
  return { schemas, inputName };
}

const ref = (name: string) => ({ $ref: `${REF}${name}` });

/** Parameters from an object schema's properties: arrays travel as one comma-separated value (`dyad=AZ,IL`). */
function parameters(where: "query" | "path", object: JsonSchema): JsonSchema[] {
  const properties = (object.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((object.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...schema }]) => ({
    name,
    in: where,
    required: where === "path" || required.has(name),
    ...(description ? { description } : {}),
    ...(schema.type === "array" ? { style: "form", explode: false } : {}),
    schema,
  }));
}

/**
 * The OpenAPI 3.1 document of the routes createApp mounts.
 * @example buildOpenApiDocument({ version: "1.0.0" }).paths["/v1/relations/{a}/{b}"].get
 */
export function buildOpenApiDocument(options: { version: string }): JsonSchema {
  const inputs = new Map<string, z.ZodType>();
  const outputs = new Map<string, z.ZodType>([["Problem", Problem]]);
  const paramIds = new Map<Operation, { path?: string; query?: string }>();
  OPERATIONS.forEach((op, i) => {
    const ids: { path?: string; query?: string } = {};
    // Path parameters go through the converter too, under an id of their own that is removed afterwards.
    if (op.params) inputs.set((ids.path = `__path${i}`), z.strictObject(op.params));
    if (op.query) inputs.set((ids.query = idOf(op.query)), op.query);
    paramIds.set(op, ids);
    for (const schema of Object.values(op.body ?? {})) if (schema !== TEXT) inputs.set(idOf(schema), schema);
    for (const { content } of Object.values(op.ok)) for (const schema of Object.values(content)) if (schema !== TEXT && z.globalRegistry.get(schema)?.id) outputs.set(idOf(schema), schema);
  });
  const { schemas, inputName } = components(inputs, outputs);

  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const op of OPERATIONS) {
    const ids = paramIds.get(op)!;
    const schemaOf = (schema: z.ZodType, io: "input" | "output") =>
      schema === TEXT ? { type: "string" } : z.globalRegistry.get(schema)?.id ? ref(io === "input" ? inputName(idOf(schema)) : idOf(schema)) : { type: "object" };
    const problems = [...new Set([...op.errors, ...(op.auth ? [401, 403] : []), ...(op.probe ? [] : ALWAYS), ...(op.path === "/ready" ? [503] : [])])].sort();
    (paths[openApiPath(op.path)] ??= {})[op.method] = {
      operationId: `${op.method}${op.path.replace(/\/:?(\w)([\w.]*)/g, (_, first: string, rest: string) => first.toUpperCase() + rest).replace(/\W/g, "")}`,
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      tags: [op.tag],
      ...(op.auth ? { security: [{ bearer: [] }] } : {}),
      parameters: [
        ...(ids.path ? parameters("path", schemas[ids.path]!) : []),
        ...(ids.query ? parameters("query", schemas[inputName(ids.query)]!) : []),
      ],
      ...(op.body
        ? { requestBody: { required: true, content: Object.fromEntries(Object.entries(op.body).map(([type, schema]) => [type, { schema: schemaOf(schema, "input") }])) } }
        : {}),
      responses: {
        ...Object.fromEntries(
          Object.entries(op.ok).map(([status, { description, content }]) => [
            status,
            { description, content: Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema: schemaOf(schema, "output") }])) },
          ]),
        ),
        ...(op.method === "get" ? { 304: { description: "Not modified: the If-None-Match ETag is current." } } : {}),
        ...Object.fromEntries(problems.map((status) => [status, { description: STATUS_TEXT[status], content: { "application/problem+json": { schema: ref("Problem") } } }])),
      },
    };
  }
  for (const [op, ids] of paramIds) if (ids.path && op.params) delete schemas[ids.path];

  return {
    // Schemas are plain JSON Schema 2020-12, which the default OAS 3.1 dialect is a superset of; Swagger UI
    // refuses any other jsonSchemaDialect, so none is named.
    openapi: "3.1.1",
    info: {
      title: "Chancery API",
      version: options.version,
      description:
        "Who represents whom, where, since when: diplomatic missions, officials and events between states, each with the sentences behind it. " +
        "Reads are public and cacheable (weak ETag, If-None-Match → 304); writes need `Authorization: Bearer <CHANCERY_API_TOKEN>`. " +
        "Every error is an RFC 9457 problem (application/problem+json); an unknown query parameter is a 400 on every /v1 route.",
      license: { name: "MIT", identifier: "MIT" },
    },
    tags: [
      { name: "knowledge base", description: "Queries over what is stored." },
      { name: "writes", description: "Add articles and records (bearer token)." },
      { name: "records", description: "Stateless: validate and extract." },
      { name: "operations", description: "Probes and this documentation." },
    ],
    paths,
    components: { schemas, securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "CHANCERY_API_TOKEN" } } },
  };
}
