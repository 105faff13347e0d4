import { join } from "node:path";
import type { InnerContext } from "@kiosk/api";
import {
  parseConfig,
  RateLimiter,
  randomId,
  systemClock,
  type Clock,
  type Config,
  type EnvLike,
  type IdGenerator,
  type Worker,
} from "@kiosk/core";
import { checkStorage, createDb, fleetBacklog, fleetRefusedCount, freeBytesAt, type DbHandle } from "@kiosk/db";
import { createMetrics } from "@kiosk/metrics";
import {
  handleWebhook,
  startEmulatorWorker,
  startReconciler,
  webhookActor,
  type WebhookRequest,
} from "@kiosk/payments";
import {
  devicesSettled,
  onServiceDown,
  serviceDevice,
  startDevices,
  stopDevices,
  whenServiceSettled,
} from "@kiosk/devices";
import { createReportFonts, startOutbox } from "@kiosk/reporting";
import { countActiveSessionsByType, sessionStatements, type SessionDeps } from "@kiosk/sessions";
import { agentAdapters, configAdapters, type AddedAdapters, type AgentAdapters } from "./adapters";
import { agentAssets } from "./assets";
import { agentVersion, processEnv } from "./config";
import { fleetAuditChain } from "./fleet-audit-chain";
import { fleetAccessAtStart } from "./fleet-enroll";
import { fleetRetryDelay, startFleetWorker } from "./fleet-worker";
import {
  countDeliveriesByStatus,
  countPendingPayments,
  oldestPendingPaymentAt,
  oldestUnregisteredReceiptAt,
  countLateUnrefunded,
} from "./gauges";
import { startHousekeeping } from "./housekeeping";
import { agentRestRoutes } from "./http/routes";
import { createRequestListener, type AgentRequestListener } from "./http/server";
import { createLogger, type Logger } from "./logger";
import { createDevicesDeps } from "./devices";
import { cancelPendingPaymentsFor, createPaymentDeps } from "./payments";
import { programmaticServices, type ProgrammaticServices } from "./programmatic";
import { createReportingDeps } from "./reporting";
import { agentAudit, type SharedDeps } from "./shared-deps";

export interface CoreServicesDeps {
  config: Config;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
  /** The adapters `config` was parsed with (parseConfig's third argument); the built-in ones by default. */
  adapters?: AgentAdapters;
}

/** Tests only (`@kiosk/agent/testing`, through composeCoreServices): receives what no embedding program gets. */
export type ExposeForTests = (handles: TestHandles) => void;

/** The internals a test reaches past the API: the inner context, and the raw SQLite connection (a failing disk). */
export interface TestHandles {
  inner: InnerContext;
  sqlite: DbHandle["sqlite"];
}

/** The seed's services, and the HTTP surface that serves them. */
export interface CoreServices extends ProgrammaticServices {
  config: Config;
  logger: Logger;
  /** The payment provider in use, by its registered name. */
  paymentProvider: string;
  /**
   * A `(req, res, next?)` handler for node:http, Express or any host alike: the
   * REST paths, /trpc, /metrics, /openapi.json and health. A path it does not own
   * goes to `next` (a 404 without one). The kiosk UI is the agent's own, not
   * the router's: `{ kioskUi: true }` serves it after every API path.
   */
  createRouter(options?: { kioskUi?: boolean }): AgentRequestListener;
  /** Starts the workers: sweeper, reconciler, outbox, the DEV emulator. Idempotent. */
  start(): void;
  /** Whether the services take work: started and not closing (/readyz). */
  isReady(): boolean;
  /** Whether GET /readyz answers 200: `isReady()` and storage taking writes (systemd's READY=1 waits for it). */
  answersReady(): boolean;
  /** Aborts live subscriptions and marks the services not ready: the first step of a shutdown. */
  beginClose(): void;
  /** Stops the workers; each finishes what it holds. */
  stopWorkers(): Promise<void>;
  /** Closes: stops the workers, then the database. */
  close(): Promise<void>;
}

/**
 * The one composition root: config, storage, domain services, workers and the
 * HTTP surface. The agent process serves it on its own node:http server; another
 * program embeds it through `initializeCoreServices`.
 */
export function createCoreServices(deps: CoreServicesDeps): CoreServices {
  return composeCoreServices(deps);
}

/**
 * The composition root itself. Not exported from the package: only the test
 * harness passes `exposeForTests`, so no embedding program can reach the inner
 * context or the raw connection.
 */
