import type { Command } from "../command.js";
import { countryCommand } from "./country.js";
import { eventsCommand } from "./events.js";
import { exportCommand } from "./export.js";
import { extractCommand } from "./extract.js";
import { importCommand } from "./import.js";
import { ingestCommand } from "./ingest.js";
import { missionsCommand } from "./missions.js";
import { officialsCommand } from "./officials.js";
import { relationsCommand } from "./relations.js";
import { validate } from "./validate.js";

/** Every subcommand, one a line, in the order `chancery --help` lists them. */
export const COMMANDS: readonly Command[] = [
  validate,
  extractCommand,
  ingestCommand,
  missionsCommand,
  officialsCommand,
  eventsCommand,
  relationsCommand,
  countryCommand,
  importCommand,
  exportCommand,
];
