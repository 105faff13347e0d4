import { paymentStatuses, receiptRegistrations, refundStatuses } from "@kiosk/db";
import { z } from "zod";

export const paymentStatusSchema = z.enum(paymentStatuses);
export type PaymentStatus = z.infer<typeof paymentStatusSchema>;

/** YooKassa's limits: at most 16 keys, keys up to 32 characters, values up to 512. */
export const paymentMetadataSchema = z
  .record(z.string().min(1).max(32), z.string().max(512))
  .refine((m) => Object.keys(m).length <= 16, { message: "metadata may have at most 16 keys" });

export const paymentIdSchema = z.string().trim().min(1).max(100);
export const paymentByIdInput = z.object({ id: paymentIdSchema }).strict();
export type PaymentByIdInput = z.infer<typeof paymentByIdInput>;

export const createIntentInput = z
  .object({
    sessionId: z.string().trim().min(1).max(100),
    /** Minor units (kopecks): 48000 is 480.00 RUB. */
    amount: z.number().int().positive().max(100_000_000),
    currency: z.literal("RUB").default("RUB"),
    metadata: paymentMetadataSchema.optional(),
    /** Lets a client retry a create safely: same key and request, same payment. */
    idempotencyKey: z.string().trim().min(8).max(64).optional(),
  })
  .strict();
export type CreateIntentInput = z.input<typeof createIntentInput>;

export const paymentView = z.object({
  id: z.string(),
  sessionId: z.string(),
  amount: z.number(),
  currency: z.string(),
  status: paymentStatusSchema,
  /** The registered provider that took it: `emulator`, `yookassa`, or one a build adds. */
  provider: z.string(),
  qrCodeData: z.string().nullable(),
  confirmationUrl: z.string().nullable(),
  failureReason: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  confirmedAt: z.number().nullable(),
  expiresAt: z.number(),
  /** Kopecks given back by completed refunds. */
  refundedAmount: z.number(),
  /** Where the 54-FZ receipt stands at the provider; null when none was sent. */
  receiptRegistration: z.enum(receiptRegistrations).nullable(),
  /** Refunds asked for, oldest first; pending until the provider answers. */
  refunds: z.array(
    z.object({
      id: z.string(),
      amount: z.number(),
      status: z.enum(refundStatuses),
      receiptRegistration: z.enum(receiptRegistrations).nullable(),
      cancellationReason: z.string().nullable(),
      createdAt: z.number(),
      updatedAt: z.number(),
    }),
  ),
});
export type PaymentView = z.infer<typeof paymentView>;

export const refundInput = z
  .object({
    id: paymentIdSchema,
    /** Kopecks to give back; all that is left when absent. */
    amount: z.number().int().positive().max(100_000_000).optional(),
    /**
     * The caller's key for this refund (a fleet command's id): asked again with
     * it, the same refund is sent again or answered, never a second one.
     */
    idempotencyKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,56}$/)
      .optional(),
  })
  .strict();
export type RefundInput = z.infer<typeof refundInput>;

export const paymentStatusView = paymentView.pick({ id: true, status: true, updatedAt: true, failureReason: true });
export type PaymentStatusView = z.infer<typeof paymentStatusView>;

export const emulatorControlInput = z
  .object({
    id: paymentIdSchema,
    /** The emulated bank declines instead of paying. */
    outcome: z.enum(["succeed", "decline"]).optional(),
    /** Settle this many ms from now instead of after autoConfirmDelayMs. */
    delayMs: z.number().int().min(0).max(3_600_000).optional(),
    /** Send the next notification this many times (duplicate delivery). */
    notifications: z.number().int().min(1).max(10).optional(),
  })
  .strict();
export type EmulatorControlInput = z.infer<typeof emulatorControlInput>;

/** A PSP notification as the webhook receives it: the body, never believed, and the address it came from. */
export const webhookInput = z.object({ body: z.unknown(), sourceIp: z.string() });
export type WebhookInput = z.infer<typeof webhookInput>;
