import type { FleetEvent } from "@kiosk/fleet-contract";
import fc from "fast-check";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBackofficeDb } from "../src/db";
import { ingest } from "../src/ingest";
import { testPostgres } from "./postgres";

/**
 * The set-based ingest against the rules it replaced, written as the
 * event-by-event model they were: on a real PostgreSQL, random batches of
 * payment snapshots (versioned and not, repeated ids, several payments and
 * kiosks) leave exactly the projection the model leaves, the kiosks'
 * hourly counters always equal a recount from the stored rows, and the refund
 * and delivery queues always hold what a search over every event finds.
 */
let pg: Awaited<ReturnType<typeof testPostgres>>;
let backoffice: Awaited<ReturnType<typeof openBackofficeDb>>;
beforeAll(async () => {
  pg = await testPostgres();
  backoffice = await openBackofficeDb(pg.url, { logger: pino({ level: "silent" }) });
}, 60_000);
afterAll(async () => {
  await backoffice.close();
  pg.remove();
});

const hour = 3_600_000;
const day = Date.UTC(2026, 2, 1);
interface Projected {
  status: string;
  refundedAmount: number;
  confirmedAt: number | null;
  version: number;
}

/** The rules as they were: each new event in arrival order; only a strictly newer version, or 0 over 0, moves. */
function model(batches: Array<{ kioskId: string; events: FleetEvent[] }>) {
  const stored = new Set<string>();
  const payments = new Map<string, Projected>();
  for (const { kioskId, events } of batches) {
    for (const e of events) {
      const key = `${kioskId}/${e.eventId}`;
      if (stored.has(key)) continue;
      stored.add(key);
      if (e.entityType !== "payment" || !e.payload.snapshot) continue;
      const s = e.payload.snapshot;
      const version = s.version ?? 0;
      const id = `${kioskId}/${e.entityId}`;
      const row = payments.get(id);
      if (row && (version === 0 ? row.version !== 0 : row.version >= version)) continue;
      payments.set(id, { status: s.status, refundedAmount: s.refundedAmount, confirmedAt: s.confirmedAt, version });
    }
  }
  return payments;
}

const amountOf = (paymentId: string) => 10_000 * (Number(paymentId.slice(-1)) + 1);
const paymentEvent = fc
  .record({
    eventId: fc.integer({ min: 0, max: 30 }),
    payment: fc.integer({ min: 0, max: 2 }),
    version: fc.integer({ min: 0, max: 4 }),
    status: fc.constantFrom("pending", "confirmed", "partially_refunded", "refunded"),
    refunded: fc.integer({ min: 0, max: 10_000 }),
    confirmedHour: fc.option(fc.integer({ min: 0, max: 3 })),
  })
  .map((g): FleetEvent => {
    const paymentId = `pay_${g.payment}`;
    return {
      eventId: `evt_${g.eventId}`,
      event: "payment.confirmed",
      entityType: "payment",
      entityId: paymentId,
      at: day + g.eventId * 1_000,
      payload: {
        details: {},
        snapshot: {
          sessionId: `ses_${g.payment}`,
          amount: amountOf(paymentId),
          currency: "RUB",
          status: g.status,
          refundedAmount: g.refunded,
          provider: "yookassa",
          createdAt: day,
          confirmedAt: g.confirmedHour === null ? null : day + g.confirmedHour * hour + 60_000,
          updatedAt: day,
          ...(g.version > 0 ? { version: g.version } : {}),
        },
      },
    };
  });
const sessionEvent = fc
  .record({ eventId: fc.integer({ min: 31, max: 60 }), startHour: fc.integer({ min: 0, max: 3 }) })
  .map((g): FleetEvent => ({
    eventId: `evt_${g.eventId}`,
    event: "session.created",
    entityType: "session",
    entityId: `ses_${g.eventId}`,
    at: day + g.startHour * hour + g.eventId,
    payload: { details: {}, snapshot: null },
  }));
