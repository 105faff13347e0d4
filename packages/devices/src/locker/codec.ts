/**
 * The frames of the common RS-485 locker-board family (boards of up to 24
 * locks sold under many names, addressed by DIP switches), 9600 8N1. Every
 * frame ends with the XOR of all its bytes before it.
 *
 *   open       host  8A <board> <lock> 11 <xor>        pulse one lock
 *              board 8A <board> <lock> <state> <xor>   00 unlocked, 11 locked
 *   query all  host  80 <board> 00 33 <xor>            e.g. 80 01 00 33 B2
 *              board 80 <board> <g3> <g2> <g1> 33 <xor>
 *
 * Bit order: g1 holds locks 1–8, g2 locks 9–16, g3 locks 17–24, each with its
 * lowest bit for its lowest lock: lock n is bit (n-1) % 8 of group
 * ceil(n / 8), and the groups arrive highest first. A 1 bit is a closed door
 * (for the usual sensor wiring; `invertSensor` for the other).
 *
 * Lock 0 in an open means every lock, one after the other (`8A 01 00 11 9A`):
 * encodeOpen refuses it, so no bug can empty a whole locker.
 *
 * Not handled: one public codec reads a 12-lock board's answer with two group
 * bytes instead of three (unconfirmed; such a board fails the frame check here
 * and reads as not answering), and some boards push an unsolicited `82 …`
 * report when a door moves, which is skipped like any stray byte.
 */

export const OPEN = 0x8a;
export const OPEN_FUNCTION = 0x11;
export const QUERY = 0x80;
export const QUERY_FUNCTION = 0x33;
/** A board answers for three groups of eight. */
export const MAX_LOCKS = 24;

export const OPEN_FRAME_BYTES = 5;
export const STATUS_FRAME_BYTES = 7;

export type DoorState = "open" | "closed";

/** What the board says of the lock right after a pulse (see board.ts for why it proves nothing). */
export type LockAnswer = "unlocked" | "locked" | "unreadable";

export function xorOf(bytes: ArrayLike<number>): number {
  let xor = 0;
  for (let i = 0; i < bytes.length; i++) xor ^= bytes[i] ?? 0;
  return xor;
}

const framed = (body: number[]) => Buffer.from([...body, xorOf(body)]);

export function assertBoard(board: number): void {
  // Address 0 is read as "every board" by some firmware (not confirmed); DIP switches give 1 and up.
  if (!Number.isInteger(board) || board < 1 || board > 0xff)
    throw new RangeError(`board address ${board} is not 1–255`);
}

export function assertLock(lock: number): void {
  if (!Number.isInteger(lock) || lock < 1 || lock > MAX_LOCKS) {
    throw new RangeError(`lock ${lock} is not 1–${MAX_LOCKS} (lock 0 would open every door)`);
  }
}

export function encodeOpen(board: number, lock: number): Buffer {
  assertBoard(board);
  assertLock(lock);
  return framed([OPEN, board, lock, OPEN_FUNCTION]);
}

export function encodeQueryAll(board: number): Buffer {
  assertBoard(board);
  return framed([QUERY, board, 0x00, QUERY_FUNCTION]);
}

/**
 * What the start of a receive buffer holds: a whole frame (and its length), a
 * frame whose checksum is wrong, the start of one (wait for more), or a byte
 * that cannot start one (drop it and look again: an echo, a stale answer, an
 * unsolicited report, noise).
 */
export type FrameScan<T> =
  | { found: "frame"; value: T; length: number }
  | { found: "bad-checksum"; length: number }
  | { found: "partial" }
  | { found: "nothing" };

/**
 * Matches a frame of `length` bytes whose fixed bytes are `fixed` (index →
 * value); the checksum is checked only once the fixed bytes match, so a
 * misaligned buffer reads as "nothing" and a corrupted frame as "bad-checksum".
 */
function scanFrame<T>(
  buffer: Uint8Array,
  length: number,
  fixed: Record<number, number>,
  decode: (frame: Uint8Array) => T,
): FrameScan<T> {
  for (const [index, value] of Object.entries(fixed)) {
    const at = Number(index);
    if (at < buffer.length && buffer[at] !== value) return { found: "nothing" };
  }
  if (buffer.length < length) return { found: "partial" };
  const frame = buffer.subarray(0, length);
  if (xorOf(frame.subarray(0, length - 1)) !== frame[length - 1]) return { found: "bad-checksum", length };
  return { found: "frame", value: decode(frame), length };
}

/** The answer to a query-all: the doors of locks 1 to 24, index 0 for lock 1. */
export function scanStatusAnswer(buffer: Uint8Array, board: number, invertSensor = false): FrameScan<DoorState[]> {
  return scanFrame(buffer, STATUS_FRAME_BYTES, { 0: QUERY, 1: board, 5: QUERY_FUNCTION }, (frame) =>
    doorsOf([frame[4] ?? 0, frame[3] ?? 0, frame[2] ?? 0], invertSensor),
  );
}

/** The answer to an open of `lock`. */
export function scanOpenAnswer(
  buffer: Uint8Array,
  board: number,
  lock: number,
  invertSensor = false,
): FrameScan<LockAnswer> {
  return scanFrame(buffer, OPEN_FRAME_BYTES, { 0: OPEN, 1: board, 2: lock }, (frame) => {
    const state = frame[3];
    if (state !== 0x00 && state !== 0x11) return "unreadable";
    return (state === 0x11) !== invertSensor ? "locked" : "unlocked";
  });
}

/** `groups` lowest first: [g1, g2, g3]. */
export function doorsOf(groups: number[], invertSensor = false): DoorState[] {
  return Array.from({ length: MAX_LOCKS }, (_, index) => {
    const bit = ((groups[index >> 3] ?? 0) >> (index & 7)) & 1;
    return (bit === 1) !== invertSensor ? "closed" : "open";
  });
}
