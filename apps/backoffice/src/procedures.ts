import { DomainError } from "@kiosk/core";
import { tokenMatches } from "@kiosk/node-http";
import type { BackofficeConfig } from "./config";
import type { BackofficeDb } from "./db";
import type { BackofficeMetrics } from "./metrics";
import type { OperatorRole } from "./schema";
import { kioskOfToken } from "./tokens";
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
  now: () => Date;
}

/** `BACKOFFICE_OPERATOR_TOKEN`, for scripts written before the console: an operator, never an admin. */
export function legacyOperatorOf(config: BackofficeConfig, token: string | null): OperatorIdentity | null {
  if (!token || !tokenMatches(token, config.operatorToken)) return null;
  return { id: "operator-token", email: "BACKOFFICE_OPERATOR_TOKEN", role: "operator" };
}

const rank: Record<OperatorRole, number> = { viewer: 0, operator: 1, admin: 2 };

/** A procedure for people of at least `role`: 401 signed out, 403 below the role. */
const atLeast = (role: OperatorRole) =>
  t.procedure.use(({ ctx, next }) => {
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

/** Kiosks only, with a credential of theirs, checked before the body is parsed. */
export const kioskProcedure = t.procedure.use(({ ctx, next }) => {
  if (!ctx.token) throw new DomainError("UNAUTHORIZED", "a kiosk token is required");
  const kioskId = kioskOfToken(ctx.config, ctx.token);
  if (!kioskId) throw new DomainError("FORBIDDEN", "not a kiosk token");
  return next({ ctx: { kioskId } });
});
