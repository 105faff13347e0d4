import type { IncomingMessage, ServerResponse } from "node:http";
import {
  appRouter,
  contextFor,
  createCaller,
  createRestCaller,
  domainErrorOf,
  publicError,
  type InnerContext,
} from "@kiosk/api";
import { createIpAllowlist, DomainError } from "@kiosk/core";
import { outcomeOf } from "@kiosk/metrics";
import { createNodeHandler } from "@kiosk/trpc-node";
import type { Logger } from "../logger";
import { requestContext, requestIdFrom } from "../request-context";
import { assertJsonContentType, callerIdentity, rateLimitHeaders, readJsonBody, sendError, sendJson } from "./io";
import { buildOpenApi } from "./openapi";
import { createStaticFiles, type ProxyPolicy } from "@kiosk/node-http";
import { compileRoutes, matchRoute, RestResponse, type RestRoute } from "./rest-route";

export interface HttpOptions {
  inner: InnerContext;
  logger: Logger;
  routes: RestRoute[];
  version: string;
  /** False while starting or draining: /readyz answers 503. */
  isReady: () => boolean;
  /** The built kiosk UI, served at `/` after every API path; null when the host serves its own pages. */
  staticDir: string | null;
}

/** Express's `next`, or any host's: called for a path the agent does not own. */
export type NextHandler = (error?: unknown) => void;

export type AgentRequestListener = (req: IncomingMessage, res: ServerResponse, next?: NextHandler) => void;

/**
 * One request listener for everything the agent serves: tRPC under /trpc, the
 * original REST paths (answered by the same procedures), /metrics, health.
 */
