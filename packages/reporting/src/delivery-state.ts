import { conflict } from "@kiosk/core";
import type { DeliveryRow } from "@kiosk/db";

type DeliveryStatus = DeliveryRow["status"];

/**
 * The delivery state machine, in one place. `sending -> pending` is a retry;
 * `dead -> pending` is an operator's re-drive; `sent` is final.
 */
const allowed: Record<DeliveryStatus, readonly DeliveryStatus[]> = {
  pending: ["sending"],
  sending: ["sent", "pending", "dead"],
  sent: [],
  dead: ["pending"],
};

export function assertDeliveryTransition(id: string, from: DeliveryStatus, to: DeliveryStatus): void {
  if (!allowed[from].includes(to))
    throw conflict(`delivery ${id} is ${from} and cannot become ${to}`, { id, from, to });
}

/** Exponential backoff with jitter: base, 2x base, 4x base ... capped, each +-20 %. */
export function retryDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const exponential = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + random() * 0.4));
}
