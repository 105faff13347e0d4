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
      expect(purgeAuditBatch(db, 5, 3)).toBe(3);
      expect(purgeAuditBatch(db, 5, 3)).toBe(1);
      expect(purgeAuditBatch(db, 5, 3)).toBe(0);
      expect(
        db
          .select({ at: auditLogs.at })
          .from(auditLogs)
          .all()
          .map((r) => r.at),
      ).toEqual([5, 6, 7]);
    } finally {
      handle.close();
    }
  });
});