export function composeCoreServices(deps: CoreServicesDeps, exposeForTests?: ExposeForTests): CoreServices {
  const { config } = deps;
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? createLogger(config.logLevel);
  const storageDir = config.storagePath === ":memory:" ? null : config.storagePath;
  const assets = agentAssets();
  const handle = createDb(storageDir === null ? ":memory:" : join(storageDir, "core.sqlite"), {
    migrationsFolder: assets.migrationsFolder,
  });
  // Before anything starts: a FLEET_URL with no way to authenticate is a configuration error.
  const fleetAccess = fleetAccessAtStart(handle.db, config.fleet);
  const metrics = createMetrics();
  metrics.setGaugeSources({
    activeSessionsByType: () => countActiveSessionsByType(handle.db),
    pendingPayments: () => countPendingPayments(handle.db),
    deliveriesByStatus: () => countDeliveriesByStatus(handle.db),
    oldestPendingPaymentAt: () => oldestPendingPaymentAt(handle.db),
    oldestUnregisteredReceiptAt: () => oldestUnregisteredReceiptAt(handle.db),
    lateUnrefunded: () => countLateUnrefunded(handle.db),
    storageFreeBytes: () => (storageDir === null ? null : freeBytesAt(storageDir)),
    fleetBacklog: () => fleetBacklog(handle.db),
    fleetRefused: () => fleetRefusedCount(handle.db),
    now: () => clock.now(),
  });

  const shared: SharedDeps = {
    db: handle.db,
    clock,
    ids: deps.ids ?? randomId,
    metrics,
    audit: agentAudit(handle.db, config.fleet),
  };
  const sessions: SessionDeps = {
    ...shared,
    config: config.sessions,
    // With a fleet that answers, the report has a link and the done screen's QR code carries it: a contact is optional.
    contactOptional: () => reporting.links?.reachable ?? false,
    statements: sessionStatements(handle.db),
  };
  const adapters = deps.adapters ?? agentAdapters();
  const shutdown = new AbortController();
  const devices = createDevicesDeps(config, shared, logger, shutdown.signal);
  const payments = {
    ...createPaymentDeps(config, shared, adapters.paymentProviders),
    // No money for a service whose device (or the locker that holds it) does not answer.
    serviceReadiness: async (service: "thickness" | "diagnostics") => {
      // Just after start a device may still be answering its first probe: a payment waits for that.
      await whenServiceSettled(devices, service, 10_000);
      return serviceDevice(devices, service);
    },
  };
  metrics.setInfo({ version: agentVersion, environment: config.environment, paymentProvider: payments.provider.name });
  // The outbox worker exists once start() runs; the hook given here reaches it then.
  let outbox: Worker | undefined;
  let fleet: Worker | undefined;
  // A device went away while a customer looks at its QR code: the code stops being payable.
  for (const service of ["diagnostics", "thickness"] as const) {
    onServiceDown(devices, service, () => {
      void cancelPendingPaymentsFor(payments, service, (error) =>
        logger.warn({ err: error, service }, "could not cancel a pending payment"),
      ).then((count) => {
        if (count > 0) logger.warn({ payments: count, service }, "a device went away: pending payments cancelled");
      });
    });
  }
  const reporting = createReportingDeps(config, shared, logger, {
    adapters,
    fonts: createReportFonts(assets.fonts),
    onQueued: () => outbox?.wake(),
    onUploadQueued: () => fleet?.wake(),
  });
  const inner: InnerContext = {
    config,
    clock,
    db: handle.db,
    metrics,
    sessions,
    payments,
    reporting,
    devices,
    rateLimits: {
      kioskMutations: new RateLimiter(clock, config.server.rateLimitPerMinute, 60_000),
      paymentIntents: new RateLimiter(clock, config.payments.rateLimitPerMinute, 60_000),
      reports: new RateLimiter(clock, config.reports.rateLimitPerMinute, 60_000),
    },
    checkStorage: () => checkStorage(handle.db, storageDir, config.storage.minFreeBytes, clock.now()),
    shutdownSignal: shutdown.signal,
  };

  // The webhook's tier is its sender allowlist (in the payment deps); its actor is the PSP at that address.
  const receiveWebhook = (request: WebhookRequest) =>
    handleWebhook({ ctx: { deps: payments, actor: webhookActor(request) }, input: request });
  const routes = agentRestRoutes(receiveWebhook);
  exposeForTests?.({ inner, sqlite: handle.sqlite });
  const workers: Worker[] = [];
  let started = false;
  let closing = false;
  // Ready once the devices have had their first try: until then the catalog cannot say what it sells.
  const isReady = () => started && !closing && devicesSettled(devices);
  const beginClose = () => {
    closing = true;
    shutdown.abort();
  };
  const stopWorkers = async () => {
    // Running scans and measurements end INTERRUPTED (closing a port cuts a command short), written before the database closes.
    await Promise.all([...workers.splice(0).map((worker) => worker.stop()), stopDevices(devices)]);
  };

  return {
    config,
    logger,
    paymentProvider: payments.provider.name,
    ...programmaticServices(inner, receiveWebhook),
    createRouter(options = {}) {
      return createRequestListener({
        inner,
        logger,
        routes,
        version: agentVersion,
        isReady,
        staticDir: options.kioskUi ? (config.kiosk.staticDir ?? assets.kioskDir) : null,
      });
    },
    start() {
      if (started || closing) return;
      started = true;
      const found = startDevices(devices);
      if (found.scans + found.measurements + found.returns > 0) {
        logger.warn(
          found,
          "device work cut short by the last stop: scans and measurements failed, returns watched again",
        );
      }
      workers.push(
        startHousekeeping({ config, sessions, payments, reporting, devices }, (error) =>
          logger.error({ err: error }, "housekeeping failed"),
        ),
      );
      workers.push(startReconciler(payments, (error) => logger.warn({ err: error }, "payment reconciliation failed")));
      outbox = startOutbox(reporting, (error) => logger.error({ err: error }, "report delivery failed"));
      workers.push(outbox);
      if (payments.emulator) {
        workers.push(startEmulatorWorker(payments, (error) => logger.error({ err: error }, "payment emulator failed")));
      }
      const { url } = config.fleet;
      if (url && fleetAccess) {
        const credential = fleetAccess.kind === "credential" ? fleetAccess : null;
        if (credential?.source === "enrolled" && config.fleet.enrollCode) {
          logger.info({ kioskId: credential.kioskId }, "this kiosk is enrolled: FLEET_ENROLL_CODE can be removed");
        }
        workers.push(
          startFleetWorker(
            {
              db: handle.db,
              clock,
              config: {
                ...config.fleet,
                url,
                kioskId: credential?.kioskId ?? config.fleet.kioskId,
                token: credential?.token ?? "",
              },
              ...(fleetAccess.kind === "enroll"
                ? {
                    enrollCode: fleetAccess.code,
                    onEnrolled: (kioskId: string, configuredId: string) => {
                      const moved = kioskId === configuredId ? {} : { configuredId };
                      logger.info({ kioskId, ...moved }, "enrolled with the fleet: FLEET_ENROLL_CODE can be removed");
                      if (kioskId !== configuredId) {
                        logger.warn(
                          { kioskId, configuredId },
                          "the fleet knows this kiosk by another id than KIOSK_ID",
                        );
                      }
                    },
                  }
                : {}),
              commands: inner,
              about: () => ({
                timeZone: config.timezone,
                devices: {
                  obd: serviceDevice(inner.devices, "diagnostics"),
                  gauge: serviceDevice(inner.devices, "thickness"),
                  // The locker's own health and size (the console bounds an operator's cell number by it); none, no locker.
                  ...(config.devices.locker.driver === "none"
                    ? {}
                    : { locker: { ...inner.devices.locker.status(), cells: config.devices.locker.cellCount } }),
                },
              }),
              version: agentVersion,
              auditChain: fleetAuditChain({
                db: handle.db,
                clock,
                checkEveryMs: config.fleet.auditCheckIntervalMs,
                retryDelay: (failures) => fleetRetryDelay(failures, config.fleet.maxDelayMs),
              }),
              onRefused: (refused) =>
                logger.error(refused, "the fleet backoffice refused an event; it is set aside for a re-drive"),
              onUploadRefused: (reportId, reason) =>
                logger.error(
                  { reportId, reason },
                  "the fleet backoffice refused a report's PDF; the report goes without a link",
                ),
              onCommandRefused: (commandId, kind, reason) =>
                logger.error(
                  { commandId, kind, reason },
                  "the fleet backoffice refused a command's result; it is set aside, the others are reported",
                ),
            },
            reporting,
            (error) =>
              logger.warn({ err: error }, "fleet backoffice unreachable; events and reports wait in the outbox"),
          ),
        );
        fleet = workers.at(-1);
      }
    },
    isReady,
    answersReady: () => isReady() && inner.checkStorage().ok,
    beginClose,
    stopWorkers,
    async close() {
      beginClose();
      await stopWorkers();
      if (handle.sqlite.open) handle.close();
    },
  };
}

