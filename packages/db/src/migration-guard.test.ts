import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, defaultMigrationsFolder } from "./create-db";
import { keptMigrationBackups, migrateWithBackup, readJournal, schemaLevelFile } from "./migration-guard";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kiosk-migrate-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const committed = readJournal(defaultMigrationsFolder);
const last = committed.at(-1)!;
const pad = (idx: number) => String(idx).padStart(4, "0");

/** The committed migrations plus one more, as the next release would ship them. */
function migrationsWithOneMore(sql: string, name = "next_release"): string {
  const folder = join(dir, `drizzle-${name}`);
  cpSync(defaultMigrationsFolder, folder, { recursive: true });
  const tag = `${pad(last.idx + 1)}_${name}`;
  writeFileSync(join(folder, `${tag}.sql`), sql);
  const journalPath = join(folder, "meta/_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: object[] };
  journal.entries.push({ idx: last.idx + 1, version: "6", when: last.when + 1000, tag, breakpoints: true });
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

/** A database at the committed schema holding one row, closed. */
function databaseWithData(path: string): void {
  const handle = createDb(path);
  handle.sqlite.prepare("insert into storage_probe (id, at) values (1, 42)").run();
  handle.close();
}

const migrationCount = (path: string) => {
  const sqlite = new Database(path, { readonly: true });
  try {
    return (sqlite.prepare("select count(*) as n from __drizzle_migrations").get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
};

describe("migrations at start", () => {
  it("takes no backup of a new database and records its schema level", () => {
    const path = join(dir, "core.sqlite");
    createDb(path).close();
    expect(existsSync(join(dir, "backups"))).toBe(false);
    expect(readFileSync(schemaLevelFile(path), "utf8")).toBe(`${last.when} ${last.tag}\n`);
  });

  it("copies a database with VACUUM INTO before it applies a new migration, then migrates it", () => {
    const path = join(dir, "core.sqlite");
    databaseWithData(path);
    const next = migrationsWithOneMore("CREATE TABLE `release_notes` (`id` integer PRIMARY KEY NOT NULL);");
    const handle = createDb(path, { migrationsFolder: next });
    handle.close();
    const backups = readdirSync(join(dir, "backups"));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^core-${pad(last.idx)}-${pad(last.idx + 1)}-\\d{8}T\\d{6}Z\\.sqlite$`));
    const backup = new Database(join(dir, "backups", backups[0]!), { readonly: true });
    expect(backup.prepare("select at from storage_probe").get()).toEqual({ at: 42 });
    expect(backup.prepare("select count(*) as n from __drizzle_migrations").get()).toEqual({ n: committed.length });
    backup.close();
    expect(migrationCount(path)).toBe(committed.length + 1);
    expect(readFileSync(schemaLevelFile(path), "utf8")).toBe(`${last.when + 1000} ${pad(last.idx + 1)}_next_release\n`);
  });

  it("leaves the database as it was when a migration fails, and says so naming the backup", () => {
    const path = join(dir, "core.sqlite");
    databaseWithData(path);
    const level = readFileSync(schemaLevelFile(path), "utf8");
    const broken = migrationsWithOneMore(
      "CREATE TABLE `half_done` (`id` integer);\n--> statement-breakpoint\nALTER TABLE `no_such_table` ADD `x` integer;",
      "broken",
    );
    expect(() => createDb(path, { migrationsFolder: broken })).toThrow(
      /^applying 1 migration\(s\) to core\.sqlite \(from \d{4}_broken\) failed and was rolled back: the database is as it was, a copy is at .*backups\/core-\d{4}-\d{4}-.*\.sqlite; no such table: no_such_table$/,
    );
    expect(migrationCount(path)).toBe(committed.length);
    const sqlite = new Database(path, { readonly: true });
    expect(sqlite.prepare("select name from sqlite_master where name = 'half_done'").get()).toBeUndefined();
    expect(sqlite.prepare("select at from storage_probe").get()).toEqual({ at: 42 });
    sqlite.close();
    expect(readFileSync(schemaLevelFile(path), "utf8")).toBe(level);
    // The previous release opens it again as if nothing had happened.
    createDb(path).close();
  });

  it("refuses to back up and migrate when the disk cannot hold the copy, touching nothing", () => {
    const path = join(dir, "core.sqlite");
    databaseWithData(path);
    const next = migrationsWithOneMore("CREATE TABLE `release_notes` (`id` integer PRIMARY KEY NOT NULL);");
    const sqlite = new Database(path);
    let migrated = false;
    const attempt = (freeBytes: number) =>
      migrateWithBackup({
        sqlite,
        path,
        migrationsFolder: next,
        migrate: () => (migrated = true),
        freeBytes: () => freeBytes,
      });
    try {
      expect(() => attempt(10 * 2 ** 20)).toThrow(
        /^not enough free space in .* to back up the database before migrating it: \d+ MiB needed, 10 MiB free; free some space/,
      );
      expect([migrated, existsSync(join(dir, "backups"))]).toEqual([false, false]);
      attempt(2 ** 40);
      expect([migrated, readdirSync(join(dir, "backups")).length]).toEqual([true, 1]);
    } finally {
      sqlite.close();
    }
  });

  it("refuses a database a newer agent migrated, without touching it", () => {
    const path = join(dir, "core.sqlite");
    databaseWithData(path);
    createDb(path, { migrationsFolder: migrationsWithOneMore("CREATE TABLE `later` (`id` integer);") }).close();
    expect(() => createDb(path)).toThrow(
      `core.sqlite has 1 migration(s) newer than this agent's last (${last.tag}): a newer kiosk-agent migrated it; install that version again (or restore a backup from backups/) instead of downgrading`,
    );
    expect(migrationCount(path)).toBe(committed.length + 1);
  });

  it(`keeps the newest ${keptMigrationBackups} backups`, () => {
    const path = join(dir, "core.sqlite");
    databaseWithData(path);
    const sqlite = new Database(path);
    const folder = migrationsWithOneMore("CREATE TABLE `later` (`id` integer);");
    for (let attempt = 1; attempt <= keptMigrationBackups + 2; attempt++) {
      // The migration never lands here, so each start backs up again, a minute later.
      const now = () => new Date(Date.UTC(2026, 0, 1, 12, attempt));
      migrateWithBackup({ sqlite, path, migrationsFolder: folder, migrate: () => undefined, now });
    }
    sqlite.close();
    const from = `core-${pad(last.idx)}-${pad(last.idx + 1)}`;
    expect(readdirSync(join(dir, "backups")).sort()).toEqual(
      [3, 4, 5, 6, 7].map((minute) => `${from}-20260101T120${minute}00Z.sqlite`),
    );
  });
});
