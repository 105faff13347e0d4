import { createKioskClient, type KioskClient } from "@kiosk/client";
import { FakeYooKassa, type FakeRefund } from "@kiosk/payments/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  apiCode,
  eventually,
  operatorToken,
  scrape,
  startTestAgent,
  type TestAgent,
  yookassaAgentEnv,
} from "./harness";

/**
 * PROD against the fake YooKassa: 54-FZ receipts on every payment and refund,
 * SBP as the QR's method, refunds that stay pending until YooKassa settles them
 * (told by a notification, or found by polling alone).
 */
let fake: FakeYooKassa;
let env: TestAgent;
let api: KioskClient;
let operator: KioskClient;

beforeAll(async () => {
  fake = await new FakeYooKassa().start();
  fake.refundStatus = "pending";
  env = await startTestAgent(yookassaAgentEnv(fake, "185.71.76.0/27"), {
    payments: {
      reconcile: { tickMs: 50, minIntervalMs: 1_000 },
      yookassa: { retryBaseMs: 10, timeoutMs: 500 },
      receipts: { vatCode: 1, taxSystemCode: 2 },
    },
  });
  api = createKioskClient({ url: env.url });
  operator = createKioskClient({ url: env.url, token: operatorToken });
});
afterAll(async () => {
  await env.stop();
  await fake.stop();
});

const fromYooKassa = { "x-forwarded-for": "185.71.76.10" };
const notify = (event: string, object: unknown) =>
  fake.notify(`${env.url}/api/payments/webhook`, event, object, fromYooKassa);

async function intentFor(contact: { email?: string; phone?: string }) {
  const session = await api.sessions.create.mutate({ type: "diagnostics", contact });
  const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
  const remote = fake.findByOurId(payment.id);
  if (!remote) throw new Error("the fake never saw the payment");
  return { session, payment, remote };
}

async function paidIntent() {
  const intent = await intentFor({ email: "client@example.com", phone: "+79001234567" });
  fake.setStatus(intent.remote.id, "succeeded");
  expect(await notify("payment.succeeded", intent.remote)).toBe(200);
  expect(await api.payments.get.query({ id: intent.payment.id })).toMatchObject({ status: "confirmed" });
  return intent;
}

const lastRefundRequest = () => fake.requests.filter((r) => r.method === "POST" && r.path === "/v3/refunds").at(-1);
const remoteRefund = (id: string) => fake.refunds.get(id) as FakeRefund;

