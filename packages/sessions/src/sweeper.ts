import { audit, payments, sessions, systemActor } from "@kiosk/db";
import { and, eq, exists, inArray, isNotNull, lte, ne, or, sql } from "drizzle-orm";
import type { SessionDeps } from "./deps";
import { endSessionInTx, overdueReason, recordSessionEnd } from "./transitions";

const dayMs = 86_400_000;
const batchSize = 500;

/**
 * Expires every active session past its deadline or idle too long, except those
 * with a payment still pending (a customer mid-payment is never reset).
 * Durable: it reads the table, so sessions that lapsed while the process was
 * down are expired by the first sweep after start. Returns how many it expired.
 */
export function expireOverdueSessions(deps: SessionDeps): number {
  const now = deps.clock.now();
  const overdue = deps.config.autoResetOnTimeout
    ? or(lte(sessions.expiresAt, now), lte(sessions.lastActivityAt, now - deps.config.inactivityMs))
    : lte(sessions.expiresAt, now);
  const pendingPayment = deps.db
    .select({ one: sql`1` })
    .from(payments)
    .where(and(eq(payments.sessionId, sessions.id), eq(payments.status, "pending")));
  let expired = 0;
  for (;;) {
    const due = deps.db
      .select()
      .from(sessions)
      .where(and(eq(sessions.status, "active"), overdue, sql`not ${exists(pendingPayment)}`))
      .limit(batchSize)
      .all();
    if (due.length === 0) return expired;
    const ended = deps.db.transaction((tx) =>
      due.map((row) => {
        const reason = overdueReason(row, now, deps.config) ?? "ttl";
        return { row: endSessionInTx(tx, row, "expired", reason, systemActor, now), reason };
      }),
    );
    for (const { row, reason } of ended) recordSessionEnd(deps, row, reason);
    expired += ended.length;
  }
}

/**
 * Deletes ended sessions (and, by cascade, their payments, reports and
 * deliveries) older than `retentionDays`: contact data is not kept forever.
 */
export function purgeEndedSessions(deps: SessionDeps): number {
  const now = deps.clock.now();
  const cutoff = now - deps.config.retentionDays * dayMs;
  const old = deps.db
    .select({ id: sessions.id, type: sessions.type })
    .from(sessions)
    .where(and(ne(sessions.status, "active"), isNotNull(sessions.endedAt), lte(sessions.endedAt, cutoff)))
    .limit(batchSize)
    .all();
  if (old.length === 0) return 0;
  deps.db.transaction((tx) => {
    tx.delete(sessions)
      .where(
        inArray(
          sessions.id,
          old.map((row) => row.id),
        ),
      )
      .run();
    for (const row of old) {
      audit(tx, {
        actor: systemActor,
        event: "session.purged",
        entityType: "session",
        entityId: row.id,
        details: { type: row.type, retentionDays: deps.config.retentionDays },
        at: now,
      });
    }
  });
  return old.length + purgeEndedSessions(deps);
}

export interface SweepResult {
  expired: number;
  purged: number;
}

/** One full pass: expire, then purge. */
export function sweepSessions(deps: SessionDeps): SweepResult {
  return { expired: expireOverdueSessions(deps), purged: purgeEndedSessions(deps) };
}

export interface Sweeper {
  stop(): void;
}

/**
 * Sweeps now, then every `sweepIntervalMs`. One interval for all sessions instead
 * of a timer per session: nothing to lose on a restart, nothing to leak.
 */
export function startSessionSweeper(
  deps: SessionDeps,
  onError: (error: unknown) => void,
  afterSweep: (result: SweepResult) => void = () => undefined,
): Sweeper {
  const run = () => {
    try {
      afterSweep(sweepSessions(deps));
    } catch (error) {
      onError(error);
    }
  };
  run();
  const timer = setInterval(run, deps.config.sweepIntervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/** Active sessions per type, for the scrape-time gauge. */
export function countActiveSessionsByType(db: SessionDeps["db"]): Array<{ type: string; count: number }> {
  return db
    .select({ type: sessions.type, count: sql<number>`count(*)` })
    .from(sessions)
    .where(eq(sessions.status, "active"))
    .groupBy(sessions.type)
    .all();
}
