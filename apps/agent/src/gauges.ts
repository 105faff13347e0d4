import { payments, type Db } from "@kiosk/db";
import { eq, sql } from "drizzle-orm";

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
