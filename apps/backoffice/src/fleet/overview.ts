import { sql } from "drizzle-orm";
import type { BackofficeDb } from "../db";

interface OverviewRow extends Record<string, unknown> {
  kiosk_id: string;
  name: string | null;
  version: string | null;
  last_seen_at: Date | string | null;
  events_received: string | number;
  time_zone: string;
  devices: Record<string, unknown> | null;
  audit_chain: "ok" | "broken";
  audit_chain_problem: string | null;
  sessions_today: string | number;
  payments_today: string | number;
  revenue_today: string | number;
}

/**
 * Per kiosk: its name, version, time zone and devices as it last said, when it
 * last reported (silent ones flagged), whether its audit chain holds, and its
 * day so far in its own time zone (else the fleet's): sessions, paid payments
 * and net revenue (money taken less refunded). The day is summed from the
 * counters ingest keeps per kiosk and UTC hour, at most 24 rows a kiosk; a
 * zone off the hour by a fraction counts from the hour before its midnight.
 */
export async function fleetOverview(db: BackofficeDb, options: { now: Date; silentAfterMs: number; timeZone: string }) {
  const result = await db.execute<OverviewRow>(sql`
    select k.id as kiosk_id, k.name, k.version, k.last_seen_at, k.events_received, z.zone as time_zone, k.devices,
      k.audit_chain, k.audit_chain_problem,
      coalesce(d.sessions, 0) as sessions_today, coalesce(d.payments, 0) as payments_today,
      coalesce(d.revenue, 0) as revenue_today
    from kiosks k
    cross join lateral (select coalesce(k.time_zone, ${options.timeZone}) as zone) z
    left join lateral (
      select sum(h.sessions) as sessions, sum(h.payments) as payments, sum(h.revenue) as revenue
      from fleet_kiosk_hours h
      where h.kiosk_id = k.id
        and h.hour >= date_trunc('hour', date_trunc('day', ${options.now}::timestamptz at time zone z.zone) at time zone z.zone, 'UTC')
    ) d on true
    order by k.id`);
  return result.rows.map((row) => {
    const lastSeenAt = row.last_seen_at === null ? null : new Date(row.last_seen_at);
    return {
      kioskId: row.kiosk_id,
      name: row.name,
      version: row.version,
      lastSeenAt,
      silent: lastSeenAt === null || options.now.getTime() - lastSeenAt.getTime() > options.silentAfterMs,
      eventsReceived: Number(row.events_received),
      timeZone: row.time_zone,
      devices: row.devices,
      auditChain: row.audit_chain,
      auditChainProblem: row.audit_chain_problem,
      sessionsToday: Number(row.sessions_today),
      paymentsToday: Number(row.payments_today),
      revenueToday: Number(row.revenue_today),
    };
  });
}
