import { isIP } from "node:net";
import { z } from "zod";

export const positiveMs = z.number().int().positive();

/** An IP address or a CIDR block, v4 or v6: `185.71.76.0/27`, `::1/128`, `77.75.156.11`. */
export const cidrSchema = z.string().refine(
  (entry) => {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return false;
    if (prefix === undefined) return true;
    const bits = Number(prefix);
    return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
  },
  { message: "must be an IP address or CIDR" },
);

/** HTTP server: port, bind address, body limit, proxy trust, shutdown grace. */
export const serverSchema = z
  .object({
    port: z.number().int().min(0).max(65535).default(7070),
    /** Loopback by default: the kiosk UI and a reverse proxy live on the same machine. */
    host: z.string().min(1).default("127.0.0.1"),
    bodyLimitBytes: z
      .number()
      .int()
      .positive()
      .default(64 * 1024),
    trustProxy: z.boolean().default(false),
    /** Peers whose X-Forwarded-For is believed (only with trustProxy); nobody else's ever is. */
    trustedProxies: z.array(cidrSchema).default(["127.0.0.1/32", "::1/128"]),
    shutdownTimeoutMs: positiveMs.default(10_000),
    /** Mutating kiosk-tier calls per client per minute (429 beyond, with Retry-After). */
    rateLimitPerMinute: z.number().int().positive().default(120),
  })
  .strict()
  .prefault({});

/** Session lifetimes, the sweeper and retention. */
export const sessionsSchema = z
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
  .prefault({});

/** Prices per service in minor units (kopecks). */
export const pricesSchema = z
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
  .prefault({});

/** API tokens: secrets, so only ever set from the environment. */
export const authSchema = z
  .object({
    kioskToken: z.string().min(16).optional(),
    operatorToken: z.string().min(16).optional(),
  })
  .strict()
  .prefault({});

/** Report generation: payment requirement, branding, thickness thresholds. */
export const reportsSchema = z
  .object({
    requirePayment: z.boolean().default(true),
    companyName: z.string().min(1).max(80).default("Автосервис «Киоск»"),
    /** Paint thickness verdicts, in micrometres: up to normalMaxUm normal, up to warningMaxUm warning, above critical. */
    thresholds: z
      .object({ normalMaxUm: z.number().positive().default(200), warningMaxUm: z.number().positive().default(300) })
      .strict()
      .prefault({}),
    rateLimitPerMinute: z.number().int().positive().default(10),
    /** How many times the kiosk may ask to send a report again, to the same recipients. */
    maxResends: z.number().int().min(0).max(10).default(2),
  })
  .strict()
  .prefault({});

/** The audit log is kept longer than sessions (money questions come late), but not forever. */
export const auditSchema = z
  .object({ retentionDays: z.number().int().positive().default(400) })
  .strict()
  .prefault({});

/** Storage health: below this much free space the agent stops saying it is ready. */
export const storageSchema = z
  .object({
    minFreeBytes: z
      .number()
      .int()
      .min(0)
      .default(256 * 1024 * 1024),
  })
  .strict()
  .prefault({});

/**
 * The kiosk screen's habits, handed to the UI by the catalog query (no constant in
 * the bundle): when to ask "Вы ещё здесь?", how long to count down, how long the
 * thank-you screen stays, how often a touch is reported, how long the DEV device
 * simulation takes.
 */
export const kioskSchema = z
  .object({
    idleWarningMs: positiveMs.default(60_000),
    idleCountdownMs: positiveMs.default(20_000),
    doneTimeoutMs: positiveMs.default(20_000),
    touchThrottleMs: positiveMs.default(10_000),
    /** How often the screen checks that the agent answers, to show "unavailable" within that time. */
    heartbeatMs: positiveMs.default(5_000),
    simulatedScanMs: z.number().int().min(0).default(8_000),
    /** Where the built kiosk UI is; the agent serves it at `/`. Default: apps/kiosk/dist of this checkout. */
    staticDir: z.string().min(1).optional(),
  })
  .strict()
  .prefault({});
