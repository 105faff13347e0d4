import { startPolling, type Worker } from "@kiosk/core";
import type { Logger } from "pino";
import type { BackofficeDb } from "../db";
import { expireOverdueCommands } from "./queue";

/**
 * Marks commands no kiosk answered in time `expired`, now and every
 * `intervalMs`, so the console shows an offline kiosk's command as expired
 * even if the kiosk never comes back (a fetch does the same for its own).
 */
export function startCommandExpiry(db: BackofficeDb, intervalMs: number, logger: Logger): Worker {
  return startPolling(
    async () => {
      const expired = await expireOverdueCommands(db);
      if (expired > 0) logger.info({ expired }, "commands expired unanswered");
    },
    intervalMs,
    (error) => logger.warn({ err: error }, "command expiry failed"),
  );
}
