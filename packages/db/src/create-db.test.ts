import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createAudit } from "./audit";
import { createDb, type DbHandle } from "./create-db";
import { auditLogs, sessions } from "./schema";

let handle: DbHandle | undefined;
afterEach(() => handle?.close());

describe("createDb", () => {
  it("applies the design's pragmas to a file database", () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-db-"));
    try {
      handle = createDb(join(dir, "nested", "core.sqlite"));
      const pragma = (name: string) => handle?.sqlite.pragma(name, { simple: true });
      expect(pragma("journal_mode")).toBe("wal");
      expect(pragma("synchronous")).toBe(2); // FULL
      expect(pragma("foreign_keys")).toBe(1);
      expect(pragma("busy_timeout")).toBe(5000);
    } finally {
      handle?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("creates every table of the design in :memory:", () => {
    handle = createDb(":memory:");
    const tables = handle.sqlite
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like '\\_\\_%' escape '\\' and name not like 'sqlite%' order by name",
      )
      .all()
      .map((row) => (row as { name: string }).name);
    expect(tables).toEqual([
      "audit_logs",
      "deliveries",
      "device_handouts",
      "emulator_payments",
      "emulator_refunds",
      "fleet_audit_head",
      "fleet_commands",
      "fleet_credentials",
      "fleet_outbox",
      "measurements",
      "payment_events",
      "payments",
      "refunds",
      "report_uploads",
      "reports",
      "scans",
      "sessions",
      "storage_probe",
    ]);
  });

  it("is idempotent: reopening a migrated file applies nothing twice", () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-db-"));
    try {
      createDb(join(dir, "core.sqlite")).close();
      handle = createDb(join(dir, "core.sqlite"));
      const applied = handle.sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number };
      const journal = JSON.parse(
        readFileSync(new URL("../../../drizzle/meta/_journal.json", import.meta.url), "utf8"),
      ) as {
        entries: unknown[];
      };
      expect(applied.n).toBe(journal.entries.length);
    } finally {
      handle?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("enforces foreign keys and the status check", () => {
    handle = createDb(":memory:");
    expect(() =>
      handle?.sqlite
        .prepare(
          "insert into payments (id, session_id, amount, currency, status, provider, metadata, created_at, updated_at, expires_at) values ('pay_x','ses_missing',1,'RUB','pending','emulator','{}',0,0,0)",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      handle?.sqlite
        .prepare(
          "insert into sessions (id, type, status, metadata, created_at, updated_at, last_activity_at, expires_at) values ('ses_x','diagnostics','bogus','{}',0,0,0,0)",
        )
        .run(),
    ).toThrow(/CHECK/);
  });
});

describe("audit", () => {
  it("masks contact data and rolls back with the caller's transaction", () => {
    handle = createDb(":memory:");
    const { db } = handle;
    const audit = createAudit(db);
    audit(db, {
      actor: { kind: "kiosk", ip: "127.0.0.1" },
      event: "session.created",
      entityType: "session",
      entityId: "ses_1",
      details: { contact: { email: "client@example.com", phone: "+79001234567" }, type: "diagnostics" },
      at: 1,
    });
    const [row] = db.select().from(auditLogs).where(eq(auditLogs.entityId, "ses_1")).all();
    expect(row?.details).toEqual({
      contact: { email: "c***t@example.com", phone: "+7900***4567" },
      type: "diagnostics",
    });

    expect(() =>
      db.transaction((tx) => {
        audit(tx, {
          actor: { kind: "system" },
          event: "session.updated",
          entityType: "session",
          entityId: "ses_2",
          at: 2,
        });
        tx.insert(sessions)
          .values({
            id: "ses_2",
            type: "diagnostics",
            status: "bogus" as "active",
            metadata: {},
            createdAt: 0,
            updatedAt: 0,
            lastActivityAt: 0,
            expiresAt: 0,
          })
          .run();
      }),
    ).toThrow();
    expect(db.select().from(auditLogs).where(eq(auditLogs.entityId, "ses_2")).all()).toEqual([]);
  });
});
