import { freePort } from "@kiosk/agent/testing";
import { testPostgres } from "../../backoffice/test/postgres";
import { spawnBackoffice, type BackofficeProcess } from "../../backoffice/test/backoffice-process";
import { builtConsole } from "./paths";

export interface TestFleet {
  /** The backoffice's address: the console is at its `/`. */
  url: string;
  databaseUrl: string;
  backoffice: BackofficeProcess;
  stop(): Promise<void>;
}

/**
 * A real PostgreSQL and the backoffice on it as its own process (what
 * `pnpm start:backoffice` runs), serving the test build of the console.
 * `env` adds the backoffice's variables (legacy kiosk tokens, short TTLs).
 */
export async function startFleet(env: Record<string, string> = {}): Promise<TestFleet> {
  const pg = await testPostgres();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const backoffice = spawnBackoffice({
    PORT: String(port),
    DATABASE_URL: pg.url,
    BACKOFFICE_CONSOLE_DIR: builtConsole,
    BACKOFFICE_PUBLIC_URL: url,
    LOG_LEVEL: "warn",
    ...env,
  });
  await backoffice.ready(url, 60_000);
  return {
    url,
    databaseUrl: pg.url,
    backoffice,
    async stop() {
      backoffice.child.kill("SIGTERM");
      await backoffice.exited;
      pg.remove();
    },
  };
}
