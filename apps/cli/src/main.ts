import { runCli } from "./cli.js";
import { processIo } from "./io.js";

// The bin entry: wire the process to runCli. exitCode, not exit(), so piped output is flushed first.
process.exitCode = await runCli(process.argv.slice(2), processIo());
