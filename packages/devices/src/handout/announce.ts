import { measurements } from "@kiosk/db";
import { eq } from "drizzle-orm";
import type { DevicesDeps } from "../deps";
import { publish } from "../measurement/service";
import { latestScan, toScanView } from "../scan/service";
import { isFinished } from "../scan/state";
import type { HandedDevice } from "./schemas";

/**
 * A handout changed: the session's scan or measurement view is published
 * again (it carries the handout, so the screen follows the locker whoever
 * moved it: the visit, a return resumed after a restart, the housekeeping),
 * and whoever watches the locker's sellability is told.
 */
export function announceHandout(deps: DevicesDeps, sessionId: string, device: HandedDevice): void {
  for (const listener of [...deps.handoutListeners]) listener();
  try {
    if (device === "obd") {
      const scan = latestScan(deps.db, sessionId);
      // A finished scan's step is its state's; a running one's is the last it published.
      const step = isFinished(scan?.state ?? "done") ? null : deps.progress.latest(scan?.id ?? "");
      if (scan) deps.progress.publish(scan.id, sessionId, toScanView(deps, scan, step));
      return;
    }
    const measurement = deps.db.select().from(measurements).where(eq(measurements.sessionId, sessionId)).get();
    if (measurement) publish(deps, measurement, null, null);
  } catch (error) {
    deps.log?.(error, "publishing a handout's change failed");
  }
}
