import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeHandler } from "@kiosk/trpc-node";
import { DomainError } from "@kiosk/core";
import { sql } from "drizzle-orm";
import { pino, type Logger } from "pino";
import { countBrokenAuditChains } from "./audit-chain";
import type { BackofficeConfig } from "./config";
import { consoleAssets } from "./console-assets";
import { openBackofficeDb } from "./db";
import { failureFields } from "./errors";
import { assertJson, bearer, clientAddressOf, readJson, requestIdFrom, sendError, sendJson } from "./http";
import { createBackofficeMetrics } from "./metrics";
import { reportLinkRoutes, reportUploadRoute } from "./report-links/http";
import { createLinkRateLimiter } from "./report-links/rate-limit";
import { startReportRetention } from "./report-links/retention";
import { callerOf } from "./accounts/caller";
import { responseCookies } from "./accounts/cookies";
import { createSignInGuards } from "./accounts/sign-in-guards";
import type { BackofficeContext } from "./procedures";
import { backofficeRouter } from "./router";
import { kiosks } from "./schema";
import { authenticateKiosk, isKnownToken } from "./tokens";
import { commandResultRoute, commandRoutes } from "./commands/http";
import { startCommandExpiry } from "./commands/sweep";
import { enrollRoute } from "./kiosks/http";

