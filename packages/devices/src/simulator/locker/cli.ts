/**
 * Serves a locker-board simulator on a pseudo-terminal until killed, for manual runs:
 *   pnpm exec tsx packages/devices/src/simulator/locker/cli.ts --locker [--scenario normal]
 *     [--cells 8] [--board 1] [--jam 3] [--close-after-ms 20000] [--real-timing] [--dir /tmp/locker]
 * Prints the path to use as LOCKER_PORT, then each door's changes. --close-after-ms is a
 * simulated customer who shuts each door that long after it opened (for a whole DEV
 * visit). On stdin: `close <cell>`, `open-by-hand <cell>`, `jam <cell>`, `unjam <cell>`,
 * `power on|off`, `doors`, `stats`, `unplug`, `replug`.
 */
import readline from "node:readline";
import { parseArgs } from "node:util";
import { lockerScenarios, type LockerScenarioName, realLockerTiming } from "./scenarios";
import { serveLocker, type ServedLocker } from "./serve";

type Verb = (served: ServedLocker, cell: number, arg: string | undefined) => unknown;

/** The stdin commands; one that returns a string prints it. */
const verbs: Record<string, Verb> = {
  close: ({ simulator }, cell) => (simulator.close(cell) ? "" : `door ${cell} stays as it was`),
  "open-by-hand": ({ simulator }, cell) => (simulator.openByHand(cell) ? "" : `door ${cell} was open`),
  jam: ({ simulator }, cell) => simulator.jam(cell),
  unjam: ({ simulator }, cell) => simulator.jam(cell, false),
  power: ({ simulator }, _cell, arg) => simulator.power(arg !== "off"),
  doors: ({ simulator }) => simulator.doors.map((closed, i) => `${i + 1}:${closed ? "closed" : "open"}`).join(" "),
  stats: ({ simulator }) => JSON.stringify(simulator.stats),
  unplug: (served) => served.unplug(),
  replug: (served) => served.replug(),
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      locker: { type: "boolean", default: true },
      scenario: { type: "string", default: "normal" },
      cells: { type: "string" },
      board: { type: "string" },
      jam: { type: "string", multiple: true },
      "close-after-ms": { type: "string" },
      "real-timing": { type: "boolean", default: false },
      dir: { type: "string" },
    },
  });
  const name = values.scenario as LockerScenarioName;
  const scenario = lockerScenarios[name];
  if (!scenario) {
    process.stderr.write(`unknown scenario ${name}; one of: ${Object.keys(lockerScenarios).join(", ")}\n`);
    process.exit(64);
  }
  const served = await serveLocker({
    scenario,
    ...(values.cells ? { cells: Number(values.cells) } : {}),
    ...(values.board ? { board: Number(values.board) } : {}),
    ...(values.jam ? { jammed: [...(scenario.jammed ?? []), ...values.jam.map(Number)] } : {}),
    ...(values["close-after-ms"] ? { closeAfterMs: Number(values["close-after-ms"]) } : {}),
    ...(values["real-timing"] ? { timing: realLockerTiming } : {}),
    dir: values.dir,
  });
  const board = served.simulator;
  process.stdout.write(`LOCKER_PORT=${served.driverPath}\n`);
  process.stdout.write(`scenario ${name}: board ${board.board}, ${board.doors.length} cells; type: close <cell>, `);
  process.stdout.write("open-by-hand <cell>, jam <cell>, unjam <cell>, power on|off, doors, stats, unplug, replug\n");
  board.onDoorChange((cell, closed) => process.stdout.write(`door ${cell} ${closed ? "closed" : "open"}\n`));
  const stop = (): void => void served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const [verb = "", arg] = line.trim().split(/\s+/);
    if (!verb) continue;
    const run = verbs[verb];
    try {
      const answer: unknown = run ? await run(served, Number(arg), arg) : "?";
      if (typeof answer === "string" && answer) process.stdout.write(`${answer}\n`);
    } catch (error) {
      process.stdout.write(`${String(error)}\n`);
    }
  }
  // stdin closed (e.g. run in the background): keep serving until a signal.
}

// eslint-disable-next-line no-restricted-syntax -- the entry point of a script runs when it is started
await main();
