// Which knowledge base a command works on, and opening it. @proj/store (and its database drivers) loads only
// here, on demand: `chancery validate` and `extract` never pay for it.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { CoreError } from "@proj/core";
import type { Store } from "@proj/store";
import type { OptionSpec } from "./command.js";

export const DEFAULT_DB = "chancery.db";
const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

export const DB_OPTION: Record<"db", OptionSpec> = {
  db: {
    type: "string",
    value: "PATH|URL",
    description: `The knowledge base: a SQLite file, or a postgres:// URL for PostgreSQL (default: $CHANCERY_DB, else ./${DEFAULT_DB} in the current directory)`,
  },
};

/** `--db`, else `CHANCERY_DB`, else `./chancery.db` in the current directory. */
export function resolveDatabase(option: string | boolean | undefined, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const given = typeof option === "string" ? option : env.CHANCERY_DB || undefined;
  if (given !== undefined && POSTGRES_URL.test(given)) return given;
  return resolve(cwd, given ?? DEFAULT_DB);
}

/** The store module, loaded on first use. */
export const storeModule = () => import("@proj/store");

/**
 * Opens the database named by `--db` (see resolveDatabase), runs `work`, and closes it whatever happens.
 * `mustExist`: a query against a SQLite file that is not there is a mistake (a typo, another directory), not an empty answer.
 */
export async function withStore<T>(option: string | boolean | undefined, work: (store: Store) => Promise<T>, { mustExist = false } = {}): Promise<T> {
  const target = resolveDatabase(option);
  if (mustExist && !POSTGRES_URL.test(target) && !existsSync(target)) {
    throw new CoreError("NOT_FOUND", `no knowledge base at ${target}; run "chancery ingest" first, or pass --db PATH|URL (or set CHANCERY_DB)`);
  }
  const { openStore } = await storeModule();
  const store = await openStore(target).catch((error: unknown) => {
    if (error instanceof CoreError) throw error;
    throw new CoreError("INTERNAL", `cannot open the knowledge base at ${redact(target)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** A database URL without its password, for messages. */
export const redact = (target: string): string => target.replace(/^([a-z]+:\/\/[^:/@]+):[^@]*@/i, "$1:***@");
