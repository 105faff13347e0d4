import { configSchema, type Config } from "./schema";

/** Environment variables and the config path each one overrides. */
export const envBindings = {
  AGENT_ENV: { path: ["environment"], kind: "string" },
  PORT: { path: ["server", "port"], kind: "number" },
  HOST: { path: ["server", "host"], kind: "string" },
  TRUST_PROXY: { path: ["server", "trustProxy"], kind: "boolean" },
  TRUSTED_PROXIES: { path: ["server", "trustedProxies"], kind: "list" },
  RATE_LIMIT_PER_MINUTE: { path: ["server", "rateLimitPerMinute"], kind: "number" },
  STORAGE_PATH: { path: ["storagePath"], kind: "string" },
  REPORTS_PATH: { path: ["reportsPath"], kind: "string" },
  LOG_LEVEL: { path: ["logLevel"], kind: "string" },
  TIMEZONE: { path: ["timezone"], kind: "string" },
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
  FLEET_URL: { path: ["fleet", "url"], kind: "string" },
  KIOSK_ID: { path: ["fleet", "kioskId"], kind: "string" },
  FLEET_TOKEN: { path: ["fleet", "token"], kind: "string" },
} as const satisfies Record<string, { path: readonly string[]; kind: ValueKind }>;

type ValueKind = "string" | "number" | "boolean" | "list";

/** Config keys that may only come from the environment. */
export const secretPaths = [
  ["auth"],
  ["payments", "yookassa", "shopId"],
  ["payments", "yookassa", "secretKey"],
  ["email", "smtp", "pass"],
  ["email", "sendgrid", "apiKey"],
  ["sms", "twilio", "authToken"],
  ["sms", "smsc", "password"],
  ["fleet", "token"],
];

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

export type EnvLike = Record<string, string | undefined>;

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
  const parsed = configSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const key = issue.path.join(".") || "(root)";
    const envName = pathToEnv.get(key);
    return `${envName ? `${envName} (${key})` : key}: ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration:\n  ${problems.join("\n  ")}`);
}
