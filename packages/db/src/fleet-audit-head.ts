import type { DbOrTx } from "./create-db";
import { fleetAuditHead } from "./schema";

/**
 * The audit chain's head the backoffice acknowledged, kept across restarts:
 * the audit retention never purges a row after it (`purgeAuditBatch`'s
 * ceiling), so rows the backoffice was never sent are never lost to it.
 */

/** What the backoffice answered it holds; null (it holds none: a new or re-enrolled kiosk) forgets the old one. */
export function keepAcknowledgedAuditHead(db: DbOrTx, head: { id: number; hash: string } | null, now: number): void {
  db.transaction((tx) => {
    tx.delete(fleetAuditHead).run();
    if (head) tx.insert(fleetAuditHead).values({ auditId: head.id, hash: head.hash, acknowledgedAt: now }).run();
  });
}

/** The last row the backoffice holds, or 0 when it holds none yet: the purge's ceiling with a backoffice. */
export const acknowledgedAuditId = (db: DbOrTx): number =>
  db.select({ id: fleetAuditHead.auditId }).from(fleetAuditHead).limit(1).get()?.id ?? 0;
