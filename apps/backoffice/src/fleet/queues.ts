import { and, desc, eq } from "drizzle-orm";
import type { BackofficeDb } from "../db";
import { fleetEvents, fleetPayments, fleetUnsettled, type UnsettledKind } from "../schema";

/** The newest 500 open rows of one queue, taken from its index before any join. */
const newestOpen = (db: BackofficeDb, kind: UnsettledKind) =>
  db
    .$with("open")
    .as(
      db.select().from(fleetUnsettled).where(eq(fleetUnsettled.kind, kind)).orderBy(desc(fleetUnsettled.at)).limit(500),
    );

const detailsOf = (payload: Record<string, unknown>) => (payload.details ?? {}) as Record<string, unknown>;
const textOr = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * Money taken for intents a kiosk had already closed. The kiosk refunds these by
 * itself; what is listed here has no refund completed since, so an operator
 * refunds it from the console. With the payment's projection, when there is one.
 */
export async function refundQueue(db: BackofficeDb) {
  const open = newestOpen(db, "late_success");
  const rows = await db
    .with(open)
    .select({
      kioskId: open.kioskId,
      paymentId: open.entityId,
      at: open.at,
      payload: fleetEvents.payload,
      amount: fleetPayments.amount,
      refundedAmount: fleetPayments.refundedAmount,
      status: fleetPayments.status,
    })
    .from(open)
    .innerJoin(fleetEvents, and(eq(fleetEvents.kioskId, open.kioskId), eq(fleetEvents.eventId, open.eventId)))
    .leftJoin(fleetPayments, and(eq(fleetPayments.kioskId, open.kioskId), eq(fleetPayments.paymentId, open.entityId)))
    .orderBy(desc(open.at));
  return rows.map(({ payload, ...row }) => ({ ...row, details: detailsOf(payload) }));
}

/**
 * Deliveries that died and were not sent since: a customer without the report
 * they paid for. With the report's id, channel and last error, so an operator
 * redelivers it.
 */
export async function deadDeliveries(db: BackofficeDb) {
  const open = newestOpen(db, "dead_delivery");
  const rows = await db
    .with(open)
    .select({ kioskId: open.kioskId, deliveryId: open.entityId, at: open.at, payload: fleetEvents.payload })
    .from(open)
    .innerJoin(fleetEvents, and(eq(fleetEvents.kioskId, open.kioskId), eq(fleetEvents.eventId, open.eventId)))
    .orderBy(desc(open.at));
  return rows.map((row) => {
    const details = detailsOf(row.payload);
    return {
      ...row,
      reportId: textOr(details.reportId),
      channel: textOr(details.channel),
      error: textOr(details.error),
    };
  });
}
