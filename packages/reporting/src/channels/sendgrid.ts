import { stableMessageId } from "./mail";
import { ChannelError, fetchWithTimeout, isTransientStatus, type EmailChannel } from "./types";

export interface SendGridSettings {
  apiUrl: string;
  apiKey: string;
  from: string;
  timeoutMs: number;
}

/** "Имя <a@b.ru>" or "a@b.ru" into SendGrid's { email, name }. */
function parseAddress(from: string): { email: string; name?: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return match ? { email: match[2] ?? "", ...(match[1] ? { name: match[1] } : {}) } : { email: from.trim() };
}

/** Email through SendGrid's v3 `POST /v3/mail/send`: Bearer key, base64 attachment, 202 is success. */
export function createSendGridChannel(settings: SendGridSettings): EmailChannel {
  const url = `${settings.apiUrl.replace(/\/+$/, "")}/v3/mail/send`;
  return {
    provider: "sendgrid",
    async send(message) {
      const response = await fetchWithTimeout(
        url,
        {
          method: "POST",
          headers: { authorization: `Bearer ${settings.apiKey}`, "content-type": "application/json" },
          body: JSON.stringify({
            personalizations: [{ to: [{ email: message.to }] }],
            from: parseAddress(settings.from),
            subject: message.subject,
            content: [{ type: "text/plain", value: message.text }],
            attachments: [
              {
                content: message.attachment.content.toString("base64"),
                filename: message.attachment.filename,
                type: "application/pdf",
                disposition: "attachment",
              },
            ],
            headers: { "Message-ID": stableMessageId(message.deliveryId, settings.from) },
            custom_args: { delivery_id: message.deliveryId },
          }),
        },
        settings.timeoutMs,
        "SendGrid",
      );
      if (response.status === 202) return { messageId: response.headers.get("x-message-id") ?? message.deliveryId };
      const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
      const reason = body?.errors?.map((e) => e.message).join("; ") || `HTTP ${response.status}`;
      throw new ChannelError(`SendGrid: ${reason}`, isTransientStatus(response.status), {
        provider: "sendgrid",
        httpStatus: response.status,
      });
    },
  };
}
