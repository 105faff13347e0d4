import { payments, servicePaidStatuses, sessions, type Db } from "@kiosk/db";
import { and, eq, inArray, sql } from "drizzle-orm";

/**
 * The payment queries of the kiosk's hot path, prepared once per database by
 * whoever builds the deps. better-sqlite3 has one connection, so each also runs
 * inside a caller's transaction.
 */
export function paymentStatements(db: Db) {
  return {
    byId: db
      .select()
      .from(payments)
      .where(eq(payments.id, sql.placeholder("id")))
      .prepare(),
    byIdempotencyKey: db
      .select()
      .from(payments)
      .where(eq(payments.idempotencyKey, sql.placeholder("key")))
      .prepare(),
    /** The session's payment that is still pending or already paid (in part refunded or not): one at a time. */
    openOfSession: db
      .select({ id: payments.id, status: payments.status })
      .from(payments)
      .where(
        and(
          eq(payments.sessionId, sql.placeholder("sessionId")),
          inArray(payments.status, ["pending", ...servicePaidStatuses]),
        ),
      )
      .prepare(),
    sessionOf: db
      .select()
      .from(sessions)
      .where(eq(sessions.id, sql.placeholder("id")))
      .prepare(),
    insert: db
      .insert(payments)
      .values({
        id: sql.placeholder("id"),
        sessionId: sql.placeholder("sessionId"),
        amount: sql.placeholder("amount"),
        currency: sql.placeholder("currency"),
        status: "pending",
        provider: sql.placeholder("provider"),
        idempotencyKey: sql.placeholder("idempotencyKey"),
        requestHash: sql.placeholder("requestHash"),
        metadata: sql.placeholder("metadata"),
        receipt: sql.placeholder("receipt"),
        createdAt: sql.placeholder("now"),
        updatedAt: sql.placeholder("now"),
        expiresAt: sql.placeholder("expiresAt"),
        nextCheckAt: sql.placeholder("nextCheckAt"),
      })
      .returning()
      .prepare(),
  };
}

export type PaymentStatements = ReturnType<typeof paymentStatements>;
