import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const emulatorStatuses = ["pending", "succeeded", "canceled"] as const;

/**
 * The DEV payment emulator's own books: what a PSP would hold. Kept in SQLite so
 * an intent pending before a restart still confirms after it.
 */
export const emulatorPayments = sqliteTable(
  "emulator_payments",
  {
    id: text("id").primaryKey(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    amount: integer("amount").notNull(),
    currency: text("currency").notNull(),
    status: text("status", { enum: emulatorStatuses }).notNull(),
    description: text("description").notNull(),
    metadata: text("metadata", { mode: "json" }).$type<Record<string, string>>().notNull(),
    /** What happens when the payment is due: the customer pays, or the bank declines. */
    outcome: text("outcome", { enum: ["succeed", "decline"] }).notNull(),
    /** When the emulated customer acts; null in manual mode (only DEV confirm moves it). */
    settleAt: integer("settle_at"),
    cancellationReason: text("cancellation_reason"),
    /** How many notifications each change sends (more than one to test duplicate delivery). */
    notifyTimes: integer("notify_times").notNull().default(1),
    /** Notifications still owed to the agent for the last change. */
    notificationsDue: integer("notifications_due").notNull().default(0),
    /** The receipt the agent sent, kept as a PSP would; its registration follows the payment. */
    receipt: text("receipt", { mode: "json" }).$type<unknown>(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    // The emulator worker picks pending payments whose settle time has come.
    index("emulator_payments_status_settle_idx").on(t.status, t.settleAt),
    // ... and payments that still owe a notification.
    index("emulator_payments_notifications_idx").on(t.notificationsDue),
  ],
);

export type EmulatorPaymentRow = typeof emulatorPayments.$inferSelect;

/** The emulator's refunds: `pending` until the emulator settles them, like YooKassa's. */
export const emulatorRefunds = sqliteTable(
  "emulator_refunds",
  {
    id: text("id").primaryKey(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    paymentId: text("payment_id")
      .notNull()
      .references(() => emulatorPayments.id, { onDelete: "cascade" }),
    amount: integer("amount").notNull(),
    status: text("status", { enum: emulatorStatuses }).notNull(),
    receipt: text("receipt", { mode: "json" }).$type<unknown>(),
    /** When the emulator settles it; null in manual mode (an operator's DEV control moves it). */
    settleAt: integer("settle_at"),
    /** Whether the change owes the agent a `refund.succeeded` notification. */
    notificationDue: integer("notification_due", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("emulator_refunds_status_settle_idx").on(t.status, t.settleAt)],
);

export type EmulatorRefundRow = typeof emulatorRefunds.$inferSelect;
