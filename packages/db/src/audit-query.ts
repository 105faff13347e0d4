import { decodeCursor, encodeCursor } from "@kiosk/core";
import { and, desc, eq, gte, lt, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "./create-db";
import { auditLogs, type AuditRow } from "./schema";

export interface AuditFilter {
  entityType?: string | undefined;
  entityId?: string | undefined;
  event?: string | undefined;
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  /** Epoch ms, inclusive. */
  to?: number | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Audit rows newest first, filtered by entity, event and time range, a page at a time. */
export function listAuditEntries(db: Db, filter: AuditFilter): { items: AuditRow[]; nextCursor: string | null } {
  const filters: SQL[] = [];
  if (filter.entityType) filters.push(eq(auditLogs.entityType, filter.entityType));
  if (filter.entityId) filters.push(eq(auditLogs.entityId, filter.entityId));
  if (filter.event) filters.push(eq(auditLogs.event, filter.event));
  if (filter.from !== undefined) filters.push(gte(auditLogs.at, filter.from));
  if (filter.to !== undefined) filters.push(lte(auditLogs.at, filter.to));
  if (filter.cursor) {
    const cursor = decodeCursor(filter.cursor);
    const id = Number(cursor.id);
    const older = or(lt(auditLogs.at, cursor.at), and(eq(auditLogs.at, cursor.at), lt(auditLogs.id, id)));
    if (older) filters.push(older);
  }
  const rows = db
    .select()
    .from(auditLogs)
    .where(and(...filters))
    .orderBy(desc(auditLogs.at), desc(auditLogs.id))
    .limit(filter.limit + 1)
    .all();
  const items = rows.slice(0, filter.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > filter.limit && last ? encodeCursor(last.at, last.id) : null };
}
