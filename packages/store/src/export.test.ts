import { describe, expect, it } from "vitest";
import { exportPages, exportText } from "./export.js";
import { createSqliteStore } from "./sqlite.js";

const events = Array.from({ length: 1203 }, (_, i) => ({
  id: `e${String(i).padStart(4, "0")}`, type: i % 2 ? "visit" : "meeting", source: i % 3 ? "AZ" : "IL", target: i % 3 ? "IL" : "TR",
  date: `2023-03-${String(1 + (i % 28)).padStart(2, "0")}`, sources: [{ rule: "test" }],
})) as Array<{ id: string; type: "visit" | "meeting"; source: string; target: string; date: string; sources: Array<{ rule: string }> }>;

async function seeded() {
  const store = await createSqliteStore({ path: ":memory:" });
  await store.ingestRecords(
    { events, missions: [{ sender: "AZ", host: "IL", kind: "embassy", city: "Tel Aviv", status: "open" }, { sender: "TR", host: "AZ", kind: "embassy", status: "open" }], officials: [{ name: "Jeyhun Bayramov", country: "AZ", role: "foreign-minister" }] },
    { input: "test" },
    { mode: "bulk" },
  );
  return store;
}
const collect = async <T>(gen: AsyncGenerator<T>) => {
  const out: T[] = [];
  for await (const item of gen) out.push(item);
  return out;
};

describe("exportPages", () => {
  it("pages through every event that the filter selects, in store order", async () => {
    const store = await seeded();
    const pages = await collect(exportPages(store, "events"));
    expect(pages.length).toBe(3);
    expect(pages.flat()).toHaveLength(1203);
    const toTurkey = (await collect(exportPages(store, "events", { actor: "TR", type: "meeting" }))).flat();
    expect(toTurkey.length).toBe(events.filter((e) => e.target === "TR" && e.type === "meeting").length);
    expect((await collect(exportPages(store, "missions", { actor: "AZ" }))).flat().map((m) => m.kind === "missions" && m.record.sender)).toEqual(["AZ", "TR"]);
    expect((await collect(exportPages(store, "officials", { actor: "IL" }))).flat()).toEqual([]);
    await store.close();
  });

  it("refuses a filter it does not understand", async () => {
    const store = await seeded();
    await expect(collect(exportPages(store, "events", { actor: "azerbaijan" }))).rejects.toThrow(/^invalid export query: actor: /);
    await store.close();
  });
});

describe("exportText", () => {
  it("streams a whole export in chunks", async () => {
    const store = await seeded();
    const chunks = await collect(exportText(store, "ndjson"));
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.join("").trimEnd().split("\n")).toHaveLength(1203 + 2 + 1);
    const graph = (await collect(exportText(store, "graphml", { filter: { actor: "TR" } }))).join("");
    expect(graph.match(/<node /g)).toHaveLength(3);
    await store.close();
  });

  it("refuses kinds a format cannot hold", async () => {
    const store = await seeded();
    await expect(collect(exportText(store, "plover", { records: ["missions"] }))).rejects.toThrow("plover export holds events, not missions");
    await store.close();
  });
});
