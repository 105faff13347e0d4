import { vehicleTypes } from "@kiosk/core";
import { deviceErrorCodes, serviceDevice } from "@kiosk/devices";
import { z } from "zod";
import { kioskProcedure, router } from "../trpc";

/** Whether a service's device (and the locker holding it) answers now: a service whose device does not is not sold. */
const deviceView = z.object({
  driver: z.string(),
  ready: z.boolean(),
  /** Why it is not ready (a stable code), or null. */
  error: z.enum(deviceErrorCodes).nullable(),
});

const catalogView = z.object({
  environment: z.enum(["DEV", "PROD"]),
  companyName: z.string(),
  currency: z.literal("RUB"),
  services: z.object({
    thickness: z.object({
      /** Minor units (kopecks) per vehicle type. */
      prices: z.array(z.object({ vehicleType: z.enum(vehicleTypes), amount: z.number() })),
      available: z.boolean(),
      device: deviceView,
    }),
    diagnostics: z.object({ price: z.number(), available: z.boolean(), device: deviceView }),
  }),
  reports: z.object({
    maxResends: z.number(),
    /** Reports get a short link from the fleet backoffice: the done screen shows it as a QR code once it lands. */
    links: z.boolean(),
    /**
     * The backoffice answers now: a customer may take the report by the QR code alone (no contact).
     * With it away the link would come after they left, so a contact is asked for.
     */
    qrOnly: z.boolean(),
  }),
  kiosk: z.object({
    idleWarningMs: z.number(),
    idleCountdownMs: z.number(),
    doneTimeoutMs: z.number(),
    touchThrottleMs: z.number(),
    heartbeatMs: z.number(),
  }),
});
export type CatalogView = z.infer<typeof catalogView>;

export const catalogRouter = router({
  /**
   * What the kiosk screen offers and how it behaves: the two services with their
   * prices from config (the UI writes no price of its own) and the kiosk.* settings.
   */
  get: kioskProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/api/catalog",
        summary: "The services, their prices and whether each can be sold now",
      },
    })
    .output(catalogView)
    .query(({ ctx }) => {
      const { prices, reports, kiosk, environment } = ctx.config;
      const obd = serviceDevice(ctx.devices, "diagnostics");
      const gauge = serviceDevice(ctx.devices, "thickness");
      return {
        environment,
        companyName: reports.companyName,
        currency: prices.currency,
        services: {
          thickness: {
            prices: vehicleTypes.map((vehicleType) => ({ vehicleType, amount: prices.thickness[vehicleType] })),
            available: gauge.ready,
            device: gauge,
          },
          diagnostics: { price: prices.diagnostics, available: obd.ready, device: obd },
        },
        reports: {
          maxResends: reports.maxResends,
          links: ctx.reporting.links !== null,
          qrOnly: ctx.reporting.links?.reachable ?? false,
        },
        kiosk: {
          idleWarningMs: kiosk.idleWarningMs,
          idleCountdownMs: kiosk.idleCountdownMs,
          doneTimeoutMs: kiosk.doneTimeoutMs,
          touchThrottleMs: kiosk.touchThrottleMs,
          heartbeatMs: kiosk.heartbeatMs,
        },
      };
    }),
});
