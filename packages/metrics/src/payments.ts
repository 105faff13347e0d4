import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { GaugeSources } from "./sources";

/** Payments: the seed's five, plus refunds, webhook lag and the pending gauges. */
export function paymentMetrics(registry: Registry, read: () => GaugeSources | undefined) {
  return {
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
      help: "Refunds the provider completed (full or partial), by provider.",
      labelNames: ["provider"] as const,
      registers: [registry],
    }),
    paymentsRefundedAmount: new Counter({
      name: "payments_refunded_kopecks_total",
      help: "Money given back by completed refunds, in kopecks, by provider.",
      labelNames: ["provider"] as const,
      registers: [registry],
    }),
    paymentsLateSuccess: new Counter({
      name: "payments_late_success_total",
      help: "Payments the provider took after we had closed the intent (expired, cancelled, failed): each needs a refund.",
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
    paymentsPending: new Gauge({
      name: "payments_pending",
      help: "Payments waiting for the customer (read from the database at scrape time).",
      registers: [registry],
      collect() {
        this.set(read()?.pendingPayments?.() ?? 0);
      },
    }),
    paymentsOldestPendingAge: new Gauge({
      name: "payments_oldest_pending_age_seconds",
      help: "Age of the oldest payment still pending, 0 when none is (read at scrape time).",
      registers: [registry],
      collect() {
        const oldest = read()?.oldestPendingPaymentAt?.() ?? null;
        const now = read()?.now?.() ?? Date.now();
        this.set(oldest === null ? 0 : Math.max(0, (now - oldest) / 1000));
      },
    }),
    paymentsLateUnrefunded: new Gauge({
      name: "payments_late_unrefunded",
      help: "Payments the provider took after we had closed the intent whose money has not all gone back yet (read at scrape time).",
      registers: [registry],
      collect() {
        this.set(read()?.lateUnrefunded?.() ?? 0);
      },
    }),
    paymentsReceiptUnregisteredAge: new Gauge({
      name: "payments_receipt_unregistered_age_seconds",
      help: "Time since the money came for the oldest paid payment whose 54-FZ receipt is not registered (pending or refused), 0 when none (read at scrape time).",
      registers: [registry],
      collect() {
        const oldest = read()?.oldestUnregisteredReceiptAt?.() ?? null;
        const now = read()?.now?.() ?? Date.now();
        this.set(oldest === null ? 0 : Math.max(0, (now - oldest) / 1000));
      },
    }),
  };
}
