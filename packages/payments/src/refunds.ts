import { badRequest, conflict, DomainError, notFound } from "@kiosk/core";
import { audit, payments, refunds, type Actor, type DbOrTx, type RefundRow } from "@kiosk/db";
import { and, eq } from "drizzle-orm";
import type { PaymentDeps } from "./deps";
import type { ProviderRefund, Receipt } from "./providers/types";
import { refundReceipt } from "./receipt";
import type { PaymentStatus, PaymentView, RefundInput } from "./schemas";
import { canRefundTransition, isRefundable, statusAfterRefunds } from "./state";
import { publishChange, recordEvidence, transitionInTx, type Evidence } from "./transition";
import { loadPayment, toPaymentViewWithRefunds } from "./view";

export function loadRefund(db: DbOrTx, id: string): RefundRow {
  const row = db.select().from(refunds).where(eq(refunds.id, id)).get();
  if (!row) throw notFound("refund", id);
  return row;
}

/** A refusal about what we sent, which the same request would meet again; anything else may be transient. */
const isDefinitive = (error: unknown): error is DomainError =>
  error instanceof DomainError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND");

/**
 * Operator: gives back all of a paid payment's money, or `amount` kopecks of it.
 * The refund is stored `pending` before the provider hears of it (our refund id
 * is its Idempotence-Key, so a retry after a crash refunds once) and stays so
 * until the provider says `succeeded` (the payment's refunded amount grows, and
 * it becomes `partially_refunded` or `refunded`) or `canceled` (nothing moves).
 * One refund of a payment at a time.
 */
export async function refundPayment(deps: PaymentDeps, input: RefundInput, actor: Actor): Promise<PaymentView> {
  const now = deps.clock.now();
  const refund = deps.db.transaction((tx) => {
    const row = loadPayment(tx, input.id);
    if (!isRefundable(row.status)) {
      throw conflict(`payment ${row.id} is ${row.status}: only a paid payment can be refunded`, {
        id: row.id,
        status: row.status,
      });
    }
    if (!row.providerPaymentId) throw conflict("the payment has no provider payment to refund", { id: row.id });
    const pending = tx
      .select({ id: refunds.id })
      .from(refunds)
      .where(and(eq(refunds.paymentId, row.id), eq(refunds.status, "pending")))
      .get();
    if (pending) {
      throw conflict("a refund of this payment is still pending: wait for the provider's answer", {
        refundId: pending.id,
      });
    }
    const left = row.amount - row.refundedAmount;
    const amount = input.amount ?? left;
    if (amount > left) {
      throw badRequest(`at most ${left} kopecks (${(left / 100).toFixed(2)} ${row.currency}) are left to refund`, {
        field: "amount",
        left,
      });
    }
    const [stored] = tx
      .insert(refunds)
      .values({
        id: deps.ids("rfd"),
        paymentId: row.id,
        amount,
        currency: row.currency,
        status: "pending",
        receipt: row.receipt ? refundReceipt(row.receipt as Receipt, amount) : null,
        createdAt: now,
        updatedAt: now,
        nextCheckAt: now + deps.config.payments.reconcile.minIntervalMs,
      })
      .returning()
      .all();
    const created = stored as RefundRow;
    audit(tx, {
      actor,
      event: "payment.refund_requested",
      entityType: "payment",
      entityId: row.id,
      details: { refundId: created.id, amount, refundedBefore: row.refundedAmount },
      at: now,
    });
    return created;
  });
  await askProviderToRefund(deps, refund, actor);
  return toPaymentViewWithRefunds(deps.db, loadPayment(deps.db, input.id));
}

/**
 * Sends a stored refund to the provider (again, after a crash or a timeout: the
 * same key gives back the same refund) and applies the answer. A definitive
 * refusal cancels it; anything else leaves it pending for the reconciler.
 */
export async function askProviderToRefund(deps: PaymentDeps, refund: RefundRow, actor: Actor): Promise<void> {
  const payment = loadPayment(deps.db, refund.paymentId);
  let remote: ProviderRefund;
  try {
    remote = await deps.provider.refundPayment({
      providerPaymentId: payment.providerPaymentId ?? "",
      amount: refund.amount,
      currency: refund.currency,
      idempotenceKey: refund.id,
      ...(refund.receipt ? { receipt: refund.receipt as Receipt } : {}),
    });
  } catch (error) {
    if (isDefinitive(error)) cancelRefund(deps, refund.id, error.message, actor);
    throw error;
  }
  applyProviderRefund(deps, refund.id, remote, { source: "operator", rawPayload: remote.raw, sourceIp: null }, actor);
}

