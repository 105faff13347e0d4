import { auditFilter, fleetAudit } from "./fleet/audit";
import { fleetOverview } from "./fleet/overview";
import { paymentKey, paymentStory } from "./fleet/payment-story";
import { fleetPaymentList, paymentsFilter } from "./fleet/payments";
import { deadDeliveries, refundQueue } from "./fleet/queues";
import { viewerProcedure } from "./procedures";
import { t } from "./trpc";

/** What the console reads about the fleet: every kiosk's sessions, payments, deliveries and audit. */
export const fleetRouter = t.router({
  kiosks: viewerProcedure.query(({ ctx }) =>
    fleetOverview(ctx.db, { now: ctx.now(), silentAfterMs: ctx.config.silentAfterMs, timeZone: ctx.config.timezone }),
  ),
  payments: viewerProcedure.input(paymentsFilter).query(({ ctx, input }) => fleetPaymentList(ctx.db, input)),
  payment: viewerProcedure.input(paymentKey).query(({ ctx, input }) => paymentStory(ctx.db, input)),
  refundQueue: viewerProcedure.query(({ ctx }) => refundQueue(ctx.db)),
  deadDeliveries: viewerProcedure.query(({ ctx }) => deadDeliveries(ctx.db)),
  audit: viewerProcedure.input(auditFilter).query(({ ctx, input }) => fleetAudit(ctx.db, input)),
});
