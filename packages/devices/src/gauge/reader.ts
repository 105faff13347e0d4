import type { ByteLink } from "../link";
import { parseElcometerLine } from "./elcometer";
import { LineFramer } from "./framer";
import { parseLineProtocolLine } from "./line-protocol";
import { parsePositectorLine } from "./positector";
import type { GaugeEvent, GaugeFormat, GaugeLineParser } from "./types";

export const lineParsers: Record<GaugeFormat, GaugeLineParser> = {
  positector: parsePositectorLine,
  elcometer: parseElcometerLine,
  line: parseLineProtocolLine,
};

/** The line protocol promises a line every 30 s; three missed in a row is a gauge that is off. */
export const DEFAULT_SILENCE_MS = 90_000;

export interface GaugeReaderOptions {
  format: GaugeFormat;
  /** `line` only: how long the gauge counts as there after its last valid line. */
  silenceMs?: number;
}

/**
 * Listens to a gauge on a link and turns its lines into events. Gauges only
 * talk, so nothing is ever written to the link.
 *
 * Readiness differs by format. A PosiTector or an Elcometer says nothing until
 * a reading is taken, so silence means nothing and ready is the port being
 * open. A line-protocol gauge says hello and keeps talking (line-protocol.md,
 * "Presence"), so it is ready once a valid line was heard, and absent after
 * `silenceMs` without one (counted from the attach, too); garbage does not
 * count, so a wrong baud rate reads as absent rather than as a gauge.
 *
 * A line-protocol reading that repeats the `seq` of the reading before it is
 * a resend and is dropped here, so it never fills a second zone.
 */
export class GaugeReader {
  private readonly framer = new LineFramer();
  private readonly parse: GaugeLineParser;
  private readonly listeners = new Set<(event: GaugeEvent) => void>();
  private readonly presenceListeners = new Set<(present: boolean) => void>();
  private readonly unsubscribe: Array<() => void>;
  private readonly silenceMs: number;
  /** Until the link closes or close(): the close listener runs after the link reports itself closed. */
  private attached: boolean;
  private heard = false;
  private silenceTimer: ReturnType<typeof setTimeout> | null = null;
  private lastSeq: number | null = null;

  constructor(
    link: ByteLink,
    private readonly options: GaugeReaderOptions,
  ) {
    this.parse = lineParsers[options.format];
    this.silenceMs = options.silenceMs ?? DEFAULT_SILENCE_MS;
    this.attached = link.isOpen;
    this.unsubscribe = [link.onData((bytes) => this.receive(bytes)), link.onClose(() => this.detach())];
    if (this.attached) this.armSilence();
  }

  get ready(): boolean {
    if (!this.attached) return false;
    return this.options.format === "line" ? this.heard : true;
  }

  /** Every event, in order. Returns the unsubscribe. */
  onEvent(listener: (event: GaugeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * `line` only: true when a valid line is heard for the first time or after
   * a silence, false once `silenceMs` pass without one. Returns the unsubscribe.
   */
  onPresence(listener: (present: boolean) => void): () => void {
    this.presenceListeners.add(listener);
    return () => this.presenceListeners.delete(listener);
  }

  /** Stops listening; the link stays open (its owner closes it). */
  close(): void {
    this.detach();
  }

  private receive(bytes: Buffer): void {
    for (const line of this.framer.push(bytes)) {
      const event: GaugeEvent = line.overflow ? { kind: "garbage", raw: line.text } : this.parse(line.text);
      if (event.kind !== "garbage") this.heardValidLine();
      if (this.isResend(event)) continue;
      for (const listener of [...this.listeners]) listener(event);
    }
  }

  private isResend(event: GaugeEvent): boolean {
    if (event.kind === "hello") this.lastSeq = null;
    if (event.kind !== "reading" || event.seq === undefined) return false;
    const resend = event.seq === this.lastSeq;
    this.lastSeq = event.seq;
    return resend;
  }

  private heardValidLine(): void {
    if (this.options.format !== "line") return;
    this.armSilence();
    if (this.heard) return;
    this.heard = true;
    this.emitPresence(true);
  }

  private armSilence(): void {
    if (this.options.format !== "line") return;
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.silenceTimer = setTimeout(() => {
      this.silenceTimer = null;
      this.heard = false;
      this.emitPresence(false);
    }, this.silenceMs);
  }

  private detach(): void {
    if (!this.attached) return;
    this.attached = false;
    for (const off of this.unsubscribe) off();
    if (this.silenceTimer) clearTimeout(this.silenceTimer);
    this.silenceTimer = null;
  }

  private emitPresence(present: boolean): void {
    for (const listener of [...this.presenceListeners]) listener(present);
  }
}
