import { index, integer, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { payments } from "./payments";
import { sessions } from "./sessions";

export const scanStates = ["waiting", "connecting", "reading", "done", "failed"] as const;
export type ScanState = (typeof scanStates)[number];

/** One ECU's codes as the scan read them: the report shows them by ECU and kind. */
export interface ScannedEcu {
  address: string;
  stored: string[];
  pending: string[];
  permanent: string[];
}

/**
 * An OBD-II scan of a paid diagnostics session, as the car answered it. A failed
 * scan stays (with its error) beside the retry that succeeded; the report is made
 * from the session's latest finished scan.
 */
export const scans = sqliteTable(
  "scans",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => sessions.id, { onDelete: "cascade" }),
    /** The confirmed payment the scan was started under. */
    paymentId: text("payment_id").references(() => payments.id, { onDelete: "cascade" }),
    state: text("state", { enum: scanStates }).notNull(),
    /** `elm327` or `simulator`, and what the adapter's `ATI` said. */
    driver: text("driver").notNull(),
    adapter: text("adapter"),
    protocol: text("protocol"),
    vin: text("vin"),
    mil: integer("mil", { mode: "boolean" }),
    batteryVolts: real("battery_volts"),
    ecus: text("ecus", { mode: "json" }).$type<ScannedEcu[]>().notNull().default([]),
    /** How many codes of all kinds, for queries and the fleet without parsing `ecus`. */
    dtcCount: integer("dtc_count").notNull().default(0),
    errorCode: text("error_code"),
    errorMessage: text("error_message"),
    startedAt: integer("started_at").notNull(),
    endedAt: integer("ended_at"),
  },
  (t) => [
    // A session's scans, newest first: the running one, and the one a report is made from.
    index("scans_session_idx").on(t.sessionId, t.startedAt),
    // Scans still running when the agent stopped are failed at the next start.
    index("scans_state_idx").on(t.state),
  ],
);

export type ScanRow = typeof scans.$inferSelect;
