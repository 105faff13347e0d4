import { z } from "zod";

/**
 * The one configuration schema: `config/service.json` merged with environment
 * variables, parsed once at start. Secrets are accepted only from the environment.
 */
const positiveMs = z.number().int().positive();

const fileSchema = z
  .object({
    environment: z.enum(["DEV", "PROD"]).default("DEV"),
    server: z
      .object({
        port: z.number().int().min(0).max(65535).default(7070),
        host: z.string().min(1).default("0.0.0.0"),
        bodyLimitBytes: z
          .number()
          .int()
          .positive()
          .default(64 * 1024),
        trustProxy: z.boolean().default(false),
        shutdownTimeoutMs: positiveMs.default(10_000),
      })
      .strict()
      .prefault({}),
    storagePath: z.string().min(1).default("./storage"),
    logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    payments: z
      .object({
        provider: z.enum(["dev", "emulator", "yookassa"]).default("dev"),
        dev: z
          .object({
            autoConfirmDelayMs: z.number().int().min(0).default(2000),
            manualMode: z.boolean().default(false),
          })
          .strict()
          .prefault({}),
        /** How long a QR code may be paid before the intent expires. */
        intentTtlMs: positiveMs.default(10 * 60_000),
        /** Intents a single client may create per minute. */
        rateLimitPerMinute: z.number().int().positive().default(10),
        reconcile: z
          .object({
            tickMs: positiveMs.default(1000),
            minIntervalMs: positiveMs.default(2000),
            maxIntervalMs: positiveMs.default(60_000),
          })
          .strict()
          .prefault({}),
        yookassa: z
          .object({
            apiUrl: z.url().default("https://api.yookassa.ru/v3"),
            shopId: z.string().min(1).optional(),
            secretKey: z.string().min(1).optional(),
            webhookUrl: z.url().optional(),
            webhookAllowedIps: z
              .array(z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, "must be an IP address or CIDR"))
              .min(1)
              .default([
                "185.71.76.0/27",
                "185.71.77.0/27",
                "77.75.153.0/25",
                "77.75.156.11",
                "77.75.156.35",
                "77.75.154.128/25",
                "2a02:5180::/32",
              ]),
            timeoutMs: positiveMs.default(10_000),
            maxAttempts: z.number().int().min(1).max(10).default(4),
            retryBaseMs: positiveMs.default(500),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    sessions: z
      .object({
        defaultTtlMs: positiveMs.default(3_600_000),
        minTtlMs: positiveMs.default(60_000),
        maxTtlMs: positiveMs.default(4 * 3_600_000),
        inactivityMs: positiveMs.default(15 * 60_000),
        autoResetOnTimeout: z.boolean().default(true),
        sweepIntervalMs: positiveMs.default(15_000),
        retentionDays: z.number().int().positive().default(30),
      })
      .strict()
      .prefault({}),
    prices: z
      .object({
        currency: z.literal("RUB").default("RUB"),
        thickness: z
          .object({
            sedan: positiveMs.default(35_000),
            hatchback: positiveMs.default(35_000),
            minivan: positiveMs.default(40_000),
          })
          .strict()
          .prefault({}),
        diagnostics: positiveMs.default(48_000),
      })
      .strict()
      .prefault({}),
    reports: z
      .object({
        requirePayment: z.boolean().default(true),
        companyName: z.string().min(1).max(80).default("Автосервис «Киоск»"),
        /** Paint thickness verdicts, in micrometres: up to normalMaxUm normal, up to warningMaxUm warning, above critical. */
        thresholds: z
          .object({ normalMaxUm: z.number().positive().default(200), warningMaxUm: z.number().positive().default(300) })
          .strict()
          .prefault({}),
        rateLimitPerMinute: z.number().int().positive().default(10),
      })
      .strict()
      .prefault({}),
    delivery: z
      .object({
        maxAttempts: z.number().int().min(1).max(20).default(6),
        baseDelayMs: positiveMs.default(5_000),
        maxDelayMs: positiveMs.default(10 * 60_000),
        concurrency: z.number().int().min(1).max(32).default(4),
        tickMs: positiveMs.default(1_000),
        sendTimeoutMs: positiveMs.default(30_000),
      })
      .strict()
      .prefault({}),
    email: z
      .object({
        provider: z.enum(["smtp", "sendgrid", "dev"]).default("dev"),
        from: z.string().min(3).default("Киоск <noreply@kiosk.local>"),
        smtp: z
          .object({
            host: z.string().min(1).default("localhost"),
            port: z.number().int().min(1).max(65535).default(587),
            secure: z.boolean().default(false),
            user: z.string().optional(),
            pass: z.string().optional(),
          })
          .strict()
          .prefault({}),
        sendgrid: z
          .object({ apiUrl: z.url().default("https://api.sendgrid.com"), apiKey: z.string().min(1).optional() })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    sms: z
      .object({
        provider: z.enum(["twilio", "smsc", "dev"]).default("dev"),
        from: z.string().min(1).default("KIOSK"),
        twilio: z
          .object({
            apiUrl: z.url().default("https://api.twilio.com"),
            accountSid: z.string().min(1).optional(),
            authToken: z.string().min(1).optional(),
          })
          .strict()
          .prefault({}),
        smsc: z
          .object({
            apiUrl: z.url().default("https://smsc.ru/sys"),
            login: z.string().min(1).optional(),
            password: z.string().min(1).optional(),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    auth: z
      .object({
        kioskToken: z.string().min(16).optional(),
        operatorToken: z.string().min(16).optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((c) => c.sessions.minTtlMs <= c.sessions.maxTtlMs, {
    path: ["sessions", "minTtlMs"],
    message: "must not exceed sessions.maxTtlMs",
  })
  // A chosen channel without its credentials would fail every delivery: refuse at start instead.
  .superRefine((c, ctx) => {
    const need = (ok: boolean, path: string[], names: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path, message: `needs ${names}` });
    };
    if (c.email.provider === "sendgrid") need(!!c.email.sendgrid.apiKey, ["email", "sendgrid"], "SENDGRID_API_KEY");
    if (c.sms.provider === "twilio") {
      need(
        !!c.sms.twilio.accountSid && !!c.sms.twilio.authToken,
        ["sms", "twilio"],
        "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN",
      );
    }
    if (c.sms.provider === "smsc")
      need(!!c.sms.smsc.login && !!c.sms.smsc.password, ["sms", "smsc"], "SMSC_LOGIN and SMSC_PASSWORD");
  })
  // PROD never falls back to the emulator: without credentials the agent does not start.
  .superRefine((c, ctx) => {
    if (effectivePaymentProvider(c) !== "yookassa") return;
    const missing = [
      ...(c.payments.yookassa.shopId ? [] : ["YOOKASSA_SHOP_ID"]),
      ...(c.payments.yookassa.secretKey ? [] : ["YOOKASSA_SECRET_KEY"]),
    ];
    if (missing.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["payments", "yookassa"],
        message: `${c.environment === "PROD" ? "AGENT_ENV=PROD" : "the yookassa provider"} needs YooKassa credentials; missing ${missing.join(", ")}`,
      });
    }
  });

export type Config = z.infer<typeof fileSchema>;
export type Environment = Config["environment"];

/** Environment variables and the config path each one overrides. */
const envBindings = {
  AGENT_ENV: { path: ["environment"], kind: "string" },
  PORT: { path: ["server", "port"], kind: "number" },
  HOST: { path: ["server", "host"], kind: "string" },
  TRUST_PROXY: { path: ["server", "trustProxy"], kind: "boolean" },
  STORAGE_PATH: { path: ["storagePath"], kind: "string" },
  LOG_LEVEL: { path: ["logLevel"], kind: "string" },
  PAYMENTS_PROVIDER: { path: ["payments", "provider"], kind: "string" },
  EMAIL_PROVIDER: { path: ["email", "provider"], kind: "string" },
  EMAIL_FROM: { path: ["email", "from"], kind: "string" },
  SMTP_HOST: { path: ["email", "smtp", "host"], kind: "string" },
  SMTP_PORT: { path: ["email", "smtp", "port"], kind: "number" },
  SMTP_SECURE: { path: ["email", "smtp", "secure"], kind: "boolean" },
  SMTP_USER: { path: ["email", "smtp", "user"], kind: "string" },
  SMTP_PASS: { path: ["email", "smtp", "pass"], kind: "string" },
  SENDGRID_API_URL: { path: ["email", "sendgrid", "apiUrl"], kind: "string" },
  SENDGRID_API_KEY: { path: ["email", "sendgrid", "apiKey"], kind: "string" },
  SMS_PROVIDER: { path: ["sms", "provider"], kind: "string" },
  SMS_FROM: { path: ["sms", "from"], kind: "string" },
  TWILIO_API_URL: { path: ["sms", "twilio", "apiUrl"], kind: "string" },
  TWILIO_ACCOUNT_SID: { path: ["sms", "twilio", "accountSid"], kind: "string" },
  TWILIO_AUTH_TOKEN: { path: ["sms", "twilio", "authToken"], kind: "string" },
  SMSC_API_URL: { path: ["sms", "smsc", "apiUrl"], kind: "string" },
  SMSC_LOGIN: { path: ["sms", "smsc", "login"], kind: "string" },
  SMSC_PASSWORD: { path: ["sms", "smsc", "password"], kind: "string" },
  YOOKASSA_API_URL: { path: ["payments", "yookassa", "apiUrl"], kind: "string" },
  YOOKASSA_SHOP_ID: { path: ["payments", "yookassa", "shopId"], kind: "string" },
  YOOKASSA_SECRET_KEY: { path: ["payments", "yookassa", "secretKey"], kind: "string" },
  YOOKASSA_WEBHOOK_URL: { path: ["payments", "yookassa", "webhookUrl"], kind: "string" },
  YOOKASSA_WEBHOOK_ALLOWED_IPS: { path: ["payments", "yookassa", "webhookAllowedIps"], kind: "list" },
  KIOSK_API_TOKEN: { path: ["auth", "kioskToken"], kind: "string" },
  OPERATOR_API_TOKEN: { path: ["auth", "operatorToken"], kind: "string" },
} as const satisfies Record<string, { path: readonly string[]; kind: ValueKind }>;

type ValueKind = "string" | "number" | "boolean" | "list";

/** Config keys that may only come from the environment. */
const secretPaths = [
  ["auth"],
  ["payments", "yookassa", "shopId"],
  ["payments", "yookassa", "secretKey"],
  ["email", "smtp", "pass"],
  ["email", "sendgrid", "apiKey"],
  ["sms", "twilio", "authToken"],
  ["sms", "smsc", "password"],
];

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

type EnvLike = Record<string, string | undefined>;

function coerce(raw: string, kind: ValueKind): unknown {
  if (kind === "list")
    return raw
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean);
  if (kind === "number") return raw.trim() === "" ? raw : Number(raw);
  if (kind === "boolean") return raw === "true" || raw === "1" ? true : raw === "false" || raw === "0" ? false : raw;
  return raw;
}

function getPath(source: Record<string, unknown>, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
    source,
  );
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    const next = node[key];
    node[key] = next !== null && typeof next === "object" ? { ...next } : {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1] as string] = value;
}

/** Parses file + env into a Config, or throws a ConfigError naming every bad key. */
export function parseConfig(file: unknown, env: EnvLike): Config {
  const merged: Record<string, unknown> =
    file !== null && typeof file === "object" ? structuredClone(file as Record<string, unknown>) : {};
  for (const path of secretPaths) {
    if (getPath(merged, path) !== undefined) {
      throw new ConfigError(
        `${path.join(".")}: secrets are read from the environment only, remove them from the config file`,
      );
    }
  }
  const pathToEnv = new Map<string, string>();
  for (const [name, binding] of Object.entries(envBindings)) {
    pathToEnv.set(binding.path.join("."), name);
    const raw = env[name];
    if (raw !== undefined && raw !== "") setPath(merged, binding.path, coerce(raw, binding.kind));
  }
  const parsed = fileSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = issue.path.join(".") || "(root)";
    const envName = pathToEnv.get(key);
    return `${envName ? `${envName} (${key})` : key}: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration:\n  ${problems.join("\n  ")}`);
}

/** The provider that really runs: PROD is always YooKassa; DEV uses the emulator unless told otherwise. */
export function effectivePaymentProvider(config: Pick<Config, "environment" | "payments">): "emulator" | "yookassa" {
  if (config.environment === "PROD") return "yookassa";
  return config.payments.provider === "yookassa" ? "yookassa" : "emulator";
}
