import { drainInBatches, startPolling, type Config, type Worker } from "@kiosk/core";
import { acknowledgedAuditId, purgeAuditBatch, purgeSentFleetEvents } from "@kiosk/db";
import { reclaimAbandoned, type DevicesDeps } from "@kiosk/devices";
import { purgeOrphanEventsBatch, type PaymentDeps } from "@kiosk/payments";
import { removePurgedReportFiles, type ReportingDeps } from "@kiosk/reporting";
import { sweepSessions, type SessionDeps } from "@kiosk/sessions";

const dayMs = 86_400_000;

export interface HousekeepingDeps {
  config: Pick<Config, "sessions" | "audit" | "fleet">;
  sessions: SessionDeps;
  payments: PaymentDeps;
  reporting: ReportingDeps;
  devices: DevicesDeps;
}

/**
 * One pass over the tables: expire overdue sessions, ask back the devices
 * their customers still hold, then retention (ended
 * sessions with their payments and reports, their PDFs, refused webhook
 * notifications, old audit rows, never one the fleet backoffice does not
 * hold yet). Every step works in small batches and yields
 * between them, and stops at the next batch when the agent shuts down.
 */
export async function runHousekeeping(deps: HousekeepingDeps, signal?: AbortSignal): Promise<void> {
  const now = deps.sessions.clock.now();
  const { purged } = await sweepSessions(deps.sessions, signal);
  // A device still out with a session that just ended is asked back (and missed, if it does not come).
  reclaimAbandoned(deps.devices);
  if (purged > 0) await removePurgedReportFiles(deps.reporting);
  const sessionCutoff = now - deps.config.sessions.retentionDays * dayMs;
  await drainInBatches(() => purgeOrphanEventsBatch(deps.payments.db, sessionCutoff), signal);
  const auditCutoff = now - deps.config.audit.retentionDays * dayMs;
  const { db, audit } = deps.sessions;
  // With a backoffice, rows it does not hold yet are kept however old: a kiosk long offline loses none of its chain.
  const ceiling = deps.config.fleet.url ? acknowledgedAuditId(db) : null;
  await drainInBatches(() => purgeAuditBatch(db, { audit, cutoff: auditCutoff, now, ceiling }), signal);
  // Fleet events the backoffice acknowledged are kept a week for inspection; the unsent backlog stays.
  await drainInBatches(() => purgeSentFleetEvents(deps.sessions.db, now - 7 * dayMs), signal);
}

/** Housekeeping as a worker: at start (a restart catches up) and every `sessions.sweepIntervalMs`. */
export const startHousekeeping = (deps: HousekeepingDeps, onError: (error: unknown) => void): Worker =>
  startPolling((signal) => runHousekeeping(deps, signal), deps.config.sessions.sweepIntervalMs, onError);
