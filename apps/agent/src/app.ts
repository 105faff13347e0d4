import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock, Config, IdGenerator } from "@kiosk/core";
import { agentVersion } from "./config";
import { createCoreServices, type CoreServices, type CoreServicesDeps } from "./core-services";
import type { Logger } from "./logger";

export interface AgentOptions {
  config: Config;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
  /** The adapters `config` was parsed with; the built-in ones by default. */
  adapters?: CoreServicesDeps["adapters"];
}

export interface Agent {
  services: CoreServices;
  server: Server;
  logger: Logger;
  /** Starts the workers and listens; resolves with the bound port. */
  start(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, stops workers, closes the db. */
  stop(): Promise<void>;
}

/** The agent process's server: the core services on node:http, with the kiosk UI at `/`. */
export function createAgent(options: AgentOptions): Agent {
  return agentOn(createCoreServices(options));
}

/** The agent around services already composed (the test harness composes its own, with its handles). */
export function agentOn(services: CoreServices): Agent {
  const { config, logger } = services;
  const server = createServer(services.createRouter({ kioskUi: true }));
  // Requests that stall must not pin the process open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    services,
    server,
    logger,
    async start() {
      services.start();
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.server.port, config.server.host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      const { port } = server.address() as AddressInfo;
      const url = listeningUrl(config.server.host, port);
      logger.info(
        {
          url,
          port,
          environment: config.environment,
          paymentProvider: services.paymentProvider,
          version: agentVersion,
        },
        `kiosk-agent listening on ${url}`,
      );
      return port;
    },
    async stop() {
      services.beginClose();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections go as soon as they fall idle: the kiosk's live streams end with
      // the shutdown signal, and their connections would otherwise wait out the whole budget.
      server.closeIdleConnections();
      const idleSweep = setInterval(() => server.closeIdleConnections(), 50);
      // Requests and workers finish what they hold, within one budget (systemd gives 90 s):
      // a provider that hangs leaves its delivery `sending`, taken back after the restart.
      let budget: NodeJS.Timeout | undefined;
      const outOfTime = new Promise<"timeout">((resolve) => {
        budget = setTimeout(() => resolve("timeout"), config.server.shutdownTimeoutMs);
      });
      const finished = Promise.all([closed, services.stopWorkers()]).then(() => "done" as const);
      const outcome = await Promise.race([finished, outOfTime]);
      clearTimeout(budget);
      clearInterval(idleSweep);
      server.closeAllConnections();
      await services.close();
      if (outcome === "timeout") logger.warn("shutdown budget spent; work still under way was left to the next start");
      logger.info("kiosk-agent stopped");
    },
  };
}

/** The address a person can open: a wildcard host is reached on loopback, an IPv6 one in brackets. */
function listeningUrl(host: string, port: number): string {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}
