import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fakeSendGrid,
  fakeSmsc,
  fakeTwilio,
  silentHttpPeer,
  LoopbackSmtp,
  sendGridError,
  smscError,
  twilioError,
} from "../../test/fakes";
import { createSendGridChannel } from "./sendgrid";
import { createSmscChannel } from "./smsc";
import { createSmtpChannel } from "./smtp";
import { createTwilioChannel } from "./twilio";
import { ChannelError } from "./types";

const pdf = Buffer.from("%PDF-1.3 test report");
const email = {
  to: "client@example.com",
  subject: "Отчёт о диагностике OBD-II",
  text: "Здравствуйте!",
  attachment: { filename: "otchet.pdf", content: pdf },
  deliveryId: "dlv_1",
};
const sms = { to: "+79001234567", text: "Киоск: отчёт готов и отправлен на c***t@example.com", deliveryId: "dlv_2" };

async function failure(promise: Promise<unknown>): Promise<{ transient: boolean; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ChannelError) return { transient: error.transient, message: error.message };
    throw error;
  }
  throw new Error("expected the send to fail");
}

describe("SMTP against a real SMTP server on loopback", () => {
  const server = new LoopbackSmtp();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  const channel = () =>
    createSmtpChannel({
      host: "127.0.0.1",
      port: server.port,
      secure: false,
      from: "Киоск <noreply@kiosk.local>",
      timeoutMs: 2000,
    });

  it("delivers the message with the PDF attached and a Russian subject", async () => {
    const result = await channel().send(email);
    expect(result.messageId).toBeTruthy();
    const mail = server.received.at(-1);
    expect(mail?.to).toEqual(["client@example.com"]);
    expect(mail?.raw).toMatch(/Content-Type: application\/pdf; name=otchet\.pdf/);
    expect(mail?.raw).toContain(pdf.toString("base64"));
    expect(mail?.raw).toMatch(/Subject: =\?UTF-8\?/);
  });

  it("tells a 4xx reply (transient) from a 5xx one (permanent)", async () => {
    server.rejectWith = 451;
    expect((await failure(channel().send(email))).transient).toBe(true);
    server.rejectWith = 550;
    expect((await failure(channel().send(email))).transient).toBe(false);
    server.rejectWith = null;
  });

  it("treats a refused connection as transient", async () => {
    const closed = createSmtpChannel({ host: "127.0.0.1", port: 1, secure: false, from: "a@b.ru", timeoutMs: 500 });
    expect((await failure(closed.send(email))).transient).toBe(true);
  });
});

describe("SendGrid v3 against a fake", () => {
  const fake = fakeSendGrid();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  const channel = () =>
    createSendGridChannel({
      apiUrl: fake.url,
      apiKey: "SG.test",
      from: "Киоск <noreply@kiosk.local>",
      timeoutMs: 1000,
    });

  it("posts /v3/mail/send with a Bearer key and a base64 attachment; 202 is success", async () => {
    const result = await channel().send(email);
    expect(result.messageId).toMatch(/^sg-/);
    const sent = fake.requests.at(-1);
    expect(sent?.path).toBe("/v3/mail/send");
    expect(sent?.headers.authorization).toBe("Bearer SG.test");
    const body = JSON.parse(sent?.body ?? "{}") as {
      personalizations: unknown;
      from: unknown;
      attachments: Array<{ content: string; type: string }>;
      headers: Record<string, string>;
    };
    expect(body.personalizations).toEqual([{ to: [{ email: "client@example.com" }] }]);
    expect(body.headers["Message-ID"]).toBe(`<${email.deliveryId}@kiosk.local>`);
    expect(body.from).toEqual({ email: "noreply@kiosk.local", name: "Киоск" });
    expect(Buffer.from(body.attachments[0]?.content ?? "", "base64").equals(pdf)).toBe(true);
  });

  it("retries 429 and 5xx, not 400 or 401", async () => {
    fake.answerNext(
      sendGridError(429, "too many requests"),
      sendGridError(503, "unavailable"),
      sendGridError(400, "invalid email"),
      sendGridError(401, "bad key"),
    );
    expect(await failure(channel().send(email))).toMatchObject({
      transient: true,
      message: "SendGrid: too many requests",
    });
    expect((await failure(channel().send(email))).transient).toBe(true);
    expect(await failure(channel().send(email))).toMatchObject({
      transient: false,
      message: "SendGrid: invalid email",
    });
    expect((await failure(channel().send(email))).transient).toBe(false);
  });
});

