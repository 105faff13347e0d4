import { auditLogs, payments, type Actor, type DbOrTx, type PaymentRow } from "@kiosk/db";
import { and, eq } from "drizzle-orm";
import type { PaymentDeps } from "./deps";
import type { ProviderPayment } from "./providers/types";
import { queueLateRefund } from "./refunds";
import { isSettled } from "./state";
import { publishChange, recordEvidence, transitionInTx, type Change, type Evidence } from "./transition";
import { loadPayment } from "./view";

export type ApplyResult = "applied" | "unchanged" | "duplicate";

/** Whether this payment's late money has already been flagged, so a retried notification flags it once. */
function lateSuccessRecorded(tx: DbOrTx, paymentId: string): boolean {
  return (
    tx
      .select({ id: auditLogs.id })
      .from(auditLogs)
      .where(and(eq(auditLogs.entityId, paymentId), eq(auditLogs.event, "payment.late_success")))
      .get() !== undefined
  );
}

/**
 * Keeps the provider's word on the payment's 54-FZ receipt. While it is pending
 * the reconciler keeps asking (a registration sends no notification); a
 * receipt still unregistered long after the money came fires an alert.
 */
function noteReceiptRegistration(
  deps: PaymentDeps,
  tx: DbOrTx,
  row: PaymentRow,
  remote: ProviderPayment,
  now: number,
): void {
  const registration = remote.receiptRegistration;
  if (!registration) return;
  const paid = remote.status === "succeeded" && row.confirmedAt !== null;
  const recheck = paid && registration === "pending" && row.nextCheckAt === null;
  if (registration === row.receiptRegistration && !recheck) return;
  tx.update(payments)
    .set({
      receiptRegistration: registration,
      ...(recheck ? { nextCheckAt: now + deps.config.payments.reconcile.minIntervalMs } : {}),
      ...(paid && registration !== "pending" ? { nextCheckAt: null } : {}),
    })
    .where(eq(payments.id, row.id))
    .run();
}

/** What the provider's word means for us, or null while the customer has not paid yet. */
function changeFor(expected: { amount: number; currency: string }, remote: ProviderPayment): Change | null {
  switch (remote.status) {
    case "pending":
    case "waiting_for_capture":
      return null;
    case "succeeded":
      if (remote.amount !== expected.amount || remote.currency !== expected.currency) {
        return { to: "failed", reason: "amount_mismatch" };
      }
      return { to: "confirmed", reason: null };
    case "canceled":
      if (remote.cancellationReason === "expired_on_confirmation")
        return { to: "expired", reason: "expired_on_confirmation" };
      if (remote.cancellationReason === "canceled_by_merchant")
        return { to: "cancelled", reason: "canceled_by_merchant" };
      return { to: "failed", reason: remote.cancellationReason ?? "canceled" };
  }
}

/**
 * The one place the provider's word moves a payment. Whatever order webhooks,
 * polls and emulator notifications arrive in, a settled payment never moves
 * again: later evidence is recorded (applied = false) and changes nothing.
 */
export function applyProviderPayment(
  deps: PaymentDeps,
  paymentId: string,
  remote: ProviderPayment,
  evidence: Omit<Evidence, "providerStatus">,
  actor: Actor,
): ApplyResult {
  const now = deps.clock.now();
  const full: Evidence = { ...evidence, providerStatus: remote.status };
  const outcome = deps.db.transaction((tx) => {
    const decided = decide(tx);
    // After any transition, which clears the next check: a pending receipt schedules its own.
    noteReceiptRegistration(deps, tx, loadPayment(deps, paymentId), remote, now);
    return decided;
  });
  function decide(tx: DbOrTx) {
    const row = loadPayment(deps, paymentId);
    const change = changeFor(row, remote);
    if (isSettled(row.status) || !change) {
      recordEvidence(tx, row.id, full, false, now);
      const lateSuccess =
        isSettled(row.status) &&
        row.confirmedAt === null &&
        remote.status === "succeeded" &&
        !lateSuccessRecorded(tx, row.id);
      if (lateSuccess) {
        // Money arrived for an intent we had already closed: it goes back, refunded
        // once, in the transaction of the one audit row that records it.
        deps.audit(tx, {
          actor,
          event: "payment.late_success",
          entityType: "payment",
          entityId: row.id,
          details: { status: row.status, providerPaymentId: remote.id },
          at: now,
        });
        queueLateRefund(deps, tx, row, remote, now);
      }
      return {
        result: isSettled(row.status) ? ("duplicate" as const) : ("unchanged" as const),
        row: null,
        lateSuccess: lateSuccess ? row.provider : null,
      };
    }
    if (change.reason === "amount_mismatch") {
      deps.audit(tx, {
        actor,
        event: "payment.amount_mismatch",
        entityType: "payment",
        entityId: row.id,
        details: {
          expected: { amount: row.amount, currency: row.currency },
          provider: { amount: remote.amount, currency: remote.currency },
        },
        at: now,
      });
    }
    return {
      result: "applied" as const,
      row: transitionInTx(deps, tx, row, change, full, actor, now),
      lateSuccess: null,
    };
  }
  if (outcome.row) publishChange(deps, outcome.row);
  if (outcome.lateSuccess) deps.metrics.paymentsLateSuccess.inc({ provider: outcome.lateSuccess });
  return outcome.result;
}

/** Asks the provider for the payment's state and applies it. */
export async function refreshFromProvider(
  deps: PaymentDeps,
  paymentId: string,
  evidence: Omit<Evidence, "providerStatus" | "rawPayload">,
  actor: Actor,
): Promise<ApplyResult> {
  const row = loadPayment(deps, paymentId);
  if (!row.providerPaymentId) return "unchanged";
  const remote = await deps.provider.getPayment(row.providerPaymentId);
  return applyProviderPayment(deps, paymentId, remote, { ...evidence, rawPayload: remote.raw }, actor);
}
