import { z } from "zod";
import { cidrSchema, positiveMs } from "./sections";

/** Payments: provider, DEV emulator, intent lifetime, reconciler, YooKassa. */
export const paymentsSchema = z
  .object({
    /** A registered provider's name (`dev`/`emulator`, `yookassa`, or one a build adds); checked at start. */
    provider: z
      .string()
      .trim()
      .min(1)
      .default("dev")
      .describe("Registered payment provider: dev/emulator, yookassa, or one a build adds (PROD: dev means yookassa)"),
    /** Settings of providers beyond the built-in two, by name; each provider's own schema checks its part. */
    providers: z
      .record(z.string(), z.record(z.string(), z.unknown()))
      .default({})
      .describe("Settings of added providers, by name; each provider checks its own"),
    dev: z
      .object({
        autoConfirmDelayMs: z
          .number()
          .int()
          .min(0)
          .default(2000)
          .describe("The emulator confirms a payment after this long"),
        manualMode: z.boolean().default(false).describe("The emulator waits for a DEV confirm instead"),
      })
      .strict()
      .prefault({}),
    /** How long a QR code may be paid before the intent expires. */
    intentTtlMs: positiveMs.default(10 * 60_000).describe("How long a QR code may be paid before the intent expires"),
    /** Intents a single client may create per minute. */
    rateLimitPerMinute: z.number().int().positive().default(10).describe("Payment intents per client per minute"),
    /** Refused or unreadable webhook notifications recorded per sender per minute; the rest are only counted. */
    webhookRefusalsPerMinute: z
      .number()
      .int()
      .min(0)
      .default(10)
      .describe("Refused webhook calls recorded per sender per minute; the rest only counted"),
    reconcile: z
      .object({
        tickMs: positiveMs.default(1000).describe("How often the reconciler looks for pending payments"),
        minIntervalMs: positiveMs
          .default(2000)
          .describe("First wait before asking the provider about a pending payment"),
        maxIntervalMs: positiveMs.default(60_000).describe("Longest wait between asks (exponential backoff)"),
      })
      .strict()
      .prefault({}),
    receipts: z
      .object({
        enabled: z
          .boolean()
          .optional()
          .describe("Send a 54-FZ receipt with every payment and refund; unset: on in PROD, off in DEV"),
        vatCode: z
          .number()
          .int()
          .min(1)
          .max(12)
          .default(1)
          .describe("YooKassa vat_code of the services (1: without VAT)"),
        taxSystemCode: z
          .number()
          .int()
          .min(1)
          .max(6)
          .optional()
          .describe("YooKassa tax_system_code, when the shop has more than one tax system"),
      })
      .strict()
      .prefault({}),
    yookassa: z
      .object({
        apiUrl: z.url().default("https://api.yookassa.ru/v3").describe("YooKassa API root (a local fake in tests)"),
        shopId: z.string().min(1).optional().describe("YooKassa shop id (secret)"),
        secretKey: z.string().min(1).optional().describe("YooKassa secret key (secret)"),
        webhookUrl: z.url().optional().describe("Notification URL, for the operator's reference"),
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
          ])
          .describe("Addresses allowed to post the webhook: YooKassa's published list"),
        timeoutMs: positiveMs.default(10_000).describe("Timeout of one YooKassa call"),
        maxAttempts: z
          .number()
          .int()
          .min(1)
          .max(10)
          .default(4)
          .describe("Tries of one YooKassa call (same Idempotence-Key)"),
        paymentMethod: z
          .enum(["sbp", "any"])
          .default("sbp")
          .describe(
            "sbp: the QR is an SBP (Faster Payments) link, paid within an hour; any: YooKassa's QR for any method",
          ),
        retryBaseMs: positiveMs.default(500).describe("First retry delay of a YooKassa call, doubled each time"),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});
