import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Debian's newest pg_ctl (local-postgres.ts keeps its own lookup private). */
function pgCtl(): string {
  const root = "/usr/lib/postgresql";
  const found = (existsSync(root) ? readdirSync(root) : [])
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => join(root, v, "bin", "pg_ctl"))
    .find((path) => existsSync(path));
  if (!found) throw new Error("PostgreSQL is not installed (Debian's postgresql package)");
  return found;
}

/**
 * A crash of the database server: `pg_ctl -m immediate`, no checkpoint, every
 * connection cut; the next start runs crash recovery. As root it runs as the
 * cluster's owner, as startLocalPostgres does. Start it again with
 * startLocalPostgres({ dataDir, port }).
 */
export function crashPostgres(dataDir: string): void {
  const args = ["-D", dataDir, "-m", "immediate", "-w", "-t", "30", "stop"];
  const [command, argv]: [string, string[]] =
    process.getuid?.() === 0 ? ["runuser", ["-u", "postgres", "--", pgCtl(), ...args]] : [pgCtl(), args];
  const result = spawnSync(command, argv, { encoding: "utf8", timeout: 40_000 });
  if (result.status !== 0) throw new Error(`pg_ctl stop -m immediate failed: ${result.stderr || result.stdout}`);
}
