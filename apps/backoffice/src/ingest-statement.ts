import type { FleetEvent } from "@kiosk/fleet-contract";
import { sql, type SQL } from "drizzle-orm";

/** Epoch milliseconds (a JSON number or its text) as a timestamptz, exactly. */
const fromMs = (ms: SQL) => sql`(timestamptz 'epoch' + (${ms})::bigint * interval '1 millisecond')`;
const utcHour = (at: SQL) => sql`date_trunc('hour', ${at}, 'UTC')`;
/** Which queue an event opens or settles (fleet_unsettled.kind), and what settles an opening one. */
const unsettledKind = (event: string) =>
  sql.raw(
    `(case when ${event} in ('payment.late_success', 'payment.refund_succeeded') then 'late_success' else 'dead_delivery' end)`,
  );
const settledBy = (event: string) =>
  sql.raw(`(case ${event} when 'payment.late_success' then 'payment.refund_succeeded' else 'delivery.sent' end)`);

/**
 * One statement that stores a kiosk's events and everything they move, so a
 * batch costs one round trip whatever its size:
 *
 * - `input`: the events from one JSON parameter, a repeated id kept once (its
 *   first), as one multi-row INSERT with ON CONFLICT DO NOTHING would;
 * - `stored`: the events that were new (a batch sent again stores nothing);
 * - `snapshots`: per payment, the snapshot that sequential projection would
 *   leave: the highest version in the batch (the first of equals), or, when
 *   none is versioned, the last unversioned one;
 * - `moved`: the projection, moved only by a strictly higher version, or by an
 *   unversioned snapshot where no versioned one has been yet;
 * - `counted`: the kiosk's hourly counters, by the new sessions and by each
 *   moved payment's net money (the old contribution out, the new one in);
 * - `cleared`, `opened`: the refund queue and the dead deliveries (fleet_unsettled):
 *   a settling event clears what it settles, an opening one is listed unless
 *   it is settled already (by a stored event or one of this batch);
 * - the kiosk's count of events received.
 *
 * The caller holds the kiosk's row lock, so no other transaction moves this
 * kiosk's payments between `before` and `moved`. Answers how many were new.
 */
export function storeEventsStatement(kioskId: string, events: FleetEvent[], now: Date): SQL {
  const rows = events.map((e, ord) => ({
    ord,
    event_id: e.eventId,
    event: e.event,
    entity_type: e.entityType,
    entity_id: e.entityId,
    at: e.at,
    payload: e.payload,
  }));
  const s = (field: string) => sql`(f.snapshot ->> ${field})`;
  return sql`
    with input as (
      select distinct on (x.event_id) x.*
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as x(ord int, event_id text, event text, entity_type text, entity_id text, at bigint, payload jsonb)
      order by x.event_id, x.ord
    ),
    stored as (
      insert into fleet_events (kiosk_id, event_id, event, entity_type, entity_id, occurred_at, received_at, payload)
      select ${kioskId}, event_id, event, entity_type, entity_id, ${fromMs(sql`at`)}, ${now}, payload
      from input order by ord
      on conflict do nothing
      returning event_id, event, occurred_at
    ),
    fresh as (
      select event_id, i.ord, i.entity_type, i.entity_id, i.payload, s.event, s.occurred_at
      from stored s join input i using (event_id)
    ),
    snapshots as (
      select distinct on (f.entity_id) f.entity_id as payment_id, f.snapshot, f.version
      from (
        select entity_id, ord, payload -> 'snapshot' as snapshot,
          coalesce((payload -> 'snapshot' ->> 'version')::bigint, 0) as version
        from fresh where entity_type = 'payment' and jsonb_typeof(payload -> 'snapshot') = 'object'
      ) f
      order by f.entity_id, f.version desc, case when f.version > 0 then f.ord else -f.ord end
    ),
    before as (
      select p.payment_id, p.confirmed_at, p.amount - p.refunded_amount as net
      from fleet_payments p join snapshots using (payment_id)
      where p.kiosk_id = ${kioskId}
    ),
    moved as (
      insert into fleet_payments as p (kiosk_id, payment_id, session_id, status, amount, refunded_amount,
        currency, provider, created_at, confirmed_at, version)
      select ${kioskId}, f.payment_id, ${s("sessionId")}, ${s("status")}, ${s("amount")}::int,
        ${s("refundedAmount")}::int, ${s("currency")}, ${s("provider")}, ${fromMs(s("createdAt"))},
        ${fromMs(s("confirmedAt"))}, f.version
      from snapshots f
      on conflict (kiosk_id, payment_id) do update set
        status = excluded.status, refunded_amount = excluded.refunded_amount,
        confirmed_at = excluded.confirmed_at, version = excluded.version
      where case when excluded.version = 0 then p.version = 0 else p.version < excluded.version end
      returning p.payment_id, p.confirmed_at, p.amount - p.refunded_amount as net
    ),
    deltas as (
      select ${utcHour(sql`occurred_at`)} as hour, 1 as sessions, 0 as payments, 0::bigint as revenue
      from fresh where event = 'session.created'
      union all
      select ${utcHour(sql`confirmed_at`)}, 0, 1, net from moved where confirmed_at is not null
      union all
      select ${utcHour(sql`b.confirmed_at`)}, 0, -1, -b.net
      from before b join moved using (payment_id) where b.confirmed_at is not null
    ),
    counted as (
      insert into fleet_kiosk_hours as h (kiosk_id, hour, sessions, payments, revenue)
      select ${kioskId}, hour, sum(sessions), sum(payments), sum(revenue) from deltas group by hour
      on conflict (kiosk_id, hour) do update set
        sessions = h.sessions + excluded.sessions, payments = h.payments + excluded.payments,
        revenue = h.revenue + excluded.revenue
    ),
    settling as (
      select entity_id, occurred_at, ${unsettledKind("event")} as kind
      from fresh where event in ('payment.refund_succeeded', 'delivery.sent')
    ),
    cleared as (
      delete from fleet_unsettled u using settling s
      where u.kiosk_id = ${kioskId} and u.kind = s.kind and u.entity_id = s.entity_id and u.at <= s.occurred_at
    ),
    opened as (
      insert into fleet_unsettled (kiosk_id, kind, entity_id, event_id, at)
      select ${kioskId}, ${unsettledKind("f.event")}, f.entity_id, f.event_id, f.occurred_at
      from fresh f
      where f.event in ('payment.late_success', 'delivery.dead')
        and not exists (select 1 from settling s
          where s.entity_id = f.entity_id and s.kind = ${unsettledKind("f.event")} and s.occurred_at >= f.occurred_at)
        and not exists (select 1 from fleet_events later
          where later.entity_id = f.entity_id and later.kiosk_id = ${kioskId} and later.occurred_at >= f.occurred_at
            and later.event = ${settledBy("f.event")})
      on conflict do nothing
    ),
    received as (
      update kiosks set events_received = events_received + (select count(*) from stored) where id = ${kioskId}
    )
    select count(*)::int as stored from stored`;
}
