import { conflict, DomainError } from "@kiosk/core";
import { payments, type Actor } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { applyProviderPayment, refreshFromProvider } from "./apply";
import type { PaymentDeps } from "./deps";
import type { EmulatorControlInput, PaymentStatusView, PaymentView } from "./schemas";
import { assertPaymentTransition } from "./state";
import { publishChange, transitionInTx, type Change, type Evidence } from "./transition";
import { loadPayment, toPaymentView, toPaymentViewWithRefunds } from "./view";

/** One payment, with its QR data. */
/** A payment as the kiosk and operators see it, with its refunds once it was paid. */
export const getPayment = (deps: PaymentDeps, id: string): PaymentView =>
  toPaymentViewWithRefunds(deps.db, loadPayment(deps.db, id));

/** The status alone, for pollers. */
export function getPaymentStatus(deps: PaymentDeps, id: string): PaymentStatusView {
  const { status, updatedAt, failureReason } = loadPayment(deps.db, id);
  return { id, status, updatedAt, failureReason };
}

/**
 * Closes a pending payment at the provider and here. If the customer paid in the
 * meantime, the provider's answer wins and the payment ends confirmed instead.
 */
export async function closePendingPayment(
  deps: PaymentDeps,
  id: string,
  to: "cancelled" | "expired",
  actor: Actor,
): Promise<PaymentView> {
  const row = loadPayment(deps.db, id);
  assertPaymentTransition(id, row.status, to);
  let evidence: Evidence = { source: "operator", providerStatus: null, rawPayload: null, sourceIp: null };
  // Unless the provider says it is cancelled, the customer may still pay this QR code.
  let mayStillBePaid = row.providerPaymentId !== null;
  if (row.providerPaymentId) {
    try {
      const remote = await deps.provider.cancelPayment(row.providerPaymentId, `${row.id}:cancel`);
      if (remote.status === "succeeded") {
        // The customer paid a moment ago: the provider's word wins.
        applyProviderPayment(deps, id, remote, { source: "poll", rawPayload: remote.raw, sourceIp: null }, actor);
        return toPaymentView(loadPayment(deps.db, id));
      }
      evidence = { ...evidence, providerStatus: remote.status, rawPayload: remote.raw };
      mayStillBePaid = remote.status !== "canceled";
    } catch (error) {
      // The provider could not cancel (down, or it refuses to cancel a pending
      // payment): we still stop offering this QR code, and keep asking (below).
      if (!(error instanceof DomainError)) throw error;
      evidence = { ...evidence, rawPayload: { cancelError: error.message } };
    }
  }
  const change: Change = { to, reason: to };
  const now = deps.clock.now();
  const ended = deps.db.transaction((tx) => {
    const fresh = loadPayment(tx, id);
    if (fresh.status !== "pending") return null;
    const closed = transitionInTx(tx, fresh, change, evidence, actor, now);
    // After the transition, which clears it: the reconciler asks until the provider's
    // word is final, and refunds money that comes all the same (recheckUnconfirmedCloses).
    if (mayStillBePaid) {
      tx.update(payments)
        .set({ nextCheckAt: now + deps.config.payments.reconcile.minIntervalMs })
        .where(eq(payments.id, id))
        .run();
    }
    return closed;
  });
  if (ended) publishChange(deps, ended);
  return toPaymentView(loadPayment(deps.db, id));
}

/** The customer backed out: cancel a pending payment. */
export async function cancelPayment(deps: PaymentDeps, id: string, actor: Actor): Promise<PaymentView> {
  const row = loadPayment(deps.db, id);
  if (row.status === "cancelled") return toPaymentView(row);
  return closePendingPayment(deps, id, "cancelled", actor);
}

/** DEV only: the emulated customer pays now. The emulator's word confirms, as in production. */
export async function confirmPaymentDev(deps: PaymentDeps, id: string, actor: Actor): Promise<PaymentView> {
  if (deps.config.environment === "PROD" || !deps.emulator) {
    throw new DomainError("FORBIDDEN", "payments can be confirmed by hand only in DEV with the emulator");
  }
  const row = loadPayment(deps.db, id);
  assertPaymentTransition(id, row.status, "confirmed");
  if (!row.providerPaymentId) throw conflict("the payment has no provider payment yet", { id });
  deps.emulator.settleNow(row.providerPaymentId, "succeed");
  await refreshFromProvider(deps, id, { source: "operator", sourceIp: null }, actor);
  return getPayment(deps, id);
}

/** DEV only: tells the emulator how this payment should go (decline, delay, duplicate notifications). */
export function controlEmulator(deps: PaymentDeps, input: EmulatorControlInput): PaymentView {
  if (deps.config.environment === "PROD" || !deps.emulator) {
    throw new DomainError("FORBIDDEN", "the emulator exists only in DEV");
  }
  const row = loadPayment(deps.db, input.id);
  if (!row.providerPaymentId) throw conflict("the payment has no provider payment yet", { id: input.id });
  deps.emulator.control(row.providerPaymentId, input);
  return toPaymentView(row);
}
