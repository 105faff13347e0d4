import { onFirstEmail } from "./lazy-mailer";
import { mailOptions } from "./mail";
import { ChannelError, type EmailChannel } from "./types";

export interface SmtpSettings {
  host: string;
  port: number;
  secure: boolean;
  user?: string | undefined;
  pass?: string | undefined;
  from: string;
  timeoutMs: number;
}

/** SMTP reply codes 4xx are "try again later"; 5xx are final. Connection trouble is transient. */
function classify(error: unknown): ChannelError {
  const e = error as { responseCode?: number; code?: string; message?: string };
  const message = `SMTP: ${e.message ?? String(error)}`;
  if (typeof e.responseCode === "number") {
    return new ChannelError(message, e.responseCode < 500, { provider: "smtp", responseCode: e.responseCode });
  }
  // EAUTH (bad credentials) and EENVELOPE (bad address) will not fix themselves.
  const permanent = e.code === "EAUTH" || e.code === "EENVELOPE";
  return new ChannelError(message, !permanent, { provider: "smtp", code: e.code });
}

/** Email over SMTP with nodemailer: the PDF attached, subject and body in Russian. */
export function createSmtpChannel(settings: SmtpSettings): EmailChannel {
  const transport = onFirstEmail((nodemailer) =>
    nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.user ? { auth: { user: settings.user, pass: settings.pass ?? "" } } : {}),
      connectionTimeout: settings.timeoutMs,
      greetingTimeout: settings.timeoutMs,
      socketTimeout: settings.timeoutMs,
      // Loopback test servers and small relays often have no certificate worth checking.
      tls: { rejectUnauthorized: settings.host !== "127.0.0.1" && settings.host !== "localhost" },
    }),
  );
  return {
    provider: "smtp",
    async send(message) {
      try {
        const info = await (await transport()).sendMail(mailOptions(message, settings.from));
        return { messageId: info.messageId };
      } catch (error) {
        throw classify(error);
      }
    },
  };
}
