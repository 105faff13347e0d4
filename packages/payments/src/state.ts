import { conflict } from "@kiosk/core";
import type { PaymentStatus } from "./schemas";

/**
 * The payment state machine, in one place. Only `confirmed -> refunded` leaves a
 * status other than pending; every other terminal status is final.
 */
const allowed: Record<PaymentStatus, readonly PaymentStatus[]> = {
  pending: ["confirmed", "failed", "expired", "cancelled"],
  confirmed: ["refunded"],
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
