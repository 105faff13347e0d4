import { DomainError } from "@kiosk/core";
import { domainCodeOf } from "@kiosk/core/testing";
import { auditLogs, payments } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeYooKassa } from "../test/fake-yookassa";
import { seedSession, testPaymentDeps } from "../test/deps";
import { createIntent } from "./create-intent";
import type { PaymentProvider } from "./providers/types";
import { reconcilePayments } from "./reconciler";
import { refundPayment } from "./refunds";

let fake: FakeYooKassa;
let env: ReturnType<typeof testPaymentDeps>;
beforeEach(async () => {
  fake = await new FakeYooKassa().start();
  env = testPaymentDeps({ fake });
});
afterEach(async () => {
  env.handle.close();
  await fake.stop();
});

const request = (sessionId: string) => ({
  sessionId,
  amount: 48000,
  currency: "RUB" as const,
  idempotencyKey: "kiosk-attempt-1",
});

/** The provider gets the request and creates the payment, but its answer never reaches us (a crash, a cut line). */
function answerLost(provider: PaymentProvider): PaymentProvider {
  return {
    ...provider,
    async createPayment(create) {
      await provider.createPayment(create);
      throw new DomainError("PROVIDER_UNAVAILABLE", "YooKassa timed out", { provider: "yookassa" });
    },
  };
}

describe("createIntent replayed with one idempotency key", () => {
  it("gives N parallel calls one payment, one provider payment and a QR code in every answer", async () => {
    const session = seedSession(env.deps);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => createIntent({ ctx: env.ctx, input: request(session) })),
    );
    expect(new Set(answers.map((a) => a.id)).size).toBe(1);
    expect(answers.every((a) => a.qrCodeData === answers[0]?.qrCodeData && a.qrCodeData !== null)).toBe(true);
    expect(fake.payments.size).toBe(1);
    expect(fake.paymentCreates()).toHaveLength(1);
  });

  it("asks the provider again, with the same key, when the first answer was lost", async () => {
    const session = seedSession(env.deps);
    const real = env.deps.provider;
    env.deps.provider = answerLost(real);
    expect(await domainCodeOf(createIntent({ ctx: env.ctx, input: request(session) }))).toBe("PROVIDER_UNAVAILABLE");
    const [stored] = env.deps.db.select().from(payments).all();
    expect(stored).toMatchObject({ status: "pending", providerPaymentId: null });

    env.deps.provider = real;
    const replay = await createIntent({ ctx: env.ctx, input: request(session) });
    expect(replay).toMatchObject({ id: stored?.id, status: "pending" });
    expect(replay.qrCodeData).toBe([...fake.payments.values()][0]?.confirmation.confirmation_data);
    expect(fake.payments.size).toBe(1);
    expect(new Set(fake.paymentCreates().map((r) => r.headers["idempotence-key"]))).toEqual(new Set([stored?.id]));
  });

  it("lets the reconciler recover a payment lost mid-create instead of failing it", async () => {
    const session = seedSession(env.deps);
    const real = env.deps.provider;
    env.deps.provider = answerLost(real);
    await domainCodeOf(createIntent({ ctx: env.ctx, input: request(session) }));
    env.deps.provider = real;
    env.clock.advance(2_000);
    await reconcilePayments(env.deps, (error) => {
      throw error;
    });
    const [row] = env.deps.db.select().from(payments).where(eq(payments.sessionId, session)).all();
    expect(row).toMatchObject({ status: "pending", providerPaymentId: [...fake.payments.keys()][0] });
    expect(row?.qrCodeData).not.toBeNull();
    expect(fake.payments.size).toBe(1);
  });

  it("fails an intent the provider refuses outright, so the session may try again", async () => {
    const session = seedSession(env.deps);
    const real = env.deps.provider;
    env.deps.provider = {
      ...real,
      createPayment: () =>
        Promise.reject(new DomainError("BAD_REQUEST", "YooKassa refused the request: invalid_request")),
    };
    expect(await domainCodeOf(createIntent({ ctx: env.ctx, input: request(session) }))).toBe("BAD_REQUEST");
    expect(
      env.deps.db
        .select()
        .from(payments)
        .all()
        .map((p) => [p.status, p.failureReason]),
    ).toEqual([["failed", "provider_error"]]);
  });
});

describe("refundPayment against YooKassa", () => {
  it("keeps the payment confirmed while YooKassa's refund is pending", async () => {
    const payment = await createIntent({ ctx: env.ctx, input: request(seedSession(env.deps)) });
    const row = env.deps.db.select().from(payments).where(eq(payments.id, payment.id)).get();
    fake.setStatus(row?.providerPaymentId ?? "", "succeeded");
    env.clock.advance(2_000);
    await reconcilePayments(env.deps, (error) => {
      throw error;
    });
    fake.refundStatus = "pending";
    const view = await refundPayment({ ctx: env.ctx, input: { id: payment.id } });
    expect(view).toMatchObject({ status: "confirmed", refundedAmount: 0 });
    expect(view.refunds).toMatchObject([{ amount: 48000, status: "pending" }]);
    const [event] = env.deps.db.select().from(auditLogs).where(eq(auditLogs.event, "payment.refund_requested")).all();
    expect(event?.details).toMatchObject({ amount: 48000 });
  });

  it("refuses to refund a payment with no provider payment", async () => {
    const session = seedSession(env.deps);
    const real = env.deps.provider;
    env.deps.provider = answerLost(real);
    await domainCodeOf(createIntent({ ctx: env.ctx, input: request(session) }));
    const [row] = env.deps.db.select().from(payments).all();
    env.deps.db
      .update(payments)
      .set({ status: "confirmed" })
      .where(eq(payments.id, row?.id ?? ""))
      .run();
    expect(await domainCodeOf(refundPayment({ ctx: env.ctx, input: { id: row?.id ?? "" } }))).toBe("CONFLICT");
    expect(fake.requests.filter((r) => r.path === "/v3/refunds")).toEqual([]);
  });
});
