import { paymentIdSchema, type WebhookRequest, type WebhookResponse } from "@kiosk/payments";
import { reportIdSchema } from "@kiosk/reporting";
import { z } from "zod";
import { RestResponse, type RestRoute } from "./rest-route";

/** A PSP notification, checked against the sender allowlist by the composition root's guard. */
export type ReceiveWebhook = (request: WebhookRequest) => Promise<WebhookResponse>;

/**
 * The two REST paths that are not a procedure's JSON: YooKassa's notification
 * (it answers the PSP with its own statuses) and the report's raw PDF.
 */
export function explicitRoutes(receiveWebhook: ReceiveWebhook): RestRoute[] {
  return [
    {
      method: "POST",
      path: "/api/payments/webhook",
      summary:
        "YooKassa notification. Accepted only from YooKassa's addresses (403 otherwise); the payment is re-fetched from YooKassa, the body is never trusted; 200 once recorded",
      tier: "public",
      successStatus: 200,
      input: z.object({
        type: z.literal("notification"),
        event: z.string(),
        object: z.object({ id: paymentIdSchema }),
      }),
      response: z.object({ status: z.string() }),
      limited: false,
      handle: async ({ identity, body }) => {
        const answer = await receiveWebhook({
          body,
          sourceIp: identity.ip,
          userAgent: identity.userAgent,
          requestId: identity.requestId,
        });
        return new RestResponse(answer.status, { status: answer.result });
      },
    },
    {
      method: "GET",
      path: "/api/reports/:id/pdf",
      summary: "The report's PDF (`reports.getPdf` gives it base64 over tRPC)",
      tier: "kiosk",
      successStatus: 200,
      input: z.object({ id: reportIdSchema }),
      responseType: "application/pdf",
      limited: false,
      handle: async ({ caller, params }) => {
        const file = await caller.reportFiles.pdf({ id: params.id ?? "" });
        return new RestResponse(200, file.pdf, {
          "content-type": "application/pdf",
          "content-disposition": `attachment; filename="${file.fileName}"`,
          etag: `"${file.sha256}"`,
        });
      },
    },
  ];
}