/** What `initializeCoreServices` takes: the config file's keys, plus what only a program can pass. */
export type CoreServicesOptions = Record<string, unknown> & {
  environment?: "DEV" | "PROD";
  storagePath?: string;
  reportsPath?: string;
  /** Environment variables (secrets among them) read as the agent reads them; process.env by default. */
  env?: EnvLike;
  /**
   * The host's own payment providers (and email or SMS channels), beside the built-in
   * ones: `payments.provider` may then name one. They affect only these services.
   */
  adapters?: AddedAdapters;
  clock?: Clock;
  ids?: IdGenerator;
  logger?: Logger;
  /** Start the workers at once (the default, as the seed implies); false to call `start()` later. */
  startWorkers?: boolean;
};

/**
 * The seed's entry point, for a program that embeds the kiosk's services:
 *
 *     const services = initializeCoreServices({ environment: "DEV", storagePath: "./storage" });
 *     app.use(services.createRouter());
 *
 * Every other option is a config key, exactly as in config/service.json, and the
 * environment variables apply on top as they do for the agent (secrets only come
 * from there). Throws a ConfigError naming the key when a value is wrong.
 */
export function initializeCoreServices(options: CoreServicesOptions = {}): CoreServices {
  const { env = processEnv(), clock, ids, logger, startWorkers = true, adapters: added, ...file } = options;
  const adapters = agentAdapters(added);
  const config = parseConfig(file, env, configAdapters(adapters));
  const services = createCoreServices({
    config,
    adapters,
    ...(clock ? { clock } : {}),
    ...(ids ? { ids } : {}),
    ...(logger ? { logger } : {}),
  });
  if (startWorkers) services.start();
  return services;
}
