import { redriveFleetEvents, refusedFleetEvents } from "@kiosk/db";
import { z } from "zod";
import { operatorProcedure, router } from "../trpc";

const refusedEvent = z.object({
  eventId: z.string(),
  event: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  at: z.number(),
  refusedAt: z.number().nullable(),
  /** The backoffice's reason: the field and why. */
  refusal: z.string().nullable(),
  attempts: z.number(),
});

export const fleetRouter = router({
  /** Fleet events the backoffice refused, set aside while the rest went on; oldest first. */
  refused: operatorProcedure
    .meta({ rest: { method: "GET", path: "/api/fleet/refused", summary: "Fleet events the backoffice refused" } })
    .input(z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict())
    .output(z.object({ items: z.array(refusedEvent) }))
    .query(({ ctx, input }) => ({ items: refusedFleetEvents(ctx.db, input.limit) })),
  /** Puts refused events back in line (one by id, or all), e.g. once the backoffice was upgraded to take them. */
  redrive: operatorProcedure
    .meta({
      rest: { method: "POST", path: "/api/fleet/redrive", summary: "Send refused fleet events again (one, or all)" },
    })
    .input(z.object({ eventId: z.string().min(1).max(64).optional() }).strict())
    .output(z.object({ redriven: z.number() }))
    .mutation(({ ctx, input }) => ({ redriven: redriveFleetEvents(ctx.db, input.eventId) })),
});
