import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/** Every kiosk that ever reported, with what it last said about itself. */
export const kiosks = pgTable("kiosks", {
  id: text("id").primaryKey(),
  version: text("version"),
  lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }).notNull(),
  eventsReceived: bigint("events_received", { mode: "number" }).notNull().default(0),
});

/**
 * Every event a kiosk sent, once: (kiosk_id, event_id) is the kiosk's idempotency
 * key, so a batch delivered twice is stored once. The fleet's audit search reads it.
 */
export const fleetEvents = pgTable(
  "fleet_events",
  {
    kioskId: text("kiosk_id").notNull(),
    eventId: text("event_id").notNull(),
    event: text("event").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    occurredAt: timestamp("occurred_at", { withTimezone: true, mode: "date" }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kioskId, t.eventId] }),
    index("fleet_events_occurred_idx").on(t.occurredAt),
    index("fleet_events_event_idx").on(t.event, t.occurredAt),
    index("fleet_events_entity_idx").on(t.entityType, t.entityId),
  ],
);

/**
 * Each kiosk's payments as their latest event says they stand. `version` is the
 * kiosk's per-payment change counter: only a strictly higher one moves the row,
 * so a replayed, duplicated or overtaken event never moves a payment back.
 */
export const fleetPayments = pgTable(
  "fleet_payments",
  {
    kioskId: text("kiosk_id").notNull(),
    paymentId: text("payment_id").notNull(),
    sessionId: text("session_id").notNull(),
    status: text("status").notNull(),
    amount: integer("amount").notNull(),
    refundedAmount: integer("refunded_amount").notNull().default(0),
    currency: text("currency").notNull(),
    provider: text("provider").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true, mode: "date" }),
    version: bigint("version", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.kioskId, t.paymentId] }),
    index("fleet_payments_confirmed_idx").on(t.confirmedAt),
    index("fleet_payments_status_idx").on(t.status, t.createdAt),
  ],
);
