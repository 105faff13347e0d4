import { DeviceError } from "../errors";
import { LinkLostError, type ByteLink } from "../link";
import {
  assertBoard,
  encodeOpen,
  encodeQueryAll,
  scanOpenAnswer,
  scanStatusAnswer,
  type DoorState,
  type LockAnswer,
  type FrameScan,
} from "./codec";

export interface LockerBoardOptions {
  /** The board's address, as its DIP switches set it. */
  board: number;
  /** How long one request waits for its answer; boards answer within tens of ms. */
  requestTimeoutMs?: number;
  /** How many times status() asks again after a timeout or a bad checksum. */
  statusRetries?: number;
  /** For locks whose sensor reports the other way round (a 1 bit for an open door). */
  invertSensor?: boolean;
}

export const defaultRequestTimeoutMs = 500;
export const defaultStatusRetries = 2;

/** What came back after a pulse: the board's own word on the lock, or nothing (`none`). */
export type OpenAnswer = LockAnswer | "none";

interface Pending {
  scan: (buffer: Buffer) => FrameScan<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * One locker board on an RS-485 bus. The bus is half duplex and a board
 * answers only what it was asked, so one request is in flight at a time (the
 * others queue), and every request has a timeout.
 *
 * status() may ask again: a query changes nothing. pulseOpen() never does,
 * whatever happens: a pulse that timed out may still have opened the door,
 * and a second one could open it twice (or re-latch it on a customer's hand).
 * Its answer is informational only: a half-duplex adapter that echoes our own
 * bytes hands back `8A b l 11 x`, which is exactly a "still locked" answer,
 * and boards differ in which state byte means what. The door sensor, read
 * with status(), is what says whether the door opened (Locker.open).
 *
 * Answers are found in the byte stream by their fixed bytes and checksum, so
 * an echo, a late answer to an earlier request or a stray report in front of
 * the answer is skipped byte by byte rather than misread.
 */
export class LockerBoard {
  readonly board: number;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly invertSensor: boolean;
  private buffer = Buffer.alloc(0);
  private pending: Pending | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lost: Error | null = null;
  private readonly unsubscribe: Array<() => void>;

  constructor(
    private readonly link: ByteLink,
    options: LockerBoardOptions,
  ) {
    assertBoard(options.board);
    this.board = options.board;
    this.timeoutMs = options.requestTimeoutMs ?? defaultRequestTimeoutMs;
    this.retries = options.statusRetries ?? defaultStatusRetries;
    this.invertSensor = options.invertSensor ?? false;
    this.unsubscribe = [
      link.onData((bytes) => this.receive(bytes)),
      link.onClose((error) => this.fail(error ?? new LinkLostError("the port was closed"))),
    ];
  }

  /** Every door of the board, index 0 for lock 1 (24 of them, whether wired or not). */
  status(): Promise<DoorState[]> {
    const request = encodeQueryAll(this.board);
    return this.enqueue(async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await this.exchange(request, (buffer) => scanStatusAnswer(buffer, this.board, this.invertSensor));
        } catch (error) {
          if (attempt >= this.retries || !isRetryable(error)) throw error;
        }
      }
    });
  }

  /** Pulses one lock's latch, once. Rejects only for a bad lock number or a lost link. */
  async pulseOpen(lock: number): Promise<OpenAnswer> {
    const request = encodeOpen(this.board, lock);
    return this.enqueue(async () => {
      try {
        return await this.exchange(request, (buffer) => scanOpenAnswer(buffer, this.board, lock, this.invertSensor));
      } catch (error) {
        if (error instanceof DeviceError && error.code === "LOCKER_GARBLED") return "unreadable";
        if (error instanceof DeviceError && error.code === "ADAPTER_TIMEOUT") return "none";
        throw error;
      }
    });
  }

  /** Stops listening; what is pending or queued fails. The link stays open (its owner closes it). */
  close(): void {
    for (const off of this.unsubscribe) off();
    this.fail(new LinkLostError("the locker board was closed"));
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async exchange<T>(request: Buffer, scan: (buffer: Buffer) => FrameScan<T>): Promise<T> {
    if (this.lost) throw this.lost;
    this.buffer = Buffer.alloc(0);
    const answer = new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = null;
        reject(
          new DeviceError(
            "ADAPTER_TIMEOUT",
            `board ${this.board} did not answer ${hex(request)} in ${this.timeoutMs} ms`,
          ),
        );
      }, this.timeoutMs);
      this.pending = { scan, resolve: resolve as (value: unknown) => void, reject, timer };
    });
    try {
      await this.link.write(request);
    } catch (error) {
      this.fail(error instanceof Error ? error : new LinkLostError());
    }
    return answer;
  }

  private receive(bytes: Buffer): void {
    const pending = this.pending;
    // Nothing was asked: a late answer after a timeout, an echo, an unsolicited report.
    if (!pending) return;
    this.buffer = Buffer.concat([this.buffer, bytes]);
    while (this.buffer.length > 0) {
      const result = pending.scan(this.buffer);
      if (result.found === "partial") return;
      if (result.found === "nothing") {
        this.buffer = this.buffer.subarray(1);
        continue;
      }
      const frame = this.buffer.subarray(0, result.length);
      this.buffer = this.buffer.subarray(result.length);
      clearTimeout(pending.timer);
      this.pending = null;
      if (result.found === "frame") pending.resolve(result.value);
      else
        pending.reject(new DeviceError("LOCKER_GARBLED", `board ${this.board} answered ${hex(frame)}: bad checksum`));
      return;
    }
  }

  private fail(error: Error): void {
    this.lost ??= error;
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = null;
    pending.reject(error);
  }
}

/** A timeout or a bad checksum: asking again may work. A lost link will not. */
function isRetryable(error: unknown): boolean {
  return error instanceof DeviceError && (error.code === "LOCKER_GARBLED" || error.code === "ADAPTER_TIMEOUT");
}

const hex = (bytes: Uint8Array) =>
  Buffer.from(bytes)
    .toString("hex")
    .toUpperCase()
    .replace(/(..)(?=.)/g, "$1 ");
