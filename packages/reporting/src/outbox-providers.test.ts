import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeSendGrid,
  fakeSmsc,
  fakeTwilio,
  sendGridError,
  smscError,
  twilioError,
  type Scripted,
} from "../test/fakes";
import { generateTestReport, testReportingDeps } from "../test/deps";
import { createDevEmailChannel, createDevSmsChannel } from "./channels/dev";
import { createSendGridChannel } from "./channels/sendgrid";
import { createSmscChannel } from "./channels/smsc";
import { createTwilioChannel } from "./channels/twilio";
import type { EmailChannel, SmsChannel } from "./channels/types";
import { processOutbox } from "./outbox";
import { getReport } from "./service";

type Fake = ReturnType<typeof fakeSendGrid>;
const silent = { info: () => undefined };

interface Case {
  fake: () => Fake;
  channel: "email" | "sms";
  make: (url: string) => EmailChannel | SmsChannel;
  transient: Scripted;
  permanent: Scripted;
}

const cases: Record<string, Case> = {
  sendgrid: {
    fake: fakeSendGrid,
    channel: "email",
    make: (url) =>
      createSendGridChannel({ apiUrl: url, apiKey: "SG.key", from: "noreply@kiosk.local", timeoutMs: 1000 }),
    transient: sendGridError(429, "rate limited"),
    permanent: sendGridError(400, "The to email does not contain a valid address."),
  },
  twilio: {
    fake: fakeTwilio,
    channel: "sms",
    make: (url) =>
      createTwilioChannel({ apiUrl: url, accountSid: "AC1", authToken: "t", from: "+15005550006", timeoutMs: 1000 }),
    transient: twilioError(503, 20500, "Internal Server Error"),
    permanent: twilioError(400, 21614, "'To' number is not a valid mobile number"),
  },
  smsc: {
    fake: fakeSmsc,
    channel: "sms",
    make: (url) => createSmscChannel({ apiUrl: url, login: "l", password: "p", from: "KIOSK", timeoutMs: 1000 }),
    transient: smscError(9, "duplicate request, wait a minute"),
    permanent: smscError(7, "invalid number format"),
  },
};

describe.each(Object.keys(cases))("the outbox through %s", (name) => {
  const c = cases[name] as Case;
  const fake = c.fake();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  function setup() {
    const adapter = c.make(fake.url);
    const env = testReportingDeps(
      c.channel === "email"
        ? { email: adapter as EmailChannel, sms: createDevSmsChannel("/tmp", silent) }
        : { sms: adapter as SmsChannel, email: createDevEmailChannel("/tmp", "a@b.ru", silent) },
    );
    const contact: Record<string, string> =
      c.channel === "email" ? { email: "client@example.com" } : { phone: "+79001234567" };
    return { env, contact };
  }

  const generate = (env: ReturnType<typeof testReportingDeps>, contact: Record<string, string>) =>
    generateTestReport(env.deps, contact);

  it("retries a transient error and delivers", async () => {
    const { env, contact } = setup();
    try {
      const report = await generate(env, contact);
      fake.answerNext(c.transient);
      await processOutbox(env.deps);
      expect(getReport({ ctx: env.ctx, input: { id: report.id } }).deliveries[0]).toMatchObject({
        status: "pending",
        attempts: 1,
      });
      env.clock.advance(10_000);
      await processOutbox(env.deps);
      expect(getReport({ ctx: env.ctx, input: { id: report.id } }).deliveries[0]).toMatchObject({
        status: "sent",
        attempts: 2,
        lastError: null,
      });
    } finally {
      env.close();
    }
  });

  it("sends a permanent error straight to dead", async () => {
    const { env, contact } = setup();
    try {
      const report = await generate(env, contact);
      fake.answerNext(c.permanent);
      await processOutbox(env.deps);
      expect(getReport({ ctx: env.ctx, input: { id: report.id } }).deliveries[0]).toMatchObject({
        status: "dead",
        attempts: 1,
      });
    } finally {
      env.close();
    }
  });
});
