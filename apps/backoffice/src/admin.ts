import { join } from "node:path";
import { DomainError } from "@kiosk/core";
import { pino } from "pino";
import {
  adminUsage,
  parseAdminArgs,
  passwordFromFile,
  passwordTwice,
  runAdminCommand,
  UsageError,
} from "./accounts/admin-cli";
import { assertPasswordAllowed } from "./accounts/password-policy";
import { BackofficeConfigError, backofficeEnv, parseBackofficeConfig } from "./config";
import { openBackofficeDb } from "./db";
import { localPostgresStatus, startLocalPostgres } from "./local-postgres";

/**
 * `pnpm backoffice:admin --email <email> [--password-file <path>]`: the first
 * admin (or a locked-out one restored), never a default password. It uses the
 * database `pnpm start:backoffice` uses: DATABASE_URL, or the local cluster
 * in storage/backoffice-pg, started for the command if it is not running
 * (and stopped after; one the backoffice runs is left alone), migrated.
 * Exit 0 done, 1 refused (weak or differing passwords), 64 bad usage, 78 bad config.
 */
async function main(): Promise<number> {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const fail = (line: string, code: number) => {
    process.stderr.write(`backoffice:admin: ${line}\n`);
    return code;
  };
  let command;
  let config;
  try {
    command = parseAdminArgs(process.argv.slice(2));
    config = parseBackofficeConfig(backofficeEnv());
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, 64);
    if (error instanceof BackofficeConfigError) return fail(error.message, 78);
    throw error;
  }
  let password: string;
  try {
    password = command.passwordFile
      ? await passwordFromFile(command.passwordFile)
      : await passwordTwice(process.stdin, process.stderr);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n${adminUsage}`, 64);
    if (error instanceof DomainError) return fail(error.message, 1);
    return fail(`cannot read the password: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
  try {
    assertPasswordAllowed(password, command.email);
  } catch (error) {
    if (error instanceof DomainError) return fail(error.message, 1);
    throw error;
  }
  let url = config.databaseUrl;
  let stopLocal = () => {};
  if (!url) {
    const dataDir = join(config.storagePath, "backoffice-pg");
    const wasRunning = localPostgresStatus(dataDir).running;
    const local = await startLocalPostgres({ dataDir, port: config.localPostgresPort });
    url = local.url;
    if (!wasRunning) stopLocal = () => local.stop();
  }
  try {
    const { db, close } = await openBackofficeDb(url, { logger: pino({ level: "warn" }, process.stderr) });
    try {
      out(await runAdminCommand(db, command.email, password));
      return 0;
    } finally {
      await close();
    }
  } catch (error) {
    if (error instanceof DomainError && error.code !== "INTERNAL") return fail(error.message, 1);
    throw error;
  } finally {
    stopLocal();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`backoffice:admin failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
