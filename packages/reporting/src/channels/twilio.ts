import { ChannelError, fetchWithTimeout, isTransientStatus, type SmsChannel } from "./types";

export interface TwilioSettings {
  apiUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
  timeoutMs: number;
}

/** Twilio errors that a retry can cure (queue overflow, rate limits); the rest are final. */
const transientTwilioCodes = new Set([20429, 30001, 30022]);

/** SMS through Twilio's REST API: `POST /2010-04-01/Accounts/{sid}/Messages.json`, form-encoded, Basic auth. */
export function createTwilioChannel(settings: TwilioSettings): SmsChannel {
  const url = `${settings.apiUrl.replace(/\/+$/, "")}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${settings.accountSid}:${settings.authToken}`).toString("base64")}`;
  return {
    provider: "twilio",
    async send(message) {
      const response = await fetchWithTimeout(
        url,
        {
          method: "POST",
          headers: { authorization, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
          body: new URLSearchParams({ To: message.to, From: settings.from, Body: message.text }).toString(),
        },
        settings.timeoutMs,
        "Twilio",
      );
      const body = (await response.json().catch(() => null)) as {
        sid?: string;
        code?: number;
        message?: string;
      } | null;
      if (response.status === 201 && body?.sid) return { messageId: body.sid };
      const code = body?.code;
      throw new ChannelError(
        `Twilio: ${body?.message ?? `HTTP ${response.status}`}${code ? ` (${code})` : ""}`,
        isTransientStatus(response.status) || (code !== undefined && transientTwilioCodes.has(code)),
        { provider: "twilio", httpStatus: response.status, providerCode: code },
      );
    },
  };
}
