import type { ScanState } from "@kiosk/db";

/**
 * A scan's life, as data: waiting for the adapter (still in its cell, or being
 * plugged in), connecting (the protocol search), reading the ECUs, then done or
 * failed. A failed scan is final; the customer's retry is a new scan.
 */
export const scanTransitions: Readonly<Record<ScanState, readonly ScanState[]>> = {
  waiting: ["connecting", "failed"],
  connecting: ["reading", "failed"],
  reading: ["done", "failed"],
  done: [],
  failed: [],
};

export const isFinished = (state: ScanState) => scanTransitions[state].length === 0;

export function canMove(from: ScanState, to: ScanState): boolean {
  return scanTransitions[from].includes(to);
}
