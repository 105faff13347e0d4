import { startPolling, type Clock, type Config, type Worker } from "@kiosk/core";
import { deferFleetEvents, dueFleetEvents, markFleetEventsSent, refuseFleetEvents, type Db } from "@kiosk/db";
import { ingestAnswer, type FleetEvent, type IngestAnswer, type IngestRequest } from "@kiosk/fleet-contract";
import type { ReportingDeps } from "@kiosk/reporting";
import { pushReportUploads } from "./report-uploads";

export interface FleetWorkerDeps {
  db: Db;
  clock: Clock;
  config: Config["fleet"] & { url: string; token: string };
  version: string;
  random?: () => number;
  /** Told of each event the backoffice refused (it is set aside, the rest go on). */
  onRefused?: (refused: IngestAnswer["refused"][number] & { event: string }) => void;
  /** Told of each report upload the backoffice refused for good (the report goes without a link). */
  onUploadRefused?: (reportId: string, reason: string) => void;
}

/** The wait before the next try: doubling from a second, capped, with ±20 % jitter so a fleet does not retry in step. */
export function fleetRetryDelay(attempts: number, maxDelayMs: number, random: () => number = Math.random): number {
  const base = Math.min(maxDelayMs, 1_000 * 2 ** Math.min(attempts, 20));
  return Math.round(base * (0.8 + random() * 0.4));
}

type OutboxRow = ReturnType<typeof dueFleetEvents>[number];

/** The outbox row as the contract sends it; the backoffice checks it again, event by event. */
const toEvent = (row: OutboxRow) =>
  ({
    eventId: row.eventId,
    event: row.event,
    entityType: row.entityType,
    entityId: row.entityId,
    at: row.at,
    payload: row.payload,
  }) as FleetEvent;

async function postBatch(deps: FleetWorkerDeps, batch: OutboxRow[]): Promise<IngestAnswer> {
  const request: IngestRequest = { kioskId: deps.config.kioskId, version: deps.version, events: batch.map(toEvent) };
  const response = await fetch(`${deps.config.url.replace(/\/+$/, "")}/api/ingest`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${deps.config.token}` },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(deps.config.timeoutMs),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`the backoffice answered ${response.status}`);
  }
  return ingestAnswer.parse(await response.json());
}

/**
 * Pushes the fleet outbox to the backoffice, oldest first, a batch at a time,
 * until it is empty or the backoffice fails (then the stream waits its backoff:
 * nothing newer overtakes). An event the backoffice refuses is set aside for an
 * operator and the rest are sent, so one bad event never silences a kiosk. A
 * customer never waits on this: it runs on its own timer, and the backlog is in
 * SQLite, so a restart or a week offline loses nothing.
 */
export async function pushFleetEvents(deps: FleetWorkerDeps, signal?: AbortSignal): Promise<number> {
  let sent = 0;
  for (;;) {
    if (signal?.aborted) return sent;
    const batch = dueFleetEvents(deps.db, deps.clock.now(), deps.config.batchSize);
    if (batch.length === 0) return sent;
    let answer: IngestAnswer;
    try {
      answer = await postBatch(deps, batch);
      // A refusal must name the event at its index: an answer that does not is not trusted with the batch.
      if (answer.refused.some((r) => batch[r.index]?.eventId !== r.eventId)) {
        throw new Error("the backoffice refused events that are not in the batch as sent");
      }
    } catch (error) {
      const delay = fleetRetryDelay(batch[0]?.attempts ?? 0, deps.config.maxDelayMs, deps.random);
      deferFleetEvents(
        deps.db,
        batch.map((row) => row.seq),
        deps.clock.now() + delay,
      );
      throw error;
    }
    const refused = new Map(answer.refused.map((r) => [r.index, r]));
    const now = deps.clock.now();
    deps.db.transaction((tx) => {
      refuseFleetEvents(
        tx,
        [...refused].map(([index, r]) => ({
          seq: (batch[index] as OutboxRow).seq,
          reason: `${r.field}: ${r.message}`,
        })),
        now,
      );
      markFleetEventsSent(
        tx,
        batch.filter((_, index) => !refused.has(index)).map((row) => row.seq),
        now,
      );
    });
    for (const [index, r] of refused) deps.onRefused?.({ ...r, event: (batch[index] as OutboxRow).event });
    sent += batch.length - refused.size;
  }
}

/** An idle kiosk asks the backoffice's /readyz this often, so it knows whether links can be promised. */
const PROBE_EVERY_MS = 30_000;

/**
 * The fleet worker: each tick pushes the events, then the reports' PDFs
 * (report-uploads.ts). The events go first because the backoffice takes a
 * report only from the kiosk whose `report.generated` it already has; the
 * uploads still run when the events failed (a refused batch is not an outage).
 * With links on, it keeps `reporting.links.reachable`: what the last request
 * answered, and on a quiet kiosk a probe of /readyz now and then.
 */
export function startFleetWorker(
  deps: FleetWorkerDeps,
  reporting: ReportingDeps,
  onError: (error: unknown) => void,
): Worker {
  let lastContact = Number.NEGATIVE_INFINITY;
  const links = reporting.links;
  const note = (reachable: boolean) => {
    lastContact = Date.now();
    if (links) links.reachable = reachable;
  };
  /** How many went; a success or a failure says whether the backoffice answers. */
  const counted = (work: Promise<number>) =>
    work.then(
      (count) => {
        if (count > 0) note(true);
        return count;
      },
      (error: unknown) => {
        note(false);
        onError(error);
        return 0;
      },
    );
  const pass = async (signal: AbortSignal) => {
    const sent = await counted(pushFleetEvents(deps, signal));
    if (!links) return;
    const landed = await counted(pushReportUploads(deps, reporting, signal));
    if (sent + landed === 0 && Date.now() - lastContact >= PROBE_EVERY_MS) note(await backofficeAnswers(deps));
  };
  return startPolling(pass, deps.config.tickMs, onError);
}

async function backofficeAnswers(deps: FleetWorkerDeps): Promise<boolean> {
  try {
    const response = await fetch(`${deps.config.url.replace(/\/+$/, "")}/readyz`, {
      signal: AbortSignal.timeout(deps.config.timeoutMs),
    });
    await response.body?.cancel();
    return response.ok;
  } catch {
    return false;
  }
}
