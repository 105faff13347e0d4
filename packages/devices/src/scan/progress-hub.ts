import { EventHub } from "@kiosk/core";
import type { ScanProgress, ScanView } from "./schemas";

/**
 * Scan progress by session, pushed to live subscriptions at once. The latest
 * step of each running scan is kept in memory (steps are not worth a write
 * each), so a screen that subscribes mid-scan starts from where the scan is.
 */
export class ScanProgressHub {
  private readonly hub = new EventHub<ScanView>();
  private readonly latestSteps = new Map<string, ScanProgress>();

  publish(scanId: string, sessionId: string, view: ScanView): void {
    if (view.state === "done" || view.state === "failed") this.latestSteps.delete(scanId);
    else this.latestSteps.set(scanId, view.progress);
    this.hub.publish(sessionId, view);
  }

  latest(scanId: string): ScanProgress | null {
    return this.latestSteps.get(scanId) ?? null;
  }

  subscribe(sessionId: string, signal: AbortSignal): AsyncGenerator<ScanView> {
    return this.hub.subscribe(sessionId, signal);
  }
}
