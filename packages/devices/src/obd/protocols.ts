/**
 * The ELM327's protocol numbers (`AT SP n`, `AT DPN`), and how each one frames
 * an answer: CAN (ISO 15765-4) carries an 11- or 29-bit identifier and ISO-TP
 * segmentation; the legacy buses carry a 3-byte header and a check byte.
 */
export type ObdProtocol = "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "A" | "B" | "C";

export const obdProtocols: readonly ObdProtocol[] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C"];

export type ProtocolFraming =
  | { kind: "can"; idBits: 11 | 29 }
  /** `check`: how the last byte of a line is computed (SAE J1850 CRC, or ISO 9141-2 / ISO 14230-2 sum). */
  | { kind: "legacy"; check: "crc8-j1850" | "sum8"; lengthInFormatByte: boolean };

export function framingOf(protocol: ObdProtocol): ProtocolFraming {
  switch (protocol) {
    case "1": // SAE J1850 PWM
    case "2": // SAE J1850 VPW
      return { kind: "legacy", check: "crc8-j1850", lengthInFormatByte: false };
    case "3": // ISO 9141-2
      return { kind: "legacy", check: "sum8", lengthInFormatByte: false };
    case "4": // ISO 14230-4 KWP, 5-baud init
    case "5": // ISO 14230-4 KWP, fast init
      return { kind: "legacy", check: "sum8", lengthInFormatByte: true };
    case "6": // ISO 15765-4 CAN 11/500
    case "8": // ISO 15765-4 CAN 11/250
      return { kind: "can", idBits: 11 };
    case "7": // ISO 15765-4 CAN 29/500
    case "9": // ISO 15765-4 CAN 29/250
    case "A": // SAE J1939 CAN 29/250: read as ISO-TP, as python-OBD does (trucks only; unverified)
      return { kind: "can", idBits: 29 };
    case "B": // User1 CAN: the ELM's default is 11-bit (AT PB can change it)
    case "C": // User2 CAN: likewise
      return { kind: "can", idBits: 11 };
  }
}

export function isCanProtocol(protocol: ObdProtocol): boolean {
  return framingOf(protocol).kind === "can";
}
