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
  // JIT off: every query here is a short indexed read or write, and on a big fleet the planner's
  // estimates (the overview's per-kiosk lookups) start JIT-compiling them for 100 ms each time.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, options: "-c jit=off" });
  // A connection the server closed (a restart, pg_terminate_backend) emits 'error'; unheard,
  // that kills the process. The pool hears an idle one's, drops it, and the next query opens
  // a new connection.
  pool.on("error", (error) => options.logger.warn({ err: error }, "database connection lost"));
  pool.on("connect", releaseWhenLost);
  const db = drizzle(pool, { schema });
  try {
    await migrateAlone(pool, options.migrationsFolder ?? backofficeMigrations);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { db, pool, close: () => pool.end() };
}

/** Any number that every replica agrees on: the advisory lock migrations are run under. */
const migrationLock = 7_080_001;

/**
 * Runs the migrations while holding a session advisory lock, on that one
 * connection, so replicas that start together migrate one after the other:
 * drizzle's CREATE ... IF NOT EXISTS run at once on two connections fails on
 * one of them. The second finds everything applied.
 */
async function migrateAlone(pool: pg.Pool, migrationsFolder: string): Promise<void> {
  const holder = await pool.connect();
  try {
    await holder.query("select pg_advisory_lock($1)", [migrationLock]);
    try {
      await migrate(drizzle(holder, { schema }), { migrationsFolder });
    } finally {
      await holder.query("select pg_advisory_unlock($1)", [migrationLock]);
    }
  } finally {
    holder.release();
  }
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
