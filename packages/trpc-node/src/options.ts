import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyTRPCRouter, inferRouterContext } from "@trpc/server";
import type { HTTPBaseHandlerOptions, TRPCRequestInfo } from "@trpc/server/http";

export interface CreateContextOptions {
  req: IncomingMessage;
  res: ServerResponse;
  info: TRPCRequestInfo;
}

/**
 * The stock adapter's options, minus what only Fetch needs: the same names and
 * meanings (`onError`, `responseMeta`, `maxBatchSize`, `allowBatching`,
 * `allowMethodOverride`), a body limit and a base path.
 */
export type NodeHandlerOptions<TRouter extends AnyTRPCRouter> = HTTPBaseHandlerOptions<TRouter, IncomingMessage> & {
  /** The path the router is mounted at, e.g. "/trpc/" (trimmed of slashes as the stock adapter does). */
  basePath?: string;
  /** Bodies over this many bytes answer 413 PAYLOAD_TOO_LARGE. */
  maxBodySize?: number;
  createContext?: (opts: CreateContextOptions) => inferRouterContext<TRouter> | Promise<inferRouterContext<TRouter>>;
};
