import { CoreError } from "@proj/core";
import pg from "pg";
import { createStore, type Store } from "./store.js";
import { type Database, type Executor, numberPlaceholders, type SqlValue } from "./sql.js";

export interface PostgresStoreOptions {
  /** `postgres://user@host:5432/db`. */
  url: string;
  /** Schema holding the tables, created when missing: this, else the URL's `?schema=`, else `public`. */
  schema?: string;
  /** Connections in the pool. */
  max?: number;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
/** Rows per INSERT … SELECT FROM unnest(…) in bulk mode. */
const BATCH_ROWS = 10_000;

/** A stable 31-bit number for the advisory lock that serialises writers to one schema. */
function lockKey(schema: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < schema.length; i++) h = Math.imul(h ^ schema.charCodeAt(i), 0x01000193) >>> 0;
  return h & 0x7fffffff;
}

const sqlCache = new Map<string, string>();

/** Column → SQL type of a table in the current schema, for typing unnest() arrays. */
async function columnTypes(client: pg.PoolClient, table: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ name: string; type: string }>(
    "SELECT column_name AS name, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
    [table],
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}

function executor(client: pg.PoolClient): Executor {
  const text = (sql: string) => {
    let converted = sqlCache.get(sql);
    if (converted === undefined) {
      converted = numberPlaceholders(sql);
      sqlCache.set(sql, converted);
    }
    return converted;
  };
  const query = (sql: string, params: readonly SqlValue[]) => client.query(text(sql), params as SqlValue[]);
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql, params = []) => {
      await query(sql, params);
    },
    insertMany: async (table, columns, rows) => {
      // One statement per batch with one array parameter per column: far less to parse than a parameter per value.
      const types = await columnTypes(client, table);
      const arrays = columns.map((c) => `?::${types.get(c) ?? "text"}[]`).join(", ");
      const sql = numberPlaceholders(`INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${arrays}) ON CONFLICT DO NOTHING`);
      let inserted = 0;
      let batch: SqlValue[][] = [];
      const flush = async () => {
        if (batch.length > 0) inserted += (await client.query(sql, columns.map((_, c) => batch.map((row) => row[c])))).rowCount ?? 0;
        batch = [];
      };
      for (const row of rows) {
        batch.push(row);
        if (batch.length === BATCH_ROWS) await flush();
      }
      await flush();
      return inserted;
    },
    indexes: async (table) =>
      (
        await client.query<{ name: string; sql: string }>(
          "SELECT indexname AS name, indexdef AS sql FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1 AND indexdef NOT LIKE 'CREATE UNIQUE%'",
          [table],
        )
      ).rows,
  };
}

/**
 * The server engine: a pg Pool. Writers take a transaction-scoped advisory lock, so merges never race, even across
 * processes; reads run in REPEATABLE READ read-only transactions, a consistent snapshot of committed documents.
 * @example
 * const store = await createPostgresStore({ url: "postgres://postgres@127.0.0.1:5432/chancery" });
 */
export async function createPostgresStore(options: PostgresStoreOptions): Promise<Store> {
  const url = new URL(options.url);
  const schema = options.schema ?? url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  if (!IDENTIFIER.test(schema)) {
    throw new CoreError("INVALID_INPUT", `schema ${JSON.stringify(schema)} is not a plain lower-case identifier (a-z, 0-9, _)`);
  }
  const pool = new pg.Pool({ connectionString: url.href, max: options.max ?? 4, options: `-c search_path=${schema}` });
  pool.on("error", () => undefined); // an idle client's error surfaces on its next query instead of crashing the process
  const key = lockKey(schema);
  let schemaReady = false;
  const transaction = async <T>(begin: string, lock: boolean, work: (tx: Executor) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query(begin);
      if (lock) {
        await client.query("SELECT pg_advisory_xact_lock($1)", [key]);
        if (!schemaReady) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      }
      const result = await work(executor(client));
      await client.query("COMMIT");
      schemaReady ||= lock;
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const db: Database = {
    dialect: "postgres",
    write: (work) => transaction("BEGIN", true, work),
    read: (work) => transaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", false, work),
    // The counter every store write bumps (migration 2): one indexed row, whichever instance wrote.
    version: async () => String((await pool.query<{ version: string }>("SELECT version FROM store_version WHERE id = 1")).rows[0]?.version ?? 0),
    close: () => pool.end(),
  };
  try {
    return await createStore(db);
  } catch (error) {
    if (error instanceof CoreError) throw error;
    url.password = url.password ? "***" : "";
    throw new CoreError("INTERNAL", `cannot use PostgreSQL at ${url.href}: ${(error as Error).message}`, { cause: error });
  }
}
