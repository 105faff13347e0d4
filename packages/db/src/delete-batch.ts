import { inArray, type SQL } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { DbOrTx } from "./create-db";

/**
 * Deletes at most `limit` rows of `table` that match `where`, found by their key
 * first: retention works in small batches, so a sweep never holds the database
 * (and the kiosk's requests) for long. Returns how many went.
 */
export function deleteBatch(db: DbOrTx, table: SQLiteTable, key: SQLiteColumn, where: SQL | undefined, limit: number) {
  const keys = db
    .select({ key })
    .from(table)
    .where(where)
    .limit(limit)
    .all()
    .map((row) => row.key);
  if (keys.length === 0) return 0;
  return db.delete(table).where(inArray(key, keys)).run().changes;
}
