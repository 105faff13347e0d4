import { deleteBatch, paymentEvents, type Db } from "@kiosk/db";
import { and, isNull, lt } from "drizzle-orm";

/**
 * Deletes one batch of payment events that belong to no payment (refused or
 * unknown notifications) older than `cutoff`. Events of a payment go with it.
 */
export function purgeOrphanEventsBatch(db: Db, cutoff: number, limit = 500): number {
  const orphansBefore = and(isNull(paymentEvents.paymentId), lt(paymentEvents.receivedAt, cutoff));
  return deleteBatch(db, paymentEvents, paymentEvents.id, orphansBefore, limit);
}
