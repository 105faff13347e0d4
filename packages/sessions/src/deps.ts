import type { Clock, Config, IdGenerator } from "@kiosk/core";
import type { Actor, Audit, Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { SessionStatements } from "./statements";

/** What every session verb needs; built once by the agent, directly by tests. */
export interface SessionDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Config["sessions"];
  metrics: Metrics;
  /** Writes audit rows in the caller's transaction (with the fleet outbox's, when the agent has one). */
  audit: Audit;
  /**
   * A session may start without a contact: the kiosk publishes reports through
   * the fleet backoffice, so the done screen's QR code is the delivery.
   */
  contactOptional: () => boolean;
  /** The hot queries, prepared once for `db`: `sessionStatements(db)`. */
  statements: SessionStatements;
}

/** A session verb's `ctx`: the deps, and who is calling (set once, by the API's context). */
export interface SessionCtx {
  deps: SessionDeps;
  actor: Actor;
}
