import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock } from "@kiosk/core";
import { domainCodeOf } from "@kiosk/core/testing";
import { auditLogs, fleetOutbox, paymentEvents, payments } from "@kiosk/db";
import { asc, eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { kioskActor, metricValue, seedSession, testPaymentDeps } from "../test/deps";
import { applyProviderPayment } from "./apply";
import { deliverEmulatorNotifications } from "./emulator-worker";
import { reconcilePayments } from "./reconciler";
import { createIntent } from "./create-intent";
import { refundPayment } from "./refunds";
import { cancelPayment, confirmPaymentDev, controlEmulator, getPayment } from "./service";

let env = testPaymentDeps();
afterEach(() => {
  env.handle.close();
  env = testPaymentDeps();
});

const intent = (sessionId: string, extra: Record<string, unknown> = {}) =>
  createIntent({ ctx: env.ctx, input: { sessionId, amount: 48000, currency: "RUB", ...extra } });

describe("createIntent", () => {
  it("creates a pending intent with QR data at the configured price", async () => {
    const payment = await intent(seedSession(env.deps));
    expect(payment).toMatchObject({ status: "pending", amount: 48000, currency: "RUB", provider: "emulator" });
    expect(payment.qrCodeData).toMatch(/^ST00012\|.*Sum=48000\|/);
    expect(payment.expiresAt).toBe(env.clock.now() + 10 * 60_000);
    expect(await metricValue(env.deps, "payments_intents_total", 'provider="emulator",service="diagnostics"')).toBe(1);
  });

  it("refuses an amount that is not the price, and prices thickness by vehicle type", async () => {
    await expect(
      createIntent({ ctx: env.ctx, input: { sessionId: seedSession(env.deps), amount: 100 } }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      // Minor units named as such, with the price a person reads: not "48000 RUB".
      message: "amount must be 48000 kopecks (480.00 RUB) for this service",
      details: { field: "amount", expected: 48000 },
    });
    const thickness = seedSession(env.deps, "thickness");
    expect(await domainCodeOf(createIntent({ ctx: env.ctx, input: { sessionId: thickness, amount: 35000 } }))).toBe(
      "BAD_REQUEST",
    );
    const minivan = await createIntent({
      ctx: env.ctx,
      input: { sessionId: thickness, amount: 40000, metadata: { vehicleType: "minivan" } },
    });
    expect(minivan.status).toBe("pending");
    const sedan = seedSession(env.deps, "thickness", { vehicleType: "sedan" });
    expect((await createIntent({ ctx: env.ctx, input: { sessionId: sedan, amount: 35000 } })).amount).toBe(35000);
  });

  it("allows one open payment per session and none for an unknown or ended session", async () => {
    const session = seedSession(env.deps);
    await intent(session);
    expect(await domainCodeOf(intent(session))).toBe("CONFLICT");
    expect(await domainCodeOf(intent("ses_unknown"))).toBe("NOT_FOUND");
  });

  it("replays the same idempotency key and refuses it for a different request", async () => {
    const session = seedSession(env.deps);
    const first = await intent(session, { idempotencyKey: "kiosk-attempt-1" });
    const again = await intent(session, { idempotencyKey: "kiosk-attempt-1" });
    expect(again.id).toBe(first.id);
    expect(await domainCodeOf(intent(session, { idempotencyKey: "kiosk-attempt-1", metadata: { other: "x" } }))).toBe(
      "CONFLICT",
    );
    expect(await metricValue(env.deps, "payments_intents_total", 'provider="emulator",service="diagnostics"')).toBe(1);
  });

  it("bounds metadata at 16 keys", async () => {
    const metadata = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, "v"]));
    expect(await domainCodeOf(intent(seedSession(env.deps), { metadata }))).toBe("BAD_REQUEST");
  });
});

