import { and, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { epochMs, idText, kopecks, storableText } from "@kiosk/fleet-contract";
import { z } from "zod";
import type { BackofficeDb } from "../db";
import { fleetPayments } from "../schema";

export const paymentsFilter = z
  .object({
    kioskId: idText.optional(),
    status: storableText(40).optional(),
    /** Epoch ms, by when the payment was created. */
    from: epochMs.optional(),
    to: epochMs.optional(),
    /** Kopecks, the amount charged (before refunds), both ends included. */
    minAmount: kopecks.optional(),
    maxAmount: kopecks.optional(),
    /** The next page: the last row of this one (its createdAt in epoch ms, kioskId, paymentId). */
    after: z.object({ createdAt: epochMs, kioskId: idText, paymentId: idText }).strict().optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type PaymentsFilter = z.infer<typeof paymentsFilter>;

/** The fleet's payments, newest first (ties by kiosk and id, so pages never skip or repeat a row). */
export function fleetPaymentList(db: BackofficeDb, filter: PaymentsFilter) {
  const p = fleetPayments;
  const where: SQL[] = [];
  if (filter.kioskId) where.push(eq(p.kioskId, filter.kioskId));
  if (filter.status) where.push(eq(p.status, filter.status));
  if (filter.from !== undefined) where.push(gte(p.createdAt, new Date(filter.from)));
  if (filter.to !== undefined) where.push(lte(p.createdAt, new Date(filter.to)));
  if (filter.minAmount !== undefined) where.push(gte(p.amount, filter.minAmount));
  if (filter.maxAmount !== undefined) where.push(lte(p.amount, filter.maxAmount));
  if (filter.after) {
    const { createdAt, kioskId, paymentId } = filter.after;
    where.push(
      sql`(${p.createdAt}, ${p.kioskId}, ${p.paymentId}) < (${new Date(createdAt)}, ${kioskId}, ${paymentId})`,
    );
  }
  return db
    .select()
    .from(p)
    .where(and(...where))
    .orderBy(desc(p.createdAt), desc(p.kioskId), desc(p.paymentId))
    .limit(filter.limit);
}
