import type { Dtc, ScanResult, VehicleType } from "../visit/machine";

/** How far a scan is, for the progress screen. */
export interface ScanProgress {
  /** 0 to 1. */
  fraction: number;
  /** What the device is doing now, in Russian: "Опрос блока ABS", "Зона 12 из 51: капот". */
  activity: string;
}

/**
 * The measuring hardware as the UI sees it. The DEV build simulates both; a real
 * driver replaces only the implementation behind this interface.
 */
export interface Devices {
  diagnostics: {
    scan(
      onProgress: (progress: ScanProgress) => void,
      signal: AbortSignal,
    ): Promise<{ dtcCodes: Dtc[]; scanDurationSeconds: number }>;
  };
  thickness: {
    measure(
      vehicleType: VehicleType,
      onProgress: (progress: ScanProgress) => void,
      signal: AbortSignal,
    ): Promise<Array<{ zone: string; valueUm: number }>>;
  };
}

export type { ScanResult };
