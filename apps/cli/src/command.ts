import { parseArgs } from "node:util";
import { CoreError } from "@proj/core";
import type { Io } from "./io.js";

export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** The value's placeholder in help: `json|ndjson|csv|yaml`. */
  value?: string;
  description: string;
}

/** A subcommand: `main` parses nothing for it but `--help`; `run` gets the remaining arguments. */
export interface Command {
  name: string;
  description: string;
  /** Synopsis after the command name: `[options] FILE...`. */
  usage: string;
  options: Record<string, OptionSpec>;
  examples: readonly (readonly [comment: string, command: string])[];
  /** Resolves to the exit code; throws CoreError for failures (INVALID_INPUT for usage errors). */
  run(args: string[], io: Io): Promise<number>;
}

/** Parses a command's arguments against its options; a usage mistake becomes an INVALID_INPUT CoreError. */
export function parseOptions(command: Command, args: string[]): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    return { values: { ...values }, positionals };
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, "") : String(error);
    throw new CoreError("INVALID_INPUT", message, { cause: error });
  }
}

/** Reads a closed-vocabulary option value, naming the allowed ones when it is not one of them. */
export function choice<T extends string>(option: string, value: string | boolean | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || typeof value === "boolean") return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const code = option === "--format" ? "UNSUPPORTED_FORMAT" : "INVALID_INPUT";
  throw new CoreError(code, `${option} must be one of ${allowed.join(", ")} (received ${JSON.stringify(value)})`);
}

export function commandHelp(command: Command): string {
  const options = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    return [flag, spec.description] as const;
  });
  options.push(["-h, --help", "Show this help"]);
  return [
    `chancery ${command.name} — ${command.description}`,
    "",
    `Usage: chancery ${command.name} ${command.usage}`,
    "",
    "Options:",
    ...table(options),
    "",
    "Examples:",
    ...command.examples.flatMap(([comment, example]) => [`  # ${comment}`, `  ${example}`]),
    "",
  ].join("\n");
}

export function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}   ${right}`);
}
