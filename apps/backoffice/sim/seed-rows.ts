import { draw, kioskIdOf, silentSince } from "./seed-visits";

/**
 * The seed's tables, each one INSERT ... SELECT over `seed_visits` (or a
 * series), in the shapes the agents' outboxes and the console make: events
 * with their details and snapshots, the payments' projection consistent with
 * them, report links, commands, the console's audit.
 */

const ms = (at: string) => `(extract(epoch from ${at}) * 1000)::bigint`;
const amount = `(case when diagnostics then 48000 else 35000 end)`;
const confirmedAt = `at + interval '40 seconds'`;

function snapshot(status: string, version: number, refunded: string, confirmed: boolean, offset: string) {
  return `jsonb_build_object('sessionId', 'ses_' || v, 'amount', ${amount}, 'currency', 'RUB', 'status', '${status}',
    'refundedAmount', ${refunded}, 'provider', 'yookassa', 'createdAt', ${ms("at + interval '10 seconds'")},
    'confirmedAt', ${confirmed ? ms(confirmedAt) : "null"}, 'updatedAt', ${ms(`at + interval '${offset}'`)},
    'version', ${version})`;
}
const delivery = (error: string) =>
  `jsonb_build_object('reportId', 'rpt_' || v, 'channel', 'email', 'provider', 'smtp', 'attempts', 1, 'error', ${error})`;
const payment = `jsonb_build_object('provider', 'yookassa', 'amount', ${amount})`;

/** Each visit's events: (slot, when it happens, name, entity, whether, details, snapshot). */
const slots: Array<[number, string, string, string, string, string, string]> = [
  [
    0,
    "0 seconds",
    "session.created",
    "session",
    "true",
    `jsonb_build_object('type', case when diagnostics then 'diagnostics' else 'thickness' end, 'contactEmail', 'c***t@example.com')`,
    "null",
  ],
  [1, "10 seconds", "payment.created", "payment", "paid", payment, snapshot("pending", 1, "0", false, "10 seconds")],
  [
    2,
    "40 seconds",
    "payment.confirmed",
    "payment",
    "confirmed",
    payment,
    snapshot("confirmed", 2, "0", true, "40 seconds"),
  ],
  [
    3,
    "15 minutes",
    "payment.expired",
    "payment",
    "paid and not confirmed",
    payment,
    snapshot("expired", 2, "0", false, "15 minutes"),
  ],
  [
    4,
    "60 seconds",
    "report.generated",
    "report",
    "confirmed",
    `jsonb_build_object('type', 'diagnostics', 'templateVersion', 3)`,
    "null",
  ],
  [5, "70 seconds", "delivery.sent", "delivery", "confirmed and not dead", delivery("null"), "null"],
  [6, "1 hour", "delivery.dead", "delivery", "confirmed and dead", delivery("'smtp 550 mailbox unavailable'"), "null"],
  [7, "3 hours", "delivery.redriven", "delivery", "confirmed and redriven", delivery("null"), "null"],
  [8, "3 hours 30 seconds", "delivery.sent", "delivery", "confirmed and redriven", delivery("null"), "null"],
  [9, "90 seconds", "session.completed", "session", "confirmed", `jsonb_build_object('reason', 'completed')`, "null"],
  [10, "16 minutes", "session.expired", "session", "not confirmed", `jsonb_build_object('reason', 'expired')`, "null"],
  [
    11,
    "2 hours",
    "payment.partially_refunded",
    "payment",
    "confirmed and refunded",
    `jsonb_build_object('amount', 12000)`,
    snapshot("partially_refunded", 3, "12000", true, "2 hours"),
  ],
  [
    12,
    "2 hours 10 seconds",
    "payment.refund_succeeded",
    "payment",
    "confirmed and refunded",
    `jsonb_build_object('amount', 12000)`,
    "null",
  ],
  [13, "20 minutes", "payment.late_success", "payment", "paid and not confirmed and late", payment, "null"],
  [
    14,
    "21 minutes",
    "payment.refund_succeeded",
    "payment",
    "paid and not confirmed and late_refunded",
    payment,
    "null",
  ],
];
const entityPrefix: Record<string, string> = { session: "ses_", payment: "pay_", report: "rpt_", delivery: "dlv_" };

