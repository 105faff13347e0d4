/** What a PSP says a payment is, in its own vocabulary (YooKassa's). */
export type ProviderStatus = "pending" | "waiting_for_capture" | "succeeded" | "canceled";

export interface ProviderPayment {
  id: string;
  status: ProviderStatus;
  /** Minor units. */
  amount: number;
  currency: string;
  qrCodeData: string | null;
  confirmationUrl: string | null;
  /** `cancellation_details.reason` when canceled. */
  cancellationReason: string | null;
  raw: unknown;
}

export interface CreatePaymentRequest {
  /** Our payment id: stable across retries, so a retried create makes one payment. */
  idempotenceKey: string;
  amount: number;
  currency: string;
  description: string;
  metadata: Record<string, string>;
}

export interface ProviderNotification {
  event: string;
  providerPaymentId: string;
  /** When the provider says the event happened, if it says. */
  eventTime: number | null;
}

/** A payment service provider: the DEV emulator, YooKassa, or any registered one (providers/registry.ts). */
export interface PaymentProvider {
  /** The registered name: stored on each payment, and the metrics' `provider` label. */
  readonly name: string;
  createPayment(request: CreatePaymentRequest): Promise<ProviderPayment>;
  getPayment(providerPaymentId: string): Promise<ProviderPayment>;
  cancelPayment(providerPaymentId: string, idempotenceKey: string): Promise<ProviderPayment>;
  refundPayment(
    providerPaymentId: string,
    amount: number,
    currency: string,
    idempotenceKey: string,
  ): Promise<{ id: string; status: string }>;
  /** Reads a webhook body; null when it is not a payment notification. Never trusted for status. */
  readNotification(body: unknown): ProviderNotification | null;
}

/** Amounts cross the wire as decimal strings: 48000 kopecks is "480.00". */
export function toDecimal(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}

export function fromDecimal(value: string): number {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value);
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? "0").padEnd(2, "0"));
}
