import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditRouter } from "./routers/audit";
import { catalogRouter } from "./routers/catalog";
import { devicesRouter } from "./routers/devices";
import { fleetRouter } from "./routers/fleet";
import { paymentsRouter } from "./routers/payments";
import { reportFilesRouter, reportsRouter } from "./routers/reports";
import { sessionsRouter } from "./routers/sessions";
import { systemRouter } from "./routers/system";
import { createCallerFactory, router } from "./trpc";

const procedures = {
  sessions: sessionsRouter,
  payments: paymentsRouter,
  reports: reportsRouter,
  audit: auditRouter,
  catalog: catalogRouter,
  devices: devicesRouter,
  fleet: fleetRouter,
  system: systemRouter,
};

/** What /trpc serves, and the kiosk's client is typed against. */
export const appRouter = router(procedures);

/** What the REST layer calls: the same procedures, plus answers /trpc cannot carry (a PDF's bytes). */
export const restRouter = router({ ...procedures, reportFiles: reportFilesRouter });

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
export const createRestCaller = createCallerFactory(restRouter);
