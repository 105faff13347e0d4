import { deliveries, reportUploads } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { generateTestReport, testReportingDeps } from "../test/deps";
import { ChannelError, type SmsChannel } from "./channels/types";
import { processOutbox } from "./outbox";
import { markUploaded } from "./uploads";

const link = "https://bo.example.ru/r/AbCdEfGhIjKlMnOpQrStUv";

/** An SMS channel that holds each send until the test lets it go (or fails it), recording every text. */
function gatedSms() {
  const texts: string[] = [];
  const waiting: Array<{ text: string; settle: (error?: Error) => void }> = [];
  const channel: SmsChannel = {
    provider: "dev",
    send: (message) =>
      new Promise((resolve, reject) => {
        waiting.push({
          text: message.text,
          settle: (error) => {
            if (error) return reject(error);
            texts.push(message.text);
            resolve({ messageId: `sms-${texts.length}` });
          },
        });
      }),
  };
  return { channel, texts, waiting };
}

let env = testReportingDeps();
afterEach(() => env.close());

async function phoneOnlyReport(sms: ReturnType<typeof gatedSms>) {
  env = testReportingDeps({ sms: sms.channel });
  env.deps.links = { reachable: true };
  const report = await generateTestReport(env.deps, { phone: "+79001234567" });
  // The link's wait (reports.linkWaitMs) runs out with the backoffice silent.
  env.clock.advance(env.deps.config.reports.linkWaitMs + 1);
  return report;
}

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
};

describe("the link's one follow-up", () => {
  it("follows an SMS that was on its way without the link when the link landed", async () => {
    const sms = gatedSms();
    const report = await phoneOnlyReport(sms);
    const first = processOutbox(env.deps);
    await until(() => sms.waiting.length === 1);
    expect(sms.waiting[0]?.text).toContain("придёт следующим SMS");
    // The backoffice answers while that SMS is still being sent.
    markUploaded(env.deps, report.id, { link, expiresAt: env.clock.now() + 1_000 });
    sms.waiting.shift()?.settle();
    // Its settling queues the follow-up, which the same pass of the outbox sends.
    await until(() => sms.waiting.length === 1);
    sms.waiting.shift()?.settle();
    await first;
    expect(sms.texts).toHaveLength(2);
    expect(sms.texts[1]).toContain(link);
    expect(await processOutbox(env.deps)).toBe(0);
    const rows = env.deps.db.select().from(deliveries).where(eq(deliveries.reportId, report.id)).all();
    expect(rows.map((row) => [row.kind, row.status]).sort()).toEqual([
      ["link", "sent"],
      ["report", "sent"],
    ]);
  });

  it("sends no follow-up when the SMS without the link failed and its retry carried the link", async () => {
    const sms = gatedSms();
    const report = await phoneOnlyReport(sms);
    const first = processOutbox(env.deps);
    await until(() => sms.waiting.length === 1);
    markUploaded(env.deps, report.id, { link, expiresAt: env.clock.now() + 1_000 });
    sms.waiting.shift()?.settle(new ChannelError("the provider is down", true));
    await first;
    env.clock.advance(60_000);
    const retry = processOutbox(env.deps);
    await until(() => sms.waiting.length === 1);
    sms.waiting.shift()?.settle();
    await retry;
    expect(await processOutbox(env.deps)).toBe(0);
    expect(sms.texts).toEqual([expect.stringContaining(link) as string]);
    const upload = env.deps.db.select().from(reportUploads).where(eq(reportUploads.reportId, report.id)).get();
    expect(upload?.followUp).toBe("owed");
  });

  it("follows an SMS already sent without the link as soon as the link lands, once", async () => {
    const sms = gatedSms();
    const report = await phoneOnlyReport(sms);
    const first = processOutbox(env.deps);
    await until(() => sms.waiting.length === 1);
    sms.waiting.shift()?.settle();
    await first;
    markUploaded(env.deps, report.id, { link, expiresAt: env.clock.now() + 1_000 });
    markUploaded(env.deps, report.id, { link, expiresAt: env.clock.now() + 1_000 });
    const second = processOutbox(env.deps);
    await until(() => sms.waiting.length === 1);
    sms.waiting.shift()?.settle();
    await second;
    expect(await processOutbox(env.deps)).toBe(0);
    expect(sms.texts).toHaveLength(2);
    expect(sms.texts[1]).toContain(link);
  });
});
