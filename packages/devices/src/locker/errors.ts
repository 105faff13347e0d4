import { faultOf, type DeviceErrorCode } from "../errors";

/**
 * The locker's own fault codes, in the shape of errors.ts's deviceErrorCodes.
 * They belong in that list (and LockerError is then a DeviceError); they are
 * kept apart here only because this change could not edit errors.ts. Until
 * they are merged, `lockerFaultOf` is faultOf that knows them.
 *
 * The locker also fails with the shared codes: NO_ADAPTER (the port does not
 * open), ADAPTER_TIMEOUT (the board does not answer), UNPLUGGED (the USB
 * RS-485 adapter was pulled).
 */
export const lockerErrorCodes = [
  /** The door sensor did not show the cell open within the configured time after the pulse. */
  "LOCKER_JAMMED",
  /**
   * The board answers, but its frames keep failing the checksum: noise on the
   * RS-485 pair, a missing terminator, two boards at one address, or a wrong baud rate.
   */
  "LOCKER_GARBLED",
] as const;

export type LockerErrorCode = (typeof lockerErrorCodes)[number];

/** Any code a locker operation or the locker's status can carry. */
export type LockerFaultCode = DeviceErrorCode | LockerErrorCode;

export class LockerError extends Error {
  override readonly name = "LockerError";

  constructor(
    readonly code: LockerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface LockerFault {
  code: LockerFaultCode;
  message: string;
}

/** faultOf, knowing the locker's codes. */
export function lockerFaultOf(error: unknown): LockerFault {
  if (error instanceof LockerError) return { code: error.code, message: error.message };
  return faultOf(error);
}
