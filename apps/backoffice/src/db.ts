import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Logger } from "pino";
import * as schema from "./schema";

export type BackofficeDb = NodePgDatabase<typeof schema>;

export const backofficeMigrations = fileURLToPath(new URL("../drizzle", import.meta.url));

/**
 * A pool on DATABASE_URL with the backoffice's committed migrations applied.
 * It outlives PostgreSQL restarts: a call while the server is away fails
 * within `connectionTimeoutMillis`, and the next one after it is back opens a
 * fresh connection.
 */
export async function openBackofficeDb(url: string, options: { logger: Logger; migrationsFolder?: string }) {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // A connection the server closed (a restart, pg_terminate_backend) emits 'error'; unheard,
  // that kills the process. The pool hears an idle one's, drops it, and the next query opens
  // a new connection.
  pool.on("error", (error) => options.logger.warn({ err: error }, "database connection lost"));
  pool.on("connect", releaseWhenLost);
  const db = drizzle(pool, { schema });
  try {
    await migrate(db, { migrationsFolder: options.migrationsFolder ?? backofficeMigrations });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { db, pool, close: () => pool.end() };
}

/**
 * Gives a checked-out client back to the pool when its connection dies (pg-pool
 * listens only while a client is idle, so unheard this 'error' kills the
 * process). drizzle's transaction() never releases a client whose `begin`
 * failed (drizzle-orm#6023), so every connection lost at that moment would hold
 * a pool slot for good; released with the error, the pool drops it. release()
 * then does nothing, for drizzle's own call when it does make one. The query
 * running on the client fails by itself, and is answered 503.
 */
function releaseWhenLost(client: pg.PoolClient): void {
  client.on("error", (error) => {
    try {
      client.release(error);
    } catch {
      // It was idle (already released): the pool's own listener drops it.
    }
    client.release = () => {};
  });
}
