import type { Clock } from "./clock";
import { DomainError } from "./errors";

/** What a limiter says about one call: whether it may go, and what the caller should be told. */
export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until this client's window starts over. */
  resetSeconds: number;
}

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

  /** Counts a call and says whether it is within the key's limit for this window. */
  check(key: string): RateDecision {
    const now = this.clock.now();
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (this.windows.size > 10_000) this.prune(now);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count++;
    return {
      allowed: window.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
    };
  }

  /** Counts a call; false when the key is over its limit for this window. */
  take(key: string): boolean {
    return this.check(key).allowed;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= this.windowMs) this.windows.delete(key);
  }
}

/** Counts a call against `limiter`, or throws TOO_MANY_REQUESTS carrying what the 429's headers say. */
export function enforceRateLimit(limiter: RateLimiter, key: string, what: string): void {
  const decision = limiter.check(key);
  if (decision.allowed) return;
  throw new DomainError(
    "TOO_MANY_REQUESTS",
    `too many ${what} from this client; try again in ${decision.resetSeconds} s`,
    {
      limit: decision.limit,
      remaining: decision.remaining,
      retryAfterSeconds: decision.resetSeconds,
    },
  );
}
