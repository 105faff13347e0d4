import { decodeDtcAnswer, decodeMonitorStatus, decodeVin, type EcuMessage } from "../obd";
import { protocolNames } from "../elm327/protocols";
import type { Elm327 } from "../elm327/driver";
import { DeviceError } from "../errors";

/** One ECU's trouble codes by kind (SAE J1979 services 03, 07 and 0A). */
export interface EcuCodes {
  /** The answering header: "7E8" on CAN 11-bit, "18DAF110" on 29-bit, "10" on the legacy buses. */
  address: string;
  stored: string[];
  pending: string[];
  permanent: string[];
}

/** What the car said. */
export interface VehicleReading {
  protocol: string;
  vin: string | null;
  mil: boolean;
  batteryVolts: number;
  ecus: EcuCodes[];
}

/** Where a scan is, for the customer's progress screen. */
export type ScanStep =
  | { step: "connecting" }
  | { step: "protocol"; protocol: string; ecus: number }
  | { step: "reading"; service: ReadService; index: number; of: number; ecus: number };

export type ReadService = "status" | "stored" | "pending" | "permanent" | "vin";

/** The services read, in order, after the protocol is found. Mode 04 is not among them, ever. */
const services: ReadonlyArray<{ service: ReadService; request: string }> = [
  { service: "status", request: "0101" },
  { service: "stored", request: "03" },
  { service: "pending", request: "07" },
  { service: "permanent", request: "0A" },
  { service: "vin", request: "0902" },
];

/**
 * Reads a car through an open adapter: its battery (a low one means no car),
 * the protocol, then the MIL, the three kinds of trouble codes from every ECU
 * that answered, and the VIN. Requests go to all ECUs at once (functional
 * addressing) and the answers are told apart by their headers.
 */
export async function readVehicle(
  elm: Elm327,
  report: (step: ScanStep) => void,
  signal?: AbortSignal,
): Promise<VehicleReading> {
  signal?.throwIfAborted();
  const batteryVolts = await elm.batteryVolts();
  signal?.throwIfAborted();
  report({ step: "connecting" });
  const { protocol, ecus: answered } = await elm.connectVehicle();
  const addresses = [...new Set(answered.map((message) => message.ecu))];
  report({ step: "protocol", protocol: protocolNames[protocol], ecus: addresses.length });
  const byEcu = new Map<string, EcuCodes>(
    addresses.map((address) => [address, { address, stored: [], pending: [], permanent: [] }]),
  );
  const codesOf = (address: string) => {
    let ecu = byEcu.get(address);
    if (!ecu) byEcu.set(address, (ecu = { address, stored: [], pending: [], permanent: [] }));
    return ecu;
  };
  let mil = false;
  let vin: string | null = null;
  for (const [index, { service, request }] of services.entries()) {
    signal?.throwIfAborted();
    report({ step: "reading", service, index: index + 1, of: services.length, ecus: byEcu.size });
    const answers = answering(await elm.request(request), request);
    for (const message of answers) {
      if (service === "status") mil ||= monitorStatusOf(message);
      else if (service === "vin") vin ??= decodeVin(message.data);
      else codesOf(message.ecu)[service].push(...decodeDtcAnswer(message.data, protocol));
    }
  }
  return {
    protocol: protocolNames[protocol],
    vin,
    mil,
    batteryVolts,
    ecus: [...byEcu.values()].sort((a, b) => a.address.localeCompare(b.address)),
  };
}

/**
 * Only answers to this request: the service byte is the request's plus 0x40
 * (SAE J1979), or 0x7F, a negative answer (an older car refusing service 0A).
 * Anything else is a stale answer that slipped past a resync: the scan fails
 * rather than file codes under the wrong kind.
 */
function answering(messages: EcuMessage[], request: string): EcuMessage[] {
  const expected = parseInt(request.slice(0, 2), 16) + 0x40;
  for (const message of messages) {
    const service = message.data[0];
    if (service !== expected && service !== 0x7f) {
      throw new DeviceError(
        "BUS_ERROR",
        `ECU ${message.ecu} answered ${request} with service ${service?.toString(16) ?? "none"}`,
      );
    }
  }
  return messages.filter((message) => message.data[0] === expected);
}

function monitorStatusOf(message: EcuMessage): boolean {
  const status = decodeMonitorStatus(message.data);
  if (!status) throw new DeviceError("BUS_ERROR", `ECU ${message.ecu} sent an unreadable 01 01 answer`);
  return status.mil;
}

export type { EcuMessage };
