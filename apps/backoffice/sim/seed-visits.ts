/**
 * The seed's customers, made in PostgreSQL by generate_series: one row a visit
 * with its kiosk, its time and what happened to it, drawn by a hash of its
 * number so the same arguments always give the same fleet. Every table of the
 * seed is then one INSERT ... SELECT over these rows.
 *
 * Shares, per visit: 95% pay; 93% of those are confirmed, the rest expire, and
 * 15% of the expired succeed late (80% of those refunded since); 3% of the
 * confirmed are partly refunded; 2% of the deliveries die, half of those are
 * redriven and sent. About 5.7 events a visit (with the silent kiosks' lost ones).
 */
export const eventsPerVisit = 5.7;

/** A uniform draw in 0..999 for visit `v` and a salt. */
export const draw = (salt: number) => `((hashint8(v * 64 + ${salt})::bigint + 2147483648) % 1000)`;

/** Kiosk `k` (from 0) as the fleet names it. */
export const kioskIdOf = (k: string) => `'kiosk-' || lpad((${k} + 1)::text, 4, '0')`;

/** One kiosk in 20 has gone silent, 1 to 10 days ago: it has no visits after that. */
export const silentSince = (k: string) =>
  `(case when ${k} % 20 = 7 then now() - (1 + ${k} % 10) * interval '1 day' end)`;

export function seedVisitsSql(options: { kiosks: number; visits: number; days: number }): string {
  const { kiosks, visits, days } = options;
  const stepMs = (days * 86_400_000) / visits;
  return `
    create unlogged table seed_visits as
    select * from (
      select v, k, at,
        ${draw(1)} < 950 as paid,
        ${draw(1)} < 950 and ${draw(2)} < 930 as confirmed,
        ${draw(7)} < 500 as diagnostics,
        ${draw(3)} < 20 as dead,
        ${draw(3)} < 10 as redriven,
        ${draw(4)} < 30 as refunded,
        ${draw(5)} < 150 as late,
        ${draw(5)} < 120 as late_refunded,
        ${draw(8)} < 100 as linked
      from (
        select v, v % ${kiosks} as k,
          now() - interval '${days} days' - interval '10 minutes' + (v * ${stepMs}) * interval '1 millisecond'
            + ${draw(9)} * interval '100 milliseconds' as at
        from generate_series(0, ${visits - 1}) v
      ) s
    ) d
    where ${silentSince("k")} is null or at < ${silentSince("k")}`;
}
