import type { SendMailOptions } from "nodemailer";
import type { EmailMessage } from "./types";

/**
 * A Message-ID that depends only on the delivery: a send retried after a crash
 * (delivery is at least once) carries the same id, so mail servers and clients
 * that de-duplicate by Message-ID show the customer one letter.
 */
export function stableMessageId(deliveryId: string, from: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from)?.[1] ?? "kiosk-agent.invalid";
  return `<${deliveryId}@${domain}>`;
}

/** The one MIME shape every nodemailer-built report email has: text body, PDF attached, stable ids. */
export function mailOptions(message: EmailMessage, from: string): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    messageId: stableMessageId(message.deliveryId, from),
    attachments: [
      { filename: message.attachment.filename, content: message.attachment.content, contentType: "application/pdf" },
    ],
    headers: { "X-Kiosk-Delivery-Id": message.deliveryId },
  };
}
