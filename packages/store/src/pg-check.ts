import pg from "pg";

/**
 * Why the PostgreSQL server at `url` cannot be used, or null when it answers `SELECT 1`. For tests and readiness
 * checks that must say plainly when PostgreSQL is absent rather than fail obscurely.
 * @example const reason = await postgresUnreachable("postgres://postgres@127.0.0.1:5432/test");
 */
export async function postgresUnreachable(url: string, timeoutMs = 3000): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return `${url}: ${(error as Error).message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
