import { DomainError } from "@kiosk/core";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  attachment: { filename: string; content: Buffer };
  /** Stable per delivery: lets a provider (and a reader) spot a resend. */
  deliveryId: string;
}

export interface SmsMessage {
  to: string;
  text: string;
  deliveryId: string;
}

export interface EmailChannel {
  readonly provider: "smtp" | "sendgrid" | "dev";
  send(message: EmailMessage): Promise<{ messageId: string }>;
}

export interface SmsChannel {
  readonly provider: "twilio" | "smsc" | "dev";
  send(message: SmsMessage): Promise<{ messageId: string }>;
}

/**
 * A provider's refusal, told apart: a transient one (down, throttled, timed out)
 * is retried with backoff; a permanent one (bad address, bad credentials) is not.
 */
export class ChannelError extends DomainError {
  constructor(
    message: string,
    readonly transient: boolean,
    details: Record<string, unknown> = {},
  ) {
    super("PROVIDER_UNAVAILABLE", message, { ...details, transient });
  }
}

/** A fetch with a deadline whose network failures come back as transient channel errors. */
export async function fetchWithTimeout(
  url: string,
  init: RequestInit,
  timeoutMs: number,
  provider: string,
): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const what = error instanceof Error && error.name === "TimeoutError" ? "timed out" : "is unreachable";
    throw new ChannelError(`${provider} ${what}`, true, { provider });
  }
}

/** HTTP statuses worth retrying: throttling and server-side trouble. */
export const isTransientStatus = (status: number) => status === 408 || status === 429 || status >= 500;
