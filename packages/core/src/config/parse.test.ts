import { describe, expect, it } from "vitest";
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

describe("parseConfig", () => {
  it("gives the design's defaults from an empty file and environment", () => {
    const config = parseConfig({}, {});
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

  it("lets the environment override the file, coercing numbers, booleans and lists", () => {
    const config = parseConfig(
      { server: { port: 8080 } },
      { PORT: "9090", TRUST_PROXY: "true", YOOKASSA_WEBHOOK_ALLOWED_IPS: "10.0.0.0/8, ::1" },
    );
    expect(config.server).toMatchObject({ port: 9090, trustProxy: true });
    expect(config.payments.yookassa.webhookAllowedIps).toEqual(["10.0.0.0/8", "::1"]);
  });

  it("names the key and the variable of every bad value", () => {
    const message = messageOf(() =>
      parseConfig({ sessions: { inactivityMs: -1 } }, { PORT: "http", SMS_PROVIDER: "pigeon" }),
    );
    expect(message).toContain("PORT (server.port)");
    expect(message).toContain("SMS_PROVIDER (sms.provider)");
    expect(message).toContain("sessions.inactivityMs");
    expect(messageOf(() => parseConfig({ sesions: {} }, {}))).toMatch(/sesions/);
  });

  it("takes secrets from the environment only", () => {
    expect(messageOf(() => parseConfig({ email: { smtp: { pass: "x" } } }, {}))).toContain(
      "email.smtp.pass: secrets are read from the environment only",
    );
    expect(parseConfig({}, { SMTP_PASS: "x" }).email.smtp.pass).toBe("x");
  });

  it("refuses PROD without YooKassa credentials and a channel without its own", () => {
    expect(messageOf(() => parseConfig({}, { AGENT_ENV: "PROD" }))).toContain(
      "missing YOOKASSA_SHOP_ID, YOOKASSA_SECRET_KEY",
    );
    const prod = parseConfig(
      { payments: { provider: "dev" } },
      { AGENT_ENV: "PROD", YOOKASSA_SHOP_ID: "1", YOOKASSA_SECRET_KEY: "k" },
    );
    expect(effectivePaymentProvider(prod)).toBe("yookassa");
    expect(messageOf(() => parseConfig({}, { SMS_PROVIDER: "twilio" }))).toContain(
      "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
    );
    expect(messageOf(() => parseConfig({}, { EMAIL_PROVIDER: "sendgrid" }))).toContain("SENDGRID_API_KEY");
    expect(messageOf(() => parseConfig({}, { EMAIL_PROVIDER: "smtp" }))).toContain("SMTP_HOST");
    expect(parseConfig({}, { EMAIL_PROVIDER: "smtp", SMTP_HOST: "relay.example.ru" }).email.smtp.host).toBe(
      "relay.example.ru",
    );
  });
});
