import {
  cancelPayment,
  confirmPaymentDev,
  controlEmulator,
  createIntent,
  createIntentInput,
  emulatorControlInput,
  getPayment,
  getPaymentStatus,
  paymentByIdInput,
  paymentIdSchema,
  paymentStatusView,
  paymentView,
  refundInput,
  refundPayment,
  type PaymentView,
} from "@kiosk/payments";
import { enforceRateLimit } from "@kiosk/core";
import { tracked } from "@trpc/server";
import { z } from "zod";
import { paymentsCtx } from "../context";
import { devOperatorProcedure, kioskProcedure, operatorProcedure, router } from "../trpc";

/** An SSE event id that changes with every status change, so a reconnect resumes exactly. */
const eventIdOf = (payment: PaymentView) => `${payment.updatedAt}:${payment.status}`;

/** The current state unless the client already saw it, then each change; ends once the payment left `pending`. */
async function* statusStream(current: PaymentView, changes: AsyncIterable<PaymentView>, lastEventId: string | null) {
  let lastSent = lastEventId;
  if (eventIdOf(current) !== lastSent) {
    lastSent = eventIdOf(current);
    yield tracked(lastSent, current);
  }
  if (current.status !== "pending") return;
  for await (const payment of changes) {
    if (eventIdOf(payment) === lastSent) continue;
    lastSent = eventIdOf(payment);
    yield tracked(lastSent, payment);
    if (payment.status !== "pending") return;
  }
}

export const paymentsRouter = router({
  createIntent: kioskProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/payments/intent",
        status: 201,
        summary: "Create a payment intent (amount in kopecks, must equal the service's price); returns QR data",
      },
    })
    .input(createIntentInput)
    .output(paymentView)
    .mutation(({ ctx, input }) => {
      enforceRateLimit(ctx.rateLimits.paymentIntents, ctx.caller.ip, "payment intents");
      return createIntent({ ctx: paymentsCtx(ctx), input });
    }),
  get: kioskProcedure
    .meta({ rest: { method: "GET", path: "/api/payments/intent/:id", summary: "A payment with its QR data" } })
    .input(paymentByIdInput)
    .output(paymentView)
    .query(({ ctx, input }) => getPayment({ ctx: paymentsCtx(ctx), input })),
  getStatus: kioskProcedure
    .meta({ rest: { method: "GET", path: "/api/payments/status/:id", summary: "A payment's status, for pollers" } })
    .input(paymentByIdInput)
    .output(paymentStatusView)
    .query(({ ctx, input }) => getPaymentStatus({ ctx: paymentsCtx(ctx), input })),
  cancel: kioskProcedure
    .meta({ rest: { method: "POST", path: "/api/payments/cancel/:id", summary: "Cancel a pending payment" } })
    .input(paymentByIdInput)
    .output(paymentView)
    .mutation(({ ctx, input }) => cancelPayment({ ctx: paymentsCtx(ctx), input })),
  confirm: devOperatorProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/payments/confirm/:id",
        summary: "Confirm a payment through the emulator (DEV only; 403 in PROD)",
      },
    })
    .input(paymentByIdInput)
    .output(paymentView)
    .mutation(({ ctx, input }) => confirmPaymentDev({ ctx: paymentsCtx(ctx), input })),
  emulatorControl: devOperatorProcedure
    .input(emulatorControlInput)
    .output(paymentView)
    .mutation(({ ctx, input }) => controlEmulator({ ctx: paymentsCtx(ctx), input })),
  refund: operatorProcedure
    .meta({
      rest: {
        method: "POST",
        path: "/api/payments/refund/:id",
        summary: "Refund a paid payment in full, or `amount` kopecks of it; pending until the provider says succeeded",
      },
    })
    .input(refundInput)
    .output(paymentView)
    .mutation(({ ctx, input }) => refundPayment({ ctx: paymentsCtx(ctx), input })),
  /**
   * Every status change of one payment, pushed at once over SSE. The current
   * state comes first (unless the client already saw it: resumable through
   * tracked ids); the stream ends when the payment leaves `pending`.
   */
  onStatus: kioskProcedure
    .input(z.object({ id: paymentIdSchema, lastEventId: z.string().nullish() }).strict())
    .subscription(({ ctx, input, signal }) => {
      const stop = AbortSignal.any([signal ?? new AbortController().signal, ctx.shutdownSignal]);
      // Listen before reading, so a change in between is not lost.
      const changes = ctx.payments.statusHub.subscribe(input.id, stop);
      // Read before the stream starts: an unknown id fails the call itself, mapped to
      // NOT_FOUND like any call's error, not the stream (where it would be a 500).
      const current = getPayment({ ctx: paymentsCtx(ctx), input: { id: input.id } });
      return statusStream(current, changes, input.lastEventId ?? null);
    }),
});
