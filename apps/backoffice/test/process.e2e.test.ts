import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freeLoopbackPort, localPostgresStatus, stopLocalPostgres } from "../src";
import { spawnBackoffice } from "./backoffice-process";
import { testEnv } from "./calls";

/**
 * `pnpm start:backoffice` without DATABASE_URL runs its own PostgreSQL. A
 * backoffice killed with SIGKILL leaves that cluster running; the next start
 * takes it over (on the port it is asked for) instead of failing, and a
 * SIGTERM stops both.
 */
const storage = mkdtempSync(join(tmpdir(), "kiosk-backoffice-"));
const dataDir = join(storage, "backoffice-pg");

afterAll(() => {
  stopLocalPostgres(dataDir);
  rmSync(storage, { recursive: true, force: true });
});

async function startOn(pgPort: number) {
  const port = await freeLoopbackPort();
  const proc = spawnBackoffice({
    ...testEnv,
    PORT: String(port),
    STORAGE_PATH: storage,
    BACKOFFICE_PG_PORT: String(pgPort),
  });
  await proc.ready(`http://127.0.0.1:${port}`);
  return proc;
}

async function kill9(proc: Awaited<ReturnType<typeof startOn>>) {
  proc.child.kill("SIGKILL");
  expect(await proc.exited).toBe(null);
}

describe("the backoffice's own PostgreSQL", () => {
  it("starts again after a SIGKILL, reusing the cluster left running; SIGTERM stops both", async () => {
    const pgPort = await freeLoopbackPort();
    await kill9(await startOn(pgPort));
    expect(localPostgresStatus(dataDir)).toEqual({ running: true, port: pgPort });

    const again = await startOn(pgPort);
    again.child.kill("SIGTERM");
    expect(await again.exited).toBe(0);
    expect(localPostgresStatus(dataDir)).toEqual({ running: false });
  }, 120_000);

  it("moves a cluster left running on another port to the port asked", async () => {
    const [before, after] = [await freeLoopbackPort(), await freeLoopbackPort()];
    await kill9(await startOn(before));

    const moved = await startOn(after);
    expect(localPostgresStatus(dataDir)).toEqual({ running: true, port: after });
    moved.child.kill("SIGTERM");
    expect(await moved.exited).toBe(0);
    expect(localPostgresStatus(dataDir)).toEqual({ running: false });
  }, 120_000);
});
