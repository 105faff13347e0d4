import { createKioskClient } from "@kiosk/client";
import { FakeYooKassa } from "@kiosk/payments/testing";
import { LoopbackSmtp } from "@kiosk/reporting/testing";
import { describe, expect, it } from "vitest";
import { eventually, paidDiagnosticsSession, startTestAgent, yookassaAgentEnv } from "./harness";

const budgetMs = 1_500;

/** How long `stop()` took, in real milliseconds. */
async function timeStop(stop: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await stop();
  return performance.now() - started;
}

describe("stopping with a kiosk screen connected", () => {
  it("ends the live status streams and their connections at once, not at the end of the budget", async () => {
    const env = await startTestAgent(
      {},
      { server: { shutdownTimeoutMs: 10_000 }, payments: { dev: { manualMode: true } } },
    );
    const api = createKioskClient({ url: env.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    let first: () => void = () => undefined;
    const streaming = new Promise<void>((resolve) => (first = resolve));
    const subscription = api.payments.onStatus.subscribe({ id: payment.id }, { onData: () => first() });
    await streaming;
    expect(await timeStop(() => env.stop())).toBeLessThan(2_000);
    subscription.unsubscribe();
  });
});

describe("stopping while a provider hangs", () => {
  it("finishes within server.shutdownTimeoutMs though SMTP never answers; the delivery is taken back after a restart", async () => {
    const smtp = await new LoopbackSmtp().start();
    smtp.stall = true;
    const env = await startTestAgent(
      { EMAIL_PROVIDER: "smtp", SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port) },
      {
        server: { shutdownTimeoutMs: budgetMs },
        payments: { dev: { manualMode: true } },
        delivery: { tickMs: 50, sendTimeoutMs: 120_000 },
      },
    );
    try {
      const { api, session } = await paidDiagnosticsSession(env.url);
      const report = await api.reports.generateDiagnostics.mutate({
        sessionId: session.id,
        vehicleMake: "Kia",
        vehicleModel: "Rio",
        dtcCodes: [],
        timestamp: Date.now(),
      });
      await expect.poll(() => smtp.stalled.length, { timeout: 5_000 }).toBe(1);
      const tookMs = await timeStop(() => env.halt());
      expect(tookMs).toBeLessThan(budgetMs + 1_000);
      expect(tookMs).toBeGreaterThanOrEqual(budgetMs - 50); // it did wait for the send, up to the budget

      smtp.stall = false;
      const again = await startTestAgent(
        { EMAIL_PROVIDER: "smtp", SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port) },
        { delivery: { tickMs: 50, baseDelayMs: 100 } },
        { storage: env.storage },
      );
      try {
        again.clock.advance(100); // past the backoff a delivery interrupted by the stop waits out
        const sent = await eventually(
          () => createKioskClient({ url: again.url }).reports.get.query({ id: report.id }),
          (r) => r.deliveries.every((d) => d.status === "sent"),
        );
        expect(sent.deliveries[0]?.attempts).toBe(2);
      } finally {
        await again.stop();
      }
    } finally {
      await smtp.stop();
    }
  }, 30_000);

  it("finishes within the budget with a YooKassa call in flight", async () => {
    const fake = await new FakeYooKassa().start();
    const env = await startTestAgent(yookassaAgentEnv(fake), {
      server: { shutdownTimeoutMs: budgetMs },
      payments: { yookassa: { timeoutMs: 60_000, maxAttempts: 1 } },
    });
    try {
      const api = createKioskClient({ url: env.url });
      const session = await api.sessions.create.mutate({
        type: "diagnostics",
        contact: { email: "client@example.com" },
      });
      fake.failNext({ kind: "hang" });
      const hanging = api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 }).catch(() => "cut");
      await expect.poll(() => fake.paymentCreates().length, { timeout: 5_000 }).toBe(1);
      expect(await timeStop(() => env.stop())).toBeLessThan(budgetMs + 1_000);
      expect(await hanging).toBe("cut");
    } finally {
      await fake.stop();
    }
  }, 30_000);
});
