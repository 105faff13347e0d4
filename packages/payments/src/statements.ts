import { payments, prepared, servicePaidStatuses, sessions, type DbOrTx } from "@kiosk/db";
import { and, eq, inArray, sql } from "drizzle-orm";

/** The payment queries of the kiosk's hot path, prepared once per connection. */
export const paymentById = (db: DbOrTx) =>
  prepared(db, "payments.byId", (d) =>
    d
      .select()
      .from(payments)
      .where(eq(payments.id, sql.placeholder("id")))
      .prepare(),
  );

export const paymentByIdempotencyKey = (db: DbOrTx) =>
  prepared(db, "payments.byIdempotencyKey", (d) =>
    d
      .select()
      .from(payments)
      .where(eq(payments.idempotencyKey, sql.placeholder("key")))
      .prepare(),
  );

/** The session's payment that is still pending or already paid (in part refunded or not): one at a time. */
export const openPaymentOf = (db: DbOrTx) =>
  prepared(db, "payments.openOfSession", (d) =>
    d
      .select({ id: payments.id, status: payments.status })
      .from(payments)
      .where(
        and(
          eq(payments.sessionId, sql.placeholder("sessionId")),
          inArray(payments.status, ["pending", ...servicePaidStatuses]),
        ),
      )
      .prepare(),
  );

export const sessionForPayment = (db: DbOrTx) =>
  prepared(db, "payments.session", (d) =>
    d
      .select()
      .from(sessions)
      .where(eq(sessions.id, sql.placeholder("id")))
      .prepare(),
  );

export const insertPayment = (db: DbOrTx) =>
  prepared(db, "payments.insert", (d) =>
    d
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
  );
