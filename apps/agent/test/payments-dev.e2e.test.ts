import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ManualClock, systemClock } from "@kiosk/core";
import { createKioskClient, kioskApiError, type RouterOutputs } from "@kiosk/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, operatorToken, scrape, startTestAgent, type TestAgent, apiCode } from "./harness";

type Payment = RouterOutputs["payments"]["get"];

describe("DEV payments through @kiosk/client, emulator auto-confirm on the real clock", () => {
  let env: TestAgent;
  beforeAll(async () => {
    env = await startTestAgent({}, {}, { clock: systemClock });
  });
  afterAll(() => env.stop());

  it("pushes `confirmed` through the subscription about 2 s after the intent, without polling", async () => {
    const api = createKioskClient({ url: env.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "client@example.com" } });
    const started = Date.now();
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000, currency: "RUB" });
    expect(payment.status).toBe("pending");
    expect(payment.qrCodeData).toContain("Sum=48000");

    const seen: Array<{ status: string; at: number }> = [];
    const confirmed = await new Promise<Payment>((resolve, reject) => {
      const subscription = api.payments.onStatus.subscribe(
        { id: payment.id },
        {
          onData: ({ data }) => {
            seen.push({ status: data.status, at: Date.now() - started });
            if (data.status !== "pending") {
              subscription.unsubscribe();
              resolve(data);
            }
          },
          onError: reject,
        },
      );
    });
    const elapsed = Date.now() - started;
    console.log(`payment confirmed through the subscription ${elapsed} ms after the intent (${JSON.stringify(seen)})`);
    expect(confirmed.status).toBe("confirmed");
    expect(seen.map((s) => s.status)).toEqual(["pending", "confirmed"]);
    expect(elapsed).toBeGreaterThanOrEqual(1900);
    expect(elapsed).toBeLessThan(3500);
    expect(await scrape(env.url, 'payments_confirmed_total{provider="emulator"}')).toBe(1);
  });

  it("refuses a wrong amount with 400 naming the price", async () => {
    const api = createKioskClient({ url: env.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { phone: "+79001234567" } });
    const error = await api.payments.createIntent
      .mutate({ sessionId: session.id, amount: 100 })
      .then(() => null)
      .catch((e: unknown) => kioskApiError(e));
    expect(error).toMatchObject({ code: "BAD_REQUEST", httpStatus: 400 });
    expect(error?.message).toContain("48000");
  });
});

