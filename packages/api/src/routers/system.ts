import { sql } from "drizzle-orm";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

export const systemRouter = router({
  /** Liveness: the process answers. */
  health: publicProcedure
    .output(z.object({ status: z.literal("ok"), environment: z.enum(["DEV", "PROD"]) }))
    .query(({ ctx }) => ({ status: "ok" as const, environment: ctx.config.environment })),
  /** Readiness: the database answers a query. */
  ready: publicProcedure.output(z.object({ status: z.literal("ready") })).query(({ ctx }) => {
    ctx.db.get(sql`select 1`);
    return { status: "ready" as const };
  }),
});
