import { spawnService, type ServiceProcess } from "@kiosk/agent/testing/process";

export type BackofficeProcess = ServiceProcess;

/**
 * `apps/backoffice/src/main.ts` as a real process (what `pnpm start:backoffice`
 * runs), with only the environment given and PATH.
 */
export const spawnBackoffice = (env: Record<string, string>): BackofficeProcess =>
  spawnService("backoffice", [process.execPath, ["--import", "tsx", "apps/backoffice/src/main.ts"]], env);
