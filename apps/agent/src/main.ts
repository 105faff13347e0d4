import { ConfigError } from "@kiosk/core";
import { createAgent } from "./app";
import { loadConfig, systemdNotifySettings } from "./config";
import { createProcessLogger } from "./logger";
import { startSystemdNotify } from "./systemd-notify";

/**
 * systemd sends SIGKILL 15 s after SIGTERM (TimeoutStopSec=15): the process
 * exits by itself before that even when a step of the shutdown hangs.
 */
const hardStopMs = 14_000;

/** The agent process: load config, start, stop cleanly on SIGTERM/SIGINT; under systemd, notify it. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`kiosk-agent: ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const agent = createAgent({ config, logger: await createProcessLogger(config.logLevel, config.environment) });
  const systemd = await startSystemdNotify(systemdNotifySettings(), () => agent.services.answersReady(), agent.logger);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    systemd?.stopping();
    agent.logger.info({ signal }, "shutting down");
    setTimeout(() => {
      agent.logger.error({ afterMs: hardStopMs }, "shutdown did not finish in time; exiting with work under way");
      process.exit(1);
    }, hardStopMs).unref();
    agent.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        agent.logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
  await agent.start();
}

main().catch((error: unknown) => {
  // A setting found bad while the agent is built (a provider's own settings) is a config error too.
  if (error instanceof ConfigError) {
    process.stderr.write(`kiosk-agent: ${error.message}\n`);
    process.exit(78);
  }
  process.stderr.write(`kiosk-agent failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
