/** Byte-level encodings the simulated car and chip use (SAE J2012, ISO 15765-2, the legacy checksums). */

const dtcLetters = "PCBU";

/** "P0133" -> [0x01, 0x33]: 2 bits system (P C B U), 2 bits first digit, 12 bits three hex digits (J2012). */
export function encodeDtc(code: string): [number, number] {
  const match = /^([PCBU])([0-3])([0-9A-F]{3})$/.exec(code.toUpperCase());
  if (!match) throw new Error(`not a DTC: ${code}`);
  const [, letter = "P", digit = "0", rest = "000"] = match;
  const value = (dtcLetters.indexOf(letter) << 14) | (Number(digit) << 12) | parseInt(rest, 16);
  return [value >> 8, value & 0xff];
}

export const hexByte = (byte: number): string => byte.toString(16).toUpperCase().padStart(2, "0");

export const hexBytes = (bytes: readonly number[], spaces: boolean): string =>
  bytes.map(hexByte).join(spaces ? " " : "");

/** ISO 9141-2 and ISO 14230-4: the sum of header and data bytes, mod 256. */
export const sumChecksum = (bytes: readonly number[]): number => bytes.reduce((sum, b) => (sum + b) & 0xff, 0);

/** SAE J1850's CRC-8 (polynomial x^8+x^4+x^3+x^2+1, initial FF, inverted). */
export function j1850Crc(bytes: readonly number[]): number {
  let crc = 0xff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x80 ? ((crc << 1) ^ 0x1d) & 0xff : (crc << 1) & 0xff;
  }
  return crc ^ 0xff;
}

export type IsoTpFrame =
  | { kind: "single"; payload: number[]; data: number[] }
  | { kind: "first"; payload: number[]; data: number[]; length: number }
  | { kind: "consecutive"; payload: number[]; data: number[]; sequence: number };

/**
 * ISO 15765-2 segmentation of one message into 8-byte CAN payloads: a single frame
 * (PCI 0L) up to 7 bytes; else a first frame (1L LL, 12-bit length, 6 data bytes) and
 * consecutive frames 21..2F, 20, 21... of 7 bytes, the last padded.
 */
export function isoTpFrames(message: readonly number[], padding: number): IsoTpFrame[] {
  const pad = (bytes: number[]): number[] => [...bytes, ...Array<number>(8 - bytes.length).fill(padding)];
  if (message.length <= 7) {
    return [{ kind: "single", payload: pad([message.length, ...message]), data: [...message] }];
  }
  const length = message.length;
  const head = message.slice(0, 6);
  const frames: IsoTpFrame[] = [
    { kind: "first", payload: [0x10 | (length >> 8), length & 0xff, ...head], data: head, length },
  ];
  for (let offset = 6, sequence = 1; offset < length; offset += 7, sequence = (sequence + 1) & 0x0f) {
    const chunk = message.slice(offset, offset + 7);
    const payload = pad([0x20 | sequence, ...chunk]);
    // The ELM prints a consecutive frame's 7 bytes, padding included (it does not trim the last).
    frames.push({ kind: "consecutive", payload, data: payload.slice(1), sequence });
  }
  return frames;
}

/** How long a byte count takes on an 8N1 serial line (10 bits a byte), in ms. */
export const wireTimeMs = (bytes: number, baudRate: number): number => (bytes * 10 * 1000) / baudRate;
