import { maskPii } from "@kiosk/core";
import { chainHash } from "@kiosk/fleet-contract";
import { asc, lte, sql } from "drizzle-orm";
import { auditDigest, prepareChainEnd } from "./audit-chain";
import type { AuditEvent } from "./audit-events";
import type { Db, DbOrTx } from "./create-db";
import { auditLogs, type AuditActor } from "./schema";

/** Who caused a change, as the audit log records it. */
export interface Actor {
  kind: AuditActor;
  /** The person, when the change came from the console through the fleet (the console's operator id). */
  id?: string | null;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export const systemActor: Actor = { kind: "system" };

export interface AuditEntry {
  actor: Actor;
  event: AuditEvent;
  entityType: "session" | "payment" | "report" | "delivery" | "scan" | "measurement" | "handout" | "locker" | "audit";
  entityId: string;
  details?: Record<string, unknown>;
  at: number;
}

/** Writes one audit row with the caller's handle, so it commits or rolls back with the change it records. */
export type Audit = (tx: DbOrTx, entry: AuditEntry) => void;

/** What else an audit row brings into the caller's transaction (the fleet outbox's row), given its masked details. */
export type AuditHook = (tx: DbOrTx, entry: AuditEntry, maskedDetails: Record<string, unknown>) => void;

/**
 * The audit of one database, built once by the composition root and passed in
 * every domain's deps. Emails and phones in details are masked. `onRecorded`
 * runs after each row, in the same transaction: the agent passes the fleet
 * outbox there when a backoffice is configured, and nothing otherwise.
 *
 * Each row is a link of the audit chain (audit-chain.ts): its id and the last
 * row's hash are read first, in the caller's transaction, so the row goes in
 * with its `prev_hash` and `hash` in one insert (this is on every payment's path).
 */
export function createAudit(db: Db, options: { onRecorded?: AuditHook } = {}): Audit {
  // Prepared once: better-sqlite3 runs it on its one connection, so it joins whatever
  // transaction `tx` is in, as any statement on `db` does.
  const insert = db
    .insert(auditLogs)
    .values({
      id: sql.placeholder("id"),
      at: sql.placeholder("at"),
      actor: sql.placeholder("actor"),
      event: sql.placeholder("event"),
      entityType: sql.placeholder("entityType"),
      entityId: sql.placeholder("entityId"),
      details: sql.placeholder("details"),
      ip: sql.placeholder("ip"),
      userAgent: sql.placeholder("userAgent"),
      requestId: sql.placeholder("requestId"),
      actorId: sql.placeholder("actorId"),
      prevHash: sql.placeholder("prevHash"),
      hash: sql.placeholder("hash"),
    })
    .prepare();
  const chainEnd = prepareChainEnd(db);
  const { onRecorded } = options;
  return (tx, entry) => {
    const details = maskPii(entry.details ?? {});
    const end = chainEnd();
    const row = {
      id: end.nextId,
      at: entry.at,
      actor: entry.actor.kind,
      event: entry.event,
      entityType: entry.entityType,
      entityId: entry.entityId,
      // The column holds JSON text; the digest covers that very text.
      details: JSON.stringify(details),
      ip: entry.actor.ip ?? null,
      userAgent: entry.actor.userAgent?.slice(0, 256) ?? null,
      requestId: entry.actor.requestId ?? null,
      actorId: entry.actor.id ?? null,
    };
    const hash = chainHash(end.hash, auditDigest(row));
    insert.run({ ...row, details, prevHash: end.hash, hash });
    onRecorded?.(tx, entry, details);
  };
}

export interface AuditPurge {
  /** The chained writer: the batch's `audit.purged` row is a link like any other. */
  audit: Audit;
  /** Rows older than this (epoch ms) go. */
  cutoff: number;
  /** The clock's now, the `audit.purged` row's time. */
  now: number;
  /**
   * No row after this id goes (null: no limit): with a backoffice, the head it
   * acknowledged, so rows it was never sent are kept however old.
   */
  ceiling: number | null;
  limit?: number;
}

/**
 * Deletes one batch of audit rows older than `cutoff` (epoch ms). The audit log
 * outlives sessions (money questions come late) but is not kept forever. Only
 * the oldest rows go, up to the first one still young enough: the chain then
 * starts at the oldest row kept, never with a hole in it that would read as a
 * deletion. A row written with an older `at` than the one before it waits for
 * that one. Each batch ends with a chained `audit.purged` row naming the last
 * row deleted and its hash, in the same transaction: the verifier requires the
 * oldest row left to link to that hash, so rows deleted by hand from the start
 * of the log do not pass for the retention's.
 */
export function purgeAuditBatch(db: DbOrTx, purge: AuditPurge): number {
  const { cutoff, ceiling, limit = 500 } = purge;
  return db.transaction((tx) => {
    const read = tx
      .select({ id: auditLogs.id, at: auditLogs.at, hash: auditLogs.hash })
      .from(auditLogs)
      .orderBy(asc(auditLogs.id))
      .limit(limit + 1)
      .all();
    // The newest row stays whatever its age: the next row links to its hash, and
    // the backoffice's head is there, so a quiet kiosk's chain never restarts.
    const oldest = read.length > limit ? read.slice(0, limit) : read.slice(0, -1);
    const young = oldest.findIndex((row) => row.at >= cutoff || (ceiling !== null && row.id > ceiling));
    const doomed = young === -1 ? oldest : oldest.slice(0, young);
    const last = doomed.at(-1);
    if (!last) return 0;
    const deleted = tx.delete(auditLogs).where(lte(auditLogs.id, last.id)).run().changes;
    purge.audit(tx, {
      actor: systemActor,
      event: "audit.purged",
      entityType: "audit",
      entityId: String(last.id),
      details: { lastId: last.id, lastHash: last.hash, cutoff },
      at: purge.now,
    });
    return deleted;
  });
}
