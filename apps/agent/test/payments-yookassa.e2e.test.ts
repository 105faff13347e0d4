import { createKioskClient, type KioskClient } from "@kiosk/client";
import { reconcilePayments } from "@kiosk/payments";
import { FakeYooKassa } from "@kiosk/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, scrape, startTestAgent, type TestAgent, yookassaAgentEnv } from "./harness";

/**
 * PROD against a fake YooKassa over real HTTP. The agent trusts one proxy hop,
 * so a test can present any sender address to the webhook through X-Forwarded-For.
 */
let fake: FakeYooKassa;
let env: TestAgent;
let api: KioskClient;

beforeAll(async () => {
  fake = await new FakeYooKassa().start();
  env = await startTestAgent(yookassaAgentEnv(fake, "185.71.76.0/27,77.75.156.11"), {
    payments: { reconcile: { tickMs: 50 }, yookassa: { retryBaseMs: 10, timeoutMs: 500 } },
  });
  api = createKioskClient({ url: env.url });
});
afterAll(async () => {
  await env.stop();
  await fake.stop();
});

const webhook = () => `${env.url}/api/payments/webhook`;
const fromYooKassa = { "x-forwarded-for": "185.71.76.10" };

async function newIntent() {
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000, currency: "RUB" });
  const remote = [...fake.payments.values()].find((p) => p.description?.includes(payment.id));
  if (!remote) throw new Error("the fake never saw the payment");
  return { payment, remote };
}

