import { LinkLostError } from "../link";
import type { DoorState } from "./codec";

export interface DoorWaitOptions {
  /** One reading of every door (the board's status(), with its own retries). */
  read: () => Promise<DoorState[]>;
  cell: number;
  want: DoorState;
  timeoutMs: number;
  pollIntervalMs: number;
  signal?: AbortSignal;
}

/** "reached"; "still": the door was read, never as wanted; or why no reading succeeded at all. */
export type DoorWait = "reached" | "still" | { error: unknown };

/**
 * Reads the doors every `pollIntervalMs` until `cell` shows `want` or
 * `timeoutMs` have passed, the last reading taken at or after the deadline.
 * A reading that fails is waited out (a board hiccup must not turn a slow
 * customer into a jam or a lost device); a lost port ends the wait at once.
 */
export async function waitForDoor(options: DoorWaitOptions): Promise<DoorWait> {
  const { read, cell, want, timeoutMs, pollIntervalMs, signal } = options;
  let expired = false;
  let wake: () => void = noop;
  const deadline = setTimeout(() => {
    expired = true;
    wake();
  }, timeoutMs);
  let seen = false;
  let lastError: unknown = null;
  try {
    for (;;) {
      signal?.throwIfAborted();
      try {
        const doors = await read();
        seen = true;
        if (doors[cell - 1] === want) return "reached";
      } catch (error) {
        if (error instanceof LinkLostError) throw error;
        lastError = error;
      }
      if (expired) return seen ? "still" : { error: lastError };
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener("abort", done);
          resolve();
        };
        const timer = setTimeout(done, pollIntervalMs);
        wake = done;
        signal?.addEventListener("abort", done, { once: true });
      });
    }
  } finally {
    clearTimeout(deadline);
  }
}

const noop = () => undefined;
