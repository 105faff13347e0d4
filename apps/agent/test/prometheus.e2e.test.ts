import { describeDtc } from "@kiosk/devices/dtc";
import { profiles } from "@kiosk/devices/simulator";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKioskClient, type KioskClient } from "@kiosk/client";
import { systemClock } from "@kiosk/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operatorToken, startTestAgent, type TestAgent } from "./harness";
import { startPrometheusProcess } from "./prometheus-process";
import { promtool, repoRoot } from "./promtool";

/** A real Prometheus on loopback, scraping the agent with the repo's own config (1 s interval). */
async function startPrometheus(agentUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-prometheus-"));
  const agent = new URL(agentUrl);
  const config = readFileSync(join(repoRoot, "deploy/prometheus/prometheus.yml"), "utf8")
    .replace("localhost:7070", agent.host)
    .replace(/scrape_interval: \d+s/, "scrape_interval: 1s")
    .replace(/evaluation_interval: \d+s/, "evaluation_interval: 1s");
  writeFileSync(join(dir, "prometheus.yml"), config);
  copyFileSync(join(repoRoot, "deploy/prometheus/alerts.yml"), join(dir, "alerts.yml"));
  const running = await startPrometheusProcess([
    `--config.file=${join(dir, "prometheus.yml")}`,
    `--storage.tsdb.path=${join(dir, "data")}`,
  ]);
  return {
    url: running.url,
    async stop() {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One instant query's scalar value (summed), or null when it has no result. */
async function query(prometheusUrl: string, promql: string): Promise<number | null> {
  const response = await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent(promql)}`);
  const body = (await response.json()) as { status: string; data: { result: Array<{ value: [number, string] }> } };
  if (body.status !== "success") throw new Error(`query failed: ${promql}`);
  const [first] = body.data.result;
  return first ? Number(first.value[1]) : null;
}

let env: TestAgent;
let api: KioskClient;
let operator: KioskClient;
beforeAll(async () => {
  env = await startTestAgent(
    {},
    { payments: { dev: { manualMode: true } }, delivery: { tickMs: 50 } },
    { clock: systemClock },
  );
  api = createKioskClient({ url: env.url });
  operator = createKioskClient({ url: env.url, token: operatorToken });
});
afterAll(() => env.stop());

/** Session, payment, report and both deliveries, then the session completed: everything a customer does. */
async function fullFlow(): Promise<void> {
  const session = await api.sessions.create.mutate({
    type: "diagnostics",
    contact: { email: "client@example.com", phone: "+79001234567" },
  });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  await operator.payments.confirm.mutate({ id: payment.id });
  // The scan runs on the agent against the DEV simulator (the can11 car); the report is made from it.
  await api.devices.scan.start.mutate({ sessionId: session.id });
  await expect
    .poll(async () => (await api.devices.scan.get.query({ sessionId: session.id })).state, { timeout: 5_000 })
    .toBe("done");
  const report = await api.reports.fromScan.mutate({ sessionId: session.id });
  // One delivery per channel, email and SMS, both sent.
  await expect
    .poll(async () => (await api.reports.get.query({ id: report.id })).deliveries.map((d) => d.status), {
      timeout: 5_000,
    })
    .toEqual(["sent", "sent"]);
  await api.sessions.complete.mutate({ id: session.id });
}

/** The can11 car's distinct codes that the J2012 table calls high: what one scan of it adds to the counter. */
const can11HighCodes = [
  ...new Set(profiles.can11.ecus.flatMap((ecu) => [...ecu.stored, ...(ecu.pending ?? []), ...(ecu.permanent ?? [])])),
].filter((code) => describeDtc(code).severity === "high").length;

describe("metrics after a full DEV flow", () => {
  it("pass promtool check metrics with no complaints", async () => {
    await fullFlow();
    const scrape = await (await fetch(`${env.url}/metrics`)).text();
    expect(scrape).toContain('payments_confirmed_total{provider="emulator"}');
    // promtool prints lint problems and exits non-zero; an empty output is a clean bill.
    expect(promtool(["check", "metrics"], scrape).trim()).toBe("");
  });
});

describe("a real Prometheus scraping the agent", () => {
  it("counts a real flow: one payment confirmed, a delivery per channel, sessions_active back where it was", async () => {
    const prometheus = await startPrometheus(env.url);
    try {
      const scraped = () => query(prometheus.url, 'up{job="kiosk-agent"}');
      await expect.poll(scraped, { timeout: 30_000 }).toBe(1);
      // What the first scrape saw (the first describe's flow included), each moved by a known step below.
      const moved = {
        confirmed: ["sum(payments_confirmed_total)", 1],
        delivered: ["sum(reports_delivered_total)", 2],
        email: ['sum(reports_delivered_total{method="email"})', 1],
        dtcHigh: ['sum(diagnostics_dtc_found_total{severity="high"})', can11HighCodes],
        scans: ['sum(diagnostics_scans_total{outcome="faults"})', 1],
        intents: ['sum(trpc_procedure_duration_seconds_count{procedure="payments.createIntent",outcome="success"})', 1],
      } as const;
      const before = new Map<string, number>();
      for (const [promql] of Object.values(moved)) before.set(promql, (await query(prometheus.url, promql)) ?? 0);
      const activeBefore = (await query(prometheus.url, "sum(sessions_active)")) ?? 0;

      await fullFlow();
      // Wait for a scrape that saw the whole flow: the session completed after its deliveries.
      await expect
        .poll(() => query(prometheus.url, moved.delivered[0]), { timeout: 15_000 })
        .toBe((before.get(moved.delivered[0]) ?? 0) + moved.delivered[1]);
      await expect.poll(() => query(prometheus.url, "sum(sessions_active)"), { timeout: 15_000 }).toBe(activeBefore);
      for (const [promql, step] of Object.values(moved)) {
        expect(await query(prometheus.url, promql), promql).toBe((before.get(promql) ?? 0) + step);
      }
      expect(await query(prometheus.url, 'kiosk_agent_info{environment="DEV",payment_provider="emulator"}')).toBe(1);
      const rules = (await (await fetch(`${prometheus.url}/api/v1/rules`)).json()) as {
        data: { groups: Array<{ rules: unknown[] }> };
      };
      expect(rules.data.groups[0]?.rules).toHaveLength(20);
    } finally {
      await prometheus.stop();
    }
  }, 90_000);
});
