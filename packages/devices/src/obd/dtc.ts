import { negativeResponseOf } from "./service-response";
import { isCanProtocol, type ObdProtocol } from "./protocols";

/** SAE J2012: the top two bits of a code's first byte name its system. */
const SYSTEMS = ["P", "C", "B", "U"] as const;

/** The positive responses to SAE J1979 services 03 (stored), 07 (pending) and 0A (permanent). */
export const dtcResponseServices = { stored: 0x43, pending: 0x47, permanent: 0x4a } as const;
const DTC_RESPONSES: ReadonlySet<number> = new Set(Object.values(dtcResponseServices));

/**
 * Two bytes to a trouble code (SAE J2012 / J1979): bits 15-14 the system
 * (P, C, B, U), bits 13-12 the first digit (0-3), the low 12 bits three hex
 * digits. `01 33` -> P0133, `C1 00` -> U0100, `80 01` -> B0001, `41 23` -> C0123.
 */
export function decodeDtc(hi: number, lo: number): string {
  for (const byte of [hi, lo]) {
    if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) throw new RangeError(`not a byte: ${byte}`);
  }
  const system = SYSTEMS[hi >> 6] ?? "P";
  const firstDigit = (hi >> 4) & 0x03;
  const rest = (((hi & 0x0f) << 8) | lo).toString(16).toUpperCase().padStart(3, "0");
  return `${system}${firstDigit}${rest}`;
}

/**
 * The codes in one ECU's answer to service 03, 07 or 0A, in the order given.
 *
 * On CAN (ISO 15765-4) the byte after the service byte counts the codes; the
 * legacy buses have no count (the frame layer joins their 3-codes-a-line
 * answers behind one service byte). The count is not trusted: when it
 * disagrees with the code bytes present, the bytes win (an ECU that miscounts
 * still sent its codes; ISO-TP already cut the message to its stated length,
 * so what remains is not padding). `00 00` is padding, a repeated code is kept
 * once, and an odd byte left at the end is ignored.
 *
 * A negative response (`7F 0A 11`: service not supported, as older cars say
 * to 0A) means no codes of that kind: []. Anything else is not an answer to a
 * DTC request and throws.
 */
export function decodeDtcAnswer(data: Uint8Array, protocol: ObdProtocol): string[] {
  if (negativeResponseOf(data)) return [];
  const service = data[0];
  if (service === undefined || !DTC_RESPONSES.has(service)) {
    throw new RangeError(`not an answer to service 03/07/0A: first byte ${service?.toString(16) ?? "none"}`);
  }
  const codeBytes = data.subarray(isCanProtocol(protocol) ? 2 : 1);
  const codes = new Set<string>();
  for (let index = 0; index + 1 < codeBytes.length; index += 2) {
    const hi = codeBytes[index] ?? 0;
    const lo = codeBytes[index + 1] ?? 0;
    if (hi === 0 && lo === 0) continue;
    codes.add(decodeDtc(hi, lo));
  }
  return [...codes];
}
