import { fileURLToPath } from "node:url";
import { cidrSchema } from "@kiosk/core";
import { z } from "zod";

/** The backoffice's one config schema, read from the environment. */
export const backofficeConfigSchema = z
  .object({
    port: z.coerce.number().int().min(0).max(65535).default(7080),
    host: z.string().min(1).default("127.0.0.1"),
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    /** `kiosk-1:token1,kiosk-2:token2`: each kiosk's id and the token it pushes with. */
    kioskTokens: z
      .string()
      .default("")
      .transform((raw, ctx) => {
        const tokens = new Map<string, string>();
        for (const pair of raw
          .split(",")
          .map((p) => p.trim())
          .filter(Boolean)) {
          const [id, token] = pair.split(":");
          if (!id || !token || token.length < 16) {
            ctx.addIssue({
              code: "custom",
              message: `"${pair}" must be kioskId:token, the token at least 16 characters`,
            });
            continue;
          }
          tokens.set(id, token);
        }
        return tokens;
      }),
    operatorToken: z.string().min(16).optional(),
    /** A kiosk silent for longer than this is flagged in the fleet view. */
    silentAfterMs: z.coerce
      .number()
      .int()
      .positive()
      .default(15 * 60_000),
    /** Events per ingest call at most. */
    maxBatch: z.coerce.number().int().min(1).max(5_000).default(1_000),
    /** "Today" in the fleet view is a day in this time zone. */
    timezone: z.string().min(1).default("Europe/Moscow"),
    /** Where a local PostgreSQL keeps its data when DATABASE_URL is not given. */
    storagePath: z.string().min(1).default("./storage"),
    /** The loopback port that local PostgreSQL listens on. */
    localPostgresPort: z.coerce.number().int().min(1).max(65535).default(5433),
    /**
     * The backoffice's address as customers reach it (`https://reports.example.ru`):
     * report links are built on it. Without it links are off: an upload answers 503 LINKS_OFF.
     */
    publicUrl: z
      .url({ protocol: /^https?$/, message: "must be an http(s) URL" })
      .refine((url) => !/[?#]/.test(url), "must have no query or fragment")
      .transform((url) => url.replace(/\/+$/, ""))
      .optional(),
    /**
     * `10.0.0.5,fd00::/64`: the reverse proxies (addresses or CIDRs) whose X-Forwarded-For names the
     * client, read from the right past these to the first address that is not one. Empty: nobody's is
     * believed and the socket peer is the client.
     */
    trustedProxies: z
      .string()
      .default("")
      .transform((raw, ctx) => {
        const entries = raw
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean);
        for (const entry of entries) {
          if (!cidrSchema.safeParse(entry).success) {
            ctx.addIssue({ code: "custom", message: `"${entry}" must be an IP address or CIDR` });
          }
        }
        return entries;
      }),
    /** How long a report link works after its upload, in days; then the PDF is deleted. */
    reportLinkTtlDays: z.coerce.number().int().min(1).max(3650).default(30),
    /** Openings of `/r/...` per client address (an IPv6 client by its /64) per minute. */
    reportLinkRatePerMinute: z.coerce.number().int().min(1).max(100_000).default(30),
    /** How often expired reports are purged. */
    reportPurgeIntervalMs: z.coerce.number().int().min(100).default(60_000),
    /** How long a kiosk's one-time enrollment code works after the console made it, in hours. */
    enrollCodeTtlHours: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(24),
    /** Enrollment attempts (`POST /api/fleet/enroll`) per client address per minute: codes are not for guessing. */
    enrollRatePerMinute: z.coerce.number().int().min(1).max(10_000).default(10),
    /** A command no kiosk answered within this many minutes is expired, visibly; the kiosk refuses it past then. */
    commandTtlMinutes: z.coerce
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 90)
      .default(1440),
    /** How often commands past their expiry are marked expired (fetching them does it too). */
    commandSweepIntervalMs: z.coerce.number().int().min(100).default(60_000),
    /** A console session ends after this many minutes without a request. */
    sessionIdleMinutes: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** ...and this many hours after its sign-in, however busy. */
    sessionMaxHours: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),
    /** Wrong passwords in a row that lock an account... */
    loginMaxFailures: z.coerce.number().int().min(1).max(1_000).default(5),
    /** ...for this many minutes (an admin can unlock it sooner). */
    loginLockMinutes: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    /** Sign-in attempts per minute from one client address (an IPv6 client by its /64) for one email... */
    loginRatePerMinute: z.coerce.number().int().min(1).max(100_000).default(10),
    /** ...and for all emails together (an office behind one address; never below the one above). */
    loginAddressRatePerMinute: z.coerce.number().int().min(1).max(100_000).default(30),
    /** The operators' console as `pnpm build:console` builds it, served at `/`. */
    consoleDir: z
      .string()
      .min(1)
      .default(fileURLToPath(new URL("../../console/dist", import.meta.url))),
    logLevel: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  })
  .strict();

