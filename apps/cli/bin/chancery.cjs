#!/usr/bin/env node
// The stable bin path, there before the first build so npm can link it at install time. CommonJS, as a plain script
// starts faster than an ES module entry.
//
// It runs the bundle through V8's code cache, so V8 skips parsing and compiling the bundle and the functions a command
// calls: a third of a cold start. The build writes the cache (apps/cli/tsup.config.ts); a run that finds none for its
// V8 writes one at exit. A cache V8 rejects (other flags) costs nothing but the saving. CHANCERY_CODE_CACHE=off runs
// without reading or writing one.
"use strict";
const { readFileSync, renameSync, rmSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { setFlagsFromString } = require("node:v8");
const { Script } = require("node:vm");

// V8 first compiles a regular expression to bytecode and interprets it, then compiles it again to machine code when
// it runs a second time. An extraction runs most of its few hundred patterns more than once, so compiling straight to
// machine code does less work (a tenth of a cold start's instructions) and changes nothing for a long run. Set before
// any pattern is compiled and before the cache is read: a cache is only taken under the flags it was made with.
setFlagsFromString("--no-regexp-tier-up");

const dist = join(__dirname, "../dist");
const bundle = join(dist, "main.cjs");
let source;
try {
  // The build leaves the bundle pure ASCII (tsup.config.ts), and latin1 reads ASCII without decoding UTF-8: 10 ms less.
  source = readFileSync(bundle, "latin1");
} catch (error) {
  if (error?.code !== "ENOENT") throw error;
  process.stderr.write("chancery: the CLI is not built yet; run `npm run build` first\n");
  process.exit(1);
}

// One cache per V8 version, so two Node versions sharing an install do not overwrite each other's.
const cacheFile = join(dist, `main.cjs.v8-${process.versions.v8}.cache`);
const useCache = process.env.CHANCERY_CODE_CACHE !== "off";
let cachedData;
if (useCache) {
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // none yet for this V8: compile from source, and write one at exit
  }
}
// CommonJS's own wrapper, so the bundle sees require, module and __dirname as when Node loads it.
const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: bundle, cachedData });
if (useCache && cachedData === undefined) {
  // At exit the cache also holds the functions this run compiled. Written through a temporary file and a rename, so a
  // concurrent run never reads half a cache; a read-only install goes without.
  process.once("exit", () => {
    const temporary = `${cacheFile}.${process.pid}`;
    try {
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {
      rmSync(temporary, { force: true });
    }
  });
}
const module_ = { exports: {} };
script.runInThisContext()(module_.exports, createRequire(bundle), module_, bundle, dist);
