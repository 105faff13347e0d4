import type { Clock, Config, EventHub, IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { EmulatorProvider } from "./providers/emulator/emulator-provider";
import type { PaymentProvider } from "./providers/types";
import type { PaymentView } from "./schemas";

/** What every payment verb needs; the agent builds it once, tests build their own. */
export interface PaymentDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Pick<Config, "environment" | "payments" | "prices">;
  metrics: Metrics;
  provider: PaymentProvider;
  /** Present in DEV with the emulator: DEV confirm and the test knobs use it. */
  emulator: EmulatorProvider | null;
  /** Every status change is published here, keyed by payment id. */
  statusHub: EventHub<PaymentView>;
}
