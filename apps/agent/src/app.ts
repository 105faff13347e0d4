import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { RateLimiter, type InnerContext } from "@kiosk/api";
import {
  createIpAllowlist,
  randomId,
  systemClock,
  type Clock,
  type Config,
  type IdGenerator,
  type Worker,
} from "@kiosk/core";
import { createDb } from "@kiosk/db";
import { createMetrics } from "@kiosk/metrics";
import { startEmulatorWorker, startReconciler } from "@kiosk/payments";
import { removePurgedReportFiles, startOutbox } from "@kiosk/reporting";
import { countActiveSessionsByType, startSessionSweeper, type SessionDeps, type Sweeper } from "@kiosk/sessions";
import { agentVersion } from "./config";
import { paymentRoutes } from "./http/payment-routes";
import { createRequestListener } from "./http/server";
import { sessionRoutes } from "./http/session-routes";
import { createLogger, type Logger } from "./logger";
import { createPaymentDeps } from "./payments";
import { createReportingDeps } from "./reporting";
import { auditRoutes } from "./http/audit-routes";
import { reportRoutes } from "./http/report-routes";
import { countDeliveriesByStatus, countPendingPayments, oldestPendingPaymentAt } from "./gauges";

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
  metrics.setGaugeSources({
    activeSessionsByType: () => countActiveSessionsByType(handle.db),
    pendingPayments: () => countPendingPayments(handle.db),
    deliveriesByStatus: () => countDeliveriesByStatus(handle.db),
    oldestPendingPaymentAt: () => oldestPendingPaymentAt(handle.db),
    now: () => clock.now(),
  });

  const ids = options.ids ?? randomId;
  const sessions: SessionDeps = { db: handle.db, clock, ids, config: config.sessions, metrics };
  const payments = createPaymentDeps(config, handle.db, clock, ids, metrics);
  metrics.setInfo({ version: agentVersion, environment: config.environment, paymentProvider: payments.provider.name });
  const reporting = createReportingDeps(config, handle.db, clock, ids, metrics, logger);
  const shutdown = new AbortController();
  const inner: InnerContext = {
    config,
    clock,
    db: handle.db,
    metrics,
    sessions,
    payments,
    reporting,
    rateLimits: {
      paymentIntents: new RateLimiter(clock, config.payments.rateLimitPerMinute, 60_000),
      reports: new RateLimiter(clock, config.reports.rateLimitPerMinute, 60_000),
    },
    shutdownSignal: shutdown.signal,
  };

  let ready = false;
  let sweeper: Sweeper | undefined;
  const workers: Worker[] = [];
  const routes = [
    ...sessionRoutes,
    ...paymentRoutes(createIpAllowlist(config.payments.yookassa.webhookAllowedIps)),
    ...reportRoutes,
    ...auditRoutes,
  ];
  const server = createServer(
    createRequestListener({ inner, logger, routes, version: agentVersion, isReady: () => ready }),
  );
  // Requests that stall must not pin the process open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    inner,
    server,
    logger,
    async start() {
      const sweepFailed = (error: unknown) => logger.error({ err: error }, "session sweep failed");
      sweeper = startSessionSweeper(sessions, sweepFailed, ({ purged }) => {
        // Retention deleted report rows with their sessions; their PDFs go too.
        if (purged > 0) removePurgedReportFiles(reporting).catch(sweepFailed);
      });
      workers.push(startReconciler(payments, (error) => logger.warn({ err: error }, "payment reconciliation failed")));
      const outbox = startOutbox(reporting, (error) => logger.error({ err: error }, "report delivery failed"));
      reporting.onQueued = () => outbox.wake();
      workers.push(outbox);
      if (payments.emulator) {
        workers.push(startEmulatorWorker(payments, (error) => logger.error({ err: error }, "payment emulator failed")));
      }
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.server.port, config.server.host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      ready = true;
      const { port } = server.address() as AddressInfo;
      logger.info(
        { port, environment: config.environment, paymentProvider: payments.provider.name, version: agentVersion },
        "kiosk-agent listening",
      );
      return port;
    },
    async stop() {
      ready = false;
      shutdown.abort();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const forced = setTimeout(() => server.closeAllConnections(), config.server.shutdownTimeoutMs);
      await closed;
      clearTimeout(forced);
      sweeper?.stop();
      await Promise.all(workers.map((worker) => worker.stop()));
      handle.close();
      logger.info("kiosk-agent stopped");
    },
  };
}
