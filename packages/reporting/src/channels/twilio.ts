import type TwilioSDK from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import { ChannelError, isTransientStatus, type SmsChannel } from "./types";

export interface TwilioSettings {
  /** Twilio's API root; a local fake in tests. The SDK's requests are sent here, path and query kept. */
  apiUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
  timeoutMs: number;
}

/** Twilio errors that a retry can cure (queue overflow, rate limits); the rest are final. */
const transientTwilioCodes = new Set([20429, 30001, 30022]);

/**
 * SMS through the official `twilio` SDK (`messages.create`). The SDK is about
 * 20 MB of code: it is imported on the first SMS, so a kiosk that sends none
 * (any SMS_PROVIDER but twilio) never loads it. Its own HTTP client option
 * carries the requests to `apiUrl` with the configured timeout.
 */
export function createTwilioChannel(settings: TwilioSettings): SmsChannel {
  let client: Promise<TwilioSDK.Twilio> | undefined;
  return {
    provider: "twilio",
    async send(message) {
      client ??= connect(settings);
      try {
        const sent = await (await client).messages.create({ to: message.to, from: settings.from, body: message.text });
        return { messageId: sent.sid };
      } catch (error) {
        throw channelErrorOf(error);
      }
    },
  };
}

async function connect(settings: TwilioSettings): Promise<TwilioSDK.Twilio> {
  const { default: twilio } = await import("twilio");
  const base = settings.apiUrl.replace(/\/+$/, "");
  /** The SDK's client, sending to `apiUrl` instead of api.twilio.com. */
  class RebasedRequestClient extends twilio.RequestClient {
    override request<TData>(opts: RequestClient.RequestOptions<TData>) {
      const target = new URL(opts.uri);
      return super.request<TData>({ ...opts, uri: `${base}${target.pathname}${target.search}` });
    }
  }
  return twilio(settings.accountSid, settings.authToken, {
    httpClient: new RebasedRequestClient({ timeout: settings.timeoutMs }),
  });
}

/** Twilio's refusal (a RestException with its code) or a network failure, as transient or final. */
function channelErrorOf(error: unknown): ChannelError {
  const rest = error as { status?: unknown; code?: unknown; message?: string; moreInfo?: string };
  if (typeof rest.status === "number") {
    const code = typeof rest.code === "number" ? rest.code : undefined;
    return new ChannelError(
      `Twilio: ${rest.message ?? `HTTP ${rest.status}`}${code ? ` (${code})` : ""}`,
      isTransientStatus(rest.status) || (code !== undefined && transientTwilioCodes.has(code)),
      { provider: "twilio", httpStatus: rest.status, providerCode: code },
    );
  }
  // No answer at all: refused, reset, or past the timeout. Worth another try.
  const reason = typeof rest.code === "string" ? rest.code : (rest.message ?? String(error));
  return new ChannelError(`Twilio: no answer (${reason})`, true, { provider: "twilio" });
}
