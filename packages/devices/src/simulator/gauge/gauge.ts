import { type ByteLink } from "../../link";
import {
  type GaugeFormat,
  type GaugeReading,
  type GaugeUnit,
  type Substrate,
  batteryLine,
  errorLine,
  GARBAGE_LINE,
  helloLine,
  noReadingLine,
  readingLine,
  UnsupportedLineError,
} from "./formats";
import { type GaugeStep, OUT_OF_RANGE_UM } from "./scripts";

export interface GaugeSimulatorOptions {
  format: GaugeFormat;
  /** The unit the gauge is set to show (and so sends). Default µm. */
  unit?: GaugeUnit;
  /** What auto mode plays (`play()`). */
  script?: readonly GaugeStep[];
  /** Auto mode: the time before each step, the first included. Default 20 ms. */
  intervalMs?: number;
  /** Between the two chunks of a split line, so they reach the reader as two. Default 5 ms. */
  splitGapMs?: number;
  /** The substrate of the no-reading and out-of-range lines. Default steel. */
  substrate?: Substrate;
  /** Line protocol: the `H` line sent each time a link is attached; null: none. Default "KIOSK-SIM fw1.0". */
  hello?: string | null;
  /** Line protocol: a `B` line this often while attached (the spec's presence); null: none. Default 30 s. */
  heartbeatMs?: number | null;
  /** What the `B` lines say until `battery()` changes it. Default 87. */
  batteryPercent?: number;
}

export type GaugeLineKind = GaugeStep["kind"];

export interface GaugeStats {
  bytesSent: number;
  /** Lines handed to the link, by what they say. */
  lines: Record<GaugeLineKind, number>;
  /** Lines made while no link was attached (measured with the cable out): lost, as on the gauge. */
  dropped: number;
  /** Script steps the format cannot say (an error line on a PosiTector): skipped. */
  skipped: number;
}

const freshStats = (): GaugeStats => ({
  bytesSent: 0,
  lines: { reading: 0, noReading: 0, error: 0, battery: 0, hello: 0, repeat: 0, garbage: 0, outOfRange: 0 },
  dropped: 0,
  skipped: 0,
});

/**
 * A paint-thickness gauge that sends each reading as it is taken, in one of three
 * formats (formats.ts). It only talks; whatever the driver sends it is ignored, as the
 * three gauges' streaming outputs do. In the line protocol it also introduces itself
 * (`H`) when a link is attached and sends its battery (`B`) every `heartbeatMs`.
 */
export class GaugeSimulator {
  stats: GaugeStats = freshStats();
  readonly format: GaugeFormat;
  readonly unit: GaugeUnit;
  private link: ByteLink | null = null;
  private unsubscribe: (() => void) | null = null;
  private seq = 0;
  private writing: Promise<void> = Promise.resolve();
  private playback: { stop: () => void } | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private lastReading: string | null = null;
  private batteryPercent: number;

  constructor(private readonly options: GaugeSimulatorOptions) {
    this.format = options.format;
    this.unit = options.unit ?? "um";
    this.batteryPercent = options.batteryPercent ?? 87;
  }

  /** Connects the gauge to one end of a link (the cable plugged in, the SPP link up). */
  attach(link: ByteLink): void {
    this.detach();
    this.link = link;
    this.unsubscribe = link.onClose(() => this.detach());
    if (this.format !== "line") return;
    const hello = this.options.hello === undefined ? "KIOSK-SIM fw1.0" : this.options.hello;
    if (hello !== null) void this.hello(hello);
    const every = this.options.heartbeatMs === undefined ? 30_000 : this.options.heartbeatMs;
    if (every !== null) this.heartbeat = setInterval(() => void this.battery(this.batteryPercent), every);
  }

  /** The link is gone; the gauge keeps measuring (a playing script goes on, its lines lost). */
  detach(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.link = null;
  }

  get attached(): boolean {
    return this.link !== null;
  }

  /** One reading as the technician takes it; resolves once its bytes are written. */
  take(reading: GaugeReading, options: { splitAt?: number } = {}): Promise<void> {
    const line = readingLine(this.format, reading, this.unit, this.seq + 1);
    this.seq++;
    this.lastReading = line;
    return this.send("reading", line, options.splitAt);
  }

