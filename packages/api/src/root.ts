import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditRouter } from "./routers/audit";
import { catalogRouter } from "./routers/catalog";
import { fleetRouter } from "./routers/fleet";
import { paymentsRouter } from "./routers/payments";
import { reportsRouter } from "./routers/reports";
import { sessionsRouter } from "./routers/sessions";
import { systemRouter } from "./routers/system";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  sessions: sessionsRouter,
  payments: paymentsRouter,
  reports: reportsRouter,
  audit: auditRouter,
  catalog: catalogRouter,
  fleet: fleetRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
