import { Gauge, Histogram, type Registry } from "prom-client";
import type { GaugeSources } from "./sources";

/** Rate, errors and duration of procedures, routes and provider calls, storage headroom, and the _info metric. */
export function runtimeMetrics(registry: Registry, read: () => GaugeSources | undefined) {
  return {
    fleetBacklog: new Gauge({
      name: "fleet_outbox_backlog",
      help: "Fleet events waiting to reach the backoffice (read from the database at scrape time).",
      registers: [registry],
      collect() {
        this.set(read()?.fleetBacklog?.() ?? 0);
      },
    }),
    fleetRefused: new Gauge({
      name: "fleet_outbox_refused",
      help: "Fleet events the backoffice refused, set aside until an operator re-drives them (read at scrape time).",
      registers: [registry],
      collect() {
        this.set(read()?.fleetRefused?.() ?? 0);
      },
    }),
    storageFreeBytes: new Gauge({
      name: "storage_free_bytes",
      help: "Bytes free on the file system that holds the database and the reports (read at scrape time).",
      registers: [registry],
      collect() {
        const free = read()?.storageFreeBytes?.() ?? null;
        if (free !== null) this.set(free);
      },
    }),
    procedureDuration: new Histogram({
      name: "trpc_procedure_duration_seconds",
      help: "tRPC procedure calls: rate, errors (outcome) and duration, by procedure and type.",
      labelNames: ["procedure", "type", "outcome"] as const,
      // SQLite answers in well under a millisecond; PDF rendering and provider calls take longer.
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP requests: rate, errors (outcome) and duration, by route template and method.",
      labelNames: ["route", "method", "outcome"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    providerDuration: new Histogram({
      name: "provider_request_duration_seconds",
      help: "Calls to external providers (YooKassa, SMTP, SendGrid, Twilio, SMSC): rate, errors and duration.",
      labelNames: ["provider", "operation", "outcome"] as const,
      // Internet round trips: tens of milliseconds to a timeout.
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    }),
    info: new Gauge({
      name: "kiosk_agent_info",
      help: "Always 1; the labels say which version runs, in which environment, with which payment provider.",
      labelNames: ["version", "environment", "payment_provider"] as const,
      registers: [registry],
    }),
  };
}
