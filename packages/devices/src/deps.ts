import type { Clock, IdGenerator } from "@kiosk/core";
import type { Actor, Audit, Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { ObdAdapter } from "./obd-adapter";
import type { ScanProgressHub } from "./scan/progress-hub";

/** What every device verb needs; built once by the agent (which owns the ports), directly by tests. */
export interface DevicesDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  metrics: Metrics;
  audit: Audit;
  obd: ObdAdapter;
  progress: ScanProgressHub;
  /** `reports.requirePayment`: a scan, like a report, needs a confirmed payment. */
  requirePayment: boolean;
  /** Aborted when the agent stops, so a scan waiting for the adapter gives up. */
  shutdownSignal: AbortSignal;
  /** The scans running in this process, by scan id: what a new customer's scan, a session's end or a shutdown stops. */
  scansUnderWay: Map<string, { sessionId: string; controller: AbortController; done: Promise<void> }>;
  /** Where a failed scan's cause goes (the agent's logger). */
  log?: (error: unknown) => void;
}

/** A device verb's `ctx`: the deps, and who is calling. */
export interface DevicesCtx {
  deps: DevicesDeps;
  actor: Actor;
}
