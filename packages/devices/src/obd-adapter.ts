import { setTimeout as sleep } from "node:timers/promises";
import { Elm327, type Elm327Timeouts } from "./elm327/driver";
import { DeviceError, faultOf, isDeviceFault, type DeviceErrorCode } from "./errors";
import type { LinkOpener } from "./link";

export const obdDrivers = ["elm327", "simulator", "none"] as const;
export type ObdDriver = (typeof obdDrivers)[number];

/** What the catalog and `device_connected` say of a device. Ready means the adapter answers `ATI`, not the car. */
export interface DeviceStatus {
  driver: ObdDriver;
  ready: boolean;
  /** Why it is not ready; null when ready (or not yet tried). */
  error: DeviceErrorCode | null;
  /** The adapter's `ATI`, once it answered. */
  identity: string | null;
}

export interface ObdAdapterOptions {
  driver: ObdDriver;
  /** Opens the port (serial, or the in-process simulator); null for `none`. */
  opener: LinkOpener | null;
  baudRate: "auto" | number;
  timeouts?: Partial<Elm327Timeouts>;
  /** How often an idle adapter is asked `ATI`: a silent one (Bluetooth out of range) is noticed this fast. */
  healthIntervalMs?: number;
  /** Reconnect backoff after a failure or an unplug: doubles from `initialMs` up to `maxMs`. */
  reconnect?: { initialMs: number; maxMs: number };
  onStatus?: (status: DeviceStatus) => void;
  /** Every failure, for `device_errors_total{code}`. */
  onError?: (code: DeviceErrorCode, message: string) => void;
}

/**
 * The one owner of the OBD port for the process's life: opens the adapter,
 * keeps asking it `ATI` while idle, reopens it with backoff when it is
 * unplugged or stops answering, and lends it to one scan at a time.
 */
export class ObdAdapter {
  private current: Elm327 | null = null;
  private busy = false;
  private queue: Promise<void> = Promise.resolve();
  private state: DeviceStatus;
  private readonly stopping = new AbortController();
  private loop: Promise<void> | null = null;
  private wakeWatcher: (() => void) | null = null;
  private readonly readyWaiters = new Set<() => void>();
  private triedOnce = false;
  private readonly statusListeners = new Set<(status: DeviceStatus) => void>();
  private readonly healthIntervalMs: number;
  private readonly reconnect: { initialMs: number; maxMs: number };

  constructor(private readonly options: ObdAdapterOptions) {
    this.state = { driver: options.driver, ready: false, error: null, identity: null };
    this.healthIntervalMs = options.healthIntervalMs ?? 5_000;
    this.reconnect = options.reconnect ?? { initialMs: 500, maxMs: 5_000 };
  }

  status(): DeviceStatus {
    return { ...this.state };
  }

