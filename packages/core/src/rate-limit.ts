import type { Clock } from "./clock";

/**
 * A fixed-window counter per client key: at most `limit` calls per `windowMs`.
 * In memory on purpose: a kiosk is one process, and a restart forgiving a burst
 * is harmless.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts a call; false when the key is over its limit for this window. */
  take(key: string): boolean {
    const now = this.clock.now();
    const window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      this.windows.set(key, { start: now, count: 1 });
      return this.limit >= 1;
    }
    window.count++;
    return window.count <= this.limit;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}
