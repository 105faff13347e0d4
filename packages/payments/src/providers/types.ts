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
  /** Where the payment's 54-FZ receipt stands (`receipt_registration`); null when none was sent. */
  receiptRegistration: ReceiptRegistration | null;
  raw: unknown;
}

export type ReceiptRegistration = "pending" | "succeeded" | "canceled";

/**
 * A 54-FZ receipt, in our terms: the provider adapter writes it in its wire
 * format (YooKassa's `receipt`). Amounts are kopecks.
 */
export interface Receipt {
  /** Where the fiscal receipt is sent: the customer's email, or phone in digits only (79001234567). */
  customer: { email: string } | { phone: string };
  items: ReceiptItem[];
  /** The shop's tax system (1-6), when the shop has more than one. */
  taxSystemCode?: number;
}

export interface ReceiptItem {
  /** Russian, at most 128 characters. */
  description: string;
  quantity: number;
  amount: number;
  /** YooKassa's vat_code: 1 is "without VAT". */
  vatCode: number;
  paymentSubject: "service";
  paymentMode: "full_payment";
}

export interface ProviderRefund {
  id: string;
  providerPaymentId: string;
  status: "pending" | "succeeded" | "canceled";
  amount: number;
  cancellationReason: string | null;
  receiptRegistration: ReceiptRegistration | null;
  raw: unknown;
}

export interface CreateRefundRequest {
  providerPaymentId: string;
  amount: number;
  currency: string;
  /** Our refund id: the same on every retry, so a retried refund gives money back once. */
  idempotenceKey: string;
  /** The refund's own receipt (a return of the payment's items) when receipts are on. */
  receipt?: Receipt;
}

export interface CreatePaymentRequest {
  /** Our payment id: stable across retries, so a retried create makes one payment. */
  idempotenceKey: string;
  amount: number;
  currency: string;
  description: string;
  metadata: Record<string, string>;
  /** Sent when receipts are on (54-FZ). */
  receipt?: Receipt;
  /** Restricts how the customer pays: `sbp` is the Faster Payments System's QR. */
  paymentMethod?: "sbp";
}

export interface ProviderNotification {
  event: string;
  /** What the notification is about: a payment's id, or a refund's (with its payment's). */
  kind: "payment" | "refund";
  providerPaymentId: string;
  /** For `refund.*` events. */
  providerRefundId: string | null;
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
  /** Asks for a refund; it may come back `pending` and settle later. */
  refundPayment(request: CreateRefundRequest): Promise<ProviderRefund>;
  getRefund(providerRefundId: string): Promise<ProviderRefund>;
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
