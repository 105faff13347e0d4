/**
 * The fleet simulation: `pnpm fleet:sim --kiosks N --minutes M`.
 *
 * A real PostgreSQL, the backoffice on it, and N agents (DEV, each its own
 * storage and port) that customers visit without pause. A third of the way in
 * the backoffice stops for a quarter of the run and starts again. At the end
 * every kiosk's outbox must drain, and every settled payment of every kiosk must
 * be in PostgreSQL exactly once, with each kiosk's counts matching, and every
 * report's link must answer its PDF, byte for byte. Prints the
 * ingest throughput, the lag from a kiosk's commit to PostgreSQL, and how the
 * backlog drained after the outage. Exits non-zero when an assertion fails.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { parseBackofficeConfig, startBackoffice, type Backoffice } from "../src";
import { freeLoopbackPort, startLocalPostgres } from "../src/local-postgres";
import { paidVisit, readKiosk, startFleetKiosk, type FleetKiosk } from "./fleet-kiosk";

const { values } = parseArgs({
  options: { kiosks: { type: "string", default: "3" }, minutes: { type: "string", default: "1" } },
});
const kioskCount = Number(values.kiosks);
const durationMs = Number(values.minutes) * 60_000;
const operatorToken = "fleet-sim-operator-token-0123";

const root = mkdtempSync(join(tmpdir(), "kiosk-fleet-sim-"));
const log = (line: string) => process.stdout.write(`fleet:sim: ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const postgres = await startLocalPostgres({ dataDir: join(root, "pg") });
const backofficePort = await freeLoopbackPort();
const tokens = Array.from({ length: kioskCount }, (_, i) => [`kiosk-${i + 1}`, `sim-token-kiosk-${i + 1}-0123456789`]);
const backofficeConfig = parseBackofficeConfig({
  PORT: String(backofficePort),
  DATABASE_URL: postgres.url,
  BACKOFFICE_KIOSK_TOKENS: tokens.map(([id, token]) => `${id}:${token}`).join(","),
  BACKOFFICE_OPERATOR_TOKEN: operatorToken,
  BACKOFFICE_PUBLIC_URL: `http://127.0.0.1:${backofficePort}`,
  // The check at the end opens every report of the fleet from one address.
  REPORT_LINK_RATE_PER_MINUTE: "100000",
  LOG_LEVEL: "warn",
});
let backoffice: Backoffice | null = await startBackoffice(backofficeConfig);
const backofficeUrl = backoffice.url;

type Kiosk = FleetKiosk;

const kiosks: Kiosk[] = [];
for (const [id, token] of tokens) {
  kiosks.push(await startFleetKiosk({ root, id: id as string, token: token as string, backofficeUrl }));
}
log(`${kioskCount} kiosks, PostgreSQL ${postgres.url}, backoffice ${backofficeUrl}, ${values.minutes} min`);

const visit = (kiosk: Kiosk) => paidVisit(kiosk);

const started = Date.now();
const ends = started + durationMs;
const drivers = kiosks.map(async (kiosk) => {
  while (Date.now() < ends) {
    await visit(kiosk).then(
      () => kiosk.visits++,
      () => kiosk.failures++,
    );
  }
});

/** A kiosk's outbox, read from its own SQLite: what is still unsent (up to `seq`), and the newest row. */
function outbox(kiosk: Kiosk, upToSeq = Number.MAX_SAFE_INTEGER): { unsent: number; lastSeq: number } {
  return readKiosk(kiosk, (db) => {
    const unsent = db
      .prepare("select count(*) as n from fleet_outbox where sent_at is null and seq <= ?")
      .get(upToSeq) as { n: number };
    const last = db.prepare("select coalesce(max(seq), 0) as seq from fleet_outbox").get() as { seq: number };
    return { unsent: unsent.n, lastSeq: last.seq };
  });
}
const unsent = (kiosk: Kiosk) => outbox(kiosk).unsent;

// The outage: a third of the way in, for a quarter of the run.
await sleep(durationMs / 3);
await backoffice.stop();
backoffice = null;
log("backoffice stopped");
await sleep(durationMs / 4);
// The backlog is what the kiosks queued up to the restart; customers keep adding more meanwhile.
const waiting = kiosks.map((kiosk) => outbox(kiosk));
const backlog = waiting.reduce((total, state) => total + state.unsent, 0);
const restartedAt = Date.now();
backoffice = await startBackoffice(backofficeConfig);
log(`backoffice started again with ${backlog} events waiting on the kiosks`);
let drainedAt: number | null = null;
while (Date.now() - restartedAt < 60_000) {
  if (kiosks.every((kiosk, i) => outbox(kiosk, waiting[i]?.lastSeq).unsent === 0)) {
    drainedAt = Date.now();
    break;
  }
  await sleep(100);
}
await Promise.all(drivers);

// Let the last events out, then compare every kiosk with PostgreSQL.
const drainDeadline = Date.now() + 60_000;
while (kiosks.some((kiosk) => unsent(kiosk) > 0) && Date.now() < drainDeadline) await sleep(200);

