import type { MemoryLink } from "../link";

/** How the fake answers the next frame: as a board would, not at all, or with a corrupted checksum. */
export type FakeAnswer = "answer" | "silent" | "corrupt";

/**
 * A tiny locker board for tests, not a simulator: it answers the driver's two
 * frames from the description, with its own byte arithmetic (not
 * codec.ts's), so a mistake in the codec shows instead of being shared.
 */
export class FakeBoard {
  /** Every 5-byte frame the driver sent, as hex, in order. */
  readonly received: string[] = [];
  /** Locks whose door is closed; all 24 at first. */
  readonly closed = new Set(Array.from({ length: 24 }, (_, index) => index + 1));
  /** Locks whose latch does not release on a pulse. */
  readonly jammed = new Set<number>();
  /** Consumed one per frame; `answer` once it is empty. */
  readonly script: FakeAnswer[] = [];
  /** Hold each answer until release(): to see what the driver sends while a request is in flight. */
  hold = false;
  /** A half-duplex adapter that hands the driver back its own bytes first. */
  echo = false;
  private readonly held: Buffer[] = [];
  private incoming = Buffer.alloc(0);

  constructor(
    private readonly link: MemoryLink,
    private readonly address = 1,
  ) {
    link.onData((bytes) => this.receive(bytes));
  }

  /** Sends the oldest held answer. */
  async release(): Promise<void> {
    const answer = this.held.shift();
    if (answer) await this.link.write(answer);
  }

  private receive(bytes: Buffer): void {
    this.incoming = Buffer.concat([this.incoming, bytes]);
    while (this.incoming.length >= 5) {
      const frame = this.incoming.subarray(0, 5);
      this.incoming = this.incoming.subarray(5);
      this.received.push(frame.toString("hex").toUpperCase());
      if (this.echo) void this.link.write(Buffer.from(frame));
      const answer = this.answerTo([...frame]);
      const how = this.script.shift() ?? "answer";
      if (!answer || how === "silent") continue;
      if (how === "corrupt") answer.writeUInt8(answer.readUInt8(answer.length - 1) ^ 0x5a, answer.length - 1);
      if (this.hold) this.held.push(answer);
      else void this.link.write(answer);
    }
  }

  private answerTo([command, board, lock, fn]: number[]): Buffer | null {
    if (board !== this.address) return null;
    if (command === 0x80 && lock === 0x00 && fn === 0x33) {
      const group = (first: number) => {
        let bits = 0;
        for (let bit = 0; bit < 8; bit++) if (this.closed.has(first + bit)) bits += 2 ** bit;
        return bits;
      };
      return withXor([0x80, board, group(17), group(9), group(1), 0x33]);
    }
    if (command === 0x8a && fn === 0x11 && lock !== undefined && lock >= 1 && lock <= 24) {
      if (!this.jammed.has(lock)) this.closed.delete(lock);
      return withXor([0x8a, board, lock, this.closed.has(lock) ? 0x11 : 0x00]);
    }
    return null;
  }
}

function withXor(body: number[]): Buffer {
  return Buffer.from([...body, body.reduce((xor, byte) => xor ^ byte, 0)]);
}
