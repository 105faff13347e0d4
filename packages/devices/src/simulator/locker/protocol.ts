/**
 * The frames of the common RS-485 locker-board family (9600 8N1, "485 lock control
 * board, 24 channels"), as the boards' users document them; every frame ends with the
 * XOR of the bytes before it (the "BCC").
 *
 * - Open (a pulse to one lock): `8A <board> <lock> 11 <bcc>`, e.g. `8A 01 01 11 9B`.
 *   Answer: `8A <board> <lock> <state> <bcc>`, the lock's sensor after the pulse:
 *   00 open, 11 closed (so `8A 01 01 00 8A` is "lock 1 opened", an echo of the
 *   request is "still shut"). `8A <board> 00 11` opens every lock; not modelled.
 * - Query one: `80 <board> <lock> 33 <bcc>` (`80 01 01 33 B3`), answered
 *   `80 <board> <lock> <state> <bcc>`, the same 00 / 11.
 * - Query all: `80 <board> 00 33 <bcc>` (`80 01 00 33 B2`), answered
 *   `80 <board> <g3> <g2> <g1> 33 <bcc>`: three status bytes whatever the board's
 *   size (an 8-lock board answers seven bytes too), the highest group first: g1
 *   (the last) holds locks 1-8, bit 0 lock 1 ... bit 7 lock 8; g2 locks 9-16; g3
 *   17-24. A 1 bit is a closed door.
 *
 * Boards wired for "opening feedback" invert every state; this is the common
 * "closing feedback" wiring, the polarity the kiosk's driver is written for.
 */

export const OPEN_HEAD = 0x8a;
export const OPEN_CODE = 0x11;
export const QUERY_HEAD = 0x80;
export const QUERY_CODE = 0x33;
export const STATE_OPEN = 0x00;
export const STATE_CLOSED = 0x11;
/** Three status bytes: the family's 24 locks. */
export const MAX_LOCKS = 24;
export const FRAME_LENGTH = 5;
/** The heads a board of the family knows (90: open several, 9A/9B: hold a lock powered). */
export const KNOWN_HEADS: readonly number[] = [OPEN_HEAD, QUERY_HEAD, 0x90, 0x9a, 0x9b];

export const xor = (bytes: readonly number[]): number => bytes.reduce((acc, byte) => acc ^ byte, 0);

/** The bytes followed by their XOR. */
export const withBcc = (bytes: readonly number[]): Buffer => Buffer.from([...bytes, xor(bytes)]);

export const openFrame = (board: number, lock: number): Buffer => withBcc([OPEN_HEAD, board, lock, OPEN_CODE]);
export const queryFrame = (board: number, lock = 0): Buffer => withBcc([QUERY_HEAD, board, lock, QUERY_CODE]);

export const lockStateAnswer = (head: number, board: number, lock: number, closed: boolean): Buffer =>
  withBcc([head, board, lock, closed ? STATE_CLOSED : STATE_OPEN]);

/** `closed[i]` is lock i + 1's door: the query-all answer's three bytes, g3 g2 g1. */
export function statusBytes(closed: readonly boolean[]): [number, number, number] {
  const groups = [0, 0, 0];
  closed.slice(0, MAX_LOCKS).forEach((isClosed, index) => {
    if (isClosed) groups[index >> 3] = (groups[index >> 3] ?? 0) | (1 << (index & 7));
  });
  const [g1 = 0, g2 = 0, g3 = 0] = groups;
  return [g3, g2, g1];
}

export const queryAllAnswer = (board: number, closed: readonly boolean[]): Buffer =>
  withBcc([QUERY_HEAD, board, ...statusBytes(closed), QUERY_CODE]);

export type Frame =
  | { kind: "open"; board: number; lock: number }
  | { kind: "queryAll"; board: number }
  | { kind: "queryOne"; board: number; lock: number }
  | { kind: "unsupported"; board: number; bytes: number[] };

/** A 5-byte frame whose BCC is right, by what it asks. */
export function decodeFrame(bytes: readonly number[]): Frame {
  const [head = 0, board = 0, lock = 0, code = 0] = bytes;
  if (head === OPEN_HEAD && code === OPEN_CODE && lock !== 0) return { kind: "open", board, lock };
  if (head === QUERY_HEAD && code === QUERY_CODE) {
    return lock === 0 ? { kind: "queryAll", board } : { kind: "queryOne", board, lock };
  }
  return { kind: "unsupported", board, bytes: [...bytes] };
}

export const hex = (bytes: Uint8Array | readonly number[]): string =>
  [...bytes].map((byte) => byte.toString(16).toUpperCase().padStart(2, "0")).join(" ");