// Every report's upload acknowledged, then each link must serve the kiosk's own PDF.
const uploadsPending = (kiosk: Kiosk) =>
  readKiosk(
    kiosk,
    (db) => (db.prepare("select count(*) as n from report_uploads where state = 'pending'").get() as { n: number }).n,
  );
while (kiosks.some((kiosk) => uploadsPending(kiosk) > 0) && Date.now() < drainDeadline + 30_000) await sleep(200);
let downloaded = 0;

const client = new pg.Client({ connectionString: postgres.url });
await client.connect();
const problems: string[] = [];
let totalEvents = 0;
for (const kiosk of kiosks) {
  const { settled, sent } = readKiosk(kiosk, (db) => ({
    settled: db.prepare("select id from payments where status = 'confirmed'").all() as Array<{ id: string }>,
    sent: (db.prepare("select count(*) as n from fleet_outbox").get() as { n: number }).n,
  }));
  const left = unsent(kiosk);
  const inPg = await client.query<{ payment_id: string; n: string }>(
    "select payment_id, count(*) as n from fleet_payments where kiosk_id = $1 and status = 'confirmed' group by payment_id",
    [kiosk.id],
  );
  const pgIds = new Map(inPg.rows.map((r) => [r.payment_id, Number(r.n)]));
  const missing = settled.filter((p) => pgIds.get(p.id) !== 1);
  const events = Number(
    (await client.query<{ n: string }>("select count(*) as n from fleet_events where kiosk_id = $1", [kiosk.id]))
      .rows[0]?.n ?? 0,
  );
  totalEvents += events;
  if (left > 0) problems.push(`${kiosk.id}: ${left} events never left the kiosk`);
  if (missing.length > 0)
    problems.push(`${kiosk.id}: ${missing.length} settled payments not in PostgreSQL exactly once`);
  if (pgIds.size !== settled.length)
    problems.push(`${kiosk.id}: ${settled.length} settled on the kiosk, ${pgIds.size} in PostgreSQL`);
  if (events !== sent) problems.push(`${kiosk.id}: ${sent} events written, ${events} stored`);
  const published = readKiosk(kiosk, (db) => ({
    reports: (db.prepare("select count(*) as n from reports").get() as { n: number }).n,
    links: db
      .prepare(
        "select u.link, r.sha256 from report_uploads u join reports r on r.id = u.report_id where u.state = 'uploaded'",
      )
      .all() as Array<{ link: string; sha256: string }>,
  }));
  if (published.links.length !== published.reports)
    problems.push(`${kiosk.id}: ${published.reports} reports, ${published.links.length} with a link`);
  for (const { link, sha256 } of published.links) {
    const response = await fetch(`${link}/pdf`);
    const bytes = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || createHash("sha256").update(bytes).digest("hex") !== sha256) {
      problems.push(`${kiosk.id}: ${link} answered ${response.status}, not the report's PDF`);
    } else downloaded++;
  }
  log(
    `${kiosk.id}: ${kiosk.visits} visits (${kiosk.failures} failed), ${settled.length} settled payments, ${events} events in PostgreSQL`,
  );
}
const lag = (
  await client.query<{ p50: number; p95: number }>(
    "select percentile_cont(0.5) within group (order by extract(epoch from received_at - occurred_at)) * 1000 as p50, percentile_cont(0.95) within group (order by extract(epoch from received_at - occurred_at)) * 1000 as p95 from fleet_events where received_at < $1 or received_at > $2",
    [new Date(started + durationMs / 3), new Date(restartedAt + 5_000)],
  )
).rows[0];
await client.end();

const seconds = (Date.now() - started) / 1000;
log(`report links: ${downloaded} PDFs downloaded through their links, each the kiosk's bytes`);
log(
  `ingest: ${totalEvents} events in ${seconds.toFixed(0)} s (${(totalEvents / seconds).toFixed(1)} events/s on average)`,
);
log(
  `lag from a kiosk's commit to PostgreSQL, outside the outage: p50 ${Math.round(lag?.p50 ?? 0)} ms, p95 ${Math.round(lag?.p95 ?? 0)} ms`,
);
log(
  `after the outage: ${backlog} events drained in ${drainedAt === null ? "more than 60 s" : `${((drainedAt - restartedAt) / 1000).toFixed(1)} s`}${drainedAt === null ? "" : ` (${(backlog / Math.max(0.001, (drainedAt - restartedAt) / 1000)).toFixed(0)} events/s)`}`,
);
if (drainedAt === null) problems.push("the backlog did not drain within 60 s of the restart");

for (const kiosk of kiosks) {
  kiosk.process.child.kill("SIGTERM");
  await kiosk.process.exited;
}
await backoffice.stop();
postgres.stop();
rmSync(root, { recursive: true, force: true });
if (problems.length > 0) {
  for (const problem of problems) log(`FAILED ${problem}`);
  process.exit(1);
}
log(
  "ok: every settled payment of every kiosk is in PostgreSQL exactly once, every kiosk's counts match, and every report opens by its link",
);
