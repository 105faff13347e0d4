import { sql } from "drizzle-orm";
import { check, integer, sqliteTable } from "drizzle-orm/sqlite-core";

/**
 * One row, rewritten by every readiness probe: a committed write is the only
 * honest proof that the database can still take one (a full disk, a read-only
 * mount or a dead device fail it).
 */
export const storageProbe = sqliteTable(
  "storage_probe",
  {
    id: integer("id").primaryKey(),
    at: integer("at").notNull(),
  },
  (t) => [check("storage_probe_single_row", sql`${t.id} = 1`)],
);
