import { paymentEvents, type Db } from "@kiosk/db";
import { and, inArray, isNull, lt } from "drizzle-orm";

/**
 * Deletes one batch of payment events that belong to no payment (refused or
 * unknown notifications) older than `cutoff`. Events of a payment go with it.
 */
export function purgeOrphanEventsBatch(db: Db, cutoff: number, limit = 500): number {
  const old = db
    .select({ id: paymentEvents.id })
    .from(paymentEvents)
    .where(and(isNull(paymentEvents.paymentId), lt(paymentEvents.receivedAt, cutoff)))
    .limit(limit)
    .all();
  if (old.length === 0) return 0;
  return db
    .delete(paymentEvents)
    .where(
      inArray(
        paymentEvents.id,
        old.map((row) => row.id),
      ),
    )
    .run().changes;
}
