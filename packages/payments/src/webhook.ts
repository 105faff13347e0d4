import { audit, payments, type Actor } from "@kiosk/db";
import type { WebhookResult } from "@kiosk/metrics";
import { eq } from "drizzle-orm";
import { applyProviderPayment } from "./apply";
import type { PaymentDeps } from "./deps";
import { recordEvidence } from "./transition";

export interface WebhookRequest {
  body: unknown;
  sourceIp: string;
  userAgent: string | null;
  requestId?: string | null;
}

export interface WebhookResponse {
  /** 200 once recorded (YooKassa retries anything else for 24 h), 400 unreadable, 403 wrong sender. */
  status: 200 | 400 | 403;
  result: WebhookResult;
}

/**
 * A PSP notification. It is recorded whatever it says, and never believed: the
 * payment is re-fetched from the provider and that answer is applied.
 */
export async function handleWebhook(
  deps: PaymentDeps,
  isAllowedSender: (ip: string) => boolean,
  request: WebhookRequest,
): Promise<WebhookResponse> {
  const now = deps.clock.now();
  const actor: Actor = {
    kind: "psp",
    ip: request.sourceIp,
    userAgent: request.userAgent,
    requestId: request.requestId ?? null,
  };
  const notification = deps.provider.readNotification(request.body);
  const known = notification
    ? deps.db.select().from(payments).where(eq(payments.providerPaymentId, notification.providerPaymentId)).get()
    : undefined;
  const evidence = {
    source: "webhook" as const,
    providerStatus: null,
    rawPayload: request.body,
    sourceIp: request.sourceIp,
  };

  const finish = (response: WebhookResponse, event?: string, details: Record<string, unknown> = {}) => {
    deps.metrics.paymentsWebhookReceived.inc({ result: response.result });
    if (event) {
      deps.db.transaction((tx) => {
        recordEvidence(tx, known?.id ?? null, evidence, false, now);
        audit(tx, { actor, event, entityType: "payment", entityId: known?.id ?? "unknown", details, at: now });
      });
    }
    return response;
  };

  if (!isAllowedSender(request.sourceIp)) {
    return finish({ status: 403, result: "forbidden" }, "payment.webhook_rejected", { reason: "sender not allowed" });
  }
  if (!notification) return finish({ status: 400, result: "invalid" }, "payment.webhook_invalid");
  if (!known) {
    return finish({ status: 200, result: "unknown_payment" }, "payment.webhook_unknown", {
      providerPaymentId: notification.providerPaymentId,
      event: notification.event,
    });
  }
  if (notification.eventTime !== null) {
    deps.metrics.paymentsWebhookLag.observe(Math.max(0, (now - notification.eventTime) / 1000));
  }
  let remote;
  try {
    remote = await deps.provider.getPayment(notification.providerPaymentId);
  } catch {
    // Recorded; the reconciler will ask again. Answering 200 stops YooKassa's retries, which we no longer need.
    return finish({ status: 200, result: "fetch_failed" }, "payment.webhook_fetch_failed", {
      event: notification.event,
    });
  }
  const applied = applyProviderPayment(
    deps,
    known.id,
    remote,
    { ...evidence, rawPayload: { notification: request.body, fetched: remote.raw } },
    actor,
  );
  deps.metrics.paymentsWebhookReceived.inc({ result: applied });
  return { status: 200, result: applied };
}
