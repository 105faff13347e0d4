import { FRAME_LENGTH, KNOWN_HEADS, xor } from "./protocol";

export interface FrameReaderCounts {
  badChecksum: number;
  /** Bytes that began no frame, and partial frames ended by a silence. */
  garbageBytes: number;
}

/**
 * Cuts the bus's bytes into 5-byte frames with a good BCC, as a board's UART routine
 * does: a byte that cannot begin a frame is skipped, a frame whose BCC is wrong is
 * dropped one byte at a time (to resynchronise on the next head), and a partial frame
 * followed by a silence of `gapMs` is thrown away.
 */
export class FrameReader {
  readonly counts: FrameReaderCounts = { badChecksum: 0, garbageBytes: 0 };
  private buffer: number[] = [];
  private lastByteAt = 0;

  constructor(private readonly gapMs: number) {}

  /** The whole frames the bytes complete. */
  push(bytes: Uint8Array, now = performance.now()): number[][] {
    if (this.buffer.length > 0 && now - this.lastByteAt > this.gapMs) this.drop();
    this.lastByteAt = now;
    this.buffer.push(...bytes);
    const frames: number[][] = [];
    while (this.buffer.length > 0) {
      if (!KNOWN_HEADS.includes(this.buffer[0] ?? 0)) {
        this.buffer.shift();
        this.counts.garbageBytes++;
        continue;
      }
      if (this.buffer.length < FRAME_LENGTH) break;
      const frame = this.buffer.slice(0, FRAME_LENGTH);
      if (xor(frame.slice(0, -1)) !== frame[FRAME_LENGTH - 1]) {
        this.buffer.shift();
        this.counts.badChecksum++;
        continue;
      }
      this.buffer.splice(0, FRAME_LENGTH);
      frames.push(frame);
    }
    return frames;
  }

  /** Forgets a partial frame (counted as garbage). */
  drop(): void {
    this.counts.garbageBytes += this.buffer.length;
    this.buffer = [];
  }
}
