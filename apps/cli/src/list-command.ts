// The shape shared by `chancery missions`, `officials` and `events`: filters as options, one page of results.
import { CoreError } from "@proj/core";
import type { Page, Store } from "@proj/store";
import type * as z from "zod";
import { type Command, type OptionSpec, parseOptions } from "./command.js";
import { DB_OPTION, storeModule, withStore } from "./db.js";
import { parseFilters } from "./filters.js";
import { type Column, FORMAT_OPTION, listFormat, printPage } from "./output.js";

type StoreModule = Awaited<ReturnType<typeof storeModule>>;
type Values = Record<string, string | boolean | undefined>;

export interface ListCommandSpec<T> extends Pick<Command, "name" | "description" | "examples"> {
  /** The filter options; paging, format and database options are added. */
  filters: Record<string, OptionSpec>;
  /** The store's schema for the query parameters. */
  schema: (store: StoreModule) => z.ZodType;
  /** Filter option values → query parameters (upper-casing and checking codes, splitting lists). */
  toQuery: (values: Record<string, string>) => Record<string, unknown>;
  fetch: (store: Store, query: never) => Promise<Page<T>>;
  columns: readonly Column<T>[];
}

const PAGE_OPTIONS: Record<string, OptionSpec> = {
  limit: { type: "string", value: "N", description: "Page size, 1–500 (default 100)" },
  cursor: { type: "string", value: "CURSOR", description: "The next page: the cursor the previous page ended with" },
};

export function listCommand<T>(spec: ListCommandSpec<T>): Command {
  const command: Command = {
    name: spec.name,
    description: spec.description,
    usage: "[options]",
    options: { ...spec.filters, ...PAGE_OPTIONS, ...FORMAT_OPTION, ...DB_OPTION },
    examples: spec.examples,
    async run(args, io) {
      const { values, positionals } = parseOptions(command, args);
      if (positionals.length > 0) {
        throw new CoreError("INVALID_INPUT", `unexpected argument ${JSON.stringify(positionals[0])}; filters are options, such as --${Object.keys(spec.filters)[0]} VALUE`);
      }
      const format = listFormat(io, values.format);
      const names = [...Object.keys(spec.filters), ...Object.keys(PAGE_OPTIONS)];
      const query = parseFilters(spec.schema(await storeModule()), spec.toQuery(stringValues(values, names)));
      const page = await withStore(values.db, (store) => spec.fetch(store, query as never), { mustExist: true });
      printPage(io, format, page, spec.columns, spec.name);
      return 0;
    },
  };
  return command;
}

/** The options' string values, minus those not given. */
function stringValues(values: Values, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (typeof values[name] === "string" ? [[name, values[name]]] : [])));
}
