import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNotNull, lt, sql } from "drizzle-orm";
import type { AuditEntry } from "./audit";
import { deleteBatch } from "./delete-batch";
import type { DbOrTx } from "./create-db";
import { fleetOutbox, payments, reports, deliveries, sessions } from "./schema";

/**
 * The audit events the fleet backoffice receives: sessions started and ended,
 * payments created, settled and refunded (late successes too), reports made and
 * deliveries settled. Webhook noise and contact edits stay on the kiosk.
 */
const fleetEventPattern =
  /^(session\.(created|completed|failed|cancelled|expired)|payment\.(created|confirmed|failed|expired|cancelled|refunded|partially_refunded|late_success|amount_mismatch|refund_succeeded|refund_canceled)|report\.(generated|resent)|delivery\.(sent|dead|redriven))$/;

export const isFleetEvent = (event: string) => fleetEventPattern.test(event);

interface FleetSettings {
  /** Whether the backoffice may hold contact data; off, sessions go without it (and details are masked anyway). */
  shareContacts: boolean;
}

/** Per connection, like prepared statements: the agent turns the outbox on when a backoffice is configured. */
const enabled = new WeakMap<object, FleetSettings>();
const sessionOf = (db: DbOrTx) => (db as unknown as { session: object }).session;

export function enableFleetOutbox(db: DbOrTx, settings: FleetSettings): void {
  enabled.set(sessionOf(db), settings);
}

/**
 * Queues the fleet event for an audit entry, in the caller's transaction (the
 * audit writes it), with a snapshot of the entity after the change so the
 * backoffice needs nothing else. Does nothing unless the outbox is on.
 */
export function enqueueFleetEvent(tx: DbOrTx, entry: AuditEntry, maskedDetails: Record<string, unknown>): void {
  const settings = enabled.get(sessionOf(tx));
  if (!settings || !isFleetEvent(entry.event)) return;
  tx.insert(fleetOutbox)
    .values({
      eventId: `evt_${randomBytes(12).toString("base64url")}`,
      event: entry.event,
      entityType: entry.entityType,
      entityId: entry.entityId,
      at: entry.at,
      payload: { details: maskedDetails, snapshot: snapshotOf(tx, entry, settings) },
    })
    .run();
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
  }
}

/** The oldest unsent events that are due, in the order they happened. */
export function dueFleetEvents(db: DbOrTx, now: number, limit: number) {
  return db
    .select()
    .from(fleetOutbox)
    .where(and(sql`${fleetOutbox.sentAt} is null`, sql`${fleetOutbox.nextAttemptAt} <= ${now}`))
    .orderBy(fleetOutbox.seq)
    .limit(limit)
    .all();
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

export function fleetBacklog(db: DbOrTx): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(fleetOutbox)
      .where(sql`${fleetOutbox.sentAt} is null`)
      .get()?.n ?? 0
  );
}

/** Sent events are kept a while for inspection, then deleted; unsent ones are the backlog and stay. */
export function purgeSentFleetEvents(db: DbOrTx, cutoff: number, limit = 500): number {
  const sentBefore = and(isNotNull(fleetOutbox.sentAt), lt(fleetOutbox.sentAt, cutoff));
  return deleteBatch(db, fleetOutbox, fleetOutbox.seq, sentBefore, limit);
}
