import { DomainError } from "@kiosk/core";
import { tokenMatches } from "@kiosk/node-http";
import type { RequestSession } from "./accounts/caller";
import type { CookieJar } from "./accounts/cookies";
import type { SignInGuards } from "./accounts/sign-in-guards";
import type { BackofficeConfig } from "./config";
import type { BackofficeDb } from "./db";
import type { BackofficeMetrics } from "./metrics";
import type { OperatorRole } from "./schema";
import { authenticateKiosk } from "./tokens";
import { t } from "./trpc";

/** The person behind a console request (or the legacy operator token, as `token`). */
export interface OperatorIdentity {
  id: string;
  email: string;
  role: OperatorRole;
}

export interface BackofficeContext {
  db: BackofficeDb;
  config: BackofficeConfig;
  metrics: BackofficeMetrics;
  /** The bearer token sent, if any. */
  token: string | null;
  /** The signed-in operator (a console session, or the legacy operator token), or null. */
  operator: OperatorIdentity | null;
  /** The client's address, for the console's audit. */
  ip: string;
  /** The browser's `User-Agent`, kept with a console session. */
  userAgent: string | null;
  /** The console session the request's cookie named (null without one, and for a bearer token). */
  session: RequestSession | null;
  /** Another site's page sent it: every mutation is refused (`refuseForgedMutation`). */
  crossSite: boolean;
  /** Sets and clears the console's cookies on the answer. */
  cookies: CookieJar;
  /** Sign-in throttles, per client address and per address and email, in PostgreSQL. */
  signInGuards: SignInGuards;
  now: () => Date;
}

/** `BACKOFFICE_OPERATOR_TOKEN`, for scripts written before the console: an operator, never an admin. */
export function legacyOperatorOf(config: BackofficeConfig, token: string | null): OperatorIdentity | null {
  if (!token || !tokenMatches(token, config.operatorToken)) return null;
  return { id: "operator-token", email: "BACKOFFICE_OPERATOR_TOKEN", role: "operator" };
}

const rank: Record<OperatorRole, number> = { viewer: 0, operator: 1, admin: 2 };

/**
 * A procedure for people of at least `role`: 401 signed out, 403 below the
 * role, and 403 for a bearer token that is not an operator's (a kiosk's).
 */
const atLeast = (role: OperatorRole) =>
  t.procedure.use(({ ctx, next }) => {
    if (!ctx.operator && ctx.token) throw new DomainError("FORBIDDEN", "not an operator token");
    if (!ctx.operator) throw new DomainError("UNAUTHORIZED", "sign in first");
    if (rank[ctx.operator.role] < rank[role]) {
      throw new DomainError("FORBIDDEN", `this needs the ${role} role`);
    }
    return next({ ctx: { operator: ctx.operator } });
  });

/** Sees the fleet. */
export const viewerProcedure = atLeast("viewer");
/** Also acts on kiosks: refunds, redeliveries, opening a cell. */
export const operatorProcedure = atLeast("operator");
/** Also runs accounts and kiosks. */
export const adminProcedure = atLeast("admin");

/** Kiosks only, with a credential of theirs (enrolled or legacy, not revoked), checked before the body is parsed. */
export const kioskProcedure = t.procedure.use(async ({ ctx, next }) => {
  const kioskId = await authenticateKiosk(ctx, ctx.token);
  return next({ ctx: { kioskId } });
});
