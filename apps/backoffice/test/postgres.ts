import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startLocalPostgres, type LocalPostgres } from "../src/local-postgres";

/**
 * A real PostgreSQL for a test file: Debian's server in a fresh folder on a free
 * loopback port, removed afterwards. Never PGlite in end-to-end tests.
 */
export async function testPostgres(): Promise<LocalPostgres & { remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-pg-"));
  const cluster = await startLocalPostgres({ dataDir: join(dir, "data") });
  return {
    ...cluster,
    remove() {
      cluster.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The rows of one statement on `databaseUrl`, over a connection of its own (closed after). */
export async function queryRows<T = Record<string, unknown>>(
  databaseUrl: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}