export function createRequestListener(options: HttpOptions): AgentRequestListener {
  const { inner, logger } = options;
  const { bodyLimitBytes, trustProxy, trustedProxies } = inner.config.server;
  const proxies: ProxyPolicy = { trustProxy, isTrustedProxy: createIpAllowlist(trustedProxies) };
  const routes = compileRoutes(options.routes);
  // Built on the first request for it: JSON Schema generation costs start-up time no kiosk needs.
  let openApi: string | undefined;
  const serveStatic = options.staticDir === null ? null : createStaticFiles(options.staticDir);

  /** Whether a path is the agent's: a host's own paths go to its `next`, untouched and uncounted. */
  function owns(req: IncomingMessage): boolean {
    const { pathname } = new URL(req.url ?? "/", "http://agent.local");
    return (
      pathname.startsWith("/trpc/") ||
      fixedRoutes.has(pathname) ||
      matchRoute(routes, req.method ?? "GET", pathname) !== null
    );
  }

  const trpc = createNodeHandler({
    router: appRouter,
    basePath: "/trpc/",
    maxBodySize: bodyLimitBytes,
    createContext: ({ req }) => contextFor(inner, callerIdentity(req, proxies)),
    onError: ({ error, path }) => logFailure(logger, domainErrorOf(error), path),
    responseMeta: ({ errors }) => {
      const limited = errors.find((error) => error.code === "TOO_MANY_REQUESTS");
      return limited ? { headers: rateLimitHeaders(publicError(domainErrorOf(limited))) } : {};
    },
  });

  async function handleRest(req: IncomingMessage, res: ServerResponse, url: URL, seen: Seen): Promise<boolean> {
    const found = matchRoute(routes, req.method ?? "GET", url.pathname);
    if (!found) return false;
    if (!("allowed" in found)) seen.route = found.route.path;
    if ("allowed" in found) {
      sendError(res, new DomainError("METHOD_NOT_ALLOWED", `use ${found.allowed.join(", ")}`));
      return true;
    }
    assertJsonContentType(req);
    const body = req.method === "GET" ? undefined : await readJsonBody(req, bodyLimitBytes);
    const identity = callerIdentity(req, proxies);
    const caller = createRestCaller(contextFor(inner, identity));
    try {
      const result = await found.route.handle({
        caller,
        identity,
        params: found.params,
        body,
        query: url.searchParams,
      });
      if (result instanceof RestResponse && Buffer.isBuffer(result.body)) {
        res.writeHead(result.status, { "content-length": result.body.length, ...result.headers });
        res.end(result.body);
      } else if (result instanceof RestResponse) sendJson(res, result.status, result.body, result.headers);
      else sendJson(res, found.route.successStatus ?? 200, result);
    } catch (error) {
      const failure = domainErrorOf(error);
      logFailure(logger, failure, found.route.path);
      sendError(res, failure);
    }
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse, seen: Seen): Promise<void> {
    const url = new URL(req.url ?? "/", "http://agent.local");
    if (fixedRoutes.has(url.pathname)) seen.route = url.pathname;
    if (url.pathname.startsWith("/trpc/")) {
      seen.route = "/trpc";
      assertJsonContentType(req);
      return trpc(req, res);
    }
    if (req.method === "GET" && url.pathname === "/metrics") {
      const text = await inner.metrics.registry.metrics();
      res.writeHead(200, { "content-type": inner.metrics.registry.contentType });
      res.end(text);
      return;
    }
    if (req.method === "GET" && url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (req.method === "GET" && url.pathname === "/readyz") {
      if (!options.isReady()) return sendJson(res, 503, { status: "draining" });
      const ready = await createCaller(contextFor(inner, callerIdentity(req, proxies)))
        .system.ready()
        .catch((error: unknown) => {
          const failure = domainErrorOf(error);
          if (failure.code !== "STORAGE_UNAVAILABLE") throw failure;
          logger.warn({ storage: failure.details }, "not ready: storage cannot take writes");
          return { status: "not_ready", ...failure.details };
        });
      return sendJson(res, ready.status === "ready" ? 200 : 503, ready);
    }
    if (req.method === "GET" && url.pathname === "/openapi.json") {
      res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
      openApi ??= JSON.stringify(buildOpenApi(options.routes, options.version));
      res.end(openApi);
      return;
    }
    if (await handleRest(req, res, url, seen)) return;
    if (serveStatic && (await serveStatic(req, res, url.pathname))) {
      seen.route = "/ (kiosk UI)";
      return;
    }
    sendError(res, new DomainError("NOT_FOUND", `no route for ${req.method ?? "GET"} ${url.pathname}`));
  }

  return (req, res, next) => {
    if (next && !serveStatic && !owns(req)) return next();
    const requestId = requestIdFrom(req.headers["x-request-id"]);
    res.setHeader("x-request-id", requestId);
    const seen: Seen = { route: "unmatched" };
    const started = process.hrtime.bigint();
    res.once("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = res.statusCode;
      inner.metrics.observeHttp([seen.route, req.method ?? "GET", outcomeOf(status)], seconds);
      // One line per request is for debugging: errors and state changes have their own lines.
      logger.debug(
        { requestId, method: req.method, route: seen.route, status, ms: Math.round(seconds * 1000) },
        "request",
      );
    });
    requestContext.run({ requestId }, () => {
      handle(req, res, seen).catch((error: unknown) => {
        const failure = domainErrorOf(error);
        logFailure(logger, failure, req.url);
        if (res.headersSent) {
          // A body half-sent cannot become an error answer; an answered one is done.
          if (failure.code === "INTERNAL" || failure.code === "STORAGE_UNAVAILABLE") res.destroy();
          return;
        }
        sendError(res, failure);
        // An oversized body is abandoned half-read: close rather than drain it.
        if (failure.code === "PAYLOAD_TOO_LARGE") res.once("finish", () => req.destroy());
      });
    });
  };
}

/** Which route served a request, for the metrics label: a template, never a raw path with ids. */
interface Seen {
  route: string;
}

const fixedRoutes = new Set(["/metrics", "/healthz", "/readyz", "/openapi.json"]);

/** Bugs and storage failures are worth an error line (with what lies underneath); a customer's bad input is not. */
function logFailure(logger: Logger, failure: DomainError, where: string | undefined): void {
  if (failure.code === "INTERNAL") logger.error({ err: failure.cause ?? failure, where }, "request failed");
  else if (failure.code === "STORAGE_UNAVAILABLE") {
    logger.error({ err: failure.cause ?? failure, where }, "request failed: storage");
  }
}
