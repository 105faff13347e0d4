import { DomainError, parseInput, randomId } from "@kiosk/core";
import { and, asc, eq, isNull } from "drizzle-orm";
import { recordConsoleAction } from "../console-audit";
import { consoleRefusal } from "../errors";
import type { BackofficeContext } from "../procedures";
import { operators, type OperatorRole } from "../schema";
import { assertPasswordAllowed } from "./password-policy";
import { hashPassword } from "./passwords";
import {
  accountRef,
  createAccountInput,
  resetPasswordInput,
  updateAccountInput,
  type CreateAccountInput,
  type ResetPasswordInput,
  type UpdateAccountInput,
} from "./schemas";
import { endSessionsOf } from "./sessions";

/** What a verb on accounts needs: the database, the clock, and who acts from where (null: the CLI). */
export type AccountsCtx = Pick<BackofficeContext, "db" | "now" | "ip" | "operator">;

/** An account as the console lists it (never its hash). */
export interface Account {
  id: string;
  email: string;
  role: OperatorRole;
  createdAt: Date;
  createdBy: string | null;
  passwordChangedAt: Date;
  failedLogins: number;
  lockedUntil: Date | null;
  disabledAt: Date | null;
}

const accountColumns = {
  id: operators.id,
  email: operators.email,
  role: operators.role,
  createdAt: operators.createdAt,
  createdBy: operators.createdBy,
  passwordChangedAt: operators.passwordChangedAt,
  failedLogins: operators.failedLogins,
  lockedUntil: operators.lockedUntil,
  disabledAt: operators.disabledAt,
};

/** Every account, by email. */
export const listAccounts = (ctx: Pick<AccountsCtx, "db">): Promise<Account[]> =>
  ctx.db.select(accountColumns).from(operators).orderBy(asc(operators.email));

async function accountById(ctx: Pick<AccountsCtx, "db">, id: string): Promise<Account> {
  const [account] = await ctx.db.select(accountColumns).from(operators).where(eq(operators.id, id));
  if (!account) throw new DomainError("NOT_FOUND", `no account ${id}`);
  return account;
}

/** Makes an account with a password that passes the rules; 409 when the email has one already. */
export async function createAccount({ ctx, input }: { ctx: AccountsCtx; input: CreateAccountInput }): Promise<Account> {
  const { email, role, password } = parseInput(createAccountInput, input);
  assertPasswordAllowed(password, email);
  const passwordHash = await hashPassword(password);
  const id = randomId("opr");
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const [made] = await tx
      .insert(operators)
      .values({
        id,
        email,
        passwordHash,
        role,
        createdAt: now,
        passwordChangedAt: now,
        createdBy: ctx.operator?.id ?? null,
      })
      .onConflictDoNothing({ target: operators.email })
      .returning(accountColumns);
    if (!made) throw new DomainError("CONFLICT", `an account for ${email} exists already`);
    await recordConsoleAction(tx, {
      operator: ctx.operator,
      action: "account.created",
      target: id,
      details: { email, role },
      ip: ctx.ip,
    });
    return made;
  });
}

/**
 * Changes an account's role or disables (or enables) it. Disabling ends its
 * sessions at once. The last active admin can be neither demoted nor
 * disabled (409 LAST_ADMIN): the admins are locked while counted, so two
 * admins demoting each other at once cannot both succeed.
 */
