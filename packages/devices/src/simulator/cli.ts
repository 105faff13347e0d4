/**
 * Serves the ELM327 simulator on a pseudo-terminal until killed, for manual runs:
 *   pnpm exec tsx packages/devices/src/simulator/cli.ts --profile can11 [--baud 38400] [--real-timing]
 *     [--check-baud] [--dir /tmp/obd]
 * Prints the path to use as OBD_PORT. Typing `ignition on|off`, `unplug` or `replug`
 * on its stdin acts on the simulated car.
 */
import readline from "node:readline";
import { parseArgs } from "node:util";
import { profiles, realTiming, type ProfileName } from "./profiles";
import { serveSimulator } from "./pty";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profile: { type: "string", default: "can11" },
      baud: { type: "string" },
      "real-timing": { type: "boolean", default: false },
      "check-baud": { type: "boolean", default: false },
      dir: { type: "string" },
    },
  });
  const name = values.profile as ProfileName;
  const profile = profiles[name];
  if (!profile) {
    process.stderr.write(`unknown profile ${name}; one of: ${Object.keys(profiles).join(", ")}\n`);
    process.exit(64);
  }
  const served = await serveSimulator({
    profile,
    baudRate: values.baud ? Number(values.baud) : undefined,
    checkDriverBaud: values["check-baud"],
    timing: values["real-timing"] ? { ...realTiming, commandMs: profile.timing.commandMs } : undefined,
    dir: values.dir,
  });
  process.stdout.write(`OBD_PORT=${served.driverPath}\n`);
  process.stdout.write(`profile ${name}; type: ignition on|off, unplug, replug, stats\n`);
  const stop = (): void => void served.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for await (const line of readline.createInterface({ input: process.stdin })) {
    const command = line.trim();
    if (command === "ignition on" || command === "ignition off") served.simulator.setIgnition(command.endsWith("on"));
    else if (command === "unplug") await served.unplug();
    else if (command === "replug") await served.replug();
    else if (command === "stats") process.stdout.write(`${JSON.stringify(served.simulator.stats)}\n`);
    else if (command) process.stdout.write("?\n");
  }
  // stdin closed (e.g. run in the background): keep serving until a signal.
}

// eslint-disable-next-line no-restricted-syntax -- the entry point of a script runs when it is started
await main();
