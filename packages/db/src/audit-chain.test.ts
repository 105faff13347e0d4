import { genesisHash } from "@kiosk/fleet-contract";
import { afterEach, describe, expect, it } from "vitest";
import { createAudit, purgeAuditBatch } from "./audit";
import { auditLinksAfter, verifyAuditChain } from "./audit-chain";
import { createDb, type DbHandle } from "./create-db";

let handle: DbHandle;
afterEach(() => handle.close());

/** A kiosk database with `count` audit rows written the way every domain writes them. */
function withRows(count: number, at = (i: number) => 1_000 + i) {
  handle = createDb(":memory:");
  const audit = createAudit(handle.db);
  for (let i = 1; i <= count; i++) {
    audit(handle.db, {
      actor: { kind: "operator", id: "op_1", ip: "10.0.0.1" },
      event: "payment.refunded",
      entityType: "payment",
      entityId: `pay_${i}`,
      details: { amount: 48_000 + i },
      at: at(i),
    });
  }
  return { sqlite: handle.sqlite, audit };
}

const run = (statement: string) => handle.sqlite.prepare(statement).run();

/** A retention purge at `cutoff`, with the clock at 2 000 000 and no backoffice (no ceiling). */
const purgeOf = (audit: ReturnType<typeof createAudit>, cutoff: number) => ({
  audit,
  cutoff,
  now: 2_000_000,
  ceiling: null,
});

/** A row written after the test's own: the chain goes on from whatever the log holds. */
const laterEntry = {
  actor: { kind: "system" },
  event: "session.created",
  entityType: "session",
  entityId: "s",
  at: 9,
} as const;

