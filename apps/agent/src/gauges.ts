import { auditLogs, deliveries, paidStatuses, payments, type Db } from "@kiosk/db";
import { and, eq, inArray, sql } from "drizzle-orm";

/** Pending payments, read at scrape time so the gauge is right after a restart. */
export function countPendingPayments(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(payments)
      .where(eq(payments.status, "pending"))
      .get()?.n ?? 0
  );
}

/** Creation time of the oldest pending payment, or null. */
export function oldestPendingPaymentAt(db: Db): number | null {
  return (
    db
      .select({ at: sql<number | null>`min(${payments.createdAt})` })
      .from(payments)
      .where(eq(payments.status, "pending"))
      .get()?.at ?? null
  );
}

/**
 * Late successes whose money has not all gone back: the agent refunds them by
 * itself, so one that stays here means that refund was refused, or the amount
 * differed and an operator must act (docs/backoffice.md).
 */
export function countLateUnrefunded(db: Db): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(payments)
      .where(
        and(
          sql`${payments.refundedAmount} < ${payments.amount}`,
          sql`exists (select 1 from ${auditLogs} where ${auditLogs.entityType} = 'payment' and ${auditLogs.entityId} = ${payments.id} and ${auditLogs.event} = 'payment.late_success')`,
        ),
      )
      .get()?.n ?? 0
  );
}

/** The oldest paid payment whose receipt YooKassa has not registered (still pending, or refused). */
export function oldestUnregisteredReceiptAt(db: Db): number | null {
  return (
    db
      .select({ at: sql<number | null>`min(${payments.confirmedAt})` })
      .from(payments)
      .where(
        and(inArray(payments.receiptRegistration, ["pending", "canceled"]), inArray(payments.status, paidStatuses)),
      )
      .get()?.at ?? null
  );
}

/**
 * Deliveries per channel in the states the outbox gauges show (waiting, being
 * sent, dead). Sent ones are most of the table and are never counted: the
 * status index keeps a scrape from reading them.
 */
export function countDeliveriesByStatus(db: Db): Array<{ channel: string; status: string; count: number }> {
  return db
    .select({ channel: deliveries.channel, status: deliveries.status, count: sql<number>`count(*)` })
    .from(deliveries)
    .where(inArray(deliveries.status, ["pending", "sending", "dead"]))
    .groupBy(deliveries.channel, deliveries.status)
    .all();
}
