import type { Actor, DbOrTx, SessionRow } from "@kiosk/db";
import type { SessionDeps } from "./deps";
import type { SessionStatus } from "./schemas";
import { assertSessionTransition } from "./state";

export type EndStatus = Exclude<SessionStatus, "active">;

/**
 * Ends an active session inside the caller's transaction: guard, update, audit.
 * The caller records metrics after commit (see recordSessionEnd) so a rollback
 * never leaves a counter ahead of the data.
 */
export function endSessionInTx(
  deps: Pick<SessionDeps, "audit" | "statements">,
  tx: DbOrTx,
  row: SessionRow,
  to: EndStatus,
  reason: string,
  actor: Actor,
  now: number,
): SessionRow {
  assertSessionTransition(row.id, row.status, to);
  const updated = deps.statements.endActive.get({ id: row.id, status: to, reason, now });
  // better-sqlite3 is synchronous and the guard ran in this transaction, so the
  // conditional update can only miss if the row changed under us: still a conflict.
  if (!updated) assertSessionTransition(row.id, "completed", to);
  deps.audit(tx, {
    actor,
    event: `session.${to}`,
    entityType: "session",
    entityId: row.id,
    details: { type: row.type, reason },
    at: now,
  });
  return updated;
}

export function recordSessionEnd(deps: SessionDeps, row: SessionRow, reason: string): void {
  const { type } = row;
  const durationSeconds = Math.max(0, ((row.endedAt ?? deps.clock.now()) - row.createdAt) / 1000);
  deps.metrics.sessionsDuration.observe({ type, outcome: row.status }, durationSeconds);
  if (row.status === "completed") deps.metrics.sessionsCompleted.inc({ type });
  if (row.status === "expired") deps.metrics.sessionsExpired.inc({ type, reason });
}

export const hasPendingPayment = (deps: Pick<SessionDeps, "statements">, sessionId: string): boolean =>
  deps.statements.pendingPaymentOf.get({ sessionId }) !== undefined;

/**
 * Why an active session is due to expire, or null if it is not: past its absolute
 * deadline, or idle longer than `inactivityMs` (when auto-reset is on).
 * The caller checks for a pending payment, which holds expiry off.
 */
export function overdueReason(
  row: SessionRow,
  now: number,
  config: SessionDeps["config"],
): "ttl" | "inactivity" | null {
  if (row.status !== "active") return null;
  if (row.expiresAt <= now) return "ttl";
  if (config.autoResetOnTimeout && row.lastActivityAt + config.inactivityMs <= now) return "inactivity";
  return null;
}