describe("the audit chain", () => {
  it("links every row written to the one before it, from the genesis value", () => {
    const { sqlite } = withRows(5);
    const rows = sqlite.prepare("select id, prev_hash as prevHash, hash from audit_logs order by id").all() as Array<{
      id: number;
      prevHash: string;
      hash: string;
    }>;
    expect(rows[0]?.prevHash).toBe(genesisHash);
    rows.slice(1).forEach((row, i) => expect(row.prevHash).toBe(rows[i]?.hash));
    expect(verifyAuditChain(sqlite)).toEqual({
      ok: true,
      checked: 5,
      unchained: 0,
      firstId: 1,
      lastId: 5,
      anchor: genesisHash,
      head: { id: 5, hash: rows[4]?.hash },
    });
  });

  it("names a row whose content was edited after it was written", () => {
    const { sqlite } = withRows(5);
    run(`update audit_logs set details = '{"amount":1}' where id = 3`);
    expect(verifyAuditChain(sqlite)).toMatchObject({
      ok: false,
      checked: 3,
      head: { id: 2 },
      broken: { id: 3, reason: "altered", event: "payment.refunded", at: 1_003 },
    });
  });

  it("names the row after one that was deleted", () => {
    const { sqlite } = withRows(5);
    run("delete from audit_logs where id = 3");
    expect(verifyAuditChain(sqlite).broken).toMatchObject({ id: 4, reason: "deleted" });
  });

  it("names a deleted row even when the ids after it were closed up", () => {
    const { sqlite } = withRows(5);
    run("delete from audit_logs where id = 3");
    run("update audit_logs set id = id - 1 where id > 3");
    expect(verifyAuditChain(sqlite).broken).toMatchObject({ id: 3, reason: "deleted" });
  });

  it("names two rows that were swapped", () => {
    const { sqlite } = withRows(5);
    run("update audit_logs set id = -3 where id = 3");
    run("update audit_logs set id = 3 where id = 4");
    run("update audit_logs set id = 4 where id = -3");
    expect(verifyAuditChain(sqlite).broken).toMatchObject({ id: 3, reason: "reordered" });
  });

  it("sees the newest row deleted once the next one is written (the id counter keeps its gap)", () => {
    const { sqlite, audit } = withRows(4);
    run("delete from audit_logs where id = 4");
    expect(verifyAuditChain(sqlite).ok).toBe(true);
    audit(handle.db, laterEntry);
    expect(verifyAuditChain(sqlite).broken).toMatchObject({ id: 5, reason: "deleted" });
  });

  it("names a row written around the audit, without a hash, after the chain began", () => {
    const { sqlite } = withRows(3);
    run(
      `insert into audit_logs (at, actor, event, entity_type, entity_id, details) values (5, 'operator', 'payment.refunded', 'payment', 'pay_x', '{}')`,
    );
    expect(verifyAuditChain(sqlite).broken).toMatchObject({ id: 4, reason: "unchained" });
  });

  it("after a retention purge, verifies from the oldest row left, linked to the hash the purge's row names", () => {
    const { sqlite, audit } = withRows(6);
    expect(purgeAuditBatch(handle.db, purgeOf(audit, 1_004))).toBe(3);
    const verdict = verifyAuditChain(sqlite);
    // Rows 4 to 6, and the purge's own row 7.
    expect(verdict).toMatchObject({ ok: true, checked: 4, firstId: 4, lastId: 7 });
    expect(verdict.anchor).not.toBe(genesisHash);
    const mark = sqlite.prepare("select event, details from audit_logs where id = 7").get() as { details: string };
    expect({ ...mark, details: JSON.parse(mark.details) as unknown }).toEqual({
      event: "audit.purged",
      details: { lastId: 3, lastHash: verdict.anchor, cutoff: 1_004 },
    });
    // The row after the anchor is still checked against it.
    run(`update audit_logs set prev_hash = '${"1".repeat(64)}' where id = 5`);
    expect(verifyAuditChain(sqlite).broken).toMatchObject({ id: 5, reason: "deleted" });
  });

  it("names the oldest row left when the oldest rows were deleted by hand, with no purge or after one", () => {
    const { sqlite } = withRows(6);
    run("delete from audit_logs where id <= 2");
    expect(verifyAuditChain(sqlite).broken).toMatchObject({ id: 3, reason: "deleted" });
    handle.close();
    const again = withRows(6);
    expect(purgeAuditBatch(handle.db, purgeOf(again.audit, 1_003))).toBe(2);
    expect(verifyAuditChain(again.sqlite).ok).toBe(true);
    run("delete from audit_logs where id = 3");
    expect(verifyAuditChain(again.sqlite).broken).toMatchObject({ id: 4, reason: "deleted" });
  });

  it("never purges a row after the ceiling (the backoffice's acknowledged head), however old", () => {
    const { sqlite, audit } = withRows(6);
    expect(purgeAuditBatch(handle.db, { ...purgeOf(audit, 1_000_000), ceiling: 2 })).toBe(2);
    expect(purgeAuditBatch(handle.db, { ...purgeOf(audit, 1_000_000), ceiling: 2 })).toBe(0);
    expect(sqlite.prepare("select min(id) as id from audit_logs").get()).toEqual({ id: 3 });
    expect(verifyAuditChain(sqlite).ok).toBe(true);
  });

  it("purges only a prefix, and never the newest row, so the chain has no hole and never restarts", () => {
    // Row 3 was written with an older time than row 2: it waits for row 2 to expire.
    const { sqlite, audit } = withRows(4, (i) => [0, 10, 50, 5, 60][i] ?? 0);
    expect(purgeAuditBatch(handle.db, purgeOf(audit, 20))).toBe(1);
    expect(verifyAuditChain(sqlite).ok).toBe(true);
    // Rows 2 to 4 go; the first purge's row 5 is as young as the clock.
    expect(purgeAuditBatch(handle.db, purgeOf(audit, 1_000))).toBe(3);
    expect(purgeAuditBatch(handle.db, purgeOf(audit, 1_000))).toBe(0);
    expect(sqlite.prepare("select id, event from audit_logs").all()).toEqual([
      { id: 5, event: "audit.purged" },
      { id: 6, event: "audit.purged" },
    ]);
    expect(verifyAuditChain(sqlite).ok).toBe(true);
  });

  it("after rows from before the chain were purged, the first chained row links to the genesis", () => {
    handle = createDb(":memory:");
    for (let i = 0; i < 2; i++) {
      run(
        `insert into audit_logs (at, actor, event, entity_type, entity_id, details) values (1, 'system', 'session.created', 'session', 's${i}', '{}')`,
      );
    }
    const audit = createAudit(handle.db);
    audit(handle.db, laterEntry);
    expect(purgeAuditBatch(handle.db, purgeOf(audit, 5))).toBe(2);
    expect(verifyAuditChain(handle.sqlite)).toMatchObject({ ok: true, checked: 2, firstId: 3, anchor: genesisHash });
  });

  it("starts after rows written before the chain (migration 0012), which it counts and skips", () => {
    handle = createDb(":memory:");
    for (let i = 0; i < 2; i++) {
      run(
        `insert into audit_logs (at, actor, event, entity_type, entity_id, details) values (1, 'system', 'session.created', 'session', 's${i}', '{}')`,
      );
    }
    createAudit(handle.db)(handle.db, {
      actor: { kind: "system" },
      event: "session.created",
      entityType: "session",
      entityId: "s2",
      at: 2,
    });
    expect(verifyAuditChain(handle.sqlite)).toMatchObject({ ok: true, checked: 1, unchained: 2, firstId: 3 });
    expect(auditLinksAfter(handle.sqlite, null, 10).map((link) => link.id)).toEqual([3]);
  });

  it("checks in stretches that add up to the whole", () => {
    const { sqlite } = withRows(7);
    const first = verifyAuditChain(sqlite, { limit: 4 });
    expect(first).toMatchObject({ ok: true, checked: 4, lastId: 4 });
    run(`update audit_logs set entity_id = 'pay_other' where id = 6`);
    const rest = verifyAuditChain(sqlite, { after: first.head ?? undefined });
    expect(rest).toMatchObject({ ok: false, checked: 2, broken: { id: 6, reason: "altered" } });
  });

  it("gives the fleet each row's digest as it is now, so an edited row no longer matches its hash", () => {
    const { sqlite } = withRows(3);
    const [before] = auditLinksAfter(sqlite, 1, 1);
    run(`update audit_logs set details = '{"amount":1}' where id = 2`);
    const [after] = auditLinksAfter(sqlite, 1, 1);
    expect(after).toEqual({ ...before, digest: expect.not.stringMatching(before?.digest ?? "") as string });
  });
});
