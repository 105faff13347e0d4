import { auditActors, listAuditEntries } from "@kiosk/db";
import { z } from "zod";
import { operatorProcedure, router } from "../trpc";

export const listAuditInput = z
  .object({
    entityType: z.enum(["session", "payment", "report", "delivery"]).optional(),
    entityId: z.string().trim().min(1).max(100).optional(),
    event: z.string().trim().min(1).max(64).optional(),
    /** Epoch ms, inclusive. */
    from: z.number().int().nonnegative().optional(),
    /** Epoch ms, inclusive. */
    to: z.number().int().nonnegative().optional(),
    limit: z.number().int().min(1).max(200).default(50),
    cursor: z.string().max(100).optional(),
  })
  .strict();

const auditEntry = z.object({
  id: z.number(),
  at: z.number(),
  actor: z.enum(auditActors),
  event: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  /** Masked when written: no full email or phone is ever stored here. */
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string().nullable(),
});

export const auditRouter = router({
  /** Who changed what and when: newest first, filtered by entity, event and time range. */
  list: operatorProcedure
    .meta({
      rest: {
        method: "GET",
        path: "/api/audit",
        summary:
          "Audit entries, newest first, filtered by entity, event and time range (epoch ms); contact data masked",
      },
    })
    .input(listAuditInput)
    .output(z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listAuditEntries(ctx.db, input)),
});
