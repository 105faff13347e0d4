/**
 * Ingest of 200-event batches through `ingest()` (the contract's checks, the
 * set-based statement, the kiosk's row and counters) against raw PostgreSQL
 * storing the same rows in copies of the same tables with the same indexes:
 * one multi-row INSERT of the events and one hand-written upsert of the
 * batch's payments, in a transaction. One connection each, interleaved
 * rounds, medians. Prints JSON for `pnpm bench`: `node --import tsx
 * apps/backoffice/bench/ingest.ts <batches per round> <rounds>`.
 */
import type { FleetEvent } from "@kiosk/fleet-contract";
import pg from "pg";
import { pino } from "pino";
import { openBackofficeDb } from "../src/db";
import { ingest } from "../src/ingest";
import { testPostgres } from "../test/postgres";
import { visitEvents } from "./ingest-batches";

const batches = Number(process.argv[2] ?? "50");
const rounds = Number(process.argv[3] ?? "5");
const batchSize = 200;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

const cluster = await testPostgres();
const backoffice = await openBackofficeDb(cluster.url, { logger: pino({ level: "silent" }) });
const raw = new pg.Client({ connectionString: cluster.url });
await raw.connect();
await raw.query("create schema raw");
for (const table of ["fleet_events", "fleet_payments"]) {
  await raw.query(`create table raw.${table} (like public.${table} including all)`);
}

/** What a hand-written set-based ingest of the same batch sends: the events, then each payment's newest snapshot. */
async function rawBatch(kioskId: string, events: FleetEvent[]): Promise<void> {
  const values: unknown[] = [];
  const rows = events.map((e) => {
    values.push(kioskId, e.eventId, e.event, e.entityType, e.entityId, new Date(e.at), new Date(), e.payload);
    const n = values.length;
    return `($${n - 7}, $${n - 6}, $${n - 5}, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  const newest = new Map<string, NonNullable<Extract<FleetEvent, { entityType: "payment" }>["payload"]["snapshot"]>>();
  for (const e of events) {
    if (e.entityType !== "payment" || !e.payload.snapshot) continue;
    const seen = newest.get(e.entityId);
    if (!seen || (seen.version ?? 0) < (e.payload.snapshot.version ?? 0)) newest.set(e.entityId, e.payload.snapshot);
  }
  const paymentValues: unknown[] = [];
  const paymentRows = [...newest].map(([paymentId, p]) => {
    paymentValues.push(
      kioskId,
      paymentId,
      p.sessionId,
      p.status,
      p.amount,
      p.refundedAmount,
      p.currency,
      p.provider,
      new Date(p.createdAt),
      p.confirmedAt === null ? null : new Date(p.confirmedAt),
      p.version ?? 0,
    );
    const n = paymentValues.length;
    return `(${Array.from({ length: 11 }, (_, i) => `$${n - 10 + i}`).join(", ")})`;
  });
  await raw.query("begin");
  await raw.query(
    `insert into raw.fleet_events (kiosk_id, event_id, event, entity_type, entity_id, occurred_at, received_at, payload)
     values ${rows.join(", ")} on conflict do nothing`,
    values,
  );
  if (paymentRows.length > 0) {
    await raw.query(
      `insert into raw.fleet_payments as p (kiosk_id, payment_id, session_id, status, amount, refunded_amount,
         currency, provider, created_at, confirmed_at, version)
       values ${paymentRows.join(", ")}
       on conflict (kiosk_id, payment_id) do update set status = excluded.status,
         refunded_amount = excluded.refunded_amount, confirmed_at = excluded.confirmed_at, version = excluded.version
       where p.version < excluded.version`,
      paymentValues,
    );
  }
  await raw.query("commit");
}

/** What an agent sends about itself with every batch. */
const aboutTheKiosk = {
  version: "bench",
  timeZone: "Europe/Moscow",
  devices: {
    obd: { driver: "elm327", ready: true, error: null },
    gauge: { driver: "etari-et", ready: true, error: null },
  },
};

/** Events per second over `batches` batches of a kiosk of its own. */
async function measure(kioskId: string, store: (events: FleetEvent[]) => Promise<unknown>): Promise<number> {
  const all = visitEvents(kioskId, batches * batchSize, Date.UTC(2026, 0, 1));
  const started = performance.now();
  for (let b = 0; b < batches; b++) await store(all.slice(b * batchSize, (b + 1) * batchSize));
  return (batches * batchSize) / ((performance.now() - started) / 1000);
}

const figures = { ingest: [] as number[], raw: [] as number[] };
try {
  // A warm-up round of each, not counted: the first batches pay for plans and caches.
  await measure("warm-ingest", (events) => ingest(backoffice.db, { kioskId: "warm-ingest", events }, new Date()));
  await measure("warm-raw", (events) => rawBatch("warm-raw", events));
  for (let round = 0; round < rounds; round++) {
    const kiosk = `kiosk-${round}`;
    figures.ingest.push(
      await measure(kiosk, async (events) => {
        const answer = await ingest(backoffice.db, { kioskId: kiosk, ...aboutTheKiosk, events }, new Date());
        if (answer.accepted !== events.length) throw new Error(`ingest stored ${answer.accepted} of ${events.length}`);
      }),
    );
    figures.raw.push(await measure(kiosk, (events) => rawBatch(kiosk, events)));
  }
} finally {
  await raw.end();
  await backoffice.close();
  cluster.remove();
}
const ingestRate = median(figures.ingest);
const rawRate = median(figures.raw);
process.stdout.write(
  JSON.stringify({ batchSize, batches, rounds, ingest: ingestRate, raw: rawRate, ratio: ingestRate / rawRate }) + "\n",
);
