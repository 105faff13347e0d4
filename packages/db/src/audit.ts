import { maskPii } from "@kiosk/core";
import { lt, sql } from "drizzle-orm";
import type { AuditEvent } from "./audit-events";
import type { Db, DbOrTx } from "./create-db";
import { deleteBatch } from "./delete-batch";
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
  entityType: "session" | "payment" | "report" | "delivery" | "scan" | "measurement" | "handout" | "locker";
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
 */
export function createAudit(db: Db, options: { onRecorded?: AuditHook } = {}): Audit {
  // Prepared once: better-sqlite3 runs it on its one connection, so it joins whatever
  // transaction `tx` is in, as any statement on `db` does.
  const insert = db
    .insert(auditLogs)
    .values({
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
    })
    .prepare();
  const { onRecorded } = options;
  return (tx, entry) => {
    const details = maskPii(entry.details ?? {});
    insert.run({
      at: entry.at,
      actor: entry.actor.kind,
      event: entry.event,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details,
      ip: entry.actor.ip ?? null,
      userAgent: entry.actor.userAgent?.slice(0, 256) ?? null,
      requestId: entry.actor.requestId ?? null,
      actorId: entry.actor.id ?? null,
    });
    onRecorded?.(tx, entry, details);
  };
}

/**
 * Deletes one batch of audit rows older than `cutoff` (epoch ms). The audit log
 * outlives sessions (money questions come late) but is not kept forever.
 */
export function purgeAuditBatch(db: DbOrTx, cutoff: number, limit = 500): number {
  return deleteBatch(db, auditLogs, auditLogs.id, lt(auditLogs.at, cutoff), limit);
}
