import type { Catalog } from "../api";
import { simulatedDevices } from "./simulated";
import type { Devices } from "./types";

/** No driver for a real gauge exists yet: in PROD a measurement reports the device missing instead of inventing data. */
const notConnected: Devices = {
  thickness: { measure: () => Promise.reject(new Error("no thickness gauge driver is installed")) },
};

/** The gauge this screen measures with: simulated in DEV, the real driver (once it exists) in PROD. */
export const devicesFor = (environment: Catalog["environment"], simulatedScanMs: number): Devices =>
  environment === "DEV" ? simulatedDevices(simulatedScanMs) : notConnected;
