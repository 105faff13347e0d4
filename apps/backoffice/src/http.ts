import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { publicMessage } from "./errors";

export const bearer = (header: string | undefined) => /^Bearer\s+(\S+)\s*$/i.exec(header ?? "")?.[1] ?? null;

const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/** Honours a sane incoming x-request-id (a proxy's, a kiosk's); otherwise makes one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && saneRequestId.test(given) ? given : randomUUID();
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** `{ error: { code, message } }` with the code's HTTP status; a 500 says nothing more. */
export function sendError(res: ServerResponse, error: TRPCError): void {
  sendJson(res, getHTTPStatusCodeFromError(error), { error: { code: error.code, message: publicMessage(error) } });
}

/** Refuses any body but JSON, as the agent does: a browser's cross-site form post cannot send it. */
export function assertJson(req: IncomingMessage): void {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: "the body must be application/json" });
  }
}

const tooLarge = (limit: number) => new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `body over ${limit} bytes` });

/**
 * Reads and parses a JSON body of at most `limit` bytes: a larger declared
 * length is refused unread. Past the limit the rest is left to drain unheld
 * (not destroyed, so the 413 still reaches the caller).
 */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  if (Number(req.headers["content-length"] ?? 0) > limit) throw tooLarge(limit);
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
  });
  try {
    return JSON.parse(text || "null");
  } catch {
    throw new TRPCError({ code: "BAD_REQUEST", message: "the body is not JSON" });
  }
}
