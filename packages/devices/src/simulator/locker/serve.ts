import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPtyLink, type PtyLink, type PtyPair, startPtyPair } from "../pty";
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
  const pairDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-locker-"));
  let pair: PtyPair | null = null;
  let link: PtyLink | null = null;
  let unplugging: Promise<void> | null = null;
  const plug = async (): Promise<PtyPair> => {
    const started = await startPtyPair({ dir: pairDir });
    pair = started;
    link = openPtyLink(started.devicePath);
    simulator.attach(link);
    unplugging = null;
    return started;
  };
  const unplug = (): Promise<void> =>
    (unplugging ??= (async () => {
      const current = pair;
      simulator.detach();
      await link?.close();
      link = null;
      await current?.close();
    })());
  const { driverPath } = await plug();
  return {
    driverPath,
    simulator,
    get plugged() {
      return link !== null;
    },
    unplug,
    replug: async () => {
      if (link) await unplug();
      await plug();
    },
    close: async () => {
      simulator.dispose();
      await unplug();
      if (!dir) fs.rmSync(pairDir, { recursive: true, force: true });
    },
  };
}
