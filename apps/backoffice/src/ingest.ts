import { sql } from "drizzle-orm";
import { z } from "zod";
import type { BackofficeDb } from "./db";
import { fleetEvents, fleetPayments, kiosks } from "./schema";

/** One event as a kiosk's fleet outbox sends it. */
export const fleetEventInput = z
  .object({
    eventId: z.string().min(1).max(64),
    event: z.string().min(1).max(64),
    entityType: z.enum(["session", "payment", "report", "delivery"]),
    entityId: z.string().min(1).max(100),
    at: z.number().int().nonnegative(),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();

export const ingestInput = z
  .object({
    version: z.string().max(40).optional(),
    events: z.array(fleetEventInput).max(5_000),
  })
  .strict();
export type IngestInput = z.infer<typeof ingestInput>;

const paymentSnapshot = z
  .object({
    sessionId: z.string(),
    amount: z.number().int(),
    currency: z.string(),
    status: z.string(),
    refundedAmount: z.number().int().default(0),
    provider: z.string(),
    createdAt: z.number(),
    confirmedAt: z.number().nullable(),
    updatedAt: z.number(),
  })
  .loose();

/**
 * Stores a kiosk's batch in one transaction: each event once (a batch sent
 * again after a lost answer adds nothing), the payments' projection moved only
 * forward, and the kiosk's last-seen time. Returns how many were new.
 */
export async function ingest(db: BackofficeDb, kioskId: string, input: IngestInput, now: Date) {
  return db.transaction(async (tx) => {
    let accepted = 0;
    if (input.events.length > 0) {
      const inserted = await tx
        .insert(fleetEvents)
        .values(
          input.events.map((e) => ({
            kioskId,
            eventId: e.eventId,
            event: e.event,
            entityType: e.entityType,
            entityId: e.entityId,
            occurredAt: new Date(e.at),
            receivedAt: now,
            payload: e.payload,
          })),
        )
        .onConflictDoNothing()
        .returning({ eventId: fleetEvents.eventId });
      accepted = inserted.length;
    }
    for (const event of input.events) {
      if (event.entityType !== "payment") continue;
      const snapshot = paymentSnapshot.safeParse(event.payload.snapshot);
      if (!snapshot.success) continue;
      const p = snapshot.data;
      const row = {
        kioskId,
        paymentId: event.entityId,
        sessionId: p.sessionId,
        status: p.status,
        amount: p.amount,
        refundedAmount: p.refundedAmount,
        currency: p.currency,
        provider: p.provider,
        createdAt: new Date(p.createdAt),
        confirmedAt: p.confirmedAt === null ? null : new Date(p.confirmedAt),
        version: p.updatedAt,
      };
      await tx
        .insert(fleetPayments)
        .values(row)
        .onConflictDoUpdate({
          target: [fleetPayments.kioskId, fleetPayments.paymentId],
          set: {
            status: row.status,
            refundedAmount: row.refundedAmount,
            confirmedAt: row.confirmedAt,
            version: row.version,
          },
          // Older news never moves a payment back.
          setWhere: sql`${fleetPayments.version} <= ${row.version}`,
        });
    }
    await tx
      .insert(kiosks)
      .values({ id: kioskId, version: input.version ?? null, lastSeenAt: now, eventsReceived: accepted })
      .onConflictDoUpdate({
        target: kiosks.id,
        set: {
          version: input.version ?? sql`${kiosks.version}`,
          lastSeenAt: now,
          eventsReceived: sql`${kiosks.eventsReceived} + ${accepted}`,
        },
      });
    return { accepted, duplicates: input.events.length - accepted };
  });
}
