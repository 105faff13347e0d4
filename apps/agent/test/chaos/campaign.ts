/**
 * The crash campaign: full PROD flows against the project's YooKassa fake, a
 * real SMTP server and a Twilio fake, while the agent is killed with SIGKILL at
 * random moments and restarted on the same storage. It prints what it saw and
 * exits 1 if any money-path promise broke.
 *
 *   pnpm test:chaos [--flows 60] [--concurrency 3] [--seed 1] [--max-minutes 20]
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createKioskClient } from "@kiosk/client";
import { createDb } from "@kiosk/db";
import { FakeYooKassa } from "@kiosk/payments/testing";
import { fakeTwilio, LoopbackSmtp, messageIdOf } from "@kiosk/reporting/testing";
import { spawnAgent, type AgentProcess } from "../agent-process";
import { eventually, freePort } from "../harness";
import { visit, untilAnswered, type Ledger } from "./customer";
import { between, seededRandom, sleep } from "./random";

const { values: args } = parseArgs({
  options: {
    flows: { type: "string", default: process.env.CHAOS_FLOWS ?? "60" },
    concurrency: { type: "string", default: "3" },
    seed: { type: "string", default: process.env.CHAOS_SEED ?? "20261128" },
    "max-minutes": { type: "string", default: "20" },
  },
});
const flows = Number(args.flows);
const concurrency = Number(args.concurrency);
const seed = Number(args.seed);
const random = seededRandom(seed);
const deadline = Date.now() + Number(args["max-minutes"]) * 60_000;

const yookassa = await new FakeYooKassa().start();
yookassa.latencyMs = () => between(random, 5, 150); // a real PSP thinks: kills land between our insert and its answer
const smtp = await new LoopbackSmtp().start();
const twilio = await fakeTwilio().start();
const storage = mkdtempSync(join(tmpdir(), "kiosk-chaos-"));
const port = await freePort();
const url = `http://127.0.0.1:${port}`;
const configPath = join(storage, "service.json");
writeFileSync(
  configPath,
  JSON.stringify({
    // Every flow runs from this one loopback client: the per-client limits are tested elsewhere.
    server: { rateLimitPerMinute: 100_000 },
    payments: {
      rateLimitPerMinute: 100_000,
      reconcile: { tickMs: 200, minIntervalMs: 500, maxIntervalMs: 2_000 },
      yookassa: { retryBaseMs: 50, timeoutMs: 3_000 },
    },
    reports: { rateLimitPerMinute: 100_000 },
    delivery: { tickMs: 100, baseDelayMs: 1_000, maxDelayMs: 2_000, sendTimeoutMs: 5_000 },
  }),
);
const env = {
  AGENT_ENV: "PROD",
  // The campaign is about money and deliveries under kill -9: the OBD adapter and the gauge are the in-process simulators.
  OBD_DRIVER: "simulator",
  GAUGE_DRIVER: "simulator",
  PORT: String(port),
  STORAGE_PATH: storage,
  CONFIG_PATH: configPath,
  LOG_LEVEL: "warn",
  YOOKASSA_API_URL: yookassa.url,
  YOOKASSA_SHOP_ID: yookassa.shopId,
  YOOKASSA_SECRET_KEY: yookassa.secretKey,
  YOOKASSA_WEBHOOK_ALLOWED_IPS: "127.0.0.1/32",
  EMAIL_PROVIDER: "smtp",
  SMTP_HOST: "127.0.0.1",
  SMTP_PORT: String(smtp.port),
  SMS_PROVIDER: "twilio",
  TWILIO_API_URL: twilio.url,
  TWILIO_ACCOUNT_SID: "AC00000000000000000000000000000000",
  TWILIO_AUTH_TOKEN: "chaos-twilio-token",
};

let agent: AgentProcess = spawnAgent(env);
await agent.ready(url);
const api = createKioskClient({ url });
const ledger: Ledger = { sessions: new Set(), payments: new Set(), paidAtProvider: new Set(), reports: new Set() };
const started = Date.now();
let kills = 0;
const killTimes: number[] = [];
let done = false;

/** Kills the agent at random moments of the flows and starts it again on the same storage. */
async function killer(): Promise<void> {
  while (!done) {
    await sleep(between(random, 300, 2_500));
    if (done) return;
    agent.child.kill("SIGKILL");
    await agent.exited;
    kills++;
    killTimes.push(Date.now() - started);
    agent = spawnAgent(env);
    await agent.ready(url);
  }
}

