import { setImmediate as nextTurn } from "node:timers/promises";
import { startPolling, type Worker } from "@kiosk/core";
import { sql } from "drizzle-orm";
import type { Logger } from "pino";
import type { BackofficeDb } from "../db";
import { purgeEndedSessions } from "../accounts/sessions";
import { reportLinks } from "../schema";
import { purgeRateWindows } from "./rate-limit";

/** Rows handled per statement: a backlog after downtime never holds long locks. */
export const purgeBatch = 64;

/**
 * How long an expired link's tombstone stays (its PDF and page already gone),
 * so the link says "expired" (410) rather than "not found" (404) to a customer
 * who opens it late. Its openings go with it.
 */
export const tombstoneDays = 90;

/** Deletes the PDF and page of up to `purgeBatch` expired links; how many. */
async function clearExpired(db: BackofficeDb): Promise<number> {
  const cleared = await db.execute(sql`
    update ${reportLinks} set pdf = null, page = null
    where (kiosk_id, report_id) in (
      select kiosk_id, report_id from ${reportLinks}
      where expires_at <= now() and pdf is not null
      order by expires_at limit ${purgeBatch} for update skip locked)`);
  return cleared.rowCount ?? 0;
}

/** Deletes up to `purgeBatch` tombstones older than `tombstoneDays`; how many. */
async function deleteTombstones(db: BackofficeDb): Promise<number> {
  const deleted = await db.execute(sql`
    delete from ${reportLinks}
    where (kiosk_id, report_id) in (
      select kiosk_id, report_id from ${reportLinks}
      where expires_at <= now() - make_interval(days => ${tombstoneDays})
      order by expires_at limit ${purgeBatch} for update skip locked)`);
  return deleted.rowCount ?? 0;
}

async function drain(step: () => Promise<number>, signal?: AbortSignal): Promise<number> {
  let total = 0;
  while (!signal?.aborted) {
    const handled = await step();
    total += handled;
    if (handled === 0) break;
    await nextTurn();
  }
  return total;
}

/**
 * One retention pass, in batches: expired links lose their PDF and page (the
 * customer's data is gone the moment the link stops working), old tombstones
 * go, the rate limit's finished windows are forgotten, and so are console
 * sessions past their end. Safe on any number of replicas at once (`skip locked`).
 */
export async function purgeExpiredReports(db: BackofficeDb, signal?: AbortSignal) {
  const cleared = await drain(() => clearExpired(db), signal);
  const deleted = await drain(() => deleteTombstones(db), signal);
  const windows = await drain(() => purgeRateWindows(db, purgeBatch * 16), signal);
  const sessions = await drain(() => purgeEndedSessions(db, purgeBatch * 16), signal);
  return { cleared, deleted, windows, sessions };
}

/** Runs `purgeExpiredReports` now and every `intervalMs`; a failed pass is logged and the next one tries again. */
export function startReportRetention(db: BackofficeDb, intervalMs: number, logger: Logger): Worker {
  return startPolling(
    async (signal) => {
      const done = await purgeExpiredReports(db, signal);
      if (done.cleared + done.deleted > 0) logger.info(done, "expired report links purged");
    },
    intervalMs,
    (error) => logger.warn({ err: error }, "report link purge failed"),
  );
}
