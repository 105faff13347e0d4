import { DomainError } from "@kiosk/core";
import { eq } from "drizzle-orm";
import { recordConsoleAction } from "../console-audit";
import { adminProcedure, viewerProcedure, type BackofficeContext } from "../procedures";
import { operators } from "../schema";
import { t } from "../trpc";
import { createAccount, listAccounts, resetPassword, setPassword, unlockAccount, updateAccount } from "./accounts";
import { consoleActions } from "./actions";
import { cookieNames } from "./cookies";
import { countWrongPassword, lockedRefusal } from "./lockout";
import { signIn } from "./login";
import { passwordMatches } from "./passwords";
import {
  accountRef,
  changePasswordInput,
  consoleActionsFilter,
  createAccountInput,
  loginInput,
  resetPasswordInput,
  updateAccountInput,
} from "./schemas";
import { endSession, endSessionsOf } from "./sessions";

const clearCookies = (ctx: BackofficeContext) => {
  ctx.cookies.clear(cookieNames.session);
  ctx.cookies.clear(cookieNames.csrf);
};

/** Only a console account has sessions and a password of its own (not the legacy operator token). */
function sessionOf(ctx: BackofficeContext) {
  if (!ctx.session) throw new DomainError("FORBIDDEN", "this needs a console account's session, not a token");
  return ctx.session;
}

/** Signing in and out, for every person with an account. */
export const authRouter = t.router({
  /** Sets the session's and the CSRF cookies; the page keeps `csrfToken` for its `x-csrf-token` header. */
  login: t.procedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const { operator, session } = await signIn({ ctx, input });
    const maxAge = ctx.config.sessionMaxHours * 3_600;
    ctx.cookies.set(cookieNames.session, session.token, maxAge);
    ctx.cookies.set(cookieNames.csrf, session.csrfToken, maxAge);
    return { operator, csrfToken: session.csrfToken };
  }),
  /** Who is signed in, and the CSRF token the page sends with mutations (null for the legacy token); 401 signed out. */
  me: viewerProcedure.query(({ ctx }) => ({
    operator: ctx.operator,
    csrfToken: ctx.session?.csrfToken ?? null,
    expiresAt: ctx.session?.expiresAt ?? null,
  })),
  logout: viewerProcedure.mutation(async ({ ctx }) => {
    const session = sessionOf(ctx);
    await ctx.db.transaction(async (tx) => {
      await endSession(tx, session.idHash);
      await recordConsoleAction(tx, { operator: ctx.operator, action: "logout", target: ctx.operator.id, ip: ctx.ip });
    });
    clearCookies(ctx);
    return { ended: 1 };
  }),
  /** Ends every session of the person, on every browser, this one too. */
  logoutEverywhere: viewerProcedure.mutation(async ({ ctx }) => {
    sessionOf(ctx);
    const ended = await ctx.db.transaction(async (tx) => {
      const n = await endSessionsOf(tx, ctx.operator.id);
      await recordConsoleAction(tx, {
        operator: ctx.operator,
        action: "logout.everywhere",
        target: ctx.operator.id,
        details: { sessions: n },
        ip: ctx.ip,
      });
      return n;
    });
    clearCookies(ctx);
    return { ended };
  }),
  /**
   * The person's own password, given the current one: their other sessions
   * end, this one stays. A wrong current password counts toward the lockout
   * as a wrong one at sign-in does (a session left open is no way round it);
   * a locked account changes nothing until the lock ends.
   */
  changePassword: viewerProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    const session = sessionOf(ctx);
    const [account] = await ctx.db.select().from(operators).where(eq(operators.id, ctx.operator.id));
    if (!account) throw new DomainError("UNAUTHORIZED", "sign in first");
    const now = ctx.now();
    if (account.lockedUntil && account.lockedUntil > now) throw lockedRefusal(account.lockedUntil, ctx.config);
    if (!(await passwordMatches(account.passwordHash, input.current))) {
      const lockedUntil = await ctx.db.transaction(async (tx) => {
        const until = await countWrongPassword(tx, ctx.config, account.id, now);
        await recordConsoleAction(tx, {
          operator: ctx.operator,
          action: until ? "account.locked" : "password.change_failed",
          target: account.id,
          details: until ? { until: until.toISOString() } : { reason: "wrong" },
          ip: ctx.ip,
        });
        return until;
      });
      if (lockedUntil) throw lockedRefusal(lockedUntil, ctx.config);
      throw new DomainError("FORBIDDEN", "Текущий пароль неверен. The current password is wrong.");
    }
    await setPassword(ctx, account, input.next, { action: "password.changed", keepSession: session.idHash });
    return { changed: true };
  }),
});

/** The admins' accounts page, and the console's own audit for everyone signed in. */
export const accountsRouter = t.router({
  list: adminProcedure.query(({ ctx }) => listAccounts(ctx)),
  create: adminProcedure.input(createAccountInput).mutation(({ ctx, input }) => createAccount({ ctx, input })),
  update: adminProcedure.input(updateAccountInput).mutation(({ ctx, input }) => updateAccount({ ctx, input })),
  unlock: adminProcedure.input(accountRef).mutation(({ ctx, input }) => unlockAccount({ ctx, input })),
  resetPassword: adminProcedure.input(resetPasswordInput).mutation(({ ctx, input }) => resetPassword({ ctx, input })),
  /** Everyone's page; the typed emails of failed sign-ins and the addresses only for admins. */
  actions: viewerProcedure
    .input(consoleActionsFilter)
    .query(({ ctx, input }) => consoleActions(ctx.db, input, { admin: ctx.operator.role === "admin" })),
});
