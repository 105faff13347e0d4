import { badRequest, conflict, DomainError, notFound, parseInput, type VerbArgs } from "@kiosk/core";
import { payments, refunds, systemActor, type Actor, type DbOrTx, type PaymentRow, type RefundRow } from "@kiosk/db";
import { and, eq } from "drizzle-orm";
import type { PaymentCtx, PaymentDeps } from "./deps";
import type { ProviderPayment, ProviderRefund, Receipt } from "./providers/types";
import { refundReceipt } from "./receipt";
import { refundInput, type PaymentStatus, type PaymentView, type RefundInput } from "./schemas";
import { canRefundTransition, isRefundable, statusAfterRefunds } from "./state";
import { publishChange, recordEvidence, transitionInTx, type Evidence } from "./transition";
import { loadPayment, toPaymentView, toPaymentViewWithRefunds } from "./view";

export function loadRefund(db: DbOrTx, id: string): RefundRow {
  const row = db.select().from(refunds).where(eq(refunds.id, id)).get();
  if (!row) throw notFound("refund", id);
  return row;
}

/** A refusal about what we sent, which the same request would meet again; anything else may be transient. */
const isDefinitive = (error: unknown): error is DomainError =>
  error instanceof DomainError && (error.code === "BAD_REQUEST" || error.code === "NOT_FOUND");

/**
 * Stores a refund `pending` with its request's audit row, in the caller's
 * transaction, before the provider hears of it: the reconciler sends it if the
 * caller never gets to (a crash), with its id as the key.
 */
function storeRefund(
  deps: PaymentDeps,
  tx: DbOrTx,
  request: {
    row: PaymentRow;
    amount: number;
    actor: Actor;
    now: number;
    dueAt: number;
    reason?: string;
    /** The refund's id when the caller's key decides it; a fresh one otherwise. */
    id?: string;
  },
): RefundRow {
  const { row, amount, actor, now } = request;
  const [stored] = tx
    .insert(refunds)
    .values({
      id: request.id ?? deps.ids("rfd"),
      paymentId: row.id,
      amount,
      currency: row.currency,
      status: "pending",
      receipt: row.receipt ? refundReceipt(row.receipt as Receipt, amount) : null,
      createdAt: now,
      updatedAt: now,
      nextCheckAt: request.dueAt,
    })
    .returning()
    .all();
  const created = stored as RefundRow;
  deps.audit(tx, {
    actor,
    event: "payment.refund_requested",
    entityType: "payment",
    entityId: row.id,
    details: {
      refundId: created.id,
      amount,
      refundedBefore: row.refundedAmount,
      ...(request.reason ? { reason: request.reason } : {}),
    },
    at: now,
  });
  return created;
}

/** The id (and so the provider's Idempotence-Key) of the refund a caller asked for under its own key. */
export const keyedRefundId = (idempotencyKey: string) => `rfd_${idempotencyKey}`;

/**
 * Money the provider took for a payment we had closed goes back in full, with no
 * operator: called once, in the transaction that records the late success, so a
 * repeated poll or notification never refunds twice. It is due at once: the
 * reconciler's refund pass sends it (in the same pass when a poll found the
 * money) and then reconciles it like any refund. A late amount other than ours
 * is left to an operator: our receipt would not match it.
 */
export function queueLateRefund(
  deps: PaymentDeps,
  tx: DbOrTx,
  row: PaymentRow,
  remote: ProviderPayment,
  now: number,
): void {
  if (remote.amount !== row.amount || remote.currency !== row.currency || !row.providerPaymentId) return;
  storeRefund(deps, tx, { row, amount: row.amount, actor: systemActor, now, dueAt: now, reason: "late_success" });
}

/**
 * Operator: gives back all of a paid payment's money, or `amount` kopecks of it.
 * The refund is stored `pending` before the provider hears of it (our refund id
 * is its Idempotence-Key, so a retry after a crash refunds once) and stays so
 * until the provider says `succeeded` (the payment's refunded amount grows, and
 * it becomes `partially_refunded` or `refunded`) or `canceled` (nothing moves).
 * One refund of a payment at a time. With `idempotencyKey` (a fleet command's
 * id) the same call again, after a crash, sends or answers that refund only.
 */
