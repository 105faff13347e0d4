import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { InnerContext } from "@kiosk/api";
import {
  createIpAllowlist,
  RateLimiter,
  randomId,
  systemClock,
  type Clock,
  type Config,
  type IdGenerator,
  type Worker,
} from "@kiosk/core";
import { checkStorage, createDb, freeBytesAt, type DbHandle } from "@kiosk/db";
import { createMetrics } from "@kiosk/metrics";
import { startEmulatorWorker, startReconciler } from "@kiosk/payments";
import { startOutbox, useFontFiles } from "@kiosk/reporting";
import { countActiveSessionsByType, type SessionDeps } from "@kiosk/sessions";
import { agentVersion } from "./config";
import { paymentRoutes } from "./http/payment-routes";
import { createRequestListener } from "./http/server";
import { sessionRoutes } from "./http/session-routes";
import { agentAssets } from "./assets";
import { startHousekeeping } from "./housekeeping";
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
  /** The raw SQLite connection: for tests that play a failing disk, and for integrity checks. */
  sqlite: DbHandle["sqlite"];
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
  const storageDir = config.storagePath === ":memory:" ? null : config.storagePath;
  const assets = agentAssets();
  useFontFiles(assets.fonts);
  const handle = createDb(storageDir === null ? ":memory:" : join(storageDir, "core.sqlite"), {
    migrationsFolder: assets.migrationsFolder,
  });
  const metrics = createMetrics();
  metrics.setGaugeSources({
    activeSessionsByType: () => countActiveSessionsByType(handle.db),
    pendingPayments: () => countPendingPayments(handle.db),
    deliveriesByStatus: () => countDeliveriesByStatus(handle.db),
    oldestPendingPaymentAt: () => oldestPendingPaymentAt(handle.db),
    storageFreeBytes: () => (storageDir === null ? null : freeBytesAt(storageDir)),
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
    checkStorage: () => checkStorage(handle.db, storageDir, config.storage.minFreeBytes, clock.now()),
    shutdownSignal: shutdown.signal,
  };

  const webhookRefusals = new RateLimiter(clock, config.payments.webhookRefusalsPerMinute, 60_000);
  let ready = false;
  const workers: Worker[] = [];
  const routes = [
    ...sessionRoutes,
    ...paymentRoutes({
      isAllowedSender: createIpAllowlist(config.payments.yookassa.webhookAllowedIps),
      mayRecordRefusal: (ip) => webhookRefusals.take(ip),
    }),
    ...reportRoutes,
    ...auditRoutes,
  ];
  const server = createServer(
    createRequestListener({
      inner,
      logger,
      routes,
      version: agentVersion,
      isReady: () => ready,
      staticDir: config.kiosk.staticDir ?? assets.kioskDir,
    }),
  );
  // Requests that stall must not pin the process open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  return {
    inner,
    sqlite: handle.sqlite,
    server,
    logger,
    async start() {
      workers.push(
        startHousekeeping({ config, sessions, payments, reporting }, (error) =>
          logger.error({ err: error }, "housekeeping failed"),
        ),
      );
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
      const url = listeningUrl(config.server.host, port);
      logger.info(
        { url, port, environment: config.environment, paymentProvider: payments.provider.name, version: agentVersion },
        `kiosk-agent listening on ${url}`,
      );
      return port;
    },
    async stop() {
      ready = false;
      shutdown.abort();
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
      const finished = Promise.all([closed, ...workers.map((worker) => worker.stop())]).then(() => "done" as const);
      const outcome = await Promise.race([finished, outOfTime]);
      clearTimeout(budget);
      clearInterval(idleSweep);
      server.closeAllConnections();
      handle.close();
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