describe("DEV payments in manual mode", () => {
  let env: TestAgent;
  beforeAll(async () => {
    env = await startTestAgent({}, { payments: { dev: { manualMode: true }, rateLimitPerMinute: 3 } });
  });
  afterAll(() => env.stop());

  it("confirms by hand (operator), and the REST paths answer as the seed's did", async () => {
    const post = (path: string, body?: unknown, token?: string) =>
      fetch(`${env.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const session = (await (
      await post("/api/sessions", {
        type: "thickness",
        contact: { email: "a@b.ru" },
        metadata: { vehicleType: "minivan" },
      })
    ).json()) as { id: string };
    const created = await post("/api/payments/intent", { sessionId: session.id, amount: 40000, currency: "RUB" });
    expect(created.status).toBe(201);
    const payment = (await created.json()) as Payment;
    expect(await (await fetch(`${env.url}/api/payments/status/${payment.id}`)).json()).toMatchObject({
      id: payment.id,
      status: "pending",
    });
    expect(await (await fetch(`${env.url}/api/payments/intent/${payment.id}`)).json()).toMatchObject({
      id: payment.id,
      amount: 40000,
    });
    expect((await post(`/api/payments/confirm/${payment.id}`)).status).toBe(401);
    const confirmed = await post(`/api/payments/confirm/${payment.id}`, undefined, operatorToken);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: "confirmed" });
    expect((await post(`/api/payments/cancel/${payment.id}`)).status).toBe(409);
    expect((await fetch(`${env.url}/api/payments/status/pay_unknown`)).status).toBe(404);
  });

  it("confirms through the typed client too, and cancels", async () => {
    const api = createKioskClient({ url: env.url });
    const operator = createKioskClient({ url: env.url, token: operatorToken });
    const s1 = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "a@b.ru" } });
    const p1 = await api.payments.createIntent.mutate({ sessionId: s1.id, amount: 48000 });
    expect((await operator.payments.confirm.mutate({ id: p1.id })).status).toBe("confirmed");
    // Paid sessions take no second payment.
    expect(await apiCode(api.payments.createIntent.mutate({ sessionId: s1.id, amount: 48000 }))).toBe("CONFLICT");
  });

  it("resumes a status subscription from its last event id without repeating it", async () => {
    const api = createKioskClient({ url: env.url });
    const operator = createKioskClient({ url: env.url, token: operatorToken });
    env.clock.advance(60_000); // a fresh rate-limit window
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "a@b.ru" } });
    const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    const seen: Array<{ id: string; status: string }> = [];
    let listening: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (listening = resolve));
    const done = new Promise<void>((resolve, reject) => {
      const subscription = api.payments.onStatus.subscribe(
        // As if reconnecting after having seen the pending state.
        { id: payment.id, lastEventId: `${payment.updatedAt}:pending` },
        {
          // The stream is open: the agent has read the pending state (and sent nothing, the client saw it).
          onStarted: () => listening(),
          onData: (event) => {
            seen.push({ id: event.id, status: event.data.status });
            if (event.data.status !== "pending") {
              subscription.unsubscribe();
              resolve();
            }
          },
          onError: reject,
        },
      );
    });
    await started;
    env.clock.advance(1_000);
    const confirmed = await operator.payments.confirm.mutate({ id: payment.id });
    await done;
    expect(seen).toEqual([{ id: `${confirmed.updatedAt}:confirmed`, status: "confirmed" }]);
  });

  it("rate-limits intent creation per client with 429", async () => {
    const api = createKioskClient({ url: env.url });
    env.clock.advance(60_000); // a fresh window: three intents, then 429
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "a@b.ru" } });
      const response = await fetch(`${env.url}/api/payments/intent`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sessionId: s.id, amount: 48000 }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    env.clock.advance(60_000);
    const s = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "a@b.ru" } });
    expect((await api.payments.createIntent.mutate({ sessionId: s.id, amount: 48000 })).status).toBe("pending");
  });

  it("keeps the session alive while its payment is pending", async () => {
    const api = createKioskClient({ url: env.url });
    const session = await api.sessions.create.mutate({
      type: "diagnostics",
      contact: { email: "a@b.ru" },
      ttlMs: 120_000,
    });
    env.clock.advance(60_000);
    await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    env.clock.advance(5 * 60_000);
    expect((await api.sessions.touch.mutate({ id: session.id })).status).toBe("active");
  });
});

describe("a pending intent across a restart", () => {
  it("still confirms after the agent comes back", async () => {
    const storage = mkdtempSync(join(tmpdir(), "kiosk-restart-"));
    const clock = new ManualClock(Date.now());
    try {
      const first = await startTestAgent({}, {}, { storage, clock });
      const api = createKioskClient({ url: first.url });
      const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "a@b.ru" } });
      const payment = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
      await first.halt();

      clock.advance(5_000);
      const second = await startTestAgent({}, {}, { storage, clock });
      const again = createKioskClient({ url: second.url });
      const status = await eventually(
        () => again.payments.getStatus.query({ id: payment.id }),
        (p) => p.status !== "pending",
      );
      expect(status.status).toBe("confirmed");
      await second.halt();
    } finally {
      rmSync(storage, { recursive: true, force: true });
    }
  });
});

describe("PROD refuses the DEV aids", () => {
  it("answers DEV confirm with 403 even for an operator", async () => {
    const env = await startTestAgent({
      AGENT_ENV: "PROD",
      YOOKASSA_SHOP_ID: "1",
      YOOKASSA_SECRET_KEY: "k",
      YOOKASSA_API_URL: "http://127.0.0.1:9/v3",
      OBD_DRIVER: "none",
    });
    try {
      const response = await fetch(`${env.url}/api/payments/confirm/pay_x`, {
        method: "POST",
        headers: { authorization: `Bearer ${operatorToken}` },
      });
      expect(response.status).toBe(403);
    } finally {
      await env.stop();
    }
  });
});
