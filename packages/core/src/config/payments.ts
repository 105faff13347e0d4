import { z } from "zod";
import { positiveMs } from "./sections";

/** Payments: provider, DEV emulator, intent lifetime, reconciler, receipts; each provider adds its own section. */
export const paymentsSchema = z
  .object({
    /** A provider's name (`dev`/`emulator`, `yookassa`, or one the host adds); checked against them at start. */
    provider: z
      .string()
      .trim()
      .min(1)
      .default("dev")
      .describe("Payment provider: dev/emulator, yookassa, or one the host program adds (PROD: dev means yookassa)"),
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
  })
  .strict()
  .prefault({});
