import { createKioskClient, type KioskClient } from "@kiosk/client";
import { FakeYooKassa, type FakePayment } from "@kiosk/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operatorToken, scrape, startTestAgent, type TestAgent, yookassaAgentEnv } from "./harness";

/**
 * PROD against the fake YooKassa, with no webhook (a kiosk behind NAT): an intent
 * closed here while YooKassa could not cancel it is asked about until YooKassa's
 * word is final, and money that comes all the same goes back exactly once.
 */
let fake: FakeYooKassa;
let env: TestAgent;
let api: KioskClient;

// Every check is due again after `maxIntervalMs`, so one move of the clock makes every payment due.
const maxIntervalMs = 5_000;

beforeAll(async () => {
  fake = await new FakeYooKassa().start();
  env = await startTestAgent(yookassaAgentEnv(fake, "185.71.76.0/27"), {
    payments: {
      reconcile: { tickMs: 50, minIntervalMs: 1_000, maxIntervalMs },
      yookassa: { retryBaseMs: 10, timeoutMs: 500 },
    },
  });
  api = createKioskClient({ url: env.url });
});
afterAll(async () => {
  await env.stop();
  await fake.stop();
});

const poll = { timeout: 5_000 };

async function newIntent(): Promise<{ id: string; remote: FakePayment }> {
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  const remote = fake.findByOurId(payment.id);
  if (!remote) throw new Error("the fake never saw the payment");
  return { id: payment.id, remote };
}

async function auditRows(event: string, paymentId: string): Promise<unknown[]> {
  const response = await fetch(`${env.url}/api/audit?event=${event}&entityId=${paymentId}`, {
    headers: { authorization: `Bearer ${operatorToken}` },
  });
  return ((await response.json()) as { items: unknown[] }).items;
}

const status = async (id: string) => (await api.payments.getStatus.query({ id })).status;
const lateSuccesses = () => scrape(env.url, 'payments_late_success_total{provider="yookassa"}');

/**
 * The intent's time runs out while YooKassa cannot cancel it (down, or it
 * refuses a pending payment's cancel): the payment is expired here, pending there.
 */
async function expiredWhileUncancelled(remote: FakePayment, id: string, how: "unreachable" | "refuse") {
  if (how === "unreachable") fake.unreachable = true;
  else fake.pendingCancel = "refuse";
  env.clock.advance(10 * 60_000);
  await expect.poll(() => status(id), poll).toBe("expired");
  fake.unreachable = false;
  fake.pendingCancel = "cancel";
  expect(fake.get(remote.id).status).toBe("pending");
}

/**
 * Resolves once the reconciler has run at least one whole pass after the call:
 * it asks YooKassa about a still-pending sentinel twice, one clock move apart.
 */
async function wholeReconcilerPass(sentinel: FakePayment): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const asked = fake.getsOf(sentinel.id).length;
    env.clock.advance(maxIntervalMs);
    await expect.poll(() => fake.getsOf(sentinel.id).length, poll).toBe(asked + 1);
  }
}

