import { DomainError } from "@kiosk/core";
import { z } from "zod";
import { publicProcedure, router } from "../trpc";

export const systemRouter = router({
  /** Liveness: the process answers. */
  health: publicProcedure
    .output(z.object({ status: z.literal("ok"), environment: z.enum(["DEV", "PROD"]) }))
    .query(({ ctx }) => ({ status: "ok" as const, environment: ctx.config.environment })),
  /**
   * Readiness: storage takes a write and has room. A full disk must not look
   * healthy: the agent answers 503 here before a customer's payment fails on it.
   */
  ready: publicProcedure
    .output(z.object({ status: z.literal("ready"), freeBytes: z.number().nullable() }))
    .query(({ ctx }) => {
      const storage = ctx.checkStorage();
      if (!storage.ok) {
        throw new DomainError("STORAGE_UNAVAILABLE", "storage cannot take the agent's writes", {
          reason: storage.reason,
          freeBytes: storage.freeBytes,
        });
      }
      return { status: "ready" as const, freeBytes: storage.freeBytes };
    }),
});
