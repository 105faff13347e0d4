import { DomainError } from "@kiosk/core";
import { ingestRequest } from "@kiosk/fleet-contract";
import type { BackofficeConfig } from "./config";
import type { BackofficeDb } from "./db";
import {
  auditFilter,
  deadDeliveries,
  fleetAudit,
  fleetOverview,
  fleetPaymentList,
  paymentsFilter,
  refundQueue,
} from "./fleet";
import { ingest } from "./ingest";
import type { BackofficeMetrics } from "./metrics";
import { tokenMatches } from "@kiosk/node-http";
import { kioskOfToken } from "./tokens";
import { t } from "./trpc";

export interface BackofficeContext {
  db: BackofficeDb;
  config: BackofficeConfig;
  metrics: BackofficeMetrics;
  /** The bearer token sent, if any. */
  token: string | null;
  now: () => Date;
}

const operatorProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.token) throw new DomainError("UNAUTHORIZED", "an operator token is required");
  if (!tokenMatches(ctx.token, ctx.config.operatorToken)) throw new DomainError("FORBIDDEN", "not an operator token");
  return next();
});

/** Kiosks only, with a token of theirs, checked before the body is parsed. */
const kioskProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.token) throw new DomainError("UNAUTHORIZED", "a kiosk token is required");
  const kioskId = kioskOfToken(ctx.config, ctx.token);
  if (!kioskId) throw new DomainError("FORBIDDEN", "not a kiosk token");
  return next({ ctx: { kioskId } });
});

export const backofficeRouter = t.router({
  health: t.procedure.query(() => ({ status: "ok" as const })),
  /**
   * A kiosk's batch of fleet events, authenticated by that kiosk's own token.
   * Idempotent per event id; answers how many were new, how many were already
   * stored, and which were refused (each by itself, with the field and why).
   */
  ingest: kioskProcedure.input(ingestRequest).mutation(async ({ ctx, input }) => {
    if (input.kioskId !== ctx.kioskId) {
      throw new DomainError("FORBIDDEN", "the token is not this kiosk's");
    }
    if (input.events.length > ctx.config.maxBatch) {
      throw new DomainError("PAYLOAD_TOO_LARGE", `at most ${ctx.config.maxBatch} events per batch`);
    }
    const result = await ingest(ctx.db, input, ctx.now());
    ctx.metrics.eventsIngested.inc({ result: "new" }, result.accepted);
    ctx.metrics.eventsIngested.inc({ result: "duplicate" }, result.duplicates);
    ctx.metrics.eventsIngested.inc({ result: "refused" }, result.refused.length);
    return result;
  }),
  fleet: t.router({
    kiosks: operatorProcedure.query(({ ctx }) =>
      fleetOverview(ctx.db, { now: ctx.now(), silentAfterMs: ctx.config.silentAfterMs, timeZone: ctx.config.timezone }),
    ),
    payments: operatorProcedure.input(paymentsFilter).query(({ ctx, input }) => fleetPaymentList(ctx.db, input)),
    refundQueue: operatorProcedure.query(({ ctx }) => refundQueue(ctx.db)),
    deadDeliveries: operatorProcedure.query(({ ctx }) => deadDeliveries(ctx.db)),
    audit: operatorProcedure.input(auditFilter).query(({ ctx, input }) => fleetAudit(ctx.db, input)),
  }),
});

export type BackofficeRouter = typeof backofficeRouter;