  /** The last reading's line again, byte for byte (a radio retry); nothing before the first reading. */
  repeat(): Promise<void> {
    return this.lastReading === null ? Promise.resolve() : this.send("repeat", this.lastReading);
  }

  /** The probe lifted before a reading settled (the PosiTector sends nothing for it). */
  noReading(): Promise<void> {
    return this.send("noReading", noReadingLine(this.format, this.unit, this.substrate));
  }

  /** Line protocol only: `E <code> <message>`. */
  error(code: string, message: string): Promise<void> {
    return this.send("error", errorLine(this.format, code, message));
  }

  /** Line protocol only: `B <percent>`; the heartbeat says it from now on. */
  battery(percent: number): Promise<void> {
    const line = batteryLine(this.format, percent);
    this.batteryPercent = percent;
    return this.send("battery", line);
  }

  /** Line protocol only: `H <model>`. */
  hello(model: string): Promise<void> {
    return this.send("hello", helloLine(this.format, model));
  }

  garbage(): Promise<void> {
    return this.send("garbage", GARBAGE_LINE);
  }

  /** A reading no probe can give, in the gauge's own format. */
  outOfRange(valueUm = OUT_OF_RANGE_UM): Promise<void> {
    this.seq++;
    const line = readingLine(this.format, { valueUm, substrate: this.substrate }, this.unit, this.seq);
    this.lastReading = line;
    return this.send("outOfRange", line);
  }

  /** Does one script step; a step the format cannot say is skipped. */
  async step(step: GaugeStep): Promise<void> {
    try {
      switch (step.kind) {
        case "reading": {
          const { kind: _, splitAt, ...reading } = step;
          return await this.take(reading, splitAt === undefined ? {} : { splitAt });
        }
        case "noReading":
          return await this.noReading();
        case "error":
          return await this.error(step.code, step.message);
        case "battery":
          return await this.battery(step.percent);
        case "hello":
          return await this.hello(step.model);
        case "repeat":
          return await this.repeat();
        case "garbage":
          return await this.garbage();
        case "outOfRange":
          return await this.outOfRange(step.valueUm);
      }
    } catch (error) {
      if (!(error instanceof UnsupportedLineError)) throw error;
      this.stats.skipped++;
    }
  }

  /**
   * Auto mode: the steps one by one, `intervalMs` before each. Resolves after the
   * last, or once `stop()` is called. Playing again stops the previous playback.
   */
  async play(script: readonly GaugeStep[] = this.options.script ?? [], intervalMs?: number): Promise<void> {
    this.stop();
    const interval = intervalMs ?? this.options.intervalMs ?? 20;
    let stopped = false;
    let wake: (() => void) | null = null;
    let timer: NodeJS.Timeout | undefined;
    const playback = {
      stop: () => {
        stopped = true;
        clearTimeout(timer);
        wake?.();
      },
    };
    this.playback = playback;
    for (const step of script) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, interval);
      });
      if (stopped) return;
      await this.step(step);
    }
    if (this.playback === playback) this.playback = null;
  }

  get playing(): boolean {
    return this.playback !== null;
  }

  stop(): void {
    this.playback?.stop();
    this.playback = null;
  }

  private get substrate(): Substrate {
    return this.options.substrate ?? "steel";
  }

  /** Lines go out in order; a split line's second chunk follows its first after `splitGapMs`. */
  private send(kind: GaugeLineKind, line: string | Uint8Array, splitAt?: number): Promise<void> {
    if (line.length === 0) return Promise.resolve();
    const link = this.link;
    if (!link) {
      this.stats.dropped++;
      return Promise.resolve();
    }
    this.stats.lines[kind]++;
    const bytes = typeof line === "string" ? Buffer.from(line, "utf8") : Buffer.from(line);
    const at = splitAt === undefined ? bytes.length : Math.max(1, Math.min(bytes.length - 1, splitAt));
    const chunks = at < bytes.length ? [bytes.subarray(0, at), bytes.subarray(at)] : [bytes];
    const gapMs = this.options.splitGapMs ?? 5;
    const next = this.writing.then(async () => {
      for (const [index, chunk] of chunks.entries()) {
        if (index > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
        if (this.link !== link) return; // unplugged meanwhile: the rest is lost
        this.stats.bytesSent += chunk.length;
        await link.write(chunk).catch(() => undefined);
      }
    });
    this.writing = next;
    return next;
  }
}
