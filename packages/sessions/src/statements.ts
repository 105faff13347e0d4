import { payments, prepared, sessions, type DbOrTx } from "@kiosk/db";
import { and, eq, sql } from "drizzle-orm";

/**
 * The session queries every request or sweep runs, prepared once per
 * connection: no SQL is built or compiled on the hot path.
 */
export const sessionById = (db: DbOrTx) =>
  prepared(db, "sessions.byId", (d) =>
    d
      .select()
      .from(sessions)
      .where(eq(sessions.id, sql.placeholder("id")))
      .prepare(),
  );

export const insertSession = (db: DbOrTx) =>
  prepared(db, "sessions.insert", (d) =>
    d
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
  );

/** Records activity on a session that is still active; returns the row, or nothing if it is not. */
export const touchActiveSession = (db: DbOrTx) =>
  prepared(db, "sessions.touch", (d) =>
    d
      .update(sessions)
      .set({ lastActivityAt: sql`${sql.placeholder("now")}`, updatedAt: sql`${sql.placeholder("now")}` })
      .where(and(eq(sessions.id, sql.placeholder("id")), eq(sessions.status, "active")))
      .returning()
      .prepare(),
  );

/** Ends a session that is still active; returns the row, or nothing if it changed under us. */
export const endActiveSession = (db: DbOrTx) =>
  prepared(db, "sessions.end", (d) =>
    d
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
  );

export const pendingPaymentOf = (db: DbOrTx) =>
  prepared(db, "sessions.pendingPayment", (d) =>
    d
      .select({ id: payments.id })
      .from(payments)
      .where(and(eq(payments.sessionId, sql.placeholder("sessionId")), eq(payments.status, "pending")))
      .limit(1)
      .prepare(),
  );
