/**
 * The A/B's baseline adapter, bundled in place of @kiosk/trpc-node: tRPC's own
 * standalone handler (nodeHTTPRequestHandler behind a base path) given the
 * agent's options unchanged, so only tRPC's code answers /trpc.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { NodeHandlerOptions } from "@kiosk/trpc-node";
import type { AnyTRPCRouter } from "@trpc/server";
import { createHTTPHandler, type CreateHTTPHandlerOptions } from "@trpc/server/adapters/standalone";

export function createNodeHandler<TRouter extends AnyTRPCRouter>(
  opts: NodeHandlerOptions<TRouter>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const handle = createHTTPHandler(opts as CreateHTTPHandlerOptions<TRouter>);
  return (req, res) => {
    handle(req, res);
    return Promise.resolve();
  };
}
