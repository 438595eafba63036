import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@proj/core";
import { afterAll, describe, expect, it } from "vitest";
import { ingestDocument, openStore } from "./open.js";

const dir = mkdtempSync(join(tmpdir(), "chancery-open-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("openStore", () => {
  it("opens a SQLite file for anything that is not a postgres:// URL", async () => {
    const store = await openStore(join(dir, "kb.db"));
    expect(store.engine).toBe("sqlite");
    expect(await store.stats()).toEqual({ documents: 0, missions: 0, officials: 0, events: 0 });
    await store.close();
  });

  it("names the server, not the password, when PostgreSQL cannot be reached", async () => {
    const error = await openStore("postgres://me:secret@127.0.0.1:1/nowhere").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "INTERNAL", message: expect.stringMatching(/^cannot use PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/nowhere: /) });
    expect((error as Error).message).not.toContain("secret");
  });
});

const TEXT =
  "Azerbaijan's Foreign Minister Jeyhun Bayramov visited Ramallah on Thursday and met Palestinian Foreign Minister Riyad al-Maliki. " +
  "Azerbaijan will open a representative office in Ramallah, Bayramov said.";

/** A new SQLite store with the articles ingested through extraction, in order. */
async function storeOf(name: string, articles: Array<{ published: string; url: string; text: string }>) {
  const store = await openStore(join(dir, name));
  for (const article of articles) await ingestDocument(store, article);
  return store;
}

describe.skipIf(!("extract" in core))("ingestDocument with @proj/core's extract()", () => {
  it("extracts and stores a document once", async () => {
    const store = await openStore(join(dir, "extract.db"));
    const first = await ingestDocument(store, { text: TEXT, published: "2023-03-31", url: "https://news.example/bayramov" });
    expect(first.duplicate).toBe(false);
    expect(first.events.created + first.missions.created + first.officials.created).toBeGreaterThan(0);
    expect((await ingestDocument(store, { text: TEXT, published: "2023-03-31" })).duplicate).toBe(true);
    await store.close();
  });

  it("merges three outlets' reports of one story into one record per happening", async () => {
    const store = await storeOf("story.db", [
      { published: "2024-03-05", url: "https://news.example.org/a1", text: "Chile's Foreign Minister Ana Rojas visited Lima on Monday and met her Peruvian counterpart Luis Paz. The two ministers signed an agreement on border trade. Chile will open a consulate in Arequipa, Rojas said." },
      { published: "2024-03-06", url: "https://wire.example.com/a2", text: "Chilean Foreign Minister Ana Rojas, who was in Peru this week, agreed with Peru's foreign minister Luis Paz to boost border trade. Chile plans to open a consulate in Arequipa." },
      // A later article tells the visit as background: "weeks after" places it before the opening, not on its day.
      { published: "2024-04-20", url: "https://news.example.org/a3", text: "Chile opened its consulate in Arequipa on Friday, weeks after Foreign Minister Ana Rojas visited Lima." },
    ]);
    const { timeline, missions } = await store.relations("CL", "PE");
    expect(timeline.map((e) => [e.type, e.date, e.reportCount])).toEqual([
      ["agreement", "2024-03-04", 2],
      ["mission-announced", "2024-03-04", 2],
      ["visit", "2024-03-04", 3],
      ["meeting", "2024-03-04", 1],
      ["mission-opened", "2024-04-19", 1],
    ]);
    expect(missions.aInB.map((m) => [m.kind, m.city, m.status, m.history.map((h) => `${h.date} ${h.status}`)])).toEqual([
      ["consulate", "Arequipa", "open", ["2024-03-04 planned", "2024-04-19 open"]],
    ]);
    expect((await store.officials({})).items.map((o) => [o.name, o.country, o.sources.length])).toEqual([
      ["Ana Rojas", "CL", 3],
      ["Luis Paz", "PE", 2],
    ]);
    await store.close();
  });

  it("merges an announcement told on its day, as 'last week' and by a minister the article gives no state", async () => {
    const store = await storeOf("announcement.db", [
      { published: "2024-03-08", url: "https://news.example.org/b1", text: "Chile will reopen its embassy in Lima, Foreign Minister Ana Maria Rojas said on Thursday." },
      // Peru's article: the minister is named with no state, and Peru is the state it names most.
      { published: "2024-03-11", url: "https://wire.example.com/b2", text: "Peru's foreign ministry welcomed on Sunday Chile's decision to reopen its embassy in Lima, announced last week by Foreign Minister Ana Rojas. Peru said it hoped for closer ties." },
      { published: "2024-06-20", url: "https://news.example.org/b3", text: "LIMA — Chile reopened its embassy in Lima on Wednesday. Chilean Foreign Minister Ana Maria Rojas attended with Peruvian Foreign Minister Luis Paz, and the two held talks afterwards." },
    ]);
    const { timeline } = await store.relations("CL", "PE");
    expect(timeline.map((e) => [e.type, e.date, e.reportCount])).toEqual([
      ["mission-announced", "2024-03-07", 2],
      ["mission-opened", "2024-06-19", 1],
      ["meeting", "2024-06-19", 1],
      ["visit", "2024-06-19", 1],
    ]);
    expect((await store.officials({})).items.map((o) => [o.name, o.country, o.sources.length])).toEqual([
      ["Ana Maria Rojas", "CL", 3],
      ["Luis Paz", "PE", 1],
    ]);
    await store.close();
  });

  it("merges a plan told by the sender's embassy, a visit told by its visitor after 'by', and an opening months later", async () => {
    const store = await storeOf("plan.db", [
      { published: "2024-05-16", url: "https://wire.example.com/c1", text: "SANTIAGO, May 16 (Wire) - Peruvian Foreign Minister Luis Paz arrived in Santiago on Wednesday for a two-day visit and held talks with his Chilean counterpart Ana Rojas. The two ministers signed an agreement on fisheries. Paz said Peru would open a consulate general in Antofagasta next year." },
      // The sender's embassy tells the plan: it is the speaker, not a second post planned in Antofagasta.
      { published: "2024-05-18", url: "https://news.example.org/c2", text: "Chile and Peru signed a fisheries deal this week during a visit to Santiago by Peru's top diplomat, Luis Paz. Lima plans to open a consulate general in Antofagasta, the Peruvian embassy said." },
      // The opening, with the minister in a clause of another time: no visit of his on the opening's day.
      { published: "2025-02-14", url: "https://news.example.org/c3", text: "Peru opened its consulate general in Antofagasta on Thursday, nine months after Foreign Minister Luis Paz announced the plan during a visit to Santiago." },
    ]);
    const { timeline, missions } = await store.relations("PE", "CL");
    expect(timeline.map((e) => [e.type, e.date, e.reportCount])).toEqual([
      ["mission-announced", "2024-05-15", 2],
      ["agreement", "2024-05-15", 2],
      ["meeting", "2024-05-15", 1],
      ["visit", "2024-05-15", 3],
      ["mission-opened", "2025-02-13", 1],
    ]);
    expect(missions.aInB.map((m) => [m.kind, m.city, m.status])).toEqual([
      ["consulate-general", "Antofagasta", "open"],
      ["embassy", null, "open"],
    ]);
    await store.close();
  });

  it("rejects an input that is not a document", async () => {
    const store = await openStore(join(dir, "extract-bad.db"));
    await expect(ingestDocument(store, { text: "" })).rejects.toThrow();
    await store.close();
  });
});
