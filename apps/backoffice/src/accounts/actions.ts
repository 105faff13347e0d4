import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import type { BackofficeDb } from "../db";
import { consoleAudit } from "../schema";
import type { ConsoleActionsFilter } from "./schemas";

/** One row of the console's own audit, as the audit page shows it. */
export interface ConsoleActionRow {
  id: number;
  at: Date;
  operatorId: string | null;
  operatorEmail: string | null;
  action: string;
  kioskId: string | null;
  target: string | null;
  details: Record<string, unknown>;
  /** Where from; null for all but admins. */
  ip: string | null;
}

/**
 * What a failed sign-in's row says to someone not an admin: not the email
 * typed (people type a password into it), and no one's address.
 */
function redacted(row: ConsoleActionRow): ConsoleActionRow {
  if (row.action !== "login.failed" || !("email" in row.details)) return { ...row, ip: null };
  const { email: _typed, ...details } = row.details;
  return { ...row, details, ip: null };
}

/**
 * What people did in the console, newest first, filtered by person, action,
 * kiosk and time. Rows are only ever appended, so id order is write order:
 * paging by `beforeId` follows it exactly (two rows of one `at` are never
 * skipped or shown twice). Only `admin` sees the typed emails of failed
 * sign-ins and the addresses.
 */
export async function consoleActions(
  db: BackofficeDb,
  filter: ConsoleActionsFilter,
  reader: { admin: boolean },
): Promise<ConsoleActionRow[]> {
  const where: SQL[] = [];
  if (filter.operatorId) where.push(eq(consoleAudit.operatorId, filter.operatorId));
  if (filter.action) where.push(eq(consoleAudit.action, filter.action));
  if (filter.kioskId) where.push(eq(consoleAudit.kioskId, filter.kioskId));
  if (filter.from !== undefined) where.push(gte(consoleAudit.at, new Date(filter.from)));
  if (filter.to !== undefined) where.push(lte(consoleAudit.at, new Date(filter.to)));
  if (filter.beforeId) where.push(lt(consoleAudit.id, filter.beforeId));
  const rows = await db
    .select()
    .from(consoleAudit)
    .where(and(...where))
    .orderBy(desc(consoleAudit.id))
    .limit(filter.limit);
  return reader.admin ? rows : rows.map(redacted);
}
