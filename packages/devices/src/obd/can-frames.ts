import { compactHex, hexToBytes } from "./hex";
import { isResponsePending } from "./service-response";
import type { EcuMessage, FrameProblem, ReadFrame } from "./types";

/** ISO 15765-2 protocol control information: the high nibble of a frame's first data byte. */
const SINGLE_FRAME = 0x0;
const FIRST_FRAME = 0x1;
const CONSECUTIVE_FRAME = 0x2;
const FLOW_CONTROL = 0x3;

/** A classic CAN frame carries at most 8 data bytes (the PCI among them). */
const MAX_CAN_DATA = 8;

/**
 * One line of a CAN answer with headers on: the identifier (3 hex digits for
 * 11-bit, 8 for 29-bit, e.g. `18 DA F1 10`), then the frame's data bytes,
 * PCI first. The ECU is named by the whole identifier as printed.
 */
export function readCanFrame(line: string, idBits: 11 | 29): ReadFrame | FrameProblem {
  const digits = compactHex(line);
  const headerDigits = idBits === 11 ? 3 : 8;
  const malformed = (ecu: string | null, detail: string): FrameProblem => ({
    kind: "MALFORMED_FRAME",
    ecu,
    line,
    detail,
  });
  if (digits === null) return malformed(null, "not hex");
  if (digits.length < headerDigits + 2)
    return malformed(null, `shorter than the ${headerDigits}-digit header and a PCI byte`);
  const ecu = digits.slice(0, headerDigits);
  const bytes = hexToBytes(digits.slice(headerDigits));
  if (bytes === null) return malformed(ecu, "an odd number of hex digits after the header");
  if (bytes.length > MAX_CAN_DATA) return malformed(ecu, `${bytes.length} data bytes; a CAN frame carries 8`);
  return { ecu, line, bytes };
}

interface Assembly {
  line: string;
  total: number;
  data: number[];
  nextSequence: number;
}

/**
 * Reassembles ISO 15765-2 (ISO-TP) messages, each ECU on its own: frames of
 * several ECUs interleave on the bus, but one ECU's frames arrive in order
 * (CAN delivers one identifier's frames in sequence), so a sequence number
 * other than the next one is a lost frame and the message is dropped, never
 * patched. The ELM sends the flow control itself; it is not in the answer.
 */
export function assembleCanMessages(frames: readonly ReadFrame[]): {
  messages: EcuMessage[];
  problems: FrameProblem[];
} {
  const messages: EcuMessage[] = [];
  const problems: FrameProblem[] = [];
  /** null: between messages; "broken": the rest of a dropped message's frames are skipped quietly. */
  const pending = new Map<string, Assembly | "broken" | null>();

  const emit = (ecu: string, data: Uint8Array) => {
    if (!isResponsePending(data)) messages.push({ ecu, data });
  };
  const abandonPending = (ecu: string) => {
    const assembly = pending.get(ecu);
    if (assembly && assembly !== "broken") {
      problems.push({
        kind: "INCOMPLETE_MESSAGE",
        ecu,
        line: assembly.line,
        detail: `a new message began after ${assembly.data.length} of ${assembly.total} bytes`,
      });
    }
    pending.set(ecu, null);
  };

  for (const { ecu, line, bytes } of frames) {
    const pci = bytes[0] ?? 0;
    const type = pci >> 4;
    if (type === SINGLE_FRAME) {
      abandonPending(ecu);
      const length = pci & 0x0f;
      if (length === 0 || length > MAX_CAN_DATA - 1 || length > bytes.length - 1) {
        problems.push({
          kind: "MALFORMED_FRAME",
          ecu,
          line,
          detail: `single frame of length ${length} with ${bytes.length - 1} bytes after the PCI`,
        });
        continue;
      }
      // Bytes past the length are the ECU's padding (ISO 15765-4 pads every frame to 8 bytes).
      emit(ecu, bytes.slice(1, 1 + length));
    } else if (type === FIRST_FRAME) {
      abandonPending(ecu);
      const total = ((pci & 0x0f) << 8) | (bytes[1] ?? 0);
      if (bytes.length < 2 || total === 0) {
        // A zero length escapes to a 32-bit length (ISO 15765-2:2016), which no OBD answer needs.
        problems.push({ kind: "MALFORMED_FRAME", ecu, line, detail: "first frame without a 12-bit length" });
        continue;
      }
      const data = Array.from(bytes.slice(2));
      if (data.length >= total) emit(ecu, Uint8Array.from(data.slice(0, total)));
      else pending.set(ecu, { line, total, data, nextSequence: 1 });
    } else if (type === CONSECUTIVE_FRAME) {
      const assembly = pending.get(ecu);
      if (assembly === "broken") continue;
      if (!assembly) {
        problems.push({ kind: "UNEXPECTED_FRAME", ecu, line, detail: "a consecutive frame with no first frame" });
        continue;
      }
      const sequence = pci & 0x0f;
      if (sequence !== assembly.nextSequence) {
        problems.push({
          kind: "MISSING_FRAME",
          ecu,
          line: assembly.line,
          detail: `expected consecutive frame ${assembly.nextSequence.toString(16).toUpperCase()}, got ${sequence.toString(16).toUpperCase()} (${line})`,
        });
        pending.set(ecu, "broken");
        continue;
      }
      assembly.data.push(...bytes.slice(1));
      // After 2F the sequence number wraps to 20, not 21.
      assembly.nextSequence = (assembly.nextSequence + 1) & 0x0f;
      if (assembly.data.length >= assembly.total) {
        emit(ecu, Uint8Array.from(assembly.data.slice(0, assembly.total)));
        pending.set(ecu, null);
      }
    } else {
      const what = type === FLOW_CONTROL ? "a flow control frame" : `unknown PCI type ${type}`;
      problems.push({ kind: "MALFORMED_FRAME", ecu, line, detail: what });
    }
  }

  for (const [ecu, assembly] of pending) {
    if (assembly && assembly !== "broken") {
      problems.push({
        kind: "INCOMPLETE_MESSAGE",
        ecu,
        line: assembly.line,
        detail: `the answer ended after ${assembly.data.length} of ${assembly.total} bytes`,
      });
    }
  }
  return { messages, problems };
}
