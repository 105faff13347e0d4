import { conflict, DomainError, parseInput, type VerbArgs } from "@kiosk/core";
import { payments, type Actor } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { applyProviderPayment, refreshFromProvider } from "./apply";
import type { PaymentCtx, PaymentDeps } from "./deps";
import {
  emulatorControlInput,
  paymentByIdInput,
  type EmulatorControlInput,
  type PaymentByIdInput,
  type PaymentStatusView,
  type PaymentView,
} from "./schemas";
import { assertPaymentTransition } from "./state";
import { publishChange, transitionInTx, type Change, type Evidence } from "./transition";
import { loadPayment, toPaymentView, toPaymentViewWithRefunds } from "./view";

const paymentView = (deps: PaymentDeps, id: string): PaymentView =>
  toPaymentViewWithRefunds(deps.db, loadPayment(deps, id));

/** A payment as the kiosk and operators see it, with its QR data, and its refunds once it was paid. */
export function getPayment({ ctx, input }: VerbArgs<PaymentCtx, PaymentByIdInput>): PaymentView {
  return paymentView(ctx.deps, parseInput(paymentByIdInput, input).id);
}

/** The status alone, for pollers. */
export function getPaymentStatus({ ctx, input }: VerbArgs<PaymentCtx, PaymentByIdInput>): PaymentStatusView {
  const { id } = parseInput(paymentByIdInput, input);
  const { status, updatedAt, failureReason } = loadPayment(ctx.deps, id);
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
  const row = loadPayment(deps, id);
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
        return toPaymentView(loadPayment(deps, id));
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
    const fresh = loadPayment(deps, id);
    if (fresh.status !== "pending") return null;
    const closed = transitionInTx(deps, tx, fresh, change, evidence, actor, now);
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
  return toPaymentView(loadPayment(deps, id));
}

/** The customer backed out: cancel a pending payment. */
export async function cancelPayment({ ctx, input }: VerbArgs<PaymentCtx, PaymentByIdInput>): Promise<PaymentView> {
  const { id } = parseInput(paymentByIdInput, input);
  const row = loadPayment(ctx.deps, id);
  if (row.status === "cancelled") return toPaymentView(row);
  return closePendingPayment(ctx.deps, id, "cancelled", ctx.actor);
}

/** DEV only: the emulated customer pays now. The emulator's word confirms, as in production. */
export async function confirmPaymentDev({ ctx, input }: VerbArgs<PaymentCtx, PaymentByIdInput>): Promise<PaymentView> {
  const { deps, actor } = ctx;
  const { id } = parseInput(paymentByIdInput, input);
  if (deps.config.environment === "PROD" || !deps.emulator) {
    throw new DomainError("FORBIDDEN", "payments can be confirmed by hand only in DEV with the emulator");
  }
  const row = loadPayment(deps, id);
  assertPaymentTransition(id, row.status, "confirmed");
  if (!row.providerPaymentId) throw conflict("the payment has no provider payment yet", { id });
  deps.emulator.settleNow(row.providerPaymentId, "succeed");
  await refreshFromProvider(deps, id, { source: "operator", sourceIp: null }, actor);
  return paymentView(deps, id);
}

/** DEV only: tells the emulator how this payment should go (decline, delay, duplicate notifications). */
export function controlEmulator({ ctx, input: raw }: VerbArgs<PaymentCtx, EmulatorControlInput>): PaymentView {
  const { deps } = ctx;
  const input = parseInput(emulatorControlInput, raw);
  if (deps.config.environment === "PROD" || !deps.emulator) {
    throw new DomainError("FORBIDDEN", "the emulator exists only in DEV");
  }
  const row = loadPayment(deps, input.id);
  if (!row.providerPaymentId) throw conflict("the payment has no provider payment yet", { id: input.id });
  deps.emulator.control(row.providerPaymentId, input);
  return toPaymentView(row);
}
