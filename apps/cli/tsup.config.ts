import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defineConfig, type Options } from "tsup";
import { cityTiers } from "../../packages/core/src/gazetteer/city-tiers.js";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

// esbuild escapes non-ASCII characters in strings but leaves them raw in regular expression literals ("’", "é") and
// comments. One such character makes Node decode the whole 1.6 MB bundle into a two-byte string and V8 scan it as one:
// 10–20 ms of a 300 ms cold start. \uXXXX means the same character in a pattern, with or without the u flag (and in a
// comment it is only text). An ASCII bundle is also what lets bin/chancery.cjs read it as latin1, without decoding.
async function escapeNonAscii(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    if (!/\.c?js$/.test(name)) continue;
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
//
// Most lookups need no file at all: the module also carries a filter of every key (73 kB), which rules out the
// capitalised words that name no city, and the rows of the capitals and of the cities of 100,000 people or more (5,000
// rows, 240 kB), which answer most of the rest (core's gazetteer/cities.ts). Over the example and development
// articles one in twelve still reads the file; the rest save its 20 ms.
const CITY_TABLE = "cities.tsv";
const LARGER_CITY = 100_000;
function citiesFromFile(): Plugin {
  return {
    name: "cities-from-file",
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]data[\\/]cities\.json$/ }, async ({ path }) => {
        const { meta, cities } = JSON.parse(await readFile(path, "utf8")) as { meta: unknown; cities: string };
        await mkdir("dist", { recursive: true });
        await writeFile(join("dist", CITY_TABLE), cities);
        const { filter, largerCities } = cityTiers(cities, LARGER_CITY);
        const file = JSON.stringify(`./${CITY_TABLE}`);
        const missing = JSON.stringify(`the city table ${CITY_TABLE} is missing beside the CLI bundle (run npm run build): `);
        const contents = `import { readFileSync } from "node:fs";
import { join } from "node:path";
let cities;
function read() {
  try { return readFileSync(join(__dirname, ${file}), "utf8"); }
  catch (error) { throw new Error(${missing} + error.message); }
}
export default {
  meta: ${JSON.stringify(meta)},
  get cities() { return (cities ??= read()); },
  filter: ${JSON.stringify(filter)},
  largerCities: ${JSON.stringify(largerCities)},
};
`;
        return { contents, loader: "js" };
      });
    },
  };
}

// The code cache bin/chancery.cjs starts from. The bin writes one at exit when it finds none for its V8 (the build's
// `clean` has emptied dist), so the build runs the CLI once over the example articles (our own texts: many rules,
// dates and officials), and the cache holds what an extraction compiles, not only the bundle's top level.
function writeCodeCache(): void {
  const examples = "../../examples/articles";
  const files = readdirSync(examples).filter((f) => f.endsWith(".json")).map((f) => join(examples, f));
  execFileSync(process.execPath, ["bin/chancery.cjs", "extract", ...files, "--json"], { stdio: ["ignore", "ignore", "inherit"] });
}

// Start-up time is mostly module loading, so the CLI ships as one bundle with @proj/core, @proj/store and their pure
// JavaScript dependencies: one file to resolve and compile instead of hundreds. Core and store are bundled together
// (from their sources), so there is one CoreError class and `instanceof` holds across them. What `import()` loads on
// demand (the store, the GDELT reader) stays lazy: esbuild initialises such a module on its first import. Native and
// heavy drivers stay external, loaded only by the code that uses them.
//
// CommonJS, where the house builds ES modules: a classic script is what V8 can restore from a code cache
// (`vm.Script` with `cachedData`), and Node 20 has no code cache for ES modules. bin/chancery.cjs loads the bundle
// through that cache, which the build writes by running one extraction (see writeCodeCache): compiling the bundle and
// the functions a command calls was a third of a cold start.
export default defineConfig({
  entry: ["src/main.ts"],
  format: ["cjs"],
  target: "node20",
  dts: false,
  clean: true,
  sourcemap: true,
  removeNodeProtocol: false,
  splitting: false,
  noExternal: [/^@proj\//, "zod", "yaml", "csv-parse", "fflate"],
  external: ["better-sqlite3", "pg", "pg-native", "linkedom", "@mozilla/readability"],
  esbuildPlugins: [citiesFromFile()],
  esbuildOptions(options) {
    options.conditions = ["@proj/source"];
  },
  // The cache is made from the final bytes of the bundle: V8 rejects a cache whose source differs.
  onSuccess: async () => {
    await escapeNonAscii("dist");
    writeCodeCache();
  },
});
