import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { deliveries } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { generateTestReport, testReportingDeps } from "../test/deps";
import { ChannelError, type EmailChannel, type SmsChannel } from "./channels/types";
import { processOutbox } from "./outbox";
import { claimDue, recoverInterruptedDeliveries } from "./outbox-claims";
import { getReport } from "./service";

/** A channel that fails as scripted, then succeeds; counts every call. */
function scriptedEmail(failures: ChannelError[]): EmailChannel & { calls: number } {
  const channel = {
    provider: "smtp" as const,
    calls: 0,
    send() {
      channel.calls++;
      const failure = failures.shift();
      return failure ? Promise.reject(failure) : Promise.resolve({ messageId: `<msg-${channel.calls}@test>` });
    },
  };
  return channel;
}

const noSms: SmsChannel = { provider: "dev", send: () => Promise.resolve({ messageId: "sms" }) };

let env = testReportingDeps();
afterEach(() => env.close());

const report = (contact: { email?: string; phone?: string } = { email: "client@example.com" }) =>
  generateTestReport(env.deps, contact);

describe("the outbox with the dev channels", () => {
  it("writes the .eml with the PDF attached and the SMS text, then marks both sent", async () => {
    env = testReportingDeps();
    const created = await report({ email: "client@example.com", phone: "+79001234567" });
    expect(await processOutbox(env.deps)).toBe(2);
    const after = getReport({ ctx: env.ctx, input: { id: created.id } });
    expect(after.deliveries.map((d) => d.status)).toEqual(["sent", "sent"]);
    const files = readdirSync(join(env.storagePath, "outbox"));
    const eml = readFileSync(join(env.storagePath, "outbox", files.find((f) => f.endsWith(".eml")) ?? ""), "utf8");
    expect(eml).toMatch(/Content-Type: application\/pdf; name=otchet-diagnostika-\d{4}-\d{2}-\d{2}\.pdf/);
    expect(eml).toContain("To: client@example.com");
    const sms = readFileSync(join(env.storagePath, "outbox", files.find((f) => f.endsWith(".sms.txt")) ?? ""), "utf8");
    expect(sms).toContain("отправлен на c***t@example.com");
    expect(sms).not.toContain("client@example.com");
    expect(await env.deps.metrics.registry.getSingleMetricAsString("reports_delivered_total")).toContain(
      'reports_delivered_total{type="diagnostics",method="sms"} 1',
    );
  });
});

describe("retries", () => {
  it("retries a transient failure with growing, jittered backoff and sends once it passes", async () => {
    const email = scriptedEmail([new ChannelError("down", true), new ChannelError("down", true)]);
    env = testReportingDeps({ email, sms: noSms });
    const created = await report();
    await processOutbox(env.deps);
    const first = env.deps.db.select().from(deliveries).get();
    expect(first).toMatchObject({ status: "pending", attempts: 1, lastError: "down" });
    expect((first?.nextAttemptAt ?? 0) - env.clock.now()).toBe(5_000);
    expect(await processOutbox(env.deps)).toBe(0); // not due yet
    env.clock.advance(5_000);
    await processOutbox(env.deps);
    const second = env.deps.db.select().from(deliveries).get();
    expect((second?.nextAttemptAt ?? 0) - env.clock.now()).toBe(10_000);
    env.clock.advance(10_000);
    await processOutbox(env.deps);
    expect(getReport({ ctx: env.ctx, input: { id: created.id } }).deliveries[0]).toMatchObject({
      status: "sent",
      attempts: 3,
      lastError: null,
    });
    expect(email.calls).toBe(3);
  });

  it("gives up after maxAttempts: dead, counted as attempts_exhausted", async () => {
    const email = scriptedEmail(Array.from({ length: 10 }, () => new ChannelError("down", true)));
    env = testReportingDeps({ email, sms: noSms, file: { delivery: { maxAttempts: 3 } } });
    const created = await report();
    for (let i = 0; i < 5; i++) {
      await processOutbox(env.deps);
      env.clock.advance(3_600_000);
    }
    expect(getReport({ ctx: env.ctx, input: { id: created.id } }).deliveries[0]).toMatchObject({
      status: "dead",
      attempts: 3,
    });
    expect(email.calls).toBe(3);
    expect(await env.deps.metrics.registry.getSingleMetricAsString("reports_failed_total")).toContain(
      'reason="attempts_exhausted"} 1',
    );
  });

  it("sends a permanent failure straight to dead", async () => {
    const email = scriptedEmail([new ChannelError("550 no such mailbox", false)]);
    env = testReportingDeps({ email, sms: noSms });
    const created = await report();
    await processOutbox(env.deps);
    expect(getReport({ ctx: env.ctx, input: { id: created.id } }).deliveries[0]).toMatchObject({
      status: "dead",
      attempts: 1,
      lastError: "550 no such mailbox",
    });
    expect(await env.deps.metrics.registry.getSingleMetricAsString("reports_failed_total")).toContain(
      'reason="rejected"} 1',
    );
  });

  it("puts a delivery left sending by a crash back to pending, to be sent again", async () => {
    const email = scriptedEmail([]);
    env = testReportingDeps({ email, sms: noSms });
    const created = await report();
    env.deps.db.update(deliveries).set({ status: "sending", attempts: 1 }).run();
    expect(recoverInterruptedDeliveries(env.deps)).toBe(1);
    expect(await processOutbox(env.deps)).toBe(0); // not at once: a crash loop must not resend at every start
    env.clock.advance(env.deps.config.delivery.baseDelayMs);
    await processOutbox(env.deps);
    expect(getReport({ ctx: env.ctx, input: { id: created.id } }).deliveries[0]).toMatchObject({
      status: "sent",
      attempts: 2,
    });
    expect(email.calls).toBe(1);
  });

  it("takes back, while running, a claim whose outcome was never written (a full disk at the final write)", async () => {
    const email = scriptedEmail([]);
    env = testReportingDeps({ email, sms: noSms });
    const created = await report();
    // The first attempt's send went out, then writing `sent` failed: the row is still `sending`.
    const [claimed] = claimDue(env.deps, 1);
    expect(claimed?.status).toBe("sending");
    expect(await processOutbox(env.deps)).toBe(0); // its lease has not run out: not sent twice
    env.clock.advance(env.deps.config.delivery.sendTimeoutMs + 5_000);
    expect(await processOutbox(env.deps)).toBe(1);
    expect(getReport({ ctx: env.ctx, input: { id: created.id } }).deliveries[0]).toMatchObject({
      status: "sent",
      attempts: 2,
    });
    expect(email.calls).toBe(1);
  });

  it("stops claiming when its signal aborts", async () => {
    env = testReportingDeps({ email: scriptedEmail([]), sms: noSms });
    await report();
    const stop = new AbortController();
    stop.abort();
    expect(await processOutbox(env.deps, stop.signal)).toBe(0);
    expect(env.deps.db.select().from(deliveries).get()?.status).toBe("pending");
  });

  it("never runs more than delivery.concurrency sends at once", async () => {
    let inFlight = 0;
    let peak = 0;
    const slow: EmailChannel = {
      provider: "smtp",
      async send() {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return { messageId: "x" };
      },
    };
    env = testReportingDeps({ email: slow, sms: noSms, file: { delivery: { concurrency: 2 } } });
    for (let i = 0; i < 7; i++) await report();
    expect(await processOutbox(env.deps)).toBe(7);
    expect(peak).toBe(2);
    expect(env.deps.db.select().from(deliveries).where(eq(deliveries.status, "sent")).all()).toHaveLength(7);
  });
});