describe("the emulator settles payments", () => {
  it("confirms after autoConfirmDelayMs, writing an event, an audit row and metrics", async () => {
    const payment = await intent(seedSession(env.deps));
    env.clock.advance(1999);
    expect(await deliverEmulatorNotifications(env.deps)).toBe(0);
    env.clock.advance(1);
    expect(await deliverEmulatorNotifications(env.deps)).toBe(1);
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } })).toMatchObject({
      status: "confirmed",
      confirmedAt: env.clock.now(),
    });
    const events = env.deps.db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, payment.id)).all();
    expect(events.map((e) => [e.source, e.providerStatus, e.applied])).toEqual([["emulator", "succeeded", true]]);
    const audit = env.deps.db.select().from(auditLogs).where(eq(auditLogs.entityId, payment.id)).all();
    expect(audit.map((a) => a.event)).toEqual(["payment.created", "payment.confirmed"]);
    expect(await metricValue(env.deps, "payments_confirmed_total", 'provider="emulator"')).toBe(1);
    expect(
      await metricValue(env.deps, "payments_duration_seconds_sum", 'provider="emulator",outcome="confirmed"'),
    ).toBe(2);
  });

  it("declines when told to, and duplicate notifications never double-count", async () => {
    const payment = await intent(seedSession(env.deps));
    controlEmulator({ ctx: env.ctx, input: { id: payment.id, outcome: "decline", notifications: 3 } });
    env.clock.advance(2000);
    expect(await deliverEmulatorNotifications(env.deps)).toBe(3);
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } })).toMatchObject({
      status: "failed",
      failureReason: "card_declined",
    });
    expect(await metricValue(env.deps, "payments_failed_total", 'provider="emulator",reason="declined"')).toBe(1);
    expect(await metricValue(env.deps, "payments_webhook_received_total", 'result="duplicate"')).toBe(2);
    const applied = env.deps.db.select().from(paymentEvents).where(eq(paymentEvents.paymentId, payment.id)).all();
    expect(applied.filter((e) => e.applied)).toHaveLength(1);
    expect(applied).toHaveLength(3);
  });

  it("settles later when told to delay", async () => {
    const payment = await intent(seedSession(env.deps));
    controlEmulator({ ctx: env.ctx, input: { id: payment.id, delayMs: 30_000 } });
    env.clock.advance(29_999);
    await deliverEmulatorNotifications(env.deps);
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } }).status).toBe("pending");
    env.clock.advance(1);
    await deliverEmulatorNotifications(env.deps);
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } }).status).toBe("confirmed");
  });

  it("waits in manual mode until DEV confirm", async () => {
    env.handle.close();
    env = testPaymentDeps({ file: { payments: { dev: { manualMode: true } } } });
    const payment = await intent(seedSession(env.deps));
    env.clock.advance(60_000);
    await deliverEmulatorNotifications(env.deps);
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } }).status).toBe("pending");
    expect((await confirmPaymentDev({ ctx: env.ctx, input: { id: payment.id } })).status).toBe("confirmed");
    expect(await domainCodeOf(confirmPaymentDev({ ctx: env.ctx, input: { id: payment.id } }))).toBe("CONFLICT");
  });

  it("keeps a pending intent across a restart and confirms it after", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-pay-"));
    const path = join(dir, "core.sqlite");
    const clock = new ManualClock(Date.UTC(2026, 10, 26, 12));
    try {
      const before = testPaymentDeps({ path, clock });
      const payment = await createIntent({
        ctx: before.ctx,
        input: { sessionId: seedSession(before.deps), amount: 48000 },
      });
      before.handle.close();
      clock.advance(5_000);
      const after = testPaymentDeps({ path, clock });
      expect(await deliverEmulatorNotifications(after.deps)).toBe(1);
      expect(getPayment({ ctx: after.ctx, input: { id: payment.id } }).status).toBe("confirmed");
      after.handle.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("terminal states", () => {
  it("never move backwards, whatever order the provider's words arrive in", async () => {
    const payment = await intent(seedSession(env.deps));
    const row = env.deps.db.select().from(payments).where(eq(payments.id, payment.id)).get();
    const remote = await env.deps.provider.getPayment(row?.providerPaymentId ?? "");
    const evidence = { source: "webhook" as const, rawPayload: null, sourceIp: "185.71.76.1" };
    expect(applyProviderPayment(env.deps, payment.id, { ...remote, status: "succeeded" }, evidence, kioskActor)).toBe(
      "applied",
    );
    expect(
      applyProviderPayment(
        env.deps,
        payment.id,
        { ...remote, status: "canceled", cancellationReason: "insufficient_funds" },
        evidence,
        kioskActor,
      ),
    ).toBe("duplicate");
    expect(applyProviderPayment(env.deps, payment.id, { ...remote, status: "pending" }, evidence, kioskActor)).toBe(
      "duplicate",
    );
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } }).status).toBe("confirmed");
    expect(await metricValue(env.deps, "payments_confirmed_total", 'provider="emulator"')).toBe(1);
    expect(await metricValue(env.deps, "payments_failed_total", 'provider="emulator",reason="declined"')).toBe(0);
  });

  it("flags money taken after the intent closed, once however often the provider repeats it", async () => {
    const payment = await intent(seedSession(env.deps));
    env.clock.advance(10 * 60_000);
    await reconcilePayments(env.deps, (e) => {
      throw e;
    });
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } }).status).toBe("expired");
    const row = env.deps.db.select().from(payments).where(eq(payments.id, payment.id)).get();
    const remote = await env.deps.provider.getPayment(row?.providerPaymentId ?? "");
    const evidence = { source: "webhook" as const, rawPayload: null, sourceIp: "185.71.76.1" };
    for (let i = 0; i < 3; i++)
      applyProviderPayment(env.deps, payment.id, { ...remote, status: "succeeded" }, evidence, kioskActor);
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } }).status).toBe("expired");
    expect(env.deps.db.select().from(auditLogs).where(eq(auditLogs.event, "payment.late_success")).all()).toHaveLength(
      1,
    );
    expect(await metricValue(env.deps, "payments_late_success_total", 'provider="emulator"')).toBe(1);
  });

  it("fails a payment whose provider amount disagrees with ours, and audits it", async () => {
    const payment = await intent(seedSession(env.deps));
    const row = env.deps.db.select().from(payments).where(eq(payments.id, payment.id)).get();
    const remote = await env.deps.provider.getPayment(row?.providerPaymentId ?? "");
    applyProviderPayment(
      env.deps,
      payment.id,
      { ...remote, status: "succeeded", amount: 100 },
      { source: "poll", rawPayload: null, sourceIp: null },
      kioskActor,
    );
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } })).toMatchObject({
      status: "failed",
      failureReason: "amount_mismatch",
    });
    expect(
      env.deps.db.select().from(auditLogs).where(eq(auditLogs.event, "payment.amount_mismatch")).all(),
    ).toHaveLength(1);
  });

  it("cancels a pending payment at the provider; refunds a confirmed one", async () => {
    const cancelled = await intent(seedSession(env.deps));
    expect((await cancelPayment({ ctx: env.ctx, input: { id: cancelled.id } })).status).toBe("cancelled");
    const row = env.deps.db.select().from(payments).where(eq(payments.id, cancelled.id)).get();
    expect((await env.deps.provider.getPayment(row?.providerPaymentId ?? "")).status).toBe("canceled");

    const paid = await intent(seedSession(env.deps));
    expect(await domainCodeOf(refundPayment({ ctx: env.ctx, input: { id: paid.id } }))).toBe("CONFLICT");
    await confirmPaymentDev({ ctx: env.ctx, input: { id: paid.id } });
    // The emulator's bank completes a refund later, as YooKassa's does.
    expect((await refundPayment({ ctx: env.ctx, input: { id: paid.id } })).status).toBe("confirmed");
    env.clock.advance(env.deps.config.payments.dev.autoConfirmDelayMs);
    await deliverEmulatorNotifications(env.deps);
    expect(getPayment({ ctx: env.ctx, input: { id: paid.id } })).toMatchObject({
      status: "refunded",
      refundedAmount: paid.amount,
    });
    expect(await domainCodeOf(cancelPayment({ ctx: env.ctx, input: { id: paid.id } }))).toBe("CONFLICT");
  });
});

