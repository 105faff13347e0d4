import type { Config } from "@kiosk/core";
import { effectiveObdDriver } from "@kiosk/core";
import {
  ObdAdapter,
  ScanProgressHub,
  serialLinkOpener,
  simulatedAdapter,
  simulatorProfiles,
  type DevicesDeps,
  type LinkOpener,
} from "@kiosk/devices";
import type { Logger } from "./logger";
import type { SharedDeps } from "./shared-deps";

/**
 * The kiosk's devices as the agent owns them: the OBD-II adapter on the port
 * config names (or the in-process simulator, or none), its health as the
 * `device_connected` gauge and its faults as `device_errors_total`.
 */
export function createDevicesDeps(
  config: Config,
  shared: SharedDeps,
  logger: Logger,
  shutdownSignal: AbortSignal,
): DevicesDeps {
  const driver = effectiveObdDriver(config);
  const { metrics } = shared;
  const obd = new ObdAdapter({
    driver,
    opener: obdOpener(config, driver),
    baudRate: config.devices.obd.baudRate,
    onStatus: (status) => {
      metrics.deviceConnected.set({ device: "obd" }, status.ready ? 1 : 0);
      if (status.ready) logger.info({ device: "obd", adapter: status.identity }, "OBD adapter connected");
      else logger.warn({ device: "obd", code: status.error }, "OBD adapter not ready");
    },
    onError: (code, message) => {
      metrics.deviceErrors.inc({ device: "obd", code });
      logger.debug({ device: "obd", code, message }, "OBD adapter fault");
    },
  });
  // A configured device starts as down until it answers; `none` is not a device and has no gauge.
  if (driver !== "none") metrics.deviceConnected.set({ device: "obd" }, 0);
  return {
    ...shared,
    obd,
    progress: new ScanProgressHub(),
    scansUnderWay: new Map(),
    requirePayment: config.reports.requirePayment,
    shutdownSignal,
    log: (error) => logger.warn({ err: error }, "OBD-II scan failed"),
  };
}

function obdOpener(config: Config, driver: ReturnType<typeof effectiveObdDriver>): LinkOpener | null {
  switch (driver) {
    case "elm327":
      // The schema refuses elm327 without a port.
      return serialLinkOpener(config.devices.obd.port ?? "");
    case "simulator":
      return simulatedAdapter(simulatorProfiles[config.devices.obd.simulatorProfile]).opener;
    case "none":
      return null;
  }
}
