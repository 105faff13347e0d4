import { startPolling, type Clock, type Config, type Worker } from "@kiosk/core";
import { deferFleetEvents, dueFleetEvents, markFleetEventsSent, type Db } from "@kiosk/db";

export interface FleetWorkerDeps {
  db: Db;
  clock: Clock;
  config: Config["fleet"] & { url: string; token: string };
  version: string;
  random?: () => number;
}

/** The wait before the next try: doubling from a second, capped, with ±20 % jitter so a fleet does not retry in step. */
export function fleetRetryDelay(attempts: number, maxDelayMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxDelayMs, 1_000 * 2 ** Math.min(attempts, 20));
  return Math.round(base * (0.8 + random() * 0.4));
}

/**
 * Pushes the fleet outbox to the backoffice, oldest first, a batch at a time,
 * until it is empty or the backoffice fails (then the batch waits its backoff).
 * A customer never waits on this: it runs on its own timer, and the backlog is
 * in SQLite, so a restart or a week offline loses nothing.
 */
export async function pushFleetEvents(deps: FleetWorkerDeps, signal?: AbortSignal): Promise<number> {
  let sent = 0;
  const endpoint = `${deps.config.url.replace(/\/+$/, "")}/api/ingest`;
  for (;;) {
    if (signal?.aborted) return sent;
    const batch = dueFleetEvents(deps.db, deps.clock.now(), deps.config.batchSize);
    if (batch.length === 0) return sent;
    const seqs = batch.map((row) => row.seq);
    try {
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${deps.config.token}` },
        body: JSON.stringify({
          kioskId: deps.config.kioskId,
          version: deps.version,
          events: batch.map((row) => ({
            eventId: row.eventId,
            event: row.event,
            entityType: row.entityType,
            entityId: row.entityId,
            at: row.at,
            payload: row.payload,
          })),
        }),
        signal: AbortSignal.timeout(deps.config.timeoutMs),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`the backoffice answered ${response.status}`);
    } catch (error) {
      const attempts = batch[0]?.attempts ?? 0;
      deferFleetEvents(
        deps.db,
        seqs,
        deps.clock.now() + fleetRetryDelay(attempts, deps.config.maxDelayMs, deps.random),
      );
      throw error;
    }
    markFleetEventsSent(deps.db, seqs, deps.clock.now());
    sent += batch.length;
  }
}

export const startFleetWorker = (deps: FleetWorkerDeps, onError: (error: unknown) => void): Worker =>
  startPolling((signal) => pushFleetEvents(deps, signal), deps.config.tickMs, onError);
