import { runCli } from "./cli.js";
import { processIo } from "./io.js";

// The bundle's entry (bin/chancery.cjs runs it): wire the process to runCli. exitCode, not exit(), so piped output is
// flushed first. A CommonJS bundle has no top-level await, hence the then.
void runCli(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
