import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { GaugeSources } from "./sources";

const sessionTypeLabels = ["type"] as const;

/** Sessions: the seed's five, `sessions_active` read from the database at scrape time. */
export function sessionMetrics(registry: Registry, read: () => GaugeSources | undefined) {
  return {
    sessionsCreated: new Counter({
      name: "sessions_created_total",
      help: "Sessions created, by service type.",
      labelNames: sessionTypeLabels,
      registers: [registry],
    }),
    sessionsCompleted: new Counter({
      name: "sessions_completed_total",
      help: "Sessions completed by the kiosk, by service type.",
      labelNames: sessionTypeLabels,
      registers: [registry],
    }),
    sessionsExpired: new Counter({
      name: "sessions_expired_total",
      help: "Sessions expired by the sweeper (deadline or inactivity), by service type and reason.",
      labelNames: ["type", "reason"] as const,
      registers: [registry],
    }),
    sessionsDuration: new Histogram({
      name: "sessions_duration_seconds",
      help: "Session lifetime from creation to its end, by service type and outcome.",
      labelNames: ["type", "outcome"] as const,
      // Kiosk sessions last minutes: from a quick abandon to an hour-long TTL.
      buckets: [30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14400],
      registers: [registry],
    }),
    sessionsActive: new Gauge({
      name: "sessions_active",
      help: "Sessions currently active, by service type (read from the database at scrape time).",
      labelNames: sessionTypeLabels,
      registers: [registry],
      collect() {
        // Every type is always present, at 0 when idle, so sums and alerts never see "no data".
        this.reset();
        for (const type of ["thickness", "diagnostics"]) this.set({ type }, 0);
        for (const { type, count } of read()?.activeSessionsByType() ?? []) this.set({ type }, count);
      },
    }),
  };
}
