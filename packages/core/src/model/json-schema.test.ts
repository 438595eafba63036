import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_MODELS, jsonSchemas, type JsonSchemaName } from "./json-schema.js";

const schemas = jsonSchemas();
const names = Object.keys(JSON_SCHEMA_MODELS) as JsonSchemaName[];

// `vitest run -u src/model/json-schema.test.ts` (npm run schema) rewrites the files after a model change.
describe("schema/*.schema.json", () => {
  it.each(names)("%s matches its committed file", async (name) => {
    await expect(`${JSON.stringify(schemas[name], null, 2)}\n`).toMatchFileSnapshot(`../../schema/${name}.schema.json`);
  });

  it("resolve through the package's ./schema/* export", () => {
    const require = createRequire(import.meta.url);
    expect(require("@proj/core/schema/DiplomaticMission.schema.json")).toEqual(schemas.DiplomaticMission);
  });
});

describe("jsonSchemas", () => {
  it("makes fields with defaults optional and keeps strictness", () => {
    const mission = schemas.DiplomaticMission.$defs?.DiplomaticMission;
    expect(mission).toMatchObject({ required: ["sender", "host", "kind", "status"], additionalProperties: false });
  });

  it("refers to shared definitions rather than repeating them", () => {
    const event = JSON.stringify(schemas.DiplomaticEvent);
    expect(event).toContain('"$ref":"#/$defs/ActorCode"');
    expect(schemas.DiplomaticEvent.$defs).toHaveProperty("Provenance");
  });

  it("fails on a schema that JSON cannot describe, so models stay JSON-representable", async () => {
    const z = await import("zod");
    expect(() => z.toJSONSchema(z.strictObject({ at: z.date() }))).toThrow(/Date cannot be represented/);
  });
});
