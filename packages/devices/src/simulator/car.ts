import { encodeDtc } from "./codec";
import { type CarProfile, type EcuProfile } from "./profiles";

/** One ECU's mutable state: mode 04 clears its codes, as a real one would. */
export interface EcuState {
  readonly profile: EcuProfile;
  stored: string[];
  pending: string[] | undefined;
  permanent: string[] | undefined;
  mil: boolean;
  readiness: [number, number, number];
}

/** What one ECU sent back: one or more messages (service response bytes, no header, no PCI). */
export interface EcuAnswer {
  ecu: EcuState;
  messages: number[][];
}

/**
 * The car behind the adapter: its ECUs answer J1979 requests. Whether the bus can be
 * reached at all (ignition, protocol) is the chip's concern; this answers once it can.
 */
export class SimulatedCar {
  ignition: boolean;
  readonly ecus: EcuState[];

  constructor(profile: CarProfile) {
    this.ignition = profile.ignition;
    this.ecus = profile.ecus.map((ecu) => ({
      profile: ecu,
      stored: [...ecu.stored],
      pending: ecu.pending && [...ecu.pending],
      permanent: ecu.permanent && [...ecu.permanent],
      mil: ecu.mil,
      readiness: ecu.readiness ?? [0, 0, 0],
    }));
  }

  /** Each ECU that answers `request`; `can` picks the ISO 15765-4 message layouts. */
  respond(request: readonly number[], can: boolean, ecus: readonly EcuState[] = this.ecus): EcuAnswer[] {
    if (!this.ignition) return [];
    const answers: EcuAnswer[] = [];
    for (const ecu of ecus) {
      const messages = this.answer(ecu, request, can);
      if (messages.length > 0) answers.push({ ecu, messages });
    }
    return answers;
  }

  private answer(ecu: EcuState, request: readonly number[], can: boolean): number[][] {
    const [mode, pid] = request;
    if (mode === undefined) return [];
    switch (mode) {
      case 0x01:
        return request.length === 2 && pid !== undefined ? this.mode01(ecu, pid) : [];
      case 0x03:
        return request.length === 1 ? dtcMessages(0x43, ecu.stored, can) : [];
      case 0x07:
        return request.length === 1 && ecu.pending ? dtcMessages(0x47, ecu.pending, can) : [];
      case 0x0a:
        return request.length === 1 && ecu.permanent ? dtcMessages(0x4a, ecu.permanent, can) : [];
      case 0x04:
        if (request.length !== 1) return [];
        // A clear wipes stored and pending codes and the MIL and restarts the readiness
        // monitors; permanent codes stay until the ECU itself sees the fault gone.
        ecu.stored = [];
        if (ecu.pending) ecu.pending = [];
        ecu.mil = false;
        ecu.readiness = [ecu.readiness[0], ecu.readiness[1], ecu.readiness[1]];
        return [[0x44]];
      case 0x09:
        return request.length === 2 && pid !== undefined ? mode09(ecu, pid, can) : [];
      default:
        // ISO 15765-4 and J1979: an ECU stays silent to a functional request it does not support.
        return [];
    }
  }

  private mode01(ecu: EcuState, pid: number): number[][] {
    const supported = new Set([0x01, ...Object.keys(ecu.profile.pids).map(Number)]);
    if (pid % 0x20 === 0) {
      // PIDs 00, 20, 40...: a bitmap of the next 32, the last bit saying the next bitmap exists.
      if (pid !== 0 && ![...supported].some((p) => p > pid)) return [];
      return [[0x41, pid, ...bitmap(supported, pid)]];
    }
    if (pid === 0x01) {
      const [b, c, d] = ecu.readiness;
      return [[0x41, 0x01, (ecu.mil ? 0x80 : 0) | Math.min(ecu.stored.length, 0x7f), b, c, d]];
    }
    const data = ecu.profile.pids[pid];
    return data ? [[0x41, pid, ...data]] : [];
  }
}

function bitmap(supported: ReadonlySet<number>, base: number): number[] {
  let bits = 0;
  for (let n = 1; n <= 0x20; n++) {
    const pid = base + n;
    const present = n === 0x20 ? [...supported].some((p) => p > pid) : supported.has(pid);
    if (present) bits |= 1 << (0x20 - n);
  }
  return [(bits >>> 24) & 0xff, (bits >>> 16) & 0xff, (bits >>> 8) & 0xff, bits & 0xff];
}

/**
 * CAN: one message, the count byte then 2 bytes a code. Legacy buses: 3 codes a
 * message after the mode byte, padded with 00 00, no count (one all-zero message when none).
 */
function dtcMessages(service: number, codes: readonly string[], can: boolean): number[][] {
  const bytes = codes.flatMap(encodeDtc);
  if (can) return [[service, codes.length, ...bytes]];
  const messages: number[][] = [];
  for (let i = 0; i < Math.max(bytes.length, 1); i += 6) {
    const chunk = bytes.slice(i, i + 6);
    messages.push([service, ...chunk, ...Array<number>(6 - chunk.length).fill(0)]);
  }
  return messages;
}

function mode09(ecu: EcuState, pid: number, can: boolean): number[][] {
  const vin = ecu.profile.vin;
  if (!vin) return [];
  const ascii = [...vin].map((ch) => ch.charCodeAt(0));
  switch (pid) {
    case 0x00:
      // Supported: 02 (VIN), and 01 (its message count) on the legacy buses.
      return [[0x49, 0x00, can ? 0x40 : 0xc0, 0x00, 0x00, 0x00]];
    case 0x01:
      return can ? [] : [[0x49, 0x01, 0x05]];
    case 0x02: {
      if (can) return [[0x49, 0x02, 0x01, ...ascii]];
      // Legacy: 5 numbered messages of 4 bytes; 17 characters are padded in front with 3 zeros.
      const padded = [0, 0, 0, ...ascii];
      return [1, 2, 3, 4, 5].map((n) => [0x49, 0x02, n, ...padded.slice((n - 1) * 4, n * 4)]);
    }
    default:
      return [];
  }
}
