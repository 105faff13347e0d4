export interface Worker {
  /** Stops the timer and waits for a pass in progress, so shutdown never cuts one in half. */
  stop(): Promise<void>;
  /** Runs a pass now instead of at the next tick (if none is running). */
  wake(): void;
}

/** Runs `pass` now and then every `intervalMs`, never two at once. */
export function startPolling(
  pass: () => Promise<unknown>,
  intervalMs: number,
  onError: (error: unknown) => void,
): Worker {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = pass()
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
      stopped = true;
      clearInterval(timer);
      await running;
    },
    wake: tick,
  };
}
