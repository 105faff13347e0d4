import { type ByteLink } from "../../link";
import { hex } from "./protocol";

/**
 * The driver's side of a bus, for tests and the CLI: sends frames, and waits for a
 * number of bytes (never for time), returned as spaced hex ("8A 01 01 00 8A").
 */
export class BusReader {
  private buffer: number[] = [];
  private waiter: { count: number; resolve: (text: string) => void; reject: (error: Error) => void } | null = null;

  constructor(readonly link: ByteLink) {
    link.onData((bytes) => {
      this.buffer.push(...bytes);
      this.settle();
    });
    link.onClose((error) => this.waiter?.reject(error ?? new Error("closed")));
  }

  send(frame: Uint8Array | readonly number[]): Promise<void> {
    return this.link.write(Uint8Array.from(frame));
  }

  /** The next `count` bytes, once they have all arrived. */
  read(count: number): Promise<string> {
    if (this.waiter) return Promise.reject(new Error("one read at a time"));
    return new Promise((resolve, reject) => {
      this.waiter = { count, resolve, reject };
      this.settle();
    });
  }

  /** Sends a frame and reads an answer of `count` bytes. */
  async exchange(frame: Uint8Array | readonly number[], count: number): Promise<string> {
    await this.send(frame);
    return this.read(count);
  }

  /** What has arrived and not been read. */
  get pending(): string {
    return hex(this.buffer);
  }

  private settle(): void {
    const waiter = this.waiter;
    if (!waiter || this.buffer.length < waiter.count) return;
    this.waiter = null;
    waiter.resolve(hex(this.buffer.splice(0, waiter.count)));
  }
}
