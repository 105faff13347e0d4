import { z } from "zod";
import { cidrSchema, positiveMs } from "./sections";

/** Payments: provider, DEV emulator, intent lifetime, reconciler, YooKassa. */
export const paymentsSchema = z
  .object({
    /** A registered provider's name (`dev`/`emulator`, `yookassa`, or one a build adds); checked at start. */
    provider: z.string().trim().min(1).default("dev"),
    /** Settings of providers beyond the built-in two, by name; each provider's own schema checks its part. */
    providers: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
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
    /** Refused or unreadable webhook notifications recorded per sender per minute; the rest are only counted. */
    webhookRefusalsPerMinute: z.number().int().min(0).default(10),
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
          .array(cidrSchema)
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
  .prefault({});
