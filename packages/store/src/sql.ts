// The little each engine must provide; ingest and queries are written once against it.
export type SqlValue = string | number | null;
export type Row = Record<string, unknown>;

/** Runs statements inside one transaction or read snapshot. SQL uses `?` placeholders; PostgreSQL rewrites them. */
export interface Executor {
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<void>;
  /** Inserts rows into `table` as they are produced, skipping rows whose key exists; returns how many were inserted. */
  insertMany(table: string, columns: readonly string[], rows: Iterable<SqlValue[]>): Promise<number>;
  /** The table's secondary (non-unique) indexes and the statements that create them, for bulk loads to rebuild. */
  indexes(table: string): Promise<Array<{ name: string; sql: string }>>;
}

export type Dialect = "sqlite" | "postgres";

export interface Database {
  readonly dialect: Dialect;
  /** One write transaction. Writers are serialised (across processes too), so merge decisions never race. */
  write<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
  /** A consistent snapshot of committed data: never a half-written document. */
  read<T>(work: (tx: Executor) => Promise<T>): Promise<T>;
  /** Changes whenever committed data may have changed, whoever wrote it; read before a snapshot it vouches for. */
  version(): Promise<string>;
  close(): Promise<void>;
}

/** `?, ?, ?` for an IN list. */
export const placeholders = (count: number): string => Array.from({ length: count }, () => "?").join(", ");

/** Escapes `%`, `_` and `\` for `LIKE ? ESCAPE '\'`. */
export const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Turns `?` placeholders into PostgreSQL's `$1, $2…`. The SQL in this package never holds a literal `?`. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Chains async work so that only one runs at a time. */
export function createMutex(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const result = tail.then(work);
    tail = result.catch(() => undefined);
    return result;
  };
}
