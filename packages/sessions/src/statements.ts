import { payments, sessions, type Db } from "@kiosk/db";
import { and, eq, exists, lte, or, sql } from "drizzle-orm";

/**
 * The session queries every request or sweep runs, prepared once per database
 * by whoever builds the deps: no SQL is built or compiled on the hot path.
 * better-sqlite3 has one connection, so each also runs inside a caller's transaction.
 */
export function sessionStatements(db: Db) {
  const pendingPayment = db
    .select({ one: sql`1` })
    .from(payments)
    .where(and(eq(payments.sessionId, sessions.id), eq(payments.status, "pending")));
  /**
   * Active sessions past their deadline (or, with `idle`, idle since before
   * `idleBefore`) with no payment pending. The OR of two ranges is answered from
   * two indexes, (status, expires_at) and (status, last_activity_at), not by
   * scanning every active session.
   */
  const overdue = (idle: boolean) =>
    db
      .select()
      .from(sessions)
      .where(
        and(
          eq(sessions.status, "active"),
          idle
            ? or(
                lte(sessions.expiresAt, sql.placeholder("now")),
                lte(sessions.lastActivityAt, sql.placeholder("idleBefore")),
              )
            : lte(sessions.expiresAt, sql.placeholder("now")),
          sql`not ${exists(pendingPayment)}`,
        ),
      )
      .limit(sql.placeholder("limit"))
      .prepare();

  return {
    byId: db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sql.placeholder("id")))
      .prepare(),
    insert: db
      .insert(sessions)
      .values({
        id: sql.placeholder("id"),
        type: sql.placeholder("type"),
        status: "active",
        contactEmail: sql.placeholder("contactEmail"),
        contactPhone: sql.placeholder("contactPhone"),
        metadata: sql.placeholder("metadata"),
        createdAt: sql.placeholder("now"),
        updatedAt: sql.placeholder("now"),
        lastActivityAt: sql.placeholder("now"),
        expiresAt: sql.placeholder("expiresAt"),
      })
      .returning()
      .prepare(),
    /** Records activity on a session that is still active; returns the row, or nothing if it is not. */
    touchActive: db
      .update(sessions)
      .set({ lastActivityAt: sql`${sql.placeholder("now")}`, updatedAt: sql`${sql.placeholder("now")}` })
      .where(and(eq(sessions.id, sql.placeholder("id")), eq(sessions.status, "active")))
      .returning()
      .prepare(),
    /** Ends a session that is still active; returns the row, or nothing if it changed under us. */
    endActive: db
      .update(sessions)
      .set({
        status: sql`${sql.placeholder("status")}`,
        endedAt: sql`${sql.placeholder("now")}`,
        endReason: sql`${sql.placeholder("reason")}`,
        updatedAt: sql`${sql.placeholder("now")}`,
      })
      .where(and(eq(sessions.id, sql.placeholder("id")), eq(sessions.status, "active")))
      .returning()
      .prepare(),
    pendingPaymentOf: db
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.sessionId, sql.placeholder("sessionId")), eq(payments.status, "pending")))
      .limit(1)
      .prepare(),
    overdue: overdue(false),
    overdueOrIdle: overdue(true),
  };
}

export type SessionStatements = ReturnType<typeof sessionStatements>;
