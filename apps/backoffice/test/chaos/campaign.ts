/**
 * The fleet chaos campaign: a real PostgreSQL, the backoffice as a real process
 * (main.ts), and K agents that customers visit without pause (paid visits, some
 * refunded). Each round, at random moments, the backoffice is killed with
 * SIGKILL and started again, and PostgreSQL is stopped with `-m immediate` and
 * started again: the backoffice must outlive that by itself. At the end every
 * kiosk's outbox must drain into PostgreSQL exactly once, nothing refused, and
 * every payment's projection must equal the kiosk's row. Prints the figures and
 * exits 1 if any assertion failed.
 *
 *   pnpm test:fleet-chaos [--rounds 3] [--kiosks 3] [--seed 1] [--max-minutes 5]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { eventually } from "@kiosk/agent/testing";
import { paidVisit, startFleetKiosk, type FleetKiosk } from "../../sim/fleet-kiosk";
import { createBackofficeClient, freeLoopbackPort, startLocalPostgres } from "../../src";
import { BackofficeChild } from "./backoffice-child";
import { compareKiosk, unsent, unsettled, type KioskComparison } from "./compare";
import { Faults } from "./faults";
import { crashPostgres } from "./postgres-control";
import { between, seededRandom, sleep } from "@kiosk/agent/testing/random";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    kiosks: { type: "string", default: "3" },
    seed: { type: "string", default: "20261201" },
    "max-minutes": { type: "string", default: "5" },
  },
});
const rounds = Number(args.rounds);
const kioskCount = Number(args.kiosks);
const seed = Number(args.seed);
const operatorToken = "fleet-chaos-operator-token-0123";
const recoveryBoundMs = 20_000;

const random = seededRandom(seed);
const log = (line: string) => process.stdout.write(`fleet:chaos: ${line}\n`);

const root = mkdtempSync(join(tmpdir(), "kiosk-fleet-chaos-"));
const kiosks: FleetKiosk[] = [];
let postgresDir: string | null = null;
let backoffice: BackofficeChild | null = null;
let loading = false;

let cleaning: Promise<void> | null = null;
/** Kills every child, stops PostgreSQL and removes the folder: once, whatever happened. */
const cleanUp = () =>
  (cleaning ??= (async () => {
    loading = false;
    await backoffice?.kill();
    for (const kiosk of kiosks) kiosk.process.child.kill("SIGKILL");
    await Promise.all(kiosks.map((kiosk) => kiosk.process.exited));
    try {
      if (postgresDir) crashPostgres(postgresDir);
    } catch {
      // already down
    }
    rmSync(root, { recursive: true, force: true });
  })());

const maxMs = Number(args["max-minutes"]) * 60_000;
const watchdog = setTimeout(() => {
  log(`FAILED: not done in ${args["max-minutes"]} min`);
  void cleanUp().finally(() => process.exit(1));
}, maxMs);
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => void cleanUp().finally(() => process.exit(1)));

