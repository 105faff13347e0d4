import { refunds, type Actor, type DbOrTx, type RefundRow } from "@kiosk/db";
import { and, eq, isNull } from "drizzle-orm";
import { applyProviderPayment, type ApplyResult } from "./apply";
import type { PaymentDeps } from "./deps";
import type { ProviderNotification, ProviderPayment, ProviderRefund } from "./providers/types";
import { applyProviderRefund } from "./refunds";
import type { Evidence } from "./transition";

/** What a notification named, as the provider tells it when asked: never the notification's own word. */
export type Fetched =
  | { kind: "payment"; paymentId: string; remote: ProviderPayment }
  | { kind: "refund"; refundId: string; remote: ProviderRefund };

/**
 * Our refund a notification is about: by the provider's refund id, or, when the
 * provider's answer to our request was lost, the payment's one pending refund
 * that has no provider id yet.
 */
function refundOf(db: DbOrTx, paymentId: string, providerRefundId: string | null): RefundRow | undefined {
  if (!providerRefundId) return undefined;
  return (
    db.select().from(refunds).where(eq(refunds.providerRefundId, providerRefundId)).get() ??
    db
      .select()
      .from(refunds)
      .where(and(eq(refunds.paymentId, paymentId), eq(refunds.status, "pending"), isNull(refunds.providerRefundId)))
      .get()
  );
}

/**
 * Asks the provider about what a notification for our payment `paymentId`
 * names. Null when it names a refund we never asked for. The provider's own
 * failure is thrown as its DomainError, for the caller to answer.
 */
export async function fetchNotified(
  deps: PaymentDeps,
  paymentId: string,
  notification: ProviderNotification,
): Promise<Fetched | null> {
  if (notification.kind === "payment") {
    return { kind: "payment", paymentId, remote: await deps.provider.getPayment(notification.providerPaymentId) };
  }
  const refund = refundOf(deps.db, paymentId, notification.providerRefundId);
  if (!refund || !notification.providerRefundId) return null;
  return { kind: "refund", refundId: refund.id, remote: await deps.provider.getRefund(notification.providerRefundId) };
}

/** Applies what was fetched through the one place that moves a payment, or a refund. */
export function applyFetched(
  deps: PaymentDeps,
  fetched: Fetched,
  evidence: Omit<Evidence, "providerStatus">,
  actor: Actor,
): ApplyResult {
  return fetched.kind === "payment"
    ? applyProviderPayment(deps, fetched.paymentId, fetched.remote, evidence, actor)
    : applyProviderRefund(deps, fetched.refundId, fetched.remote, evidence, actor);
}