/** Late successes and dead deliveries, and what settles them, out of order and repeated. */
const queueEvent = fc
  .record({
    eventId: fc.integer({ min: 61, max: 90 }),
    kind: fc.constantFrom(
      ["payment.late_success", "payment"],
      ["payment.refund_succeeded", "payment"],
      ["delivery.dead", "delivery"],
      ["delivery.sent", "delivery"],
    ),
    entity: fc.integer({ min: 0, max: 1 }),
    minute: fc.integer({ min: 0, max: 3 }),
  })
  .map((g) => ({
    eventId: `evt_${g.eventId}`,
    event: g.kind[0],
    entityType: g.kind[1],
    entityId: `${g.kind[1] === "payment" ? "pay" : "dlv"}_${g.entity}`,
    at: day + g.minute * 60_000,
    payload: { details: { reportId: "rpt_1" }, snapshot: null },
  }));
const batch = fc.record({
  kioskId: fc.constantFrom("kiosk-a", "kiosk-b"),
  events: fc.array(fc.oneof(paymentEvent, paymentEvent, sessionEvent, queueEvent), { minLength: 1, maxLength: 8 }),
});

/** The queues as ingest keeps them, and as the search over every stored event finds them. */
async function queuesAndSearch() {
  const kept = await backoffice.pool.query(
    "select kiosk_id, kind, entity_id, event_id from fleet_unsettled order by 1, 2, 3, 4",
  );
  const searched = await backoffice.pool.query(
    `select kiosk_id, case event when 'payment.late_success' then 'late_success' else 'dead_delivery' end as kind,
       entity_id, event_id
     from fleet_events e where event in ('payment.late_success', 'delivery.dead') and not exists (
       select 1 from fleet_events later where later.kiosk_id = e.kiosk_id and later.entity_id = e.entity_id
         and later.occurred_at >= e.occurred_at
         and later.event = case e.event when 'payment.late_success' then 'payment.refund_succeeded' else 'delivery.sent' end)
     order by 1, 2, 3, 4`,
  );
  return { kept: kept.rows, searched: searched.rows };
}

async function projection() {
  const { rows } = await backoffice.pool.query<{ id: string } & Projected>(
    `select kiosk_id || '/' || payment_id as id, status, refunded_amount as "refundedAmount",
       (extract(epoch from confirmed_at) * 1000)::bigint as "confirmedAt", version::int from fleet_payments`,
  );
  return new Map(
    rows.map(({ id, confirmedAt, ...row }) => [
      id,
      { ...row, confirmedAt: confirmedAt === null ? null : Number(confirmedAt) },
    ]),
  );
}

/** The counters' non-empty hours, and the same recounted from the events and the projection. */
async function countersAndRecount() {
  const counters = await backoffice.pool.query(
    `select kiosk_id, hour, sessions, payments, revenue::int from fleet_kiosk_hours
     where (sessions, payments, revenue) <> (0, 0, 0) order by kiosk_id, hour`,
  );
  const recount = await backoffice.pool.query(
    `select kiosk_id, hour, sum(sessions)::int as sessions, sum(payments)::int as payments, sum(revenue)::int as revenue from (
       select kiosk_id, date_trunc('hour', occurred_at, 'UTC') as hour, 1 as sessions, 0 as payments, 0 as revenue
       from fleet_events where event = 'session.created'
       union all
       select kiosk_id, date_trunc('hour', confirmed_at, 'UTC'), 0, 1, amount - refunded_amount
       from fleet_payments where confirmed_at is not null) c
     group by kiosk_id, hour order by kiosk_id, hour`,
  );
  return { counters: counters.rows, recount: recount.rows };
}

describe("set-based ingest", () => {
  it("leaves the projection the event-by-event rules leave, counters equal to a recount, the queues a search finds", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(batch, { minLength: 1, maxLength: 6 }), async (batches) => {
        await backoffice.pool.query(
          "truncate fleet_events, fleet_payments, fleet_kiosk_hours, fleet_unsettled, kiosks",
        );
        for (const b of batches) {
          const answer = await ingest(backoffice.db, b, new Date(day));
          expect(answer.refused).toEqual([]);
        }
        expect(await projection()).toEqual(model(batches));
        const { counters, recount } = await countersAndRecount();
        expect(counters).toEqual(recount);
        const { kept, searched } = await queuesAndSearch();
        expect(kept).toEqual(searched);
      }),
      { numRuns: 100, seed: 20261201 },
    );
  }, 120_000);
});
