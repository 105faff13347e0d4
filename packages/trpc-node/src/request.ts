import type { IncomingMessage } from "node:http";
import { TRPCError } from "@trpc/server";

/** A body over the limit is the caller's fault: the same error the stock adapter reports. */
export const payloadTooLarge = () => new TRPCError({ code: "PAYLOAD_TOO_LARGE" });

/**
 * Reads the whole body into one buffer, refusing to hold more than `limit`
 * bytes (the declared length is checked first, the received bytes as they come).
 */
export function readBody(req: IncomingMessage, limit: number | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (limit !== undefined && declared > limit) {
      reject(payloadTooLarge());
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (limit !== undefined && size > limit) {
        cleanup();
        reject(payloadTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer).toString("utf8") : Buffer.concat(chunks).toString("utf8"));
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  });
}

/**
 * Reads once, however often it is asked; `result()` gives the value without
 * waiting (undefined until read). Like tRPC's, a failure that is not already a
 * TRPCError (JSON that does not parse) is the caller's: BAD_REQUEST with its message.
 */
export function memo<T>(read: () => Promise<T>): { read: () => Promise<T>; result: () => T | undefined } {
  let promise: Promise<T> | null = null;
  let value: { v: T } | undefined;
  return {
    read() {
      promise ??= read().then(
        (v) => {
          value = { v };
          return v;
        },
        (cause: unknown) => {
          if (cause instanceof TRPCError) throw cause;
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: cause instanceof Error ? cause.message : "Invalid input",
            cause,
          });
        },
      );
      return promise;
    },
    result: () => value?.v,
  };
}

/** The request target split without building a URL object: path and query string. */
export function splitTarget(target: string): { pathname: string; search: string } {
  const question = target.indexOf("?");
  return question === -1
    ? { pathname: target, search: "" }
    : { pathname: target.slice(0, question), search: target.slice(question + 1) };
}

export const trimSlashes = (path: string) => {
  let start = 0;
  let end = path.length;
  if (path.startsWith("/")) start = 1;
  if (end > start && path.endsWith("/")) end -= 1;
  return path.slice(start, end);
};
