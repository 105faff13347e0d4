import type { Clock, Config, IdGenerator } from "@kiosk/core";
import type { Db } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";

/** What every session verb needs; built once by the agent, directly by tests. */
export interface SessionDeps {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  config: Config["sessions"];
  metrics: Metrics;
}