describe("54-FZ receipts and SBP", () => {
  it("sends YooKassa a receipt for the service and the SBP method, and shows the receipt's registration", async () => {
    const { payment, remote } = await intentFor({ email: "client@example.com", phone: "+79001234567" });
    const sent = fake.paymentCreates().at(-1)?.body;
    expect(sent).toMatchObject({
      amount: { value: "480.00", currency: "RUB" },
      confirmation: { type: "qr" },
      payment_method_data: { type: "sbp" },
      receipt: {
        customer: { email: "client@example.com" },
        items: [
          {
            description: "Компьютерная диагностика автомобиля (OBD-II)",
            quantity: "1.00",
            amount: { value: "480.00", currency: "RUB" },
            vat_code: 1,
            payment_subject: "service",
            payment_mode: "full_payment",
          },
        ],
        tax_system_code: 2,
      },
    });
    // In PROD the QR is YooKassa's SBP link.
    expect(payment.qrCodeData).toBe(remote.confirmation.confirmation_data);
    expect(payment.qrCodeData).toMatch(/^https:\/\/qr\.nspk\.ru\//);
    expect(payment.receiptRegistration).toBe("pending");
  });

  it("sends the receipt to the phone, in YooKassa's digits-only form, when the session has no email", async () => {
    await intentFor({ phone: "+79007654321" });
    expect(fake.paymentCreates().at(-1)?.body).toMatchObject({ receipt: { customer: { phone: "79007654321" } } });
  });

  it("refuses a session with neither email nor phone with a clear 400, before YooKassa hears of it", async () => {
    // Every session starts with a contact; one erased since (a privacy request) has none.
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "gone@example.com" } });
    env.sqlite.prepare("UPDATE sessions SET contact_email = NULL, contact_phone = NULL WHERE id = ?").run(session.id);
    const creates = fake.paymentCreates().length;
    const refused = await fetch(`${env.url}/api/payments/intent`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessionId: session.id, amount: 48000 }),
    });
    expect(refused.status).toBe(400);
    expect(await refused.json()).toMatchObject({
      error: {
        code: "BAD_REQUEST",
        message: expect.stringContaining("54-FZ") as string,
        details: { field: "contact" },
      },
    });
    expect(fake.paymentCreates()).toHaveLength(creates);
  });

  it("keeps asking until the receipt registers, and says how long one has waited", async () => {
    fake.receiptOnSuccess = "pending";
    try {
      const { payment, remote } = await paidIntent();
      expect((await api.payments.get.query({ id: payment.id })).receiptRegistration).toBe("pending");
      env.clock.advance(10 * 60_000);
      expect(await scrape(env.url, "payments_receipt_unregistered_age_seconds")).toBeGreaterThanOrEqual(600);
      fake.registerReceipt(remote.id, "succeeded");
      env.clock.advance(60_000);
      await eventually(
        () => api.payments.get.query({ id: payment.id }),
        (p) => p.receiptRegistration === "succeeded",
        5_000,
      );
      expect(await scrape(env.url, "payments_receipt_unregistered_age_seconds")).toBe(0);
    } finally {
      fake.receiptOnSuccess = "succeeded";
    }
  });
});

describe("refunds that follow YooKassa", () => {
  it("a full refund: pending with its own key and receipt, then refunded on YooKassa's refund.succeeded", async () => {
    const { payment } = await paidIntent();
    const before = await scrape(env.url, 'payments_refunded_kopecks_total{provider="yookassa"}');
    const asked = await operator.payments.refund.mutate({ id: payment.id });
    expect(asked).toMatchObject({ status: "confirmed", refundedAmount: 0 });
    expect(asked.refunds).toMatchObject([{ amount: 48000, status: "pending" }]);
    const request = lastRefundRequest();
    expect(request?.headers["idempotence-key"]).toBe(asked.refunds[0]?.id);
    expect(request?.body).toMatchObject({
      amount: { value: "480.00", currency: "RUB" },
      receipt: { customer: { email: "client@example.com" }, items: [{ amount: { value: "480.00" }, vat_code: 1 }] },
    });
    // A second refund while one is pending would risk giving the money back twice.
    expect(await apiCode(operator.payments.refund.mutate({ id: payment.id }))).toBe("CONFLICT");

    const [refund] = [...fake.refunds.values()].filter((r) => r.payment_id === fake.findByOurId(payment.id)?.id);
    fake.settleRefund(refund?.id ?? "", "succeeded");
    expect(await notify("refund.succeeded", remoteRefund(refund?.id ?? ""))).toBe(200);
    const done = await api.payments.get.query({ id: payment.id });
    expect(done).toMatchObject({ status: "refunded", refundedAmount: 48000 });
    expect(done.refunds).toMatchObject([{ status: "succeeded", receiptRegistration: "succeeded" }]);
    expect(await scrape(env.url, 'payments_refunded_kopecks_total{provider="yookassa"}')).toBe(before + 48000);
    expect(await apiCode(operator.payments.refund.mutate({ id: payment.id }))).toBe("CONFLICT");
  });

  it("partial refunds by polling alone: partially_refunded, then refunded; never beyond what was paid", async () => {
    const { payment, remote } = await paidIntent();
    expect(await apiCode(operator.payments.refund.mutate({ id: payment.id, amount: 48001 }))).toBe("BAD_REQUEST");
    await operator.payments.refund.mutate({ id: payment.id, amount: 10000 });
    expect(lastRefundRequest()?.body).toMatchObject({
      amount: { value: "100.00" },
      receipt: { items: [{ amount: { value: "100.00" } }] },
    });
    const first = [...fake.refunds.values()].filter((r) => r.payment_id === remote.id);
    fake.settleRefund(first[0]?.id ?? "", "succeeded");
    env.clock.advance(2_000); // the reconciler's next look at a pending refund
    const partial = await eventually(
      () => api.payments.get.query({ id: payment.id }),
      (p) => p.status === "partially_refunded",
      5_000,
    );
    expect(partial.refundedAmount).toBe(10000);

    const rest = await operator.payments.refund.mutate({ id: payment.id });
    expect(rest.refunds.at(-1)).toMatchObject({ amount: 38000, status: "pending" });
    const second = [...fake.refunds.values()].filter((r) => r.payment_id === remote.id);
    fake.settleRefund(second.at(-1)?.id ?? "", "succeeded");
    env.clock.advance(2_000);
    const full = await eventually(
      () => api.payments.get.query({ id: payment.id }),
      (p) => p.status === "refunded",
      5_000,
    );
    expect(full.refundedAmount).toBe(48000);
  });

  it("a canceled refund leaves the payment confirmed, and another may be asked for", async () => {
    const { payment, remote } = await paidIntent();
    await operator.payments.refund.mutate({ id: payment.id, amount: 5000 });
    const refund = [...fake.refunds.values()].filter((r) => r.payment_id === remote.id).at(-1);
    fake.settleRefund(refund?.id ?? "", "canceled");
    env.clock.advance(2_000);
    const after = await eventually(
      () => api.payments.get.query({ id: payment.id }),
      (p) => p.refunds[0]?.status === "canceled",
      5_000,
    );
    expect(after).toMatchObject({ status: "confirmed", refundedAmount: 0 });
    expect(after.refunds[0]?.cancellationReason).toBe("rejected_by_payee");
    const audit = await operator.audit.list.query({ entityId: payment.id, event: "payment.refund_canceled" });
    expect(audit.items).toHaveLength(1);
    expect((await operator.payments.refund.mutate({ id: payment.id, amount: 5000 })).refunds).toHaveLength(2);
  });
});

