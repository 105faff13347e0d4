import { startPolling, type Clock, type Config, type Worker } from "@kiosk/core";
import { deferFleetEvents, dueFleetEvents, markFleetEventsSent, refuseFleetEvents, type Db } from "@kiosk/db";
import {
  ingestAnswer,
  type AuditChainBatch,
  type FleetEvent,
  type IngestAnswer,
  type IngestRequest,
} from "@kiosk/fleet-contract";
import type { InnerContext } from "@kiosk/api";
import type { ReportingDeps } from "@kiosk/reporting";
import type { FleetAuditChain } from "./fleet-audit-chain";
import { runFleetCommands } from "./fleet-commands";
import { enrollmentStep } from "./fleet-enroll";
import { pushReportUploads } from "./report-uploads";

export interface FleetWorkerDeps {
  db: Db;
  clock: Clock;
  /**
   * `token` and `kioskId` are the kiosk's live credential: empty until an
   * enrollment fills them in, replaced in place by a rotation.
   */
  config: Config["fleet"] & { url: string; token: string };
  version: string;
  random?: () => number;
  /** Told of each event the backoffice refused (it is set aside, the rest go on). */
  onRefused?: (refused: IngestAnswer["refused"][number] & { event: string }) => void;
  /** Told of each report upload the backoffice refused for good (the report goes without a link). */
  onUploadRefused?: (reportId: string, reason: string) => void;
  /** The audit chain's links and checks that travel with the batches (fleet-audit-chain.ts); none without it. */
  auditChain?: FleetAuditChain;
  /** FLEET_ENROLL_CODE while the kiosk is not enrolled: the pass enrolls first (fleet-enroll.ts), pushes after. */
  enrollCode?: string;
  /** Told once enrolled, with the kiosk's id in the fleet and the one KIOSK_ID says. */
  onEnrolled?: (kioskId: string, configuredId: string) => void;
  /** Told of each command result the backoffice will never take (set aside as reported, the rest go on). */
  onCommandRefused?: (commandId: string, kind: string, reason: string) => void;
  /** The kiosk's own services, to run the operators' commands it pulls (fleet-commands.ts); none pulled without. */
  commands?: InnerContext;
  /** What the kiosk says about itself with each batch (its time zone, its devices now), for the console's overview. */
  about?: () => Pick<IngestRequest, "timeZone" | "devices">;
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

async function postBatch(deps: FleetWorkerDeps, batch: OutboxRow[], chain?: AuditChainBatch): Promise<IngestAnswer> {
  const request: IngestRequest = {
    kioskId: deps.config.kioskId,
    version: deps.version,
    ...deps.about?.(),
    events: batch.map(toEvent),
    ...(chain ? { auditChain: chain } : {}),
  };
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
 * SQLite, so a restart or a week offline loses nothing. The audit chain's new
 * links ride along; with no events due they go in a batch of their own, so the
 * chain's head always travels (most audit rows are not fleet events).
 */
export async function pushFleetEvents(deps: FleetWorkerDeps, signal?: AbortSignal): Promise<number> {
  let sent = 0;
  for (;;) {
    if (signal?.aborted) return sent;
    const batch = dueFleetEvents(deps.db, deps.clock.now(), deps.config.batchSize);
    const chain = await deps.auditChain?.next();
    if (batch.length === 0 && !chain?.worthABatch) return sent;
    let answer: IngestAnswer;
    try {
      answer = await postBatch(deps, batch, chain?.batch);
      // A refusal must name the event at its index: an answer that does not is not trusted with the batch.
      if (answer.refused.some((r) => batch[r.index]?.eventId !== r.eventId)) {
        throw new Error("the backoffice refused events that are not in the batch as sent");
      }
    } catch (error) {
      deps.auditChain?.failed();
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
    const chainMoved = deps.auditChain?.answered(chain?.batch, answer) ?? false;
    // A batch for the chain alone that moved nothing (a backoffice that keeps its head) is not sent again now.
    if (batch.length === 0 && !chainMoved) return sent;
  }
}

/** An idle kiosk asks the backoffice's /readyz this often, so it knows whether links can be promised. */
const PROBE_EVERY_MS = 30_000;

/**
 * The fleet worker: each tick (once the kiosk is enrolled) pushes the events,
 * pulls and runs the operators' commands, then the reports' PDFs
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
  const enrolled = deps.enrollCode
    ? enrollmentStep(
        {
          ...deps,
          code: deps.enrollCode,
          retryDelay: (attempts) => fleetRetryDelay(attempts, deps.config.maxDelayMs, deps.random),
        },
        onError,
      )
    : () => Promise.resolve(true);
  const pass = async (signal: AbortSignal) => {
    if (!(await enrolled())) return;
    const sent = await counted(pushFleetEvents(deps, signal));
    // Commands after the events: what a command changes is pushed on the next pass.
    if (deps.commands) await counted(runFleetCommands(deps, deps.commands, signal));
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
