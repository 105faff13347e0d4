import { DomainError } from "@kiosk/core";
import { ingestRequest } from "@kiosk/fleet-contract";
import { accountsRouter, authRouter } from "./accounts/router";
import { commandsRouter } from "./commands/router";
import { fleetRouter } from "./fleet-router";
import { ingest } from "./ingest";
import { kiosksRouter } from "./kiosks/router";
import { kioskProcedure } from "./procedures";
import { t } from "./trpc";

export type { BackofficeContext } from "./procedures";

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
  fleet: fleetRouter,
  auth: authRouter,
  accounts: accountsRouter,
  kiosks: kiosksRouter,
  commands: commandsRouter,
});

export type BackofficeRouter = typeof backofficeRouter;
