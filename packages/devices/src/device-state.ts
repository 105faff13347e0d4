/**
 * A device owner's status and the waits on it, as ObdAdapter keeps them inline:
 * ready or why not, each fault counted once per change (not once per retry of
 * a device left unplugged), waiters woken when it becomes ready, and whether
 * the first attempt has ended (`/readyz` waits for that). Shared by
 * GaugeDevice and Locker.
 */
export interface StatusShape<Code extends string> {
  ready: boolean;
  /** Why it is not ready; null when ready (or not yet tried). */
  error: Code | null;
}

export interface DeviceStateHooks<Code extends string, Status> {
  onStatus?: (status: Status) => void;
  /** Every new fault, for `device_errors_total{code}`. */
  onError?: (code: Code, message: string) => void;
}

export class DeviceState<Code extends string, Status extends StatusShape<Code>> {
  private readonly readyWaiters = new Set<() => void>();
  private readonly settledWaiters = new Set<() => void>();
  private readonly listeners = new Set<(status: Status) => void>();
  private isSettled = false;

  constructor(
    private state: Status,
    private readonly hooks: DeviceStateHooks<Code, Status> = {},
  ) {}

  get(): Status {
    return { ...this.state };
  }

  get settled(): boolean {
    return this.isSettled;
  }

  /** Every change of ready or error, after the hooks. Returns the unsubscribe. */
  onChange(listener: (status: Status) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The first attempt to reach the device has ended, either way. */
  settle(): void {
    if (this.isSettled) return;
    this.isSettled = true;
    for (const wake of [...this.settledWaiters]) wake();
  }

  up(): void {
    this.update({ ready: true, error: null } as Partial<Status>);
    this.settle();
  }

  fail(code: Code, message: string): void {
    if (this.state.ready || this.state.error !== code) this.hooks.onError?.(code, message);
    this.update({ ready: false, error: code } as Partial<Status>);
    this.settle();
  }

  /** Resolves true once ready (at once if it is), false after `timeoutMs` or on `signal`. */
  whenReady(timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.state.ready) return Promise.resolve(true);
    return wait(this.readyWaiters, timeoutMs, signal);
  }

  /** Resolves once settled (at once if it is) or after `timeoutMs`. */
  async whenSettled(timeoutMs: number, signal?: AbortSignal): Promise<void> {
    if (!this.isSettled) await wait(this.settledWaiters, timeoutMs, signal);
  }

  private update(change: Partial<Status>): void {
    const next = { ...this.state, ...change };
    const changed = next.ready !== this.state.ready || next.error !== this.state.error;
    this.state = next;
    if (!changed) return;
    this.hooks.onStatus?.(this.get());
    for (const listener of [...this.listeners]) listener(this.get());
    if (next.ready) for (const wake of [...this.readyWaiters]) wake();
  }
}

/** Waits for one of `waiters` to be called: true then, false on the timeout or the signal. */
function wait(waiters: Set<() => void>, timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (woken: boolean) => {
      clearTimeout(timer);
      waiters.delete(onWake);
      signal?.removeEventListener("abort", onAbort);
      resolve(woken);
    };
    const onWake = () => done(true);
    const onAbort = () => done(false);
    const timer = setTimeout(() => done(false), timeoutMs);
    waiters.add(onWake);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
