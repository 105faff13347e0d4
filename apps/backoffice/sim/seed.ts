/**
 * `pnpm fleet:seed --kiosks 1000 --events 10000000`: fills the backoffice's
 * PostgreSQL at DATABASE_URL (migrated first) with a fleet of that size, made
 * inside PostgreSQL (see seed-fleet.ts). `--replace` empties the fleet's
 * tables first; without it a database that has events is refused.
 */
import { parseArgs } from "node:util";
import { pino } from "pino";
import { backofficeEnv } from "../src/config";
import { openBackofficeDb } from "../src/db";
import { seedFleet, truncateFleet } from "./seed-fleet";

const { values } = parseArgs({
  options: {
    kiosks: { type: "string", default: "1000" },
    events: { type: "string", default: "10000000" },
    days: { type: "string", default: "90" },
    replace: { type: "boolean", default: false },
  },
});
const url = backofficeEnv().DATABASE_URL;
if (!url) {
  process.stderr.write("fleet:seed: DATABASE_URL is required (postgres://...)\n");
  process.exit(2);
}
const opened = await openBackofficeDb(url, { logger: pino({ level: "warn" }) });
if (values.replace) await truncateFleet(opened.pool);
await opened.close();
const made = await seedFleet(url, {
  kiosks: Number(values.kiosks),
  events: Number(values.events),
  days: Number(values.days),
  log: (line) => process.stderr.write(`fleet:seed: ${line}\n`),
});
process.stdout.write(`${JSON.stringify(made)}\n`);
