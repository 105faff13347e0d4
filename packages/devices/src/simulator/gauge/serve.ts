import { plugIntoPty, servedOver } from "../pty";
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
  const plugged = await plugIntoPty(simulator, { prefix: "kiosk-gauge", ...(dir ? { dir } : {}) });
  if (autoPlay) void simulator.play();
  return servedOver(plugged, simulator, () => simulator.stop());
}
