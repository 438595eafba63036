import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CoreError, Extraction } from "@proj/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryIo } from "../io.js";
import { extractCommand } from "./extract.js";

// Made-up articles about real states, so the gazetteer knows them; none is taken from the evaluation set.
const VISIT = [
  "Estonian Foreign Minister Margus Tsahkna visited Seoul on Tuesday, where he met his South Korean counterpart.",
  "The two ministers signed an agreement on digital cooperation. Estonia plans to open an embassy in Seoul next year.",
].join("\n\n");

const PAGE = `<!doctype html>
<html lang="en"><head>
<title>Kenya opens consulate in Lagos | The Daily Ledger</title>
<meta property="article:published_time" content="2024-02-15T09:30:00+03:00">
<link rel="canonical" href="https://ledger.example.com/2024/02/kenya-lagos">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Mexico recalled its ambassador from Peru.</nav>
<article>
<h1>Kenya opens consulate in Lagos</h1>
<p>Kenya opened a consulate-general in Lagos on Wednesday, the foreign ministry in Nairobi said.</p>
<p>Kenyan President William Ruto met Nigerian President Bola Tinubu in Abuja on Thursday to discuss trade.</p>
<p>Officials said the new mission would serve traders and students from both countries across the region.</p>
</article>
<footer>Copyright 2024 The Daily Ledger. Japan expelled two Chinese diplomats.</footer>
</body></html>`;

