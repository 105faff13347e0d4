import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const sessionTypes = ["thickness", "diagnostics"] as const;
export const sessionStatuses = ["active", "completed", "expired", "failed", "cancelled"] as const;

export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    type: text("type", { enum: sessionTypes }).notNull(),
    status: text("status", { enum: sessionStatuses }).notNull(),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    metadata: text("metadata", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    lastActivityAt: integer("last_activity_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    endedAt: integer("ended_at"),
    endReason: text("end_reason"),
  },
  (t) => [
    // The sweeper: active sessions past their deadline, or idle since before a cutoff (an OR of both ranges).
    index("sessions_status_expires_idx").on(t.status, t.expiresAt),
    index("sessions_status_activity_idx").on(t.status, t.lastActivityAt),
    // The operator list, newest first (created_at DESC, id DESC): unfiltered, by status, by type, by both.
    index("sessions_created_idx").on(t.createdAt, t.id),
    index("sessions_status_created_idx").on(t.status, t.createdAt, t.id),
    index("sessions_type_created_idx").on(t.type, t.createdAt, t.id),
    index("sessions_type_status_created_idx").on(t.type, t.status, t.createdAt, t.id),
    // Retention purges by ended_at.
    index("sessions_ended_idx").on(t.endedAt),
    check("sessions_status_check", sql`${t.status} in ('active','completed','expired','failed','cancelled')`),
    check("sessions_type_check", sql`${t.type} in ('thickness','diagnostics')`),
  ],
);

export type SessionRow = typeof sessions.$inferSelect;
