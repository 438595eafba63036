// The behaviour every engine must show. Each engine's test file calls testStoreContract with a factory of empty stores.
import { CoreError, type Extraction } from "@proj/core";
import { afterEach, describe, expect, it } from "vitest";
import {
  ANNOUNCED, APPROVED_AND_VISIT, ARNOR, CONSULATE_RECORDS, GONDOR, numberedArticle, OPENED, REOPENED, STATELESS_MINISTER, STORY,
  STATELESS_SHORT_MINISTER, VISIT_DATED, VISIT_OTHER_OUTLET, VISIT_UNDATED,
} from "./fixtures.js";
import type { Store } from "./store.js";

async function ingestAll(store: Store, extractions: readonly Extraction[]) {
  const reports = [];
  for (const extraction of extractions) reports.push(await store.ingestExtraction(extraction));
  return reports;
}

/** Collects every page of a paginated query. */
async function allPages<T>(fetch: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return pages;
}

export function testStoreContract(name: string, factory: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let open: Store[] = [];
    const fresh = async () => {
      const store = await factory();
      open.push(store);
      return store;
    };
    afterEach(async () => {
      await Promise.all(open.map((s) => s.close()));
      open = [];
    });

    describe("the Arnor–Gondor story, ingested out of date order", () => {
      it("reports each merge decision with its reason", async () => {
        const store = await fresh();
        await store.ingestExtraction(APPROVED_AND_VISIT);
        const report = await store.ingestExtraction(VISIT_OTHER_OUTLET);
        expect(report).toMatchObject({ duplicate: false, officials: { created: 0, merged: 2 }, events: { created: 0, merged: 2 } });
        expect(report.merges.filter((m) => m.kind === "official").map((m) => m.reason)).toEqual([
          'name variant "Aragorn Telkontar" ~ "Aragorn el-Telcontar", same country XA',
          '"Hurin" is a shorter form of "Faramir Húrin", same country XG',
        ]);
      });

      it("yields one mission whose status follows the dates, not the ingest order", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        const { items } = await store.missions({ sender: ARNOR });
        expect(items).toHaveLength(1);
        const mission = items[0]!;
        expect(mission).toMatchObject({ id: "XA-XG-embassy-osgiliath", city: "Osgiliath", status: "open", representationLevel: 3, headOfMission: "Arwen Undómiel" });
        expect(mission.history.map((h) => `${h.date} ${h.status}`)).toEqual([
          "2023-01-12 planned",
          "2023-03-30 approved",
          "2023-06-02 planned",
          "2023-09-14 open",
          "2024-02-08 suspended",
          "2024-11-04 open",
        ]);
        expect(mission.history.every((h) => h.sources.length > 0)).toBe(true);
      });

      it("keeps an approved mission approved when a later-dated announcement arrives", async () => {
        const store = await fresh();
        await ingestAll(store, [APPROVED_AND_VISIT, STORY.at(-1)!, ANNOUNCED]);
        const mission = await store.getMission("XA-XG-embassy-osgiliath");
        expect(mission?.status).toBe("approved");
        expect(mission?.representationLevel).toBe(0);
      });

      it("yields one event per happening, with every source and why it was merged", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        const { items } = await store.events({ dyad: [GONDOR, ARNOR], type: "visit" });
        expect(items).toHaveLength(1);
        const visit = items[0]!;
        expect(visit).toMatchObject({ date: "2023-03-30", reportCount: 2, officials: ["Aragorn el-Telcontar"] });
        const detail = await store.getEvent(visit.id);
        expect(detail?.support.map((s) => s.reason)).toEqual([
          "first report",
          "same type+dyad (visit XA→XG), dates 2023-03-30 ⊂ 2023-03-26/2023-04-03, shared official Aragorn el-Telcontar",
        ]);
        expect(detail?.support.map((s) => s.documentId)).toEqual([APPROVED_AND_VISIT.document.id, VISIT_OTHER_OUTLET.document.id]);
        const meetings = await store.events({ dyad: [ARNOR, GONDOR], type: "meeting" });
        expect(meetings.items).toHaveLength(1);
        expect(meetings.items[0]).toMatchObject({ reportCount: 2, date: "2023-03-30" });
        const counts = await store.stats();
        expect(counts.events).toBe(8); // 2 announcements, approval, visit, meeting, opening, suspension, reopening
      });

      it("files an official the article gave no state under the one person of that name and office it knows", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        const report = await store.ingestExtraction(STATELESS_MINISTER);
        expect(report.officials).toMatchObject({ created: 0, merged: 1 });
        expect(report.merges.find((m) => m.kind === "official")?.reason).toBe(
          `same name "Aragorn el-Telcontar" and office as ${ARNOR}'s; the article did not name Aragorn el-Telcontar's state (read as ${GONDOR})`,
        );
        expect((await store.officials({ country: GONDOR })).items.map((o) => o.name)).toEqual(["Faramir Húrin"]);
        expect((await store.officials({ country: ARNOR, q: "telcontar" })).items[0]?.sources).toHaveLength(4);
      });

      it("files a shorter form of the name, with a generic title and no state given, under the one person it knows", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        const report = await store.ingestExtraction(STATELESS_SHORT_MINISTER);
        expect(report.officials).toMatchObject({ created: 0, merged: 1 });
        expect(report.merges.find((m) => m.kind === "official")?.reason).toBe(
          `"Aragorn Telcontar" ~ "Aragorn el-Telcontar" and office as ${ARNOR}'s; the article did not name Aragorn Telcontar's state (read as ${GONDOR})`,
        );
        expect((await store.officials({ country: GONDOR })).items.map((o) => o.name)).toEqual(["Faramir Húrin"]);
      });

      it("refiles an official first known only under a guessed state once an article gives the state", async () => {
        const store = await fresh();
        await store.ingestExtraction(STATELESS_MINISTER);
        expect((await store.officials({ country: GONDOR })).items.map((o) => o.id)).toEqual(["XG-aragorn-el-telcontar"]);
        const report = await store.ingestExtraction(APPROVED_AND_VISIT);
        expect(report.merges.find((m) => m.kind === "official" && m.id === "XA-aragorn-el-telcontar")?.reason).toBe(
          `same name "Aragorn el-Telcontar" and office; filed under ${GONDOR} only because earlier articles gave no state, and this one says ${ARNOR} (was XG-aragorn-el-telcontar)`,
        );
        expect((await store.officials({ country: GONDOR })).items.map((o) => o.name)).toEqual(["Faramir Húrin"]);
        expect((await store.officials({ country: ARNOR, q: "telcontar" })).items[0]?.sources).toHaveLength(2);
        expect(await store.getOfficial("XG-aragorn-el-telcontar")).toBeNull();
      });

      it("keeps an official the article gave no state apart when no one of that name is known", async () => {
        const store = await fresh();
        await store.ingestExtraction(STATELESS_MINISTER);
        expect((await store.officials({ country: GONDOR })).items.map((o) => o.name)).toEqual(["Aragorn el-Telcontar"]);
      });

      it("yields one official per person, with aliases and positions", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        const arnor = await store.officials({ country: ARNOR });
        expect(arnor.items.map((o) => o.name).sort()).toEqual(["Aragorn el-Telcontar", "Arwen Undómiel"]);
        const aragorn = arnor.items.find((o) => o.name === "Aragorn el-Telcontar")!;
        expect(aragorn.aliases.sort()).toEqual(["Aragorn Telkontar", "Telcontar"]);
        expect(aragorn.role).toBe("foreign-minister");
        expect(aragorn.sources).toHaveLength(3);
        const gondor = await store.officials({ country: GONDOR });
        expect(gondor.items.map((o) => [o.name, o.aliases])).toEqual([["Faramir Húrin", ["Hurin"]]]);
        const found = await store.officials({ q: "telkontar" });
        expect(found.items.map((o) => o.id)).toEqual([aragorn.id]);
        expect(await store.getOfficial(aragorn.id)).toEqual(aragorn);
        expect(await store.getOfficial("XA-nobody")).toBeNull();
      });

      it("re-ingesting the same documents changes nothing", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        const before = { stats: await store.stats(), relations: await store.relations(ARNOR, GONDOR) };
        const again = await ingestAll(store, STORY);
        expect(again.every((r) => r.duplicate)).toBe(true);
        // The same URL with edited text is the same document.
        const edited = { ...OPENED, document: { ...OPENED.document, id: "0123456789abcdef", text: `${OPENED.document.text} Updated.` } };
        expect(await store.ingestExtraction(edited)).toMatchObject({ duplicate: true, documentId: OPENED.document.id });
        expect({ stats: await store.stats(), relations: await store.relations(ARNOR, GONDOR) }).toEqual(before);
      });

      it("relations() gives both directions' missions, representation each way and the dated timeline", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        await store.ingestRecords(CONSULATE_RECORDS, { input: "consulates.json", published: "2023-01-01" });
        const relations = await store.relations(ARNOR, GONDOR);
        expect(relations.missions.aInB.map((m) => m.id)).toEqual(["XA-XG-embassy-osgiliath"]);
        expect(relations.missions.bInA.map((m) => [m.id, m.status])).toEqual([["XG-XA-consulate-general-fornost", "closed"]]);
        expect(relations.representation).toEqual({ aInB: 3, bInA: 0 });
        const dates = relations.timeline.map((e) => e.date!);
        expect(dates).toEqual([...dates].sort());
        expect(relations.timeline.map((e) => `${e.date} ${e.type}`).sort()).toEqual([
          "2023-01-12 mission-announced",
          "2023-03-30 meeting",
          "2023-03-30 mission-approved",
          "2023-03-30 visit",
          "2023-06-02 mission-announced",
          "2023-09-14 mission-opened",
          "2024-02-08 mission-closed",
          "2024-11-04 mission-opened",
        ]);
        expect(relations.timeline.every((e) => e.sources.length >= 1)).toBe(true);
        expect(await store.relations(GONDOR, ARNOR)).toMatchObject({ a: GONDOR, representation: { aInB: 0, bInA: 3 } });
      });

      it("countryProfile() counts posts by kind and replays open posts per year", async () => {
        const store = await fresh();
        await ingestAll(store, STORY);
        await store.ingestRecords(CONSULATE_RECORDS, { input: "consulates.json", published: "2023-01-01" });
        const arnor = await store.countryProfile(ARNOR);
        expect(arnor.missionsAbroad.map((m) => m.id)).toEqual(["XA-XG-embassy-osgiliath"]);
        expect(arnor.missionsHosted.map((m) => m.id)).toEqual(["XG-XA-consulate-general-fornost"]);
        expect(arnor.counts.abroad).toEqual({ open: 1, byKind: { embassy: 1 }, byStatus: { open: 1 }, lowy: { embassies: 1, consulates: 0, permanentMissions: 0, other: 0 } });
        expect(arnor.counts.hosted).toMatchObject({ open: 0, byStatus: { closed: 1 } });
        expect(arnor.openByYear).toEqual([
          { year: 2020, abroad: 0, hosted: 1 },
          { year: 2021, abroad: 0, hosted: 1 },
          { year: 2022, abroad: 0, hosted: 0 },
          { year: 2023, abroad: 1, hosted: 0 },
          { year: 2024, abroad: 1, hosted: 0 },
        ]);
        expect(arnor.officials.map((o) => o.name).sort()).toEqual(["Aragorn el-Telcontar", "Arwen Undómiel"]);
      });
    });

    it("getDocument() returns a stored article; recentEvents() the dated events, newest first", async () => {
      const store = await fresh();
      await ingestAll(store, STORY);
      const doc = await store.getDocument(OPENED.document.id);
      expect(doc).toMatchObject({ id: OPENED.document.id, text: OPENED.document.text, url: OPENED.document.url, published: OPENED.document.published });
      expect(await store.getDocument("0000000000000000")).toBeNull();
      const recent = await store.recentEvents(3);
      expect(recent).toHaveLength(3);
      const timeline = (await store.relations(ARNOR, GONDOR)).timeline.filter((e) => e.date);
      expect(recent.map((e) => e.id)).toEqual(timeline.map((e) => e.id).reverse().slice(0, 3));
      await expect(store.recentEvents(0)).rejects.toThrow();
    });

    it("a mission first known without a city takes its city, and the old id still resolves", async () => {
      const store = await fresh();
      await store.ingestExtraction(STORY.at(-1)!); // "an embassy in Gondor", no city
      expect((await store.missions()).items.map((m) => m.id)).toEqual(["XA-XG-embassy"]);
      await store.ingestExtraction(ANNOUNCED);
      expect((await store.missions()).items.map((m) => m.id)).toEqual(["XA-XG-embassy-osgiliath"]);
      expect((await store.getMission("XA-XG-embassy"))?.id).toBe("XA-XG-embassy-osgiliath");
      expect(await store.getMission("XA-XG-nothing")).toBeNull();
    });

    it("a consulate reported in the city of a known consulate-general is that post", async () => {
      const store = await fresh();
      await store.ingestRecords(CONSULATE_RECORDS, { input: "consulates.json", published: "2023-01-01" });
      const consulate = { missions: [{ sender: GONDOR, host: ARNOR, kind: "consulate" as const, city: "Fornost", status: "open" as const, history: [{ status: "open" as const, date: "2023-06" }] }] };
      const report = await store.ingestRecords(consulate, { input: "consulate.json", published: "2023-07-01" });
      expect(report.merges.map((m) => m.reason)).toContain("a consulate in Fornost is the known consulate-general in Fornost: one post, named two ways");
      expect((await store.missions()).items.map((m) => [m.id, m.status])).toEqual([["XG-XA-consulate-general-fornost", "open"]]);
    });

    it("a consulate later reported as a consulate-general takes the exact name, and its old id still resolves", async () => {
      const store = await fresh();
      const post = (kind: "consulate" | "consulate-general", date: string) => ({ missions: [{ sender: GONDOR, host: ARNOR, kind, city: "Fornost", status: "open" as const, history: [{ status: "open" as const, date }] }] });
      await store.ingestRecords(post("consulate", "2023-06"), { input: "consulate.json", published: "2023-07-01" });
      await store.ingestRecords(post("consulate-general", "2023-06-12"), { input: "consulate-general.json", published: "2023-07-02" });
      expect((await store.missions()).items.map((m) => [m.id, m.kind])).toEqual([["XG-XA-consulate-general-fornost", "consulate-general"]]);
      expect((await store.getMission("XG-XA-consulate-fornost"))?.id).toBe("XG-XA-consulate-general-fornost");
    });

    it("pages through missions and events with opaque cursors", async () => {
      const store = await fresh();
      const missions = Array.from({ length: 23 }, (_, i) => ({ sender: ARNOR, host: `Q${String.fromCharCode(65 + i)}`, kind: "consulate" as const, city: null, status: "open" as const }));
      await store.ingestRecords({ missions }, { input: "posts.csv" });
      const missionPages = await allPages((cursor) => store.missions({ sender: ARNOR, limit: 10, cursor }));
      expect(missionPages.map((p) => p.length)).toEqual([10, 10, 3]);
      const ids = missionPages.flat().map((m) => m.id);
      expect(ids).toEqual([...ids].sort());
      expect(new Set(ids).size).toBe(23);

      for (let n = 0; n < 7; n++) await store.ingestExtraction(numberedArticle(n));
      const eventPages = await allPages((cursor) => store.events({ actor: ARNOR, type: "agreement", limit: 4, cursor }));
      const events = eventPages.flat();
      expect(events).toHaveLength(21);
      expect(new Set(events.map((e) => e.id)).size).toBe(21);
      expect(events.map((e) => e.date)).toEqual(events.map((e) => e.date).sort());
      const inRange = await store.events({ from: "2012", to: "2013-06" });
      expect(inRange.items.every((e) => e.date! >= "2012" && e.date! <= "2013-06-30")).toBe(true);
      expect(inRange.items).toHaveLength(6);
    });

    it("rejects an invalid record with a located error and writes nothing", async () => {
      const store = await fresh();
      const broken = { ...APPROVED_AND_VISIT, events: APPROVED_AND_VISIT.events.map((e, i) => (i === 1 ? { ...e, date: "last Thursday" } : e)) };
      const error = await store.ingestExtraction(broken).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CoreError);
      expect((error as CoreError).code).toBe("INVALID_RECORD");
      expect((error as CoreError).issues[0]).toMatchObject({ field: "events[1].date", received: '"last Thursday"' });
      expect((error as CoreError).message).toMatch(/^extraction rejected, nothing was written: events\[1\]\.date: expected an EDTF date/);
      const bad = await store.ingestRecords({ missions: [{ sender: "Arnor", host: GONDOR, kind: "embassy", status: "open" }] } as never, { input: "posts.csv" }).catch((e: unknown) => e);
      expect((bad as CoreError).issues[0]).toMatchObject({ file: "posts.csv", field: "missions[0].sender" });
      expect(await store.stats()).toEqual({ documents: 0, missions: 0, officials: 0, events: 0 });
    });

    it("can be closed twice", async () => {
      const store = await fresh();
      await store.close();
      await expect(store.close()).resolves.toBeUndefined();
    });

    it("rejects bad query parameters and cursors as INVALID_INPUT", async () => {
      const store = await fresh();
      await expect(store.missions({ limit: 501 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
      await expect(store.events({ cursor: "not-a-cursor" })).rejects.toMatchObject({ code: "INVALID_INPUT", issues: [{ field: "cursor" }] });
      await expect(store.relations("Arnor", GONDOR)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    });

    it("bulk mode stores records as they are and is idempotent too", async () => {
      const store = await fresh();
      const events = Array.from({ length: 50 }, (_, i) => ({ type: "visit" as const, source: ARNOR, target: GONDOR, date: `2020-01-${String(1 + (i % 28)).padStart(2, "0")}` }));
      const first = await store.ingestRecords({ events }, { input: "visits.ndjson" }, { mode: "bulk" });
      expect(first.events.created).toBe(50);
      expect((await store.ingestRecords({ events }, { input: "visits.ndjson" }, { mode: "bulk" })).duplicate).toBe(true);
      const page = await store.events({ dyad: [ARNOR, GONDOR], limit: 500 });
      expect(page.items).toHaveLength(50);
      expect(page.items[0]?.sources[0]).toMatchObject({ documentId: first.documentId, rule: "bulk" });
    });

    it("bulk mode rejects a bad event with its position and rolls the whole batch back", async () => {
      const store = await fresh();
      const events = Array.from({ length: 10 }, (_, i) => ({ type: "visit", source: ARNOR, target: GONDOR, date: i === 7 ? "soon" : "2020-01-01" }));
      const missions = [{ sender: ARNOR, host: GONDOR, kind: "embassy", status: "open" }];
      const error = await store.ingestRecords({ missions, events } as never, { input: "visits.ndjson" }, { mode: "bulk" }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: "INVALID_RECORD", issues: [{ file: "visits.ndjson", field: "events[7].date", received: '"soon"' }] });
      expect(await store.stats()).toEqual({ documents: 0, missions: 0, officials: 0, events: 0 });
    });

    it("bulk mode can rebuild the event indexes around a load, and queries still find everything", async () => {
      const store = await fresh();
      await ingestAll(store, STORY);
      const events = Array.from({ length: 30 }, (_, i) => ({ type: "phone-call" as const, source: GONDOR, target: `Q${String.fromCharCode(65 + (i % 3))}`, date: `2021-0${1 + (i % 9)}` }));
      await store.ingestRecords({ events }, { input: "calls.ndjson" }, { mode: "bulk", rebuildIndexes: true });
      expect((await store.events({ actor: GONDOR, type: "phone-call", limit: 500 })).items).toHaveLength(30);
      expect((await store.events({ dyad: ["QB", GONDOR] })).items).toHaveLength(10);
      expect((await store.relations(ARNOR, GONDOR)).timeline).toHaveLength(8);
      expect((await store.events({ from: "2021-03", to: "2021-03" })).items).toHaveLength(4);
    });

    it("readers never see a half-written document while writes run", async () => {
      const store = await fresh();
      const perDocument = 4;
      const writes = (async () => {
        for (let n = 0; n < 30; n++) await store.ingestExtraction(numberedArticle(n, perDocument));
      })();
      const seen: number[] = [];
      let done = false;
      void writes.finally(() => (done = true));
      while (!done) seen.push((await store.stats()).events);
      await writes;
      expect(seen.every((n) => n % perDocument === 0)).toBe(true);
      expect((await store.stats()).events).toBe(30 * perDocument);
    });

    it("joins undated news to the dated report of it, and a name's first parts to the full name", async () => {
      const store = await fresh();
      await ingestAll(store, [VISIT_UNDATED, VISIT_DATED]);
      const { items: officials } = await store.officials({ country: GONDOR });
      expect(officials.map((o) => [o.name, o.aliases])).toEqual([["Denethor Ecthelion Húrin", ["Denethor Ecthelion"]]]);
      const { items: events } = await store.events({ type: "visit" });
      expect(events.map((e) => [e.date, e.reportCount, e.officials])).toEqual([["2024-06-10", 2, ["Denethor Ecthelion Húrin"]]]);
      const detail = await store.getEvent(events[0]!.id);
      expect(detail?.support.at(-1)?.reason).toContain("2024-06-12~ read as 2024-06-05/2024-06-12");
    });

    it("REOPENED's surname-only mention joins the full name", async () => {
      const store = await fresh();
      await ingestAll(store, [APPROVED_AND_VISIT, REOPENED]);
      const { items } = await store.officials({ q: "Telcontar" });
      expect(items).toHaveLength(1);
      expect(items[0]?.aliases).toEqual(["Telcontar"]);
    });
  });
}
