import type { SendMailOptions } from "nodemailer";
import type { EmailMessage } from "./types";

/** The one MIME shape every nodemailer-built report email has: text body, PDF attached, delivery id header. */
export function mailOptions(message: EmailMessage, from: string): SendMailOptions {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    attachments: [
      { filename: message.attachment.filename, content: message.attachment.content, contentType: "application/pdf" },
    ],
    headers: { "X-Kiosk-Delivery-Id": message.deliveryId },
  };
}