describe("fleet snapshots", () => {
  it("carry the payment as committed in its transaction, with a version that only grows", async () => {
    env.handle.close();
    env = testPaymentDeps({ fleet: { shareContacts: false } });
    const paid = await intent(seedSession(env.deps));
    await confirmPaymentDev({ ctx: env.ctx, input: { id: paid.id } });
    await refundPayment({ ctx: env.ctx, input: { id: paid.id } });
    env.clock.advance(env.deps.config.payments.dev.autoConfirmDelayMs);
    await deliverEmulatorNotifications(env.deps);
    const events = env.deps.db
      .select()
      .from(fleetOutbox)
      .where(eq(fleetOutbox.entityId, paid.id))
      .orderBy(asc(fleetOutbox.seq))
      .all()
      .map((row) => ({
        event: row.event,
        ...(row.payload.snapshot as { status: string; refundedAmount: number; version: number }),
      }));
    expect(events.map((e) => [e.event, e.status, e.refundedAmount])).toEqual([
      ["payment.created", "pending", 0],
      ["payment.confirmed", "confirmed", 0],
      ["payment.refunded", "refunded", paid.amount],
      ["payment.refund_succeeded", "refunded", paid.amount],
    ]);
    // Each change of the row counts (the provider's id and the refund's amount too), so the
    // versions are known exactly; both refund events see the row as its transaction commits it.
    expect(events.map((e) => e.version)).toEqual([1, 3, 5, 5]);
    expect(env.deps.db.select().from(payments).where(eq(payments.id, paid.id)).get()?.version).toBe(5);
  });
});

