import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Events for the fleet backoffice, written in the same transaction as the change
 * they describe (fleet-outbox.ts) and pushed in batches by the agent's fleet
 * worker. A row is the kiosk's promise to tell the backoffice once; `event_id`
 * is the idempotency key the backoffice deduplicates on.
 */
export const fleetOutbox = sqliteTable(
  "fleet_outbox",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    eventId: text("event_id").notNull().unique(),
    event: text("event").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    at: integer("at").notNull(),
    /** The audit details (masked) and a snapshot of the entity after the change. */
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull().default(0),
    sentAt: integer("sent_at"),
    /** Set when the backoffice refused this event: it waits for an operator's re-drive, the rest go on. */
    refusedAt: integer("refused_at"),
    /** The backoffice's reason (field and message). */
    refusal: text("refusal"),
  },
  (t) => [
    // The worker takes the oldest unsent rows, in order.
    index("fleet_outbox_unsent_idx").on(t.sentAt, t.refusedAt, t.seq),
  ],
);

export type FleetOutboxRow = typeof fleetOutbox.$inferSelect;

/**
 * Operators' commands from the backoffice's queue, each kept here by its id,
 * the kiosk's idempotency key: a command fetched again (its result lost, the
 * agent killed mid-run) is never run twice. `running` at a start means the
 * agent died during it; the command's own kind decides what happens then.
 */
export const fleetCommands = sqliteTable(
  "fleet_commands",
  {
    id: text("id").primaryKey(),
    kind: text("kind").notNull(),
    params: text("params", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** The operator who asked (the console's id and email). */
    requestedBy: text("requested_by").notNull(),
    requestedByEmail: text("requested_by_email").notNull(),
    receivedAt: integer("received_at").notNull(),
    status: text("status", { enum: ["running", "done", "failed"] }).notNull(),
    result: text("result", { mode: "json" }).$type<Record<string, unknown>>(),
    error: text("error"),
    finishedAt: integer("finished_at"),
    /** When the backoffice took the result; until then it is reported again. */
    reportedAt: integer("reported_at"),
  },
  (t) => [index("fleet_commands_unreported_idx").on(t.reportedAt, t.finishedAt)],
);

/**
 * The credential this kiosk got by enrolling (`FLEET_ENROLL_CODE`), one row.
 * It stands in for `FLEET_TOKEN`; a rotation from the console replaces it.
 */
export const fleetCredentials = sqliteTable("fleet_credentials", {
  kioskId: text("kiosk_id").primaryKey(),
  token: text("token").notNull(),
  enrolledAt: integer("enrolled_at").notNull(),
});

/**
 * The audit chain's head the backoffice last acknowledged (one row, none
 * before its first answer): the audit retention never purges a row after it,
 * so a kiosk offline for longer than the retention still sends every row it
 * wrote, and its next link never reads as a deletion.
 */
export const fleetAuditHead = sqliteTable("fleet_audit_head", {
  auditId: integer("audit_id").primaryKey(),
  hash: text("hash").notNull(),
  acknowledgedAt: integer("acknowledged_at").notNull(),
});