/** Visits `from` to `to` (by number) as fleet events; run in slices on parallel connections. */
export function seedEventsSql(from: number, to: number): string {
  const values = slots
    .map(
      ([slot, offset, event, entity, when, details, snap]) =>
        `(${slot}, interval '${offset}', '${event}', '${entity}', ${when}, ${details}, ${snap})`,
    )
    .join(",\n      ");
  return `
    insert into fleet_events (kiosk_id, event_id, event, entity_type, entity_id, occurred_at, received_at, payload)
    select ${kioskIdOf("k")}, 'evt_' || v || '_' || e.slot, e.event, e.entity_type,
      case e.entity_type ${Object.entries(entityPrefix)
        .map(([type, prefix]) => `when '${type}' then '${prefix}' || v`)
        .join(" ")} end,
      least(at + e.offset_by, now()), least(at + e.offset_by, now()) + interval '2 seconds',
      jsonb_build_object('details', e.details, 'snapshot', e.snapshot)
    from seed_visits cross join lateral (values
      ${values}
    ) as e(slot, offset_by, event, entity_type, happened, details, snapshot)
    where e.happened and v >= ${from} and v < ${to}`;
}

/** Each paying visit's payment as its last snapshot left it. */
export const seedPaymentsSql = `
  insert into fleet_payments (kiosk_id, payment_id, session_id, status, amount, refunded_amount, currency, provider,
    created_at, confirmed_at, version)
  select ${kioskIdOf("k")}, 'pay_' || v, 'ses_' || v,
    case when confirmed and refunded then 'partially_refunded' when confirmed then 'confirmed' else 'expired' end,
    ${amount}, case when confirmed and refunded then 12000 else 0 end, 'RUB', 'yookassa',
    at + interval '10 seconds', case when confirmed then ${confirmedAt} end,
    case when confirmed and refunded then 3 else 2 end
  from seed_visits where paid`;

const zones = [
  "Europe/Moscow",
  "Europe/Kaliningrad",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Novosibirsk",
  "Asia/Vladivostok",
];

/** The fleet's kiosks: zones, devices (a few not ready), versions, last seen (one in 20 silent), a few broken chains. */
export function seedKiosksSql(kiosks: number): string {
  return `
    insert into kiosks (id, name, version, last_seen_at, time_zone, devices, created_at, created_by, audit_chain,
      audit_chain_problem, credential_issued_at)
    select ${kioskIdOf("k")}, 'Киоск ' || (k + 1), '1.' || (4 + k % 3) || '.' || (k % 5),
      coalesce(${silentSince("k")}, now() - (k % 60) * interval '1 second'),
      (array['${zones.join("','")}'])[1 + k % ${zones.length}],
      jsonb_build_object(
        'obd', jsonb_build_object('driver', 'elm327', 'ready', k % 50 <> 3, 'error', case when k % 50 = 3 then 'NO_ADAPTER' end),
        'gauge', jsonb_build_object('driver', 'etari-et', 'ready', true, 'error', null),
        'locker', jsonb_build_object('driver', 'kerong', 'ready', true, 'error', null)),
      now() - interval '120 days', 'op_seed_0',
      case when k % 97 = 5 then 'broken' else 'ok' end,
      case when k % 97 = 5 then 'row 1234: its hash does not match its content' end,
      now() - interval '120 days'
    from generate_series(0, ${kiosks - 1}) k`;
}

/** One report in ten of the last 30 days has a link (a small PDF and its page). */
export const seedReportLinksSql = `
  insert into report_links (kiosk_id, report_id, type, sha256, pdf, pdf_bytes, page, token_hash, token_sealed,
    report_created_at, uploaded_at, expires_at, opened_count)
  select ${kioskIdOf("k")}, 'rpt_' || v, 'diagnostics', encode(sha256(('pdf' || v)::bytea), 'hex'),
    decode(repeat('25504446', 256), 'hex'), 1024,
    jsonb_build_object('type', 'diagnostics', 'title', 'Диагностика', 'createdAt', ${ms("at")}),
    sha256(('link' || v)::bytea), sha256(('sealed' || v)::bytea), at + interval '60 seconds', at + interval '65 seconds',
    at + interval '30 days', (v % 3)::int
  from seed_visits where confirmed and linked and at > now() - interval '30 days'`;

