import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { sessions } from "./sessions";

export const reportTypes = ["diagnostics", "thickness"] as const;
export const deliveryChannels = ["email", "sms"] as const;
export const deliveryStatuses = ["pending", "sending", "sent", "dead"] as const;

export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    type: text("type", { enum: reportTypes }).notNull(),
    data: text("data", { mode: "json" }).$type<unknown>().notNull(),
    filePath: text("file_path").notNull(),
    sha256: text("sha256").notNull(),
    bytes: integer("bytes").notNull(),
    templateVersion: text("template_version").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  // Reports of one session.
  (t) => [index("reports_session_idx").on(t.sessionId, t.createdAt)],
);

export const deliveries = sqliteTable(
  "deliveries",
  {
    id: text("id").primaryKey(),
    reportId: text("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    channel: text("channel", { enum: deliveryChannels }).notNull(),
    provider: text("provider").notNull(),
    recipient: text("recipient").notNull(),
    status: text("status", { enum: deliveryStatuses }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at"),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
  },
  (t) => [
    // A report goes to one recipient per channel once.
    uniqueIndex("deliveries_report_channel_recipient_uq").on(t.reportId, t.channel, t.recipient),
    // The outbox worker picks due deliveries by status and time.
    index("deliveries_status_next_attempt_idx").on(t.status, t.nextAttemptAt),
  ],
);

export type ReportRow = typeof reports.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
