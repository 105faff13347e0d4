import { createIntentInput, handleWebhook, paymentStatusView, paymentView, type WebhookGuard } from "@kiosk/payments";
import { z } from "zod";
import { RestResponse, type RestRoute } from "./rest-route";

type IntentInput = z.input<typeof createIntentInput>;

/** The seed's payment paths, plus the PSP webhook, which is not a procedure: it answers YooKassa. */
export function paymentRoutes(webhookGuard: WebhookGuard): RestRoute[] {
  return [
    {
      method: "POST",
      path: "/api/payments/intent",
      summary: "Create a payment intent (amount in kopecks, must equal the service's price); returns QR data",
      tier: "kiosk",
      successStatus: 201,
      body: createIntentInput,
      response: paymentView,
      handle: ({ caller, body }) => caller.payments.createIntent(body as IntentInput),
    },
    {
      method: "GET",
      path: "/api/payments/status/:id",
      summary: "A payment's status, for pollers",
      tier: "kiosk",
      response: paymentStatusView,
      handle: ({ caller, params }) => caller.payments.getStatus({ id: params.id ?? "" }),
    },
    {
      method: "GET",
      path: "/api/payments/intent/:id",
      summary: "A payment with its QR data",
      tier: "kiosk",
      response: paymentView,
      handle: ({ caller, params }) => caller.payments.get({ id: params.id ?? "" }),
    },
    {
      method: "POST",
      path: "/api/payments/confirm/:id",
      summary: "Confirm a payment through the emulator (DEV only, operator; 403 in PROD)",
      tier: "operator",
      response: paymentView,
      handle: ({ caller, params }) => caller.payments.confirm({ id: params.id ?? "" }),
    },
    {
      method: "POST",
      path: "/api/payments/cancel/:id",
      summary: "Cancel a pending payment",
      tier: "kiosk",
      response: paymentView,
      handle: ({ caller, params }) => caller.payments.cancel({ id: params.id ?? "" }),
    },
    {
      method: "POST",
      path: "/api/payments/refund/:id",
      summary: "Refund a confirmed payment (operator)",
      tier: "operator",
      response: paymentView,
      handle: ({ caller, params }) => caller.payments.refund({ id: params.id ?? "" }),
    },
    {
      method: "POST",
      path: "/api/payments/webhook",
      summary:
        "YooKassa notification. Accepted only from YooKassa's addresses (403 otherwise); the payment is re-fetched from YooKassa, the body is never trusted; 200 once recorded",
      tier: "public",
      body: z.object({ type: z.literal("notification"), event: z.string(), object: z.object({ id: z.string() }) }),
      response: z.object({ status: z.string() }),
      handle: async ({ inner, identity, body }) => {
        const answer = await handleWebhook(inner.payments, webhookGuard, {
          body,
          sourceIp: identity.ip,
          userAgent: identity.userAgent,
          requestId: identity.requestId,
        });
        return new RestResponse(answer.status, { status: answer.result });
      },
    },
  ];
}
