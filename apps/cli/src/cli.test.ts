import { CORE_ERROR_CODES } from "@proj/core";
import { describe, expect, it } from "vitest";
import { EXIT_CODES, runCli } from "./cli.js";
import { COMMANDS } from "./commands/index.js";
import { memoryIo } from "./io.js";

describe("runCli", () => {
  it("prints the main help with every command on --help, exit 0", async () => {
    const io = memoryIo();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const command of COMMANDS) expect(io.out()).toContain(`  ${command.name}`);
    expect(io.out()).toContain("Examples:");
  });

  it("prints the main help on stderr with no command, exit 2", async () => {
    const io = memoryIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.err()).toContain("Usage: chancery <command>");
  });

  it.each([["validate", "--help"], ["help", "validate"], ["validate", "a.csv", "-h"]])("prints a command's help for %j", async (...argv) => {
    const io = memoryIo();
    expect(await runCli(argv, io)).toBe(0);
    expect(io.out()).toMatch(/^chancery validate — /);
    expect(io.out()).toContain("--format json|ndjson|csv|yaml");
    expect(io.out()).toContain("# Check a CSV of missions\n  chancery validate examples/missions.csv");
  });

  it("maps a usage error to exit 2 with a pointer to the help", async () => {
    const io = memoryIo();
    expect(await runCli(["validate", "--format", "xml", "a.xml"], io)).toBe(2);
    expect(io.err()).toMatchInlineSnapshot(`
      "chancery validate: --format must be one of json, ndjson, csv, yaml (received "xml")
      Run "chancery validate --help" for usage.
      "
    `);
  });

  it("rejects an unknown command with exit 2", async () => {
    const io = memoryIo();
    expect(await runCli(["valdate"], io)).toBe(2);
    expect(io.err()).toMatch(/^chancery: unknown command "valdate"/);
  });

  it("prints the version", async () => {
    const io = memoryIo();
    expect(await runCli(["--version"], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("has an exit code for every core error code, and only 0–2", () => {
    expect(Object.keys(EXIT_CODES).sort()).toEqual([...CORE_ERROR_CODES].sort());
    expect(new Set(Object.values(EXIT_CODES))).toEqual(new Set([1, 2]));
  });
});
