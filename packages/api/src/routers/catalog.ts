import { vehicleTypes } from "@kiosk/core";
import { z } from "zod";
import { kioskProcedure, router } from "../trpc";

const catalogView = z.object({
  environment: z.enum(["DEV", "PROD"]),
  companyName: z.string(),
  currency: z.literal("RUB"),
  services: z.object({
    thickness: z.object({
      /** Minor units (kopecks) per vehicle type. */
      prices: z.array(z.object({ vehicleType: z.enum(vehicleTypes), amount: z.number() })),
    }),
    diagnostics: z.object({ price: z.number() }),
  }),
  reports: z.object({ maxResends: z.number() }),
  kiosk: z.object({
    idleWarningMs: z.number(),
    idleCountdownMs: z.number(),
    doneTimeoutMs: z.number(),
    touchThrottleMs: z.number(),
    heartbeatMs: z.number(),
    simulatedScanMs: z.number(),
  }),
});
export type CatalogView = z.infer<typeof catalogView>;

export const catalogRouter = router({
  /**
   * What the kiosk screen offers and how it behaves: the two services with their
   * prices from config (the UI writes no price of its own) and the kiosk.* settings.
   */
  get: kioskProcedure.output(catalogView).query(({ ctx }) => {
    const { prices, reports, kiosk, environment } = ctx.config;
    return {
      environment,
      companyName: reports.companyName,
      currency: prices.currency,
      services: {
        thickness: {
          prices: vehicleTypes.map((vehicleType) => ({ vehicleType, amount: prices.thickness[vehicleType] })),
        },
        diagnostics: { price: prices.diagnostics },
      },
      reports: { maxResends: reports.maxResends },
      kiosk: {
        idleWarningMs: kiosk.idleWarningMs,
        idleCountdownMs: kiosk.idleCountdownMs,
        doneTimeoutMs: kiosk.doneTimeoutMs,
        touchThrottleMs: kiosk.touchThrottleMs,
        heartbeatMs: kiosk.heartbeatMs,
        simulatedScanMs: kiosk.simulatedScanMs,
      },
    };
  }),
});
