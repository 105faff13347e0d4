import type { IncomingMessage } from "node:http";
import { timingSafeEqual } from "node:crypto";
import type { BackofficeConfig } from "../config";
import type { BackofficeDb } from "../db";
import { bearer } from "../http";
import { legacyOperatorOf, type OperatorIdentity } from "../procedures";
import { cookieNames, parseCookies } from "./cookies";
import { liveSessionOf, sha256 } from "./sessions";

/** The console session a request came with, as its cookies and its `x-csrf-token` header showed it. */
export interface RequestSession {
  idHash: Buffer;
  /** The CSRF token paired with the session, read from its cookie (null if the cookie is not the session's). */
  csrfToken: string | null;
  /** Whether the request's `x-csrf-token` header is that token: a mutation needs it. */
  csrfHeaderOk: boolean;
  expiresAt: Date;
}

/** Who a request is from, before any procedure runs. */
export interface RequestCaller {
  token: string | null;
  operator: OperatorIdentity | null;
  session: RequestSession | null;
  /** Sent by another site's page (`Origin` not ours, or `Sec-Fetch-Site: cross-site`): refused for any mutation. */
  crossSite: boolean;
}

const sameSecret = (a: Buffer, b: Buffer) => a.length === b.length && timingSafeEqual(a, b);

/**
 * A bearer token (a kiosk's, or the legacy operator token) is the caller and
 * no cookie is looked at: a header another site's page cannot send carries
 * no ambient credential. Otherwise the session cookie, if it names a live
 * session, is the person; its CSRF token must come back in `x-csrf-token`,
 * equal to the CSRF cookie and to the hash the session keeps.
 */
export async function callerOf(
  req: IncomingMessage,
  deps: { db: BackofficeDb; config: BackofficeConfig; now: Date },
): Promise<RequestCaller> {
  const token = bearer(req.headers.authorization);
  const crossSite = isCrossSite(req, deps.config);
  if (token) return { token, operator: legacyOperatorOf(deps.config, token), session: null, crossSite };
  const cookies = parseCookies(req.headers.cookie);
  const sessionToken = cookies.get(cookieNames.session);
  const live = sessionToken ? await liveSessionOf(deps.db, deps.config, sessionToken, deps.now) : null;
  if (!live) return { token: null, operator: null, session: null, crossSite };
  const csrfCookie = cookies.get(cookieNames.csrf) ?? "";
  const csrfToken = sameSecret(sha256(csrfCookie), live.csrfHash) ? csrfCookie : null;
  const header = req.headers["x-csrf-token"];
  const csrfHeaderOk =
    csrfToken !== null && typeof header === "string" && sameSecret(sha256(header), sha256(csrfToken));
  return {
    token: null,
    operator: live.operator,
    session: { idHash: live.idHash, csrfToken, csrfHeaderOk, expiresAt: live.expiresAt },
    crossSite,
  };
}

/** The origins the console is served from: the request's own host, and the public address if set. */
function isCrossSite(req: IncomingMessage, config: BackofficeConfig): boolean {
  if (req.headers["sec-fetch-site"] === "cross-site") return true;
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true; // "null" (a sandboxed frame, a redirect across sites) or garbage
  }
  const own = [req.headers.host, config.publicUrl ? new URL(config.publicUrl).host : undefined];
  return !own.includes(host);
}
