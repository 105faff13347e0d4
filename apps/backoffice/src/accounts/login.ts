import { DomainError, parseInput } from "@kiosk/core";
import { eq } from "drizzle-orm";
import { recordConsoleAction, type DbOrTx } from "../console-audit";
import type { BackofficeContext, OperatorIdentity } from "../procedures";
import { operators } from "../schema";
import { countUnknownEmailFailure, countWrongPassword, lockedRefusal } from "./lockout";
import { dummyPasswordHash, passwordMatches } from "./passwords";
import { loginInput, type LoginInput } from "./schemas";
import { createSession, endSession, forgetEndedSessions, type NewSession } from "./sessions";
import { throttleSignIn } from "./sign-in-guards";

export type SignInCtx = Pick<
  BackofficeContext,
  "db" | "config" | "now" | "ip" | "userAgent" | "signInGuards" | "session"
>;

/** What one answer says for an unknown email and a wrong password alike. */
const wrongCredentials = () => new DomainError("UNAUTHORIZED", "Неверный email или пароль. Wrong email or password.");

/**
 * Signs a person in: throttled per client address, and per address and
 * email (counted in PostgreSQL, so every replica sees the same attempts),
 * before any password is checked. An unknown email is checked against a
 * dummy hash and counted toward a lockout of its own, so it costs and
 * answers the same as a wrong password, the lockout included.
 * `loginMaxFailures` wrong passwords in a row lock the account for
 * `loginLockMinutes`; a success resets the count. Always a new session: a
 * cookie the browser came with is ended, never adopted. Each outcome is one
 * row of the console's audit.
 */
export async function signIn({
  ctx,
  input,
}: {
  ctx: SignInCtx;
  input: LoginInput;
}): Promise<{ operator: OperatorIdentity; session: NewSession }> {
  const { email, password } = parseInput(loginInput, input);
  await throttleSignIn(ctx.signInGuards, ctx.ip, email);
  const [account] = await ctx.db.select().from(operators).where(eq(operators.email, email));
  const matches = await passwordMatches(account?.passwordHash ?? dummyPasswordHash, password);
  const now = ctx.now();
  const audit = { ip: ctx.ip };
  if (!account) {
    const state = await ctx.db.transaction(async (tx) => {
      const counted = await countUnknownEmailFailure(tx, ctx.config, ctx.signInGuards.unknownEmailKey(email), now);
      const lockedBefore = counted.lockedUntil !== null && !counted.lockedNow;
      await recordConsoleAction(tx, {
        ...audit,
        operator: null,
        action: "login.failed",
        details: { email, reason: lockedBefore ? "locked" : "wrong" },
      });
      return counted;
    });
    throw state.lockedUntil ? lockedRefusal(state.lockedUntil, ctx.config) : wrongCredentials();
  }
  const who = { id: account.id, email: account.email };
  /** A refused sign-in of this account, in the console's audit with why. */
  const failed = (db: DbOrTx, action: string, details: Record<string, unknown>) =>
    recordConsoleAction(db, { ...audit, operator: who, action, target: who.id, details });
  if (account.lockedUntil && account.lockedUntil > now) {
    await failed(ctx.db, "login.failed", { reason: "locked" });
    throw lockedRefusal(account.lockedUntil, ctx.config);
  }
  if (!matches) {
    const lockedUntil = await ctx.db.transaction(async (tx) => {
      const until = await countWrongPassword(tx, ctx.config, account.id, now);
      await failed(
        tx,
        until ? "account.locked" : "login.failed",
        until ? { until: until.toISOString() } : { reason: "wrong" },
      );
      return until;
    });
    throw lockedUntil ? lockedRefusal(lockedUntil, ctx.config) : wrongCredentials();
  }
  if (account.disabledAt) {
    await failed(ctx.db, "login.failed", { reason: "disabled" });
    throw new DomainError("UNAUTHORIZED", "Учётная запись отключена. This account is disabled.");
  }
  const session = await ctx.db.transaction(async (tx) => {
    if (ctx.session) await endSession(tx, ctx.session.idHash);
    await forgetEndedSessions(tx, ctx.config, account.id, now);
    if (account.failedLogins > 0 || account.lockedUntil) {
      await tx.update(operators).set({ failedLogins: 0, lockedUntil: null }).where(eq(operators.id, account.id));
    }
    const made = await createSession(tx, ctx.config, {
      operatorId: account.id,
      now,
      ip: ctx.ip,
      userAgent: ctx.userAgent,
    });
    await recordConsoleAction(tx, { ...audit, operator: who, action: "login", target: who.id });
    return made;
  });
  return { operator: { ...who, role: account.role }, session };
}
