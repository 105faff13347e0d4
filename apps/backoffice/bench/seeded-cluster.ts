import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pino } from "pino";
import { openBackofficeDb } from "../src/db";
import { startLocalPostgres, stopLocalPostgres, type LocalPostgres } from "../src/local-postgres";
import { seedFleet, seedVersion } from "../sim/seed-fleet";

const cacheRoot = join(import.meta.dirname, "../../../.tmp/fleet-bench");

export interface SeededCluster {
  postgres: LocalPostgres;
  seed: { kiosks: number; events: number; payments: number; seconds: number };
  /** Whether this run seeded it (else it was the cached cluster of an earlier run). */
  fresh: boolean;
}

/**
 * A PostgreSQL seeded with `kiosks` and `events` (pnpm fleet:seed's
 * generator), kept under .tmp/fleet-bench between runs so a second bench does
 * not seed again. Keyed by the generator's version, the size and the UTC day:
 * the seed's times run up to when it was made, so a cluster from another day
 * would have no "today". Clusters of another version or day are removed.
 */
export async function seededCluster(
  kiosks: number,
  events: number,
  log: (line: string) => void,
): Promise<SeededCluster> {
  const day = new Date().toISOString().slice(0, 10);
  const key = `v${seedVersion}-${kiosks}k-${events}e-${day}`;
  const dir = join(cacheRoot, key);
  const marker = join(dir, "seeded.json");
  const stale = (name: string) => !name.startsWith(`v${seedVersion}-`) || !name.endsWith(day);
  if (existsSync(cacheRoot)) {
    for (const other of readdirSync(cacheRoot).filter(stale)) {
      stopLocalPostgres(join(cacheRoot, other, "data"), "immediate");
      rmSync(join(cacheRoot, other), { recursive: true, force: true });
    }
  }
  const cached = existsSync(marker);
  if (!cached) rmSync(dir, { recursive: true, force: true });
  const postgres = await startLocalPostgres({ dataDir: join(dir, "data") });
  // Migrations committed since the seed apply to the cached cluster too.
  const opened = await openBackofficeDb(postgres.url, { logger: pino({ level: "silent" }) });
  await opened.close();
  if (cached) {
    return { postgres, seed: JSON.parse(readFileSync(marker, "utf8")) as SeededCluster["seed"], fresh: false };
  }
  log(`seeding ${kiosks} kiosks, ${events} events (cached under ${dir})`);
  const seed = await seedFleet(postgres.url, { kiosks, events, log: (line) => log(`seed: ${line}`) });
  writeFileSync(marker, JSON.stringify(seed));
  return { postgres, seed, fresh: true };
}
