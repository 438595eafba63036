#!/usr/bin/env node
// Regenerates data/fips-countries.json: FIPS 10-4 country codes (GDELT's *Geo_CountryCode) → ISO 3166-1 alpha-2.
// Run by hand after upgrading country-code-lookup: `node scripts/build-fips.mjs`. The output is committed, so
// @proj/core has no runtime dependency on the package.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const lookup = require("country-code-lookup");
const { version } = require("country-code-lookup/package.json");

// Where the package disagrees with FIPS 10-4 as GDELT writes it (CIA World Factbook codes), or lacks a code.
const CORRECTIONS = {
  AE: "AE", // United Arab Emirates: the package has TC
  TC: null, // …so TC is no code of the UAE
  VM: "VN", // Vietnam: the package has VN
  FM: "FM", // Micronesia: missing in the package
  GZ: "PS", // Gaza Strip
  WE: "PS", // West Bank
};

const fips = {};
for (const c of lookup.countries) if (c.fips && c.iso2) fips[c.fips] = c.iso2;
for (const [code, iso] of Object.entries(CORRECTIONS)) {
  if (iso === null) delete fips[code];
  else fips[code] = iso;
}
const sorted = Object.fromEntries(Object.entries(fips).sort(([a], [b]) => a.localeCompare(b)));
const out = {
  meta: {
    name: "fips-countries",
    version: "1",
    generated: "scripts/build-fips.mjs",
    source: `country-code-lookup ${version} (MIT) with corrections for AE, TC, VM, FM, GZ, WE`,
    licence: "MIT",
  },
  fips: sorted,
};
writeFileSync(join(here, "../data/fips-countries.json"), `${JSON.stringify(out, null, 1)}\n`);
console.log(`data/fips-countries.json: ${Object.keys(sorted).length} codes`);
