import { drainInBatches } from "@kiosk/core";
import { sessions, systemActor } from "@kiosk/db";
import { and, eq, inArray, isNotNull, lte, ne, sql } from "drizzle-orm";
import type { SessionDeps } from "./deps";
import { endSessionInTx, overdueReason, recordSessionEnd } from "./transitions";

const dayMs = 86_400_000;
/** Small enough that one batch (a transaction with an audit row per session) stays well under 50 ms. */
const batchSize = 64;

/**
 * Expires one batch of active sessions past their deadline or idle too long,
 * except those with a payment still pending (a customer mid-payment is never
 * reset). Returns how many it expired.
 */
export function expireOverdueBatch(deps: SessionDeps): number {
  const now = deps.clock.now();
  const { overdue, overdueOrIdle } = deps.statements;
  const due = (deps.config.autoResetOnTimeout ? overdueOrIdle : overdue).all({
    now,
    idleBefore: now - deps.config.inactivityMs,
    limit: batchSize,
  });
  if (due.length === 0) return 0;
  const ended = deps.db.transaction((tx) =>
    due.map((row) => {
      const reason = overdueReason(row, now, deps.config) ?? "ttl";
      return { row: endSessionInTx(deps, tx, row, "expired", reason, systemActor, now), reason };
    }),
  );
  for (const { row, reason } of ended) recordSessionEnd(deps, row, reason);
  return ended.length;
}

/**
 * Expires every overdue session, a batch at a time. Durable: it reads the table,
 * so sessions that lapsed while the process was down expire on the first sweep
 * after start.
 */
export const expireOverdueSessions = (deps: SessionDeps, signal?: AbortSignal) =>
  drainInBatches(() => expireOverdueBatch(deps), signal);

/**
 * Deletes one batch of ended sessions (and, by cascade, their payments, reports
 * and deliveries) older than `retentionDays`: contact data is not kept forever.
 */
export function purgeEndedBatch(deps: SessionDeps): number {
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
      deps.audit(tx, {
        actor: systemActor,
        event: "session.purged",
        entityType: "session",
        entityId: row.id,
        details: { type: row.type, retentionDays: deps.config.retentionDays },
        at: now,
      });
    }
  });
  return old.length;
}

export const purgeEndedSessions = (deps: SessionDeps, signal?: AbortSignal) =>
  drainInBatches(() => purgeEndedBatch(deps), signal);

export interface SweepResult {
  expired: number;
  purged: number;
}

/** One full pass: expire, then purge. */
export async function sweepSessions(deps: SessionDeps, signal?: AbortSignal): Promise<SweepResult> {
  const expired = await expireOverdueSessions(deps, signal);
  return { expired, purged: await purgeEndedSessions(deps, signal) };
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
