import type { DbOrTx } from "./create-db";

/** Prepared statements per connection: drizzle's db and its transactions share one session object. */
const statements = new WeakMap<object, Map<string, unknown>>();

/**
 * A drizzle prepared statement, built on first use and reused by every later
 * call on the same connection, inside a transaction or not (better-sqlite3 runs
 * it on the one connection). Hot queries skip building SQL and asking SQLite to
 * compile it again on every request.
 */
export function prepared<T>(db: DbOrTx, name: string, build: (db: DbOrTx) => T): T {
  const session = (db as unknown as { session: object }).session;
  let byName = statements.get(session);
  if (!byName) statements.set(session, (byName = new Map<string, unknown>()));
  let statement = byName.get(name) as T | undefined;
  if (statement === undefined) {
    statement = build(db);
    byName.set(name, statement);
  }
  return statement;
}
