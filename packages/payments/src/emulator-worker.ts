import { startPolling, type Worker } from "@kiosk/core";
import { payments, type Actor } from "@kiosk/db";
import { eq } from "drizzle-orm";
import type { PaymentDeps } from "./deps";
import { applyFetched, fetchNotified } from "./notified";

const emulatorActor: Actor = { kind: "psp", ip: null, userAgent: "kiosk-agent emulator" };

/**
 * Delivers the emulator's notifications the way a PSP would: each one names a
 * payment or a refund, and the agent re-reads it from the provider before applying,
 * exactly as the webhook does.
 */
export async function deliverEmulatorNotifications(deps: PaymentDeps): Promise<number> {
  if (!deps.emulator) return 0;
  return deps.emulator.processDue(async (body) => {
    const notification = deps.provider.readNotification(body);
    if (!notification) return;
    const row = deps.db
      .select()
      .from(payments)
      .where(eq(payments.providerPaymentId, notification.providerPaymentId))
      .get();
    if (!row) return;
    const fetched = await fetchNotified(deps, row.id, notification);
    if (!fetched) return;
    const result = applyFetched(deps, fetched, { source: "emulator", rawPayload: body, sourceIp: null }, emulatorActor);
    deps.metrics.paymentsWebhookReceived.inc({ result });
  });
}

/** Polls often (250 ms) so a 2-second auto-confirm reaches the kiosk in about 2 seconds. */
export const startEmulatorWorker = (deps: PaymentDeps, onError: (error: unknown) => void): Worker =>
  startPolling(() => deliverEmulatorNotifications(deps), 250, onError);
