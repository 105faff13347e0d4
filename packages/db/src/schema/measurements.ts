import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { payments } from "./payments";
import { sessions } from "./sessions";

export const measurementStates = ["waiting", "measuring", "done", "failed"] as const;
export type MeasurementState = (typeof measurementStates)[number];

/** One zone's reading as the gauge gave it, normalised to µm; the verdict is computed when shown. */
export interface ZoneReading {
  zone: string;
  valueUm: number;
  substrate: "steel" | "aluminium" | "unknown";
  /** What the gauge displayed: `um` or `mil` (the value is µm either way). */
  unit: "um" | "mil";
  at: number;
}

/**
 * A paint-thickness measurement of a paid thickness session: the readings the
 * gauge sent, zone by zone, in the order they were first taken (a zone measured
 * again keeps its place with the new value). One per session: a start after a
 * failure continues it, keeping what was measured.
 */
export const measurements = sqliteTable(
  "measurements",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    paymentId: text("payment_id").references(() => payments.id, { onDelete: "cascade" }),
    vehicleType: text("vehicle_type", { enum: ["sedan", "hatchback", "minivan"] }).notNull(),
    state: text("state", { enum: measurementStates }).notNull(),
    /** The driver (`positector`, `line`, ...) and, once it introduced itself, the gauge's model. */
    driver: text("driver").notNull(),
    gauge: text("gauge"),
    readings: text("readings", { mode: "json" }).$type<ZoneReading[]>().notNull().default([]),
    /** A zone the customer tapped to measure again; the next reading goes there. */
    remeasure: text("remeasure"),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    startedAt: integer("started_at").notNull(),
    endedAt: integer("ended_at"),
  },
  (t) => [uniqueIndex("measurements_session_idx").on(t.sessionId), index("measurements_state_idx").on(t.state)],
);

export type MeasurementRow = typeof measurements.$inferSelect;

export const handoutStates = ["opening", "out", "returning", "returned", "not_returned", "jammed"] as const;
export type HandoutState = (typeof handoutStates)[number];

/**
 * A device's trip out of the locker and back for one session: which cell, when
 * its door was seen open and closed again, and by when it must be back. Kept
 * so a restart resumes the wait for the return, and operators can see who has
 * the adapter.
 */
export const deviceHandouts = sqliteTable(
  "device_handouts",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    device: text("device", { enum: ["obd", "gauge"] }).notNull(),
    cell: integer("cell").notNull(),
    state: text("state", { enum: handoutStates }).notNull(),
    openedAt: integer("opened_at").notNull(),
    /** While returning: when the device counts as not returned. */
    returnBy: integer("return_by"),
    endedAt: integer("ended_at"),
    /**
     * A jammed cell or a device not returned keeps its service off sale until an
     * operator opens the cell (devices.locker.open): then, when.
     */
    resolvedAt: integer("resolved_at"),
  },
  (t) => [
    uniqueIndex("device_handouts_session_idx").on(t.sessionId, t.device),
    index("device_handouts_state_idx").on(t.state),
  ],
);

export type DeviceHandoutRow = typeof deviceHandouts.$inferSelect;
