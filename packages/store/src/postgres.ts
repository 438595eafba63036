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
/** Rows per multi-row INSERT in bulk mode: well under PostgreSQL's 65,535 parameters. */
const BATCH_ROWS = 1000;

/** A stable 31-bit number for the advisory lock that serialises writers to one schema. */
function lockKey(schema: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < schema.length; i++) h = Math.imul(h ^ schema.charCodeAt(i), 0x01000193) >>> 0;
  return h & 0x7fffffff;
}

const sqlCache = new Map<string, string>();

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
      let inserted = 0;
      const row = `(${columns.map(() => "?").join(", ")})`;
      for (let i = 0; i < rows.length; i += BATCH_ROWS) {
        const batch = rows.slice(i, i + BATCH_ROWS);
        const sql = `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${batch.map(() => row).join(", ")} ON CONFLICT DO NOTHING`;
        inserted += (await client.query(numberPlaceholders(sql), batch.flat())).rowCount ?? 0;
      }
      return inserted;
    },
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
    close: () => pool.end(),
  };
  return createStore(db);
}
