import type { IncomingMessage, ServerResponse } from "node:http";
import { bearerToken, isLoopbackAddress, type CallerIdentity, type PublicError } from "@kiosk/api";
import { currentRequestId } from "../request-context";

/** An error the HTTP layer answers itself, before any procedure runs. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

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

export function sendError(res: ServerResponse, status: number, error: PublicError): void {
  sendJson(res, status, { error });
}

const bodyMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Mutations must say they are JSON: this keeps browsers' simple cross-site form
 * posts (which cannot set application/json without a preflight) away from the API.
 */
export function assertJsonContentType(req: IncomingMessage): void {
  if (!bodyMethods.has(req.method ?? "")) return;
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  const length = Number(req.headers["content-length"] ?? "0");
  const hasBody = length > 0 || req.headers["transfer-encoding"] !== undefined;
  if (type !== "application/json" && (hasBody || type)) {
    throw new HttpError(415, "UNSUPPORTED_MEDIA_TYPE", "request body must be application/json");
  }
}

/** Reads and parses a JSON body no larger than `limitBytes`. An empty body is `{}`. */
export async function readJsonBody(req: IncomingMessage, limitBytes: number): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > limitBytes) throw new HttpError(413, "PAYLOAD_TOO_LARGE", `request body exceeds ${limitBytes} bytes`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new HttpError(413, "PAYLOAD_TOO_LARGE", `request body exceeds ${limitBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new HttpError(400, "BAD_REQUEST", "request body is not valid JSON");
  }
}

/**
 * The caller's address and token. X-Forwarded-For is believed only when
 * trustProxy is on, and then only its last hop (the one our proxy added).
 */
export function callerIdentity(req: IncomingMessage, trustProxy: boolean): CallerIdentity {
  const requestId = currentRequestId();
  const socketIp = req.socket.remoteAddress ?? "";
  const forwarded = trustProxy ? req.headers["x-forwarded-for"] : undefined;
  const forwardedIp = typeof forwarded === "string" ? forwarded.split(",").at(-1)?.trim() : undefined;
  const ip = forwardedIp || socketIp;
  return {
    ip,
    userAgent: req.headers["user-agent"] ?? null,
    isLoopback: isLoopbackAddress(ip),
    token: bearerToken(req.headers.authorization),
    requestId,
  };
}
