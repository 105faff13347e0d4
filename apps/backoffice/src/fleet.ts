import { and, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { epochMs, idText, storableText } from "@kiosk/fleet-contract";
import { z } from "zod";
import type { BackofficeDb } from "./db";
import { fleetEvents, fleetPayments, kiosks } from "./schema";

/** Midnight of `now`'s day in the operator's time zone: "today" in the fleet view. */
const startOfDay = (timeZone: string) =>
  sql`(date_trunc('day', now() at time zone ${timeZone}) at time zone ${timeZone})`;

/**
 * Per kiosk: when it last reported, its version, and today's sessions, paid
 * payments and revenue (money taken minus refunded); silent kiosks flagged.
 */
export async function fleetOverview(db: BackofficeDb, options: { now: Date; silentAfterMs: number; timeZone: string }) {
  const today = startOfDay(options.timeZone);
  const rows = await db
    .select({
      kioskId: kiosks.id,
      version: kiosks.version,
      lastSeenAt: kiosks.lastSeenAt,
      eventsReceived: kiosks.eventsReceived,
      sessionsToday:
        sql<number>`(select count(*) from ${fleetEvents} e where e.kiosk_id = ${kiosks.id} and e.event = 'session.created' and e.occurred_at >= ${today})`.mapWith(
          Number,
        ),
      paymentsToday:
        sql<number>`(select count(*) from ${fleetPayments} p where p.kiosk_id = ${kiosks.id} and p.confirmed_at >= ${today})`.mapWith(
          Number,
        ),
      revenueToday:
        sql<number>`(select coalesce(sum(p.amount - p.refunded_amount), 0) from ${fleetPayments} p where p.kiosk_id = ${kiosks.id} and p.confirmed_at >= ${today})`.mapWith(
          Number,
        ),
    })
    .from(kiosks)
    .orderBy(kiosks.id);
  return rows.map((row) => ({
    ...row,
    silent: row.lastSeenAt === null || options.now.getTime() - row.lastSeenAt.getTime() > options.silentAfterMs,
  }));
}

export const paymentsFilter = z
  .object({
    kioskId: idText.optional(),
    status: storableText(40).optional(),
    /** Epoch ms, by when the payment was created. */
    from: epochMs.optional(),
    to: epochMs.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

export function fleetPaymentList(db: BackofficeDb, filter: z.infer<typeof paymentsFilter>) {
  const where: SQL[] = [];
  if (filter.kioskId) where.push(eq(fleetPayments.kioskId, filter.kioskId));
  if (filter.status) where.push(eq(fleetPayments.status, filter.status));
  if (filter.from !== undefined) where.push(gte(fleetPayments.createdAt, new Date(filter.from)));
  if (filter.to !== undefined) where.push(lte(fleetPayments.createdAt, new Date(filter.to)));
  return db
    .select()
    .from(fleetPayments)
    .where(and(...where))
    .orderBy(desc(fleetPayments.createdAt))
    .limit(filter.limit);
}

/**
 * Money taken for intents a kiosk had already closed. The kiosk refunds these by
 * itself; what is listed here has no refund completed since, so an operator looks
 * at it in the PSP's cabinet.
 */
export function refundQueue(db: BackofficeDb) {
  return db
    .select({
      kioskId: fleetEvents.kioskId,
      paymentId: fleetEvents.entityId,
      at: fleetEvents.occurredAt,
      details: sql<Record<string, unknown>>`${fleetEvents.payload} -> 'details'`,
    })
    .from(fleetEvents)
    .where(
      and(
        eq(fleetEvents.event, "payment.late_success"),
        sql`not exists (select 1 from ${fleetEvents} later where later.kiosk_id = ${fleetEvents.kioskId} and later.entity_id = ${fleetEvents.entityId} and later.event = 'payment.refund_succeeded' and later.occurred_at >= ${fleetEvents.occurredAt})`,
      ),
    )
    .orderBy(desc(fleetEvents.occurredAt))
    .limit(500);
}

/** Deliveries that died and were not sent since: a customer without the report they paid for. */
export function deadDeliveries(db: BackofficeDb) {
  return db
    .select({
      kioskId: fleetEvents.kioskId,
      deliveryId: fleetEvents.entityId,
      at: fleetEvents.occurredAt,
      payload: fleetEvents.payload,
    })
    .from(fleetEvents)
    .where(
      and(
        eq(fleetEvents.event, "delivery.dead"),
        sql`not exists (select 1 from ${fleetEvents} later where later.kiosk_id = ${fleetEvents.kioskId} and later.entity_id = ${fleetEvents.entityId} and later.event = 'delivery.sent' and later.occurred_at >= ${fleetEvents.occurredAt})`,
      ),
    )
    .orderBy(desc(fleetEvents.occurredAt))
    .limit(500);
}

export const auditFilter = z
  .object({
    kioskId: idText.optional(),
    event: storableText(64).optional(),
    entityId: storableText(100).optional(),
    from: epochMs.optional(),
    to: epochMs.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();

/** The fleet's audit trail: every event of every kiosk, newest first. */
export function fleetAudit(db: BackofficeDb, filter: z.infer<typeof auditFilter>) {
  const where: SQL[] = [];
  if (filter.kioskId) where.push(eq(fleetEvents.kioskId, filter.kioskId));
  if (filter.event) where.push(eq(fleetEvents.event, filter.event));
  if (filter.entityId) where.push(eq(fleetEvents.entityId, filter.entityId));
  if (filter.from !== undefined) where.push(gte(fleetEvents.occurredAt, new Date(filter.from)));
  if (filter.to !== undefined) where.push(lte(fleetEvents.occurredAt, new Date(filter.to)));
  return db
    .select()
    .from(fleetEvents)
    .where(and(...where))
    .orderBy(desc(fleetEvents.occurredAt))
    .limit(filter.limit);
}
