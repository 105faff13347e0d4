import type { Clock, EventHub, IdGenerator, SubstrateThresholds } from "@kiosk/core";
import type { Actor, Audit, Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { GaugeDevice } from "./gauge/device";
import type { HandedDevice } from "./handout/schemas";
import type { Locker } from "./locker/locker";
import type { MeasurementEvent } from "./measurement/schemas";
import type { ObdAdapter } from "./obd-adapter";
import type { ScanProgressHub } from "./scan/progress-hub";

/** Work a device verb left running in this process: what a new customer's visit, a session's end or a shutdown stops. */
export interface UnderWay {
  sessionId: string;
  controller: AbortController;
  done: Promise<void>;
}

/** What every device verb needs; built once by the agent (which owns the ports), directly by tests. */
export interface DevicesDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  metrics: Metrics;
  audit: Audit;
  obd: ObdAdapter;
  gauge: GaugeDevice;
  locker: Locker;
  /** `devices.locker`: which cell holds each device, and how long a door has to open and to close again. */
  lockerSettings: { cells: Record<HandedDevice, number>; openTimeoutMs: number; returnTimeoutMs: number };
  /** `reports.thresholds` and `devices.gauge.requiredZones`: the verdict of each reading, and when a visit may finish. */
  thickness: { thresholds: SubstrateThresholds; requiredZones: "all" | readonly string[] };
  progress: ScanProgressHub;
  /** Each measurement's changes, by session id, for `devices.measurement.onReading`. */
  measurementEvents: EventHub<MeasurementEvent>;
  /** `reports.requirePayment`: a scan or a measurement, like a report, needs a confirmed payment. */
  requirePayment: boolean;
  /** Aborted when the agent stops, so a scan waiting for the adapter gives up. */
  shutdownSignal: AbortSignal;
  /** The scans running in this process, by scan id. */
  scansUnderWay: Map<string, UnderWay>;
  /** The measurements waiting for their cell or gauge in this process, by measurement id. */
  measurementsUnderWay: Map<string, UnderWay>;
  /** The returns being watched (a door to close), by handout id. */
  returnsUnderWay: Map<string, Omit<UnderWay, "sessionId">>;
  /** Told of every handout's change: the services' sellability watchers (readiness.ts). */
  handoutListeners: Set<() => void>;
  /** Where a device's failure goes (the agent's logger), with what was being done. */
  log?: (error: unknown, context: string) => void;
}

/** A device verb's `ctx`: the deps, and who is calling. */
export interface DevicesCtx {
  deps: DevicesDeps;
  actor: Actor;
}
