import { setImmediate as nextTurn } from "node:timers/promises";

export interface Worker {
  /**
   * Stops the timer, tells the pass in progress to stop (its signal aborts: no
   * new work is claimed) and waits for it, so shutdown never cuts a write in half.
   */
  stop(): Promise<void>;
  /** Runs a pass now instead of at the next tick (if none is running). */
  wake(): void;
}

/** Runs `pass` now and then every `intervalMs`, never two at once; each pass gets the stop signal. */
export function startPolling(
  pass: (signal: AbortSignal) => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
): Worker {
  const stopping = new AbortController();
  let running: Promise<void> | null = null;
  let again = false;
  const tick = () => {
    if (stopping.signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = pass(stopping.signal)
      .then(() => undefined, onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      stopping.abort();
      clearInterval(timer);
      await running;
    },
    wake: tick,
  };
}

/**
 * Runs `batch` (synchronous, one transaction, returns how many rows it handled)
 * until it finds nothing left or `signal` aborts, giving the event loop a turn
 * between batches: a backlog after downtime never freezes the HTTP server.
 */
export async function drainInBatches(batch: () => number, signal?: AbortSignal): Promise<number> {
  let total = 0;
  while (!signal?.aborted) {
    const handled = batch();
    total += handled;
    if (handled === 0) break;
    await nextTurn();
  }
  return total;
}
