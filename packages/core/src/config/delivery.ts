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

/** Email channel: which one, and the sender; each channel adds its own section (`email.smtp`, ...). */
export const emailSchema = z
  .object({
    provider: z
      .string()
      .trim()
      .min(1)
      .default("dev")
      .describe("smtp, sendgrid, or dev (writes .eml files under storagePath/outbox)"),
    from: z.string().min(3).default("Киоск <noreply@kiosk.local>").describe("Sender of report emails"),
  })
  .strict()
  .prefault({});

/** SMS channel: which one, and the sender; each channel adds its own section (`sms.twilio`, ...). */
export const smsSchema = z
  .object({
    provider: z
      .string()
      .trim()
      .min(1)
      .default("dev")
      .describe("twilio, smsc, or dev (writes .sms.txt files under storagePath/outbox)"),
    from: z.string().min(1).default("KIOSK").describe("SMS sender name or number"),
  })
  .strict()
  .prefault({});
