import type { Config } from "@kiosk/core";
import { EventHub, effectiveGaugeDriver, effectiveLockerDriver, effectiveObdDriver } from "@kiosk/core";
import {
  GaugeDevice,
  Locker,
  ObdAdapter,
  ScanProgressHub,
  serialLinkOpener,
  simulatedAdapter,
  simulatedGauge,
  simulatedLocker,
  simulatorProfiles,
  type DevicesDeps,
  type LinkOpener,
  type MeasurementEvent,
} from "@kiosk/devices";
import type { Logger } from "./logger";
import type { SharedDeps } from "./shared-deps";

/**
 * The kiosk's devices as the agent owns them: the OBD-II adapter, the
 * thickness gauge and the locker, each on the port config names (or its
 * simulator in process, or none); their health as `device_connected` and
 * their faults as `device_errors_total`.
 */
export function createDevicesDeps(
  config: Config,
  shared: SharedDeps,
  logger: Logger,
  shutdownSignal: AbortSignal,
): DevicesDeps {
  const { metrics } = shared;
  const watch = (device: "obd" | "gauge" | "locker", driver: string) => {
    // A configured device starts as down until it answers; `none` is not a device and has no gauge.
    if (driver !== "none") metrics.deviceConnected.set({ device }, 0);
    return {
      onStatus: (status: { ready: boolean; error: string | null }) => {
        metrics.deviceConnected.set({ device }, status.ready ? 1 : 0);
        if (status.ready) logger.info({ device, driver }, `${device} connected`);
        else logger.warn({ device, driver, code: status.error }, `${device} not ready`);
      },
      onError: (code: string, message: string) => {
        metrics.deviceErrors.inc({ device, code });
        logger.debug({ device, code, message }, `${device} fault`);
      },
    };
  };
  // Every series the alerts read exists from the start: `increase()` cannot see a counter born at 1.
  for (const device of ["obd", "gauge"] as const) metrics.devicesNotReturned.labels({ device }).inc(0);
  for (const substrate of ["steel", "aluminium", "unknown"] as const) {
    metrics.thicknessReadings.labels({ substrate }).inc(0);
  }
  const { obd: obdConfig, gauge: gaugeConfig, locker: lockerConfig } = config.devices;
  const obdDriver = effectiveObdDriver(config);
  const obd = new ObdAdapter({
    driver: obdDriver,
    opener: obdOpener(config, obdDriver),
    baudRate: obdConfig.baudRate,
    ...watch("obd", obdDriver),
  });
  const gaugeDriver = effectiveGaugeDriver(config);
  const gauge = new GaugeDevice({
    driver: gaugeDriver,
    opener: gaugeOpener(config, gaugeDriver),
    baudRate: gaugeConfig.baudRate,
    ...watch("gauge", gaugeDriver),
  });
  const lockerDriver = effectiveLockerDriver(config);
  const locker = new Locker({
    driver: lockerDriver,
    opener: lockerOpener(config, lockerDriver),
    board: lockerConfig.board,
    cells: lockerConfig.cellCount,
    ...watch("locker", lockerDriver),
    onDoors: (cells) => metrics.lockerDoorsOpen.set(cells.filter((cell) => cell.door === "open").length),
    onJam: (cell) => {
      metrics.lockerJams.inc();
      logger.error({ device: "locker", cell }, "a locker cell did not open: jammed");
    },
  });
  return {
    ...shared,
    obd,
    gauge,
    locker,
    lockerSettings: {
      cells: lockerConfig.cells,
      openTimeoutMs: lockerConfig.openTimeoutMs,
      returnTimeoutMs: lockerConfig.returnTimeoutMs,
    },
    thickness: { thresholds: config.reports.thresholds, requiredZones: gaugeConfig.requiredZones },
    progress: new ScanProgressHub(),
    measurementEvents: new EventHub<MeasurementEvent>(),
    scansUnderWay: new Map(),
    measurementsUnderWay: new Map(),
    returnsUnderWay: new Map(),
    handoutListeners: new Set(),
    requirePayment: config.reports.requirePayment,
    shutdownSignal,
    log: (error, context) => logger.warn({ err: error }, context),
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

function gaugeOpener(config: Config, driver: ReturnType<typeof effectiveGaugeDriver>): LinkOpener | null {
  switch (driver) {
    case "positector":
    case "elcometer":
    case "line":
      // The schema refuses a real gauge without a port.
      return serialLinkOpener(config.devices.gauge.port ?? "");
    case "simulator":
      return simulatedGauge({ intervalMs: config.devices.gauge.simulatorIntervalMs }).opener;
    case "none":
      return null;
  }
}

function lockerOpener(config: Config, driver: ReturnType<typeof effectiveLockerDriver>): LinkOpener | null {
  const { locker } = config.devices;
  switch (driver) {
    case "rs485":
      return serialLinkOpener(locker.port ?? "");
    case "simulator":
      return simulatedLocker({
        scenario: locker.simulatorScenario,
        board: locker.board,
        cells: locker.cellCount,
        closeAfterMs: locker.simulatorCloseAfterMs,
      }).opener;
    case "none":
      return null;
  }
}
