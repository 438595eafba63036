import { CoreError } from "@proj/core";
import BetterSqlite3 from "better-sqlite3";
import { createStore, type Store } from "./store.js";
import { createMutex, type Database, type Executor, type SqlValue } from "./sql.js";

export interface SqliteStoreOptions {
  /** A file path, or ":memory:" for a throw-away store (one connection, so reads may see a write in progress). */
  path: string;
  /** How long a writer waits for another process's write lock, in ms. */
  busyTimeout?: number;
  /** `full` (default) syncs every commit to disk; `normal` survives a crash of the process but not of the machine. */
  synchronous?: "full" | "normal";
}

type Connection = BetterSqlite3.Database;

/** Rows per INSERT statement in bulk loads (16 × 13 columns stays far below SQLite's parameter limit). */
const ROWS_PER_INSERT = 16;

function executor(connection: Connection): Executor {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...params) as T[],
    get: async <T>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...params) as T | undefined,
    run: async (sql, params = []) => {
      prepare(sql).run(...params);
    },
    insertMany: async (table, columns, rows) => {
      // Rows go in ROWS_PER_INSERT at a time, one statement per group: a quarter less CPU than a call per row.
      const tuple = `(${columns.map(() => "?").join(", ")})`;
      const insert = (count: number) => prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${Array(count).fill(tuple).join(", ")} ON CONFLICT DO NOTHING`);
      const group = insert(ROWS_PER_INSERT);
      const values: SqlValue[] = [];
      let inserted = 0;
      let count = 0;
      for (const row of rows) {
        for (const value of row) values.push(value);
        if (++count === ROWS_PER_INSERT) {
          inserted += group.run(values).changes;
          values.length = 0;
          count = 0;
        }
      }
      if (count > 0) inserted += insert(count).run(values).changes;
      return inserted;
    },
    indexes: async (table) =>
      prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'").all(table) as Array<{ name: string; sql: string }>,
  };
}

function open(path: string, options: SqliteStoreOptions, readonly: boolean): Connection {
  let connection: Connection;
  try {
    connection = new BetterSqlite3(path, { readonly, timeout: options.busyTimeout ?? 10_000 });
  } catch (cause) {
    throw new CoreError("INVALID_INPUT", `cannot open the SQLite database ${JSON.stringify(path)}: ${(cause as Error).message}; check that its directory exists and is writable`, { cause });
  }
  if (!readonly) connection.pragma("journal_mode = WAL");
  connection.pragma(`synchronous = ${options.synchronous === "normal" ? "NORMAL" : "FULL"}`);
  // Indexes of a million events outgrow SQLite's 2 MB default cache; random index inserts then hit the disk.
  connection.pragma("cache_size = -262144");
  connection.pragma("threads = 2"); // helper threads sort CREATE INDEX after bulk loads
  connection.pragma("analysis_limit = 1000"); // ANALYZE samples instead of reading whole indexes
  // Readers map the file instead of copying pages through read(): a quarter off a relations query's SQLite time.
  if (readonly) connection.pragma("mmap_size = 1073741824");
  return connection;
}

/**
 * The zero-set-up engine: one SQLite file in WAL mode. Writes go through one connection, one transaction at a time
 * (`BEGIN IMMEDIATE`, so other processes wait on the busy timeout); reads use a second connection and see only
 * committed transactions.
 * @example
 * const store = await createSqliteStore({ path: "chancery.db" });
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const writer = open(options.path, options, false);
  const memory = options.path === ":memory:" || options.path === "";
  const reader = memory ? writer : open(options.path, options, true);
  const dataVersion = reader.prepare("PRAGMA data_version").pluck(); // prepared once: pragma() prepares per call
  const writeLock = createMutex();
  const readLock = createMutex();
  const writes = executor(writer);
  const reads = memory ? writes : executor(reader);
  let commits = 0; // the writer's own commits: a lone in-memory connection's data_version ignores them
  const transaction = async <T>(connection: Connection, begin: string, tx: Executor, work: (tx: Executor) => Promise<T>) => {
    connection.exec(begin);
    try {
      const result = await work(tx);
      connection.exec("COMMIT");
      if (connection === writer) commits++;
      return result;
    } catch (error) {
      if (connection.inTransaction) connection.exec("ROLLBACK");
      throw error;
    }
  };
  const db: Database = {
    dialect: "sqlite",
    write: (work) => writeLock(() => transaction(writer, "BEGIN IMMEDIATE", writes, work)),
    read: (work) => (memory ? writeLock : readLock)(() => transaction(reader, "BEGIN", reads, work)),
    // data_version changes when another connection (this store's writer, another process) commits.
    version: async () => `${dataVersion.get() as number}.${memory ? commits : 0}`,
    close: async () => {
      await writeLock(async () => undefined);
      await readLock(async () => undefined);
      writer.pragma("optimize"); // refreshes planner statistics where they have drifted
      if (reader !== writer) reader.close();
      writer.close();
    },
  };
  return createStore(db);
}
