import { conflict } from "@kiosk/core";
import type { SessionStatus } from "./schemas";

/**
 * The session state machine, in one place: an active session ends exactly once.
 * Anything not listed here is illegal and answered with CONFLICT.
 */
const allowed: Record<SessionStatus, readonly SessionStatus[]> = {
  active: ["completed", "expired", "failed", "cancelled"],
  completed: [],
  expired: [],
  failed: [],
  cancelled: [],
};

export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return allowed[from].includes(to);
}

export function assertSessionTransition(id: string, from: SessionStatus, to: SessionStatus): void {
  if (!canTransition(from, to)) {
    throw conflict(`session ${id} is ${from} and cannot become ${to}`, { id, from, to });
  }
}

export const isTerminal = (status: SessionStatus) => allowed[status].length === 0;
