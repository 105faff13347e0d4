import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKioskClient } from "@kiosk/client";
import { LoopbackSmtp, messageIdOf } from "@kiosk/reporting/testing";
import { describe, expect, it } from "vitest";
import { spawnAgent } from "./agent-process";
import { eventually, operatorToken, startTestAgent, freePort } from "./harness";

/** A paid diagnostics session and its report, through the API at `url`. */
async function paidReport(url: string) {
  const api = createKioskClient({ url });
  const operator = createKioskClient({ url, token: operatorToken });
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  await operator.payments.confirm.mutate({ id: payment.id });
  return api.reports.generateDiagnostics.mutate({
    sessionId: session.id,
    vehicleMake: "Skoda",
    vehicleModel: "Octavia",
    dtcCodes: [{ code: "P0171", description: "Слишком бедная смесь, банк 1", severity: "medium" }],
    scanDurationSeconds: 70,
    timestamp: Date.now(),
  });
}

describe("email over SMTP to a real server on loopback", () => {
  it("retries while the server is down and delivers, PDF attached, once it is up", async () => {
    const port = await freePort();
    const env = await startTestAgent(
      {
        EMAIL_PROVIDER: "smtp",
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(port),
        EMAIL_FROM: "Киоск <noreply@kiosk.local>",
      },
      { payments: { dev: { manualMode: true } }, delivery: { tickMs: 50, sendTimeoutMs: 2000 } },
    );
    const smtp = new LoopbackSmtp();
    try {
      const report = await paidReport(env.url);
      const api = createKioskClient({ url: env.url });
      const failed = await eventually(
        () => api.reports.get.query({ id: report.id }),
        (r) => (r.deliveries[0]?.attempts ?? 0) >= 1 && r.deliveries[0]?.status === "pending",
      );
      expect(failed.deliveries[0]?.lastError).toMatch(/SMTP/);

      await smtp.start(port);
      env.clock.advance(10_000); // past the first backoff (5 s +- 20 %)
      const sent = await eventually(
        () => api.reports.get.query({ id: report.id }),
        (r) => r.deliveries[0]?.status === "sent",
      );
      expect(sent.deliveries[0]?.attempts).toBe(2);
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]?.to).toEqual(["client@example.com"]);
      expect(smtp.received[0]?.raw).toContain("Content-Type: application/pdf");
      expect(smtp.received[0]?.raw.toLowerCase()).toContain(
        `x-kiosk-delivery-id: ${report.deliveries[0]?.id}`.toLowerCase(),
      );
    } finally {
      await env.stop();
      await smtp.stop();
    }
  }, 20_000);
});

describe("a process killed mid-delivery", () => {
  it("completes the delivery after a restart, sending it at most twice under one Message-ID", async () => {
    const storage = mkdtempSync(join(tmpdir(), "kiosk-kill-"));
    const configPath = join(storage, "service.json");
    writeFileSync(
      configPath,
      JSON.stringify({ payments: { dev: { manualMode: true } }, delivery: { tickMs: 50, sendTimeoutMs: 60_000 } }),
    );
    const smtp = await new LoopbackSmtp().start();
    smtp.stall = true; // the first attempt hangs in DATA, so the delivery sits in `sending`
    const port = await freePort();
    const start = () =>
      spawnAgent({
        PORT: String(port),
        STORAGE_PATH: storage,
        CONFIG_PATH: configPath,
        OPERATOR_API_TOKEN: operatorToken,
        EMAIL_PROVIDER: "smtp",
        SMTP_HOST: "127.0.0.1",
        SMTP_PORT: String(smtp.port),
        LOG_LEVEL: "warn",
      });
    const url = `http://127.0.0.1:${port}`;
    let agent = start();
    try {
      await agent.ready(url);
      const report = await paidReport(url);
      const api = createKioskClient({ url });
      await eventually(
        () => api.reports.get.query({ id: report.id }),
        (r) => r.deliveries[0]?.status === "sending",
      );
      await eventually(
        () => Promise.resolve(smtp.stalled.length),
        (n) => n === 1,
      );
      agent.child.kill("SIGKILL");
      await agent.exited;

      smtp.stall = false;
      agent = start();
      await agent.ready(url);
      const done = await eventually(
        () => api.reports.get.query({ id: report.id }),
        (r) => r.deliveries[0]?.status === "sent",
        15_000,
      );
      expect(done.deliveries[0]?.attempts).toBe(2);
      // The first copy reached the server before the kill; the resend is recognisably the same letter.
      const copies = [...smtp.stalled, ...smtp.received].map((mail) => messageIdOf(mail.raw));
      expect(copies).toEqual([
        `<${report.deliveries[0]?.id}@kiosk.local>`,
        `<${report.deliveries[0]?.id}@kiosk.local>`,
      ]);
    } finally {
      agent.child.kill("SIGTERM");
      await agent.exited;
      await smtp.stop();
      rmSync(storage, { recursive: true, force: true });
    }
  }, 60_000);
});
