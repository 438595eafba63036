import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { conditions: ["@proj/source"] },
  ssr: { resolve: { conditions: ["@proj/source"] } },
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000, hookTimeout: 30_000 },
});
