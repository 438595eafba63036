import { CoreError, type CoreErrorCode } from "@proj/core";
import packageJson from "../package.json" with { type: "json" };
import { type Command, commandHelp, table } from "./command.js";
import { COMMANDS } from "./commands/index.js";
import type { Io } from "./io.js";

/** Exit codes by error code: 1 when the input was read but is wrong or the work failed, 2 when the command was misused. */
export const EXIT_CODES: Record<CoreErrorCode, number> = {
  INVALID_INPUT: 2,
  UNSUPPORTED_FORMAT: 2,
  INVALID_RECORD: 1,
  NOT_FOUND: 1,
  CONFLICT: 1,
  INTERNAL: 1,
};

const isHelp = (arg: string) => arg === "--help" || arg === "-h";

/** Runs `chancery ARGS…` and resolves to the exit code; never throws. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || isHelp(name)) {
    io[name === undefined ? "stderr" : "stdout"].write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout.write(`${packageJson.version}\n`);
    return 0;
  }
  const helpFor = name === "help" ? args[0] : undefined;
  const command = COMMANDS.find((c) => c.name === (helpFor ?? name));
  if (!command) {
    io.stderr.write(`chancery: unknown command ${JSON.stringify(helpFor ?? name)}\n\n${mainHelp()}`);
    return 2;
  }
  if (helpFor !== undefined || args.some(isHelp)) {
    io.stdout.write(commandHelp(command));
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    return fail(command, error, io);
  }
}

function fail(command: Command, error: unknown, io: Io): number {
  if (!(error instanceof CoreError)) {
    // A bug, not a user mistake: say so without a stack trace (DEBUG=chancery shows it).
    const detail = process.env.DEBUG?.includes("chancery") && error instanceof Error ? `\n${error.stack}` : "";
    io.stderr.write(`chancery ${command.name}: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    return EXIT_CODES.INTERNAL;
  }
  const code = EXIT_CODES[error.code];
  const hint = code === 2 ? `\nRun "chancery ${command.name} --help" for usage.` : "";
  io.stderr.write(`chancery ${command.name}: ${error.message}${hint}\n`);
  return code;
}

function mainHelp(): string {
  return [
    "chancery — diplomatic missions, officials and events: validate, extract, store and query",
    "",
    "Usage: chancery <command> [options]",
    "",
    "Commands:",
    ...table(COMMANDS.map((c) => [c.name, c.description])),
    "",
    "Options:",
    ...table([
      ["-h, --help", "Show this help; chancery <command> --help shows a command's"],
      ["--version", "Print the version"],
    ]),
    "",
    "Examples:",
    ...COMMANDS.flatMap((c) => c.examples.slice(0, 1)).flatMap(([comment, example]) => [`  # ${comment}`, `  ${example}`]),
    "",
    "Exit codes: 0 ok, 1 invalid input or failure, 2 usage error. NO_COLOR disables colour.",
    "",
  ].join("\n");
}
