import { z } from "zod";
import type { ProviderNotification } from "./types";

/** YooKassa's notification envelope; the emulator speaks the same one. */
const notificationSchema = z.object({
  type: z.literal("notification"),
  event: z.string().min(1).max(64),
  object: z
    .object({
      id: z.string().min(1).max(64),
      payment_id: z.string().min(1).max(64).optional(),
      captured_at: z.string().optional(),
    })
    .loose(),
});

export function readNotification(body: unknown): ProviderNotification | null {
  const parsed = notificationSchema.safeParse(body);
  if (!parsed.success) return null;
  // YooKassa stamps no event time on a notification; for a success, captured_at is when the money moved.
  const time = parsed.data.object.captured_at ? Date.parse(parsed.data.object.captured_at) : Number.NaN;
  const { event, object } = parsed.data;
  // A refund's notification carries the refund, with its payment's id beside it.
  if (event.startsWith("refund.")) {
    if (!object.payment_id) return null;
    return {
      event,
      kind: "refund",
      providerPaymentId: object.payment_id,
      providerRefundId: object.id,
      eventTime: null,
    };
  }
  return {
    event,
    kind: "payment",
    providerPaymentId: object.id,
    providerRefundId: null,
    eventTime: Number.isNaN(time) ? null : time,
  };
}
