import { cidrSchema, positiveMs, type AdapterSettings } from "@kiosk/core";
import { z } from "zod";
import { definePaymentProvider } from "../registry";
import { createYooKassaProvider } from "./yookassa-provider";

/** How long YooKassa lets a customer pay an SBP payment. */
export const sbpPaymentWindowMs = 3_600_000;

const schema = z
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
      .describe("sbp: the QR is an SBP (Faster Payments) link, paid within an hour; any: YooKassa's QR for any method"),
    retryBaseMs: positiveMs.default(500).describe("First retry delay of a YooKassa call, doubled each time"),
  })
  .strict();

/**
 * `payments.yookassa` and the YOOKASSA_* variables. The section is parsed whatever
 * provider runs: the webhook's sender list is YooKassa's, and an added provider
 * that speaks its envelope shares it.
 */
export const yookassaSettings: AdapterSettings<typeof schema> = {
  path: ["payments", "yookassa"],
  schema,
  env: {
    YOOKASSA_API_URL: { key: "apiUrl" },
    YOOKASSA_SHOP_ID: { key: "shopId", secret: true },
    YOOKASSA_SECRET_KEY: { key: "secretKey", secret: true },
    YOOKASSA_WEBHOOK_URL: { key: "webhookUrl" },
    YOOKASSA_WEBHOOK_ALLOWED_IPS: { key: "webhookAllowedIps", kind: "list" },
  },
  requiredLabel: "YooKassa credentials",
  // YooKassa lets an SBP payment be paid for an hour: an intent offered longer would be cancelled under it.
  check: (settings, config) => {
    const intentTtlMs = (config as { payments: { intentTtlMs: number } }).payments.intentTtlMs;
    if (settings.paymentMethod !== "sbp" || intentTtlMs <= sbpPaymentWindowMs) return [];
    return [
      {
        path: ["payments", "intentTtlMs"],
        message: `must be at most ${sbpPaymentWindowMs} (an hour) with payments.yookassa.paymentMethod "sbp": YooKassa cancels an unpaid SBP payment after an hour`,
      },
    ];
  },
};

/** YooKassa v3 over HTTPS. */
export const yookassaDefinition = definePaymentProvider({
  name: "yookassa",
  takesRealMoney: true,
  settings: yookassaSettings,
  create: ({ settings }) => {
    const { shopId, secretKey } = settings;
    // parseConfig refuses to start without them while YooKassa runs.
    if (!shopId || !secretKey) throw new Error("YooKassa credentials are missing");
    return createYooKassaProvider({ ...settings, shopId, secretKey });
  },
});
