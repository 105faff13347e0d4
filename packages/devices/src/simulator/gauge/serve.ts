import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPtyLink, type PtyLink, type PtyPair, startPtyPair } from "../pty";
import { GaugeSimulator, type GaugeSimulatorOptions } from "./gauge";

export interface ServeGaugeOptions extends GaugeSimulatorOptions {
  /** Where socat makes its links (default a fresh temporary directory). */
  dir?: string;
  /** Start auto mode (the options' script) once served. */
  autoPlay?: boolean;
}

export interface ServedGauge {
  /** The path to give the driver (GAUGE_PORT). */
  driverPath: string;
  simulator: GaugeSimulator;
  readonly plugged: boolean;
  /** The cable out (or the SPP link down): the driver's side hangs up and the path disappears. */
  unplug(): Promise<void>;
  /** Back at the same path; the gauge kept its state (and went on measuring meanwhile). */
  replug(): Promise<void>;
  close(): Promise<void>;
}

/** The gauge simulator on the device side of a socat pty pair, as serveSimulator does for the ELM327. */
export async function serveGauge(options: ServeGaugeOptions): Promise<ServedGauge> {
  const { dir, autoPlay, ...simulatorOptions } = options;
  const simulator = new GaugeSimulator(simulatorOptions);
  const pairDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), "kiosk-gauge-"));
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
  if (autoPlay) void simulator.play();
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
      simulator.stop();
      await unplug();
      if (!dir) fs.rmSync(pairDir, { recursive: true, force: true });
    },
  };
}
