import { LinkLostError } from "./link";

/**
 * What can go wrong with a device, as the customer's screen and the operator's
 * alert name it. Stable codes: the kiosk UI, the scans table, the API and the
 * `device_errors_total{code}` label all carry them.
 */
export const deviceErrorCodes = [
  /** Nothing answers on the port: no adapter, a wrong port, or it is not powered. */
  "NO_ADAPTER",
  /** The adapter answers but reads a low voltage: it is not plugged into a car. */
  "NO_VEHICLE",
  /** The adapter is in a car but no ECU answers: the ignition is off (or no protocol fits). */
  "IGNITION_OFF",
  /** The adapter stopped answering in the middle of a step. */
  "ADAPTER_TIMEOUT",
  /** The port went away (a USB cable pulled, a Bluetooth link dropped). */
  "UNPLUGGED",
  /** The car's bus reported an error (CAN ERROR, BUS ERROR, BUS INIT ERROR, BUFFER FULL), or an answer made no sense. */
  "BUS_ERROR",
  /** The scan was stopped, not failed: the agent shut down, or its session ended or gave way to another. */
  "INTERRUPTED",
  /** The locker's door sensor did not show the cell open within `devices.locker.openTimeoutMs` of the pulse. */
  "LOCKER_JAMMED",
  /**
   * The locker board answers, but its frames keep failing the checksum: noise on
   * the RS-485 pair, a missing terminator, two boards at one address, or a wrong baud rate.
   */
  "LOCKER_GARBLED",
  /**
   * The last customer's device is not back in its cell (or its cell jammed): the
   * service is off sale until an operator opens the cell and sees to it.
   */
  "DEVICE_NOT_RETURNED",
] as const;

export type DeviceErrorCode = (typeof deviceErrorCodes)[number];

export class DeviceError extends Error {
  override readonly name = "DeviceError";

  constructor(
    readonly code: DeviceErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The error a scan ends with, as stored and shown: a code and a sentence. */
export interface DeviceFault {
  code: DeviceErrorCode;
  message: string;
}

/**
 * The fault a failed step ends with. A lost link is an unplug; anything else the
 * driver did not foresee reads to the customer as the adapter not answering (the
 * log keeps the cause), so a scan always ends with a code the screen knows.
 */
export function faultOf(error: unknown): DeviceFault {
  if (error instanceof DeviceError) return { code: error.code, message: error.message };
  if (error instanceof LinkLostError) return { code: "UNPLUGGED", message: "the adapter's port went away" };
  return { code: "ADAPTER_TIMEOUT", message: "the adapter's answer was not understood" };
}

/**
 * Why work on a device ended: what it threw, unless it was stopped on purpose,
 * then the reason given (another session's start, the session's end) or the
 * agent's own shutdown (its signal carries a plain AbortError).
 */
export function stopCause(error: unknown, signal: AbortSignal): unknown {
  if (!signal.aborted) return error;
  return signal.reason instanceof DeviceError
    ? signal.reason
    : new DeviceError("INTERRUPTED", "the agent is shutting down");
}

/** Faults that are the customer's situation or a stop on purpose, not the device's: they page nobody. */
export const isDeviceFault = (code: DeviceErrorCode) =>
  code !== "NO_VEHICLE" && code !== "IGNITION_OFF" && code !== "INTERRUPTED";
