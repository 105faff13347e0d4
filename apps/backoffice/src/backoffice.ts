import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { createNodeHandler } from "@kiosk/trpc-node";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { sql } from "drizzle-orm";
import { pino, type Logger } from "pino";
import type { BackofficeConfig } from "./config";
import { openBackofficeDb } from "./db";
import { createBackofficeMetrics } from "./metrics";
import { backofficeRouter, type BackofficeContext } from "./router";
import { kiosks } from "./schema";

export interface Backoffice {
  url: string;
  server: Server;
  stop(): Promise<void>;
}

const bearer = (header: string | undefined) => /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1] ?? null;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `body over ${limit} bytes` });
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8") || "null");
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "the body is not JSON" });
  }
}

/**
 * The fleet backoffice: PostgreSQL (migrated at start), the tRPC API at /trpc,
 * `POST /api/ingest` for kiosks, /metrics, /healthz and /readyz.
 */
export async function startBackoffice(
  config: BackofficeConfig,
  options: { logger?: Logger } = {},
): Promise<Backoffice> {
  if (!config.databaseUrl) throw new Error("DATABASE_URL is required");
  const logger = options.logger ?? pino({ level: config.logLevel, base: { service: "kiosk-backoffice" } });
  const { db, close } = await openBackofficeDb(config.databaseUrl);
  const metrics = createBackofficeMetrics(async () => {
    const cutoff = new Date(Date.now() - config.silentAfterMs);
    const [row] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(kiosks)
      .where(sql`${kiosks.lastSeenAt} < ${cutoff}`);
    return row?.n ?? 0;
  });
  const contextFor = (req: IncomingMessage): BackofficeContext => ({
    db,
    config,
    metrics,
    token: bearer(req.headers.authorization),
    now: () => new Date(),
  });
  const trpc = createNodeHandler({
    router: backofficeRouter,
    basePath: "/trpc/",
    maxBodySize: 16 * 1024 * 1024,
    createContext: ({ req }) => contextFor(req),
    onError: ({ error, path }) => {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ err: error.cause ?? error, path }, "procedure failed");
    },
  });
  const caller = backofficeRouter.createCaller;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { pathname } = new URL(req.url ?? "/", "http://backoffice.local");
    if (pathname.startsWith("/trpc/")) return trpc(req, res);
    if (req.method === "POST" && pathname === "/api/ingest") {
      try {
        const result = await caller(contextFor(req)).ingest((await readJson(req, 16 * 1024 * 1024)) as never);
        return sendJson(res, 200, result);
      } catch (error) {
        if (!(error instanceof TRPCError)) throw error;
        return sendJson(res, getHTTPStatusCodeFromError(error), {
          error: { code: error.code, message: error.message },
        });
      }
    }
    if (req.method === "GET" && pathname === "/metrics") {
      const text = await metrics.registry.metrics();
      res.writeHead(200, { "content-type": metrics.registry.contentType });
      res.end(text);
      return;
    }
    if (req.method === "GET" && pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
    if (req.method === "GET" && pathname === "/readyz") {
      const ok = await db.execute(sql`select 1`).then(
        () => true,
        () => false,
      );
      return sendJson(res, ok ? 200 : 503, { status: ok ? "ready" : "database_unavailable" });
    }
    sendJson(res, 404, { error: { code: "NOT_FOUND", message: `no route for ${req.method ?? "GET"} ${pathname}` } });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error, url: req.url }, "request failed");
      if (res.headersSent) res.destroy();
      else sendJson(res, 500, { error: { code: "INTERNAL_SERVER_ERROR", message: "Internal server error" } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host}:${port}`;
  logger.info({ url }, `kiosk-backoffice listening on ${url}`);
  return {
    url,
    server,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await close();
    },
  };
}
