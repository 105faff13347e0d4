import { z } from "zod";
import { isTimeZone } from "../time-zone";
import { deliverySchema, emailSchema, smsSchema } from "./delivery";
import { paymentsSchema } from "./payments";
import {
  auditSchema,
  authSchema,
  devicesSchema,
  kioskSchema,
  pricesSchema,
  reportsSchema,
  serverSchema,
  fleetSchema,
  sessionsSchema,
  storageSchema,
} from "./sections";

/**
 * The core configuration schema: `config/service.json` merged with environment
 * variables, parsed once at start with the sections the adapters (payment
 * providers, email and SMS channels) declare. Secrets come only from the environment.
 */
export const configSchema = z
  .object({
    environment: z
      .enum(["DEV", "PROD"])
      .default("DEV")
      .describe("DEV: emulator and dev channels allowed; PROD: real money only, the emulator is never used"),
    server: serverSchema,
    storagePath: z
      .string()
      .min(1)
      .default("./storage")
      .describe("Folder of core.sqlite, report PDFs (unless reportsPath) and the dev outbox"),
    /** Where report PDFs go; `reports/` under storagePath when unset. */
    reportsPath: z
      .string()
      .min(1)
      .optional()
      .describe("Where report PDFs are written; reports/ under storagePath when unset"),
    storage: storageSchema,
    /** The kiosk's IANA time zone: the dates a customer reads (report dates, file names) are local to it. */
    timezone: z
      .string()
      .default("Europe/Moscow")
      .refine(isTimeZone, { message: "must be an IANA time zone, e.g. Europe/Moscow" })
      .describe("IANA time zone of the kiosk: report dates and PDF file names are local to it"),
    logLevel: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
      .default("info")
      .describe("pino log level; debug adds a line per request"),
    payments: paymentsSchema,
    sessions: sessionsSchema,
    prices: pricesSchema,
    reports: reportsSchema,
    audit: auditSchema,
    kiosk: kioskSchema,
    delivery: deliverySchema,
    email: emailSchema,
    sms: smsSchema,
    auth: authSchema,
    fleet: fleetSchema,
    devices: devicesSchema,
  })
  .strict()
  .refine((c) => c.sessions.minTtlMs <= c.sessions.maxTtlMs, {
    path: ["sessions", "minTtlMs"],
    message: "must not exceed sessions.maxTtlMs",
  });
// FLEET_URL needs FLEET_TOKEN, FLEET_ENROLL_CODE or a credential enrolled before: that one is in
// the kiosk's database, which config cannot see, so the agent checks the three at start (fleet-enroll.ts).

export type Config = z.infer<typeof configSchema>;

/** Whether payments and refunds carry a 54-FZ receipt: as configured, else on in PROD only. */
export const receiptsEnabled = (config: Pick<Config, "environment" | "payments">) =>
  config.payments.receipts.enabled ?? config.environment === "PROD";
export type Environment = Config["environment"];

/**
 * The provider that really runs: the one config names, except that PROD never
 * falls back to the emulator: `dev` there means YooKassa.
 */
export function effectivePaymentProvider(config: Pick<Config, "environment" | "payments">): string {
  const named = config.payments.provider;
  const emulator = named === "dev" || named === "emulator";
  if (emulator) return config.environment === "PROD" ? "yookassa" : "emulator";
  return named;
}

/** The OBD-II driver that really runs: as configured, else the simulator in DEV and a real ELM327 in PROD. */
export function effectiveObdDriver(config: {
  environment: "DEV" | "PROD";
  devices: { obd: { driver?: ObdDriverName | undefined } };
}): ObdDriverName {
  return config.devices.obd.driver ?? (config.environment === "PROD" ? "elm327" : "simulator");
}

export type ObdDriverName = "elm327" | "simulator" | "none";

export type GaugeDriverName = NonNullable<Config["devices"]["gauge"]["driver"]>;
export type LockerDriverName = NonNullable<Config["devices"]["locker"]["driver"]>;

/**
 * The gauge driver that really runs: as configured, else the simulator in DEV
 * and none in PROD, since no one gauge is a standard the way the ELM327 is (a
 * PROD kiosk sells thickness only once its gauge is named).
 */
export function effectiveGaugeDriver(config: Pick<Config, "environment" | "devices">): GaugeDriverName {
  return config.devices.gauge.driver ?? (config.environment === "PROD" ? "none" : "simulator");
}

/** The locker driver that really runs: as configured, else the simulator in DEV and none (no locker) in PROD. */
export function effectiveLockerDriver(config: Pick<Config, "environment" | "devices">): LockerDriverName {
  return config.devices.locker.driver ?? (config.environment === "PROD" ? "none" : "simulator");
}

/** The devices' own start errors, listed beside the adapters' (a real device needs its port). */
export function deviceConfigIssues(config: Config): Array<{ path: string[]; message: string }> {
  const issues: Array<{ path: string[]; message: string }> = [];
  if (effectiveObdDriver(config) === "elm327" && !config.devices.obd.port) {
    const why = config.devices.obd.driver ? "devices.obd.driver is elm327" : "AGENT_ENV=PROD drives an ELM327";
    issues.push({ path: ["devices", "obd", "port"], message: `needs OBD_PORT (e.g. /dev/ttyUSB0): ${why}` });
  }
  const gauge = effectiveGaugeDriver(config);
  if (gauge !== "simulator" && gauge !== "none" && !config.devices.gauge.port) {
    issues.push({ path: ["devices", "gauge", "port"], message: `needs GAUGE_PORT: devices.gauge.driver is ${gauge}` });
  }
  if (effectiveLockerDriver(config) === "rs485" && !config.devices.locker.port) {
    issues.push({ path: ["devices", "locker", "port"], message: "needs LOCKER_PORT: devices.locker.driver is rs485" });
  }
  return issues;
}
