import type { PaymentFailureReason } from "@kiosk/metrics";
import { paymentEvents, payments, sessions, type Actor, type DbOrTx, type PaymentRow } from "@kiosk/db";
import { and, eq } from "drizzle-orm";
import type { PaymentDeps } from "./deps";
import type { PaymentStatus } from "./schemas";
import { assertPaymentTransition, isPaid } from "./state";
import { toPaymentView } from "./view";

export type EventSource = "webhook" | "poll" | "emulator" | "operator";

export interface Evidence {
  source: EventSource;
  providerStatus: string | null;
  rawPayload: unknown;
  sourceIp: string | null;
}

export interface Change {
  to: Exclude<PaymentStatus, "pending">;
  reason: string | null;
}

/**
 * Moves a payment to a new status inside the caller's transaction: guard, update,
 * the payment_events row, the audit row. Metrics and the live status follow after
 * commit (publishChange), so a rollback never leaves them ahead of the data.
 */
export function transitionInTx(
  deps: Pick<PaymentDeps, "audit">,
  tx: DbOrTx,
  row: PaymentRow,
  change: Change,
  evidence: Evidence,
  actor: Actor,
  now: number,
): PaymentRow {
  assertPaymentTransition(row.id, row.status, change.to);
  const [updated] = tx
    .update(payments)
    .set({
      status: change.to,
      updatedAt: now,
      nextCheckAt: null,
      ...(change.to === "confirmed" ? { confirmedAt: now } : {}),
      ...(change.reason && !isPaid(change.to) ? { failureReason: change.reason } : {}),
    })
    .where(and(eq(payments.id, row.id), eq(payments.status, row.status)))
    .returning()
    .all();
  if (!updated) assertPaymentTransition(row.id, "failed", change.to); // changed under us: conflict
  recordEvidence(tx, row.id, evidence, true, now);
  deps.audit(tx, {
    actor,
    event: `payment.${change.to}`,
    entityType: "payment",
    entityId: row.id,
    details: {
      from: row.status,
      source: evidence.source,
      providerStatus: evidence.providerStatus,
      reason: change.reason,
    },
    at: now,
  });
  // A customer who just finished paying is active: the inactivity clock starts again.
  tx.update(sessions)
    .set({ lastActivityAt: now, updatedAt: now })
    .where(and(eq(sessions.id, row.sessionId), eq(sessions.status, "active")))
    .run();
  return updated as PaymentRow;
}

export function recordEvidence(
  tx: DbOrTx,
  paymentId: string | null,
  evidence: Evidence,
  applied: boolean,
  now: number,
) {
  tx.insert(paymentEvents)
    .values({
      paymentId,
      source: evidence.source,
      providerStatus: evidence.providerStatus,
      rawPayload: evidence.rawPayload ?? null,
      sourceIp: evidence.sourceIp,
      receivedAt: now,
      applied,
    })
    .run();
}

function failureReasonLabel(status: PaymentStatus, reason: string | null): PaymentFailureReason {
  if (status === "expired") return "expired";
  if (status === "cancelled") return "cancelled";
  if (reason === "amount_mismatch") return "amount_mismatch";
  if (reason === "provider_error") return "provider_error";
  if (reason && declineReasons.has(reason)) return "declined";
  return "other";
}

/** YooKassa cancellation reasons that mean the customer's bank or card said no. */
const declineReasons = new Set([
  "card_declined",
  "insufficient_funds",
  "card_expired",
  "fraud_suspected",
  "call_issuer",
  "country_forbidden",
  "identification_required",
  "invalid_card_number",
  "invalid_csc",
  "issuer_unavailable",
  "payment_method_limit_exceeded",
  "payment_method_restricted",
  "3d_secure_failed",
  "deal_expired",
  "general_decline",
  "permission_revoked",
]);

/** After commit: metrics for the transition and the live status for subscribers. */
export function publishChange(deps: PaymentDeps, row: PaymentRow): void {
  const provider = row.provider;
  const seconds = Math.max(0, (row.updatedAt - row.createdAt) / 1000);
  if (row.status === "confirmed") {
    deps.metrics.paymentsConfirmed.inc({ provider });
    deps.metrics.paymentsDuration.observe({ provider, outcome: "confirmed" }, seconds);
  } else if (row.status === "refunded" || row.status === "partially_refunded") {
    // Refunds are counted one by one, with their amounts, where they succeed (refunds.ts).
  } else if (row.status !== "pending") {
    deps.metrics.paymentsFailed.inc({ provider, reason: failureReasonLabel(row.status, row.failureReason) });
    deps.metrics.paymentsDuration.observe({ provider, outcome: row.status }, seconds);
  }
  deps.statusHub.publish(row.id, toPaymentView(row));
}
