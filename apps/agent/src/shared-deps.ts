import type { Clock, Config, IdGenerator } from "@kiosk/core";
import { createAudit, fleetOutboxHook, type Audit, type Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";

/** What every domain's deps share: one database, clock, id source, metrics registry and audit. */
export interface SharedDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  metrics: Metrics;
  audit: Audit;
}

/**
 * The audit every domain writes with. With a backoffice configured, the fleet
 * outbox is its hook: each fleet event is queued in the transaction of its change;
 * without one, nothing is queued.
 */
export const agentAudit = (db: Db, fleet: Pick<Config["fleet"], "url" | "shareContacts">): Audit =>
  createAudit(db, fleet.url ? { onRecorded: fleetOutboxHook({ shareContacts: fleet.shareContacts }) } : {});
