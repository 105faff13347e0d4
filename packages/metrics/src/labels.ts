/** How a request or provider call ended: low-cardinality, the same word everywhere. */
export type Outcome = "success" | "client_error" | "server_error";

/** The one rule from an HTTP status (an answer's, or the one its error maps to) to its outcome. */
export const outcomeOf = (status: number): Outcome =>
  status < 400 ? "success" : status < 500 ? "client_error" : "server_error";

/** Why a payment did not end confirmed: a fixed set, so the label stays low-cardinality. */
export const paymentFailureReasons = [
  "declined",
  "expired",
  "cancelled",
  "amount_mismatch",
  "provider_error",
  "other",
] as const;
export type PaymentFailureReason = (typeof paymentFailureReasons)[number];

/** What became of a webhook notification. */
export const webhookResults = [
  "applied",
  "unchanged",
  "duplicate",
  "unknown_payment",
  "forbidden",
  "invalid",
  "fetch_failed",
] as const;
export type WebhookResult = (typeof webhookResults)[number];

export interface AgentInfo {
  version: string;
  environment: string;
  paymentProvider: string;
}
