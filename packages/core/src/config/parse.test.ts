import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { ConfigAdapters } from "./adapters";
import { ConfigError, parseConfig } from "./parse";
import { effectivePaymentProvider } from "./schema";

const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return "";
};

/** Adapters of this test's own: the built-in ones live in @kiosk/payments and @kiosk/reporting. */
const adapters: ConfigAdapters = {
  payments: [
    { name: "emulator", aliases: ["dev"], takesRealMoney: false },
    { name: "toy", takesRealMoney: false },
    {
      name: "acme",
      takesRealMoney: true,
      settings: {
        path: ["payments", "providers", "acme"],
        schema: z
          .object({
            apiUrl: z.url().default("https://acme.example/v1").describe("Acme API root"),
            apiKey: z.string().min(1).optional().describe("Acme API key (secret)"),
            senders: z.array(z.string()).default([]).describe("Acme's notification senders"),
          })
          .strict(),
        env: {
          ACME_API_URL: { key: "apiUrl" },
          ACME_API_KEY: { key: "apiKey", secret: true },
          ACME_SENDERS: { key: "senders", kind: "list" },
        },
        requiredLabel: "Acme credentials",
        check: (settings, config) =>
          (settings as { apiUrl: string }).apiUrl.startsWith("http://") &&
          (config as { environment: string }).environment === "PROD"
            ? [{ path: ["payments", "providers", "acme", "apiUrl"], message: "must be https in PROD" }]
            : [],
      },
    },
  ],
  email: [{ name: "dev" }],
  sms: [{ name: "dev" }],
};

describe("parseConfig", () => {
  it("gives the design's defaults from an empty file and environment", () => {
    const config = parseConfig({}, {}, adapters);
    expect(config).toMatchObject({
      environment: "DEV",
      server: { port: 7070 },
      storagePath: "./storage",
      payments: { provider: "dev", dev: { autoConfirmDelayMs: 2000, manualMode: false }, intentTtlMs: 600_000 },
      prices: { thickness: { sedan: 35000, hatchback: 35000, minivan: 40000 }, diagnostics: 48000 },
      delivery: { maxAttempts: 6 },
      reports: { requirePayment: true, thresholds: { normalMaxUm: 200, warningMaxUm: 300 } },
    });
    expect(effectivePaymentProvider(config)).toBe("emulator");
  });

  it("lets the environment override the file, coercing numbers, booleans and lists, adapters' keys too", () => {
    const config = parseConfig(
      { server: { port: 8080 } },
      { PORT: "9090", TRUST_PROXY: "true", ACME_SENDERS: "10.0.0.0/8, ::1" },
      adapters,
    );
    expect(config.server).toMatchObject({ port: 9090, trustProxy: true });
    expect(config).toMatchObject({ payments: { providers: { acme: { senders: ["10.0.0.0/8", "::1"] } } } });
  });

  it("names the key and the variable of every bad value, the adapters' and the names that pick them", () => {
    const message = messageOf(() =>
      parseConfig(
        { sessions: { inactivityMs: -1 }, payments: { providers: { acme: { apiUrl: "nope" } } } },
        { PORT: "http", SMS_PROVIDER: "pigeon" },
        adapters,
      ),
    );
    expect(message).toContain("PORT (server.port)");
    expect(message).toContain('SMS_PROVIDER (sms.provider): no SMS provider "pigeon"; registered: dev');
    expect(message).toContain("sessions.inactivityMs");
    expect(message).toContain("ACME_API_URL (payments.providers.acme.apiUrl)");
    expect(messageOf(() => parseConfig({ sesions: {} }, {}, adapters))).toMatch(/sesions/);
    expect(messageOf(() => parseConfig({ payments: { providers: { other: {} } } }, {}, adapters))).toMatch(
      /payments: Unrecognized key: "providers"/,
    );
  });

  it("takes secrets from the environment only, the core's and the adapters'", () => {
    expect(messageOf(() => parseConfig({ auth: { operatorToken: "x".repeat(20) } }, {}, adapters))).toContain(
      "auth: secrets are read from the environment only",
    );
    expect(
      messageOf(() => parseConfig({ payments: { providers: { acme: { apiKey: "k" } } } }, {}, adapters)),
    ).toContain("payments.providers.acme.apiKey: secrets are read from the environment only");
  });

  it("refuses the adapter picked without its secrets, a play provider in PROD, and what its own check finds", () => {
    expect(messageOf(() => parseConfig({}, { PAYMENTS_PROVIDER: "acme" }, adapters))).toContain(
      "payments.providers.acme: PAYMENTS_PROVIDER=acme needs Acme credentials; missing ACME_API_KEY",
    );
    expect(messageOf(() => parseConfig({}, { PAYMENTS_PROVIDER: "toy", AGENT_ENV: "PROD" }, adapters))).toContain(
      'PAYMENTS_PROVIDER (payments.provider): "toy" takes no real money',
    );
    expect(
      messageOf(() =>
        parseConfig(
          {},
          { PAYMENTS_PROVIDER: "acme", AGENT_ENV: "PROD", ACME_API_KEY: "k", ACME_API_URL: "http://a.example" },
          adapters,
        ),
      ),
    ).toContain("ACME_API_URL (payments.providers.acme.apiUrl): must be https in PROD");
    // An adapter that is not picked needs nothing.
    expect(parseConfig({}, {}, adapters)).toMatchObject({
      payments: { providers: { acme: { apiUrl: "https://acme.example/v1" } } },
    });
  });

  it("parses the core keys alone when no adapters are given, checking no names", () => {
    expect(parseConfig({}, { EMAIL_PROVIDER: "anything" }).email.provider).toBe("anything");
  });
});
