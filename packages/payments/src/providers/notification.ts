import { z } from "zod";
import type { ProviderNotification } from "./types";

/** YooKassa's notification envelope; the emulator speaks the same one. */
const notificationSchema = z.object({
  type: z.literal("notification"),
  event: z.string().min(1).max(64),
  object: z.object({ id: z.string().min(1).max(64), created_at: z.string().optional() }).loose(),
});

export function readNotification(body: unknown): ProviderNotification | null {
  const parsed = notificationSchema.safeParse(body);
  if (!parsed.success) return null;
  const time = parsed.data.object.created_at ? Date.parse(parsed.data.object.created_at) : Number.NaN;
  return {
    event: parsed.data.event,
    providerPaymentId: parsed.data.object.id,
    eventTime: Number.isNaN(time) ? null : time,
  };
}
