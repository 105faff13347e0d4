import { createHash } from "node:crypto";
import { DomainError, parseInput, type VerbArgs } from "@kiosk/core";
import { payments, type Actor, type AuditEvent } from "@kiosk/db";
import type { WebhookResult } from "@kiosk/metrics";
import { eq } from "drizzle-orm";
import { applyFetched, fetchNotified } from "./notified";
import type { PaymentCtx } from "./deps";
import { webhookInput, type WebhookInput } from "./schemas";
import { recordEvidence, type Evidence } from "./transition";

/** A notification as the HTTP layer hands it over: the verb's input and who sent it. */
export interface WebhookRequest extends WebhookInput {
  userAgent: string | null;
  requestId?: string | null;
}

/** Who a notification's audit rows name: the PSP, at the address it came from. */
export const webhookActor = (request: WebhookRequest): Actor => ({
  kind: "psp",
  ip: request.sourceIp,
  userAgent: request.userAgent,
  requestId: request.requestId ?? null,
});

export interface WebhookResponse {
  /** 200 once recorded (YooKassa retries anything else for 24 h), 400 unreadable, 403 wrong sender. */
  status: 200 | 400 | 403;
  result: WebhookResult;
}

/**
 * What is kept of a notification we refuse (wrong sender) or cannot read: its
 * size and digest, never its body, so nobody can grow the database through us.
 */
function fingerprint(body: unknown): { bytes: number; sha256: string } {
  const text = JSON.stringify(body) ?? "";
  return { bytes: Buffer.byteLength(text), sha256: createHash("sha256").update(text).digest("hex") };
}

/**
 * A PSP notification, never believed: the payment is re-fetched from the
 * provider and that answer is applied. A notification from a wrong sender or
 * one we cannot read is recorded by its fingerprint only, and only up to a
 * limit per sender.
 */
export async function handleWebhook({ ctx, input }: VerbArgs<PaymentCtx, WebhookInput>): Promise<WebhookResponse> {
  const { deps, actor } = ctx;
  const guard = deps.webhookGuard;
  const request = parseInput(webhookInput, input);
  const now = deps.clock.now();
  const notification = deps.provider.readNotification(request.body);
  const known = notification
    ? deps.db.select().from(payments).where(eq(payments.providerPaymentId, notification.providerPaymentId)).get()
    : undefined;
  const evidence: Evidence = {
    source: "webhook",
    providerStatus: null,
    rawPayload: request.body,
    sourceIp: request.sourceIp,
  };

  const finish = (response: WebhookResponse, event?: AuditEvent, details: Record<string, unknown> = {}) => {
    deps.metrics.paymentsWebhookReceived.inc({ result: response.result });
    if (event) {
      deps.db.transaction((tx) => {
        recordEvidence(tx, known?.id ?? null, evidence, false, now);
        deps.audit(tx, { actor, event, entityType: "payment", entityId: known?.id ?? "unknown", details, at: now });
      });
    }
    return response;
  };
  const refuse = (response: WebhookResponse, event: AuditEvent, details: Record<string, unknown>) => {
    if (!guard.mayRecordRefusal(request.sourceIp)) return finish(response);
    const print = fingerprint(request.body);
    evidence.rawPayload = print;
    return finish(response, event, { ...details, ...print });
  };

  if (!guard.isAllowedSender(request.sourceIp)) {
    return refuse({ status: 403, result: "forbidden" }, "payment.webhook_rejected", { reason: "sender not allowed" });
  }
  if (!notification) return refuse({ status: 400, result: "invalid" }, "payment.webhook_invalid", {});
  if (!known) {
    return finish({ status: 200, result: "unknown_payment" }, "payment.webhook_unknown", {
      providerPaymentId: notification.providerPaymentId,
      event: notification.event,
    });
  }
  if (notification.eventTime !== null) {
    deps.metrics.paymentsWebhookLag.observe(Math.max(0, (now - notification.eventTime) / 1000));
  }
  let fetched;
  try {
    fetched = await fetchNotified(deps, known.id, notification);
  } catch (error) {
    // Only the provider's own failure is answered 200 (recorded; the reconciler asks
    // again). A bug or a storage failure must not tell YooKassa to stop retrying.
    if (!(error instanceof DomainError)) throw error;
    return finish({ status: 200, result: "fetch_failed" }, "payment.webhook_fetch_failed", {
      event: notification.event,
    });
  }
  if (!fetched) {
    return finish({ status: 200, result: "unknown_payment" }, "payment.webhook_unknown", {
      providerRefundId: notification.providerRefundId,
      event: notification.event,
    });
  }
  const applied = applyFetched(
    deps,
    fetched,
    { ...evidence, rawPayload: { notification: request.body, fetched: fetched.remote.raw } },
    actor,
  );
  deps.metrics.paymentsWebhookReceived.inc({ result: applied });
  return { status: 200, result: applied };
}