describe("reconcilePayments", () => {
  it("expires an unpaid intent past expires_at and cancels it at the provider", async () => {
    env.handle.close();
    env = testPaymentDeps({ file: { payments: { dev: { manualMode: true } } } });
    const payment = await intent(seedSession(env.deps));
    env.clock.advance(10 * 60_000);
    await reconcilePayments(env.deps, (e) => {
      throw e;
    });
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } })).toMatchObject({
      status: "expired",
      failureReason: "expired",
    });
    const row = env.deps.db.select().from(payments).where(eq(payments.id, payment.id)).get();
    expect((await env.deps.provider.getPayment(row?.providerPaymentId ?? "")).status).toBe("canceled");
    expect(await metricValue(env.deps, "payments_failed_total", 'provider="emulator",reason="expired"')).toBe(1);
  });

  it("confirms by polling when no notification ever comes, checking less often as time goes by", async () => {
    env.handle.close();
    env = testPaymentDeps({ file: { payments: { dev: { manualMode: true } } } });
    const payment = await intent(seedSession(env.deps));
    const checks: number[] = [];
    for (let i = 0; i < 40; i++) {
      env.clock.advance(1000);
      if (
        (await reconcilePayments(env.deps, (e) => {
          throw e;
        })) > 0
      )
        checks.push(i + 1);
    }
    const gaps = checks.slice(1).map((at, i) => at - (checks[i] ?? 0));
    expect(gaps.at(-1)).toBeGreaterThan(gaps[0] ?? 0);
    env.emulator?.settleNow(env.deps.db.select().from(payments).get()?.providerPaymentId ?? "", "succeed");
    env.clock.advance(60_000);
    await reconcilePayments(env.deps, (e) => {
      throw e;
    });
    expect(getPayment({ ctx: env.ctx, input: { id: payment.id } }).status).toBe("confirmed");
  });
});