describe("Twilio against a fake", () => {
  const fake = fakeTwilio();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  const channel = () =>
    createTwilioChannel({
      apiUrl: fake.url,
      accountSid: "AC0123",
      authToken: "token",
      from: "+15005550006",
      timeoutMs: 1000,
    });

  it("posts the form to Messages.json with Basic auth and returns the message sid", async () => {
    const result = await channel().send(sms);
    expect(result.messageId).toMatch(/^SM[0-9a-f]{32}$/);
    const sent = fake.requests.at(-1);
    expect(sent?.path).toBe("/2010-04-01/Accounts/AC0123/Messages.json");
    expect(sent?.headers.authorization).toBe(`Basic ${Buffer.from("AC0123:token").toString("base64")}`);
    expect(Object.fromEntries(new URLSearchParams(sent?.body))).toEqual({
      To: "+79001234567",
      From: "+15005550006",
      Body: sms.text,
    });
  });

  it("treats 429/5xx as transient and an invalid number or bad credentials as permanent", async () => {
    fake.answerNext(
      twilioError(429, 20429, "Too Many Requests"),
      twilioError(503, 20500, "Service unavailable"),
      twilioError(400, 21211, "The 'To' number +7900 is not a valid phone number."),
      twilioError(401, 20003, "Authenticate"),
    );
    expect((await failure(channel().send(sms))).transient).toBe(true);
    expect((await failure(channel().send(sms))).transient).toBe(true);
    expect(await failure(channel().send(sms))).toMatchObject({
      transient: false,
      message: expect.stringContaining("(21211)") as string,
    });
    expect((await failure(channel().send(sms))).transient).toBe(false);
  });

  it("goes through the SDK's HTTP client: its User-Agent, a timeout, and no answer as transient", async () => {
    await channel().send(sms);
    expect(fake.requests.at(-1)?.headers["user-agent"]).toMatch(/^twilio-node\//);
    const silent = await silentHttpPeer();
    try {
      const started = performance.now();
      const hung = await failure(
        createTwilioChannel({
          apiUrl: silent.url,
          accountSid: "AC0123",
          authToken: "token",
          from: "+15005550006",
          timeoutMs: 300,
        }).send(sms),
      );
      expect(hung.transient).toBe(true);
      expect(performance.now() - started).toBeLessThan(5_000);
    } finally {
      await silent.stop();
    }
    const refused = createTwilioChannel({
      apiUrl: "http://127.0.0.1:1",
      accountSid: "AC0123",
      authToken: "token",
      from: "+15005550006",
      timeoutMs: 1000,
    });
    expect(await failure(refused.send(sms))).toMatchObject({ transient: true });
  });
});

describe("SMSC against a fake", () => {
  const fake = fakeSmsc();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());
  const channel = () =>
    createSmscChannel({ apiUrl: fake.url, login: "kiosk", password: "secret", from: "KIOSK", timeoutMs: 1000 });

  it("calls send.php with fmt=3 and UTF-8 text", async () => {
    expect((await channel().send(sms)).messageId).toMatch(/^\d+$/);
    const sent = fake.requests.at(-1);
    expect(sent?.path).toBe("/send.php");
    const form = Object.fromEntries(new URLSearchParams(sent?.body));
    expect(form).toMatchObject({
      login: "kiosk",
      psw: "secret",
      phones: "79001234567",
      mes: sms.text,
      charset: "utf-8",
      fmt: "3",
    });
  });

  it("maps error_code: 3, 4, 9 transient; 1, 2, 7, 8 permanent", async () => {
    for (const [code, transient] of [
      [3, true],
      [4, true],
      [9, true],
      [1, false],
      [2, false],
      [7, false],
      [8, false],
    ] as const) {
      fake.answerNext(smscError(code, `error ${code}`));
      expect((await failure(channel().send(sms))).transient, `error_code ${code}`).toBe(transient);
    }
  });
});