let next = 0;
const failures: string[] = [];
async function customers(): Promise<void> {
  while (next < flows && Date.now() < deadline) {
    const n = next++;
    await visit(api, yookassa, () => `${url}/api/payments/webhook`, ledger, n).catch((error: unknown) =>
      failures.push(`flow ${n}: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}

const killing = killer();
await Promise.all(Array.from({ length: concurrency }, customers));
done = true;
await killing;
const flowSeconds = (Date.now() - started) / 1000;

// The agent is up again: let the reconciler and the outbox finish, then check every promise.
const paidNotConfirmed: string[] = [];
for (const id of ledger.paidAtProvider) {
  const status = await waitForStatus(id);
  if (status !== "confirmed") paidNotConfirmed.push(`${id}: ${status}`);
}
const lost: string[] = [];
for (const id of ledger.payments) {
  await untilAnswered(() => api.payments.get.query({ id }), "read payment").catch(() => lost.push(id));
}
for (const id of ledger.sessions) {
  await untilAnswered(() => api.sessions.get.query({ id }), "read session").catch(() => lost.push(id));
}
const undelivered: string[] = [];
for (const id of ledger.reports) {
  const report = await untilAnswered(() => api.reports.get.query({ id }), "read report");
  if (!report.deliveries.every((d) => d.status === "sent")) undelivered.push(id);
}
const providerPaymentsPerIntent = countBy(
  [...yookassa.payments.values()],
  (p) => /\((pay_[^)]+)\)/.exec(p.description ?? "")?.[1] ?? "?",
);
const doubleProviderPayments = [...providerPaymentsPerIntent.values()].filter((n) => n > 1).length;
const emailCopies = countBy(smtp.received, (mail) => messageIdOf(mail.raw) ?? "?");
const smsCopies = countBy(twilio.requests, (request) => request.body);
const maxEmailCopies = Math.max(0, ...emailCopies.values());
const maxSmsCopies = Math.max(0, ...smsCopies.values());

agent.child.kill("SIGTERM");
const exitCode = await agent.exited;
const handle = createDb(join(storage, "core.sqlite"));
const integrity = String(handle.sqlite.pragma("integrity_check", { simple: true }));
handle.close();

const figures: Array<[string, string | number, boolean]> = [
  ["flows completed", `${flows - failures.length} of ${flows}`, failures.length === 0],
  ["agent kills (SIGKILL)", kills, kills > 0],
  ["acknowledged sessions", ledger.sessions.size, true],
  ["acknowledged payments", ledger.payments.size, true],
  ["acknowledged payments or sessions lost", lost.length, lost.length === 0],
  ["paid at YooKassa", ledger.paidAtProvider.size, true],
  ["paid at YooKassa, not confirmed after reconciliation", paidNotConfirmed.length, paidNotConfirmed.length === 0],
  ["intents with two provider payments", doubleProviderPayments, doubleProviderPayments === 0],
  ["reports", ledger.reports.size, true],
  ["reports not delivered", undelivered.length, undelivered.length === 0],
  ["emails received (distinct Message-IDs)", `${emailCopies.size} (${sum(emailCopies)} copies)`, true],
  ["most copies of one email", maxEmailCopies, maxEmailCopies <= 2],
  ["most copies of one SMS", maxSmsCopies, maxSmsCopies <= 2],
  ["PRAGMA integrity_check", integrity, integrity === "ok"],
  ["clean exit on SIGTERM", String(exitCode), exitCode === 0],
];
console.log(`\ncrash campaign: seed ${seed}, ${flows} flows, ${concurrency} at a time, ${flowSeconds.toFixed(1)} s`);
for (const [what, value, ok] of figures) console.log(`  ${ok ? "ok  " : "FAIL"}  ${what.padEnd(55)} ${value}`);
const tooManyCopies = [...emailCopies]
  .filter(([, n]) => n > 2)
  .map(([id, n]) => {
    const times = smtp.received.filter((mail) => messageIdOf(mail.raw) === id).map((mail) => mail.at - started);
    return `${n} copies of ${id}, received at ${times.join(", ")} ms`;
  });
for (const line of [...failures, ...paidNotConfirmed, ...lost.map((id) => `lost ${id}`), ...tooManyCopies].slice(
  0,
  20,
)) {
  console.log(`  - ${line}`);
}
if (tooManyCopies.length > 0) console.log(`  kills at (ms): ${killTimes.join(", ")}`);

await yookassa.stop();
await smtp.stop();
await twilio.stop();
rmSync(storage, { recursive: true, force: true });
process.exit(figures.every(([, , ok]) => ok) ? 0 : 1);

/** The payment's status once it left pending; "pending (why)" if it has not in 30 s. */
function waitForStatus(id: string): Promise<string> {
  const status = async () => (await untilAnswered(() => api.payments.getStatus.query({ id }), "read status")).status;
  return eventually(status, (s) => s !== "pending", 30_000).catch((error: unknown) => `pending (${String(error)})`);
}

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function sum(counts: Map<string, number>): number {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}
