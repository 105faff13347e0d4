import { type EcuAnswer } from "./car";
import { hexBytes, isoTpFrames, j1850Crc, sumChecksum } from "./codec";
import { is29Bit, isCan } from "./profiles";

export interface FormatSettings {
  headers: boolean;
  spaces: boolean;
  /** CAN Auto Formatting (AT CAF): hide the PCI bytes and number multi-frame lines. */
  caf: boolean;
}

/**
 * The lines the chip prints for the ECUs' answers, as the datasheet's "OBD Message
 * Formats", "Setting the Headers" and "Multiline Responses" show them:
 * - CAN, headers on: the ID (`7E8`, or `18 DA F1 10`) and all 8 bytes of each frame,
 *   PCI and padding included (`7E8 06 41 00 BE 3F B8 13 00`);
 * - CAN, headers off, CAF1: a single frame's data without PCI or padding; a multi-frame
 *   message as its length (3 hex digits) then `0: ` + the first frame's 6 bytes and
 *   `1: `... + each consecutive frame's 7 (the sequence digit, padding left in);
 * - CAN with CAF0: each frame's 8 bytes raw;
 * - legacy buses: 3 header bytes, the data, the checksum (headers on), or the data alone.
 * With `interleave`, several ECUs' frames alternate as they would on the bus.
 */
export function formatAnswers(
  protocol: number,
  answers: readonly EcuAnswer[],
  settings: FormatSettings,
  interleave: boolean,
): string[] {
  const perEcu = answers.map((answer) =>
    isCan(protocol) ? canLines(protocol, answer, settings) : legacyLines(protocol, answer, settings),
  );
  if (!interleave) return perEcu.flat().flat();
  const lines: string[] = [];
  for (let i = 0; perEcu.some((frames) => i < frames.length); i++) {
    for (const frames of perEcu) lines.push(...(frames[i] ?? []));
  }
  return lines;
}

/** Each frame's printed lines (a first frame with headers off prints two). */
function canLines(protocol: number, answer: EcuAnswer, s: FormatSettings): string[][] {
  const address = answer.ecu.profile.address;
  const header = is29Bit(protocol)
    ? hexBytes([0x18, 0xda, 0xf1, address & 0xff], s.spaces)
    : (address & 0x7ff).toString(16).toUpperCase().padStart(3, "0");
  const sep = s.spaces ? " " : "";
  const frames = answer.messages.flatMap((message) => isoTpFrames(message, answer.ecu.profile.padding ?? 0));
  return frames.map((frame) => {
    if (s.headers) return [header + sep + hexBytes(frame.payload, s.spaces)];
    if (!s.caf) return [hexBytes(frame.payload, s.spaces)];
    switch (frame.kind) {
      case "single":
        return [hexBytes(frame.data, s.spaces)];
      case "first":
        return [frame.length.toString(16).toUpperCase().padStart(3, "0"), `0:${sep}${hexBytes(frame.data, s.spaces)}`];
      case "consecutive":
        return [`${frame.sequence.toString(16).toUpperCase()}:${sep}${hexBytes(frame.data, s.spaces)}`];
    }
  });
}

function legacyLines(protocol: number, answer: EcuAnswer, s: FormatSettings): string[][] {
  const source = answer.ecu.profile.address;
  return answer.messages.map((data) => {
    if (!s.headers) return [hexBytes(data, s.spaces)];
    const header = legacyHeader(protocol, source, data.length);
    const bytes = [...header, ...data];
    const check = protocol <= 2 ? j1850Crc(bytes) : sumChecksum(bytes);
    return [hexBytes([...bytes, check], s.spaces)];
  });
}

/** Response headers: priority/type, target (6B: the tester, or F1 on KWP), source. */
function legacyHeader(protocol: number, source: number, length: number): number[] {
  switch (protocol) {
    case 1:
      return [0x41, 0x6b, source];
    case 4:
    case 5:
      // ISO 14230: format byte 10LLLLLL (physical addressing, data length), target F1 (the tester).
      return [0x80 | length, 0xf1, source];
    default:
      return [0x48, 0x6b, source];
  }
}