export interface Backoffice {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

/** A kiosk's batch may be this large; a caller not known by its token is read no further than `anonymousBodyLimit`. */
const bodyLimit = 16 * 1024 * 1024;
const anonymousBodyLimit = 64 * 1024;

/**
 * The fleet backoffice: PostgreSQL (migrated at start), the tRPC API at /trpc,
 * `POST /api/ingest` and `PUT /api/fleet/reports/:reportId` for kiosks, the
 * customers' report links at /r/, /metrics, /healthz and /readyz. Every answer
 * carries an x-request-id; every 5xx writes one error line under it.
 */
export async function startBackoffice(
  config: BackofficeConfig,
  /** `now`: the clock sessions and lockouts are judged by (tests move it; rate windows use PostgreSQL's). */
  options: { logger?: Logger; now?: () => Date } = {},
): Promise<Backoffice> {
  if (!config.databaseUrl) throw new Error("DATABASE_URL is required");
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: "kiosk-backoffice" } });
  const { db, close } = await openBackofficeDb(config.databaseUrl, { logger });
  const now = options.now ?? (() => new Date());
  const metrics = createBackofficeMetrics(
    async () => {
      const cutoff = new Date(now().getTime() - config.silentAfterMs);
      const [row] = await db
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(kiosks)
        .where(sql`${kiosks.lastSeenAt} < ${cutoff}`);
      return row?.n ?? 0;
    },
    () => countBrokenAuditChains(db),
  );
  const signInGuards = await createSignInGuards(db, config);
  const clientIp = clientAddressOf(config.trustedProxies);
  /** Who asks (a bearer token, or a console session's cookie), and where the console's cookies go on the answer. */
  const contextFor = async (req: IncomingMessage, res: ServerResponse | null): Promise<BackofficeContext> => {
    const caller = await callerOf(req, { db, config, now: now() });
    return {
      db,
      config,
      metrics,
      ...caller,
      ip: clientIp(req),
      userAgent: req.headers["user-agent"] ?? null,
      cookies: responseCookies(res),
      signInGuards,
      now,
    };
  };
  // What each request in flight failed with, for its log line: tRPC's onError is given only `req`.
  const failures = new WeakMap<IncomingMessage, unknown>();
  const trpcHandler = (maxBodySize: number) =>
    createNodeHandler({
      router: backofficeRouter,
      basePath: "/trpc/",
      maxBodySize,
      createContext: ({ req, res }) => contextFor(req, res),
      onError: ({ error, req }) => failures.set(req, error),
    });
  const trpc = { known: trpcHandler(bodyLimit), anonymous: trpcHandler(anonymousBodyLimit) };
  const reportLinks = reportLinkRoutes({
    db,
    config,
    metrics,
    rateLimiter: await createLinkRateLimiter(db, config.reportLinkRatePerMinute),
    clientIp,
    onFailure: (req, error) => failures.set(req, error),
  });
  const caller = backofficeRouter.createCaller;
  const serveConsole = consoleAssets(config.consoleDir);
  const enroll = enrollRoute({
    db,
    rateLimiter: await createLinkRateLimiter(db, config.enrollRatePerMinute, "enroll"),
    clientIp,
  });
  const commands = commandRoutes({ db, config });

  /** The kiosk's token is checked before a byte of the body is read; which kiosk it is, by the procedure. */
  async function ingestOverHttp(req: IncomingMessage): Promise<unknown> {
    const token = bearer(req.headers.authorization);
    await authenticateKiosk({ db, config }, token);
    assertJson(req);
    return caller(await contextFor(req, null)).ingest((await readJson(req, bodyLimit)) as never);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? "/", "http://backoffice.local");
    if (pathname.startsWith("/trpc/")) {
      const known = await isKnownToken({ db, config }, bearer(req.headers.authorization));
      return (known ? trpc.known : trpc.anonymous)(req, res);
    }
    if (req.method === "POST" && pathname === "/api/ingest") return sendJson(res, 200, await ingestOverHttp(req));
    if (req.method === "POST" && pathname === "/api/fleet/enroll") return enroll(req, res);
    if (req.method === "GET" && pathname === "/api/fleet/commands") return commands.fetch(req, res);
    const result = req.method === "POST" ? commandResultRoute.exec(pathname) : null;
    if (result?.[1]) return commands.result(req, res, result[1]);
    const upload = req.method === "PUT" ? reportUploadRoute.exec(pathname) : null;
    if (upload?.[1]) return reportLinks.upload(req, res, upload[1]);
    if ((req.method === "GET" || req.method === "HEAD") && (pathname === "/r" || pathname.startsWith("/r/"))) {
      return reportLinks.open(req, res, pathname);
    }
    if (req.method === "GET" && pathname === "/metrics") {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(text);
      return;
    }
    if (req.method === "GET" && pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (req.method === "GET" && pathname === "/readyz") {
      try {
        await db.execute(sql`select 1`);
        return sendJson(res, 200, { status: "ready" });
      } catch (error) {
        failures.set(req, error);
        return sendJson(res, 503, { status: "database_unavailable" });
      }
    }
    if (await serveConsole(req, res, pathname)) return;
    const message = `no route for ${req.method ?? "GET"} ${pathname}`;
    sendError(res, new DomainError("NOT_FOUND", message));
  }

  const server = createServer((req, res) => {
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    res.once("close", () => {
      if (res.statusCode < 500) return;
      const path = (req.url ?? "/").split("?")[0];
      const fields = {
        requestId,
        method: req.method,
        path,
        status: res.statusCode,
        ...failureFields(failures.get(req)),
      };
      logger.error(fields, "request failed");
    });
    handle(req, res).catch((error: unknown) => {
      failures.set(req, error);
      if (res.headersSent) res.destroy();
      else sendError(res, error);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const retention = startReportRetention(db, config.reportPurgeIntervalMs, logger);
  const commandExpiry = startCommandExpiry(db, config.commandSweepIntervalMs, logger);
  const url = `http://${config.host}:${port}`;
  logger.info({ url }, `kiosk-backoffice listening on ${url}`);
  if (config.publicUrl) logger.info({ publicUrl: config.publicUrl }, `report links at ${config.publicUrl}/r/<token>`);
  else
    logger.warn(
      "report links are off: set BACKOFFICE_PUBLIC_URL to publish kiosks' reports (uploads answer 503 LINKS_OFF)",
    );
  return {
    url,
    server,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await retention.stop();
      await commandExpiry.stop();
      await close();
    },
  };
}
