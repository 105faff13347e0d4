import { DomainError } from "@kiosk/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeYooKassa } from "../../test/fake-yookassa";
import { testPaymentDeps } from "../../test/deps";
import { emulatorPayments } from "@kiosk/db";
import { eq } from "drizzle-orm";
import type { PaymentProvider, Receipt, ReceiptItem } from "./types";

/** How a test makes the customer pay, and the bank complete refunds, at a given provider. */
interface Harness {
  provider: PaymentProvider;
  customerPays(id: string): void;
  /** Every pending refund completes, as the customer's bank would do later. */
  banksRefund(): Promise<void>;
  /** Whom the provider will send the payment's fiscal receipt to. */
  receiptCustomerOf(id: string): unknown;
  close(): Promise<void>;
}

const harnesses: Record<string, () => Promise<Harness>> = {
  emulator: () => {
    const { deps, emulator, handle, clock } = testPaymentDeps({ file: { payments: { dev: { manualMode: true } } } });
    return Promise.resolve({
      provider: deps.provider,
      customerPays: (id) => emulator?.settleNow(id, "succeed"),
      banksRefund: async () => {
        clock.advance(deps.config.payments.dev.autoConfirmDelayMs);
        await emulator?.processDue(() => Promise.resolve());
      },
      receiptCustomerOf: (id) =>
        (deps.db.select().from(emulatorPayments).where(eq(emulatorPayments.id, id)).get()?.receipt as Receipt | null)
          ?.customer,
      close: () => Promise.resolve(handle.close()),
    });
  },
  yookassa: async () => {
    const fake = await new FakeYooKassa().start();
    fake.refundStatus = "pending";
    const { deps, handle } = testPaymentDeps({ fake });
    return {
      provider: deps.provider,
      customerPays: (id) => void fake.setStatus(id, "succeeded"),
      banksRefund: () => {
        for (const refund of fake.refunds.values())
          if (refund.status === "pending") fake.settleRefund(refund.id, "succeeded");
        return Promise.resolve();
      },
      receiptCustomerOf: (id) => (fake.receipts.get(id) as { customer?: unknown } | undefined)?.customer,
      close: async () => {
        handle.close();
        await fake.stop();
      },
    };
  },
};

const receipt: Receipt = {
  customer: { email: "client@example.com" },
  items: [
    {
      description: "Компьютерная диагностика автомобиля (OBD-II)",
      quantity: 1,
      amount: 48000,
      vatCode: 1,
      paymentSubject: "service",
      paymentMode: "full_payment",
    },
  ],
};

const request = (key: string) => ({
  idempotenceKey: key,
  amount: 48000,
  currency: "RUB",
  description: "Оплата: диагностика",
  metadata: { service: "diagnostics" },
});

describe.each(Object.keys(harnesses))("payment provider contract: %s", (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await (harnesses[name] as () => Promise<Harness>)();
  });
  afterAll(() => h.close());

  it("creates a pending payment with QR data, once per idempotence key", async () => {
    const first = await h.provider.createPayment(request("pay_contract_1"));
    expect(first).toMatchObject({ status: "pending", amount: 48000, currency: "RUB" });
    expect(first.qrCodeData).toBeTruthy();
    const again = await h.provider.createPayment(request("pay_contract_1"));
    expect(again.id).toBe(first.id);
    expect((await h.provider.createPayment(request("pay_contract_2"))).id).not.toBe(first.id);
  });

  it("reports what the customer did", async () => {
    const payment = await h.provider.createPayment(request("pay_contract_3"));
    expect((await h.provider.getPayment(payment.id)).status).toBe("pending");
    h.customerPays(payment.id);
    expect((await h.provider.getPayment(payment.id)).status).toBe("succeeded");
  });

  it("carries a 54-FZ receipt with the payment and tells where its registration stands", async () => {
    const payment = await h.provider.createPayment({ ...request("pay_contract_5"), receipt, paymentMethod: "sbp" });
    expect(payment.receiptRegistration).toBe("pending");
    expect(h.receiptCustomerOf(payment.id)).toEqual({ email: "client@example.com" });
    h.customerPays(payment.id);
    expect((await h.provider.getPayment(payment.id)).receiptRegistration).toBe("succeeded");
    const without = await h.provider.createPayment(request("pay_contract_6"));
    expect(without.receiptRegistration).toBeNull();
  });

  it("refunds in part and in full: pending until the bank completes it, once per key, never beyond what was paid", async () => {
    const payment = await h.provider.createPayment({ ...request("pay_contract_7"), receipt });
    h.customerPays(payment.id);
    const refund = (amount: number, key: string) =>
      h.provider.refundPayment({
        providerPaymentId: payment.id,
        amount,
        currency: "RUB",
        idempotenceKey: key,
        receipt: { ...receipt, items: [{ ...(receipt.items[0] as ReceiptItem), amount }] },
      });
    const part = await refund(10_000, "rfd_contract_1");
    expect(part).toMatchObject({ providerPaymentId: payment.id, status: "pending", amount: 10_000 });
    expect((await refund(10_000, "rfd_contract_1")).id).toBe(part.id);
    await expect(refund(38_001, "rfd_contract_2")).rejects.toSatisfy(
      (error) => error instanceof DomainError && error.code === "BAD_REQUEST",
    );
    await h.banksRefund();
    expect(await h.provider.getRefund(part.id)).toMatchObject({
      status: "succeeded",
      receiptRegistration: "succeeded",
    });
    const rest = await refund(38_000, "rfd_contract_3");
    await h.banksRefund();
    expect((await h.provider.getRefund(rest.id)).status).toBe("succeeded");
    await expect(refund(1, "rfd_contract_4")).rejects.toSatisfy(
      (error) => error instanceof DomainError && error.code === "BAD_REQUEST",
    );
  });

  it("cancels a pending payment as the merchant", async () => {
    const payment = await h.provider.createPayment(request("pay_contract_4"));
    const canceled = await h.provider.cancelPayment(payment.id, "pay_contract_4:cancel");
    expect(canceled).toMatchObject({ status: "canceled", cancellationReason: "canceled_by_merchant" });
  });

  it("answers NOT_FOUND for an unknown payment", async () => {
    await expect(h.provider.getPayment("00000000-0000-0000-0000-000000000000")).rejects.toSatisfy(
      (error) => error instanceof DomainError && error.code === "NOT_FOUND",
    );
  });

  it("reads YooKassa's notification envelope and nothing else", () => {
    expect(
      h.provider.readNotification({
        type: "notification",
        event: "payment.succeeded",
        object: { id: "abc", status: "succeeded" },
      }),
    ).toMatchObject({
      event: "payment.succeeded",
      providerPaymentId: "abc",
    });
    expect(h.provider.readNotification({ event: "payment.succeeded" })).toBeNull();
    expect(h.provider.readNotification("nope")).toBeNull();
  });
});