describe("money taken after the intent expired, with no webhook", () => {
  it("is found by asking YooKassa again, recorded and alerted once, and refunded once", async () => {
    const lateBefore = await lateSuccesses();
    const { id, remote } = await newIntent();
    await expiredWhileUncancelled(remote, id, "unreachable");
    const afterExpiry = fake.requests.length;
    const expiredCount = await scrape(env.url, 'payments_failed_total{provider="yookassa",reason="expired"}');
    const refundedBefore = await scrape(env.url, 'payments_refunded_total{provider="yookassa"}');

    // The customer's bank completes the SBP payment after the kiosk closed it.
    fake.setStatus(remote.id, "succeeded");
    env.clock.advance(1_000);
    await expect.poll(() => fake.refundRequestsFor(remote.id).length, poll).toBe(1);

    expect(fake.getsOf(remote.id, afterExpiry)).toHaveLength(1);
    expect(await auditRows("payment.late_success", id)).toHaveLength(1);
    expect(await lateSuccesses()).toBe(lateBefore + 1);
    expect(fake.refundRequestsFor(remote.id)[0]?.body).toMatchObject({
      payment_id: remote.id,
      amount: { value: "480.00", currency: "RUB" },
    });
    await expect
      .poll(() => api.payments.get.query({ id }), poll)
      .toMatchObject({ status: "expired", refundedAmount: 48000, refunds: [{ amount: 48000, status: "succeeded" }] });

    // YooKassa's notification comes after all (twice), and the reconciler keeps running.
    const sentinel = (await newIntent()).remote;
    const notify = () =>
      fake.notify(`${env.url}/api/payments/webhook`, "payment.succeeded", fake.get(remote.id), {
        "x-forwarded-for": "185.71.76.10",
      });
    expect([await notify(), await notify()]).toEqual([200, 200]);
    const afterWebhooks = fake.requests.length;
    await wholeReconcilerPass(sentinel);

    expect(fake.refundRequestsFor(remote.id)).toHaveLength(1);
    expect(fake.getsOf(remote.id, afterWebhooks)).toHaveLength(0);
    expect(await auditRows("payment.late_success", id)).toHaveLength(1);
    expect(await auditRows("payment.refund_requested", id)).toHaveLength(1);
    expect(await lateSuccesses()).toBe(lateBefore + 1);
    expect(await scrape(env.url, 'payments_refunded_total{provider="yookassa"}')).toBe(refundedBefore + 1);
    // The refund does not end the payment a second time.
    expect(await scrape(env.url, 'payments_failed_total{provider="yookassa",reason="expired"}')).toBe(expiredCount);
    expect(await status(id)).toBe("expired");
  });

  it("keeps payments_late_unrefunded up while the refund is not through, and down once the money is back", async () => {
    const { id, remote } = await newIntent();
    await expiredWhileUncancelled(remote, id, "unreachable");
    const unrefunded = () => scrape(env.url, "payments_late_unrefunded");
    expect(await unrefunded()).toBe(0);
    fake.refundStatus = "pending";
    try {
      fake.setStatus(remote.id, "succeeded");
      env.clock.advance(1_000);
      await expect.poll(() => fake.refundRequestsFor(remote.id).length, poll).toBe(1);
      expect(await unrefunded()).toBe(1);
      const refund = [...fake.refunds.values()].find((r) => r.payment_id === remote.id);
      fake.settleRefund(refund?.id ?? "", "succeeded");
      env.clock.advance(maxIntervalMs);
      await expect.poll(unrefunded, poll).toBe(0);
    } finally {
      fake.refundStatus = "succeeded";
    }
  });

  it("stops asking once YooKassa cancels the payment itself, with no late success and no refund", async () => {
    const lateBefore = await lateSuccesses();
    const { id, remote } = await newIntent();
    await expiredWhileUncancelled(remote, id, "refuse");
    const afterExpiry = fake.requests.length;

    env.clock.advance(1_000);
    await expect.poll(() => fake.getsOf(remote.id, afterExpiry).length, poll).toBe(1);
    // Still pending: asked again later. Then the customer never pays and YooKassa gives up.
    fake.setStatus(remote.id, "canceled", "expired_on_confirmation");
    env.clock.advance(maxIntervalMs);
    await expect.poll(() => fake.getsOf(remote.id, afterExpiry).length, poll).toBe(2);

    const sentinel = (await newIntent()).remote;
    await wholeReconcilerPass(sentinel);
    expect(fake.getsOf(remote.id, afterExpiry)).toHaveLength(2);
    expect(fake.refundRequestsFor(remote.id)).toHaveLength(0);
    expect(await auditRows("payment.late_success", id)).toHaveLength(0);
    expect(await lateSuccesses()).toBe(lateBefore);
    expect(await status(id)).toBe("expired");
  });
});
