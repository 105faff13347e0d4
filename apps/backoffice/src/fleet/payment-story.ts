import { and, asc, eq } from "drizzle-orm";
import { DomainError } from "@kiosk/core";
import { idText } from "@kiosk/fleet-contract";
import { z } from "zod";
import type { BackofficeDb } from "../db";
import { fleetEvents, fleetPayments } from "../schema";

export const paymentKey = z.object({ kioskId: idText, paymentId: idText }).strict();

/**
 * One payment of one kiosk and its whole story: every event the kiosk sent
 * about it, oldest first, with its details (created, confirmed, refunds
 * asked and settled, receipts when the details carry them, a late success)
 * and the snapshot after each. Looked up by kiosk and id together: another
 * kiosk's payment of the same id is another payment. NOT_FOUND when the kiosk
 * sent nothing of it.
 */
export async function paymentStory(db: BackofficeDb, key: z.infer<typeof paymentKey>) {
  const [payment] = await db
    .select()
    .from(fleetPayments)
    .where(and(eq(fleetPayments.kioskId, key.kioskId), eq(fleetPayments.paymentId, key.paymentId)));
  const events = await db
    .select({
      eventId: fleetEvents.eventId,
      event: fleetEvents.event,
      at: fleetEvents.occurredAt,
      receivedAt: fleetEvents.receivedAt,
      payload: fleetEvents.payload,
    })
    .from(fleetEvents)
    .where(
      and(
        eq(fleetEvents.entityId, key.paymentId),
        eq(fleetEvents.kioskId, key.kioskId),
        eq(fleetEvents.entityType, "payment"),
      ),
    )
    .orderBy(asc(fleetEvents.occurredAt), asc(fleetEvents.receivedAt), asc(fleetEvents.eventId));
  if (!payment && events.length === 0) throw new DomainError("NOT_FOUND", "no such payment on this kiosk");
  return {
    payment: payment ?? null,
    events: events.map(({ payload, ...event }) => ({
      ...event,
      details: (payload.details ?? {}) as Record<string, unknown>,
      snapshot: (payload.snapshot ?? null) as Record<string, unknown> | null,
    })),
  };
}
