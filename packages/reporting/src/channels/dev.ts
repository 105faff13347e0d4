import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { maskContact } from "@kiosk/core";
import { onFirstEmail } from "./lazy-mailer";
import { mailOptions } from "./mail";
import type { EmailChannel, SmsChannel } from "./types";

export interface DevLog {
  info(object: Record<string, unknown>, message: string): void;
}

async function writeAtomically(path: string, content: Buffer | string): Promise<void> {
  const temporary = `${path}.tmp`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** DEV email: the real MIME message, PDF attached, written as an .eml file under storage/outbox/. */
export function createDevEmailChannel(outboxDir: string, from: string, log: DevLog): EmailChannel {
  const builder = onFirstEmail((nodemailer) =>
    nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }),
  );
  return {
    provider: "dev",
    async send(message) {
      await mkdir(outboxDir, { recursive: true });
      const info = await (await builder()).sendMail(mailOptions(message, from));
      await writeAtomically(join(outboxDir, `${message.deliveryId}.eml`), info.message as Buffer);
      log.info(
        { channel: "email", to: maskContact(message.to), deliveryId: message.deliveryId },
        "dev email written to the outbox",
      );
      return { messageId: info.messageId };
    },
  };
}

/** DEV SMS: the text written under storage/outbox/, with its recipient in the first line. */
export function createDevSmsChannel(outboxDir: string, log: DevLog): SmsChannel {
  return {
    provider: "dev",
    async send(message) {
      await mkdir(outboxDir, { recursive: true });
      await writeAtomically(join(outboxDir, `${message.deliveryId}.sms.txt`), `To: ${message.to}\n\n${message.text}\n`);
      log.info(
        { channel: "sms", to: maskContact(message.to), deliveryId: message.deliveryId },
        "dev sms written to the outbox",
      );
      return { messageId: `dev-${message.deliveryId}` };
    },
  };
}
