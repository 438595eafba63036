import type { Command } from "../command.js";
import { extractCommand } from "./extract.js";
import { validate } from "./validate.js";

/** Every subcommand, one a line, in the order `chancery --help` lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  extractCommand,
];
