import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Runs the built binary (the root `npm test` builds first), as a user would.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const chancery = (...args: string[]) =>
  spawnSync(process.execPath, ["apps/cli/bin/chancery.js", ...args], { cwd: root, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

describe("bin/chancery.js", () => {
  it("validates the examples: issues on stdout, the summary on stderr, exit 1", () => {
    const result = chancery("validate", "examples/missions-bad.csv", "examples/records.json");
    expect(result.stdout).toMatch(/^examples\/missions-bad\.csv:2: status: /);
    expect(result.stderr).toBe("7 records valid, 1 error in 2 files\n");
    expect(result.status).toBe(1);
  });
});
