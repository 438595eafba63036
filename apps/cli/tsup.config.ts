import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defineConfig, type Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// esbuild escapes non-ASCII characters in strings but leaves them raw in regular expression literals ("’", "é"). One
// such character makes Node decode the whole 2 MB chunk into a two-byte string and V8 scan it as one: 10–20 ms of a
// 300 ms cold start. \uXXXX means the same character in a pattern, with or without the u flag.
async function escapeNonAscii(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!name.endsWith(".js")) continue;
    const file = join(dir, name);
    const text = await readFile(file, "utf8");
    if (/^[\x00-\x7f]*$/.test(text)) continue;
    await writeFile(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
  }
}

// @proj/core carries its city table (1.3 MB) as a string in a JSON module, so that the library stays free of I/O. In
// the CLI bundle that literal cost ~60 ms of every start, scanned by V8 whether a command looks up a city or not; the
// CLI reads it instead from a file written beside the bundle, on the first lookup (10–20 ms, and only for commands
// that extract). The module keeps the JSON's shape, its header inlined, so core's loader checks it as before.
const CITY_TABLE = "cities.tsv";
function citiesFromFile(): Plugin {
  return {
    name: "cities-from-file",
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]data[\\/]cities\.json$/ }, async ({ path }) => {
        const { meta, cities } = JSON.parse(await readFile(path, "utf8")) as { meta: unknown; cities: string };
        await mkdir("dist", { recursive: true });
        await writeFile(join("dist", CITY_TABLE), cities);
        const file = JSON.stringify(`./${CITY_TABLE}`);
        const missing = JSON.stringify(`the city table ${CITY_TABLE} is missing beside the CLI bundle (run npm run build): `);
        const contents = `import { readFileSync } from "node:fs";
let cities;
function read() {
  try { return readFileSync(new URL(${file}, import.meta.url), "utf8"); }
  catch (error) { throw new Error(${missing} + error.message); }
}
export default { meta: ${JSON.stringify(meta)}, get cities() { return (cities ??= read()); } };
`;
        return { contents, loader: "js" };
      });
    },
  };
}

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
  esbuildPlugins: [citiesFromFile()],
  esbuildOptions(options) {
    options.conditions = ["@proj/source"];
  },
  // Bundled CommonJS (yaml's Node build) calls require for built-ins; an ES module has none of its own.
  onSuccess: () => escapeNonAscii("dist"),
  banner: { js: 'import { createRequire as __chanceryRequire } from "node:module"; const require = __chanceryRequire(import.meta.url);' },
});
