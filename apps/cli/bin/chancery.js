#!/usr/bin/env node
// A stable bin path that exists before the first build, so npm can link it at install time.
import("../dist/main.js").catch((error) => {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/main.js")) {
    process.stderr.write("chancery: the CLI is not built yet; run `npm run build` first\n");
    process.exit(1);
  }
  throw error;
});
