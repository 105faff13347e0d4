import { startPolling, type Worker } from "@kiosk/core";
import { payments, refunds, systemActor } from "@kiosk/db";
import { and, asc, eq, lte, ne } from "drizzle-orm";
import { refreshFromProvider } from "./apply";
import type { PaymentDeps } from "./deps";
import { ensureAtProvider, isAskingProvider } from "./create-intent";
import { refreshRefund } from "./refunds";
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
  return (
    due.length + (await reconcileRefunds(deps, onError, signal)) + (await reconcileReceipts(deps, onError, signal))
  );
}

/**
 * Pending refunds whose check is due: sent again when the provider never
 * answered (same key, one refund), else asked where they stand. A refund
 * notification may never come to a kiosk behind NAT; this is how it settles.
 */
async function reconcileRefunds(deps: PaymentDeps, onError: (error: unknown) => void, signal?: AbortSignal) {
  const now = deps.clock.now();
  const due = deps.db
    .select()
    .from(refunds)
    .where(and(eq(refunds.status, "pending"), lte(refunds.nextCheckAt, now)))
    .orderBy(asc(refunds.nextCheckAt))
    .limit(batchSize)
    .all();
  for (const refund of due) {
    if (signal?.aborted) break;
    await refreshRefund(deps, refund, systemActor).catch(onError);
    deps.db
      .update(refunds)
      .set({ nextCheckAt: now + nextCheckDelay(deps, now - refund.createdAt) })
      .where(and(eq(refunds.id, refund.id), eq(refunds.status, "pending")))
      .run();
  }
  return due.length;
}

/** Paid payments whose 54-FZ receipt is still pending at the provider: asked again with a growing interval. */
async function reconcileReceipts(deps: PaymentDeps, onError: (error: unknown) => void, signal?: AbortSignal) {
  const now = deps.clock.now();
  const due = deps.db
    .select()
    .from(payments)
    .where(
      and(eq(payments.receiptRegistration, "pending"), ne(payments.status, "pending"), lte(payments.nextCheckAt, now)),
    )
    .orderBy(asc(payments.nextCheckAt))
    .limit(batchSize)
    .all();
  for (const row of due) {
    if (signal?.aborted) break;
    await refreshFromProvider(deps, row.id, { source: "poll", sourceIp: null }, systemActor).catch(onError);
    deps.db
      .update(payments)
      .set({ nextCheckAt: now + nextCheckDelay(deps, now - (row.confirmedAt ?? row.createdAt)) })
      .where(and(eq(payments.id, row.id), eq(payments.receiptRegistration, "pending")))
      .run();
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