export async function updateAccount({ ctx, input }: { ctx: AccountsCtx; input: UpdateAccountInput }): Promise<Account> {
  const { id, role, disabled } = parseInput(updateAccountInput, input);
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const admins = await tx
      .select({ id: operators.id })
      .from(operators)
      .where(and(eq(operators.role, "admin"), isNull(operators.disabledAt)))
      .for("update");
    const [before] = await tx.select(accountColumns).from(operators).where(eq(operators.id, id)).for("update");
    if (!before) throw new DomainError("NOT_FOUND", `no account ${id}`);
    const staysAdmin = (role ?? before.role) === "admin" && !(disabled ?? before.disabledAt !== null);
    if (admins.some((a) => a.id === id) && !staysAdmin && admins.length === 1) {
      throw consoleRefusal(
        "LAST_ADMIN",
        "Это последний активный администратор: сначала назначьте другого. This is the last active admin: make another one first.",
      );
    }
    const disabledAt = disabled === undefined ? before.disabledAt : disabled ? (before.disabledAt ?? now) : null;
    const [after] = await tx
      .update(operators)
      .set({ role: role ?? before.role, disabledAt })
      .where(eq(operators.id, id))
      .returning(accountColumns);
    if (disabledAt && !before.disabledAt) await endSessionsOf(tx, id);
    await recordConsoleAction(tx, {
      operator: ctx.operator,
      action: "account.updated",
      target: id,
      details: {
        email: before.email,
        ...(role && role !== before.role ? { role: { from: before.role, to: role } } : {}),
        ...(disabled === undefined ? {} : { disabled }),
      },
      ip: ctx.ip,
    });
    return after ?? before;
  });
}

/** Lifts a lockout before its time and forgets the failures. */
export async function unlockAccount({ ctx, input }: { ctx: AccountsCtx; input: { id: string } }): Promise<Account> {
  const { id } = parseInput(accountRef, input);
  return ctx.db.transaction(async (tx) => {
    const [after] = await tx
      .update(operators)
      .set({ failedLogins: 0, lockedUntil: null })
      .where(eq(operators.id, id))
      .returning(accountColumns);
    if (!after) throw new DomainError("NOT_FOUND", `no account ${id}`);
    await recordConsoleAction(tx, {
      operator: ctx.operator,
      action: "account.unlocked",
      target: id,
      details: { email: after.email },
      ip: ctx.ip,
    });
    return after;
  });
}

/**
 * Sets an account's password (an admin's reset, the CLI, a change by its
 * owner): the rules apply, the lockout is lifted, and every session of the
 * account ends but `keepSession` (the owner's own, on a change).
 */
export async function setPassword(
  ctx: AccountsCtx,
  account: { id: string; email: string },
  password: string,
  audit: { action: string; keepSession?: Buffer; alsoSet?: { role: OperatorRole; disabledAt: null } },
): Promise<void> {
  assertPasswordAllowed(password, account.email);
  const passwordHash = await hashPassword(password);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(operators)
      .set({ passwordHash, passwordChangedAt: ctx.now(), failedLogins: 0, lockedUntil: null, ...audit.alsoSet })
      .where(eq(operators.id, account.id));
    await endSessionsOf(tx, account.id, audit.keepSession);
    await recordConsoleAction(tx, {
      operator: ctx.operator,
      action: audit.action,
      target: account.id,
      details: { email: account.email },
      ip: ctx.ip,
    });
  });
}

/** An admin sets someone's password (they forgot it): their sessions end. */
export async function resetPassword({ ctx, input }: { ctx: AccountsCtx; input: ResetPasswordInput }): Promise<Account> {
  const { id, password } = parseInput(resetPasswordInput, input);
  const account = await accountById(ctx, id);
  await setPassword(ctx, account, password, { action: "account.password_reset" });
  return accountById(ctx, id);
}

/**
 * The CLI's `pnpm backoffice:admin`: makes `email` an admin with `password`,
 * creating the account or, when it exists, setting its password, making it
 * admin, enabling and unlocking it. Says which.
 */
export async function ensureAdmin(
  ctx: AccountsCtx,
  input: { email: string; password: string },
): Promise<{ account: Account; created: boolean }> {
  const email = createAccountInput.shape.email.parse(input.email);
  const [existing] = await ctx.db.select(accountColumns).from(operators).where(eq(operators.email, email));
  if (!existing) {
    return {
      account: await createAccount({ ctx, input: { email, role: "admin", password: input.password } }),
      created: true,
    };
  }
  await setPassword(ctx, existing, input.password, {
    action: "account.admin_restored",
    alsoSet: { role: "admin", disabledAt: null },
  });
  return { account: await accountById(ctx, existing.id), created: false };
}