  /** Every change of readiness, after `options.onStatus`; returns the unsubscribe. */
  onStatusChange(listener: (status: DeviceStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /**
   * Resolves true once the adapter is ready (at once if it is), false after
   * `timeoutMs` or on `signal`: a scan waits here while the customer plugs it in.
   */
  whenReady(timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (this.state.ready) return Promise.resolve(true);
    if (this.options.driver === "none" || signal?.aborted || this.stopping.signal.aborted)
      return Promise.resolve(false);
    return new Promise((resolve) => {
      const done = (ready: boolean) => {
        clearTimeout(timer);
        this.readyWaiters.delete(onReady);
        signal?.removeEventListener("abort", onAbort);
        resolve(ready);
      };
      const onReady = () => done(true);
      const onAbort = () => done(false);
      const timer = setTimeout(() => done(false), timeoutMs);
      this.readyWaiters.add(onReady);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /**
   * Whether the first attempt to open the adapter has ended, either way: until
   * then the agent does not know whether it can sell the service (`/readyz` waits).
   */
  get settled(): boolean {
    return this.triedOnce || this.options.driver === "none" || !this.options.opener;
  }

  /** Resolves once `settled` (at once if it is), or after `timeoutMs`: a payment waits here at start, not longer. */
  async whenSettled(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.settled && Date.now() < deadline && !this.stopping.signal.aborted) {
      await this.whenReady(Math.min(100, deadline - Date.now()));
    }
  }

  start(): void {
    if (this.options.driver === "none" || !this.options.opener || this.loop) return;
    this.loop = this.run(this.options.opener);
  }

  /** Stops the owner: the reconnect loop ends and the port is closed (a scan using it fails at its next command). */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.wakeWatcher?.();
    await this.current?.close();
    await this.loop;
    this.current = null;
  }

  /**
   * Lends the open adapter to `work` (a scan), alone: health probes wait, and a
   * second caller waits its turn (an interrupted scan gives the adapter back
   * within one command). Afterwards the adapter is probed at once, so a fault
   * the scan met shows in the status without waiting for the next tick.
   */
  async use<T>(work: (elm: Elm327) => Promise<T>): Promise<T> {
    const turn = this.queue.then(() => this.lend(work));
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  private async lend<T>(work: (elm: Elm327) => Promise<T>): Promise<T> {
    const elm = this.current;
    if (!elm || !this.state.ready) {
      throw new DeviceError(this.state.error ?? "NO_ADAPTER", "the OBD adapter is not connected");
    }
    this.busy = true;
    try {
      return await work(elm);
    } catch (error) {
      const fault = faultOf(error);
      // An unplug is counted once, by the owner's own loss of the link; the customer's situations not at all.
      if (isDeviceFault(fault.code) && fault.code !== "UNPLUGGED") this.options.onError?.(fault.code, fault.message);
      throw error;
    } finally {
      this.busy = false;
      this.wakeWatcher?.();
    }
  }

  private async run(opener: LinkOpener): Promise<void> {
    const { signal } = this.stopping;
    let backoff = this.reconnect.initialMs;
    while (!signal.aborted) {
      try {
        const elm = await Elm327.open(opener, {
          baudRate: this.options.baudRate,
          ...(this.options.timeouts ? { timeouts: this.options.timeouts } : {}),
        });
        if (signal.aborted) {
          await elm.close();
          return;
        }
        // stop() closes what is current; an adapter opened after it began is closed just above.
        this.current = elm;
        backoff = this.reconnect.initialMs;
        this.triedOnce = true;
        this.update({ ready: true, error: null, identity: elm.identity });
        const fault = await this.watch(elm);
        if (fault) this.fail(fault.code, fault.message);
        else await elm.close();
      } catch (error) {
        const fault = faultOf(error);
        this.triedOnce = true;
        this.fail(fault.code, fault.message);
      }
      this.current = null;
      if (signal.aborted) return;
      await sleep(backoff, undefined, { signal }).catch(() => undefined);
      backoff = Math.min(backoff * 2, this.reconnect.maxMs);
    }
  }

  /** Resolves when the adapter is lost (with why) or the owner stops (null). */
  private async watch(elm: Elm327): Promise<{ code: DeviceErrorCode; message: string } | null> {
    const { signal } = this.stopping;
    let lost: { code: DeviceErrorCode; message: string } | null = null;
    const offClose = elm.onClose((error) => {
      if (!signal.aborted) lost ??= { code: "UNPLUGGED", message: error?.message ?? "the port was closed" };
      this.wakeWatcher?.();
    });
    try {
      while (!signal.aborted && !lost) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, this.healthIntervalMs);
          this.wakeWatcher = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeWatcher = null;
        if (signal.aborted || lost || this.busy) continue;
        try {
          await elm.identify();
        } catch (error) {
          lost ??= faultOf(error);
        }
      }
      if (lost) await elm.close();
      return lost;
    } finally {
      offClose();
    }
  }

  /** Counted once per change of fault, not once per reconnect attempt of an adapter left unplugged. */
  private fail(code: DeviceErrorCode, message: string): void {
    if (this.state.ready || this.state.error !== code) this.options.onError?.(code, message);
    this.update({ ready: false, error: code });
  }

  private update(change: Partial<DeviceStatus>): void {
    const next = { ...this.state, ...change };
    const changed = next.ready !== this.state.ready || next.error !== this.state.error;
    this.state = next;
    if (!changed) return;
    this.options.onStatus?.(this.status());
    for (const listener of [...this.statusListeners]) listener(this.status());
    if (next.ready) for (const wake of [...this.readyWaiters]) wake();
  }
}
