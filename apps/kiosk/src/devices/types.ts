import type { VehicleType } from "../visit/machine";

/** How far a measurement is, for the progress screen. */
export interface ScanProgress {
  /** 0 to 1. */
  fraction: number;
  /** What the device is doing now, in Russian: "Точка 12 из 45: Капот, центр". */
  activity: string;
}

/**
 * The measuring hardware the screen itself still drives: the paint thickness gauge
 * (simulated in DEV). The OBD-II adapter is the agent's (devices.scan.*), not the page's.
 */
export interface Devices {
  thickness: {
    measure(
      vehicleType: VehicleType,
      onProgress: (progress: ScanProgress) => void,
      signal: AbortSignal,
    ): Promise<Array<{ zone: string; valueUm: number }>>;
  };
}
