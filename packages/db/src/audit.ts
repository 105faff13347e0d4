import { maskPii } from "@kiosk/core";
import { lt, sql } from "drizzle-orm";
import type { AuditEvent } from "./audit-events";
import type { DbOrTx } from "./create-db";
import { deleteBatch } from "./delete-batch";
import { enqueueFleetEvent } from "./fleet-outbox";
import { prepared } from "./prepared";
import { auditLogs, type AuditActor } from "./schema";

/** Who caused a change, as the audit log records it. */
export interface Actor {
  kind: AuditActor;
  ip?: string | null;
  userAgent?: string | null;
  requestId?: string | null;
}

export const systemActor: Actor = { kind: "system" };

export interface AuditEntry {
  actor: Actor;
  event: AuditEvent;
  entityType: "session" | "payment" | "report" | "delivery";
  entityId: string;
  details?: Record<string, unknown>;
  at: number;
}

/**
 * Writes one audit row with the caller's handle, so it commits or rolls back
 * together with the change it records (and, for the events the fleet receives,
 * its fleet outbox row). Emails and phones in details are masked.
 */
export function audit(tx: DbOrTx, entry: AuditEntry): void {
  const details = maskPii(entry.details ?? {});
  insertAudit(tx).run({
    at: entry.at,
    actor: entry.actor.kind,
    event: entry.event,
    entityType: entry.entityType,
    entityId: entry.entityId,
    details,
    ip: entry.actor.ip ?? null,
    userAgent: entry.actor.userAgent?.slice(0, 256) ?? null,
    requestId: entry.actor.requestId ?? null,
  });
  // The fleet backoffice hears of the change in the same transaction, or not at all.
  enqueueFleetEvent(tx, entry, details);
}

/** Every change writes one of these: prepared once per connection. */
const insertAudit = (tx: DbOrTx) =>
  prepared(tx, "audit.insert", (db) =>
    db
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
      })
      .prepare(),
  );

/**
 * Deletes one batch of audit rows older than `cutoff` (epoch ms). The audit log
 * outlives sessions (money questions come late) but is not kept forever.
 */
export function purgeAuditBatch(db: DbOrTx, cutoff: number, limit = 500): number {
  return deleteBatch(db, auditLogs, auditLogs.id, lt(auditLogs.at, cutoff), limit);
}
