import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createDb, defaultMigrationsFolder } from "./create-db";

/**
 * The upgrade to payment change counters on a kiosk with a fleet backlog: the
 * events queued before it are numbered in order per payment, the payment goes
 * on from there, and intents closed in the last day are asked about again.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The committed migrations up to (and without) 0008, as a kiosk had them before the upgrade. */
function migrationsBefore0008(): string {
  const dir = mkdtempSync(join(tmpdir(), "kiosk-migrations-"));
  dirs.push(dir);
  cpSync(defaultMigrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: Array<{ idx: number }> };
  journal.entries = journal.entries.filter((entry) => entry.idx < 8);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

describe("migration 0008", () => {
  it("numbers a payment's queued events 1..n in order and continues the payment from n + 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "kiosk-db-"));
    dirs.push(dir);
    const file = join(dir, "core.sqlite");
    const now = Date.now();
    const old = createDb(file, { migrationsFolder: migrationsBefore0008() });
    const run = (statement: string, ...values: unknown[]) => old.sqlite.prepare(statement).run(...values);
    run(
      "insert into sessions (id, type, status, metadata, created_at, updated_at, last_activity_at, expires_at) values ('ses_a', 'diagnostics', 'active', '{}', ?, ?, ?, ?)",
      now,
      now,
      now,
      now + 3_600_000,
    );
    const payment = (id: string, status: string, providerId: string | null, createdAt: number) =>
      run(
        "insert into payments (id, session_id, amount, currency, status, provider, provider_payment_id, metadata, created_at, updated_at, expires_at) values (?, 'ses_a', 48000, 'RUB', ?, 'yookassa', ?, '{}', ?, ?, ?)",
        id,
        status,
        providerId,
        createdAt,
        createdAt,
        createdAt + 600_000,
      );
    payment("pay_backlog", "confirmed", "yk_1", now);
    payment("pay_closed", "expired", "yk_2", now - 3_600_000);
    payment("pay_closed_long_ago", "expired", "yk_3", now - 3 * 86_400_000);
    const event = (eventId: string, entityId: string, sentAt: number | null) =>
      run(
        "insert into fleet_outbox (event_id, event, entity_type, entity_id, at, payload, sent_at) values (?, 'payment.created', 'payment', ?, ?, ?, ?)",
        eventId,
        entityId,
        now,
        JSON.stringify({ details: {}, snapshot: { status: "pending" } }),
        sentAt,
      );
    event("evt_sent", "pay_backlog", now);
    event("evt_1", "pay_backlog", null);
    event("evt_2", "pay_backlog", null);
    event("evt_3", "pay_backlog", null);
    old.close();

    const upgraded = createDb(file);
    const read = <T>(statement: string) => upgraded.sqlite.prepare(statement).all() as T[];
    expect(
      read<{ event_id: string; v: number | null }>(
        "select event_id, json_extract(payload, '$.snapshot.version') as v from fleet_outbox order by seq",
      ),
    ).toEqual([
      { event_id: "evt_sent", v: null },
      { event_id: "evt_1", v: 1 },
      { event_id: "evt_2", v: 2 },
      { event_id: "evt_3", v: 3 },
    ]);
    const payments = read<{ id: string; version: number; next_check_at: number | null }>(
      "select id, version, next_check_at from payments order by id",
    );
    expect(payments.map((p) => [p.id, p.version, p.next_check_at !== null])).toEqual([
      ["pay_backlog", 4, false],
      ["pay_closed", 1, true],
      ["pay_closed_long_ago", 1, false],
    ]);
    upgraded.close();
  });
});
