import { deliveries, type DeliveryRow } from "@kiosk/db";
import { and, asc, eq, isNull, lte, notInArray, or } from "drizzle-orm";
import type { ReportingDeps } from "./deps";
import { assertDeliveryTransition } from "./delivery-state";

/** Beyond the send timeout, the time a claim leaves for reading the PDF and writing the outcome. */
const leaseGraceMs = 5_000;

/**
 * A delivery left `sending` by a crash goes back to `pending`, due after the
 * first backoff step: its attempt was counted like a failed one, and a process
 * that keeps crashing does not resend at every start (each resend after an
 * interrupted send may be a second copy).
 */
export function recoverInterruptedDeliveries(deps: ReportingDeps): number {
  return deps.db
    .update(deliveries)
    .set({
      status: "pending",
      nextAttemptAt: deps.clock.now() + deps.config.delivery.baseDelayMs,
      lastError: "interrupted by a restart",
    })
    .where(eq(deliveries.status, "sending"))
    .run().changes;
}

/**
 * The running worker's version of the same: a claim whose lease (the send
 * timeout and a grace) ran out with no outcome written (the disk was full, say)
 * and no send under way here goes back to `pending`.
 */
export function takeBackStaleClaims(deps: ReportingDeps): number {
  const now = deps.clock.now();
  return deps.db
    .update(deliveries)
    .set({ status: "pending", nextAttemptAt: now, lastError: "the outcome of the last attempt was never recorded" })
    .where(
      and(
        eq(deliveries.status, "sending"),
        lte(deliveries.nextAttemptAt, now),
        notInArray(deliveries.id, [...deps.sendsUnderWay]),
      ),
    )
    .run().changes;
}

/**
 * Claims due deliveries (pending -> sending, attempts + 1) in one transaction,
 * each with a lease: its next_attempt_at becomes the time by which the send must
 * have ended.
 */
export function claimDue(deps: ReportingDeps, limit: number): DeliveryRow[] {
  const now = deps.clock.now();
  const leaseUntil = now + deps.config.delivery.sendTimeoutMs + leaseGraceMs;
  return deps.db.transaction((tx) => {
    const due = tx
      .select()
      .from(deliveries)
      .where(
        and(eq(deliveries.status, "pending"), or(isNull(deliveries.nextAttemptAt), lte(deliveries.nextAttemptAt, now))),
      )
      .orderBy(asc(deliveries.nextAttemptAt))
      .limit(limit)
      .all();
    return due.map((row) => {
      assertDeliveryTransition(row.id, row.status, "sending");
      const [claimed] = tx
        .update(deliveries)
        .set({ status: "sending", attempts: row.attempts + 1, nextAttemptAt: leaseUntil })
        .where(and(eq(deliveries.id, row.id), eq(deliveries.status, "pending")))
        .returning()
        .all();
      return claimed as DeliveryRow;
    });
  });
}