const kinds = ["refund", "redeliver", "resend", "open_cell", "expire_session"];

/** Thirty commands a kiosk over the seed's days: most done, some failed or expired, a few pending. */
export function seedCommandsSql(kiosks: number, days: number): string {
  return `
    insert into kiosk_commands (id, kiosk_id, kind, params, status, requested_by, requested_by_email, created_at,
      expires_at, fetched_at, fetches, finished_at, result, error)
    select 'cmd_seed_' || c, ${kioskIdOf("c % " + kiosks)}, (array['${kinds.join("','")}'])[1 + c % ${kinds.length}],
      jsonb_build_object('paymentId', 'pay_' || c), s.status, 'op_seed_' || (c % 20), 'operator' || (c % 20) || '@example.com',
      s.at, s.at + interval '1 day', case when s.status in ('done', 'failed') then s.at + interval '5 seconds' end,
      case when s.status in ('done', 'failed') then 1 else 0 end,
      case when s.status <> 'pending' then s.at + interval '6 seconds' end,
      case when s.status = 'done' then '{"ok": true}'::jsonb end,
      case when s.status = 'failed' then 'the PSP refused: insufficient funds' end
    from generate_series(0, ${kiosks * 30 - 1}) c
    cross join lateral (select
      case when c % 20 < 16 then 'done' when c % 20 < 18 then 'failed' when c % 20 < 19 then 'expired' else 'pending' end as status,
      now() - (${days} * 86400 * (1 - c::float8 / ${kiosks * 30})) * interval '1 second' as at) s`;
}

/** The console's audit: sign-ins and the commands' requests, by twenty people. */
export function seedConsoleAuditSql(rows: number, kiosks: number, days: number): string {
  return `
    insert into console_audit (at, operator_id, operator_email, action, kiosk_id, target, details, ip)
    select now() - (${days} * 86400 * (1 - a::float8 / ${rows})) * interval '1 second', 'op_seed_' || (a % 20),
      'operator' || (a % 20) || '@example.com',
      (array['auth.login', 'command.refund', 'command.redeliver', 'auth.logout', 'kiosk.rename'])[1 + a % 5],
      case when a % 5 in (1, 2, 4) then ${kioskIdOf("a % " + kiosks)} end, 'pay_' || a, '{}'::jsonb, '10.0.0.' || (a % 250)
    from generate_series(0, ${rows - 1}) a`;
}

/** The kiosks' hourly counters as ingest would have left them: the migration's recount. */
export const seedCountersSql = `
  insert into fleet_kiosk_hours (kiosk_id, hour, sessions, payments, revenue)
  select kiosk_id, hour, sum(sessions), sum(payments), sum(revenue) from (
    select kiosk_id, date_trunc('hour', occurred_at, 'UTC') as hour, 1 as sessions, 0 as payments, 0::bigint as revenue
    from fleet_events where event = 'session.created'
    union all
    select kiosk_id, date_trunc('hour', confirmed_at, 'UTC'), 0, 1, amount - refunded_amount
    from fleet_payments where confirmed_at is not null) c
  group by kiosk_id, hour`;

/** The refund queue and the dead deliveries as ingest would have left them: the migration's search. */
export const seedUnsettledSql = `
  insert into fleet_unsettled (kiosk_id, kind, entity_id, event_id, at)
  select e.kiosk_id, case e.event when 'payment.late_success' then 'late_success' else 'dead_delivery' end,
    e.entity_id, e.event_id, e.occurred_at
  from fleet_events e
  where e.event in ('payment.late_success', 'delivery.dead') and not exists (
    select 1 from fleet_events later
    where later.entity_id = e.entity_id and later.kiosk_id = e.kiosk_id and later.occurred_at >= e.occurred_at
      and later.event = case e.event when 'payment.late_success' then 'payment.refund_succeeded' else 'delivery.sent' end)`;

export const seedEventCountsSql = `
  update kiosks set events_received = c.n from (select kiosk_id, count(*) as n from fleet_events group by kiosk_id) c
  where kiosks.id = c.kiosk_id`;

export { draw };
