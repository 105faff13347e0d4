import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createAudit } from "../src/audit";
import { createDb } from "../src/create-db";

const repoRoot = resolve(import.meta.dirname, "../../..");
const dir = mkdtempSync(join(tmpdir(), "audit-verify-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `pnpm audit:verify <args>` as a person runs it, from the repository's root. */
function auditVerify(...args: string[]) {
  const run = spawnSync("pnpm", ["--silent", "audit:verify", ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "" },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
}

/** A kiosk's core.sqlite with four audit rows, closed as a stopped agent leaves it. */
function kioskDatabase(name: string): string {
  const path = join(dir, name, "core.sqlite");
  const handle = createDb(path);
  const audit = createAudit(handle.db);
  for (let i = 1; i <= 4; i++) {
    audit(handle.db, {
      actor: { kind: "operator", id: "op_1" },
      event: i === 3 ? "payment.refunded" : "session.created",
      entityType: "session",
      entityId: `ses_${i}`,
      details: { amount: 48_000 },
      at: Date.UTC(2026, 0, 15, 10, 0, i),
    });
  }
  handle.close();
  return path;
}

describe("pnpm audit:verify", () => {
  it("exits 0 with a one-line summary when the chain is whole, without migrating or writing the file", () => {
    const path = kioskDatabase("whole");
    const bytes = readFileSync(path);
    expect(auditVerify(path)).toEqual({
      code: 0,
      out: "audit chain whole: 4 rows, ids 1..4, verified from the chain's start",
      err: "",
    });
    expect(readFileSync(path).equals(bytes)).toBe(true);
  }, 30_000);

  it("exits 1 naming the first broken row: id, event, time and what happened", () => {
    const path = kioskDatabase("edited");
    const sqlite = new Database(path);
    sqlite.prepare(`update audit_logs set details = '{"amount":100}' where id = 3`).run();
    sqlite.close();
    const run = auditVerify(path);
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      "audit chain BROKEN at row 3 (payment.refunded at 2026-01-15T10:00:03.000Z): altered, its content no longer matches its hash (edited after it was written); 2 rows intact before it",
    );
  }, 30_000);

  it("exits 2 for a file that is missing, is not SQLite, or has no audit table", () => {
    const notSqlite = join(dir, "notes.sqlite");
    writeFileSync(notSqlite, "not a database at all, just some text long enough to be read as a header");
    const empty = join(dir, "empty.sqlite");
    new Database(empty).close();
    for (const path of [join(dir, "missing.sqlite"), notSqlite, empty]) {
      const run = auditVerify(path);
      expect(run.code).toBe(2);
      expect(run.err).toContain(`audit:verify: cannot read the audit chain of ${path}`);
    }
    expect(auditVerify()).toMatchObject({ code: 2, err: "usage: pnpm audit:verify <path to core.sqlite>" });
  }, 60_000);
});
