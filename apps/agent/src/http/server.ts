import type { IncomingMessage, ServerResponse } from "node:http";
import { appRouter, contextFor, createCaller, publicError, type InnerContext } from "@kiosk/api";
import { createIpAllowlist, DomainError, storageFailureOf } from "@kiosk/core";
import { TRPCError } from "@trpc/server";
import { createNodeHandler } from "@kiosk/trpc-node";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { Logger } from "../logger";
import { requestContext, requestIdFrom } from "../request-context";
import {
  assertJsonContentType,
  callerIdentity,
  HttpError,
  rateLimitHeaders,
  readJsonBody,
  sendError,
  sendJson,
  type ProxyPolicy,
} from "./io";
import { buildOpenApi } from "./openapi";
import { createStaticFiles } from "./static-files";
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
    onError: ({ error, path }) => logProcedureFailure(logger, error, path),
    responseMeta: ({ errors }) => {
      const limited = errors.find((error) => error.code === "TOO_MANY_REQUESTS");
      return limited ? { headers: rateLimitHeaders(publicError(limited)) } : {};
    },
  });

  async function handleRest(req: IncomingMessage, res: ServerResponse, url: URL, seen: Seen): Promise<boolean> {
    const found = matchRoute(routes, req.method ?? "GET", url.pathname);
    if (!found) return false;
    if (!("allowed" in found)) seen.route = found.route.path;
    if ("allowed" in found) {
      sendError(res, 405, { code: "METHOD_NOT_ALLOWED", message: `use ${found.allowed.join(", ")}` });
      return true;
    }
    assertJsonContentType(req);
    const body = req.method === "GET" ? undefined : await readJsonBody(req, bodyLimitBytes);
    const identity = callerIdentity(req, proxies);
    const caller = createCaller(contextFor(inner, identity));
    try {
      const result = await found.route.handle({
        caller,
        identity,
        inner,
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
      if (!(error instanceof TRPCError)) throw error;
      logProcedureFailure(logger, error, found.route.path);
      sendError(res, getHTTPStatusCodeFromError(error), publicError(error));
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
          if (!(error instanceof TRPCError) || error.code !== "SERVICE_UNAVAILABLE") throw error;
          const { details } = publicError(error);
          logger.warn({ storage: details }, "not ready: storage cannot take writes");
          return { status: "not_ready", ...details };
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
    sendError(res, 404, { code: "NOT_FOUND", message: `no route for ${req.method ?? "GET"} ${url.pathname}` });
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
      const outcome = status < 400 ? "success" : status < 500 ? "client_error" : "server_error";
      inner.metrics.observeHttp([seen.route, req.method ?? "GET", outcome], seconds);
      // One line per request is for debugging: errors and state changes have their own lines.
      logger.debug(
        { requestId, method: req.method, route: seen.route, status, ms: Math.round(seconds * 1000) },
        "request",
      );
    });
    requestContext.run({ requestId }, () => {
      handle(req, res, seen).catch((error: unknown) => {
        if (error instanceof HttpError) {
          if (!res.headersSent) sendError(res, error.status, { code: error.code, message: error.message });
          // An oversized body is abandoned half-read: close rather than drain it.
          if (error.status === 413) res.once("finish", () => req.destroy());
          return;
        }
        const storage = storageFailureOf(error);
        logger.error({ err: error, url: req.url }, storage ? "request failed: storage" : "request failed");
        if (res.headersSent) res.destroy();
        else if (storage) {
          sendError(res, 503, {
            code: "SERVICE_UNAVAILABLE",
            message: storage.message,
            details: storage.details ?? {},
          });
        } else sendError(res, 500, { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" });
      });
    });
  };
}

/** Which route served a request, for the metrics label: a template, never a raw path with ids. */
interface Seen {
  route: string;
}

const fixedRoutes = new Set(["/metrics", "/healthz", "/readyz", "/openapi.json"]);

/** Bugs and storage failures are worth an error line; a customer's bad input is not. */
function logProcedureFailure(logger: Logger, error: TRPCError, where: string | undefined): void {
  const storage = error.cause instanceof DomainError && error.cause.code === "STORAGE_UNAVAILABLE";
  if (error.code === "INTERNAL_SERVER_ERROR" || storage) {
    logger.error({ err: error.cause ?? error, where }, storage ? "storage cannot take writes" : "procedure failed");
  }
}
