import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statfsSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type Database from "better-sqlite3";

/** One entry of drizzle-kit's `meta/_journal.json`: `when` is what `__drizzle_migrations.created_at` records. */
interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

/** A database this agent must not open: migrated by a newer agent, or left as it was by a migration that failed. */
export class MigrationRefused extends Error {
  override readonly name = "MigrationRefused";
}

/** How many backups taken before a migration stay in `backups/`; older ones are deleted. */
export const keptMigrationBackups = 5;

/** The committed migrations, in order, as drizzle-kit journals them. */
export function readJournal(migrationsFolder: string): JournalEntry[] {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
    entries: JournalEntry[];
  };
  return journal.entries;
}

/** The file beside the database that names its schema: the package's preinst reads it to refuse a downgrade. */
export const schemaLevelFile = (path: string) => `${path}.schema-level`;

const appliedMigrations = (sqlite: Database.Database): number[] => {
  const table = sqlite
    .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
    .get();
  if (!table) return [];
  return sqlite
    .prepare("select created_at from __drizzle_migrations order by created_at")
    .all()
    .map((row) => Number((row as { created_at: number | string }).created_at));
};

const number = (entry: JournalEntry | undefined) => (entry ? String(entry.idx).padStart(4, "0") : "none");

/**
 * Runs `migrate` (drizzle's migrator: every pending migration in one transaction)
 * with the checks an upgrade in the field needs. A database that has migrations
 * this agent does not know (a newer agent ran on it) is refused, never opened on
 * a schema it does not understand. Before pending migrations touch a database
 * that already holds data, it is copied with `VACUUM INTO` to
 * `backups/core-<from>-<to>-<time>.sqlite`, keeping the last few. A migration
 * that fails is rolled back, so the file stays as it was; the error says so
 * and names the backup. Afterwards `<path>.schema-level` records the newest
 * migration applied.
 */
export function migrateWithBackup(options: {
  sqlite: Database.Database;
  path: string;
  migrationsFolder: string;
  migrate: () => void;
  now?: () => Date;
  /** Free bytes where the backup goes (statfs); tests pass their own. */
  freeBytes?: (folder: string) => number;
}): void {
  const { sqlite, path, migrationsFolder } = options;
  const known = readJournal(migrationsFolder);
  const newestKnown = known.at(-1);
  const applied = appliedMigrations(sqlite);
  const newestApplied = applied.at(-1);
  if (newestApplied !== undefined && newestKnown !== undefined && newestApplied > newestKnown.when) {
    const unknown = applied.filter((when) => when > newestKnown.when).length;
    throw new MigrationRefused(
      `${basename(path)} has ${unknown} migration(s) newer than this agent's last (${newestKnown.tag}): ` +
        "a newer kiosk-agent migrated it; install that version again (or restore a backup from backups/) instead of downgrading",
    );
  }
  const pending = known.filter((entry) => newestApplied === undefined || entry.when > newestApplied);
  let backup: string | null = null;
  if (path !== ":memory:" && newestApplied !== undefined && pending.length > 0) {
    const from = known.find((entry) => entry.when === newestApplied);
    const stamp = (options.now?.() ?? new Date())
      .toISOString()
      .replace(/[-:]/g, "")
      .replace(/\.\d+Z$/, "Z");
    backup = join(dirname(path), "backups", `core-${number(from)}-${number(newestKnown)}-${stamp}.sqlite`);
    assertRoomForBackup(sqlite, dirname(path), options.freeBytes ?? freeBytesIn);
    takeBackup(sqlite, backup);
  }
  try {
    options.migrate();
  } catch (error) {
    const first = pending[0]?.tag ?? "?";
    throw new MigrationRefused(
      `applying ${pending.length} migration(s) to ${basename(path)} (from ${first}) failed and was rolled back: ` +
        `the database is as it was${backup ? `, a copy is at ${backup}` : ""}; ${sqliteReason(error)}`,
    );
  }
  if (path !== ":memory:" && newestKnown) writeSchemaLevel(path, newestKnown);
}

/** SQLite's own words (drizzle wraps them with the whole statement): one line for the journal. */
function sqliteReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  return (cause instanceof Error ? cause.message : String(cause)).replace(/\s+/g, " ").trim();
}

/** Room the backup and the migration itself may want beyond the data's own size. */
const backupHeadroomBytes = 64 * 2 ** 20;

const freeBytesIn = (folder: string) => {
  const stats = statfsSync(folder);
  return stats.bavail * stats.bsize;
};

/**
 * Refuses to start a migration the disk cannot hold: the backup is as large as
 * the data (its free pages left out), and a disk that fills during `VACUUM
 * INTO` or the migration fails with a message that names neither.
 */
function assertRoomForBackup(sqlite: Database.Database, folder: string, freeBytes: (folder: string) => number) {
  const pragma = (name: string) => Number(sqlite.pragma(name, { simple: true }));
  const dataBytes = (pragma("page_count") - pragma("freelist_count")) * pragma("page_size");
  const free = freeBytes(folder);
  const needed = dataBytes + backupHeadroomBytes;
  if (free < needed) {
    const mib = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MiB`;
    throw new MigrationRefused(
      `not enough free space in ${folder} to back up the database before migrating it: ` +
        `${mib(needed)} needed, ${mib(free)} free; free some space (old files in backups/) and start again`,
    );
  }
}

/** `VACUUM INTO` a fresh file (it refuses an existing one), then drop all but the newest backups. */
function takeBackup(sqlite: Database.Database, target: string): void {
  const folder = dirname(target);
  mkdirSync(folder, { recursive: true });
  rmSync(target, { force: true });
  sqlite.exec(`vacuum into '${target.replaceAll("'", "''")}'`);
  const backups = readdirSync(folder)
    .filter((name) => /^core-.*\.sqlite$/.test(name))
    .map((name) => ({ name, at: statSync(join(folder, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
  for (const old of backups.slice(keptMigrationBackups)) rmSync(join(folder, old.name), { force: true });
}

/** `<when> <tag>`, written whole (rename) so a reader never sees half a line. */
function writeSchemaLevel(path: string, newest: JournalEntry): void {
  const file = schemaLevelFile(path);
  writeFileSync(`${file}.tmp`, `${newest.when} ${newest.tag}\n`);
  renameSync(`${file}.tmp`, file);
}
