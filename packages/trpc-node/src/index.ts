import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { AnyTRPCRouter } from "@trpc/server";
import { createURL, nodeHTTPRequestHandler, type NodeHTTPRequestHandlerOptions } from "@trpc/server/adapters/node-http";
import { resolveResponse } from "@trpc/server/http";
import type { NodeHandlerOptions } from "./options";

export type { CreateContextOptions, NodeHandlerOptions } from "./options";

/**
 * A node:http request handler for any tRPC v11 router, over tRPC's public API.
 * A GET (a query, a batch of them, a subscription) goes to `resolveResponse`,
 * tRPC's own request handling, as a Fetch Request built straight from the
 * Node request; a complete answer is written in one piece with a content-length,
 * a stream (SSE, JSONL) as it comes. Anything else (a body, HEAD, a URL that
 * does not parse) is tRPC's own `nodeHTTPRequestHandler`'s. The promise rejects
 * only when tRPC could not answer at all; the host then answers 500.
 */
export function createNodeHandler<TRouter extends AnyTRPCRouter>(
  opts: NodeHandlerOptions<TRouter>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const basePath = trimSlashes(opts.basePath ?? "/");
  const viaNodeHttp = (req: IncomingMessage, res: ServerResponse, path: string) =>
    nodeHTTPRequestHandler({ ...opts, req, res, path } as NodeHTTPRequestHandlerOptions<
      TRouter,
      IncomingMessage,
      ServerResponse
    >);

  return async (req, res) => {
    let url: URL;
    try {
      url = createURL(req);
    } catch {
      return viaNodeHttp(req, res, ""); // it answers a URL it cannot parse (400) itself
    }
    const path = trimSlashes(trimSlashes(url.pathname).slice(basePath.length));
    if (req.method !== "GET") return viaNodeHttp(req, res, path);
    const aborter = new AbortController();
    res.once("close", () => {
      if (!res.writableEnded) aborter.abort();
    });
    const response = await resolveResponse<TRouter>({
      ...opts,
      req: new Request(url, { headers: fetchHeaders(req.headers), signal: aborter.signal }),
      path,
      error: null,
      createContext: async ({ info }) => await opts.createContext?.({ req, res, info }),
      onError: (failure) => opts.onError?.({ ...failure, req }),
    });
    await writeResponse(res, response);
  };
}

/** A stream goes out as it comes; any other answer is complete already and goes out in one write. */
async function writeResponse(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of response.headers) {
    const before = headers[name];
    headers[name] = before === undefined ? value : [before, value].flat();
  }
  const streamed =
    response.headers.has("transfer-encoding") || response.headers.get("content-type") === "text/event-stream";
  if (streamed && response.body) {
    res.writeHead(response.status, headers);
    // As an async iterable: the DOM lib (the kiosk's typecheck sees this file too) types the body as its own stream.
    await pipeline(Readable.from(response.body as unknown as AsyncIterable<Uint8Array>), res).catch(
      (error: unknown) => {
        // A client that leaves ends the stream; tRPC's own stream errors are written into it.
        if ((error as NodeJS.ErrnoException).code !== "ERR_STREAM_PREMATURE_CLOSE") throw error;
      },
    );
    return;
  }
  const body = await response.text();
  if (res.destroyed) return;
  res.writeHead(response.status, { ...headers, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function fetchHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const name in incoming) {
    const value = incoming[name];
    if (typeof value === "string") headers.append(name, value);
    else if (value) for (const item of value) headers.append(name, item);
  }
  return headers;
}

/** As tRPC's standalone adapter trims the base path and the procedure path. */
const trimSlashes = (path: string) => path.replace(/^\//, "").replace(/\/$/, "");
