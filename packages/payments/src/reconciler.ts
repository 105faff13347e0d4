import { startPolling, type Worker } from "@kiosk/core";
import { payments, refunds, systemActor, type PaymentRow } from "@kiosk/db";
import { and, asc, eq, inArray, isNotNull, isNull, lte, ne } from "drizzle-orm";
import { applyProviderPayment, refreshFromProvider } from "./apply";
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
    if (loadPayment(deps, row.id).status === "pending") {
      scheduleNext(deps, row.id, Math.min(row.expiresAt, now + nextCheckDelay(deps, now - row.createdAt)));
    }
  }
  // Closes before refunds: a late success found now has its refund sent in this same pass.
  const closes = await recheckUnconfirmedCloses(deps, onError, signal);
  return (
    due.length +
    closes +
    (await reconcileRefunds(deps, onError, signal)) +
    (await reconcileReceipts(deps, onError, signal))
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

/**
 * How long a closed payment whose cancel the provider never confirmed is asked
 * about: YooKassa keeps an SBP payment pending for about an hour (other methods
 * less), so a day since creation is ample; after it we log and stop.
 */
export const unconfirmedCloseHorizonMs = 24 * 3_600_000;

/**
 * Payments we expired or cancelled while the provider could not confirm it (it
 * was down, or it refuses to cancel a pending SBP payment): the customer's bank
 * may complete them yet, and a kiosk behind NAT hears of that from no webhook.
 * Asked with a growing interval until the provider's word is final: `succeeded`
 * is a late success (recorded, alerted, refunded in apply.ts), `canceled` ends it.
 * Marked by a next check on a closed payment that was never confirmed, which
 * keeps them apart from the receipt checks of paid ones.
 */
async function recheckUnconfirmedCloses(deps: PaymentDeps, onError: (error: unknown) => void, signal?: AbortSignal) {
  const now = deps.clock.now();
  const unconfirmed = and(inArray(payments.status, ["expired", "cancelled"]), isNull(payments.confirmedAt));
  const due = deps.db
    .select()
    .from(payments)
    .where(and(unconfirmed, lte(payments.nextCheckAt, now)))
    .orderBy(asc(payments.nextCheckAt))
    .limit(batchSize)
    .all();
  for (const row of due) {
    if (signal?.aborted) break;
    const next = await recheckClose(deps, row, now, onError);
    deps.db
      .update(payments)
      .set({ nextCheckAt: next })
      .where(and(eq(payments.id, row.id), unconfirmed))
      .run();
  }
  return due.length;
}

/** Asks about one closed payment: when to ask next, or null once there is nothing left to ask. */
async function recheckClose(
  deps: PaymentDeps,
  row: PaymentRow,
  now: number,
  onError: (error: unknown) => void,
): Promise<number | null> {
  if (!row.providerPaymentId) return null;
  try {
    const remote = await deps.provider.getPayment(row.providerPaymentId);
    applyProviderPayment(deps, row.id, remote, { source: "poll", rawPayload: remote.raw, sourceIp: null }, systemActor);
    if (remote.status === "succeeded" || remote.status === "canceled") return null;
  } catch (error) {
    onError(error);
  }
  const next = now + nextCheckDelay(deps, now - row.createdAt);
  if (next - row.createdAt <= unconfirmedCloseHorizonMs) return next;
  onError(new Error(`payment ${row.id} is ${row.status} here and still not final at the provider: no longer asked`));
  return null;
}

/** Paid payments whose 54-FZ receipt is still pending at the provider: asked again with a growing interval. */
async function reconcileReceipts(deps: PaymentDeps, onError: (error: unknown) => void, signal?: AbortSignal) {
  const now = deps.clock.now();
  const due = deps.db
    .select()
    .from(payments)
    .where(
      and(
        eq(payments.receiptRegistration, "pending"),
        ne(payments.status, "pending"),
        // A closed payment never paid has its next check for recheckUnconfirmedCloses alone.
        isNotNull(payments.confirmedAt),
        lte(payments.nextCheckAt, now),
      ),
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
  if (loadPayment(deps, id).status !== "pending") return;
  await closePendingPayment(deps, id, "expired", systemActor).catch(onError);
}

/** The reconciler as a worker: at start (a restart catches up) and every tick. */
export const startReconciler = (deps: PaymentDeps, onError: (error: unknown) => void): Worker =>
  startPolling((signal) => reconcilePayments(deps, onError, signal), deps.config.payments.reconcile.tickMs, onError);
