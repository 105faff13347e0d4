import { ManualClock, parseConfig, sequentialIds } from "@kiosk/core";
import { createDb } from "@kiosk/db";
import { createMetrics } from "@kiosk/metrics";
import type { SessionDeps } from "./deps";

/** Fresh in-memory deps with a manual clock: what every session test starts from. */
export function testSessionDeps(overrides: Partial<SessionDeps["config"]> = {}) {
  const handle = createDb(":memory:");
  const clock = new ManualClock();
  const deps: SessionDeps = {
    db: handle.db,
    clock,
    ids: sequentialIds(),
    config: { ...parseConfig({}, {}).sessions, ...overrides },
    metrics: createMetrics(),
  };
  return { deps, clock, handle };
}
