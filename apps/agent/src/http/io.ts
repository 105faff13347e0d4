import type { IncomingMessage, ServerResponse } from "node:http";
import { publicError, type CallerIdentity, type PublicError } from "@kiosk/api";
import { badRequest, DomainError, httpErrorOf, isLoopbackAddress, jsonDepth, maxJsonDepth } from "@kiosk/core";
import { currentRequestId } from "../request-context";
import {
  bearerToken,
  BodyTooLargeError,
  clientAddress,
  isJsonContentType,
  readBodyText,
  type ProxyPolicy,
} from "@kiosk/node-http";

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** An error's answer: its status and public body, as the one mapping says. */
export function sendError(res: ServerResponse, error: DomainError): void {
  const body = publicError(error);
  sendJson(res, httpErrorOf(error.code).status, { error: body }, rateLimitHeaders(body));
}

/**
 * A 429's headers, on REST and /trpc alike: Retry-After (RFC 9110) and the IETF
 * draft's RateLimit-Limit, -Remaining and -Reset, from what the limiter decided.
 */
export function rateLimitHeaders(error: PublicError): Record<string, string> {
  const details = error.details;
  if (error.code !== "TOO_MANY_REQUESTS" || typeof details?.retryAfterSeconds !== "number") return {};
  const seconds = String(details.retryAfterSeconds);
  return {
    "retry-after": seconds,
    "ratelimit-limit": String(details.limit),
    "ratelimit-remaining": String(details.remaining),
    "ratelimit-reset": seconds,
  };
}

const bodyMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Mutations must say they are JSON: this keeps browsers' simple cross-site form
 * posts (which cannot set application/json without a preflight) away from the API.
 */
export function assertJsonContentType(req: IncomingMessage): void {
  if (!bodyMethods.has(req.method ?? "")) return;
  const length = Number(req.headers["content-length"] ?? "0");
  const hasBody = length > 0 || req.headers["transfer-encoding"] !== undefined;
  if (!isJsonContentType(req) && (hasBody || req.headers["content-type"])) {
    throw new DomainError("UNSUPPORTED_MEDIA_TYPE", "request body must be application/json");
  }
}

/** Reads and parses a JSON body no larger than `limitBytes`. An empty body is `{}`. */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const text = await readBodyText(req, limitBytes).catch((error: unknown) => {
    throw error instanceof BodyTooLargeError ? new DomainError("PAYLOAD_TOO_LARGE", error.message) : error;
  });
  if (text.length === 0) return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw badRequest("request body is not valid JSON");
  }
  if (jsonDepth(body) > maxJsonDepth) {
    throw badRequest(`request body nests deeper than ${maxJsonDepth} levels`);
  }
  return body;
}

/**
 * The caller's address, token and request id. "Loopback" needs the socket peer
 * to be loopback and the client it speaks for too: a header can take the
 * loopback tier away (a local proxy forwarding a remote client), never grant it.
 */
export function callerIdentity(req: IncomingMessage, policy: ProxyPolicy): CallerIdentity {
  const ip = clientAddress(req, policy);
  return {
    ip,
    userAgent: req.headers["user-agent"] ?? null,
    isLoopback: isLoopbackAddress(req.socket.remoteAddress ?? "") && isLoopbackAddress(ip),
    token: bearerToken(req.headers.authorization),
    requestId: currentRequestId(),
  };
}
