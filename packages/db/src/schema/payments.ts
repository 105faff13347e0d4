import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sessions } from "./sessions";

export const paymentStatuses = [
  "pending",
  "confirmed",
  "failed",
  "expired",
  "cancelled",
  "partially_refunded",
  "refunded",
] as const;
type PaymentStatus = (typeof paymentStatuses)[number];
/** A payment whose money was taken, whatever has been given back since: reaching one is no failure. */
export const paidStatuses = ["confirmed", "partially_refunded", "refunded"] as const satisfies readonly PaymentStatus[];
/**
 * Paid and not all of it given back: the payment still pays for its service (a
 * goodwill partial refund does not undo it) and some money is left to refund.
 */
export const servicePaidStatuses = ["confirmed", "partially_refunded"] as const satisfies readonly PaymentStatus[];
/** Where a 54-FZ receipt stands at the provider (YooKassa's `receipt_registration`). */
export const receiptRegistrations = ["pending", "succeeded", "canceled"] as const;
export const refundStatuses = ["pending", "succeeded", "canceled"] as const;
export const paymentEventSources = ["webhook", "poll", "emulator", "operator"] as const;

export const payments = sqliteTable(
  "payments",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: paymentStatuses }).notNull(),
    /** The registered provider's name: an open set, so no enum here. */
    provider: text("provider").notNull(),
    providerPaymentId: text("provider_payment_id").unique(),
    idempotencyKey: text("idempotency_key").unique(),
    requestHash: text("request_hash"),
    qrCodeData: text("qr_code_data"),
    confirmationUrl: text("confirmation_url"),
    metadata: text("metadata", { mode: "json" }).$type<Record<string, string>>().notNull(),
    failureReason: text("failure_reason"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    confirmedAt: integer("confirmed_at"),
    expiresAt: integer("expires_at").notNull(),
    nextCheckAt: integer("next_check_at"),
    /**
     * Kopecks given back by refunds the provider has completed; never above `amount`
     * (checked where refunds are applied: a CHECK here would make SQLite rebuild the table).
     */
    refundedAmount: integer("refunded_amount").notNull().default(0),
    /** The 54-FZ receipt sent with the payment, as sent; null when receipts are off. */
    receipt: text("receipt", { mode: "json" }).$type<unknown>(),
    receiptRegistration: text("receipt_registration", { enum: receiptRegistrations }),
    /**
     * Counts every change to the row (drizzle adds 1 on each update): the fleet
     * orders a payment's snapshots by it, never by a clock that two changes in
     * one millisecond share.
     */
    version: integer("version")
      .notNull()
      .default(1)
      .$onUpdate(() => sql`"version" + 1`),
  },
  (t) => [
    // One session's payments; the sweeper asks whether a session has one pending.
    index("payments_session_status_idx").on(t.sessionId, t.status),
    // The reconciler picks pending payments whose next check is due.
    index("payments_status_next_check_idx").on(t.status, t.nextCheckAt),
    check("payments_amount_check", sql`${t.amount} > 0`),
  ],
);

/**
 * Refunds an operator asked for. A refund is `pending` until the provider says
 * `succeeded` or `canceled`; only a succeeded one adds to the payment's
 * `refunded_amount`. Our id is the provider's Idempotence-Key.
 */
export const refunds = sqliteTable(
  "refunds",
  {
    id: text("id").primaryKey(),
    paymentId: text("payment_id")
      .notNull()
      .references(() => payments.id, { onDelete: "cascade" }),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: refundStatuses }).notNull(),
    providerRefundId: text("provider_refund_id").unique(),
    receipt: text("receipt", { mode: "json" }).$type<unknown>(),
    receiptRegistration: text("receipt_registration", { enum: receiptRegistrations }),
    cancellationReason: text("cancellation_reason"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    nextCheckAt: integer("next_check_at"),
  },
  (t) => [
    index("refunds_payment_idx").on(t.paymentId),
    // The reconciler picks pending refunds whose check is due.
    index("refunds_status_next_check_idx").on(t.status, t.nextCheckAt),
    check("refunds_amount_check", sql`${t.amount} > 0`),
  ],
);

export const paymentEvents = sqliteTable(
  "payment_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    paymentId: text("payment_id").references(() => payments.id, { onDelete: "cascade" }),
    source: text("source", { enum: paymentEventSources }).notNull(),
    providerStatus: text("provider_status"),
    rawPayload: text("raw_payload", { mode: "json" }).$type<unknown>(),
    sourceIp: text("source_ip"),
    receivedAt: integer("received_at").notNull(),
    applied: integer("applied", { mode: "boolean" }).notNull(),
  },
  // A payment's history in arrival order.
  (t) => [index("payment_events_payment_idx").on(t.paymentId, t.receivedAt)],
);

export type PaymentRow = typeof payments.$inferSelect;
export type PaymentEventRow = typeof paymentEvents.$inferSelect;
export type RefundRow = typeof refunds.$inferSelect;