describe("YooKassa in PROD", () => {
  it("creates the payment at YooKassa with Basic auth, an Idempotence-Key, 480.00 and a QR confirmation", async () => {
    const { payment, remote } = await newIntent();
    const sent = fake.paymentCreates().at(-1);
    expect(sent?.headers.authorization).toMatch(/^Basic /);
    expect(sent?.headers["idempotence-key"]).toBe(payment.id);
    expect(sent?.body).toMatchObject({
      amount: { value: "480.00", currency: "RUB" },
      capture: true,
      confirmation: { type: "qr" },
    });
    expect(payment).toMatchObject({
      provider: "yookassa",
      status: "pending",
      qrCodeData: remote.confirmation.confirmation_data,
    });
  });

  it("confirms on a notification from an allowed address only because the GET says so", async () => {
    const { payment, remote } = await newIntent();
    // Forged: the body claims success, YooKassa says pending.
    expect(
      await fake.notify(webhook(), "payment.succeeded", { ...remote, status: "succeeded", paid: true }, fromYooKassa),
    ).toBe(200);
    expect((await api.payments.getStatus.query({ id: payment.id })).status).toBe("pending");

    fake.setStatus(remote.id, "succeeded");
    expect(await fake.notify(webhook(), "payment.succeeded", remote, fromYooKassa)).toBe(200);
    expect((await api.payments.getStatus.query({ id: payment.id })).status).toBe("confirmed");
    // One GET per notification; the manual clock has not moved, so the reconciler asked nothing.
    const gets = fake.requests.filter((r) => r.method === "GET" && r.path === `/v3/payments/${remote.id}`);
    expect(gets).toHaveLength(2);
  });

  it("answers 403 to a sender outside the allowed ranges and changes nothing", async () => {
    const { payment, remote } = await newIntent();
    fake.setStatus(remote.id, "succeeded");
    const before = await scrape(env.url, 'payments_webhook_received_total{result="forbidden"}');
    expect(await fake.notify(webhook(), "payment.succeeded", remote, { "x-forwarded-for": "203.0.113.9" })).toBe(403);
    expect(await fake.notify(webhook(), "payment.succeeded", remote)).toBe(403); // loopback is not YooKassa either
    expect(await scrape(env.url, 'payments_webhook_received_total{result="forbidden"}')).toBe(before + 2);
    // The manual clock has not moved, so the reconciler has not polled yet: nothing but the webhook could have applied it.
    expect((await api.payments.getStatus.query({ id: payment.id })).status).toBe("pending");
  });

  it("records unknown ids and unreadable bodies: 200 for the first, 400 for the second", async () => {
    const unknown = 'payments_webhook_received_total{result="unknown_payment"}';
    const invalid = 'payments_webhook_received_total{result="invalid"}';
    const before = { unknown: await scrape(env.url, unknown), invalid: await scrape(env.url, invalid) };
    expect(await fake.notify(webhook(), "payment.succeeded", { id: "no-such-payment" }, fromYooKassa)).toBe(200);
    const bad = await fetch(webhook(), {
      method: "POST",
      headers: { "content-type": "application/json", ...fromYooKassa },
      body: JSON.stringify({ hello: 1 }),
    });
    expect(bad.status).toBe(400);
    expect(await scrape(env.url, unknown)).toBe(before.unknown + 1);
    expect(await scrape(env.url, invalid)).toBe(before.invalid + 1);
  });

  it("measures every YooKassa call: provider_request_duration_seconds by operation and outcome", async () => {
    const count = (operation: string, outcome: string) =>
      scrape(
        env.url,
        `provider_request_duration_seconds_count{provider="yookassa",operation="${operation}",outcome="${outcome}"}`,
      );
    const creates = await count("create_payment", "success");
    const { remote } = await newIntent();
    expect(await count("create_payment", "success")).toBe(creates + 1);
    const gets = await count("get_payment", "success");
    expect(await fake.notify(webhook(), "payment.succeeded", remote, fromYooKassa)).toBe(200);
    expect(await count("get_payment", "success")).toBe(gets + 1);
    // YooKassa down for the whole retry budget: one failed call, the notification still answered 200.
    const failures = await count("get_payment", "server_error");
    const down = { kind: "status", status: 503 } as const;
    fake.failNext(down, down, down, down);
    expect(await fake.notify(webhook(), "payment.succeeded", remote, fromYooKassa)).toBe(200);
    expect(await count("get_payment", "server_error")).toBe(failures + 1);
  });

  it("retries 500 and 429 from YooKassa with the same Idempotence-Key and makes one payment", async () => {
    const creates = fake.paymentCreates().length;
    const count = fake.payments.size;
    fake.failNext({ kind: "status", status: 500 }, { kind: "status", status: 429 });
    const { payment } = await newIntent();
    const attempts = fake.paymentCreates().slice(creates);
    expect(attempts.map((a) => a.headers["idempotence-key"])).toEqual([payment.id, payment.id, payment.id]);
    expect(fake.payments.size).toBe(count + 1);
  });

  it("confirms with no webhook at all: the reconciler polls", async () => {
    const { payment, remote } = await newIntent();
    fake.setStatus(remote.id, "succeeded");
    env.clock.advance(3_000);
    const status = await eventually(
      () => api.payments.getStatus.query({ id: payment.id }),
      (p) => p.status !== "pending",
    );
    expect(status.status).toBe("confirmed");
  });

  it("expires an unpaid intent and cancels it at YooKassa", async () => {
    const { payment, remote } = await newIntent();
    env.clock.advance(10 * 60_000);
    const status = await eventually(
      () => api.payments.getStatus.query({ id: payment.id }),
      (p) => p.status !== "pending",
    );
    expect(status).toMatchObject({ status: "expired", failureReason: "expired" });
    expect(fake.get(remote.id)).toMatchObject({
      status: "canceled",
      cancellation_details: { reason: "canceled_by_merchant" },
    });
  });

  it("never moves a settled payment for duplicated, reordered or late notifications, nor double-counts", async () => {
    const { payment, remote } = await newIntent();
    fake.setStatus(remote.id, "succeeded");
    const confirmedBefore = await scrape(env.url, 'payments_confirmed_total{provider="yookassa"}');
    const duplicate = 'payments_webhook_received_total{result="duplicate"}';
    const duplicatesBefore = await scrape(env.url, duplicate);
    for (let i = 0; i < 3; i++)
      expect(await fake.notify(webhook(), "payment.succeeded", remote, fromYooKassa)).toBe(200);
    expect(await fake.notify(webhook(), "payment.canceled", { ...remote, status: "canceled" }, fromYooKassa)).toBe(200);
    // Past every check the reconciler could make of it, then one whole pass of it: it leaves a settled payment alone.
    env.clock.advance(60_000);
    await reconcilePayments(env.inner.payments, () => undefined);
    expect((await api.payments.getStatus.query({ id: payment.id })).status).toBe("confirmed");
    expect(await scrape(env.url, 'payments_confirmed_total{provider="yookassa"}')).toBe(confirmedBefore + 1);
    // The first notification confirms; the two repeats and the late cancel (YooKassa's GET still says succeeded) change nothing.
    expect(await scrape(env.url, duplicate)).toBe(duplicatesBefore + 3);
  });

  it("turns a payment the bank declined into failed with YooKassa's reason", async () => {
    const declined = 'payments_failed_total{provider="yookassa",reason="declined"}';
    const declinedBefore = await scrape(env.url, declined);
    const { payment, remote } = await newIntent();
    fake.setStatus(remote.id, "canceled", "insufficient_funds");
    expect(await fake.notify(webhook(), "payment.canceled", remote, fromYooKassa)).toBe(200);
    expect(await api.payments.getStatus.query({ id: payment.id })).toMatchObject({
      status: "failed",
      failureReason: "insufficient_funds",
    });
    expect(await scrape(env.url, declined)).toBe(declinedBefore + 1);
  });
});

describe("PROD startup guard", () => {
  it("refuses to start without YooKassa credentials, naming what is missing", async () => {
    await expect(startTestAgent({ AGENT_ENV: "PROD" })).rejects.toThrow(/YOOKASSA_SHOP_ID, YOOKASSA_SECRET_KEY/);
  });
});
