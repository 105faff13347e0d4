import type { Catalog } from "../api";
import { simulatedDevices } from "./simulated";
import type { Devices } from "./types";

/** No driver for real hardware exists yet: in PROD a scan reports the device missing instead of inventing data. */
const notConnected: Devices = {
  diagnostics: { scan: () => Promise.reject(new Error("no OBD-II adapter driver is installed")) },
  thickness: { measure: () => Promise.reject(new Error("no thickness gauge driver is installed")) },
};

/** The devices this kiosk measures with: simulated in DEV, the real drivers (once they exist) in PROD. */
export const devicesFor = (catalog: Catalog): Devices =>
  catalog.environment === "DEV" ? simulatedDevices(catalog.kiosk.simulatedScanMs) : notConnected;
