import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { InnerContext } from "@kiosk/api";
import { randomId, systemClock, type Clock, type Config, type IdGenerator } from "@kiosk/core";
import { createDb } from "@kiosk/db";
import { createMetrics } from "@kiosk/metrics";
import { countActiveSessionsByType, startSessionSweeper, type SessionDeps, type Sweeper } from "@kiosk/sessions";
import { agentVersion } from "./config";
import { createRequestListener } from "./http/server";
import { sessionRoutes } from "./http/session-routes";
import { createLogger, type Logger } from "./logger";

export interface AgentOptions {
  config: Config;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
}

export interface Agent {
  inner: InnerContext;
  server: Server;
  logger: Logger;
  /** Starts the workers and listens; resolves with the bound port. */
  start(): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, stops workers, closes the db. */
  stop(): Promise<void>;
}

/** Wires config, storage, domain services and the HTTP server into one agent. */
export function createAgent(options: AgentOptions): Agent {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config.logLevel);
  const handle = createDb(config.storagePath === ":memory:" ? ":memory:" : join(config.storagePath, "core.sqlite"));
  const metrics = createMetrics();
  metrics.setGaugeSources({ activeSessionsByType: () => countActiveSessionsByType(handle.db) });

  const sessions: SessionDeps = {
    db: handle.db,
    clock,
    ids: options.ids ?? randomId,
    config: config.sessions,
    metrics,
  };
  const inner: InnerContext = { config, clock, db: handle.db, metrics, sessions };

  let ready = false;
  let sweeper: Sweeper | undefined;
  const server = createServer(
    createRequestListener({ inner, logger, routes: sessionRoutes, version: agentVersion, isReady: () => ready }),
  );
  // Requests that stall must not pin the process open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    inner,
    server,
    logger,
    async start() {
      sweeper = startSessionSweeper(sessions, (error) => logger.error({ err: error }, "session sweep failed"));
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.server.port, config.server.host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      ready = true;
      const { port } = server.address() as AddressInfo;
      logger.info({ port, environment: config.environment, version: agentVersion }, "kiosk-agent listening");
      return port;
    },
    async stop() {
      ready = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), config.server.shutdownTimeoutMs);
      await closed;
      clearTimeout(forced);
      sweeper?.stop();
      handle.close();
      logger.info("kiosk-agent stopped");
    },
  };
}