function cancelRefund(deps: PaymentDeps, refundId: string, reason: string, actor: Actor): void {
  const now = deps.clock.now();
  deps.db.transaction((tx) => {
    const refund = loadRefund(tx, refundId);
    if (refund.status !== "pending") return;
    settleRefund(tx, refund, { status: "canceled", cancellationReason: reason.slice(0, 300) }, now);
    audit(tx, {
      actor,
      event: "payment.refund_canceled",
      entityType: "payment",
      entityId: refund.paymentId,
      details: { refundId, amount: refund.amount, reason },
      at: now,
    });
  });
}

function settleRefund(
  tx: DbOrTx,
  refund: RefundRow,
  change: Partial<RefundRow> & { status: RefundRow["status"] },
  now: number,
): void {
  tx.update(refunds)
    .set({ ...change, updatedAt: now, nextCheckAt: null })
    .where(and(eq(refunds.id, refund.id), eq(refunds.status, "pending")))
    .run();
}

/**
 * The one place the provider's word moves a refund (the operator's call, a poll,
 * a `refund.succeeded` notification, in any order): pending to succeeded adds
 * its amount to the payment, pending to canceled leaves the payment as it was;
 * a settled refund never moves again.
 */
export function applyProviderRefund(
  deps: PaymentDeps,
  refundId: string,
  remote: ProviderRefund,
  evidence: Omit<Evidence, "providerStatus">,
  actor: Actor,
): "applied" | "unchanged" | "duplicate" {
  const now = deps.clock.now();
  const full: Evidence = { ...evidence, providerStatus: `refund:${remote.status}` };
  const outcome = deps.db.transaction((tx) => {
    const refund = loadRefund(tx, refundId);
    if (refund.providerRefundId === null || remote.receiptRegistration !== refund.receiptRegistration) {
      tx.update(refunds)
        .set({ providerRefundId: remote.id, receiptRegistration: remote.receiptRegistration, updatedAt: now })
        .where(eq(refunds.id, refundId))
        .run();
    }
    if (remote.status === "pending" || !canRefundTransition(refund.status, remote.status)) {
      recordEvidence(tx, refund.paymentId, full, false, now);
      return { result: refund.status === "pending" ? ("unchanged" as const) : ("duplicate" as const), row: null };
    }
    settleRefund(tx, refund, { status: remote.status, cancellationReason: remote.cancellationReason }, now);
    if (remote.status === "canceled") {
      recordEvidence(tx, refund.paymentId, full, true, now);
      audit(tx, {
        actor,
        event: "payment.refund_canceled",
        entityType: "payment",
        entityId: refund.paymentId,
        details: { refundId, amount: refund.amount, reason: remote.cancellationReason },
        at: now,
      });
      return { result: "applied" as const, row: null };
    }
    const payment = loadPayment(tx, refund.paymentId);
    const refundedAmount = Math.min(payment.amount, payment.refundedAmount + refund.amount);
    const to = statusAfterRefunds(payment.amount, refundedAmount);
    const moved =
      to === payment.status
        ? (recordEvidence(tx, payment.id, full, true, now), payment)
        : transitionInTx(tx, payment, { to: to as Exclude<PaymentStatus, "pending">, reason: null }, full, actor, now);
    const [updated] = tx
      .update(payments)
      .set({ refundedAmount, updatedAt: now })
      .where(eq(payments.id, moved.id))
      .returning()
      .all();
    audit(tx, {
      actor,
      event: "payment.refund_succeeded",
      entityType: "payment",
      entityId: payment.id,
      details: { refundId, amount: refund.amount, refundedAmount },
      at: now,
    });
    return { result: "applied" as const, row: updated ?? moved };
  });
  if (outcome.row) {
    const provider = outcome.row.provider;
    deps.metrics.paymentsRefunded.inc({ provider });
    deps.metrics.paymentsRefundedAmount.inc({ provider }, loadRefund(deps.db, refundId).amount);
    publishChange(deps, outcome.row);
  }
  return outcome.result;
}

/** Asks the provider where a stored refund stands (or sends it again if it never got there) and applies it. */
export async function refreshRefund(deps: PaymentDeps, refund: RefundRow, actor: Actor): Promise<void> {
  if (!refund.providerRefundId) return askProviderToRefund(deps, refund, actor);
  const remote = await deps.provider.getRefund(refund.providerRefundId);
  applyProviderRefund(deps, refund.id, remote, { source: "poll", rawPayload: remote.raw, sourceIp: null }, actor);
}
