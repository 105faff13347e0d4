import { join } from "node:path";
import { BackofficeConfigError, backofficeEnv, parseBackofficeConfig } from "./config";
import { startBackoffice, type Backoffice } from "./backoffice";
import { startLocalPostgres, type LocalPostgres } from "./local-postgres";

/**
 * The backoffice process. Without DATABASE_URL it runs a private PostgreSQL in
 * storage/backoffice-pg (Debian's binaries) so a fresh clone runs as is: a
 * start takes over the cluster a killed run left behind, and SIGTERM or SIGINT
 * stops it with the backoffice.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = parseBackofficeConfig(backofficeEnv());
  } catch (error) {
    if (error instanceof BackofficeConfigError) {
      process.stderr.write(`kiosk-backoffice: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
  let local: LocalPostgres | null = null;
  if (!config.databaseUrl) {
    local = await startLocalPostgres({
      dataDir: join(config.storagePath, "backoffice-pg"),
      port: config.localPostgresPort,
    });
    config = { ...config, databaseUrl: local.url };
    process.stdout.write(`kiosk-backoffice: local PostgreSQL at ${local.url}\n`);
  }
  let backoffice: Backoffice;
  try {
    backoffice = await startBackoffice(config);
  } catch (error) {
    local?.stop();
    throw error;
  }
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    backoffice
      .stop()
      .finally(() => local?.stop())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(
            `kiosk-backoffice: stop failed: ${error instanceof Error ? error.message : String(error)}\n`,
          );
          process.exit(1);
        },
      );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`kiosk-backoffice failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
