import { DomainError, httpErrorOf } from "@kiosk/core";
import { outcomeOf, type Metrics, type Outcome } from "@kiosk/metrics";
import type { PaymentProvider } from "./types";

/** A refusal about what we sent (a 4xx code) is ours; an outage or anything unforeseen is the provider's. */
const failureOutcome = (error: unknown): Outcome =>
  error instanceof DomainError ? outcomeOf(httpErrorOf(error.code).status) : "server_error";

/** The same provider, with every call timed and counted by operation and outcome. */
export function instrumentPaymentProvider(provider: PaymentProvider, metrics: Metrics): PaymentProvider {
  const timed =
    <A extends unknown[], R>(operation: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const stop = metrics.providerDuration.startTimer({ provider: provider.name, operation });
      try {
        const result = await call(...args);
        stop({ outcome: "success" });
        return result;
      } catch (error) {
        stop({ outcome: failureOutcome(error) });
        throw error;
      }
    };
  return {
    name: provider.name,
    createPayment: timed("create_payment", (request) => provider.createPayment(request)),
    getPayment: timed("get_payment", (id) => provider.getPayment(id)),
    cancelPayment: timed("cancel_payment", (id, key) => provider.cancelPayment(id, key)),
    refundPayment: timed("refund_payment", (request) => provider.refundPayment(request)),
    getRefund: timed("get_refund", (id) => provider.getRefund(id)),
    readNotification: (body) => provider.readNotification(body),
  };
}
