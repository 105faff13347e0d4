import { DomainError } from "@kiosk/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeYooKassa } from "../../../test/fake-yookassa";
import { testPaymentDeps } from "../../../test/deps";
import { createYooKassaProvider } from "./yookassa-provider";

let fake: FakeYooKassa;
beforeAll(async () => {
  fake = await new FakeYooKassa().start();
});
afterAll(() => fake.stop());

const request = (key: string, extra: Partial<{ description: string; amount: number }> = {}) => ({
  idempotenceKey: key,
  amount: 48000,
  currency: "RUB",
  description: "Оплата: диагностика OBD-II",
  metadata: { service: "diagnostics" },
  ...extra,
});

function codeOf(error: unknown): string {
  return error instanceof DomainError ? `${error.code}:${error.details?.providerCode as string}` : String(error);
}

describe("YooKassa over HTTP", () => {
  it("sends Basic auth, an Idempotence-Key, a decimal amount, capture, a QR confirmation and SBP (its setting)", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    const payment = await deps.provider.createPayment(request("pay_wire_1"));
    handle.close();
    const sent = fake.paymentCreates().at(-1);
    expect(sent?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${fake.shopId}:${fake.secretKey}`).toString("base64")}`,
    );
    expect(sent?.headers["idempotence-key"]).toBe("pay_wire_1");
    expect(sent?.body).toEqual({
      amount: { value: "480.00", currency: "RUB" },
      capture: true,
      confirmation: { type: "qr" },
      description: "Оплата: диагностика OBD-II",
      metadata: { service: "diagnostics" },
      payment_method_data: { type: "sbp" },
    });
    expect(payment.qrCodeData).toBe(fake.get(payment.id).confirmation.confirmation_data);
  });

  it("retries 500 and 429 with the same Idempotence-Key and makes one payment", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    const before = fake.payments.size;
    const creates = fake.paymentCreates().length;
    fake.failNext({ kind: "status", status: 500 }, { kind: "status", status: 429 });
    const payment = await deps.provider.createPayment(request("pay_wire_2"));
    handle.close();
    const attempts = fake.paymentCreates().slice(creates);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers["idempotence-key"]))).toEqual(new Set(["pay_wire_2"]));
    expect(fake.payments.size).toBe(before + 1);
    expect(fake.get(payment.id).status).toBe("pending");
  });

  it("retries a request that hangs past the timeout", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    fake.failNext({ kind: "hang" });
    const payment = await deps.provider.createPayment(request("pay_wire_3"));
    handle.close();
    expect(payment.status).toBe("pending");
  });

  it("gives up after maxAttempts with PROVIDER_UNAVAILABLE", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    fake.failNext(...Array.from({ length: 4 }, () => ({ kind: "status" as const, status: 503 as const })));
    await expect(deps.provider.createPayment(request("pay_wire_4"))).rejects.toSatisfy(
      (e) => codeOf(e) === "PROVIDER_UNAVAILABLE:internal_server_error",
    );
    handle.close();
  });

  it("surfaces a 4xx error body (code, description, parameter) without retrying", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    const creates = fake.paymentCreates().length;
    const error = await deps.provider
      .createPayment(request("pay_wire_5", { description: "x".repeat(129) }))
      .catch((e: unknown) => e);
    handle.close();
    // Our adapter trims descriptions to YooKassa's 128, so this one goes through.
    expect(error).not.toBeInstanceOf(Error);
    expect(fake.paymentCreates().length).toBe(creates + 1);

    const wrong = createYooKassaProvider({
      apiUrl: fake.url,
      shopId: fake.shopId,
      secretKey: "wrong",
      timeoutMs: 300,
      maxAttempts: 3,
      retryBaseMs: 5,
    });
    const refused = await wrong.createPayment(request("pay_wire_6")).catch((e: unknown) => e);
    expect(codeOf(refused)).toBe("PROVIDER_UNAVAILABLE:invalid_credentials");
    expect((refused as Error).message).toContain("invalid_credentials");

    const bad = await wrong.getPayment("x").catch((e: unknown) => e);
    expect(codeOf(bad)).toBe("PROVIDER_UNAVAILABLE:invalid_credentials");
  });

  it("maps a 400 with a parameter to BAD_REQUEST naming it", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    const error = await deps.provider
      .createPayment({ ...request("pay_wire_7"), currency: "USD" })
      .catch((e: unknown) => e);
    handle.close();
    expect(codeOf(error)).toBe("BAD_REQUEST:invalid_request");
    expect((error as DomainError).details?.parameter).toBe("amount.currency");
  });
});

describe("YooKassa refuses bad 54-FZ data as YooKassa does", () => {
  const item = {
    description: "Компьютерная диагностика автомобиля (OBD-II)",
    quantity: 1,
    amount: 48000,
    vatCode: 1,
    paymentSubject: "service" as const,
    paymentMode: "full_payment" as const,
  };
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`);
    return { code: error.code, parameter: error.details?.parameter, message: error.message };
  };

  it("names the parameter: no items, a sum that differs, a bad vat_code, a phone with a plus", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    const create = (key: string, receipt: object) =>
      refusal(deps.provider.createPayment({ ...request(key), receipt: receipt as never }));
    expect(await create("pay_rcpt_1", { customer: { email: "a@b.ru" }, items: [] })).toMatchObject({
      code: "BAD_REQUEST",
      parameter: "receipt.items",
    });
    expect(
      await create("pay_rcpt_2", { customer: { email: "a@b.ru" }, items: [{ ...item, amount: 47000 }] }),
    ).toMatchObject({
      code: "BAD_REQUEST",
      parameter: "receipt.items",
      message: expect.stringContaining("differs from the amount") as string,
    });
    expect(
      await create("pay_rcpt_3", { customer: { email: "a@b.ru" }, items: [{ ...item, vatCode: 13 }] }),
    ).toMatchObject({
      code: "BAD_REQUEST",
      parameter: "receipt.items[0].vat_code",
    });
    expect(await create("pay_rcpt_4", { customer: {}, items: [item] })).toMatchObject({
      code: "BAD_REQUEST",
      parameter: "receipt.customer",
    });
    expect(await create("pay_rcpt_5", { customer: { phone: "+79001234567" }, items: [item] })).toMatchObject({
      code: "BAD_REQUEST",
      parameter: "receipt.customer.phone",
    });
    handle.close();
  });

  it("refuses a refund beyond what is left, and reads YooKassa's refund object", async () => {
    const { deps, handle } = testPaymentDeps({ fake });
    const payment = await deps.provider.createPayment(request("pay_rcpt_6"));
    fake.setStatus(payment.id, "succeeded");
    const refund = (key: string, amount: number) =>
      deps.provider.refundPayment({ providerPaymentId: payment.id, amount, currency: "RUB", idempotenceKey: key });
    expect(await refusal(refund("rfd_rcpt_1", 48001))).toMatchObject({
      code: "BAD_REQUEST",
      parameter: "amount.value",
    });
    expect(await refund("rfd_rcpt_2", 48000)).toMatchObject({
      providerPaymentId: payment.id,
      amount: 48000,
      status: "succeeded",
    });
    expect(await refusal(refund("rfd_rcpt_3", 1))).toMatchObject({ code: "BAD_REQUEST" });
    handle.close();
  });
});
