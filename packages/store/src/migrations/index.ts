import { CoreError } from "@proj/core";
import type { Database, Dialect } from "../sql.js";
import { initial } from "./001-initial.js";
import { bulkBatch } from "./002-bulk-batch.js";
import { guessedOfficials } from "./003-guessed-officials.js";

/** A schema change. Versions only grow; a released migration is never edited, a new one is added. */
export interface Migration {
  version: number;
  name: string;
  statements: (dialect: Dialect) => string[];
}

export const MIGRATIONS: readonly Migration[] = [initial, bulkBatch, guessedOfficials];

/**
 * Applies the migrations a database lacks, in one write transaction. Engines serialise writers (SQLite's write lock,
 * a PostgreSQL advisory lock), so two processes opening the same database at once apply each version exactly once.
 */
export async function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.write(async (tx) => {
    await tx.run("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    const rows = await tx.all<{ version: number }>("SELECT version FROM schema_migrations ORDER BY version");
    const applied = new Set(rows.map((row) => Number(row.version)));
    const known = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new CoreError("CONFLICT", `the database is at schema version ${newest}, newer than this @proj/store knows (${known}); upgrade @proj/store`);
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.statements(db.dialect)) await tx.run(statement);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        migration.version, migration.name, new Date().toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
