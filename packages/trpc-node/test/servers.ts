import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as installedServer from "@trpc/server";
import * as installedStandalone from "@trpc/server/adapters/standalone";
import { createNodeHandler } from "../src/index";
import { makeRouter, type Ctx, type Observed, type TrpcServer } from "./router";

export interface Served {
  name: "stock" | "trpc-node";
  url: string;
  observed: Observed;
  close(): Promise<void>;
}

export interface ServerSettings {
  transformer?: boolean;
  allowMethodOverride?: boolean;
  allowBatching?: boolean;
}

/** A copy of @trpc/server: its root (for the router) and its standalone adapter (for the stock server). */
export interface TrpcCopy {
  server: TrpcServer;
  standalone: Pick<typeof installedStandalone, "createHTTPHandler">;
}

/**
 * The same router, options and hooks, behind the stock standalone adapter or ours,
 * built with `trpc`: by default the @trpc/server this file's imports resolve to.
 * Ours always uses that one; a stock server may be given another copy.
 */
export async function serve(
  name: Served["name"],
  settings: ServerSettings = {},
  trpc: TrpcCopy = { server: installedServer, standalone: installedStandalone },
): Promise<Served> {
  const observed: Observed = { errors: [], aborted: [], started: [] };
  const router = makeRouter(trpc.server, settings.transformer ?? false, observed);
  const options = {
    router,
    basePath: "/trpc/",
    maxBodySize: 1024,
    maxBatchSize: 5,
    allowMethodOverride: settings.allowMethodOverride ?? false,
    allowBatching: settings.allowBatching ?? true,
    createContext: ({ req }: { req: { headers: Record<string, string | string[] | undefined> } }): Ctx => {
      const user = req.headers["x-user"];
      if (user === "fail") throw new trpc.server.TRPCError({ code: "UNAUTHORIZED", message: "who are you" });
      return { user: typeof user === "string" ? user : null };
    },
    onError: ({ error, path, type }: { error: { code: string }; path: string | undefined; type: string }) => {
      observed.errors.push({ path, code: error.code, type });
    },
    responseMeta: ({ paths, errors }: { paths?: readonly string[] | undefined; errors: readonly unknown[] }) => ({
      headers: { "x-paths": (paths ?? []).join("|"), ...(errors.length > 0 ? { "cache-control": "no-store" } : {}) },
    }),
  };
  const handler = name === "stock" ? trpc.standalone.createHTTPHandler(options) : createNodeHandler(options);
  const server: Server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    observed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
