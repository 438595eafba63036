import { defineConfig, type ViteUserConfig } from "vitest/config";

type TestOptions = NonNullable<ViteUserConfig["test"]>;

/**
 * The one vitest setup every workspace uses: sources through the "@proj/source" condition (no build needed),
 * tests beside their code, and a JSON report per package that .ci/run adds up into its "N passed, N failed" line.
 */
export function workspaceVitestConfig(test: TestOptions = {}) {
  return defineConfig({
    resolve: { conditions: ["@proj/source"] },
    ssr: { resolve: { conditions: ["@proj/source"] } },
    test: {
      include: ["src/**/*.test.ts"],
      reporters: ["default", "json"],
      outputFile: { json: ".vitest/report.json" },
      // Property tests run thousands of cases: seconds on a slow host, more beside other work. No test is timed by
      // this limit (speed lives in the benchmarks); it only stops one that hangs.
      testTimeout: 30_000,
      ...test,
    },
  });
}
