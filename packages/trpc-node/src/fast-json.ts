import type { IncomingMessage, ServerResponse } from "node:http";
import {
  getErrorShape,
  getTRPCErrorFromUnknown,
  transformTRPCResponse,
  TRPCError,
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
} from "@trpc/server";
import { getHTTPStatusCode, parseConnectionParamsFromString, type TRPCRequestInfo } from "@trpc/server/http";
import type { NodeHandlerOptions } from "./options";
import { memo, readBody } from "./request";

type Call = TRPCRequestInfo["calls"][number];
type ProcedureType = "query" | "mutation" | "subscription";

const acceptedMethods: Record<ProcedureType, readonly string[]> = {
  mutation: ["POST"],
  query: ["GET"],
  subscription: ["GET"],
};
const acceptedWithOverride: Record<ProcedureType, readonly string[]> = {
  mutation: ["POST"],
  query: ["GET", "POST"],
  subscription: ["GET", "POST"],
};

/** What the fast path needs of a request that qualified for it (see canTakeFastPath). */
export interface FastRequest {
  req: IncomingMessage;
  res: ServerResponse;
  /** The procedure path(s), comma-separated in a batch, already trimmed of the base path. */
  path: string;
  query: URLSearchParams;
  /** The `trpc-accept` header (never application/jsonl here). */
  accept: string | null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === "object" && !Array.isArray(value);

const isAsyncIterable = (value: unknown) =>
  isObject(value) && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function";

/** A stream-like result cannot go out as plain JSON: tRPC refuses it the same way. */
const isDataStream = (value: unknown) =>
  isObject(value) &&
  (isAsyncIterable(value) ||
    Object.values(value).some((v) => v instanceof Promise) ||
    Object.values(value).some(isAsyncIterable));

/** tRPC's error shape (the router's errorFormatter applied); typed as the unknown it is to an adapter. */
const errorShape = (opts: Parameters<typeof getErrorShape>[0]): unknown => getErrorShape(opts);

const streamRefused = () =>
  new TRPCError({
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink",
  });

/**
 * Plain JSON queries and mutations, single and batched, answered straight onto
 * the Node response: no Fetch Request or Response, no web streams, no combined
 * abort signals. What happens in between is tRPC's own: the same procedure call,
 * error shapes, transformer, status codes and responseMeta as resolveResponse.
 */
export async function answerJson<TRouter extends AnyTRPCRouter>(
  opts: NodeHandlerOptions<TRouter>,
  request: FastRequest,
): Promise<void> {
  const { router } = opts;
  const { req, res, query } = request;
  const config = router._def._config as Parameters<typeof getErrorShape>[0]["config"];
  const method = req.method ?? "GET";
  const aborter = new AbortController();
  const onClose = () => {
    if (!res.writableEnded) aborter.abort();
  };
  res.once("close", onClose);

  const headers: Record<string, string | string[]> = { vary: "trpc-accept, accept" };
  let info: TRPCRequestInfo | undefined;
  let ctx: unknown;
  let ctxError: TRPCError | undefined;
  let untransformed: unknown;
  let errors: Array<TRPCError | undefined> = [];

  try {
    const isBatchCall = query.get("batch") === "1";
    const paths = isBatchCall ? request.path.split(",") : [request.path];
    if (isBatchCall && typeof opts.maxBatchSize === "number" && paths.length > opts.maxBatchSize) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Batch call exceeds maximum size" });
    }
    const inputs = memo(async () => {
      const text = method === "GET" ? query.get("input") : await readBody(req, opts.maxBodySize);
      const raw: unknown = text ? JSON.parse(text) : undefined;
      const byIndex: Record<number, unknown> = Object.create(null) as Record<number, unknown>;
      if (raw === undefined) return byIndex;
      if (!isBatchCall) {
        byIndex[0] = config.transformer.input.deserialize(raw);
        return byIndex;
      }
      if (!isObject(raw)) {
        throw new TRPCError({ code: "BAD_REQUEST", message: '"input" needs to be an object when doing a batch call' });
      }
      for (const index of paths.keys()) {
        if (raw[index] !== undefined) byIndex[index] = config.transformer.input.deserialize(raw[index]);
      }
      return byIndex;
    });
    const procedures = router._def.procedures as Record<string, AnyTRPCProcedure | undefined>;
    const calls: Call[] = paths.map((path, index) => ({
      batchIndex: index,
      path,
      procedure: procedures[path] ?? null,
      getRawInput: async () => (await inputs.read())[index],
      result: () => inputs.result()?.[index],
    }));
    const types = new Set(calls.map((call) => call.procedure?._def.type).filter(Boolean));
    if (types.size > 1) {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: `Cannot mix procedure types in call: ${[...types].join(", ")}`,
      });
    }
    const callType = [...types][0] ?? "unknown";
    const connectionParams = query.get("connectionParams");
    info = {
      isBatchCall,
      accept: request.accept as TRPCRequestInfo["accept"],
      calls,
      type: callType,
      connectionParams: connectionParams === null ? null : parseConnectionParamsFromString(connectionParams),
      signal: aborter.signal,
      get url() {
        return new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
      },
    };
    if (isBatchCall && !(opts.allowBatching ?? opts.batching?.enabled ?? true)) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "Batching is not enabled on the server" });
    }
    try {
      ctx = await opts.createContext?.({ req, res, info });
    } catch (cause) {
      ctxError = getTRPCErrorFromUnknown(cause);
    }

    const accepted = opts.allowMethodOverride && method === "POST" ? acceptedWithOverride : acceptedMethods;
    const outcomes = await Promise.all(
      calls.map(async (call): Promise<[TRPCError | undefined, unknown]> => {
        const procedure = call.procedure;
        try {
          if (!procedure)
            throw new TRPCError({ code: "NOT_FOUND", message: `No procedure found on path "${call.path}"` });
          const procedureType = procedure._def.type;
          if (!accepted[procedureType].includes(method)) {
            headers.allow = (opts.allowMethodOverride ? acceptedWithOverride : acceptedMethods)[procedureType].join(
              ", ",
            );
            throw new TRPCError({
              code: "METHOD_NOT_SUPPORTED",
              message: `Unsupported ${method}-request to ${procedureType} procedure at path "${call.path}"`,
            });
          }
          if (ctxError) throw ctxError;
          const data: unknown = await procedure({
            path: call.path,
            getRawInput: call.getRawInput,
            ctx,
            type: procedureType,
            signal: aborter.signal,
            batchIndex: call.batchIndex,
          });
          return [undefined, data];
        } catch (cause) {
          const error = getTRPCErrorFromUnknown(cause);
          opts.onError?.({
            error,
            path: call.path,
            input: call.result(),
            ctx: ctxError ? undefined : ctx,
            type: procedure?._def.type ?? "unknown",
            req,
          });
          return [error, undefined];
        }
      }),
    );
    headers["content-type"] = "application/json";
    // A stream-like result cannot go out as plain JSON. tRPC refuses it as a request-level
    // error when alone, and in place of that call's result (without onError) in a batch.
    for (const [index, [error, data]] of outcomes.entries()) {
      if (error || !isDataStream(data)) continue;
      if (!isBatchCall) throw streamRefused();
      outcomes[index] = [streamRefused(), undefined];
    }
    errors = isBatchCall ? outcomes.map(([error]) => error) : outcomes.flatMap(([error]) => (error ? [error] : []));
    const responses = outcomes.map(([error, data], index) => {
      const call = calls[index] as Call;
      return error
        ? {
            error: errorShape({
              config,
              ctx: ctxError ? undefined : ctx,
              error,
              input: call.result(),
              path: call.path,
              type: call.procedure?._def.type ?? "unknown",
            }),
          }
        : { result: { data } };
    });
    untransformed = isBatchCall ? responses : responses[0];
  } catch (cause) {
    // A request-level failure (batch too big, mixed types, bad connection params). tRPC
    // answers it before naming a content type, so Fetch's default for a string body shows.
    headers["content-type"] ??= "text/plain;charset=UTF-8";
    const error = getTRPCErrorFromUnknown(cause);
    const type = info?.type ?? "unknown";
    opts.onError?.({ error, path: undefined, input: undefined, ctx: ctxError ? undefined : ctx, type, req });
    errors = [error];
    untransformed = {
      error: errorShape({ config, error, type, path: undefined, input: undefined, ctx: ctxError ? undefined : ctx }),
    };
  }

  const list = (Array.isArray(untransformed) ? untransformed : [untransformed]) as Parameters<
    typeof getHTTPStatusCode
  >[0];
  let status = getHTTPStatusCode(list, errors);
  const meta = opts.responseMeta?.({
    ctx: ctxError ? undefined : ctx,
    info,
    paths: info?.calls.map((call) => call.path),
    data: list as never,
    errors: errors.filter((error): error is TRPCError => Boolean(error)),
    eagerGeneration: false,
    type: info?.calls.find((call) => call.procedure?._def.type)?.procedure?._def.type ?? "unknown",
  });
  if (meta?.headers) {
    const entries: Iterable<[string, string | string[] | undefined]> =
      meta.headers instanceof Headers ? meta.headers.entries() : Object.entries(meta.headers);
    for (const [key, value] of entries) {
      if (value === undefined) continue;
      const name = key.toLowerCase();
      headers[name] = Array.isArray(value) ? [...[headers[name] ?? []].flat(), ...value] : value;
    }
  }
  if (meta?.status) status = meta.status;
  const body = JSON.stringify(transformTRPCResponse(config, untransformed as never));
  res.off("close", onClose);
  if (res.writableEnded) return;
  res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
  res.end(body);
}
