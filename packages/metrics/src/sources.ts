/** Counts read from the database at scrape time, so gauges are right after a restart. */
export interface GaugeSources {
  activeSessionsByType(): Array<{ type: string; count: number }>;
  pendingPayments?(): number;
  /** When the oldest pending payment was created (epoch ms), or null when none is pending. */
  oldestPendingPaymentAt?(): number | null;
  /** When the money of the oldest paid payment whose 54-FZ receipt is not registered came (epoch ms), or null. */
  oldestUnregisteredReceiptAt?(): number | null;
  now?(): number;
  /** Late successes (money taken after we closed the intent) whose refund has not completed. */
  lateUnrefunded?(): number;
  /** Deliveries by channel and status, for the outbox depth gauges. */
  deliveriesByStatus?(): Array<{ channel: string; status: string; count: number }>;
  /** Free bytes on the storage file system, or null when there is none (an in-memory database). */
  storageFreeBytes?(): number | null;
  /** Fleet events not yet acknowledged by the backoffice. */
  fleetBacklog?(): number;
  /** Fleet events the backoffice refused, waiting for an operator's re-drive. */
  fleetRefused?(): number;
}
