import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrateWithBackup } from "./migration-guard";
import * as schema from "./schema";

/** Drizzle over better-sqlite3, with its connection (`$client`) for the few raw statements (audit-chain.ts). */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The handle a transaction callback receives; verbs accept either. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  sqlite: Database.Database;
  close(): void;
}

/** The committed migrations of this checkout; a production bundle ships its own copy and says where. */
export const defaultMigrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

export interface CreateDbOptions {
  migrationsFolder?: string;
}

/**
 * Opens (or creates) the SQLite database at `path`, applies the pragmas the design
 * requires and runs the committed migrations. `:memory:` gives a private test db.
 */
export function createDb(path: string, options: CreateDbOptions = {}): DbHandle {
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder;
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // WAL lets readers (metrics scrapes) run beside the writer; FULL sync so a
  // confirmed payment survives power loss; FKs are off by default in SQLite.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  try {
    // A newer agent's database is refused; one with data is copied before it migrates (migration-guard.ts).
    migrateWithBackup({ sqlite, path, migrationsFolder, migrate: () => migrate(db, { migrationsFolder }) });
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return {
    db,
    sqlite,
    close: () => {
      if (sqlite.open) sqlite.close();
    },
  };
}