async function campaign(): Promise<boolean> {
  const started = Date.now();
  const postgres = await startLocalPostgres({ dataDir: join(root, "pg") });
  postgresDir = postgres.dataDir;
  const databaseUrl = postgres.url;
  const tokens = Array.from({ length: kioskCount }, (_, i): [string, string] => [
    `kiosk-${i + 1}`,
    `chaos-token-kiosk-${i + 1}-0123456`,
  ]);
  const url = `http://127.0.0.1:${await freeLoopbackPort()}`;
  backoffice = new BackofficeChild(
    {
      PORT: new URL(url).port,
      DATABASE_URL: databaseUrl,
      BACKOFFICE_KIOSK_TOKENS: tokens.map(([id, token]) => `${id}:${token}`).join(","),
      BACKOFFICE_OPERATOR_TOKEN: operatorToken,
      LOG_LEVEL: "warn",
    },
    url,
  );
  await backoffice.start();
  const fleet = { tickMs: 250, maxDelayMs: 2_000, timeoutMs: 5_000 };
  await Promise.all(
    tokens.map(async ([id, token]) =>
      kiosks.push(await startFleetKiosk({ root, id, token, backofficeUrl: url, fleet })),
    ),
  );
  log(`seed ${seed}, ${rounds} rounds, ${kioskCount} kiosks, PostgreSQL on ${postgres.port}, backoffice ${url}`);

  // Customers without pause; every fourth refunded in part, every fourth in full.
  loading = true;
  const visitErrors: string[] = [];
  const drivers = kiosks.map(async (kiosk) => {
    while (loading) {
      const n = kiosk.visits + kiosk.failures;
      await paidVisit(kiosk, n % 4 === 1 ? 12_000 : n % 4 === 3 ? "all" : null).then(
        () => kiosk.visits++,
        (error: unknown) => {
          kiosk.failures++;
          if (visitErrors.length < 5) visitErrors.push(`${kiosk.id}: ${String(error)}`);
        },
      );
    }
  });

  const child = backoffice;
  const [firstId, firstToken] = tokens[0] ?? ["", ""];
  const seen = new Faults({
    backoffice: child,
    postgres,
    kioskId: firstId,
    kioskToken: firstToken,
    random,
    recoveryBoundMs,
  });
  for (let round = 1; round <= rounds; round++) {
    const order =
      random() < 0.5 ? (["killBackoffice", "stopPostgres"] as const) : (["stopPostgres", "killBackoffice"] as const);
    for (const fault of order) {
      await sleep(between(random, 500, 2_500));
      await seen[fault]();
    }
    log(`round ${round}: ${seen.kills} kills, ${seen.postgresStops} PostgreSQL stops so far`);
  }
  loading = false;
  await Promise.all(drivers);

  // Everything up: let the refunds settle and the outboxes drain, then compare.
  /** Whether `done` holds within `ms`: polled with the harness's one helper, then read once more. */
  const until = async (done: () => boolean, ms: number) => {
    await eventually(
      () => Promise.resolve(done()),
      (ok) => ok,
      ms,
    ).catch(() => undefined);
    return done();
  };
  const settled = await until(() => kiosks.every((k) => unsettled(k) === 0), 30_000);
  const drainStarted = Date.now();
  const drained = await until(() => kiosks.every((k) => unsent(k) === 0), 60_000);
  const drainMs = Date.now() - drainStarted;

  const compared: KioskComparison[] = [];
  for (const kiosk of kiosks) compared.push(await compareKiosk(kiosk, databaseUrl));
  const overview = await createBackofficeClient({ url, token: operatorToken }).fleet.kiosks.query();
  const receivedWrong = compared.filter(
    (c) => overview.find((k) => k.kioskId === c.kioskId)?.eventsReceived !== c.inPostgres,
  ).length;
  const sum = (pick: (c: KioskComparison) => number) => compared.reduce((total, c) => total + pick(c), 0);
  const visits = kiosks.reduce((total, k) => total + k.visits, 0);
  const failedVisits = kiosks.reduce((total, k) => total + k.failures, 0);
  const { kills, postgresStops, recoveries, whileDown } = seen;
  const downAnswers = [...whileDown].map(([key, count]) => `${count}× ${key}`).join(", ");
  const sameProcess = child.alive() && child.pid === seen.pidAfterLastStart && child.deaths.length === 0;
  const worst = Math.max(...recoveries.map((ms) => ms ?? Infinity));

  const figures: Array<[string, string | number, boolean]> = [
    ["rounds", rounds, true],
    ["customer visits (failed)", `${visits} (${failedVisits})`, failedVisits === 0],
    ["refunds asked", sum((c) => kiosks.find((k) => k.id === c.kioskId)?.refunds ?? 0), true],
    ["backoffice kills (SIGKILL)", kills, kills === rounds],
    ["PostgreSQL stops (-m immediate)", postgresStops, postgresStops === rounds],
    ["answers while PostgreSQL was down", downAnswers, [...whileDown.keys()].every((k) => k.endsWith(" 503"))],
    [
      "recovery after each PostgreSQL stop (ms)",
      recoveries.map((ms) => ms ?? "never").join(", "),
      worst <= recoveryBoundMs,
    ],
    ["backoffice exits nobody caused", child.deaths.length, child.deaths.length === 0],
    ["backoffice up on its own (same pid since the last kill)", `${String(child.pid)}`, sameProcess],
    ["payments and refunds settled on the kiosks", String(settled), settled],
    ["outboxes drained (ms)", drained ? drainMs : "no", drained],
    ["events pushed (sent on the kiosks)", sum((c) => c.pushed), true],
    ["events in PostgreSQL", sum((c) => c.inPostgres), sum((c) => c.inPostgres) === sum((c) => c.pushed)],
    ["sent events missing from PostgreSQL", sum((c) => c.missing.length), sum((c) => c.missing.length) === 0],
    ["events in PostgreSQL the kiosk does not have", sum((c) => c.extra.length), sum((c) => c.extra.length) === 0],
    ["duplicates (an event id stored twice)", sum((c) => c.duplicates), sum((c) => c.duplicates) === 0],
    ["refused events", sum((c) => c.refused), sum((c) => c.refused) === 0],
    ["payments compared", sum((c) => c.payments), true],
    [
      "payment projections unlike the kiosk's row",
      sum((c) => c.mismatches.length),
      sum((c) => c.mismatches.length) === 0,
    ],
    ["kiosks whose events_received differs from PostgreSQL", receivedWrong, receivedWrong === 0],
  ];
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const [what, value, ok] of figures) log(`  ${ok ? "ok  " : "FAIL"}  ${what.padEnd(56)} ${value}`);
  const details = [
    ...child.deaths,
    ...visitErrors,
    ...compared.flatMap((c) => [
      ...c.missing.map((id) => `${c.kioskId}: ${id} sent, not in PostgreSQL`),
      ...c.extra.map((id) => `${c.kioskId}: ${id} in PostgreSQL only`),
      ...c.mismatches.map((m) => `${c.kioskId}: ${m}`),
    ]),
  ];
  for (const line of details.slice(0, 20)) log(`  - ${line}`);
  return figures.every(([, , ok]) => ok);
}

let ok = false;
try {
  ok = await campaign();
} catch (error) {
  log(`FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  for (const line of (backoffice as BackofficeChild | null)?.deaths ?? []) log(`  - ${line}`);
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
process.exit(ok ? 0 : 1);
