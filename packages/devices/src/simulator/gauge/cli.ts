/**
 * Serves a paint-thickness gauge simulator on a pseudo-terminal until killed, for manual runs:
 *   pnpm exec tsx packages/devices/src/simulator/gauge/cli.ts --gauge positector|elcometer|line
 *     [--unit um|mil] [--auto 1500] [--readings 45] [--quirky] [--substrate steel|aluminium] [--dir /tmp/gauge]
 * Prints the path to use as GAUGE_PORT. --auto plays the script (45 readings, a sedan's
 * count, or the quirky one), a step every N ms. On stdin: `take <um> [steel|aluminium]
 * [zone]`, `none`, `error <code> <message>`, `battery <percent>`, `garbage`, `range`,
 * `play`, `stop`, `unplug`, `replug`, `stats`.
 */
import readline from "node:readline";
import { parseArgs } from "node:util";
import { type GaugeFormat, gaugeFormats, type GaugeUnit, type Substrate } from "./formats";
import { quirkyScript, scriptOfReadings } from "./scripts";
import { serveGauge, type ServedGauge } from "./serve";

const isSubstrate = (value: string | undefined): value is Substrate => value === "steel" || value === "aluminium";

type Verb = (served: ServedGauge, args: string[]) => unknown;

/** The stdin commands; one that returns a string prints it. */
const verbs: Record<string, Verb> = {
  take: ({ simulator }, [value, substrate = "steel", zone]) => {
    if (!isSubstrate(substrate) || !Number.isFinite(Number(value))) return "take <um> [steel|aluminium] [zone]";
    return simulator.take({ valueUm: Number(value), substrate, ...(zone ? { zone } : {}) });
  },
  none: ({ simulator }) => simulator.noReading(),
  error: ({ simulator }, [code = "E", ...words]) => simulator.error(code, words.join(" ") || "error"),
  battery: ({ simulator }, [percent]) => simulator.battery(Number(percent ?? 0)),
  garbage: ({ simulator }) => simulator.garbage(),
  range: ({ simulator }) => simulator.outOfRange(),
  play: ({ simulator }) => void simulator.play(),
  stop: ({ simulator }) => simulator.stop(),
  unplug: (served) => served.unplug(),
  replug: (served) => served.replug(),
  stats: ({ simulator }) => JSON.stringify(simulator.stats),
};

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      gauge: { type: "string", default: "positector" },
      unit: { type: "string", default: "um" },
      auto: { type: "string" },
      readings: { type: "string", default: "45" },
      quirky: { type: "boolean", default: false },
      substrate: { type: "string", default: "steel" },
      dir: { type: "string" },
    },
  });
  const format = values.gauge as GaugeFormat;
  const unit = values.unit as GaugeUnit;
  if (!gaugeFormats.includes(format) || (unit !== "um" && unit !== "mil") || !isSubstrate(values.substrate)) {
    process.stderr.write(`--gauge ${gaugeFormats.join("|")} --unit um|mil --substrate steel|aluminium\n`);
    process.exit(64);
  }
  const script = values.quirky ? quirkyScript : scriptOfReadings(Number(values.readings), values.substrate);
  const served = await serveGauge({
    format,
    unit,
    script,
    substrate: values.substrate,
    intervalMs: values.auto ? Number(values.auto) : 1500,
    autoPlay: values.auto !== undefined,
    dir: values.dir,
  });
  process.stdout.write(`GAUGE_PORT=${served.driverPath}\nGAUGE_DRIVER=${format}\n`);
  process.stdout.write(`${format} in ${unit}; type: take <um> [substrate] [zone], none, error, battery, garbage, `);
  process.stdout.write("range, play, stop, unplug, replug, stats\n");
  const stop = (): void => void served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    const [verb = "", ...args] = line.trim().split(/\s+/);
    const run = verbs[verb];
    try {
      const answer: unknown = run ? await run(served, args) : "?";
      if (typeof answer === "string") process.stdout.write(`${answer}\n`);
    } catch (error) {
      process.stdout.write(`${String(error)}\n`);
    }
  }
  // stdin closed (e.g. run in the background): keep serving until a signal.
}

// eslint-disable-next-line no-restricted-syntax -- the entry point of a script runs when it is started
await main();
