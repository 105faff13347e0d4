import { randomBytes } from "node:crypto";
import { toStorableJson } from "@kiosk/core";
import { isFleetEvent } from "@kiosk/fleet-contract";
import { and, eq, inArray, isNotNull, isNull, lt, sql } from "drizzle-orm";
import type { AuditEntry, AuditHook } from "./audit";
import { deleteBatch } from "./delete-batch";
import type { DbOrTx } from "./create-db";
import { fleetOutbox, payments, reports, deliveries, sessions } from "./schema";

export interface FleetSettings {
  /** Whether the backoffice may hold contact data; off, sessions go without it (and details are masked anyway). */
  shareContacts: boolean;
}

/**
 * The fleet outbox as the audit's hook: the fleet event of an audit entry is
 * queued in the caller's transaction, with a snapshot of the entity after the
 * change so the backoffice needs nothing else. The composition root passes it
 * to `createAudit` when a backoffice is configured; without it nothing is queued.
 */
export function fleetOutboxHook(settings: FleetSettings): AuditHook {
  return (tx, entry, maskedDetails) => {
    if (!isFleetEvent(entry.event)) return;
    tx.insert(fleetOutbox)
      .values({
        eventId: `evt_${randomBytes(12).toString("base64url")}`,
        event: entry.event,
        entityType: entry.entityType,
        entityId: entry.entityId,
        at: entry.at,
        // Text the agent made itself (a provider's message) is made storable, so the fleet never refuses it.
        payload: toStorableJson({ details: maskedDetails, snapshot: snapshotOf(tx, entry, settings) }) as Record<
          string,
          unknown
        >,
      })
      .run();
  };
}

function snapshotOf(tx: DbOrTx, entry: AuditEntry, settings: FleetSettings): Record<string, unknown> | null {
  switch (entry.entityType) {
    case "payment": {
      const row = tx.select().from(payments).where(eq(payments.id, entry.entityId)).get();
      if (!row) return null;
      return {
        sessionId: row.sessionId,
        amount: row.amount,
        currency: row.currency,
        status: row.status,
        refundedAmount: row.refundedAmount,
        provider: row.provider,
        createdAt: row.createdAt,
        confirmedAt: row.confirmedAt,
        updatedAt: row.updatedAt,
        version: row.version,
      };
    }
    case "session": {
      const row = tx.select().from(sessions).where(eq(sessions.id, entry.entityId)).get();
      if (!row) return null;
      return {
        type: row.type,
        status: row.status,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        ...(settings.shareContacts ? { contact: { email: row.contactEmail, phone: row.contactPhone } } : {}),
      };
    }
    case "report": {
      const row = tx.select().from(reports).where(eq(reports.id, entry.entityId)).get();
      return row ? { sessionId: row.sessionId, type: row.type, createdAt: row.createdAt } : null;
    }
    case "delivery": {
      const row = tx.select().from(deliveries).where(eq(deliveries.id, entry.entityId)).get();
      return row ? { reportId: row.reportId, channel: row.channel, status: row.status, attempts: row.attempts } : null;
    }
    case "scan":
    case "measurement":
    case "handout":
    case "locker":
    case "audit":
      // Devices' rows and the audit's own stay on the kiosk (no fleet event names them).
      return null;
  }
}

/**
 * The next batch in the order things happened, or nothing while the oldest
 * unsent event waits out its backoff: newer events never overtake older ones,
 * so the backoffice hears each kiosk in order. Refused events are set aside.
 */
export function dueFleetEvents(db: DbOrTx, now: number, limit: number) {
  const batch = db
    .select()
    .from(fleetOutbox)
    .where(and(isNull(fleetOutbox.sentAt), isNull(fleetOutbox.refusedAt)))
    .orderBy(fleetOutbox.seq)
    .limit(limit)
    .all();
  return batch.length > 0 && (batch[0]?.nextAttemptAt ?? 0) <= now ? batch : [];
}

export function markFleetEventsSent(db: DbOrTx, seqs: number[], now: number): void {
  if (seqs.length > 0) db.update(fleetOutbox).set({ sentAt: now }).where(inArray(fleetOutbox.seq, seqs)).run();
}

export function deferFleetEvents(db: DbOrTx, seqs: number[], nextAttemptAt: number): void {
  if (seqs.length === 0) return;
  db.update(fleetOutbox)
    .set({ attempts: sql`${fleetOutbox.attempts} + 1`, nextAttemptAt })
    .where(inArray(fleetOutbox.seq, seqs))
    .run();
}

/** Sets aside events the backoffice refused, with its reason; they wait for an operator's re-drive. */
export function refuseFleetEvents(db: DbOrTx, refusals: Array<{ seq: number; reason: string }>, now: number): void {
  for (const { seq, reason } of refusals) {
    db.update(fleetOutbox)
      .set({ refusedAt: now, refusal: reason.slice(0, 500), attempts: sql`${fleetOutbox.attempts} + 1` })
      .where(eq(fleetOutbox.seq, seq))
      .run();
  }
}

/** The refused events, oldest first, for an operator to read before a re-drive. */
export function refusedFleetEvents(db: DbOrTx, limit = 100) {
  return db
    .select({
      eventId: fleetOutbox.eventId,
      event: fleetOutbox.event,
      entityType: fleetOutbox.entityType,
      entityId: fleetOutbox.entityId,
      at: fleetOutbox.at,
      refusedAt: fleetOutbox.refusedAt,
      refusal: fleetOutbox.refusal,
      attempts: fleetOutbox.attempts,
    })
    .from(fleetOutbox)
    .where(and(isNull(fleetOutbox.sentAt), isNotNull(fleetOutbox.refusedAt)))
    .orderBy(fleetOutbox.seq)
    .limit(limit)
    .all();
}

/** Puts refused events (one by id, or all) back in line; returns how many. */
export function redriveFleetEvents(db: DbOrTx, eventId?: string): number {
  const refused = and(isNull(fleetOutbox.sentAt), isNotNull(fleetOutbox.refusedAt));
  return db
    .update(fleetOutbox)
    .set({ refusedAt: null, refusal: null, nextAttemptAt: 0 })
    .where(eventId === undefined ? refused : and(refused, eq(fleetOutbox.eventId, eventId)))
    .run().changes;
}

export function fleetRefusedCount(db: DbOrTx): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(fleetOutbox)
      .where(and(isNull(fleetOutbox.sentAt), isNotNull(fleetOutbox.refusedAt)))
      .get()?.n ?? 0
  );
}

export function fleetBacklog(db: DbOrTx): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(fleetOutbox)
      .where(and(isNull(fleetOutbox.sentAt), isNull(fleetOutbox.refusedAt)))
      .get()?.n ?? 0
  );
}

/** Sent events are kept a while for inspection, then deleted; unsent ones are the backlog and stay. */
export function purgeSentFleetEvents(db: DbOrTx, cutoff: number, limit = 500): number {
  const sentBefore = and(isNotNull(fleetOutbox.sentAt), lt(fleetOutbox.sentAt, cutoff));
  return deleteBatch(db, fleetOutbox, fleetOutbox.seq, sentBefore, limit);
}