let dir: string;
const at = (name: string) => join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-extract-"));
  const files: Record<string, string> = {
    "visit.json": JSON.stringify({ id: "ee-kr-1", text: VISIT, published: "2024-05-09", url: "https://news.example.com/ee-kr", title: "Estonia and Korea", gold: { events: [] }, published_note: "a Thursday" }),
    "visit.txt": VISIT,
    "page.html": PAGE,
    "syntax.json": '{ "text": "Peru and Chile",\n  "published": "2024-01-01",, }',
    "field.json": JSON.stringify({ text: "Peru and Chile", published: "2024-13-01" }),
    "list.json": "[1, 2]",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(at(name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const relative = (text: string) => text.replaceAll(`${dir}/`, "");
const lines = (text: string) => text.trimEnd().split("\n").map((line) => Extraction.parse(JSON.parse(line)));
const brief = (x: Extraction) => ({
  missions: x.missions.map((m) => [m.kind, m.sender, m.host, m.city, m.status]),
  officials: x.officials.map((o) => [o.name, o.country, o.role]),
  events: x.events.map((e) => [e.type, e.source, e.target, e.date, e.modality]),
});

describe("chancery extract", () => {
  it("reads a JSON document, ignoring keys that are not the document's, and prints one Extraction", async () => {
    const io = memoryIo();
    expect(await extractCommand.run(["--json", at("visit.json")], io)).toBe(0);
    expect(io.err()).toBe("");
    expect(io.out().endsWith("}\n")).toBe(true);
    const [extraction] = lines(io.out());
    expect(extraction!.document).toMatchObject({ externalId: "ee-kr-1", published: "2024-05-09", url: "https://news.example.com/ee-kr", title: "Estonia and Korea" });
    expect(brief(extraction!).events).toContainEqual(["visit", "EE", "KR", "2024-05-07", "asserted"]);
    expect(brief(extraction!).officials).toContainEqual(["Margus Tsahkna", "EE", "foreign-minister"]);
  });

  it("reads a .txt article with --published, --url and --title", async () => {
    const io = memoryIo();
    const args = ["--published", "2024-05-09", "--url", "https://news.example.com/t", "--title", "Tallinn and Seoul", at("visit.txt")];
    expect(await extractCommand.run(args, io)).toBe(0);
    const [extraction] = lines(io.out());
    expect(extraction!.document).toMatchObject({ published: "2024-05-09", url: "https://news.example.com/t", title: "Tallinn and Seoul" });
    expect(brief(extraction!).missions).toContainEqual(["embassy", "EE", "KR", "Seoul", "planned"]);
  });

  it("still reads a .txt article without --published, leaving relative dates null", async () => {
    const io = memoryIo();
    expect(await extractCommand.run([at("visit.txt")], io)).toBe(0);
    const [extraction] = lines(io.out());
    expect(extraction!.document.published).toBeNull();
    expect(brief(extraction!).events).toContainEqual(["visit", "EE", "KR", null, "asserted"]);
  });

  it("reads the main text of a web page, its title, canonical URL and article:published_time", async () => {
    const io = memoryIo();
    expect(await extractCommand.run([at("page.html")], io)).toBe(0);
    const [extraction] = lines(io.out());
    expect(extraction!.document).toMatchObject({ published: "2024-02-15", url: "https://ledger.example.com/2024/02/kenya-lagos", title: "Kenya opens consulate in Lagos" });
    // Readability dropped the menu and the footer, and each <p> is a paragraph of its own.
    expect(extraction!.document.text).not.toMatch(/Mexico|Japan|Copyright/);
    expect(extraction!.document.text).toContain("the foreign ministry in Nairobi said.\n\nKenyan President William Ruto");
    expect(brief(extraction!).missions).toContainEqual(["consulate-general", "KE", "NG", "Lagos", "open"]);
    expect(brief(extraction!).events).not.toContainEqual(expect.arrayContaining(["diplomat-expelled"]));
  });

  it("lets --published stand in for a page without a publication date", async () => {
    writeFileSync(at("undated.htm"), PAGE.replace(/<meta property="article:published_time"[^>]*>/, ""));
    const io = memoryIo();
    expect(await extractCommand.run(["--published", "2024-03-01", at("undated.htm")], io)).toBe(0);
    expect(lines(io.out())[0]!.document.published).toBe("2024-03-01");
  });

  it.each([
    ["a JSON document", JSON.stringify({ text: VISIT, published: "2024-05-09" }), [], "2024-05-09"],
    ["plain text", VISIT, ["--published", "2024-05-10"], "2024-05-10"],
    ["text that only starts like JSON", `{Note} ${VISIT}`, [], null],
  ])("reads %s from stdin for -", async (_, stdin, args, published) => {
    const io = memoryIo({ stdin });
    expect(await extractCommand.run([...args, "-"], io)).toBe(0);
    const [extraction] = lines(io.out());
    expect(extraction!.document.published).toBe(published);
    expect(extraction!.events.length).toBeGreaterThan(0);
  });

  it("prints NDJSON for several files, goes on past a bad one with a located error, and exits 1", async () => {
    const io = memoryIo();
    const files = ["visit.json", "syntax.json", "field.json", "list.json", "missing.json", "page.html"].map(at);
    expect(await extractCommand.run(files, io)).toBe(1);
    expect(lines(io.out()).map((x) => x.document.title)).toEqual(["Estonia and Korea", "Kenya opens consulate in Lagos"]);
    expect(relative(io.err())).toMatchInlineSnapshot(`
      "syntax.json:2: invalid JSON: expected a property name in double quotes (received ", }")
      field.json: published: expected a calendar day YYYY-MM-DD (received "2024-13-01")
      list.json: expected a document object { text, published?, url?, title?, id? } (received [1,2])
      missing.json: cannot read the file: no such file
      "
    `);
  });

  it("passes --keep-unasserted to the extractor", async () => {
    const stdin = "Chile will establish diplomatic relations with Portugal, officials said on Monday.";
    const planned = expect.objectContaining({ type: "relations-established", source: "CL", target: "PT", modality: "planned" });
    const dropped = memoryIo({ stdin });
    await extractCommand.run(["--published", "2024-05-09", "-"], dropped);
    expect(lines(dropped.out())[0]!.events).not.toContainEqual(planned);
    const kept = memoryIo({ stdin });
    await extractCommand.run(["--published", "2024-05-09", "--keep-unasserted", "-"], kept);
    expect(lines(kept.out())[0]!.events).toContainEqual(planned);
  });

  it("shows a report on a terminal: each record's key fields and the quoted sentences behind it", async () => {
    const io = memoryIo({ isTTY: true });
    expect(await extractCommand.run([at("visit.json")], io)).toBe(0);
    const report = relative(io.out());
    expect(report).toMatch(/^visit\.json {2}“Estonia and Korea” {2}published 2024-05-09\n/);
    expect(report).toContain("    visit  EE → KR  2024-05-07  Margus Tsahkna\n");
    expect(report).toContain("    meeting  EE ↔ KR  2024-05-07");
    expect(report).toContain("    embassy  EE → KR  Seoul  planned\n");
    expect(report).toMatch(/ {6}“Estonian Foreign Minister Margus Tsahkna visited Seoul on Tuesday, where he met his South Korean counterpart\.” {2}\S+ \d\.\d\d\n/);
    expect(report).not.toContain("\u001b[");
  });

  it("colours the report only when the Io allows it, and prints JSON on a terminal with --json", async () => {
    const coloured = memoryIo({ isTTY: true, color: true });
    await extractCommand.run([at("visit.json")], coloured);
    expect(coloured.out()).toContain("\u001b[2m");
    const json = memoryIo({ isTTY: true, color: true });
    await extractCommand.run(["--json", at("visit.json")], json);
    expect(lines(json.out())).toHaveLength(1);
  });

  it("says so when a document yields nothing", async () => {
    const io = memoryIo({ isTTY: true, stdin: "The weather was mild for the season." });
    expect(await extractCommand.run(["-"], io)).toBe(0);
    expect(io.out()).toBe("<stdin>  no published day\n  no missions, officials or events found\n\n");
  });

  it.each([
    [[], "no files given; pass one or more FILEs, or - to read stdin"],
    [["--published", "2024-02-30", "a.txt"], '--published: expected a calendar day YYYY-MM-DD (received "2024-02-30")'],
    [["--url", "javascript:alert(1)", "a.txt"], '--url: Invalid URL (received "javascript:alert(1)")'],
    [["--bogus", "a.txt"], "Unknown option '--bogus'"],
  ])("rejects the usage %j", async (args, message) => {
    const error = await extractCommand.run(args, memoryIo()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CoreError);
    expect(error).toMatchObject({ code: "INVALID_INPUT", message });
  });
});
