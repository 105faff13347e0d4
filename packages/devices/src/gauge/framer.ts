/** A line longer than this is not from a gauge: the parsers never see more of it. */
export const MAX_LINE_BYTES = 512;

const STX = "\x02";

export interface FramedLine {
  /** The line without its terminator (and without STX or NUL bytes). */
  text: string;
  /** The line ran past MAX_LINE_BYTES: `text` holds its first 512 bytes, the rest was thrown away. */
  overflow: boolean;
}

/**
 * Cuts a gauge's byte stream into lines. The three formats end lines with CR,
 * LF or CR LF, and a chunk from the port can end anywhere (in the middle of a
 * CR LF, too), so the framer keeps the partial line between chunks and drops
 * empty lines instead of pairing CR with LF.
 *
 * STX is where a PosiTector line starts: whatever was pending before it is a
 * line of its own (one whose terminator was lost), and the STX is dropped. NUL
 * bytes are dropped because SPP links and USB adapters emit one on connect or
 * on a line break, and it would make the first reading unreadable.
 *
 * Bytes are read as Latin-1, one character per byte, so the cap is in bytes and
 * a µm sign survives either as 0xB5 or as its UTF-8 pair (unitOf reads both).
 */
export class LineFramer {
  private pending = "";
  /** After an overflow: the rest of that line is skipped, up to its end. */
  private skipping = false;

  push(bytes: Uint8Array): FramedLine[] {
    const lines: FramedLine[] = [];
    for (const char of Buffer.from(bytes).toString("latin1")) {
      if (char === "\r" || char === "\n" || char === STX) {
        this.endLine(lines);
      } else if (char === "\0" || this.skipping) {
        continue;
      } else if (this.pending.length === MAX_LINE_BYTES) {
        lines.push({ text: this.pending, overflow: true });
        this.pending = "";
        this.skipping = true;
      } else {
        this.pending += char;
      }
    }
    return lines;
  }

  private endLine(lines: FramedLine[]): void {
    if (!this.skipping && this.pending.trim() !== "") lines.push({ text: this.pending, overflow: false });
    this.pending = "";
    this.skipping = false;
  }
}
