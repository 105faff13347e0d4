import { z } from "zod";
import { positiveMs } from "./sections";

/** The outbox: attempts, backoff, concurrency, timeouts. */
export const deliverySchema = z
  .object({
    maxAttempts: z.number().int().min(1).max(20).default(6),
    baseDelayMs: positiveMs.default(5_000),
    maxDelayMs: positiveMs.default(10 * 60_000),
    concurrency: z.number().int().min(1).max(32).default(4),
    tickMs: positiveMs.default(1_000),
    sendTimeoutMs: positiveMs.default(30_000),
  })
  .strict()
  .prefault({});

/** Email channel: provider and its settings. */
export const emailSchema = z
  .object({
    provider: z.enum(["smtp", "sendgrid", "dev"]).default("dev"),
    from: z.string().min(3).default("Киоск <noreply@kiosk.local>"),
    smtp: z
      .object({
        // No default: a relay the README promises to ask for is never guessed.
        host: z.string().min(1).optional(),
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
  .prefault({});

/** SMS channel: provider and its settings. */
export const smsSchema = z
  .object({
    provider: z.enum(["twilio", "smsc", "dev"]).default("dev"),
    from: z.string().min(1).default("KIOSK"),
    twilio: z
      .object({
        apiUrl: z.url().default("https://api.twilio.com"),
        /** The SDK refuses any other shape; say so at start rather than on the first SMS. */
        accountSid: z
          .string()
          .regex(/^AC\w+$/, "must be a Twilio account SID (AC…)")
          .optional(),
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
  .prefault({});
