import { z } from "zod";
import { positiveMs } from "./sections";

/** The outbox: attempts, backoff, concurrency, timeouts. */
export const deliverySchema = z
  .object({
    maxAttempts: z.number().int().min(1).max(20).default(6).describe("Tries of one delivery before it is dead"),
    baseDelayMs: positiveMs.default(5_000).describe("First retry delay, doubled each time, with jitter"),
    maxDelayMs: positiveMs.default(10 * 60_000).describe("Longest retry delay"),
    concurrency: z.number().int().min(1).max(32).default(4).describe("Deliveries sent at once"),
    tickMs: positiveMs.default(1_000).describe("How often the outbox looks for due deliveries"),
    sendTimeoutMs: positiveMs.default(30_000).describe("Timeout of one send"),
  })
  .strict()
  .prefault({});

/** Email channel: provider and its settings. */
export const emailSchema = z
  .object({
    provider: z
      .enum(["smtp", "sendgrid", "dev"])
      .default("dev")
      .describe("smtp, sendgrid, or dev (writes .eml files under storagePath/outbox)"),
    from: z.string().min(3).default("Киоск <noreply@kiosk.local>").describe("Sender of report emails"),
    smtp: z
      .object({
        // No default: a relay the README promises to ask for is never guessed.
        host: z.string().min(1).optional().describe("SMTP relay host; required with the smtp provider"),
        port: z.number().int().min(1).max(65535).default(587).describe("SMTP port"),
        secure: z.boolean().default(false).describe("TLS from the start (465); false uses STARTTLS when offered"),
        user: z.string().optional().describe("SMTP user"),
        pass: z.string().optional().describe("SMTP password (secret)"),
      })
      .strict()
      .prefault({}),
    sendgrid: z
      .object({
        apiUrl: z.url().default("https://api.sendgrid.com").describe("SendGrid API root (a local fake in tests)"),
        apiKey: z.string().min(1).optional().describe("SendGrid API key (secret)"),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});

/** SMS channel: provider and its settings. */
export const smsSchema = z
  .object({
    provider: z
      .enum(["twilio", "smsc", "dev"])
      .default("dev")
      .describe("twilio, smsc, or dev (writes .sms.txt files under storagePath/outbox)"),
    from: z.string().min(1).default("KIOSK").describe("SMS sender name or number"),
    twilio: z
      .object({
        apiUrl: z
          .url()
          .default("https://api.twilio.com")
          .describe("Twilio API root, given to the SDK's HTTP client (a local fake in tests)"),
        /** The SDK refuses any other shape; say so at start rather than on the first SMS. */
        accountSid: z
          .string()
          .regex(/^AC\w+$/, "must be a Twilio account SID (AC…)")
          .optional()
          .describe("Twilio account SID"),
        authToken: z.string().min(1).optional().describe("Twilio auth token (secret)"),
      })
      .strict()
      .prefault({}),
    smsc: z
      .object({
        apiUrl: z.url().default("https://smsc.ru/sys").describe("SMSC API root (a local fake in tests)"),
        login: z.string().min(1).optional().describe("SMSC login"),
        password: z.string().min(1).optional().describe("SMSC password (secret)"),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .prefault({});
