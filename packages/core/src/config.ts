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
const secretPaths = [["auth"], ["payments", "yookassa", "shopId"], ["payments", "yookassa", "secretKey"]];

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