export async function refundPayment({ ctx, input: raw }: VerbArgs<PaymentCtx, RefundInput>): Promise<PaymentView> {
  const { deps, actor } = ctx;
  const input = parseInput(refundInput, raw);
  const now = deps.clock.now();
  const keyedId = input.idempotencyKey ? keyedRefundId(input.idempotencyKey) : undefined;
  const refund = deps.db.transaction((tx) => {
    const asked = keyedId ? tx.select().from(refunds).where(eq(refunds.id, keyedId)).get() : undefined;
    if (asked) {
      if (asked.paymentId !== input.id) {
        throw conflict("this key was used for another payment's refund", { id: input.id });
      }
      return asked;
    }
    const row = loadPayment(deps, input.id);
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
    // The operator's call sends it at once; the reconciler looks again a little later.
    return storeRefund(deps, tx, {
      row,
      amount,
      actor,
      now,
      dueAt: now + deps.config.payments.reconcile.minIntervalMs,
      ...(keyedId ? { id: keyedId } : {}),
    });
  });
  // A keyed refund asked again is sent again only while pending: the provider answers the same refund.
  if (refund.status === "pending") await askProviderToRefund(deps, refund, actor);
  return toPaymentViewWithRefunds(deps.db, loadPayment(deps, input.id));
}

/**
 * Sends a stored refund to the provider (again, after a crash or a timeout: the
 * same key gives back the same refund) and applies the answer. A definitive
 * refusal cancels it; anything else leaves it pending for the reconciler.
 */
export async function askProviderToRefund(deps: PaymentDeps, refund: RefundRow, actor: Actor): Promise<void> {
  const payment = loadPayment(deps, refund.paymentId);
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
    deps.audit(tx, {
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
      deps.audit(tx, {
        actor,
        event: "payment.refund_canceled",
        entityType: "payment",
        entityId: refund.paymentId,
        details: { refundId, amount: refund.amount, reason: remote.cancellationReason },
        at: now,
      });
      return { result: "applied" as const, row: null };
    }
    const before = loadPayment(deps, refund.paymentId);
    const refundedAmount = Math.min(before.amount, before.refundedAmount + refund.amount);
    // A late success given back leaves the closed payment as it was (expired, cancelled: final).
    const to = before.confirmedAt === null ? before.status : statusAfterRefunds(before.amount, refundedAmount);
    // The amount first, then the status: every audit row (and so every fleet
    // snapshot) written below sees the payment as this transaction commits it.
    tx.update(payments).set({ refundedAmount, updatedAt: now }).where(eq(payments.id, before.id)).run();
    const payment = loadPayment(deps, before.id);
    const updated =
      to === payment.status
        ? (recordEvidence(tx, payment.id, full, true, now), payment)
        : transitionInTx(
            deps,
            tx,
            payment,
            { to: to as Exclude<PaymentStatus, "pending">, reason: null },
            full,
            actor,
            now,
          );
    deps.audit(tx, {
      actor,
      event: "payment.refund_succeeded",
      entityType: "payment",
      entityId: payment.id,
      details: { refundId, amount: refund.amount, refundedAmount },
      at: now,
    });
    return { result: "applied" as const, row: updated };
  });
  if (outcome.row) {
    const provider = outcome.row.provider;
    deps.metrics.paymentsRefunded.inc({ provider });
    deps.metrics.paymentsRefundedAmount.inc({ provider }, loadRefund(deps.db, refundId).amount);
    // A closed payment did not end again: its subscribers hear of it, its end is not counted twice.
    if (outcome.row.confirmedAt === null) deps.statusHub.publish(outcome.row.id, toPaymentView(outcome.row));
    else publishChange(deps, outcome.row);
  }
  return outcome.result;
}

/** Asks the provider where a stored refund stands (or sends it again if it never got there) and applies it. */
export async function refreshRefund(deps: PaymentDeps, refund: RefundRow, actor: Actor): Promise<void> {
  if (!refund.providerRefundId) return askProviderToRefund(deps, refund, actor);
  const remote = await deps.provider.getRefund(refund.providerRefundId);
  applyProviderRefund(deps, refund.id, remote, { source: "poll", rawPayload: remote.raw, sourceIp: null }, actor);
}
