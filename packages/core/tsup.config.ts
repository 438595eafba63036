import { defineConfig } from "tsup";

export default defineConfig({
  // `html` is a subpath of its own so that importing @proj/core never loads linkedom and Readability.
  entry: { index: "src/index.ts", html: "src/html/index.ts" },
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
  sourcemap: true,
  removeNodeProtocol: false,
});
