import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import { epochMs, idText, storableText } from "@kiosk/fleet-contract";
import { z } from "zod";
import type { BackofficeDb } from "../db";
import { fleetEvents } from "../schema";

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
