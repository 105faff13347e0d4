import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freeLoopbackPort, parseBackofficeConfig, startBackoffice, startLocalPostgres, type Backoffice } from "../src";
import { openBackofficeDb } from "../src/db";
import { isDatabaseUnavailable } from "../src/errors";
import { spawnBackoffice } from "./backoffice-process";
import {
  fleetKiosks,
  ingestRest,
  ingestTrpc,
  memoryLogger,
  metricsOf,
  pinoLevel,
  readyz,
  reportUploadRest,
  testEnv,
  unknownLink,
  type Answer,
} from "./calls";
import { testPostgres } from "./postgres";

/**
 * PostgreSQL restarts under a running backoffice: the pool's connections die
 * with it. The backoffice stays up, answers 503 SERVICE_UNAVAILABLE while the
 * database is away, and serves again when it is back, by itself.
 */
let pg: Awaited<ReturnType<typeof testPostgres>>;

beforeAll(async () => {
  pg = await testPostgres();
}, 60_000);
afterAll(() => pg.remove());

const startAgain = () => startLocalPostgres({ dataDir: pg.dataDir, port: pg.port });
const warnings = (lines: Array<{ level: number; msg: string }>) =>
  lines.filter((l) => l.level === pinoLevel.warn).map((l) => l.msg);

describe.each(["immediate", "fast"] as const)("PostgreSQL stopped with -m %s", (mode) => {
  const { logger, lines } = memoryLogger();
  let backoffice: Backoffice;
  const answers: Answer[] = [];
  const note = async (call: Promise<Answer>) => {
    const answer = await call;
    answers.push(answer);
    return answer;
  };
  const everyCall = () =>
    Promise.all(
      [ingestRest, ingestTrpc, fleetKiosks, readyz, reportUploadRest, unknownLink].map((call) =>
        note(call(backoffice.url)),
      ),
    );
  const up = [200, 200, 200, 200, 200, 404];

  beforeAll(async () => {
    const config = parseBackofficeConfig({
      ...testEnv,
      PORT: "0",
      DATABASE_URL: pg.url,
      BACKOFFICE_PUBLIC_URL: "https://bo.example.ru",
    });
    backoffice = await startBackoffice(config, { logger });
  });
  afterAll(() => backoffice.stop());

  it("answers 503 while the database is down and serves again once it is back", async () => {
    expect((await everyCall()).map((a) => a.status)).toEqual(up);
    pg.stop(mode);
    // The connections the pool holds idle die: an 'error' event each, on the pool.
    await expect.poll(() => warnings(lines)).toContain("database connection lost");

    const down = await everyCall();
    expect(down.map((a) => [a.status, a.code])).toEqual([
      [503, "SERVICE_UNAVAILABLE"],
      [503, "SERVICE_UNAVAILABLE"],
      [503, "SERVICE_UNAVAILABLE"],
      [503, null],
      [503, "SERVICE_UNAVAILABLE"],
      // A customer's page says it in Russian, not in JSON.
      [503, null],
    ]);
    expect(down[5]?.text).toContain("Сервис временно недоступен");
    expect((await metricsOf(backoffice.url)).status).toBe(200);

    await startAgain();
    await expect.poll(async () => (await note(ingestRest(backoffice.url))).status, { timeout: 20_000 }).toBe(200);
    expect((await everyCall()).map((a) => a.status)).toEqual(up);

    // Each 5xx answer wrote one error line, under the request id it answered with.
    const failed = answers.filter((a) => a.status >= 500).map((a) => a.headers.get("x-request-id"));
    const errorLines = lines.filter((l) => l.level === pinoLevel.error).map((l) => l.requestId);
    expect(errorLines.sort()).toEqual(failed.sort());
  }, 60_000);
});

describe("the pool", () => {
  it("gives back a client whose connection died while checked out, so it never runs dry", async () => {
    const { logger } = memoryLogger();
    const { db, pool, close } = await openBackofficeDb(pg.url, { logger });
    await db.execute(sql`select 1`);
    expect(pool.idleCount).toBe(1);
    pg.stop("immediate");
    // Taken idle before its socket's end is read, so `begin` goes out on a dead connection:
    // drizzle's transaction() leaves such a client checked out (drizzle-orm#6023).
    const failure: unknown = await db.transaction((tx) => tx.execute(sql`select 1`)).catch((error: unknown) => error);
    expect(isDatabaseUnavailable(failure)).toBe(true);
    await expect.poll(() => pool.totalCount).toBe(0);

    await startAgain();
    expect((await db.transaction((tx) => tx.execute(sql`select 1 as one`))).rows).toEqual([{ one: 1 }]);
    await close(); // would wait forever for a client still checked out
  }, 30_000);
});

describe("the backoffice process (main.ts on DATABASE_URL)", () => {
  it("outlives `pg_ctl stop -m immediate` and serves again once PostgreSQL is back", async () => {
    const port = await freeLoopbackPort();
    const url = `http://127.0.0.1:${port}`;
    const proc = spawnBackoffice({ ...testEnv, PORT: String(port), DATABASE_URL: pg.url });
    try {
      await proc.ready(url);
      expect((await Promise.all([ingestRest(url), fleetKiosks(url)])).map((a) => a.status)).toEqual([200, 200]);
      pg.stop("immediate");
      await expect.poll(() => proc.output(), { timeout: 10_000 }).toContain('"msg":"database connection lost"');
      expect((await ingestRest(url)).status).toBe(503);
      expect(proc.alive()).toBe(true);

      await startAgain();
      await expect.poll(async () => (await ingestRest(url)).status, { timeout: 20_000 }).toBe(200);
      proc.child.kill("SIGTERM");
      expect(await proc.exited).toBe(0);
    } finally {
      proc.child.kill("SIGKILL");
    }
  }, 90_000);
});
