import { crc8J1850, sum8 } from "./checksums";
import { bytesToHex, compactHex, hexToBytes } from "./hex";
import type { ProtocolFraming } from "./protocols";
import { isResponsePending } from "./service-response";
import type { EcuMessage, FrameProblem, ReadFrame } from "./types";

type LegacyFraming = Extract<ProtocolFraming, { kind: "legacy" }>;

/** SAE J1979 services whose legacy answers carry three codes a line and no count byte. */
const DTC_RESPONSES = new Set([0x43, 0x47, 0x4a]);
/** Service 09 (vehicle information): on the legacy buses each line carries a line number after the PID. */
const VEHICLE_INFO_RESPONSE = 0x49;

/**
 * One line of a legacy answer with headers on: three header bytes (priority or
 * format, target, source), the data, and the check byte last. The ECU is named
 * by the source address byte, e.g. "10" (usually the engine).
 *
 * ISO 14230-2 (KWP2000) puts the data length in the format byte's low 6 bits
 * when its top bit says addresses follow; a length of 0 there means a fourth
 * header byte carries it. A format byte without that bit (0x48, the "CARB"
 * exception ISO 9141-2 uses) has no length.
 */
export function readLegacyFrame(
  line: string,
  framing: LegacyFraming,
  verifyChecksum: boolean,
): ReadFrame | FrameProblem {
  const digits = compactHex(line);
  const malformed = (ecu: string | null, detail: string): FrameProblem => ({
    kind: "MALFORMED_FRAME",
    ecu,
    line,
    detail,
  });
  if (digits === null) return malformed(null, "not hex");
  const bytes = hexToBytes(digits);
  if (bytes === null) return malformed(null, "an odd number of hex digits");
  if (bytes.length < 5) return malformed(null, `${bytes.length} bytes; a header, data and a check byte need 5`);
  const format = bytes[0] ?? 0;
  const ecu = bytesToHex([bytes[2] ?? 0], "");

  let headerLength = 3;
  if (framing.lengthInFormatByte && format & 0x80) {
    let dataLength = format & 0x3f;
    if (dataLength === 0) {
      headerLength = 4;
      dataLength = bytes[3] ?? 0;
    }
    const expected = headerLength + dataLength + 1;
    if (bytes.length !== expected) {
      return malformed(
        ecu,
        `the header says ${dataLength} data bytes; the line has ${bytes.length - headerLength - 1}`,
      );
    }
  }
  if (bytes.length < headerLength + 2) return malformed(ecu, "no data after the header");

  const body = bytes.subarray(0, bytes.length - 1);
  const check = bytes[bytes.length - 1] ?? 0;
  if (verifyChecksum) {
    const computed = framing.check === "crc8-j1850" ? crc8J1850(body) : sum8(body);
    if (computed !== check) {
      return {
        kind: "BAD_CHECKSUM",
        ecu,
        line,
        detail: `check byte ${bytesToHex([check])}, computed ${bytesToHex([computed])}`,
      };
    }
  }
  return { ecu, line, bytes: bytes.slice(headerLength, bytes.length - 1) };
}

/**
 * Joins one ECU's legacy lines into messages, as CAN's ISO-TP would have:
 * - DTC answers (43/47/4A): each line is the service byte and 3 codes; the
 *   message is the service byte once, then every line's codes in arrival order
 *   (no count byte: `decodeDtcAnswer` knows the legacy layout).
 * - Vehicle information (49 PID NN ...): lines are put in line-number order
 *   (NN from 1, none missing) and joined as `49 PID` and the data, the line
 *   numbers dropped; a single line loses its line number too.
 * - Anything else: one message per line.
 * A response-pending `7F xx 78` is dropped (the real answer follows).
 */
export function assembleLegacyMessages(frames: readonly ReadFrame[]): {
  messages: EcuMessage[];
  problems: FrameProblem[];
} {
  const messages: EcuMessage[] = [];
  const problems: FrameProblem[] = [];
  const byEcu = new Map<string, ReadFrame[]>();
  for (const frame of frames) {
    if (isResponsePending(frame.bytes)) continue;
    byEcu.set(frame.ecu, [...(byEcu.get(frame.ecu) ?? []), frame]);
  }

  for (const [ecu, ecuFrames] of byEcu) {
    /** Lines joined into one message, keyed by service (and PID for service 09), in first-seen order. */
    const groups = new Map<string, ReadFrame[]>();
    for (const frame of ecuFrames) {
      const service = frame.bytes[0] ?? 0;
      let key: string | null = null;
      if (DTC_RESPONSES.has(service)) key = `${service}`;
      else if (service === VEHICLE_INFO_RESPONSE) key = `${service}:${frame.bytes[1] ?? -1}`;
      if (key === null) {
        messages.push({ ecu, data: frame.bytes });
        continue;
      }
      groups.set(key, [...(groups.get(key) ?? []), frame]);
    }
    for (const group of groups.values()) {
      const joined = (group[0]?.bytes[0] ?? 0) === VEHICLE_INFO_RESPONSE ? joinVehicleInfo(group) : joinDtcLines(group);
      if ("kind" in joined) problems.push(joined);
      else messages.push({ ecu, data: joined.data });
    }
  }
  return { messages, problems };
}

function joinDtcLines(lines: readonly ReadFrame[]): { data: Uint8Array } {
  const service = lines[0]?.bytes[0] ?? 0;
  return { data: Uint8Array.from([service, ...lines.flatMap((frame) => Array.from(frame.bytes.subarray(1)))]) };
}

function joinVehicleInfo(lines: readonly ReadFrame[]): { data: Uint8Array } | FrameProblem {
  const first = lines[0];
  if (!first) throw new Error("joinVehicleInfo needs a line");
  const short = lines.find((frame) => frame.bytes.length < 3);
  if (short) {
    return {
      kind: "MALFORMED_FRAME",
      ecu: short.ecu,
      line: short.line,
      detail: "a service 09 line without a line number",
    };
  }
  const ordered = [...lines].sort((a, b) => (a.bytes[2] ?? 0) - (b.bytes[2] ?? 0));
  const numbers = ordered.map((frame) => frame.bytes[2] ?? 0);
  if (numbers.some((number, index) => number !== index + 1)) {
    return {
      kind: "MISSING_FRAME",
      ecu: first.ecu,
      line: first.line,
      detail: `line numbers ${numbers.join(", ")}; expected 1 to ${numbers.length}`,
    };
  }
  const header = Array.from(first.bytes.subarray(0, 2));
  return { data: Uint8Array.from([...header, ...ordered.flatMap((frame) => Array.from(frame.bytes.subarray(3)))]) };
}
