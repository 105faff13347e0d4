import { BodyTooLargeError, clientAddress, isJsonContentType, readBodyText } from "@kiosk/node-http";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createIpAllowlist, DomainError } from "@kiosk/core";
import { httpAnswerOf } from "./errors";

export { bearerToken as bearer, requestIdFrom } from "@kiosk/node-http";

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/** `{ error: { code, message } }` with the code's HTTP status; a 500 says nothing more. */
export function sendError(res: ServerResponse, error: unknown): void {
  const { status, body } = httpAnswerOf(error);
  sendJson(res, status, body);
}

/** Refuses any body but JSON, as the agent does: a browser's cross-site form post cannot send it. */
export function assertJson(req: IncomingMessage): void {
  if (!isJsonContentType(req)) {
    throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "the body must be application/json");
  }
}

/** Reads and parses a JSON body of at most `limit` bytes (413 past it, unread when declared). */
export async function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const text = await readBodyText(req, limit).catch((error: unknown) => {
    throw error instanceof BodyTooLargeError ? new DomainError("PAYLOAD_TOO_LARGE", `body over ${limit} bytes`) : error;
  });
  try {
    return JSON.parse(text || "null");
  } catch {
    throw new DomainError("BAD_REQUEST", "the body is not JSON");
  }
}

/**
 * How the backoffice tells who a request is from (the address every rate limit, sign-in guard and
 * audit line keys on): the socket peer, or, when that peer is one of `trustedProxies`
 * (BACKOFFICE_TRUSTED_PROXIES), what X-Forwarded-For says, as the agent reads it. No proxies: no header is read.
 */
export function clientAddressOf(trustedProxies: readonly string[]): (req: IncomingMessage) => string {
  const policy = { trustProxy: trustedProxies.length > 0, isTrustedProxy: createIpAllowlist(trustedProxies) };
  return (req) => clientAddress(req, policy);
}
