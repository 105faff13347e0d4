import { describe, expect, it } from "vitest";
import { createAudit, purgeAuditBatch } from "./audit";
import { createDb } from "./create-db";
import { auditLogs } from "./schema";

describe("purgeAuditBatch", () => {
  it("deletes audit rows older than the cutoff, a batch at a time, and keeps the rest", () => {
    const handle = createDb(":memory:");
    const { db } = handle;
    const audit = createAudit(db);
    try {
      for (let at = 1; at <= 7; at++) {
        audit(db, {
          actor: { kind: "system" },
          event: "session.updated",
          entityType: "session",
          entityId: `ses_${at}`,
          at,
        });
      }
      const purge = { audit, cutoff: 5, now: 100, ceiling: null, limit: 3 };
      expect(purgeAuditBatch(db, purge)).toBe(3);
      expect(purgeAuditBatch(db, purge)).toBe(1);
      expect(purgeAuditBatch(db, purge)).toBe(0);
      // Each batch leaves its mark, a chained row of its own.
      expect(
        db
          .select({ at: auditLogs.at, event: auditLogs.event })
          .from(auditLogs)
          .orderBy(auditLogs.id)
          .all()
          .map((r) => `${r.event}@${r.at}`),
      ).toEqual([
        "session.updated@5",
        "session.updated@6",
        "session.updated@7",
        "audit.purged@100",
        "audit.purged@100",
      ]);
    } finally {
      handle.close();
    }
  });
});
