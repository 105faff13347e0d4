import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** Counts read from the database at scrape time, so gauges are right after a restart. */
export interface GaugeSources {
  activeSessionsByType(): Array<{ type: string; count: number }>;
  pendingPayments?(): number;
  /** When the oldest pending payment was created (epoch ms), or null when none is pending. */
  oldestPendingPaymentAt?(): number | null;
  now?(): number;
  /** Deliveries by channel and status, for the outbox depth gauges. */
  deliveriesByStatus?(): Array<{ channel: string; status: string; count: number }>;
}

/** How a request or provider call ended: low-cardinality, the same word everywhere. */
export type Outcome = "success" | "client_error" | "server_error";

/** Why a payment did not end confirmed: a fixed set, so the label stays low-cardinality. */
export const paymentFailureReasons = [
  "declined",
  "expired",
  "cancelled",
  "amount_mismatch",
  "provider_error",
  "other",
] as const;
export type PaymentFailureReason = (typeof paymentFailureReasons)[number];

/** What became of a webhook notification. */
export const webhookResults = [
  "applied",
  "unchanged",
  "duplicate",
  "unknown_payment",
  "forbidden",
  "invalid",
  "fetch_failed",
] as const;
export type WebhookResult = (typeof webhookResults)[number];

const sessionTypeLabels = ["type"] as const;

/**
 * One Registry per agent (not prom-client's global), holding every metric of the
 * design. Metric names are the seed's and stay stable: dashboards depend on them.
 */
export interface AgentInfo {
  version: string;
  environment: string;
  paymentProvider: string;
}

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // These three are gauges named like counters, which promtool rejects; the
  // per-type nodejs_active_{handles,requests,resources} gauges carry the same counts.
  for (const name of ["nodejs_active_handles_total", "nodejs_active_requests_total", "nodejs_active_resources_total"]) {
    registry.removeSingleMetric(name);
  }
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
        // Every type is always present, at 0 when idle, so sums and alerts never see "no data".
        this.reset();
        for (const type of ["thickness", "diagnostics"]) this.set({ type }, 0);
        for (const { type, count } of sources?.activeSessionsByType() ?? []) this.set({ type }, count);
      },
    }),
    paymentsIntents: new Counter({
      name: "payments_intents_total",
      help: "Payment intents created, by provider and service type.",
      labelNames: ["provider", "service"] as const,
      registers: [registry],
    }),
    paymentsConfirmed: new Counter({
      name: "payments_confirmed_total",
      help: "Payments confirmed by the provider, by provider.",
      labelNames: ["provider"] as const,
      registers: [registry],
    }),
    paymentsFailed: new Counter({
      name: "payments_failed_total",
      help: "Payments that ended without money: declined, expired, cancelled, amount mismatch, provider error.",
      labelNames: ["provider", "reason"] as const,
      registers: [registry],
    }),
    paymentsRefunded: new Counter({
      name: "payments_refunded_total",
      help: "Confirmed payments refunded, by provider.",
      labelNames: ["provider"] as const,
      registers: [registry],
    }),
    paymentsDuration: new Histogram({
      name: "payments_duration_seconds",
      help: "Time from intent to a terminal status, by provider and outcome.",
      labelNames: ["provider", "outcome"] as const,
      // From a 2-second emulator to the 10-minute payment window.
      buckets: [1, 2, 3, 5, 10, 20, 30, 60, 120, 300, 600, 900],
      registers: [registry],
    }),
    paymentsWebhookReceived: new Counter({
      name: "payments_webhook_received_total",
      help: "PSP notifications received, by what became of them.",
      labelNames: ["result"] as const,
      registers: [registry],
    }),
    paymentsWebhookLag: new Histogram({
      name: "payments_webhook_lag_seconds",
      help: "Time from the provider's event to our receipt of its notification.",
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
      registers: [registry],
    }),
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
    diagnosticsScans: new Counter({
      name: "diagnostics_scans_total",
      help: "OBD-II scans reported, by result (clean, faults).",
      labelNames: ["result"] as const,
      registers: [registry],
    }),
    diagnosticsDtcFound: new Counter({
      name: "diagnostics_dtc_found_total",
      help: "Diagnostic trouble codes found, by severity.",
      labelNames: ["severity"] as const,
      registers: [registry],
    }),
    diagnosticsDuration: new Histogram({
      name: "diagnostics_duration_seconds",
      help: "How long an OBD-II scan took.",
      buckets: [5, 10, 20, 30, 60, 120, 300, 600, 1200],
      registers: [registry],
    }),
    paymentsPending: new Gauge({
      name: "payments_pending",
      help: "Payments waiting for the customer (read from the database at scrape time).",
      registers: [registry],
      collect() {
        this.set(sources?.pendingPayments?.() ?? 0);
      },
    }),
    deliveriesPending: new Gauge({
      name: "deliveries_pending",
      help: "Report deliveries waiting to be sent or being sent, by channel (read at scrape time).",
      labelNames: ["channel"] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const channel of ["email", "sms"]) this.set({ channel }, 0);
        for (const row of sources?.deliveriesByStatus?.() ?? []) {
          if (row.status === "pending" || row.status === "sending") this.inc({ channel: row.channel }, row.count);
        }
      },
    }),
    deliveriesDead: new Gauge({
      name: "deliveries_dead",
      help: "Report deliveries given up on and waiting for an operator, by channel (read at scrape time).",
      labelNames: ["channel"] as const,
      registers: [registry],
      collect() {
        this.reset();
        for (const channel of ["email", "sms"]) this.set({ channel }, 0);
        for (const row of sources?.deliveriesByStatus?.() ?? []) {
          if (row.status === "dead") this.set({ channel: row.channel }, row.count);
        }
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
    /** Sets the _info metric once at start. */
    setInfo(info: AgentInfo) {
      metrics.info.reset();
      metrics.info.set(
        { version: info.version, environment: info.environment, payment_provider: info.paymentProvider },
        1,
      );
    },
    paymentsOldestPendingAge: new Gauge({
      name: "payments_oldest_pending_age_seconds",
      help: "Age of the oldest payment still pending, 0 when none is (read at scrape time).",
      registers: [registry],
      collect() {
        const oldest = sources?.oldestPendingPaymentAt?.() ?? null;
        const now = sources?.now?.() ?? Date.now();
        this.set(oldest === null ? 0 : Math.max(0, (now - oldest) / 1000));
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
