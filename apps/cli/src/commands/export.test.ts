import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GDELT_COLUMNS, parseRecords, SYMMETRIC_EVENT_TYPES, type EventType } from "@proj/core";
import { createSqliteStore } from "@proj/store";
import { Ajv2020 } from "ajv/dist/2020.js";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import { memoryIo } from "../io.js";
import { runAgainst } from "../testing.js";
import { exportCommand } from "./export.js";
import { importCommand } from "./import.js";
import { ingestCommand } from "./ingest.js";

const DATA = new URL("../../../../../shared/data/", import.meta.url);
const GDELT = ["gdelt/20191024143000.export.CSV", "gdelt/gdelt1-daily-sample-events.tsv"].map((f) => new URL(f, DATA).pathname);
const EMBASSIES = new URL("embassies/database_of_embassies.csv", DATA).pathname;

const dir = mkdtempSync(join(tmpdir(), "chancery-export-"));
const db = join(dir, "kb.db");
const events = join(dir, "events.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  for (const target of [db, events]) expect((await runAgainst(importCommand, target, ["gdelt", ...GDELT])).code).toBe(0);
  expect((await runAgainst(importCommand, db, ["missions", "--mode", "bulk", EMBASSIES])).code).toBe(0);
}, 120_000);

const exported = async (args: string[], target = db) => {
  const { code, out, err } = await runAgainst(exportCommand, target, args);
  expect(err).toBe("");
  expect(code).toBe(0);
  return out;
};

/** Everything in the knowledge base, read with the store's own queries: what the exports must account for. */
async function contents(target = db) {
  const store = await createSqliteStore({ path: target });
  const all = async <T>(fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor: string | null }>) => {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await fetch(cursor);
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return items;
  };
  const missions = await all((cursor) => store.missions({ limit: 500, cursor }));
  const evs = await all((cursor) => store.events({ limit: 500, cursor }));
  await store.close();
  return { missions, events: evs };
}

describe("chancery export --format graphml", () => {
  it("writes valid XML that Gephi reads: a node per actor, an edge per sender→host and per pair and event type", async () => {
    const xml = await exported(["--format", "graphml"]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["node", "edge", "data"].includes(name) });
    const graph = parser.parse(xml).graphml.graph;
    const { missions, events } = await contents();
    const actors = new Set([...missions.flatMap((m) => [m.sender, m.host]), ...events.flatMap((e) => (e.source && e.target ? [e.source, e.target] : []))]);
    const pairs = new Set([
      ...missions.map((m) => `${m.sender}|${m.host}|missions`),
      ...events.map((e) => {
        const [a, b] = SYMMETRIC_EVENT_TYPES.has(e.type as EventType) ? [e.source!, e.target!].sort() : [e.source!, e.target!];
        return `${a}|${b}|${e.type}`;
      }),
    ]);
    expect(graph.node).toHaveLength(actors.size);
    expect(graph.edge).toHaveLength(pairs.size);
    expect(graph.node.find((n: { "@_id": string }) => n["@_id"] === "VA").data[0]["#text"]).toBe("Holy See");
    const weights = graph.edge.filter((e: { data: Array<{ "#text": string | number }> }) => e.data[0]!["#text"] === "missions").reduce((sum: number, e: { data: Array<{ "#text": number }> }) => sum + Number(e.data[1]!["#text"]), 0);
    expect(weights).toBe(missions.length);
  });
});

describe("chancery export --format plover", () => {
  it("writes one JSON record per event, each valid against schema/plover-event.schema.json", async () => {
    const schema = createRequire(import.meta.url)("@proj/core/schema/plover-event.schema.json");
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const lines = (await exported(["--format", "plover"])).trimEnd().split("\n").map((line) => JSON.parse(line));
    const { events } = await contents();
    expect(lines).toHaveLength(events.length);
    for (const line of lines) expect(validate(line), JSON.stringify(validate.errors)).toBe(true);
    expect(lines.find((l) => l.id === "gdelt-564137648")).toMatchObject({ event: "CONSULT", mode: "visit", actors: { source: [{ actor: "VA" }], target: [{ actor: "IT" }] }, cite_info: [{ url: expect.stringMatching(/^http/) }] });
  });

  it("rejects a record the schema does not describe", () => {
    const schema = createRequire(import.meta.url)("@proj/core/schema/plover-event.schema.json");
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate({ id: "x", event: "VISIT" })).toBe(false);
  });
});

describe("chancery export, other formats and filters", () => {
  it("writes CAMEO rows under GDELT's column names, filtered by actor and type", async () => {
    const [header, ...rows] = (await exported(["--format", "cameo", "--actor", "va", "--type", "visit"])).trimEnd().split("\n");
    expect(header!.split("\t")).toEqual([...GDELT_COLUMNS]);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split("\t")).toHaveLength(61);
    expect(rows.every((row) => /\tVAT\t/.test(row))).toBe(true);
  });

  it("writes one kind of record as CSV, and dates filter events", async () => {
    const missions = (await exported(["--format", "csv", "--records", "missions", "--actor", "IT"])).split("\r\n");
    expect(missions[0]).toMatch(/^id,sender,host,kind,city,status,/);
    expect(missions).toContainEqual(expect.stringMatching(/^IT-VA-embassy-rome,IT,VA,embassy,Rome,open,/));
    const old = (await exported(["--format", "csv", "--to", "1999"])).trimEnd().split("\r\n").slice(1);
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((row) => row.split(",")[4]!.startsWith("1982"))).toBe(true);
  });

  it.each([
    [["--format", "xml"], 2, "--format must be one of json, ndjson, csv, plover, cameo, graphml"],
    [["--format", "csv", "--records", "missions,events"], 2, "a CSV export holds one kind of record"],
    [["--records", "treaties"], 2, "--records must be one of missions, officials, events"],
    [["--from", "last week"], 2, "invalid export query: from: expected an EDTF date"],
    [["stray"], 2, "export takes no arguments"],
  ])("refuses %j", async (args, exit, message) => {
    const io = memoryIo();
    expect(await runCli(["export", "--db", db, ...args], io)).toBe(exit);
    expect(io.err()).toContain(message);
    expect(io.out()).toBe("");
  });

  it("says so when there is no knowledge base", async () => {
    const io = memoryIo();
    expect(await runCli(["export", "--db", join(dir, "none.db")], io)).toBe(1);
    expect(io.err()).toContain("no knowledge base at");
  });
});

describe("round trip", () => {
  it("export json, then chancery ingest into an empty knowledge base, gives the same records", async () => {
    const json = await exported(["--format", "json"], events);
    const file = join(dir, "backup.json");
    writeFileSync(file, json);
    const copy = join(dir, "copy.db");
    expect((await runAgainst(ingestCommand, copy, [file])).code).toBe(0);
    expect(await exported(["--format", "json"], copy)).toBe(json);
  });

  it("export ndjson of missions and events, then import, gives the same records", async () => {
    const ndjson = await exported(["--format", "ndjson"]);
    const parsed = parseRecords(ndjson, { format: "ndjson" });
    expect(parsed.issues).toEqual([]);
    const copy = join(dir, "copy-bulk.db");
    const store = await createSqliteStore({ path: copy });
    await store.ingestRecords({ missions: parsed.missions, officials: parsed.officials, events: parsed.events }, { input: "backup.ndjson" }, { mode: "bulk" });
    await store.close();
    expect(await exported(["--format", "ndjson"], copy)).toBe(ndjson);
  }, 60_000);
});
