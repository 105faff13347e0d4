import type { Metrics } from "@kiosk/metrics";
import { ChannelError, type EmailChannel, type SmsChannel } from "./types";

async function timed<R>(metrics: Metrics, provider: string, operation: string, call: () => Promise<R>): Promise<R> {
  const stop = metrics.providerDuration.startTimer({ provider, operation });
  try {
    const result = await call();
    stop({ outcome: "success" });
    return result;
  } catch (error) {
    // A permanent refusal is about what we sent (client_error); anything else is the provider's trouble.
    stop({ outcome: error instanceof ChannelError && !error.transient ? "client_error" : "server_error" });
    throw error;
  }
}

/** The same channels, with every send timed and counted by provider and outcome. */
export function instrumentChannels(channels: { email: EmailChannel; sms: SmsChannel }, metrics: Metrics) {
  const { email, sms } = channels;
  return {
    email: {
      provider: email.provider,
      send: (m) => timed(metrics, email.provider, "send_email", () => email.send(m)),
    } satisfies EmailChannel,
    sms: {
      provider: sms.provider,
      send: (m) => timed(metrics, sms.provider, "send_sms", () => sms.send(m)),
    } satisfies SmsChannel,
  };
}
