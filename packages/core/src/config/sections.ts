import { z } from "zod";

export const positiveMs = z.number().int().positive();

/** HTTP server: port, bind address, body limit, proxy trust, shutdown grace. */
export const serverSchema = z
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
  })
  .strict()
  .prefault({});
