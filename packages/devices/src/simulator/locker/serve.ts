import { plugIntoPty, servedOver } from "../pty";
import { type LockerBoardOptions, LockerBoardSimulator } from "./board";

export interface ServeLockerOptions extends LockerBoardOptions {
  /** Where socat makes its links (default a fresh temporary directory). */
  dir?: string;
}

export interface ServedLocker {
  /** The path to give the driver (LOCKER_PORT). */
  driverPath: string;
  simulator: LockerBoardSimulator;
  readonly plugged: boolean;
  /** The USB RS-485 adapter pulled out: the driver's side hangs up and the path disappears. */
  unplug(): Promise<void>;
  /** Back at the same path; the board and its doors kept their state. */
  replug(): Promise<void>;
  close(): Promise<void>;
}

/** The locker board on the device side of a socat pty pair, as serveSimulator does for the ELM327. */
export async function serveLocker(options: ServeLockerOptions = {}): Promise<ServedLocker> {
  const { dir, ...boardOptions } = options;
  const simulator = new LockerBoardSimulator(boardOptions);
  const plugged = await plugIntoPty(simulator, { prefix: "kiosk-locker", ...(dir ? { dir } : {}) });
  return servedOver(plugged, simulator, () => simulator.dispose());
}
