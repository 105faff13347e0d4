import type { IncomingMessage, ServerResponse } from "node:http";
import type { AnyTRPCRouter } from "@trpc/server";
import { createURL, internal_exceptionHandler, nodeHTTPRequestHandler } from "@trpc/server/adapters/node-http";
import { answerJson } from "./fast-json";
import type { NodeHandlerOptions } from "./options";
import { splitTarget, trimSlashes } from "./request";

export type { CreateContextOptions, NodeHandlerOptions } from "./options";

/** Characters a URL parser would normalise or reject in a path or a host: such requests take tRPC's own way. */
const unusualPath = /%|\/\.|\/\/|\\/;
const plainHost = /^[A-Za-z0-9.\-:[\]]*$/;

/**
 * A node:http request handler for any tRPC v11 router, wire-compatible with
 * tRPC's standalone adapter. Plain JSON queries and mutations, single or batched,
 * take a fast path that reads the body into one buffer and writes the answer with
 * a content-length; everything else (JSONL streaming, SSE subscriptions, form
 * data, HEAD, unusual URLs, lazy routers) goes to tRPC's own node-http handler,
 * so the wire stays tRPC's.
 */
export function createNodeHandler<TRouter extends AnyTRPCRouter>(
  opts: NodeHandlerOptions<TRouter>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const basePath = trimSlashes(opts.basePath ?? "/");
  const { router } = opts;
  const hasLazy = Object.keys((router._def as { lazy?: object }).lazy ?? {}).length > 0;
  const procedures = router._def.procedures as Record<string, { _def: { type: string } } | undefined>;

  /** Whether the request is one the fast path answers exactly as tRPC would. */
  function fastPathFor(req: IncomingMessage): { path: string; query: URLSearchParams; accept: string | null } | null {
    const method = req.method;
    if (hasLazy || (method !== "GET" && method !== "POST")) return null;
    const { pathname, search } = splitTarget(req.url ?? "/");
    if (unusualPath.test(pathname) || !plainHost.test(req.headers.host ?? "")) return null;
    const type = req.headers["content-type"];
    if (
      method === "POST"
        ? !type?.startsWith("application/json")
        : type?.startsWith("multipart/form-data") || type?.startsWith("application/octet-stream")
    ) {
      return null;
    }
    const trpcAccept = req.headers["trpc-accept"];
    const accept = typeof trpcAccept === "string" ? trpcAccept : null;
    if (accept === "application/jsonl") return null;
    if (accept === null && req.headers.accept?.split(",").some((t) => t.trim() === "application/jsonl")) return null;
    const path = trimSlashes(trimSlashes(pathname).slice(basePath.length));
    const query = new URLSearchParams(search);
    const names = query.get("batch") === "1" ? path.split(",") : [path];
    if (names.some((name) => procedures[name]?._def.type === "subscription")) return null;
    return { path, query, accept };
  }

  return async (req, res) => {
    const fast = fastPathFor(req);
    if (fast) {
      await answerJson(opts, { req, res, ...fast }).catch(
        internal_exceptionHandler({ ...opts, req, res, path: fast.path } as Parameters<
          typeof internal_exceptionHandler
        >[0]),
      );
      return;
    }
    let path = "";
    try {
      path = trimSlashes(trimSlashes(createURL(req).pathname).slice(basePath.length));
      await nodeHTTPRequestHandler({ ...opts, req, res, path } as Parameters<typeof nodeHTTPRequestHandler>[0]);
    } catch (cause) {
      internal_exceptionHandler({ ...opts, req, res, path } as Parameters<typeof internal_exceptionHandler>[0])(cause);
    }
  };
}
