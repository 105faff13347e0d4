import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const auditActors = ["kiosk", "operator", "psp", "system"] as const;
export type AuditActor = (typeof auditActors)[number];

export const auditLogs = sqliteTable(
  "audit_logs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    actor: text("actor", { enum: auditActors }).notNull(),
    event: text("event").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    ip: text("ip"),
    userAgent: text("user_agent"),
    /** The HTTP request that caused the change, when one did (x-request-id). */
    requestId: text("request_id"),
    /** The person behind an operator's change (the console's operator id), when known. */
    actorId: text("actor_id"),
    /**
     * The hash chain (audit-chain.ts): `prev_hash` is the row before's `hash`,
     * `hash` covers `prev_hash` and this row's content. Null on rows written
     * before the chain (migration 0012); the chain starts after them.
     */
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    // "Who changed this payment and when": one entity's history.
    index("audit_entity_idx").on(t.entityType, t.entityId, t.at),
    // Operator queries by event over a time range.
    index("audit_event_at_idx").on(t.event, t.at),
    // Operator queries by time range alone, newest first.
    index("audit_at_idx").on(t.at),
  ],
);

export type AuditRow = typeof auditLogs.$inferSelect;
