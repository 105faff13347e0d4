import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock } from "@kiosk/core";
import { payments, refunds, type Actor } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FakeYooKassa } from "../test/fake-yookassa";
import { seedSession, testPaymentDeps } from "../test/deps";
import { applyProviderPayment } from "./apply";
import { createIntent } from "./create-intent";
import { reconcilePayments, unconfirmedCloseHorizonMs } from "./reconciler";

/**
 * Intents closed here while YooKassa would not cancel them (it refuses to cancel
 * a pending one-stage payment): asked about until YooKassa's word is final.
 */
let fake: FakeYooKassa;
let dir: string;
let clock: ManualClock;
let env: ReturnType<typeof testPaymentDeps>;
const start = (file: Record<string, unknown> = {}) =>
  testPaymentDeps({ fake, clock, path: join(dir, "agent.db"), file });

beforeEach(async () => {
  fake = await new FakeYooKassa().start();
  fake.pendingCancel = "refuse";
  dir = mkdtempSync(join(tmpdir(), "kiosk-reconciler-"));
  clock = new ManualClock(Date.UTC(2026, 10, 26, 12));
  env = start();
});
afterEach(async () => {
  env.handle.close();
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

const strict = (error: unknown) => {
  throw error;
};
const row = (id: string) => env.deps.db.select().from(payments).where(eq(payments.id, id)).get();
const yookassaIp = "185.71.76.10";
const psp: Actor = { kind: "psp", ip: yookassaIp, userAgent: null, requestId: null };

/** An intent whose time ran out: expired here, still pending at YooKassa, which refused the cancel. */
async function expiredIntent() {
  const payment = await createIntent({ ctx: env.ctx, input: { sessionId: seedSession(env.deps), amount: 48000 } });
  clock.advance(10 * 60_000);
  await reconcilePayments(env.deps, strict);
  const remote = fake.findByOurId(payment.id);
  if (!remote) throw new Error("the fake never saw the payment");
  expect(row(payment.id)?.status).toBe("expired");
  expect(remote.status).toBe("pending");
  return { id: payment.id, remote };
}

describe("a payment closed while the provider could not cancel it", () => {
  it("has its late success refunded once, across a restart before the refund was sent and repeated notifications", async () => {
    const { id, remote } = await expiredIntent();
    fake.setStatus(remote.id, "succeeded");
    const evidence = { source: "webhook" as const, rawPayload: null, sourceIp: yookassaIp };
    // A notification reports the money, and the agent stops before its refund pass runs.
    applyProviderPayment(env.deps, id, await env.deps.provider.getPayment(remote.id), evidence, psp);
    expect(env.deps.db.select().from(refunds).all()).toMatchObject([{ status: "pending", providerRefundId: null }]);
    env.handle.close();

    env = start();
    applyProviderPayment(env.deps, id, await env.deps.provider.getPayment(remote.id), evidence, psp);
    for (let i = 0; i < 3; i++) {
      await reconcilePayments(env.deps, strict);
      clock.advance(60_000);
    }
    expect(fake.refundRequestsFor(remote.id)).toHaveLength(1);
    expect(env.deps.db.select().from(refunds).all()).toMatchObject([{ status: "succeeded", amount: 48000 }]);
    expect(row(id)).toMatchObject({ status: "expired", refundedAmount: 48000, nextCheckAt: null });
  });

  it("is asked about for a day at most, less and less often, then logged once and left alone", async () => {
    env.handle.close();
    env = start({ payments: { reconcile: { maxIntervalMs: 3_600_000 } } });
    const { id, remote } = await expiredIntent();
    const createdAt = row(id)?.createdAt ?? 0;
    const errors: unknown[] = [];
    const askedAt: number[] = [];
    for (let next = row(id)?.nextCheckAt; next != null; next = row(id)?.nextCheckAt) {
      clock.set(next);
      const asked = fake.getsOf(remote.id).length;
      await reconcilePayments(env.deps, (error) => errors.push(error));
      if (fake.getsOf(remote.id).length === asked + 1) askedAt.push(next - createdAt);
    }
    // First `minIntervalMs` after the expiry, a quarter of the age after that, an hour at most, for a day.
    const [first = 0, second] = askedAt;
    expect(first).toBe(10 * 60_000 + 2_000);
    expect(second).toBe(first + Math.floor(first / 4));
    expect(askedAt.at(-1)).toBeLessThanOrEqual(unconfirmedCloseHorizonMs);
    expect(askedAt.at(-1)).toBeGreaterThan(unconfirmedCloseHorizonMs - 3_600_000);
    const gaps = askedAt.slice(1).map((at, i) => at - (askedAt[i] ?? 0));
    expect(gaps.every((gap, i) => gap >= (gaps[i - 1] ?? 0))).toBe(true);
    expect(Math.max(...gaps)).toBe(3_600_000);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/still not final at the provider: no longer asked/);

    const asked = fake.getsOf(remote.id).length;
    clock.advance(2 * unconfirmedCloseHorizonMs);
    await reconcilePayments(env.deps, strict);
    expect(fake.getsOf(remote.id)).toHaveLength(asked);
  });
});
