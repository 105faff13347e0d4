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
