import { readFileSync, writeFileSync } from "node:fs";
import { CoreError } from "@proj/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withStore } from "../db.js";
import { memoryIo } from "../io.js";
import { type TempKnowledgeBase, tempFixtures } from "../testing.js";
import { ingestCommand } from "./ingest.js";

let kb: TempKnowledgeBase;
beforeEach(() => {
  kb = tempFixtures();
});
afterEach(() => kb.remove());

const ingest = async (args: string[], options: Parameters<typeof memoryIo>[0] = {}) => {
  const io = memoryIo(options);
  const code = await ingestCommand.run(["--db", kb.db, ...args], io);
  return { code, out: io.out(), err: io.err().replaceAll(`${kb.dir}/`, "") };
};
const reports = (out: string) => out.trimEnd().split("\n").map((line) => JSON.parse(line) as { file: string; duplicate: boolean; missions: { created: number; merged: number }; events: { created: number; merged: number } });

describe("chancery ingest", () => {
  it("walks a folder for articles and record files, merges what they share, and sums it up on stderr", async () => {
    const { code, out, err } = await ingest([kb.dir]);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(err).toMatchInlineSnapshot(`
      "3 documents: 3 added, 0 already known; 1 records file: 1 added, 0 already known
      missions: 3 created, 1 merged · officials: 2 created, 2 merged · events: 4 created, 3 merged
      in kb.db
      "
    `);
  });

  it("changes nothing the second time", async () => {
    await ingest([kb.dir]);
    const again = await ingest(["--json", kb.dir]);
    expect(again.code).toBe(0);
    expect(reports(again.out).map((r) => r.duplicate)).toEqual([true, true, true, true]);
    expect(again.err).toContain("3 documents: 0 added, 3 already known; 1 records file: 0 added, 1 already known\nmissions: 0 created, 0 merged");
  });

  it("prints each input's IngestReport with --json, naming its file", async () => {
    const { out } = await ingest(["--json", kb.at("tagus.json"), kb.at("more/mekong.json")]);
    const [first, second] = reports(out);
    expect(first).toMatchObject({ file: kb.at("tagus.json"), duplicate: false, missions: { created: 1, merged: 0 } });
    expect(second).toMatchObject({ file: kb.at("more/mekong.json"), missions: { created: 0, merged: 1 }, events: { merged: 3 } });
    expect(second).toHaveProperty("merges", expect.arrayContaining([expect.objectContaining({ kind: "event", reason: expect.stringContaining("shared official") })]));
  });

  it.each([
    ["an article", "Kenya recalled its ambassador from Ghana on Friday.", ["--published", "2024-05-06"], { events: { created: 1 } }],
    ["a JSON document", JSON.stringify({ text: "Kenya recalled its ambassador from Ghana on Friday.", published: "2024-05-06" }), [], { events: { created: 1 } }],
    ["records as JSON", JSON.stringify({ missions: [{ sender: "KE", host: "GH", kind: "embassy", city: "Accra", status: "open" }] }), [], { missions: { created: 1 } }],
    ["records as NDJSON", '{"sender":"KE","host":"GH","kind":"embassy","status":"open"}\n{"type":"ambassador-recalled","source":"KE","target":"GH","date":"2024-05-03"}\n', [], { missions: { created: 1 }, events: { created: 1 } }],
  ])("reads %s from stdin for -", async (_, stdin, args, expected) => {
    const { code, out } = await ingest(["--json", ...args, "-"], { stdin });
    expect(code).toBe(0);
    expect(reports(out)[0]).toMatchObject({ file: "<stdin>", ...expected });
  });

  it("reads a saved web page with the extract command's reader: its main text, canonical URL and published day", async () => {
    const page = `<!doctype html><html><head><title>Recall | Ledger</title>
<meta property="article:published_time" content="2024-05-06T08:00:00Z">
<link rel="canonical" href="https://ledger.example.com/ke-gh"></head>
<body><nav>Peru expelled two Chilean diplomats.</nav><article><h1>Kenya recalls envoy</h1>
<p>Kenya recalled its ambassador from Ghana on Friday, the foreign ministry in Nairobi said.</p>
<p>The ministry gave no reason for the decision, which surprised officials in Accra.</p></article></body></html>`;
    writeFileSync(kb.at("page.html"), page);
    const { code, out } = await ingest(["--json", kb.at("page.html")]);
    expect(code).toBe(0);
    expect(reports(out)[0]).toMatchObject({ events: { created: 1 } });
    const { items } = await withStore(kb.db, (store) => store.events({ actor: "KE" }));
    expect(items).toEqual([expect.objectContaining({ type: "ambassador-recalled", date: "2024-05-03", reported: "2024-05-06" })]);
    // (The headline tells the recall too, towards the state the page names most after Kenya: a source of its own.)
    expect(items[0]!.sources).toContainEqual(expect.objectContaining({ url: "https://ledger.example.com/ke-gh", sentence: expect.stringMatching(/^Kenya recalled/) }));
  });

  it("stores nothing from a records file with an invalid record, says where, goes on, and exits 1", async () => {
    // The second record's status is misspelt.
    const bad = kb.at("bad.csv");
    writeFileSync(bad, "sender,host,kind,city,status\nKE,GH,embassy,Accra,open\nKE,NG,embassy,Abuja,opened\n");
    const { code, out, err } = await ingest(["--json", bad, kb.at("missing.json"), kb.at("tagus.json")]);
    expect(code).toBe(1);
    expect(reports(out).map((r) => r.file)).toEqual([kb.at("tagus.json")]);
    expect(err).toMatchInlineSnapshot(`
      "bad.csv:3: status: expected one of planned, approved, open, suspended, closed (did you mean "open"?) (received "opened")
      bad.csv: nothing from this file was stored; "chancery validate bad.csv" lists every issue
      missing.json: cannot read the file: no such file
      1 document: 1 added, 0 already known
      missions: 1 created, 0 merged · officials: 2 created, 0 merged · events: 3 created, 0 merged
      in kb.db
      2 inputs not stored (see above)
      "
    `);
  });

  it("shows a progress bar on a terminal's stderr, and never elsewhere", async () => {
    let bar = "";
    const io = { ...memoryIo(), stderr: { isTTY: true, columns: 60, write: (text: string) => (bar += text) } };
    expect(await ingestCommand.run(["--db", kb.db, kb.dir], io)).toBe(0);
    expect(bar).toContain("\r\u001b[2K[");
    expect(bar).toContain("] 1/4 recall.txt");
    const piped = await ingest([kb.at("tagus.json"), kb.at("more/mekong.json"), kb.at("more/recall.txt"), kb.at("posts.csv")]);
    expect(piped.err).not.toContain("\r");
  });

  it("writes the database it was given, and nothing to a folder without inputs", async () => {
    await ingest([kb.at("more")]);
    expect(readFileSync(kb.db).subarray(0, 15).toString()).toBe("SQLite format 3");
    const empty = await ingest([kb.at("nowhere")]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/^nowhere: cannot read the file: no such file\n/);
  });

  it.each([
    [[], "nothing to ingest; pass files or folders, or - to read stdin"],
    [["--published", "May 5", "a.txt"], '--published: expected a calendar day YYYY-MM-DD (received "May 5")'],
  ])("rejects the usage %j", async (args, message) => {
    const error = await ingestCommand.run(args, memoryIo()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", message });
  });
});

