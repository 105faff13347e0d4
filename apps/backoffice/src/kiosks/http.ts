import type { IncomingMessage, ServerResponse } from "node:http";
import { DomainError } from "@kiosk/core";
import type { BackofficeDb } from "../db";
import { assertJson, readJson, sendJson } from "../http";
import type { LinkRateLimiter } from "../report-links/rate-limit";
import { enrollKiosk } from "./enroll";

/** An enrollment body is a code and a token: anything larger is not one. */
const enrollBodyLimit = 4 * 1024;

/**
 * `POST /api/fleet/enroll`: no credential yet, so each client address is
 * limited (in PostgreSQL, the same on every replica) before the body is read;
 * 100-bit codes are not for guessing anyway.
 */
export function enrollRoute(deps: {
  db: BackofficeDb;
  rateLimiter: LinkRateLimiter;
  /** Who a request is from (`clientAddressOf`). */
  clientIp: (req: IncomingMessage) => string;
}) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const ip = deps.clientIp(req);
    const rate = await deps.rateLimiter.take(ip);
    if (!rate.allowed) {
      res.setHeader("retry-after", String(rate.retryAfterSeconds));
      throw new DomainError("TOO_MANY_REQUESTS", "too many enrollment attempts from this address: wait a minute");
    }
    assertJson(req);
    const body = await readJson(req, enrollBodyLimit);
    sendJson(res, 200, await enrollKiosk({ ctx: { db: deps.db, ip }, input: body }));
  };
}
