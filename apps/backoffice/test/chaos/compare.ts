import pg from "pg";
import { readKiosk, type FleetKiosk } from "../../sim/fleet-kiosk";

/** One kiosk's own SQLite against what PostgreSQL holds for it. */
export interface KioskComparison {
  kioskId: string;
  /** Outbox rows the kiosk marked sent. */
  pushed: number;
  /** Its rows in fleet_events. */
  inPostgres: number;
  /** Sent by the kiosk, not in PostgreSQL. */
  missing: string[];
  /** In PostgreSQL, not in the kiosk's outbox. */
  extra: string[];
  /** Event ids stored more than once. */
  duplicates: number;
  /** Outbox rows the backoffice refused. */
  refused: number;
  payments: number;
  /** Payments whose projection differs from the kiosk's row (or is missing, or has no kiosk row). */
  mismatches: string[];
}

interface PaymentFacts {
  status: string;
  amount: number;
  refunded: number;
  confirmedAt: number | null;
}

const count = (kiosk: FleetKiosk, sql: string) => readKiosk(kiosk, (db) => (db.prepare(sql).get() as { n: number }).n);

/** Payments and refunds on the kiosk that the emulator has not settled yet. */
export const unsettled = (kiosk: FleetKiosk) =>
  count(
    kiosk,
    "select (select count(*) from payments where status = 'pending') + (select count(*) from refunds where status = 'pending') as n",
  );

/** Outbox rows neither sent nor set aside as refused. */
export const unsent = (kiosk: FleetKiosk) =>
  count(kiosk, "select count(*) as n from fleet_outbox where sent_at is null and refused_at is null");

const facts = (p: PaymentFacts) => `${p.status}/${p.amount}/${p.refunded}/${p.confirmedAt ?? "-"}`;

/** Reads the kiosk and PostgreSQL once everything has settled and drained. */
export async function compareKiosk(kiosk: FleetKiosk, databaseUrl: string): Promise<KioskComparison> {
  const local = readKiosk(kiosk, (db) => ({
    sent: db.prepare("select event_id as id from fleet_outbox where sent_at is not null").all() as Array<{
      id: string;
    }>,
    all: db.prepare("select event_id as id from fleet_outbox").all() as Array<{ id: string }>,
    refused: (db.prepare("select count(*) as n from fleet_outbox where refused_at is not null").get() as { n: number })
      .n,
    payments: db
      .prepare("select id, status, amount, refunded_amount as refunded, confirmed_at as confirmedAt from payments")
      .all() as Array<PaymentFacts & { id: string }>,
  }));
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const events = await client.query<{ event_id: string; n: string }>(
      "select event_id, count(*) as n from fleet_events where kiosk_id = $1 group by event_id",
      [kiosk.id],
    );
    const projected = await client.query<{
      payment_id: string;
      status: string;
      amount: number;
      refunded_amount: number;
      confirmed_at: Date | null;
    }>("select payment_id, status, amount, refunded_amount, confirmed_at from fleet_payments where kiosk_id = $1", [
      kiosk.id,
    ]);
    const stored = new Map(events.rows.map((r) => [r.event_id, Number(r.n)]));
    const everything = new Set(local.all.map((r) => r.id));
    const inPg = new Map(
      projected.rows.map((r) => [
        r.payment_id,
        facts({
          status: r.status,
          amount: r.amount,
          refunded: r.refunded_amount,
          confirmedAt: r.confirmed_at?.getTime() ?? null,
        }),
      ]),
    );
    const mismatches = local.payments.flatMap((p) => {
      const there = inPg.get(p.id);
      return there === facts(p) ? [] : [`${p.id}: kiosk ${facts(p)}, PostgreSQL ${there ?? "none"}`];
    });
    const onKiosk = new Set(local.payments.map((p) => p.id));
    for (const id of inPg.keys()) if (!onKiosk.has(id)) mismatches.push(`${id}: in PostgreSQL only`);
    return {
      kioskId: kiosk.id,
      pushed: local.sent.length,
      inPostgres: [...stored.values()].reduce((a, b) => a + b, 0),
      missing: local.sent.filter((r) => !stored.has(r.id)).map((r) => r.id),
      extra: [...stored.keys()].filter((id) => !everything.has(id)),
      duplicates: [...stored.values()].filter((n) => n > 1).length,
      refused: local.refused,
      payments: local.payments.length,
      mismatches,
    };
  } finally {
    await client.end();
  }
}
