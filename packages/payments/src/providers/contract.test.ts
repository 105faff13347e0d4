import { DomainError } from "@kiosk/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeYooKassa } from "../../test/fake-yookassa";
import { testPaymentDeps } from "../../test/deps";
import type { PaymentProvider } from "./types";

/** How a test makes the customer pay at a given provider. */
interface Harness {
  provider: PaymentProvider;
  customerPays(id: string): void;
  close(): Promise<void>;
}

const harnesses: Record<string, () => Promise<Harness>> = {
  emulator: () => {
    const { deps, emulator, handle } = testPaymentDeps({ file: { payments: { dev: { manualMode: true } } } });
    return Promise.resolve({
      provider: deps.provider,
      customerPays: (id) => emulator?.settleNow(id, "succeed"),
      close: () => Promise.resolve(handle.close()),
    });
  },
  yookassa: async () => {
    const fake = await new FakeYooKassa().start();
    const { deps, handle } = testPaymentDeps({ fake });
    return {
      provider: deps.provider,
      customerPays: (id) => void fake.setStatus(id, "succeeded"),
      close: async () => {
        handle.close();
        await fake.stop();
      },
    };
  },
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
    expect(await h.provider.refundPayment(payment.id, 48000, "RUB", "pay_contract_3:refund")).toMatchObject({
      status: "succeeded",
    });
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
