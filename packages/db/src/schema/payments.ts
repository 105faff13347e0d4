import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { sessions } from "./sessions";

export const paymentStatuses = ["pending", "confirmed", "failed", "expired", "cancelled", "refunded"] as const;
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
  },
  (t) => [
    // One session's payments; the sweeper asks whether a session has one pending.
    index("payments_session_status_idx").on(t.sessionId, t.status),
    // The reconciler picks pending payments whose next check is due.
    index("payments_status_next_check_idx").on(t.status, t.nextCheckAt),
    check("payments_amount_check", sql`${t.amount} > 0`),
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
