import { defineConfig } from "tsup";

// Start-up time is mostly module loading, so the CLI ships as one bundle with @proj/core, @proj/store and their pure
// JavaScript dependencies: one file to resolve and compile instead of hundreds. Core and store are bundled together
// (from their sources), so there is one CoreError class and `instanceof` holds across them. Code splitting keeps what
// `import()` loads on demand (the store, the GDELT reader) in chunks of their own; native and heavy drivers stay
// external, loaded only by the chunks that use them.
export default defineConfig({
  entry: ["src/main.ts"],
  format: ["esm"],
  target: "node20",
  dts: false,
  clean: true,
  sourcemap: true,
  removeNodeProtocol: false,
  splitting: true,
  noExternal: [/^@proj\//, "zod", "yaml", "csv-parse", "fflate"],
  external: ["better-sqlite3", "pg", "pg-native", "linkedom", "@mozilla/readability"],
  esbuildOptions(options) {
    options.conditions = ["@proj/source"];
  },
  // Bundled CommonJS (yaml's Node build) calls require for built-ins; an ES module has none of its own.
  banner: { js: 'import { createRequire as __chanceryRequire } from "node:module"; const require = __chanceryRequire(import.meta.url);' },
});
