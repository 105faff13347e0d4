import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Counts read from the database at scrape time, so gauges are right after a restart. */
export interface GaugeSources {
  activeSessionsByType(): Array<{ type: string; count: number }>;
}

const sessionTypeLabels = ["type"] as const;

/**
 * One Registry per agent (not prom-client's global), holding every metric of the
 * design. Metric names are the seed's and stay stable: dashboards depend on them.
 */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  let sources: GaugeSources | undefined;

  const metrics = {
    registry,
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
        this.reset();
        for (const { type, count } of sources?.activeSessionsByType() ?? []) this.set({ type }, count);
      },
    }),
    /** Connects the scrape-time gauges to the database once it is open. */
    setGaugeSources(next: GaugeSources) {
      sources = next;
    },
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;
