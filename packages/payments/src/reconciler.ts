import { startPolling, type Worker } from "@kiosk/core";
import { payments, systemActor } from "@kiosk/db";
import { and, asc, eq, lte } from "drizzle-orm";
import { refreshFromProvider } from "./apply";
import type { PaymentDeps } from "./deps";
import { ensureAtProvider, isAskingProvider } from "./create-intent";
import { closePendingPayment } from "./service";
import { loadPayment } from "./view";

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
export async function reconcilePayments(
  deps: PaymentDeps,
  onError: (error: unknown) => void,
  signal?: AbortSignal,
): Promise<number> {
  const now = deps.clock.now();
  const due = deps.db
    .select()
    .from(payments)
    .where(and(eq(payments.status, "pending"), lte(payments.nextCheckAt, now)))
    .orderBy(asc(payments.nextCheckAt))
    .limit(batchSize)
    .all();
  for (const row of due) {
    if (signal?.aborted) break;
    try {
      // A create cut short (a crash, a timeout) may have left a payment at the
      // provider: ask again with the same key before deciding anything, unless
      // the create is still under way here.
      if (!row.providerPaymentId && !isAskingProvider(deps, row.id)) await ensureAtProvider(deps, row);
      if (row.expiresAt <= now) {
        await closePendingPayment(deps, row.id, "expired", systemActor);
        continue;
      }
      await refreshFromProvider(deps, row.id, { source: "poll", sourceIp: null }, systemActor);
    } catch (error) {
      onError(error);
      if (row.expiresAt <= now) await closeUnreachable(deps, row.id, onError);
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

/** An intent past its time whose provider cannot be reached: we stop offering it here all the same. */
async function closeUnreachable(deps: PaymentDeps, id: string, onError: (error: unknown) => void): Promise<void> {
  if (loadPayment(deps.db, id).status !== "pending") return;
  await closePendingPayment(deps, id, "expired", systemActor).catch(onError);
}

/** The reconciler as a worker: at start (a restart catches up) and every tick. */
export const startReconciler = (deps: PaymentDeps, onError: (error: unknown) => void): Worker =>
  startPolling((signal) => reconcilePayments(deps, onError, signal), deps.config.payments.reconcile.tickMs, onError);
