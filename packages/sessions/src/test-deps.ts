import { ManualClock, parseConfig, sequentialIds } from "@kiosk/core";
import { createAudit, createDb, type Actor, type Db } from "@kiosk/db";
import { createMetrics } from "@kiosk/metrics";
import type { SessionCtx, SessionDeps } from "./deps";
import { sessionStatements } from "./statements";

export const kioskActor: Actor = { kind: "kiosk", ip: "127.0.0.1" };

/** Deps on `db` as the agent builds them: its audit, its statements. */
export function sessionDepsOn(db: Db, clock: ManualClock, config: SessionDeps["config"]): SessionDeps {
  return {
    db,
    clock,
    ids: sequentialIds(),
    config,
    metrics: createMetrics(),
    audit: createAudit(db),
    contactOptional: () => false,
    statements: sessionStatements(db),
  };
}

/** Fresh in-memory deps with a manual clock: what every session test starts from. */
export function testSessionDeps(overrides: Partial<SessionDeps["config"]> = {}) {
  const handle = createDb(":memory:");
  const clock = new ManualClock();
  const deps = sessionDepsOn(handle.db, clock, { ...parseConfig({}, {}).sessions, ...overrides });
  const ctx: SessionCtx = { deps, actor: kioskActor };
  return { deps, ctx, clock, handle };
}
