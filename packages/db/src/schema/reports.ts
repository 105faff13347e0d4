import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { payments } from "./payments";
import { sessions } from "./sessions";

export const reportTypes = ["diagnostics", "thickness"] as const;
export const deliveryChannels = ["email", "sms"] as const;
export const deliveryStatuses = ["pending", "sending", "sent", "dead"] as const;
/** `report`: the report itself (attached, or named in the SMS); `link`: the SMS that follows with the link once it landed. */
export const deliveryKinds = ["report", "link"] as const;

export const reports = sqliteTable(
  "reports",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    type: text("type", { enum: reportTypes }).notNull(),
    /** The confirmed payment that bought this report: one payment, one report. Null when payment is not required. */
    paymentId: text("payment_id").references(() => payments.id, { onDelete: "cascade" }),
    /** How many times the kiosk has asked to send it again (bounded by reports.maxResends). */
    resends: integer("resends").notNull().default(0),
    data: text("data", { mode: "json" }).$type<unknown>().notNull(),
    filePath: text("file_path").notNull(),
    sha256: text("sha256").notNull(),
    bytes: integer("bytes").notNull(),
    templateVersion: text("template_version").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    // Reports of one session.
    index("reports_session_idx").on(t.sessionId, t.createdAt),
    // A payment buys exactly one report, even when two generate calls race.
    uniqueIndex("reports_payment_uq").on(t.paymentId),
  ],
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
    /** 0 for the first sending, n for the n-th resend the kiosk asked for. */
    round: integer("round").notNull().default(0),
    kind: text("kind", { enum: deliveryKinds }).notNull().default("report"),
    status: text("status", { enum: deliveryStatuses }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at"),
    lastError: text("last_error"),
    providerMessageId: text("provider_message_id"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
  },
  (t) => [
    // A report goes to one recipient per channel once per round.
    uniqueIndex("deliveries_report_channel_recipient_kind_uq").on(t.reportId, t.channel, t.recipient, t.round, t.kind),
    // The outbox worker picks due deliveries by status and time.
    index("deliveries_status_next_attempt_idx").on(t.status, t.nextAttemptAt),
  ],
);

export const reportUploadStates = ["pending", "uploaded", "refused"] as const;

/**
 * A report's PDF on its way to the fleet backoffice, which answers with the
 * customer's link: queued in the report's own transaction (the outbox), so a
 * restart or a week offline loses nothing. `followUp` is the SMS that went
 * without the link because the upload was late: `owed` until the link lands,
 * then `queued` once its one follow-up SMS is. `refused`: the backoffice said
 * no retry can succeed (the report goes without a link; the log says why).
 */
export const reportUploads = sqliteTable(
  "report_uploads",
  {
    reportId: text("report_id")
      .primaryKey()
      .references(() => reports.id, { onDelete: "cascade" }),
    state: text("state", { enum: reportUploadStates }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    lastError: text("last_error"),
    link: text("link"),
    linkExpiresAt: integer("link_expires_at"),
    followUp: text("follow_up", { enum: ["none", "owed", "queued"] })
      .notNull()
      .default("none"),
    createdAt: integer("created_at").notNull(),
    uploadedAt: integer("uploaded_at"),
  },
  (t) => [index("report_uploads_due_idx").on(t.state, t.nextAttemptAt)],
);

export type ReportUploadRow = typeof reportUploads.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type DeliveryRow = typeof deliveries.$inferSelect;