export type BackofficeConfig = z.infer<typeof backofficeConfigSchema>;

const env = {
  PORT: "port",
  HOST: "host",
  DATABASE_URL: "databaseUrl",
  BACKOFFICE_KIOSK_TOKENS: "kioskTokens",
  BACKOFFICE_OPERATOR_TOKEN: "operatorToken",
  FLEET_SILENT_AFTER_MS: "silentAfterMs",
  BACKOFFICE_MAX_BATCH: "maxBatch",
  TIMEZONE: "timezone",
  STORAGE_PATH: "storagePath",
  BACKOFFICE_PG_PORT: "localPostgresPort",
  BACKOFFICE_PUBLIC_URL: "publicUrl",
  BACKOFFICE_TRUSTED_PROXIES: "trustedProxies",
  REPORT_LINK_TTL_DAYS: "reportLinkTtlDays",
  REPORT_LINK_RATE_PER_MINUTE: "reportLinkRatePerMinute",
  REPORT_PURGE_INTERVAL_MS: "reportPurgeIntervalMs",
  BACKOFFICE_ENROLL_CODE_TTL_HOURS: "enrollCodeTtlHours",
  BACKOFFICE_ENROLL_RATE_PER_MINUTE: "enrollRatePerMinute",
  BACKOFFICE_COMMAND_TTL_MINUTES: "commandTtlMinutes",
  BACKOFFICE_COMMAND_SWEEP_MS: "commandSweepIntervalMs",
  BACKOFFICE_SESSION_IDLE_MINUTES: "sessionIdleMinutes",
  BACKOFFICE_SESSION_MAX_HOURS: "sessionMaxHours",
  BACKOFFICE_LOGIN_MAX_FAILURES: "loginMaxFailures",
  BACKOFFICE_LOGIN_LOCK_MINUTES: "loginLockMinutes",
  BACKOFFICE_LOGIN_RATE_PER_MINUTE: "loginRatePerMinute",
  BACKOFFICE_LOGIN_ADDRESS_RATE_PER_MINUTE: "loginAddressRatePerMinute",
  BACKOFFICE_CONSOLE_DIR: "consoleDir",
  LOG_LEVEL: "logLevel",
} as const;

export class BackofficeConfigError extends Error {}

/** The one place the backoffice reads its environment. */
export const backofficeEnv = (): Record<string, string | undefined> => process.env;

/** The config from environment variables; a bad value names its variable. */
export function parseBackofficeConfig(source: Record<string, string | undefined>): BackofficeConfig {
  const raw = Object.fromEntries(
    Object.entries(env).flatMap(([name, key]) => (source[name] ? [[key, source[name]]] : [])),
  );
  const parsed = backofficeConfigSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const byKey = new Map(Object.entries(env).map(([name, key]) => [key as string, name]));
  const problems = parsed.error.issues.map((issue) => {
    const key = String(issue.path[0] ?? "");
    return `${byKey.get(key) ?? key}: ${issue.message}`;
  });
  throw new BackofficeConfigError(`invalid configuration:\n  ${problems.join("\n  ")}`);
}
