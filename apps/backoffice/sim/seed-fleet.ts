import pg from "pg";
import {
  seedCommandsSql,
  seedConsoleAuditSql,
  seedCountersSql,
  seedEventCountsSql,
  seedEventsSql,
  seedKiosksSql,
  seedPaymentsSql,
  seedReportLinksSql,
  seedUnsettledSql,
} from "./seed-rows";
import { eventsPerVisit, seedVisitsSql } from "./seed-visits";

/** Bumped whenever the seed's shape changes: a cached seeded cluster of another version is made again. */
export const seedVersion = 2;

export interface SeedOptions {
  kiosks: number;
  /** About this many fleet events (the visits are drawn to give it). */
  events: number;
  /** Spread over this many days up to now. */
  days?: number;
  log?: (line: string) => void;
}

/** The tables the seed fills, emptied by `truncateFleet`. */
const seeded = [
  "fleet_events",
  "fleet_payments",
  "fleet_kiosk_hours",
  "fleet_unsettled",
  "kiosks",
  "report_links",
  "kiosk_commands",
  "console_audit",
];
/** The big tables, loaded without their indexes, which are built once at the end (much faster). */
const bulk = ["fleet_events", "fleet_payments"];

export async function truncateFleet(pool: pg.Pool): Promise<void> {
  await pool.query(`truncate ${seeded.join(", ")} cascade`);
}

/** The indexes and primary keys of `tables` as DDL that makes them again, then dropped. */
async function dropIndexes(client: pg.PoolClient, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ ddl: string; drop: string }>(
    `select case when c.conname is not null
         then format('alter table %I add constraint %I %s', t.relname, c.conname, pg_get_constraintdef(c.oid))
         else pg_get_indexdef(i.indexrelid) end as ddl,
       case when c.conname is not null then format('alter table %I drop constraint %I', t.relname, c.conname)
         else format('drop index %I', ix.relname) end as drop
     from pg_index i join pg_class ix on ix.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
     left join pg_constraint c on c.conindid = i.indexrelid
     where t.relname = any($1) and t.relnamespace = 'public'::regnamespace`,
    [tables],
  );
  for (const row of rows) await client.query(row.drop);
  return rows.map((row) => row.ddl);
}

/** Runs the statements on up to `width` connections at once. */
async function inParallel(pool: pg.Pool, statements: string[], width = 2): Promise<void> {
  const queue = [...statements];
  await Promise.all(
    Array.from({ length: width }, async () => {
      const client = await pool.connect();
      try {
        await client.query("set synchronous_commit = off; set maintenance_work_mem = '512MB'; set work_mem = '256MB'");
        for (let next = queue.shift(); next; next = queue.shift()) await client.query(next);
      } finally {
        client.release();
      }
    }),
  );
}

/**
 * Fills an empty, migrated backoffice database with a fleet: `kiosks` kiosks
 * and about `events` events over `days` days (see seed-visits.ts for the
 * shares), every table generated inside PostgreSQL (no row crosses the
 * wire). Answers what it made and how long it took.
 */
export async function seedFleet(url: string, options: SeedOptions) {
  const log = options.log ?? (() => {});
  const days = options.days ?? 90;
  const visits = Math.ceil(options.events / eventsPerVisit);
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  const started = performance.now();
  const step = async (what: string, run: () => Promise<unknown>) => {
    const t = performance.now();
    await run();
    log(`${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    const { rows } = await pool.query<{ n: string }>("select count(*) as n from fleet_events");
    if (Number(rows[0]?.n) > 0) throw new Error("the database already has fleet events: seed an empty one");
    const client = await pool.connect();
    let indexes: string[];
    try {
      indexes = await dropIndexes(client, bulk);
      await step(`${visits} visits`, () => client.query(seedVisitsSql({ kiosks: options.kiosks, visits, days })));
    } finally {
      client.release();
    }
    const slices = 4;
    const eventSlices = Array.from({ length: slices }, (_, i) =>
      seedEventsSql(Math.floor((visits * i) / slices), Math.floor((visits * (i + 1)) / slices)),
    );
    await step("events, payments, kiosks, links, commands, audit", () =>
      inParallel(pool, [
        ...eventSlices,
        seedPaymentsSql,
        seedKiosksSql(options.kiosks),
        seedReportLinksSql,
        seedCommandsSql(options.kiosks, days),
        seedConsoleAuditSql(Math.max(1_000, Math.round(visits / 10)), options.kiosks, days),
      ]),
    );
    await step("indexes", () => inParallel(pool, indexes));
    await step("counters and queues", () => inParallel(pool, [seedCountersSql, seedEventCountsSql, seedUnsettledSql]));
    await step("analyze", () => pool.query("drop table seed_visits; analyze"));
    const counts = await pool.query<{ events: string; payments: string; kiosks: string }>(
      `select (select count(*) from fleet_events) as events, (select count(*) from fleet_payments) as payments,
         (select count(*) from kiosks) as kiosks`,
    );
    const made = counts.rows[0];
    return {
      kiosks: Number(made?.kiosks),
      events: Number(made?.events),
      payments: Number(made?.payments),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await pool.end();
  }
}
