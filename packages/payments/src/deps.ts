import type { Clock, Config, EventHub, IdGenerator } from "@kiosk/core";
import type { Actor, Audit, Db, PaymentRow } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { EmulatorProvider } from "./providers/emulator/emulator-provider";
import type { PaymentProvider } from "./providers/types";
import type { PaymentView } from "./schemas";
import type { PaymentStatements } from "./statements";

/** Who may post notifications, and how many refused ones per sender are worth keeping. */
export interface WebhookGuard {
  isAllowedSender: (ip: string) => boolean;
  /** Counts a refused notification's record against its sender; false once the sender is over its limit. */
  mayRecordRefusal: (ip: string) => boolean;
}

/** What every payment verb needs; the agent builds it once, tests build their own. */
export interface PaymentDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Pick<Config, "environment" | "payments" | "prices">;
  metrics: Metrics;
  /** Writes audit rows in the caller's transaction (with the fleet outbox's, when the agent has one). */
  audit: Audit;
  /** The hot queries, prepared once for `db`: `paymentStatements(db)`. */
  statements: PaymentStatements;
  provider: PaymentProvider;
  /** Present in DEV with the emulator: DEV confirm and the test knobs use it. */
  emulator: EmulatorProvider | null;
  /** Every status change is published here, keyed by payment id. */
  statusHub: EventHub<PaymentView>;
  /** Checks the sender of every PSP notification (the webhook). */
  webhookGuard: WebhookGuard;
  /** Provider calls under way in these services, by payment id: a second caller awaits the first. */
  providerCalls: Map<string, Promise<PaymentRow>>;
  /**
   * Whether the kiosk can perform a service now (its device answers): no money is
   * taken for one it cannot. The composition root passes the devices' status;
   * absent, every service is taken as ready.
   */
  serviceReadiness?: (service: "thickness" | "diagnostics") => Promise<{ ready: boolean; error: string | null }>;
}

/** A payment verb's `ctx`: the deps, and who is calling (set once, by the API's context). */
export interface PaymentCtx {
  deps: PaymentDeps;
  actor: Actor;
}
