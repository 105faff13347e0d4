import { auditActors, auditLogs } from "@kiosk/db";
import { and, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { TRPCError } from "@trpc/server";
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

const encodeCursor = (row: { at: number; id: number }) => Buffer.from(`${row.at}:${row.id}`).toString("base64url");

function decodeCursor(cursor: string): { at: number; id: number } {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split(":").map(Number);
  if (!Number.isSafeInteger(at) || !Number.isSafeInteger(id)) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "cursor is not valid" });
  }
  return { at: at as number, id: id as number };
}

export const auditRouter = router({
  /** Who changed what and when: newest first, filtered by entity, event and time range. */
  list: operatorProcedure
    .input(listAuditInput)
    .output(z.object({ items: z.array(auditEntry), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => {
      const filters: SQL[] = [];
      if (input.entityType) filters.push(eq(auditLogs.entityType, input.entityType));
      if (input.entityId) filters.push(eq(auditLogs.entityId, input.entityId));
      if (input.event) filters.push(eq(auditLogs.event, input.event));
      if (input.from !== undefined) filters.push(gte(auditLogs.at, input.from));
      if (input.to !== undefined) filters.push(lte(auditLogs.at, input.to));
      if (input.cursor) {
        const cursor = decodeCursor(input.cursor);
        const older = or(lt(auditLogs.at, cursor.at), and(eq(auditLogs.at, cursor.at), lt(auditLogs.id, cursor.id)));
        if (older) filters.push(older);
      }
      const rows = ctx.db
        .select()
        .from(auditLogs)
        .where(and(...filters))
        .orderBy(desc(auditLogs.at), desc(auditLogs.id))
        .limit(input.limit + 1)
        .all();
      const page = rows.slice(0, input.limit);
      const last = page.at(-1);
      return { items: page, nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null };
    }),
});