describe("the DEV emulator shows the same states", () => {
  let dev: TestAgent;
  beforeAll(async () => {
    dev = await startTestAgent(
      {},
      { payments: { dev: { manualMode: true, autoConfirmDelayMs: 1_000 }, receipts: { enabled: true } } },
    );
  });
  afterAll(() => dev.stop());

  it("keeps the receipt, registers it when paid, and settles a partial refund later with a notification", async () => {
    const kiosk = createKioskClient({ url: dev.url });
    const op = createKioskClient({ url: dev.url, token: operatorToken });
    const session = await kiosk.sessions.create.mutate({ type: "thickness", contact: { phone: "+79001234567" } });
    const intent = await kiosk.payments.createIntent.mutate({
      sessionId: session.id,
      amount: 35000,
      metadata: { vehicleType: "sedan" },
    });
    expect(intent).toMatchObject({ provider: "emulator", receiptRegistration: "pending" });
    expect(intent.qrCodeData).toMatch(/^ST00012\|/); // DEV's QR stays a GOST R 56042 string
    expect(await op.payments.confirm.mutate({ id: intent.id })).toMatchObject({
      status: "confirmed",
      receiptRegistration: "succeeded",
    });
    const asked = await op.payments.refund.mutate({ id: intent.id, amount: 5_000 });
    expect(asked.refunds).toMatchObject([{ amount: 5_000, status: "pending", receiptRegistration: "pending" }]);
    dev.clock.advance(1_000);
    const settled = await eventually(
      () => kiosk.payments.get.query({ id: intent.id }),
      (p) => p.status === "partially_refunded",
      5_000,
    );
    expect(settled).toMatchObject({ refundedAmount: 5_000, refunds: [{ status: "succeeded" }] });
  });
});
