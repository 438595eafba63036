import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CountryProfile, Relations } from "@proj/store";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli.js";
import { memoryIo } from "../io.js";
import { runAgainst } from "../testing.js";
import { countryCommand } from "./country.js";
import { type GdeltImport, importCommand } from "./import.js";
import { relationsCommand } from "./relations.js";

const DATA = new URL("../../../../../shared/data/", import.meta.url);
const V2 = new URL("gdelt/20191024143000.export.CSV", DATA).pathname;
const V1 = new URL("gdelt/gdelt1-daily-sample-events.tsv", DATA).pathname;
const EMBASSIES = new URL("embassies/database_of_embassies.csv", DATA).pathname;

/** The whole command line, so failures come back as exit codes and messages. */
async function cli(args: string[]) {
  const io = memoryIo();
  const code = await runCli(["import", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const dir = mkdtempSync(join(tmpdir(), "chancery-import-"));
const db = join(dir, "kb.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("chancery import on the shared data", () => {
  let gdelt: { code: number; out: string; err: string };
  let missions: { code: number; out: string; err: string };
  beforeAll(async () => {
    gdelt = await runAgainst(importCommand, db, ["gdelt", "--json", V2, V1]);
    missions = await runAgainst(importCommand, db, ["missions", "--json", EMBASSIES]);
  }, 120_000);

  it("imports both GDELT files and reports kept, mapped and skipped rows by reason", () => {
    expect(gdelt.code).toBe(0);
    const result = JSON.parse(gdelt.out) as GdeltImport;
    expect(result.report.rows).toBe(2111 + 710);
    expect(result.report.versions).toEqual({ "2.0": 2111, "1.0": 710 });
    expect(result.stored.created).toBe(result.report.events);
    expect(result.report.events).toBeGreaterThan(50);
    expect(gdelt.err).toMatch(/^gdelt: 2,821 rows from 2 files \(GDELT 2\.0: 2,111, 1\.0: 710\)\n {2}kept \d+ rows → \d+ events/);
    expect(gdelt.err).toMatch(/\n {2}mapped: 042 \d+, .* → visit \d+, meeting \d+, agreement \d+\n/);
    expect(gdelt.err).toMatch(/\n {2}skipped [\d,]+: not-diplomatic [\d,]+, /);
    expect(gdelt.err).toContain("events created (bulk, 1 batch)");
  });

  it("imports the mission list and reports what it could not map, by reason and value", () => {
    expect(missions.code).toBe(0);
    const { report, stored } = JSON.parse(missions.out);
    expect(report.rows).toBe(9852);
    expect(stored.created + stored.merged).toBe(report.missions);
    expect(missions.err).toMatch(/^missions: 9,852 rows → 9,\d{3} missions \(embassy 7,\d{3}, /);
    expect(missions.err).toContain("    unknown-sender: Sovereign Military Order of Malta 33, Quebec 16");
  });

  it("then answers chancery country TW: Taiwan's offices abroad and the posts it hosts", async () => {
    const { code, out } = await runAgainst(countryCommand, db, ["TW", "--format", "json"]);
    expect(code).toBe(0);
    const profile = CountryProfile.parse(JSON.parse(out));
    expect(profile.counts.abroad.open).toBeGreaterThan(100);
    expect(profile.counts.abroad.byKind["representative-office"]).toBeGreaterThan(50);
    expect(profile.missionsHosted.some((m) => m.sender === "US" && m.kind === "representative-office")).toBe(true);
    expect(profile.missionsHosted.some((m) => m.sender === "VA" && m.kind === "nunciature")).toBe(true);
  });

  it("then answers chancery relations VA IT: the nunciature, Italy's embassy to the Holy See, GDELT's visit", async () => {
    const { code, out } = await runAgainst(relationsCommand, db, ["VA", "IT", "--format", "json"]);
    expect(code).toBe(0);
    const relations = Relations.parse(JSON.parse(out));
    expect(relations.missions.aInB.map((m) => [m.kind, m.city])).toContainEqual(["nunciature", "Rome"]);
    expect(relations.missions.bInA).toEqual([expect.objectContaining({ id: "IT-VA-embassy-rome", kind: "embassy", status: "open", externalIds: { wikidata: "Q16744674" } })]);
    expect(relations.timeline).toContainEqual(expect.objectContaining({ type: "visit", source: "VA", target: "IT", date: "2016-07-28", cameo: "043" }));
  });

  it("changes nothing when the same files come again", async () => {
    const again = await runAgainst(importCommand, db, ["gdelt", "--json", V2, V1]);
    expect(JSON.parse(again.out).stored.created).toBe(0);
    const missionsAgain = await runAgainst(importCommand, db, ["missions", EMBASSIES]);
    expect(missionsAgain.err).toContain("nothing new (this list was imported before)");
  }, 60_000);
});

describe("chancery import gdelt inputs", () => {
  const events = async (args: string[], stdin?: string) => {
    const target = join(dir, `in-${Math.random().toString(36).slice(2)}.db`);
    const result = await runAgainst(importCommand, target, ["gdelt", "--json", ...args], stdin === undefined ? {} : { stdin });
    return { ...result, report: result.code === 0 ? (JSON.parse(result.out) as GdeltImport) : undefined };
  };

  it("reads a zip archive as it streams, each file inside named in provenance", async () => {
    const zip = join(dir, "export.zip");
    writeFileSync(zip, zipSync({ "20191024143000.export.CSV": readFileSync(V2), "sample.tsv": readFileSync(V1) }));
    const zipped = await events([zip]);
    const plain = await events([V2, V1]);
    expect(zipped.code).toBe(0);
    expect(zipped.report!.files).toEqual(["export.zip:20191024143000.export.CSV", "export.zip:sample.tsv"]);
    expect(zipped.report!.report).toEqual(plain.report!.report);
  });

  it("reads stdin for -", async () => {
    const { code, report } = await events(["-"], readFileSync(V2, "utf8"));
    expect(code).toBe(0);
    expect(report!.files).toEqual(["<stdin>"]);
    expect(report!.report.rows).toBe(2111);
  });

  it("holds back fewer events with --window, and stores in merge mode when asked", async () => {
    const narrow = await events(["--window", "0", "--mode", "merge", V2]);
    expect(narrow.report!.report.merged).toBe(0);
    expect(narrow.report!.report.events).toBe(narrow.report!.report.rows - Object.values(narrow.report!.report.skipped).reduce((a, b) => a + b, 0));
  });

  it.each([
    [["gdelt"], 2, "no files given"],
    [["tweets", "x"], 2, "the source must be one of gdelt, missions"],
    [["gdelt", "--window", "many", V2], 2, "--window must be a whole number"],
    [["gdelt", "/nonexistent/x.CSV"], 1, "cannot read /nonexistent/x.CSV: no such file"],
    [["missions", "/nonexistent/m.csv"], 1, "cannot read /nonexistent/m.csv: no such file"],
  ])("fails on %j with exit %i", async (args, exit, message) => {
    const { code, err } = await cli([...args, "--db", join(dir, "bad.db")]);
    expect(code).toBe(exit);
    expect(err).toContain(message);
  });

  it("refuses a .zip that is not an archive", async () => {
    const fake = join(dir, "fake.zip");
    writeFileSync(fake, "not a zip\n");
    const { code, err } = await cli(["gdelt", fake, "--db", join(dir, "bad.db")]);
    expect(code).toBe(2);
    expect(err).toContain("fake.zip is not a zip archive");
  });
});

describe("bin/chancery.cjs import and export (the built binary, as a user runs it)", () => {
  const root = new URL("../../../../", import.meta.url).pathname;
  const chancery = (args: string[], input?: Uint8Array) =>
    spawnSync(process.execPath, ["apps/cli/bin/chancery.cjs", ...args], { cwd: root, input, env: { ...process.env, NO_COLOR: "1" }, maxBuffer: 1 << 26 });

  it("streams a zipped export from stdin into a new database, then exports its events as PLOVER lines", () => {
    const target = join(dir, "bin.db");
    const zipped = zipSync({ "20191024143000.export.CSV": readFileSync(V2) });
    const imported = chancery(["import", "gdelt", "-", "--json", "--db", target], zipped);
    expect(imported.stderr.toString()).toMatch(/^gdelt: 2,111 rows from 1 file/);
    expect(imported.status).toBe(0);
    const result = JSON.parse(imported.stdout.toString()) as GdeltImport;
    expect(result.files).toEqual(["<stdin>:20191024143000.export.CSV"]);
    const exported = chancery(["export", "--format", "plover", "--db", target]);
    expect(exported.status).toBe(0);
    expect(exported.stdout.toString().trimEnd().split("\n")).toHaveLength(result.report.events);
  });
});
