import { maskPii } from "@kiosk/core";
import type { DbOrTx } from "./create-db";
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
  event: string;
  entityType: "session" | "payment" | "report" | "delivery";
  entityId: string;
  details?: Record<string, unknown>;
  at: number;
}

/**
 * Writes one audit row with the caller's handle, so it commits or rolls back
 * together with the change it records. Emails and phones in details are masked.
 */
export function audit(tx: DbOrTx, entry: AuditEntry): void {
  tx.insert(auditLogs)
    .values({
      at: entry.at,
      actor: entry.actor.kind,
      event: entry.event,
      entityType: entry.entityType,
      entityId: entry.entityId,
      details: maskPii(entry.details ?? {}),
      ip: entry.actor.ip ?? null,
      userAgent: entry.actor.userAgent?.slice(0, 256) ?? null,
      requestId: entry.actor.requestId ?? null,
    })
    .run();
}
