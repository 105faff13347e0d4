/**
 * Every console page's queries at fleet scale: a PostgreSQL seeded with
 * `kiosks` kiosks and `events` events (cached between runs, see
 * seeded-cluster.ts), the backoffice on it as its own process, and each
 * procedure the pages call, through tRPC over HTTP with a signed-in
 * session's cookie, timed from request to decoded answer. Prints JSON for
 * `pnpm bench`: `node --import tsx apps/backoffice/bench/console.ts <kiosks> <events> <samples>`.
 */
import pg from "pg";
import { freeLoopbackPort } from "../src/local-postgres";
import { spawnBackoffice } from "../test/backoffice-process";
import { createOperator, signIn } from "../test/operators";
import { seededCluster } from "./seeded-cluster";

const kiosks = Number(process.argv[2] ?? "1000");
const events = Number(process.argv[3] ?? "10000000");
const samples = Number(process.argv[4] ?? "40");
const log = (line: string) => process.stderr.write(`bench console: ${line}\n`);
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? 0;
const pick = <T>(values: T[], i: number): T => values[i % values.length] as T;

const { postgres, seed, fresh } = await seededCluster(kiosks, events, log);
const port = await freeLoopbackPort();
const url = `http://127.0.0.1:${port}`;
const backoffice = spawnBackoffice({ PORT: String(port), DATABASE_URL: postgres.url, LOG_LEVEL: "warn" });
const direct = new pg.Client({ connectionString: postgres.url });
try {
  await backoffice.ready(url, 120_000);
  await direct.connect();
  const email = `bench-${Date.now()}@example.com`;
  const password = "Walrus-Tundra-8472-quiet-lamp";
  await createOperator(postgres.url, { email, role: "admin", password });
  const session = await signIn(url, email, password);

  // Inputs drawn from the seed: kiosks, payments, entities, a day a month ago.
  const kioskIds = (await direct.query<{ id: string }>("select id from kiosks order by id")).rows.map((r) => r.id);
  const payments = (
    await direct.query<{ kioskId: string; paymentId: string }>(
      `select kiosk_id as "kioskId", payment_id as "paymentId" from fleet_payments tablesample system (1) limit 200`,
    )
  ).rows;
  const dayAgo = (days: number) => Date.now() - days * 86_400_000;
  const firstPage = (await session.call("query", "fleet.payments", { input: { limit: 100 } })).data as Array<{
    createdAt: Date;
    kioskId: string;
    paymentId: string;
  }>;
  const last = firstPage.at(-1);
  const after = last && { createdAt: last.createdAt.getTime(), kioskId: last.kioskId, paymentId: last.paymentId };

  const cases: Array<[string, string, (i: number) => unknown]> = [
    ["overview: fleet.kiosks", "fleet.kiosks", () => undefined],
    ["payments: newest", "fleet.payments", () => ({})],
    ["payments: by kiosk", "fleet.payments", (i) => ({ kioskId: pick(kioskIds, i * 7) })],
    [
      "payments: by status",
      "fleet.payments",
      (i) => ({ status: pick(["confirmed", "expired", "partially_refunded"], i) }),
    ],
    [
      "payments: by date (a day)",
      "fleet.payments",
      (i) => ({ from: dayAgo(30 + (i % 30)), to: dayAgo(29 + (i % 30)) }),
    ],
    ["payments: by amount", "fleet.payments", () => ({ minAmount: 40_000, maxAmount: 50_000 })],
    // A range that matches almost nothing: no early stop on the date order, the amount index must find it.
    ["payments: by a rare amount", "fleet.payments", () => ({ minAmount: 100_000 })],
    ["payments: status+rare amount", "fleet.payments", () => ({ status: "confirmed", minAmount: 100_000 })],
    [
      "payments: kiosk+status+date+amount",
      "fleet.payments",
      (i) => ({ kioskId: pick(kioskIds, i), status: "confirmed", from: dayAgo(60), to: dayAgo(1), minAmount: 30_000 }),
    ],
    ["payments: next page", "fleet.payments", () => ({ after })],
    ["payment: its story", "fleet.payment", (i) => pick(payments, i)],
    ["refunds: fleet.refundQueue", "fleet.refundQueue", () => undefined],
    ["deliveries: fleet.deadDeliveries", "fleet.deadDeliveries", () => undefined],
    ["audit: by kiosk", "fleet.audit", (i) => ({ kioskId: pick(kioskIds, i * 3) })],
    [
      "audit: by event",
      "fleet.audit",
      (i) => ({ event: pick(["delivery.dead", "payment.late_success", "session.created"], i) }),
    ],
    ["audit: by entity", "fleet.audit", (i) => ({ entityId: pick(payments, i).paymentId })],
    ["audit: by time (an hour)", "fleet.audit", (i) => ({ from: dayAgo(10 + i), to: dayAgo(10 + i) + 3_600_000 })],
    [
      "audit: kiosk+event+time",
      "fleet.audit",
      (i) => ({ kioskId: pick(kioskIds, i), event: "payment.confirmed", from: dayAgo(7) }),
    ],
    ["commands: commands.list", "commands.list", () => ({})],
    ["commands: by kiosk", "commands.list", (i) => ({ kioskId: pick(kioskIds, i) })],
    ["console audit: accounts.actions", "accounts.actions", () => ({})],
    ["console audit: by kiosk", "accounts.actions", (i) => ({ kioskId: pick(kioskIds, i) })],
  ];
  const results: Array<{ name: string; path: string; p50: number; p95: number; rows: number }> = [];
  for (const [name, path, input] of cases) {
    const times: number[] = [];
    let rows = 0;
    for (let i = -2; i < samples; i++) {
      const started = performance.now();
      const answer = await session.call("query", path, { input: input(Math.abs(i)) });
      const elapsed = performance.now() - started;
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.message}`);
      if (i >= 0) times.push(elapsed);
      rows = Array.isArray(answer.data) ? answer.data.length : 1;
    }
    results.push({ name, path, p50: percentile(times, 50), p95: percentile(times, 95), rows });
    log(`${name}: p50 ${percentile(times, 50).toFixed(1)} / p95 ${percentile(times, 95).toFixed(1)} ms (${rows} rows)`);
  }
  process.stdout.write(`${JSON.stringify({ seed, fresh, samples, cases: results })}\n`);
} finally {
  await direct.end().catch(() => {});
  backoffice.child.kill("SIGTERM");
  await backoffice.exited;
  postgres.stop();
}
