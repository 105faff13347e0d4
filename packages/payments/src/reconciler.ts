import { startPolling, type Worker } from "@kiosk/core";
import { payments, systemActor } from "@kiosk/db";
import { and, asc, eq, lte } from "drizzle-orm";
import { refreshFromProvider } from "./apply";
import type { PaymentDeps } from "./deps";
import { closePendingPayment } from "./service";
import { publishChange, transitionInTx } from "./transition";
import { loadPayment } from "./view";

/** A payment with no provider id this long after creation was lost mid-create (a crash). */
const orphanAfterMs = 60_000;
const batchSize = 50;

/** The next check comes later the longer a payment has waited: about a quarter of its age. */
function nextCheckDelay(deps: PaymentDeps, ageMs: number): number {
  const { minIntervalMs, maxIntervalMs } = deps.config.payments.reconcile;
  return Math.min(maxIntervalMs, Math.max(minIntervalMs, Math.floor(ageMs / 4)));
}

/**
 * One pass over pending payments whose check is due: ask the provider and apply
 * its answer (a lost webhook never loses a paid session); expire those past
 * `expires_at`, cancelling them at the provider. Returns how many it looked at.
 */
export async function reconcilePayments(deps: PaymentDeps, onError: (error: unknown) => void): Promise<number> {
  const now = deps.clock.now();
  const due = deps.db
    .select()
    .from(payments)
    .where(and(eq(payments.status, "pending"), lte(payments.nextCheckAt, now)))
    .orderBy(asc(payments.nextCheckAt))
    .limit(batchSize)
    .all();
  for (const row of due) {
    try {
      if (row.expiresAt <= now) {
        await closePendingPayment(deps, row.id, "expired", systemActor);
        continue;
      }
      if (!row.providerPaymentId) {
        if (now - row.createdAt >= orphanAfterMs) failOrphan(deps, row.id);
        else scheduleNext(deps, row.id, now + deps.config.payments.reconcile.minIntervalMs);
        continue;
      }
      await refreshFromProvider(deps, row.id, { source: "poll", sourceIp: null }, systemActor);
    } catch (error) {
      onError(error);
    }
    if (loadPayment(deps.db, row.id).status === "pending") {
      scheduleNext(deps, row.id, Math.min(row.expiresAt, now + nextCheckDelay(deps, now - row.createdAt)));
    }
  }
  return due.length;
}

function scheduleNext(deps: PaymentDeps, id: string, at: number): void {
  deps.db
    .update(payments)
    .set({ nextCheckAt: at })
    .where(and(eq(payments.id, id), eq(payments.status, "pending")))
    .run();
}

function failOrphan(deps: PaymentDeps, id: string): void {
  const now = deps.clock.now();
  const ended = deps.db.transaction((tx) =>
    transitionInTx(
      tx,
      loadPayment(tx, id),
      { to: "failed", reason: "provider_error" },
      { source: "poll", providerStatus: null, rawPayload: { reason: "never created at the provider" }, sourceIp: null },
      systemActor,
      now,
    ),
  );
  publishChange(deps, ended);
}

/** The reconciler as a worker: at start (a restart catches up) and every tick. */
export const startReconciler = (deps: PaymentDeps, onError: (error: unknown) => void): Worker =>
  startPolling(() => reconcilePayments(deps, onError), deps.config.payments.reconcile.tickMs, onError);
