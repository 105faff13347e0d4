import { tokenMatches } from "@kiosk/node-http";
import type { Clock, Config, RateLimiter } from "@kiosk/core";
import type { Actor, Db, StorageStatus } from "@kiosk/db";
import type { Metrics } from "@kiosk/metrics";
import type { DevicesCtx, DevicesDeps } from "@kiosk/devices";
import type { PaymentCtx, PaymentDeps } from "@kiosk/payments";
import type { ReportingCtx, ReportingDeps } from "@kiosk/reporting";
import type { SessionCtx, SessionDeps } from "@kiosk/sessions";

/**
 * Everything a procedure needs that does not depend on who is calling.
 * Tests build it directly; the agent builds it once at start.
 */
export interface InnerContext {
  config: Config;
  clock: Clock;
  db: Db;
  metrics: Metrics;
  sessions: SessionDeps;
  payments: PaymentDeps;
  reporting: ReportingDeps;
  devices: DevicesDeps;
  /** Per client: every mutating kiosk call, and tighter ones for intents and reports. */
  rateLimits: { kioskMutations: RateLimiter; paymentIntents: RateLimiter; reports: RateLimiter };
  /** Whether storage can take writes now (a write probe and the free-space floor). */
  checkStorage: () => StorageStatus;
  /** Aborted when the agent shuts down, so live subscriptions end and the server can close. */
  shutdownSignal: AbortSignal;
}

/** Who is calling, as far as the HTTP layer could tell. */
export interface CallerIdentity {
  ip: string;
  userAgent: string | null;
  isLoopback: boolean;
  /** The bearer token sent, if any. */
  token: string | null;
  /** The request's id (x-request-id), carried into audit rows. */
  requestId: string | null;
}

export interface Context extends InnerContext {
  caller: CallerIdentity;
  /** What the caller's token proves, checked once per request (constant time). */
  holds: { kioskToken: boolean; operatorToken: boolean };
  /** Who the audit log says made a change. */
  actor: Actor;
}

/**
 * The context of one request: the inner context and what this caller is, with
 * its tokens checked and its actor made once here, not in every middleware.
 */
export function contextFor(inner: InnerContext, caller: CallerIdentity): Context {
  const operatorToken = tokenMatches(caller.token, inner.config.auth.operatorToken);
  const kioskToken = !operatorToken && tokenMatches(caller.token, inner.config.auth.kioskToken);
  return {
    ...inner,
    caller,
    holds: { kioskToken, operatorToken },
    actor: {
      kind: operatorToken ? "operator" : "kiosk",
      ip: caller.ip,
      userAgent: caller.userAgent,
      requestId: caller.requestId,
    },
  };
}

/** A verb's `ctx` from a procedure's: its domain's deps and the actor `contextFor` made, once. */
export const sessionsCtx = (ctx: Context): SessionCtx => ({ deps: ctx.sessions, actor: ctx.actor });
export const paymentsCtx = (ctx: Context): PaymentCtx => ({ deps: ctx.payments, actor: ctx.actor });
export const reportingCtx = (ctx: Context): ReportingCtx => ({ deps: ctx.reporting, actor: ctx.actor });
export const devicesCtx = (ctx: Context): DevicesCtx => ({ deps: ctx.devices, actor: ctx.actor });

export { bearerToken, tokenMatches } from "@kiosk/node-http";
