import { conflict } from "@kiosk/core";
import { paidStatuses, servicePaidStatuses, type RefundRow } from "@kiosk/db";
import type { PaymentStatus } from "./schemas";

/**
 * The payment state machine, in one place. A paid payment leaves `confirmed`
 * only by refunds: `partially_refunded` while some money is still kept,
 * `refunded` when all of it went back. Every other end is final.
 */
const allowed: Record<PaymentStatus, readonly PaymentStatus[]> = {
  pending: ["confirmed", "failed", "expired", "cancelled"],
  confirmed: ["partially_refunded", "refunded"],
  partially_refunded: ["refunded"],
  failed: [],
  expired: [],
  cancelled: [],
  refunded: [],
};

export const canTransition = (from: PaymentStatus, to: PaymentStatus) => allowed[from].includes(to);

export function assertPaymentTransition(id: string, from: PaymentStatus, to: PaymentStatus): void {
  if (!canTransition(from, to)) throw conflict(`payment ${id} is ${from} and cannot become ${to}`, { id, from, to });
}

export const isSettled = (status: PaymentStatus) => status !== "pending";

/** Money was taken (`paidStatuses`), whatever has been given back since. */
export const isPaid = (status: PaymentStatus) => (paidStatuses as readonly PaymentStatus[]).includes(status);

/** Paid and not all of it given back (`servicePaidStatuses`): the payment still buys its report. */
export const paysForService = (status: PaymentStatus) =>
  (servicePaidStatuses as readonly PaymentStatus[]).includes(status);

/** Money was taken and some of it is still ours to give back: the same payments that still pay for the service. */
export const isRefundable = paysForService;

/** Where a payment stands after `refundedAmount` of its `amount` went back. */
export const statusAfterRefunds = (amount: number, refundedAmount: number): PaymentStatus =>
  refundedAmount >= amount ? "refunded" : refundedAmount > 0 ? "partially_refunded" : "confirmed";

type RefundStatus = RefundRow["status"];

/** The refund state machine: pending until the provider says succeeded or canceled, then final. */
const refundAllowed: Record<RefundStatus, readonly RefundStatus[]> = {
  pending: ["succeeded", "canceled"],
  succeeded: [],
  canceled: [],
};

export const canRefundTransition = (from: RefundStatus, to: RefundStatus) => refundAllowed[from].includes(to);
