import { startPolling, type Worker } from "@kiosk/core";
import { payments, refunds, type Actor } from "@kiosk/db";
import { eq } from "drizzle-orm";
import { applyProviderPayment } from "./apply";
import type { PaymentDeps } from "./deps";
import { applyProviderRefund } from "./refunds";

const emulatorActor: Actor = { kind: "psp", ip: null, userAgent: "kiosk-agent emulator" };

/**
 * Delivers the emulator's notifications the way a PSP would: each one names a
 * payment, and the agent re-reads the payment from the provider before applying.
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
    if (notification.kind === "refund") {
      const refund = deps.db
        .select()
        .from(refunds)
        .where(eq(refunds.providerRefundId, notification.providerRefundId ?? ""))
        .get();
      if (!refund) return;
      const remote = await deps.provider.getRefund(refund.providerRefundId ?? "");
      const result = applyProviderRefund(
        deps,
        refund.id,
        remote,
        { source: "emulator", rawPayload: body, sourceIp: null },
        emulatorActor,
      );
      deps.metrics.paymentsWebhookReceived.inc({ result });
      return;
    }
    const remote = await deps.provider.getPayment(notification.providerPaymentId);
    const result = applyProviderPayment(
      deps,
      row.id,
      remote,
      { source: "emulator", rawPayload: body, sourceIp: null },
      emulatorActor,
    );
    deps.metrics.paymentsWebhookReceived.inc({ result });
  });
}

/** Polls often (250 ms) so a 2-second auto-confirm reaches the kiosk in about 2 seconds. */
export const startEmulatorWorker = (deps: PaymentDeps, onError: (error: unknown) => void): Worker =>
  startPolling(() => deliverEmulatorNotifications(deps), 250, onError);
