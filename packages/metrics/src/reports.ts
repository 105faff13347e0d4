import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { GaugeSources } from "./sources";

/** Reports and their delivery; the outbox gauges read at scrape time. */
export function reportMetrics(registry: Registry, read: () => GaugeSources | undefined) {
  return {
    reportsGenerated: new Counter({
      name: "reports_generated_total",
      help: "Reports generated (PDF stored, deliveries queued), by type.",
      labelNames: ["type"] as const,
      registers: [registry],
    }),
    reportsDelivered: new Counter({
      name: "reports_delivered_total",
      help: "Report deliveries sent, by report type and method (email, sms).",
      labelNames: ["type", "method"] as const,
      registers: [registry],
    }),
    reportsFailed: new Counter({
      name: "reports_failed_total",
      help: "Report deliveries given up (dead): rejected by the provider, or attempts exhausted.",
      labelNames: ["type", "method", "reason"] as const,
      registers: [registry],
    }),
    reportsDeliveryRetries: new Counter({
      name: "reports_delivery_retries_total",
      help: "Delivery attempts that failed transiently and were scheduled again.",
      labelNames: ["type", "method"] as const,
      registers: [registry],
    }),
    reportsDeliveryLatency: new Histogram({
      name: "reports_delivery_latency_seconds",
      help: "Time from a report's creation to its delivery being sent, by method.",
      labelNames: ["method"] as const,
      // Seconds when all is well; up to an hour when retries back off.
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
      registers: [registry],
    }),
    deliveriesPending: outboxGauge(
      registry,
      read,
      "deliveries_pending",
      "Report deliveries waiting to be sent or being sent, by channel (read at scrape time).",
      ["pending", "sending"],
    ),
    deliveriesDead: outboxGauge(
      registry,
      read,
      "deliveries_dead",
      "Report deliveries given up on and waiting for an operator, by channel (read at scrape time).",
      ["dead"],
    ),
  };
}

/** Deliveries per channel in the given statuses, read at scrape time; every channel is present, at 0 when empty. */
function outboxGauge(
  registry: Registry,
  read: () => GaugeSources | undefined,
  name: string,
  help: string,
  statuses: readonly string[],
) {
  return new Gauge({
    name,
    help,
    labelNames: ["channel"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const channel of ["email", "sms"]) this.set({ channel }, 0);
      for (const row of read()?.deliveriesByStatus?.() ?? []) {
        if (statuses.includes(row.status)) this.inc({ channel: row.channel }, row.count);
      }
    },
  });
}
