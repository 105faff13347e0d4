import {
  checkFleetEvent,
  type FleetEvent,
  type IngestAnswer,
  type IngestRequest,
  type RefusedEvent,
} from "@kiosk/fleet-contract";
import { sql } from "drizzle-orm";
import type { BackofficeDb } from "./db";
import { fleetEvents, fleetPayments, kiosks } from "./schema";

type Tx = Parameters<Parameters<BackofficeDb["transaction"]>[0]>[0];

/** PostgreSQL refused the data itself (class 22: data exception, 54: a limit): that event's fault, not the batch's. */
function isDataError(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === "string" && /^(22|54)/.test(e.code)) return true;
  }
  return false;
}

/** Inserts the events (each once per kiosk and id); returns the ids that were new. */
async function insertEvents(tx: Tx, kioskId: string, events: FleetEvent[], now: Date): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const inserted = await tx
    .insert(fleetEvents)
    .values(
      events.map((e) => ({
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
  return new Set(inserted.map((row) => row.eventId));
}

/**
 * Moves the payment's projection to this event's snapshot if, and only if, its
 * version is strictly newer. A snapshot from an agent older than the counter
 * has none: it counts as 0, so it moves only a projection that no versioned
 * event has reached yet (in arrival order, as before the counter), and any
 * versioned event overtakes it.
 */
async function project(tx: Tx, kioskId: string, event: FleetEvent): Promise<void> {
  if (event.entityType !== "payment" || !event.payload.snapshot) return;
  const p = event.payload.snapshot;
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
    version: p.version ?? 0,
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
      setWhere: row.version === 0 ? sql`${fleetPayments.version} = 0` : sql`${fleetPayments.version} < ${row.version}`,
    });
}

/** Stores events and projects the new ones, in order; a duplicate id changes nothing. */
async function store(tx: Tx, kioskId: string, events: FleetEvent[], now: Date): Promise<number> {
  const fresh = await insertEvents(tx, kioskId, events, now);
  for (const event of events) if (fresh.has(event.eventId)) await project(tx, kioskId, event);
  return fresh.size;
}

/**
 * Stores a kiosk's batch in one transaction: each valid event once (a batch sent
 * again after a lost answer adds nothing), the payments' projection moved only
 * forward, the kiosk's last-seen time. An event that fails the contract, or that
 * PostgreSQL still refuses, is refused alone and named in the answer; the rest
 * are stored, so one bad event never silences a kiosk.
 */
export async function ingest(db: BackofficeDb, request: IngestRequest, now: Date): Promise<IngestAnswer> {
  const refused: RefusedEvent[] = [];
  const valid: Array<{ event: FleetEvent; index: number }> = [];
  request.events.forEach((raw, index) => {
    const checked = checkFleetEvent(raw, index);
    if (checked.ok) valid.push({ event: checked.event, index });
    else refused.push(checked.refused);
  });
  const accepted = await db.transaction(async (tx) => {
    let stored: number;
    try {
      stored = await tx.transaction((batch) =>
        store(
          batch,
          request.kioskId,
          valid.map((v) => v.event),
          now,
        ),
      );
    } catch (error) {
      if (!isDataError(error)) throw error;
      stored = 0;
      // One by one, each in its own savepoint, to find the events PostgreSQL will not take.
      for (const { event, index } of valid) {
        try {
          stored += await tx.transaction((one) => store(one, request.kioskId, [event], now));
        } catch (eventError) {
          if (!isDataError(eventError)) throw eventError;
          refused.push({ index, eventId: event.eventId, field: "(event)", message: "the database refused this event" });
        }
      }
    }
    await tx
      .insert(kiosks)
      .values({ id: request.kioskId, version: request.version ?? null, lastSeenAt: now, eventsReceived: stored })
      .onConflictDoUpdate({
        target: kiosks.id,
        set: {
          version: request.version ?? sql`${kiosks.version}`,
          lastSeenAt: now,
          eventsReceived: sql`${kiosks.eventsReceived} + ${stored}`,
        },
      });
    return stored;
  });
  refused.sort((a, b) => a.index - b.index);
  return { accepted, duplicates: request.events.length - accepted - refused.length, refused };
}
