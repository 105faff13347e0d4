import { faultOf, type DeviceErrorCode } from "../errors";
import type { ByteLink, LinkOpener } from "../link";
import { DeviceState } from "../device-state";
import { LinkKeeper } from "../link-keeper";
import { DEFAULT_SILENCE_MS, GaugeReader } from "./reader";
import type { GaugeEvent, GaugeFormat } from "./types";

export const gaugeDrivers = ["positector", "elcometer", "line", "simulator", "none"] as const;
export type GaugeDriver = (typeof gaugeDrivers)[number];

/** What the catalog and `device_connected` say of the gauge. */
export interface GaugeStatus {
  driver: GaugeDriver;
  /** The port is open, and for the line protocol the gauge has been heard (reader.ts). */
  ready: boolean;
  error: DeviceErrorCode | null;
}

export interface GaugeDeviceOptions {
  driver: GaugeDriver;
  /** The wire format; the driver's own by default, and `line` for the simulator unless set. */
  format?: GaugeFormat;
  /** Opens the port (serial, rfcomm, or the in-process simulator); null for `none`. */
  opener: LinkOpener | null;
  baudRate: number;
  /** `line` only: how long a silent gauge still counts as there. */
  silenceMs?: number;
  reconnect?: { initialMs: number; maxMs: number };
  onStatus?: (status: GaugeStatus) => void;
  /** Every new fault, for `device_errors_total{code}`. */
  onError?: (code: DeviceErrorCode, message: string) => void;
}

/**
 * The one owner of the gauge's port for the process's life, in ObdAdapter's
 * shape: opens it, reopens it with backoff after an unplug (a USB cable pulled,
 * a Bluetooth gauge switched off), and passes every line's event to whoever
 * subscribed, whichever link it came on. Nothing is lent out: a gauge only
 * talks, so any number of listeners can hear it at once.
 */
export class GaugeDevice {
  readonly format: GaugeFormat | null;
  private readonly state: DeviceState<DeviceErrorCode, GaugeStatus>;
  private readonly keeper: LinkKeeper | null;
  private readonly listeners = new Set<(event: GaugeEvent) => void>();
  private reader: GaugeReader | null = null;
  private heardModel: string | null = null;

  constructor(private readonly options: GaugeDeviceOptions) {
    const { driver, opener } = options;
    this.format = driver === "none" ? null : (options.format ?? (driver === "simulator" ? "line" : driver));
    this.state = new DeviceState<DeviceErrorCode, GaugeStatus>(
      { driver, ready: false, error: null },
      { onStatus: options.onStatus, onError: options.onError },
    );
    this.keeper =
      driver === "none" || !opener
        ? null
        : new LinkKeeper({
            opener,
            baudRate: options.baudRate,
            reconnect: options.reconnect,
            onOpen: (link) => this.attach(link),
            onDown: (cause) => this.detach(cause),
          });
    if (!this.keeper) this.state.settle();
  }

  /** The model the gauge last introduced itself as (line protocol `H`); null until it has. */
  get model(): string | null {
    return this.heardModel;
  }

  status(): GaugeStatus {
    return this.state.get();
  }

  get settled(): boolean {
    return this.state.settled;
  }

  /** Every change of ready or error (the agent cancels a QR code no device could serve). Returns the unsubscribe. */
  onStatusChange(listener: (status: GaugeStatus) => void): () => void {
    return this.state.onChange(listener);
  }

  start(): void {
    this.keeper?.start();
  }

  async stop(): Promise<void> {
    await this.keeper?.stop();
    this.reader?.close();
    this.reader = null;
  }

  /** Every event from the gauge, in order, across reconnects. Returns the unsubscribe. */
  onEvent(listener: (event: GaugeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves true once ready (at once if it is), false after `timeoutMs`, on `signal`, or for `none`. */
  whenReady(timeoutMs: number, signal?: AbortSignal): Promise<boolean> {
    if (!this.keeper) return Promise.resolve(false);
    return this.state.whenReady(timeoutMs, signal);
  }

  whenSettled(timeoutMs: number): Promise<void> {
    return this.state.whenSettled(timeoutMs);
  }

  private attach(link: ByteLink): void {
    const silenceMs = this.options.silenceMs ?? DEFAULT_SILENCE_MS;
    const reader = new GaugeReader(link, { format: this.format ?? "line", silenceMs });
    this.reader = reader;
    reader.onEvent((event) => {
      if (event.kind === "hello") this.heardModel = event.model;
      for (const listener of [...this.listeners]) listener(event);
    });
    reader.onPresence((present) => {
      if (present) this.state.up();
      else this.state.fail("NO_ADAPTER", `no line from the gauge in ${silenceMs} ms`);
    });
    if (reader.ready) this.state.up();
    else this.state.settle();
  }

  private detach(cause: Error): void {
    this.reader?.close();
    this.reader = null;
    const fault = faultOf(cause);
    this.state.fail(fault.code, fault.message);
  }
}
