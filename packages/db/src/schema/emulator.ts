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
