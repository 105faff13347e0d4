import { readFileSync } from "node:fs";
import {
  adapterSettings,
  ConfigError,
  configTableMarkers,
  configTableRows,
  effectivePaymentProvider,
  parseConfig,
} from "@kiosk/core";
import { yookassaSettings } from "@kiosk/payments";
import { describe, expect, it } from "vitest";
import { agentAdapters, configAdapters } from "./adapters";

const adapters = configAdapters(agentAdapters());
const parse = (file: Record<string, unknown>, env: Record<string, string>) => parseConfig(file, env, adapters);
const messageOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return "";
};

/** A Markdown table row's cells, trimmed (Prettier pads them); `\|` stays inside a cell. */
const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

describe("the agent's configuration, with the built-in providers and channels", () => {
  it("matches the README's table, the providers' and channels' keys included: run `pnpm docs:tables` when this fails", () => {
    const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
    const start = readme.indexOf(configTableMarkers.start);
    const end = readme.indexOf(configTableMarkers.end);
    expect(start, "README.md has the generated table's markers").toBeGreaterThan(0);
    const separator = /^\|[\s-|]+\|$/;
    const inReadme = readme
      .slice(start + configTableMarkers.start.length, end)
      .split("\n")
      .filter((line) => line.startsWith("|") && !separator.test(line))
      .map(cells);
    const generated = configTableRows(adapters)
      .filter((line) => !separator.test(line))
      .map(cells);
    expect(inReadme).toEqual(generated);
    expect(generated.find((row) => row[0] === "`payments.yookassa.secretKey`")?.[1]).toBe(
      "`YOOKASSA_SECRET_KEY` (secret: env only)",
    );
  });

  it("reads every provider's variables under the names it always had", () => {
    const config = parse(
      {},
      {
        YOOKASSA_WEBHOOK_ALLOWED_IPS: "10.0.0.0/8, ::1",
        YOOKASSA_API_URL: "http://127.0.0.1:9/v3",
        SMTP_PORT: "2525",
        SMTP_SECURE: "true",
        SMTP_PASS: "x",
        TWILIO_API_URL: "http://127.0.0.1:9",
      },
    );
    expect(adapterSettings(config, yookassaSettings)).toMatchObject({
      webhookAllowedIps: ["10.0.0.0/8", "::1"],
      apiUrl: "http://127.0.0.1:9/v3",
      paymentMethod: "sbp",
    });
    expect(config).toMatchObject({
      email: { provider: "dev", smtp: { port: 2525, secure: true, pass: "x" } },
      sms: { twilio: { apiUrl: "http://127.0.0.1:9" } },
    });
    expect(messageOf(() => parse({ email: { smtp: { pass: "x" } } }, {}))).toContain(
      "email.smtp.pass: secrets are read from the environment only",
    );
    expect(messageOf(() => parse({ payments: { yookassa: { secretKey: "x" } } }, {}))).toContain(
      "payments.yookassa.secretKey: secrets are read from the environment only",
    );
  });

  it("refuses PROD without YooKassa credentials and a channel without its own", () => {
    expect(messageOf(() => parse({}, { AGENT_ENV: "PROD" }))).toContain(
      "payments.yookassa: AGENT_ENV=PROD needs YooKassa credentials; missing YOOKASSA_SHOP_ID, YOOKASSA_SECRET_KEY",
    );
    const prod = parse(
      { payments: { provider: "dev" } },
      { AGENT_ENV: "PROD", YOOKASSA_SHOP_ID: "1", YOOKASSA_SECRET_KEY: "k", OBD_PORT: "/dev/ttyUSB0" },
    );
    expect(effectivePaymentProvider(prod)).toBe("yookassa");
    expect(prod.devices.obd).toEqual({ port: "/dev/ttyUSB0", baudRate: "auto", simulatorProfile: "can11" });
    // PROD drives a real ELM327 unless told otherwise, and it needs its port.
    expect(messageOf(() => parse({}, { AGENT_ENV: "PROD", YOOKASSA_SHOP_ID: "1", YOOKASSA_SECRET_KEY: "k" }))).toBe(
      "invalid configuration:\n  OBD_PORT (devices.obd.port): needs OBD_PORT (e.g. /dev/ttyUSB0): AGENT_ENV=PROD drives an ELM327",
    );
    expect(messageOf(() => parse({}, { OBD_DRIVER: "elm327", OBD_BAUD_RATE: "fast" }))).toContain("OBD_BAUD_RATE");
    expect(messageOf(() => parse({}, { OBD_SIMULATOR_PROFILE: "tesla" }))).toContain("OBD_SIMULATOR_PROFILE");
    expect(messageOf(() => parse({}, { SMS_PROVIDER: "twilio" }))).toContain(
      "SMS_PROVIDER=twilio needs TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN; missing TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN",
    );
    expect(messageOf(() => parse({}, { SMS_PROVIDER: "smsc", SMSC_LOGIN: "kiosk" }))).toContain(
      "missing SMSC_PASSWORD",
    );
    expect(messageOf(() => parse({}, { EMAIL_PROVIDER: "sendgrid" }))).toContain("needs SENDGRID_API_KEY");
    expect(messageOf(() => parse({}, { EMAIL_PROVIDER: "smtp" }))).toContain("needs SMTP_HOST");
    expect(messageOf(() => parse({}, { EMAIL_PROVIDER: "pigeon" }))).toContain(
      'EMAIL_PROVIDER (email.provider): no email provider "pigeon"; registered: smtp, sendgrid, dev',
    );
    // SMTP needs no password: a relay on the kiosk's network may take mail without one.
    expect(parse({}, { EMAIL_PROVIDER: "smtp", SMTP_HOST: "relay.example.ru" })).toMatchObject({
      email: { smtp: { host: "relay.example.ru" } },
    });
  });

  it("checks an SBP intent's lifetime against YooKassa's hour only while YooKassa runs", () => {
    const file = { payments: { intentTtlMs: 2 * 3_600_000 } };
    expect(
      messageOf(() => parse(file, { PAYMENTS_PROVIDER: "yookassa", YOOKASSA_SHOP_ID: "1", YOOKASSA_SECRET_KEY: "k" })),
    ).toContain("payments.intentTtlMs: must be at most 3600000");
    expect(parse(file, {}).payments.intentTtlMs).toBe(2 * 3_600_000);
  });

  it("refuses a name two adapters share", () => {
    expect(() =>
      agentAdapters({ paymentProviders: [{ name: "dev", takesRealMoney: false, create: () => ({}) as never }] }),
    ).toThrow(/the name "dev" is taken twice/);
  });
});
