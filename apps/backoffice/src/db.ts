import { fileURLToPath } from "node:url";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema";

export type BackofficeDb = NodePgDatabase<typeof schema>;

export const backofficeMigrations = fileURLToPath(new URL("../drizzle", import.meta.url));

/** A pool on DATABASE_URL with the backoffice's committed migrations applied. */
export async function openBackofficeDb(url: string, migrationsFolder = backofficeMigrations) {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const db = drizzle(pool, { schema });
  await migrate(db, { migrationsFolder });
  return { db, pool, close: () => pool.end() };
}
