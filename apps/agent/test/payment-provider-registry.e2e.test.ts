import { ConfigError, parseConfig, requiredSetting } from "@kiosk/core";
import { createKioskClient } from "@kiosk/client";
import {
  addedProviderPath,
  definePaymentProvider,
  readNotification,
  type PaymentProvider,
  type ProviderPayment,
} from "@kiosk/payments";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { agentAdapters, configAdapters } from "../src/adapters";
import { createCoreServices } from "../src/core-services";
import { createLogger } from "../src/logger";
import { startTestAgent, type TestAgent } from "./harness";

/**
 * A third provider, added the way docs/adding-a-payment-provider.md says: a
 * definition that declares its settings and its secret, passed to the services
 * built with it (nothing registered globally). It keeps its payments in memory
 * and is told by the test when one is paid.
 */
const books = new Map<string, ProviderPayment>();
const calls: string[] = [];
const refundOf = (paymentId: string, amount: number) => ({
  id: `refund-${paymentId}`,
  providerPaymentId: paymentId,
  status: "succeeded" as const,
  amount,
  cancellationReason: null,
  receiptRegistration: null,
  raw: {},
});
function testPsp(settings: { qrPrefix: string; key: string }): PaymentProvider {
  const payment = (id: string) => {
    const found = books.get(id);
    if (!found) throw new Error(`no payment ${id}`);
    return found;
  };
  return {
    name: "test-psp",
    createPayment: (request) => {
      calls.push(`create ${request.idempotenceKey} ${request.amount} key=${settings.key}`);
      const created: ProviderPayment = {
        id: `psp-${books.size + 1}`,
        status: "pending",
        amount: request.amount,
        currency: request.currency,
        qrCodeData: `${settings.qrPrefix}${request.amount}`,
        confirmationUrl: null,
        cancellationReason: null,
        receiptRegistration: null,
        raw: {},
      };
      books.set(created.id, created);
      return Promise.resolve(created);
    },
    getPayment: (id) => Promise.resolve(payment(id)),
    cancelPayment: (id) => Promise.resolve(Object.assign(payment(id), { status: "canceled" as const })),
    refundPayment: (request) => Promise.resolve(refundOf(request.providerPaymentId, request.amount)),
    getRefund: (id) => Promise.resolve(refundOf(id.replace(/^refund-/, ""), 0)),
    readNotification,
  };
}

const testPspDefinition = definePaymentProvider({
  name: "test-psp",
  takesRealMoney: false,
  settings: {
    path: addedProviderPath("test-psp"),
    schema: z
      .object({
        qrPrefix: z.string().min(1).describe("What the QR payload starts with"),
        key: z.string().min(1).optional().describe("The PSP's API key (secret)"),
      })
      .strict(),
    env: { TEST_PSP_KEY: { key: "key", secret: true } },
  },
  create: ({ settings }) =>
    testPsp({ qrPrefix: settings.qrPrefix, key: requiredSetting(settings.key, "TEST_PSP_KEY") }),
});
const withTestPsp = { paymentProviders: [testPspDefinition] };

let env: TestAgent;
const logLines: string[] = [];
beforeAll(async () => {
  env = await startTestAgent(
    { PAYMENTS_PROVIDER: "test-psp", TEST_PSP_KEY: "from-env", YOOKASSA_WEBHOOK_ALLOWED_IPS: "127.0.0.1/32" },
    { payments: { providers: { "test-psp": { qrPrefix: "TESTPSP:" } } } },
    { logLines, adapters: withTestPsp },
  );
});
afterAll(() => env.stop());

describe("an added payment provider, picked by name", () => {
  it("takes a whole payment over HTTP: the intent, the QR, a notification re-fetched from it, confirmed", async () => {
    const api = createKioskClient({ url: env.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "a@example.com" } });
    const intent = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    expect(intent).toMatchObject({ provider: "test-psp", status: "pending", qrCodeData: "TESTPSP:48000" });
    expect(calls).toEqual([`create ${intent.id} 48000 key=from-env`]);

    const remote = [...books.values()].at(-1) as ProviderPayment;
    remote.status = "succeeded";
    const webhook = await fetch(`${env.url}/api/payments/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "notification", event: "payment.succeeded", object: { id: remote.id } }),
    });
    expect(webhook.status).toBe(200);
    expect(await api.payments.getStatus.query({ id: intent.id })).toMatchObject({ status: "confirmed" });
    const metrics = await (await fetch(`${env.url}/metrics`)).text();
    expect(metrics).toMatch(/provider_request_duration_seconds_count\{[^}]*provider="test-psp"/);
  });

  it("answers a provider's bug 500 (so YooKassa-style senders retry), logs it, and leaves the payment pending", async () => {
    const api = createKioskClient({ url: env.url });
    const session = await api.sessions.create.mutate({ type: "diagnostics", contact: { email: "b@example.com" } });
    const intent = await api.payments.createIntent.mutate({ sessionId: session.id, amount: 48000 });
    const remote = [...books.values()].at(-1) as ProviderPayment;
    books.delete(remote.id); // getPayment now throws a plain Error: a bug, not the provider saying no
    const webhook = await fetch(`${env.url}/api/payments/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ type: "notification", event: "payment.succeeded", object: { id: remote.id } }),
    });
    expect(webhook.status).toBe(500);
    expect(await webhook.json()).toEqual({
      error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" },
    });
    const failures = logLines
      .map((line) => JSON.parse(line) as { level: number; msg: string })
      .filter((l) => l.level >= 50);
    expect(failures.map((l) => l.msg)).toContain("request failed");
    expect(await api.payments.getStatus.query({ id: intent.id })).toMatchObject({ status: "pending" });
  });

  it("is listed with the built-in ones for the services built with it, and nowhere else", () => {
    expect(agentAdapters(withTestPsp).paymentProviders.map((p) => p.name)).toEqual([
      "emulator",
      "yookassa",
      "test-psp",
    ]);
    expect(agentAdapters().paymentProviders.map((p) => p.name)).toEqual(["emulator", "yookassa"]);
  });

  it("refuses to start on an unknown name, bad settings, a missing secret or a play provider in PROD, naming the key", () => {
    const adapters = agentAdapters(withTestPsp);
    const start =
      (envVars: Record<string, string>, file: Record<string, unknown> = {}) =>
      () =>
        createCoreServices({
          config: parseConfig(file, { STORAGE_PATH: ":memory:", ...envVars }, configAdapters(adapters)),
          adapters,
          logger: createLogger("silent"),
        });
    const settings = { payments: { providers: { "test-psp": { qrPrefix: "X" } } } };
    expect(start({ PAYMENTS_PROVIDER: "paypal" })).toThrow(ConfigError);
    expect(start({ PAYMENTS_PROVIDER: "paypal" })).toThrow(/PAYMENTS_PROVIDER.*"paypal".*emulator, yookassa, test-psp/);
    expect(start({ PAYMENTS_PROVIDER: "test-psp" })).toThrow(/payments\.providers\.test-psp\.qrPrefix/);
    expect(start({ PAYMENTS_PROVIDER: "test-psp" }, settings)).toThrow(
      "payments.providers.test-psp: PAYMENTS_PROVIDER=test-psp needs TEST_PSP_KEY; missing TEST_PSP_KEY",
    );
    expect(start({ PAYMENTS_PROVIDER: "test-psp", TEST_PSP_KEY: "k", AGENT_ENV: "PROD" }, settings)).toThrow(
      /takes no real money/,
    );
  });
});
